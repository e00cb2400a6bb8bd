"""Round 12bl-h: the head-title rule of 12bk-h, narrowed after its read (development data: the lead's read of 12bk-h's
changes on the seed-1 AllSides sample). A leader's body (a militant group, a party) and a committee's or a centre's
president do not take the body's role; the rule's other forms are unchanged. All sentences are invented."""

import pytest

from helpers.measures import role_heads as RH


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a committee's president keeps the title's role (a county party committee: a party officer, a politician)
        (["The county party committee president, Ana Vos, said the vote would be close."],
         "The county party committee president, Ana Vos", "politician"),
        (["Aid committee president Tom Hale said the camps needed water."], "Aid committee president Tom Hale",
         "politician"),
        # the rule still holds for a union, an association and a group's director
        (["The teachers union president, Ana Vos, said the strike would go on."],
         "The teachers union president, Ana Vos", "activist_advocacy"),
        (["The association's executive director, Ivo Marek, said members were worried."], "Ivo Marek",
         "activist_advocacy"),
    ],
)
def test_narrowed_heads(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role


@pytest.mark.parametrize(
    "sentences, phrase, body_role",
    [
        # 12bl-h2: a caucus named "Group", an elected county board, a campaign director of a civil-rights group
        (["The Reform Research Group deputy chair, Ivo Marek, told the radio he would vote no."],
         "The Reform Research Group deputy chair, Ivo Marek", "activist_advocacy"),
        (["Harbor County Board President Ana Vos said the budget was balanced."],
         "Harbor County Board President Ana Vos", "official"),
    ],
)
def test_a_group_or_a_board_gives_its_head_no_role(sentences, phrase, body_role, article_role):
    assert article_role(sentences, phrase)[0] != body_role


def test_a_groups_leader_is_not_typed_by_the_group(article_role):
    role = article_role(["The insurgent group's leader, Ivo Marek, said the fighters would not disarm."], "Ivo Marek")[0]
    assert role != "activist_advocacy"


def test_leader_committee_and_centre_are_out_of_the_rule():
    assert "leader" not in RH.HEAD_TITLES
    assert not {"committee", "center", "centre", "group", "board", "campaign", "party", "agency"} & RH.BODY_HEADS
    assert "union" in RH.BODY_HEADS and "president" in RH.HEAD_TITLES
