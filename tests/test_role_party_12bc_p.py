"""Issue 12bc-p: officers of a political party or of a party's body are politicians (protocol item 3).

All sentences are invented for these tests.
"""

import pytest

from helpers.measures import role_party as RP
from helpers.measures import source_roles as SR

_TAGGER = SR.RoleTagger(SR.load_roles())


def _role_after(sentences, phrase):
    """The role of ``phrase`` once the tagger has read ``sentences`` as one article."""
    _TAGGER.reset()
    for sentence in sentences:
        _TAGGER.learn(sentence)
    return _TAGGER.role(phrase, verb="said")[0]


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a party's committee, named in full before the title (apposition, later surname)
        (["Ivo Marek, the Progressive National Committee chairman, said the count was slow."], "Ivo Marek", "politician"),
        (["Ivo Marek, the Progressive National Committee chairman, spoke.", "Marek said no."], "Marek", "politician"),
        (["Ana Vos, the Liberal Senatorial Campaign Committee chairwoman, spoke.", "Vos said no."], "Vos",
         "politician"),
        # a party word before the title, with modifiers or a possessive
        (["Ivo Marek, a state party executive director, said the count was slow."], "Ivo Marek", "politician"),
        (["Ivo Marek, the party's executive director, said the count was slow."], "Ivo Marek", "politician"),
        (["Ivo Marek, the Norland GOP finance director, spoke.", "Marek said no."], "Marek", "politician"),
        # the article's own acronym: from the body's full name, or given in parentheses
        (["The Progressive National Committee met on Monday.", "PNC Chairman Ivo Marek said the count was slow."],
         "PNC Chairman Ivo Marek", "politician"),
        (["The Progressive National Committee met on Monday.", "PNC Chairman Ivo Marek spoke.", "Marek said no."],
         "Marek", "politician"),
        (["The Green Unity Party (GUP) met.", "Ana Vos, the GUP's political director, spoke.", "Vos said no."],
         "Vos", "politician"),
        (["The Progressive National Committee met.", "Ana Vos, chairwoman of the PNC, spoke.", "Vos said no."], "Vos",
         "politician"),
    ],
)
def test_party_officers_are_politicians(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # an executive director of another body keeps its role
        (["Ivo Marek, the agency's executive director, said the count was slow."], "Ivo Marek", "official"),
        (["Ivo Marek, the company's executive director, said the count was slow."], "Ivo Marek", "official"),
        (["Ivo Marek, executive director of the Norland Transit Agency, said no."], "Ivo Marek", "official"),
        (["Ivo Marek, executive director of the Norland Food Bank, a charity, said no."], "Ivo Marek",
         "activist_advocacy"),
        # a spokesperson-type title stays a spokesperson
        (["Ivo Marek, the party's communications director, said no."], "Ivo Marek", "spokesperson"),
        (["Ivo Marek, a spokesman for the Progressive National Committee, said no."], "Ivo Marek", "spokesperson"),
        # an acronym the article never expands gives nothing
        (["PNC Chairman Ivo Marek said the count was slow.", "Marek said no."], "Marek", "official"),
        # a former officer is left to the rest of the reader
        (["Ivo Marek, the former Progressive National Committee chairman, spoke.", "Marek said no."], "Marek",
         "official"),
        (["The Progressive National Committee met.", "Former PNC Chairman Ivo Marek spoke.", "Marek said no."], "Marek",
         "official"),
        # the party and a director of something else: no compound
        (["Ivo Marek, the party and its director, spoke.", "Marek said no."], "Marek", "politician"),
    ],
)
def test_other_titles_keep_their_role(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "phrase, role",
    [
        ("a state party executive director", "politician"),
        ("the party's finance director", "politician"),
        ("the Progressive National Committee chairman", "politician"),
        ("a museum executive director", "official"),
        ("the charity's executive director", "activist_advocacy"),
        ("the party's press secretary", "spokesperson"),
    ],
)
def test_phrase_roles(phrase, role):
    assert _role_after([], phrase) == role


def test_helpers():
    role = {"Progressive National Committee": "politician"}.get
    assert RP.party_officer("a state party executive ", "director", lambda s: "")
    assert RP.party_officer("the Progressive National Committee ", "Chairman", lambda s: role(s, ""))
    assert not RP.party_officer("the Norland Arts Committee ", "chairman", lambda s: role(s, ""))
    assert not RP.party_officer("the Tea Party Express executive ", "director", lambda s: "")
    assert not RP.party_officer("a state party executive ", "spokesman", lambda s: "")
    assert RP.acronym_officer("the PNC's ", "director", {"PNC"})
    assert not RP.acronym_officer("the NRX ", "director", {"PNC"})
    assert RP.body_acronyms("Yesterday the Progressive National Committee") >= {"YPNC", "PNC"}
    assert "GUP" in RP.body_acronyms("Green Unity Party (GUP)", "GUP")
    assert RP.acronym_body("the PNC", {"PNC"}) and not RP.acronym_body("the PNC board", {"PNC"})


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        # review r12bc: the initials of a name's tail are no acronym of it ("Liberal Democratic Party of Norland" is
        # no "DPN", as a party of Russia is no DPR; an attorneys general association is no "AGA", a gas body's)
        (["The Liberal Democratic Party of Norland backed the bill.", "Ivo Marek, a DPN officer, said the shelling went on."],
         "Ivo Marek"),
        (["The Republican Attorneys General Association sued on Monday.",
          "Ivo Marek, the AGA's executive director, said gas prices would rise."], "Ivo Marek"),
        (["Progressive Attorneys General Association lawyers sued.", "AGA Chairman Ivo Marek said gas was cheap."],
         "AGA Chairman Ivo Marek"),
    ],
)
def test_a_tail_of_a_party_body_name_is_no_acronym(sentences, phrase):
    assert _role_after(sentences, phrase) != "politician"


def test_body_acronyms_take_the_whole_name_after_the():
    assert RP.body_acronyms("Liberal Democratic Party of Norland") == {"LDPN"}
    assert RP.body_acronyms("The Liberal Democratic Party of Norland") == {"TLDPN", "LDPN"}
    assert "PNC" in RP.body_acronyms("Yesterday the Progressive National Committee")
    assert "PNU" in RP.body_acronyms("the Party of the National Union")  # a "the" inside the name stays


@pytest.mark.parametrize(
    "sentence",
    [
        # review r12bc: everyday senses of "party" (a third party, a wedding or search party) own no party officer
        "Ivo Marek, a third party chief executive, said the audit was late.",
        "Ivo Marek, the wedding party director, said the hall was full.",
        "Ivo Marek, the search party director, said the climbers were safe.",
        "Ivo Marek, the watch party director, said the crowd cheered the goal.",
    ],
)
def test_everyday_parties_own_no_party_officer(sentence):
    assert _role_after([sentence], "Ivo Marek") != "politician"
