"""Issue 12ab-r: unnamed people referred back to, heads of bodies an article calls a group, prose roles,
"director general". Every sentence is invented for the test."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, sentences, phrase, verb="said"):
    tagger.reset()
    for s in sentences:
        tagger.learn(s)
    return tagger.role(phrase, verb=verb)[0]


def test_director_general_is_an_official_not_a_general(tagger):
    assert _role(tagger, ["Ann Lee, the acting director general of transport, said the ferry was old."],
                 "Ann Lee") == "official"
    assert _role(tagger, ["The director-general of the agency said the ferry was old."],
                 "The director-general of the agency") == "official"
    # negative: a general is still military
    assert _role(tagger, ["Gen. Ben Kay said the troops would stay."], "Ben Kay") == "military_police"


@pytest.mark.parametrize("intro", [
    "Two people familiar with the plan said it would be delayed.",
    "An employee who asked not to be named described the meeting.",
    "Three officials briefed on the talks spoke of a deal.",
])
def test_the_person_after_an_unnamed_source_is_anonymous(tagger, intro):
    assert _role(tagger, [intro, "The person said talks would resume in May."], "the person") == "anonymous"


def test_the_person_without_an_unnamed_source_stays_ordinary(tagger):
    assert _role(tagger, ["The person at the counter said the shop was closed."], "the person") == "ordinary_person"
    # a named source's "person" is no unnamed source either
    assert _role(tagger, ["Two people familiar with the plan said it would be delayed."],
                 "a person at the counter") == "ordinary_person"


@pytest.mark.parametrize("ref", ["The group has registered voters for years.", "The nonprofit sued the county.",
                                 "A conservative watchdog, it tracks spending.", "The coalition's members marched."])
def test_head_of_a_bare_body_the_article_calls_a_group_is_advocacy(tagger, ref):
    first = "Ann Lee, executive director of Fair Ballot Now, said the law was unfair."
    assert _role(tagger, [first, ref], "Lee") == "activist_advocacy"
    assert _role(tagger, [ref, first], "Ann Lee") == "activist_advocacy"


def test_state_director_of_a_bare_body(tagger):
    assert _role(tagger, ["Ann Lee, state director of Fair Ballot Now, said the law was unfair.",
                          "The group knocked on doors."], "Lee") == "activist_advocacy"


def test_head_of_a_bare_body_without_a_group_stays_official(tagger):
    # negative: no group in the article (a company, say)
    assert _role(tagger, ["Ann Lee, executive director of Fair Ballot Now, said the law was unfair."], "Lee") == "official"
    # negative: the head of a government body stays an official even when the article names a group
    assert _role(tagger, ["Ann Lee, director of the Department of Roads, said the law was fair.",
                          "The group sued."], "Lee") == "official"
    # negative: a body cut at an abbreviation is not a body named bare
    assert _role(tagger, ["Ann Lee, the head of U.S. border inspections, said the law was fair.",
                          "The group sued."], "Lee") == "official"


def test_who_lives_in_is_an_ordinary_person(tagger):
    assert _role(tagger, ["Ann Lee, who lives in Dayton, said her bill doubled."], "Lee") == "ordinary_person"
    assert _role(tagger, ["Ann Lee, 64, who has lived in Dayton since 1990, said the bill doubled."],
                 "Ann Lee") == "ordinary_person"
    # negative: a title elsewhere in the article wins over the weak cue
    assert _role(tagger, ["Ann Lee, who lives in Dayton, said her bill doubled.", "Mayor Ann Lee spoke."],
                 "Lee") == "politician"
    # negative: "who lives" without a place is not read
    assert _role(tagger, ["Ann Lee, who lives for her garden, said the bill doubled."], "Lee") == "unknown"


def test_a_presidential_pick_is_a_politician(tagger):
    assert _role(tagger, ["Vice presidential pick Ben Kay spoke in Ohio.", "Kay said he was ready."], "Kay") == "politician"
    assert _role(tagger, ["The crowd cheered when running-mate pick Ben Kay arrived."], "Ben Kay") == "politician"
    # negative: another kind of pick
    assert _role(tagger, ["The draft pick Ben Kay signed on Monday."], "Ben Kay") == "unknown"


def test_a_communications_director_of_a_body_stays_a_spokesperson(tagger):
    assert _role(tagger, ["Ann Lee, communications director of Fair Ballot Now, said the law was unfair.",
                          "The group sued."], "Lee") == "spokesperson"
