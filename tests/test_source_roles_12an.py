"""Issue 12an-v: a group named by a plural role noun, then listed by name ("the Democratic candidates, Ann Lee, Ben
Kay and Carl Dorn") or a name stated to be one of such a group ("Ben Kay was one of the candidates"): the name takes the
group's role when the article gives it no other.

All sentences are invented for these tests.
"""

import pytest
from test_source_roles_12ak import _role_after  # the role of a phrase once the tagger has read an article

from helpers.measures.role_prose import GROUP_LIST


def test_group_list_pattern_reads_the_list():
    m = GROUP_LIST.search("The Democratic candidates, Ann Lee, Ben Kay and Carl Dorn, met.")
    assert m.group(2) == "candidates" and m.group(3) == "Ann Lee, Ben Kay and Carl Dorn"


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        (
            ["The Democratic candidates, Ann Lee, Ben Kay and Carl Dorn, met on Tuesday.", "Kay said no."],
            "Kay",
            "politician",
        ),
        (["The two leading Republican candidates, Ann Lee and Ben Kay, clashed.", "Lee said no."], "Lee", "politician"),
        (["Democratic candidates Ann Lee and Ben Kay clashed.", "Ben Kay said no."], "Ben Kay", "politician"),
        (["Both senators, Ann Lee and Ben Kay, voted no.", "Ann Lee said no."], "Ann Lee", "politician"),
        (["The two economists, Ann Lee and Ben Kay, disagreed.", "Ann Lee said no."], "Ann Lee", "expert"),
        (["Residents Ann Lee, Ben Kay, and Carl Dorn sued the city.", "Dorn said no."], "Dorn", "ordinary_person"),
        # a name stated to be one of such a group
        (["Ben Kay was one of the two leading Republican candidates on stage.", "Kay said no."], "Kay", "politician"),
        (["Ann Lee has been one of the longest-serving senators.", "Lee said no."], "Lee", "politician"),
        (["Ann Lee is one of the economists who signed the letter.", "Lee said no."], "Lee", "expert"),
    ],
)
def test_listed_names_and_members_take_the_group_role(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        (["Police clashed with protesters Tuesday and Wednesday.", "Ben Kay said no."], "Ben Kay"),
        (["The senators met Ann Lee and Ben Kay.", "Ben Kay said no."], "Ben Kay"),
        (["The talks, Ann Lee and Ben Kay said, failed.", "Ben Kay said no."], "Ben Kay"),
        (["The plaintiffs, Ann Lee and Ben Kay, sued.", "Ann Lee said no."], "Ann Lee"),  # no role noun
        (["Bookbinders Ann Lee and Ben Kay met.", "Ann Lee said no."], "Ann Lee"),
        (["The network's co-presidents, Ann Lee and Ben Kay, agreed.", "Ann Lee said no."], "Ann Lee"),  # the body's
        (["Tariffs hit the United States, Norland and Vela.", "Vela said no."], "Vela"),  # "States" is no group
        (["Ben Kay was one of the leaders of the march.", "Kay said no."], "Kay"),  # the body decides
        (["Ben Kay was one of the guests.", "Kay said no."], "Kay"),  # no role noun
        (["He was one of the candidates.", "Ben Kay said no."], "Ben Kay"),
        (["Ben Kay was among the candidates at the rally.", "Kay said no."], "Kay"),  # "among" may only place him
    ],
)
def test_no_group_role(sentences, phrase):
    assert _role_after(sentences, phrase) == "unknown"


def test_a_listed_name_with_its_own_role_keeps_it():
    sentences = ["The candidates, Ann Lee and Ben Kay, met.", "Ben Kay, a lawyer in Norton, said no."]
    assert _role_after(sentences, "Ben Kay") == "official"
