"""Issue 12al-l (lexicon and title rules): a vice president takes the role of the body named with the title; civil
"X General" titles are officials; representatives of a person are spokespeople; a plural political camp alone is an
unnamed group; a company named by its business is an official; a current title outranks a former one.
Every sentence below is invented.
"""

import pytest

from helpers.measures.role_titles import camp_role, current_role, representative_of_person, vice_president_role
from helpers.measures.source_roles import RoleTagger, load_roles

_READER = RoleTagger(load_roles())


def _role(sentences, phrase):
    """What the reader makes of ``phrase`` after ``sentences`` (one article)."""
    _READER.reset()
    list(map(_READER.learn, sentences))
    role, _basis = _READER.role(phrase, verb="said")
    return role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a vice president of a body takes the body's role, like its president
        ([], "Ann Lee, the vice-president of the Harbor Policy Institute in Boston", "expert"),
        ([], "Ann Lee, senior vice president at Acme Corp.", "official"),
        ([], "Ann Lee, executive vice president of Acme Corp.", "official"),
        ([], "Ann Lee, vice president for research at the Harbor Policy Institute", "expert"),
        ([], "Ann Lee, senior vice president for foreign and defense policy studies at the Harbor Institute", "expert"),
        (["Ann Lee, vice president of the United States, spoke."], "Lee", "politician"),
        # "X General" titles that are civil offices
        ([], "Solicitor General Ann Lee", "official"),
        ([], "Surgeon General Ann Lee", "official"),
        ([], "Postmaster General Ann Lee", "official"),
        ([], "Comptroller General Ann Lee", "official"),
        ([], "Accountant General Ann Lee", "official"),
        (["Ann Lee, the state's solicitor general, spoke."], "Lee", "official"),
        ([], "Judge Advocate General Ann Lee", "military_police"),
        # representatives of a person speak for that person
        ([], "representatives of both women", "spokesperson"),
        ([], "a representative for the singer", "spokesperson"),
        ([], "representatives for the senator", "spokesperson"),
        ([], "a representative for Ms. Dale", "spokesperson"),
        # a plural political camp written as a party
        ([], "the Liberals", "politician"),
        ([], "The Libertarians", "politician"),
        # a company named by its business
        ([], "Payroll processor Zento", "official"),
        ([], "the meat processor", "official"),
        ([], "the utility", "official"),
        # a current title outranks a former one
        (["Tom Gale, the campaign speechwriter turned White House counsel, said no."], "Gale", "official"),
        (["Tom Gale, a former campaign manager who is now a White House aide, said no."], "Gale", "official"),
        (["Tom Gale, a former senator now a lobbyist, said no."], "Gale", "activist_advocacy"),
    ],
)
def test_new_forms(sentences, phrase, role):
    assert _role(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # the vice president of a country stays a politician; general alone is military
        ([], "Vice President Ann Lee", "politician"),
        ([], "Ann Lee, the vice president", "politician"),
        ([], "General Ann Lee", "military_police"),
        ([], "Adjutant General Ann Lee", "military_police"),
        ([], "Inspector General Ann Lee", "official"),
        ([], "Governor General Ann Lee", "politician"),
        # a spokesman for a vice president is the spokesman
        ([], "a spokesman for the vice president of the Harbor Policy Institute", "spokesperson"),
        # representatives of a body, a party or a crowd keep their role
        ([], "representatives of both parties", "politician"),
        ([], "representatives of the party", "politician"),
        ([], "representatives", "politician"),
        ([], "an aide to representatives of both women", "official"),
        # a camp with a legislature or a role noun is not an unnamed group
        ([], "House conservatives", "politician"),
        ([], "conservatives in Congress", "politician"),
        ([], "Democrats", "politician"),
        # a camp alone stays unread (the anonymous reading was dropped after the population check)
        ([], "Some conservatives", "unknown"),
        ([], "liberals", "unknown"),
        # a vice president of a body named with a document noun, and a representative for a bare name: left alone
        # by 12al-l's reader; round 12em reads "vice president of <field>" as a company's officer (no politician)
        ([], "Ann Lee, vice president of advocacy for Shopper Reports", "official"),
        (["Tom Gale, a senator, spoke."], "a representative for Gale", "politician"),
        ([], "conservative activists", "activist_advocacy"),
        # a former title alone stays
        (["Tom Gale, a former senator, said no."], "Gale", "politician"),
        # "now" before a verb or a preposition is no title
        (["Tom Gale, a former pollster who now studies voting at Lake University, said no."], "Gale", "expert"),
    ],
)
def test_unchanged_forms(sentences, phrase, role):
    assert _role(sentences, phrase) == role


def test_helpers_return_empty_without_their_form():
    assert vice_president_role("Ann Lee, a senator", lambda s: "") == ""
    assert representative_of_person("a spokesman for the mayor", lambda s: "") == ""
    assert camp_role("Some critics") == ""
    assert camp_role("Some conservatives") == ""
    assert current_role(", a senator, said", lambda s: "politician") == ""
