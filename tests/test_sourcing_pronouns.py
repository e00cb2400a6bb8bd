"""'He' and 'she' resolved to a person named outside attributions (issue 12, round 12p; sentences written for the
tests). Each positive case was resolved wrongly (or not at all) before this round."""
import pandas as pd
import pytest

from helpers.measures.pronoun_names import NameAntecedents
from helpers.measures.source_roles import RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions


def _units(sents):
    return pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                         "paragraph_id": range(len(sents)), "text": sents, "role": "body"})


def _last(sents, **kw):
    att = extract_attributions(_units(sents), **kw)
    return att[att["unit_id"] == len(sents) - 1].iloc[-1]


@pytest.mark.parametrize("sents, resolved, role", [
    # a pronoun after a sentence that names a person without attributing anything
    (["Senator Ann Cole met the ambassador in December.", "She said the talks went well."],
     "Senator Ann Cole", "politician"),
    # the newer named person, not the older speaker
    (["Mayor Bill Ostrow said the bridge would open in May.", "Governor Tom Reyes toured the site on Friday.",
      "He said the state would pay for the repairs."], "Governor Tom Reyes", "politician"),
    # two names: the subject wins over the object
    (["Judge Maria Lund fined Mr. Peter Holm on Monday.", "She said the fine was fair."], "Judge Maria Lund",
     "official"),
    (["The council met on Monday.", "Senator Ann Cole visited Mayor Bill Ostrow at the plant.",
      "She said the city had acted quickly."], "Senator Ann Cole", "politician"),
    # a surname the article gave a title before
    (["Ann Cole, a historian, said the archive was closed.", "Mayor Bill Ostrow said it would reopen in June.",
      "Cole visited the archive on Monday.", "She said the damage was serious."], "Cole", "expert"),
    # the speaker is named in the same sentence before the pronoun
    (["Protesters booed Senator Ann Cole after she announced the vote on the bill."], "Senator Ann Cole",
     "politician"),
    # a group's source in the same sentence as the person: the person
    (["Mr. Lund's campaign and some analysts say the plan will fail.", "He believes the plan is a mistake."],
     "Mr. Lund", None),
])
def test_pronoun_takes_the_person_named_outside_attributions(sents, resolved, role):
    row = _last(sents)
    assert row["source_resolved"] == resolved
    assert row["resolution"] == "pronoun"
    assert row["identity"] == "named"
    if role:
        assert row["role"] == role


@pytest.mark.parametrize("sents, resolved", [
    # an organisation or a place is no antecedent of "he"
    (["Mayor Bill Ostrow said the bridge would open in May.", "The Democratic Party met in Denver on Friday.",
      "He said the state would pay."], "Mayor Bill Ostrow"),
    (["Mayor Bill Ostrow said the bridge would open in May.", "Pine Valley flooded on Friday.",
      "He said the state would pay."], "Mayor Bill Ostrow"),
    (["The Supreme Court ruled on Friday.", "He said the state would appeal."], "He"),
    # a name in a question put to the speaker is not the speaker
    (["Mayor Bill Ostrow said the bridge would open in May.", "Asked about Governor Tom Reyes, he said the state "
      "would pay."], "Mayor Bill Ostrow"),
    # a name inside a quotation is the quoted speaker's words, and an object is not a subject
    (["Mayor Bill Ostrow said the bridge would open in May.", "The crowd cheered \"Governor Tom Reyes\" all night.",
      "He said the state would pay."], "Mayor Bill Ostrow"),
    # a speaker as recent as the name keeps the pronoun
    (["Governor Tom Reyes visited the site, Mayor Bill Ostrow said.", "He said the state would pay."],
     "Mayor Bill Ostrow"),
])
def test_pronoun_keeps_the_speaker_when_no_person_is_newer(sents, resolved):
    assert _last(sents)["source_resolved"] == resolved


def test_window_bounds_the_names_read():
    sents = ["Governor Tom Reyes toured the site on Friday.", "The bridge was closed.", "Traffic was slow.",
             "The rain stopped.", "He said the state would pay."]
    assert _last(sents, pronoun_window=3)["source_resolved"] == "He"
    assert _last(sents, pronoun_window=4)["source_resolved"] == "Governor Tom Reyes"


def test_name_antecedents_directly():
    finder = NameAntecedents(RoleTagger(load_roles()))
    finder.start({0: "Enter Michael Flynn, the national security adviser.", 1: "The Pentagon was silent.",
                   2: "He urged the ambassador not to retaliate."})
    assert finder.find(2, 0, 3) == (0, "Michael Flynn")
    assert finder.find(2, 0, 3, after=0) is None  # only sentences after an antecedent already found
    assert finder.find(2, 0, 1) is None


def test_a_name_in_the_content_before_a_closing_cue_is_not_the_speaker():
    sents = ["Mayor Bill Ostrow said the bridge would open in May.",
             "The real issue is Governor Tom Reyes's budget, he said."]
    assert _last(sents)["source_resolved"] == "Mayor Bill Ostrow"
    # a cue with its content after it keeps the name before the pronoun, up to its possessive
    sents = ["Mayor Bill Ostrow said the bridge would open in May.",
             "In a week of trouble for Governor Tom Reyes's team, he announced that the state would pay for the "
             "repairs of the old bridge."]
    assert _last(sents)["source_resolved"] == "Governor Tom Reyes"
