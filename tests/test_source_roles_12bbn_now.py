"""Issue 12bb-n: a former title followed by the current post's body ("now at the X Institute", "who now heads the Y
Foundation", "formerly a diplomat and now with Acme Corp."): the body's role decides, not the former title.
Every sentence below is invented.
"""

import pytest

from helpers.measures.role_titles import current_role
from helpers.measures.source_roles import RoleTagger, load_roles

_READER = RoleTagger(load_roles())


def _learnt(sentence, name="Lee"):
    """The role the reader gives ``name`` after one sentence."""
    _READER.reset()
    _READER.learn(sentence)
    return _READER.role(name, verb="said")[0]


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("Ann Lee, a former State Department negotiator now at the Lake Policy Institute, said no.", "expert"),
        ("Ann Lee, a former assistant secretary of defense who is now at the Harbor Policy Institute, said no.", "expert"),
        ("Ann Lee, a former diplomat now at Norland University, said no.", "expert"),
        ("Ann Lee, a former diplomat who now teaches at Norland University, said no.", "expert"),
        ("Ann Lee, a former senator who now works at the Harbor Policy Institute, said no.", "expert"),
        ("Ann Lee, a former senator now with Acme Corp., said no.", "official"),
        ("Ann Lee, a former senator who now heads the Harbor Policy Institute, said no.", "expert"),
        ("Ann Lee, formerly a diplomat and now at Norland University, said no.", "expert"),
        ("Ann Lee, formerly a diplomat, now at Norland University, said no.", "expert"),
    ],
)
def test_current_body_decides(sentence, role):
    assert _learnt(sentence) == role


@pytest.mark.parametrize(
    "sentence, role",
    [
        # no "former": the title stands
        ("Ann Lee, a State Department official now at the embassy, said no.", "official"),
        ("Ann Lee, a Norland senator now at the Harbor Policy Institute for a talk, said no.", "politician"),
        # no capitalised body after "now at": the former title stands
        ("Ann Lee, a former senator now at odds with the governor, said no.", "politician"),
        ("Ann Lee, a former official who now lives in Ohio, said no.", "official"),
        ("Ann Lee, a former senator who is now retired, said no.", "politician"),
        ("Ann Lee, a former State Department official, said no.", "official"),
        ("Ann Lee, formerly a diplomat, said no.", "official"),
        # the current title after "now a" is read as before (issue 12al-l)
        ("Ann Lee, a former prosecutor who is now a law professor, said no.", "expert"),
    ],
)
def test_former_title_kept(sentence, role):
    assert _learnt(sentence) == role


@pytest.mark.parametrize(
    "phrase, role",
    [
        # a source phrase that holds the apposition itself
        ("Ann Lee, a former senator now at the Lake Policy Institute", "expert"),
        ("Ann Lee, a former senator who now heads the Harbor Policy Institute", "expert"),
        ("Ann Lee, formerly a senator and now at Norland University", "expert"),
        ("Ann Lee, a former senator", "politician"),
        ("Ann Lee, a former senator now at odds with the governor", "politician"),
        ("Ann Lee, a Norland senator now at the Lake Policy Institute for a talk", "politician"),
    ],
)
def test_phrase_holds_apposition(phrase, role):
    _READER.reset()
    assert _READER.role(phrase, verb="said")[0] == role


def test_current_role_needs_body_reader():
    after = ", a former negotiator now at the Lake Policy Institute, said no."
    assert current_role(after, lambda phrase: "") == ""
    assert current_role(after, lambda phrase: "", lambda body: "expert" if "Institute" in body else "") == "expert"
    assert current_role(after, lambda phrase: "", lambda body: "ordinary_person") == ""
    assert current_role(", a former negotiator now at odds with the Lake Policy Institute", lambda p: "", lambda b: "expert") == ""
