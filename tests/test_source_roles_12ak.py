"""Issue 12ak-r: justices, party officials and chairs, police commissioners, a legislature's committee chair, a
deputy secretary named with the department's field, "who served until ... as", a title written before a first name
only, and a religious leader stated by a congregation.

All sentences are invented for these tests.
"""

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_clauses import first_last_pairs, titled_first_names, with_first_names

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
        # justices are judges: officials (protocol item 3)
        (["The justices ordered both sides to file briefs."], "the justices", "official"),
        (["Justices wrote that the statute stands."], "Justices", "official"),
        # a party's officers are politicians (protocol item 3)
        (["Tom Gale, a former state party official, was there.", "Gale says the vote is close."], "Gale", "politician"),
        (["Ann Lee, a county Green Party officer, spoke.", "Lee said no."], "Lee", "politician"),
        (["The party chairwoman, Ann Lee, spoke.", "Lee said no."], "Lee", "politician"),
        # a commissioner of police is police
        (["Eastland State Police Commissioner Ann Lee said the road was closed."], "Ann Lee", "military_police"),
        (["Ann Lee, the city's police commissioner, spoke.", "Lee said no."], "Lee", "military_police"),
        # a legislature's committee chair named without the legislature
        (["Lawmakers deferred to the Ethics Committee chairman, Tom Gale.", "Gale said no."], "Gale", "politician"),
        (["Judiciary Committee Chairman Tom Gale spoke.", "Gale said no."], "Gale", "politician"),
        # a deputy or assistant secretary of a department's field is an appointed official
        (["Ann Lee, the deputy defense secretary, spoke.", "Lee said no."], "Lee", "official"),
        (
            [
                '"No," said Tom Gale, who served until last year as a deputy assistant energy secretary.',
                "Gale said so.",
            ],
            "Gale",
            "official",
        ),
        # a title before a first name only (a truncated title line) outranks the kin rule
        (
            [
                "Attorney General Ann met the governor.",
                '"He spoke to my husband," Lee said.',
                "Critics praised Ann Lee.",
            ],
            "Lee",
            "politician",
        ),
        # a religious leader stated by a congregation (protocol item 3: activist/advocacy)
        (
            ["Tom Gale told his congregation on Sunday that the hall stays open.", "Gale said no."],
            "Gale",
            "activist_advocacy",
        ),
        (
            ['Tom Gale, who calls himself "a late convert," describes his congregation as mixed.', "Gale said no."],
            "Gale",
            "activist_advocacy",
        ),
    ],
)
def test_new_roles(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        (["Fire Commissioner Ann Lee spoke.", "Lee said no."], "Lee", "official"),  # no police word
        (["Insurance Commissioner Ann Lee spoke.", "Lee said no."], "Lee", "official"),
        (["Tom Gale, the Olympic Committee chairman, spoke.", "Gale said no."], "Gale", "official"),
        (["Ann Lee, the National Committee chairwoman, spoke.", "Lee said no."], "Lee", "official"),
        (["Ann Lee, the defense secretary, spoke.", "Lee said no."], "Lee", "politician"),  # the cabinet member
        (["Ann Lee, the deputy assistant press secretary, spoke.", "Lee said no."], "Lee", "spokesperson"),
        (["Ann Lee, the deputy secretary of state, spoke.", "Lee said no."], "Lee", "official"),
        # the kin rule still types a speaker with no title
        (["Ann Lee spoke.", '"He spoke to my husband," Lee said.'], "Lee", "ordinary_person"),
        # a first name that is also a surname in the article carries no title to another name
        (["President Ann met Tom Ann.", "Ann Lee spoke.", "Lee said no."], "Lee", SR.ROLE_UNKNOWN),
        # a first name titled alone types a surname only against a weak cue (a relative, an age)
        (["King Ann ruled long ago.", "Ann Lee spoke.", "Lee said no."], "Lee", SR.ROLE_UNKNOWN),
        # a member joins a congregation; a stated title wins
        (["Tom Gale joined his congregation in prayer.", "Gale said no."], "Gale", SR.ROLE_UNKNOWN),
        (["Mayor Tom Gale told his congregation at the rally.", "Gale said no."], "Gale", "politician"),
        (["The justice department said no."], "The justice department", "official"),
    ],
)
def test_unchanged_roles(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


def test_first_last_pairs():
    assert list(first_last_pairs("A friend said Ann Lee is kind.")) == [("ann", "lee")]
    assert list(first_last_pairs("Attorney General Ann Lee spoke.")) == []
    assert list(first_last_pairs("Ann Lee Ross spoke.")) == []
    assert list(first_last_pairs("But Lee said no.")) == []


def test_titled_first_names():
    assert titled_first_names({"ann": {"lee"}}, {"ann": "politician"}) == {"lee": "politician"}
    assert titled_first_names({"ann": {"lee", "ross"}}, {"ann": "politician"}) == {}  # two names start with Ann
    assert titled_first_names({"ann": {"lee"}, "tom": {"ann"}}, {"ann": "politician"}) == {}  # Ann is a surname
    assert titled_first_names({"ann": {"lee"}}, {"ann": "politician", "lee": "expert"}) == {}


def test_with_first_names():
    sents = ["Attorney General Ann met Ben.", "A friend said Ann Lee is kind.", "Lee said no."]
    assert with_first_names({"Lee"}, sents) == {"Lee", "Ann"}
    assert with_first_names({"Kay"}, sents) == {"Kay"}
