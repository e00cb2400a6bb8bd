"""Round 12dm: a name the writer introduces as a colleague (helpers/measures/role_colleagues.py). Invented text."""
import pytest

from helpers.measures import role_colleagues as RCL
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


@pytest.mark.parametrize("sentence, names", [
    ("My colleague Ann Lee wrote that the plan failed.", ["Ann Lee"]),
    ("As our colleague Ben Kay reported on Monday, the vote was close.", ["Ben Kay"]),
    ("My former Norland Post colleague Ann Lee has the details.", ["Ann Lee"]),
    ("my friend and colleague Ann Lee argues otherwise.", ["Ann Lee"]),
    ("Our colleagues Ann Lee and Ben Kay report that it passed.", ["Ann Lee", "Ben Kay"]),
    ("Our colleagues Ann Lee, Ben Kay and Cy Dee report that it passed.", ["Ann Lee", "Ben Kay", "Cy Dee"]),
    ("My colleague, Ann Lee, wrote a longer piece.", ["Ann Lee"]),
    ("A story by my colleague Ann Lee van Dam showed it.", ["Ann Lee van Dam"]),
])
def test_names(sentence, names):
    assert [n for n, _, _ in RCL.colleague_names(sentence)] == names
    assert {r for _, r, _ in RCL.colleague_names(sentence)} == {"journalist_media"}


@pytest.mark.parametrize("sentence", [
    "\u201cMy colleague Ann Lee agrees,\u201d the senator said.",
    '"My colleague Ann Lee agrees," the senator said.',
    "Her colleague Ann Lee disagreed.",
    "My colleagues have written about it.",
    "The colleague Ann Lee mentioned was absent.",
    "Colleagues said Ann Lee was absent.",
])
def test_no_names(sentence):
    assert list(RCL.colleague_names(sentence)) == []


def test_the_colleague_is_a_journalist(tagger):
    tagger.reset()
    tagger.learn("My colleague Ann Lee wrote that the plan failed.")
    assert tagger.role("Lee") == ("journalist_media", "article")
    assert tagger.role("My colleague Ann Lee")[0] == "journalist_media"


def test_a_title_outranks_the_colleague(tagger):
    tagger.reset()
    tagger.learn("My colleague Ann Lee wrote that the plan failed.")
    tagger.learn("Ann Lee, a historian at Norland University, disagreed.")
    assert tagger.role("Lee")[0] == "expert"
    tagger.reset()
    tagger.learn("My colleague, Senator Tom Ray, said it was wrong.")
    assert tagger.role("Ray")[0] == "politician"


def test_a_quoted_colleague_is_not_the_writers(tagger):
    tagger.reset()
    tagger.learn("\u201cMy colleague Ann Lee agrees,\u201d the senator said.")
    assert tagger.role("Lee")[0] == "unknown"


def test_a_modifier_with_a_role_gives_it(tagger):
    got = list(RCL.colleague_names("For example, our Republican Senate colleague, Ron Kay, has pointed out the cost.",
                                   tagger.phrase_role))
    assert [(n, r) for n, r, _ in got] == [("Ron Kay", "politician")]
    got = list(RCL.colleague_names("My Norland Post colleague Ann Lee wrote it.", tagger.phrase_role))
    assert [r for _, r, _ in got] == ["journalist_media"]
    got = list(RCL.colleague_names("My Vox colleague Ann Lee wrote it.", tagger.phrase_role))
    assert [r for _, r, _ in got] == ["journalist_media"]
