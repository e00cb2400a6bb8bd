"""Issue 12bc-w: titles and occupations of English-language news outside the US (the Westminster system's
parliamentary titles, Irish and Commonwealth offices, police and military ranks, UK job names), each with the role
the lexicon gives its nearest noun: an MSP or a TD is a politician like an MP, a Garda Commissioner or a Detective
Superintendent military or police like a police commissioner or a sergeant, a GP an expert like a doctor, a
headteacher an ordinary person like a head teacher. Negatives: the everyday senses of the guarded words ("the Lord",
"a drug lord", "the speaker", "his peers", "TD Bank", "GPS data") and titles left out. Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize(
    "phrase, role",
    [
        # positives (main cbe6fa1: unknown or another role)
        ("Ivo Marek, the MSP for Fife", "politician"),
        ("Ivo Marek, an MEP", "politician"),
        ("Ivo Marek, a DUP MLA", "politician"),
        ("Ivo Marek, an Ontario MPP", "politician"),
        ("Ivo Marek, a Sinn Féin TD", "politician"),
        ("Ivo Marek TD", "politician"),
        ("Ivo Marek, the MEC for health", "politician"),
        ("Ivo Marek, a member of the Senedd", "politician"),
        ("Ivo Marek, a member of the Lok Sabha", "politician"),
        ("Ivo Marek, a member of the county assembly", "politician"),
        ("Ivo Marek, a Lib Dem peer", "politician"),
        ("Ivo Marek, a crossbencher", "politician"),
        ("Lord Ivo Marek", "politician"),
        ("Baroness Ada Crane", "politician"),
        ("Taoiseach Ivo Marek", "politician"),
        ("Ivo Marek, the Tánaiste", "politician"),
        ("Ivo Marek, the Speaker", "politician"),
        ("Ivo Marek, the Deputy Speaker", "politician"),
        ("Ivo Marek, the Attorney-General", "politician"),
        ("Ivo Marek, a Lib Dem", "politician"),
        ("Ivo Marek, the ombudsman", "official"),
        ("Ivo Marek, the Public Protector", "official"),
        ("Ivo Marek, a solicitor", "official"),
        ("Ivo Marek KC", "official"),
        ("Ivo Marek, the Auditor-General", "official"),
        ("Detective Superintendent Ivo Marek", "military_police"),
        ("Ivo Marek, Detective Inspector", "military_police"),
        ("Chief Superintendent Ivo Marek", "military_police"),
        ("Garda Commissioner Ivo Marek", "military_police"),
        ("Gardaí", "military_police"),
        ("The RCMP", "military_police"),
        ("Ivo Marek, a PCSO", "military_police"),
        ("Inspector-General of Police Ivo Marek", "military_police"),
        ("Air Vice-Marshal Ivo Marek", "military_police"),
        ("Ivo Marek, a GP in Leeds", "expert"),
        ("Ivo Marek, a general practitioner", "expert"),
        ("Ivo Marek, the headteacher", "ordinary_person"),
        ("Ivo Marek, a midwife", "ordinary_person"),
        ("Ivo Marek, a firefighter", "ordinary_person"),
        ("Ivo Marek, a publican", "ordinary_person"),
        ("Ivo Marek, a crofter", "ordinary_person"),
        ("Ivo Marek, a market trader", "ordinary_person"),
        ("Ivo Marek, a boda boda rider", "ordinary_person"),
        ("Ivo Marek, a real estate agent", "ordinary_person"),
        # negatives: everyday senses of the guarded words, titles left out, roles unchanged
        ("The Lord", "unknown"),
        ("The drug lord", "unknown"),
        ("Lord Justice Ivo Marek", "official"),
        ("The speaker", "unknown"),
        ("His peers", "unknown"),
        ("Ivo Marek, a peer", "unknown"),
        ("TD Bank", "official"),
        ("The GPS data", "document"),
        ("Ivo Marek, an FBI agent", "military_police"),
        ("Ivo Marek, an inspector", "official"),
        ("Ivo Marek, a school superintendent", "official"),
        ("Ivo Marek, a vet", "unknown"),
        ("Ivo Marek, a trader", "unknown"),
        ("Ivo Marek, the DPP", "unknown"),
        ("Ivo Marek, a firefighter and president of the local union", "activist_advocacy"),
        ("Postman", "unknown"),
        ("Ivo Marek, a head teacher", "ordinary_person"),
        ("Ivo Marek, an MP", "politician"),
        # review r12bc: sport's touchdown and Grand Prix, Kansas City
        ("Ivo Marek, who scored a TD", "unknown"),
        ("Ivo Marek, whose TD catch sealed the game", "unknown"),
        ("Ivo Marek, who won the Monaco GP", "unknown"),
        ("The Monaco GP", "unknown"),
        ("Ivo Marek, who grew up in KC", "ordinary_person"),  # a place: read as a resident, as before 12bc-w
        ("Ivo Marek, the TD for Cork", "politician"),
        ("Ivo Marek, an independent TD", "politician"),
        ("Ivo Marek, a Leeds GP", "expert"),
        ("Ivo Marek, the GP", "expert"),
    ],
)
def test_role_nouns_12bc_w(role_of, phrase, role):
    assert role_of(phrase) == role


def test_name_keeps_role_12bc_w(role_of):
    assert role_of("Marek", ["Ivo Marek, the MSP for Fife, toured the plant."]) == "politician"
    assert role_of("Marek", ["Detective Superintendent Ivo Marek led the inquiry."]) == "military_police"
    assert role_of("Marek", ["Ivo Marek, a firefighter, fought the blaze."]) == "ordinary_person"
    # "a firefighter and president of ...": a union leader too; left unread, as before this round
    assert role_of("Marek", ["Ivo Marek, a firefighter and president of the local union, spoke."]) == "unknown"
    assert role_of("Acton", ["Ann Acton, a postman, said no."]) == "unknown"


def test_extract_attributions_12bc_w():
    sents = ["The plan was bad, Ivo Marek, an MEP, said on Monday.",
             "The Lord said the plan was good, the preacher told the crowd.",
             "Ada Crane, a midwife, said the ward was full."]
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                          "paragraph_id": range(len(sents)), "text": sents, "role": "body"})
    att = extract_attributions(units)
    roles = dict(zip(att["source"], att["role"]))
    assert roles.get("Ivo Marek, an MEP") == "politician", roles
    assert roles.get("The Lord", "unknown") != "politician", roles
    assert roles.get("Ada Crane, a midwife") == "ordinary_person", roles
