"""Rules of issue 12al-q (cue and direct-quotation recall), each with sentences written for the tests: a short
quotation after a cue and a comma or colon is direct (not in a fronted clause); an unlisted present tense, or a past
tense with a short prepositional phrase, before a quotation of direct speech; a headline that opens with a
single-quoted quotation; after a quotation the splitter cut at "!" or "?", a reporting clause followed by a
participle clause is direct."""

import pandas as pd
import pytest
from test_attribution_12adq import table

from helpers.measures.sourcing import extract_attributions


def rows(*sentences):
    return [(r.verb, r.source, r.kind) for r in table(list(sentences)).itertuples() if r.verb]


def paragraph_rows(*sentences):
    """Rows of sentences that make one paragraph (the cross-sentence rules read the sentence before)."""
    n = len(sentences)
    u = pd.DataFrame(
        {
            "doc_id": ["d1"] * n,
            "outlet": ["O"] * n,
            "unit_id": list(range(n)),
            "paragraph_id": [0] * n,
            "text": list(sentences),
            "role": ["body"] * n,
        }
    )
    return [(r.verb, r.source, r.kind) for r in extract_attributions(u).itertuples() if r.verb]


# --- a short quotation after a cue and a comma: the content opens with a quotation mark ------------------------------


def test_short_quotation_after_comma_is_direct():
    assert ("said", "The mayor", "direct") in rows('The mayor said, "You tell me," before she left the room.')


def test_cue_in_a_fronted_clause_is_not_direct():
    assert ("showed", "the latest poll", "direct") not in rows(
        'As the latest poll showed, "doubtful" here would mean anyone who had not yet decided.'
    )


def test_comma_then_no_quotation_stays_reported():
    assert ("said", "The mayor", "reported") in rows('The mayor said, frankly, that the plan "failed" in May.')


# --- unlisted verbs before a quotation of direct speech ---------------------------------------------------------------

POSITIVE = [
    ('Roe continues, "In fact, the argument is so weak that nobody believes it."', "continues", "Roe"),
    ('The senator called over her shoulder, "His comments are not helping."', "called", "The senator"),
]


@pytest.mark.parametrize("sentence, verb, source", POSITIVE)
def test_unlisted_verb_before_direct_speech(sentence, verb, source):
    assert (verb, source, "direct") in rows(sentence), rows(sentence)


NEGATIVE = [
    'Crowds gathered outside, waving flags and yelling "Build the bridge now!"',  # after "and": dropped (AllSides)
    'The results, "We will see."',  # a plural noun, no verb: no subject of its own
    'The village named after the river, "The Bridge."',  # a verb that names
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_unlisted_verb_without_direct_speech(sentence):
    assert rows(sentence) == [], rows(sentence)


# --- a headline that opens with a single-quoted quotation -----------------------------------------------------------


def test_headline_opening_with_single_quotes_is_direct():
    assert ("Says", "Trevor Smith", "direct") in rows("\u2018Crazy Plan\u2019 Will Fail, Trevor Smith Says.")


def test_single_quotes_later_in_the_sentence_stay_reported():
    assert ("says", "Trevor Smith", "reported") in rows("Trevor Smith says the \u2018crazy plan\u2019 will fail soon.")


# --- after a quotation cut at "!" or "?", a reporting clause and a participle clause --------------------------------


def test_cut_quotation_then_clause_and_participle_is_direct():
    got = paragraph_rows('"Get out of here now, all of you!"', "she wrote, arguing that the plan would fail.")
    assert ("wrote", "she", "direct") in got, got


def test_cut_quotation_then_that_clause_stays_reported():
    got = paragraph_rows('"Is this really the end of it?"', "He said nothing, and that the plan would fail.")
    assert ("said", "He", "reported") in got, got
