"""A caption opened by its widget's label ("Hide caption ...", "toggle caption ...") is furniture whatever its length
(dogfood 12bo-d saw them in NPR and USA TODAY bodies); lines written for the tests."""

import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere

BODY = ("The council met on Tuesday to discuss the new bridge over the river and its cost to the town's budget.\n\n"
        "Its members agreed to vote on the final plan in March, after a public hearing in the town hall.\n\n"
        "The hearing drew more than two hundred residents, many of whom spoke against the tolls the plan proposes.\n\n"
        "Engineers told the council that the old bridge could stay open for two more years before repairs are due.\n\n"
        "The mayor said the town would publish the full cost estimate before the vote, as residents had asked.")


@pytest.mark.parametrize("caption", [
    "Hide caption Voters in Norland cast ballots Tuesday in the state's recall election. The election was forced by "
    "opponents of the governor's effort to curb collective bargaining for public employees. Previous Next Ann Roe/AP",
    "Show caption Hide caption Medical staff arrive for a duty shift at a hospital in Norland, Wednesday, March 18. "
    "For most people, the new virus causes only mild or moderate symptoms such as fever and cough for two weeks.",
    "Enlarge this image toggle caption Ann Roe/Collection of the Norland Court via AP Ann Roe/Collection of the "
    "Norland Court via AP and a longer description of the photograph that runs past thirty words in all.",
])
def test_a_widget_caption_is_removed(caption):
    text = BODY.replace("\n\n", "\n\n" + caption + "\n\n", 1)
    assert furniture_anywhere(split_lines(caption)[0], None)[0] == "caption"
    body = clean_article(text).text
    assert caption[:30] not in body
    assert "Its members agreed" in body and "The council met" in body


@pytest.mark.parametrize("line", [
    "Hiding the caption was the editor's decision, the council said on Tuesday, and nobody objected at the meeting "
    "of the board, which lasted more than three hours and ended after midnight.",
    "The mayor asked them to hide the caption, which named a child, and the paper did so before the print edition.",
])
def test_prose_about_captions_stays(line):
    text = BODY.replace("\n\n", "\n\n" + line + "\n\n", 1)
    assert furniture_anywhere(split_lines(line)[0], None) is None
    assert line[:40] in clean_article(text).text
