"""Round af3: a member word written next to a name in one sentence gives a later mention of that name its actor
(sentences written for the tests)."""
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.measures.affiliation_names import article_members, member_names, named_affiliation
from helpers.measures.role_forms import member_matcher
from helpers.text.lexicon import load_lexicon

US = load_lexicon(Path(__file__).resolve().parent.parent / "studies" / "us_politics" / "actors.yaml")
MEMBERS = member_matcher(US)


@pytest.mark.parametrize("sentence, last, actor", [
    ("Rep. Ann Lee (D-Ohio) asked for the returns.", "lee", "democrats"),
    ("Sen. Tom Park, R-Mo., introduced a bill.", "park", "republicans"),
    ("Sen. Tom Park, a Texas Republican, spoke first.", "park", "republicans"),
    ("Democratic Sen. Ann Lee of Ohio spoke first.", "lee", "democrats"),
    ("Republican strategist Ford Bell wrote a memo.", "bell", "republicans"),
    ("The Iowa Democratic Party Chairman Scott Rand praised it.", "rand", "democrats"),
    ("Ann Lee, a Democrat of Ohio, voted no.", "lee", "democrats"),
])
def test_a_member_word_next_to_a_name_ties_the_name(sentence, last, actor):
    ties = member_names(sentence, MEMBERS)
    assert any(keys[-1] == last and a == actor for keys, a in ties), ties


@pytest.mark.parametrize("sentence", [
    "Jim Smith, Democratic lawmakers said, was wrong.",       # the party's members said something about Smith
    "The plan drew Republican support in Iowa.",              # "in" is no title word
    "Ann Lee met Democratic-leaning voters in Ohio.",
    "Senator Jeff Flake of Arizona, also a Republican, spoke.",  # ties Flake's apposition, not "Arizona"
])
def test_no_tie_to_the_wrong_name(sentence):
    ties = member_names(sentence, MEMBERS)
    assert all(keys[-1] not in ("smith", "iowa", "ohio", "arizona") for keys, _ in ties), ties


def test_a_name_tied_to_two_actors_is_left_out_and_a_single_word_gives_no_last_word():
    mem = article_members(["Rep. Ann Lee (D-Ohio) spoke.", "Sen. Tom Lee (R-Utah) answered.",
                           "The Republican House passed it."], MEMBERS)
    assert mem.get("rep ann lee") == "democrats" and mem.get("sen tom lee") == "republicans"
    assert "~lee" not in mem  # two actors
    assert named_affiliation("Lee", mem) == ""
    assert named_affiliation("The White House", mem) == ""  # "House" alone gives no last word


def test_later_mentions_take_the_actor_in_extract_attributions():
    from helpers.measures import sourcing as S
    use_study("us_politics")
    try:
        from helpers.text.lexicon import load_study_lexicon
        sents = ["Rep. Ann Lee (D-Ohio) asked for the returns on Monday.", "The committee met on Tuesday.",
                 '"We will get them," Lee said.', "Sen. Tom Park, R-Mo., introduced a bill.",
                 "Park said the bill would pass.", "Jim Smith, Democratic lawmakers said, was wrong.",
                 "Smith said he was right."]
        units = pd.DataFrame({"doc_id": "d1", "unit_id": range(len(sents)), "text": sents, "outlet": "X",
                              "paragraph_id": range(len(sents))})
        att = S.extract_attributions(units, ["outlet"], actors=load_study_lexicon("actors"))
    finally:
        use_study(DEFAULT_STUDY)
    got = dict(zip(att["source_resolved"], att["affiliation"]))
    assert got["Lee"] == "democrats" and got["Park"] == "republicans" and got["Smith"] == "", got


def test_an_article_without_member_words_ties_no_name():
    assert article_members(["Ann Lee spoke.", "Lee said the party would win."], MEMBERS) == {}
    assert named_affiliation("Lee", {}) == ""
