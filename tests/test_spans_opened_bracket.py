"""Round 12bs-b: a source span that opens inside a bracket begun before it.

Three forms of news typography (:func:`helpers.measures.attribution_spans._opened_before`): a bracket that opens the
sentence, alone or after a dateline ("(CNN) Ann Roe said", "Norport (Daily Post) Ann Roe said", a list number "(1)");
a party letter in brackets followed by "of" a place ("Sen. Ann Lee (D) of Ohio said"); the tail of a one-word
acronym bracket followed by the subject's head ("the Bureau of Coastal Survey (BCS) officials say"). Sentences are
invented. Each positive case fails without the rule (its span holds the bracket's tail, "CNN) Ann Roe", "D) of
Ohio", "BCS) officials"); each negative case keeps the span the other rules give (with or without it).
"""

from __future__ import annotations

import pytest

from tests.test_spans_12bh_r import _row  # one attribution of an invented sentence, found by its verb

# --- positive ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "source", "role"),
    [
        # a bracket that opens the sentence: an outlet's dateline or a list number
        ("(KNWS) Ann Roe said on Monday that the bridge would close.", "said", "Ann Roe", "unknown"),
        ("Norport (KNWS) Mayor Ann Roe said on Monday that the bridge would close.", "said", "Mayor Ann Roe",
         "politician"),
        ("(2) Ann Roe argued that the fare rise was unfair.", "argued", "Ann Roe", "unknown"),
        ("3) The mayor said the fare rise was unfair.", "said", "The mayor", "politician"),
        # an acronym bracket followed by the rest of the subject
        ("Officials at the Bureau of Coastal Survey (BCS) in the north said the tides would rise.", "said",
         "Officials at the Bureau of Coastal Survey (BCS) in the north", "official"),
        # a party letter in brackets and the member's place
        ("Sen. Ann Lee (D) of Vale said she had never heard of the plan.", "said", "Sen. Ann Lee (D) of Vale",
         "politician"),
        ("Rep. Max Poe (R) of North Vale argued that the bill would fail.", "argued",
         "Rep. Max Poe (R) of North Vale", "politician"),
        # an acronym bracket followed by the subject's head
        ("Bureau of Coastal Survey (BCS) officials say the tides will rise.", "say",
         "Bureau of Coastal Survey (BCS) officials", "official"),
        ("The Norland Teachers Union (NTU) members said they would strike.", "said",
         "The Norland Teachers Union (NTU) members", "activist_advocacy"),
    ],
)
def test_span_after_an_opened_bracket(sentence, verb, source, role):
    row = _row(sentence, verb)
    assert row["source"] == source
    assert row["role"] == role


# --- negative: the other rules' spans stay -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "source"),
    [
        # a dateline and a dash before the subject: the dash rule gives the subject already
        ("NORPORT, Vale (Daily Post) \u2014 Mayor Ann Roe said the bridge would close.", "said", "Mayor Ann Roe"),
        # a party letter right before the verb: the name before the bracket (issue 12bh-r), not a dateline
        ("State Rep. Ann Lowe (D) said the bill would pass.", "said", "State Rep. Ann Lowe (D)"),
        # an acronym after a full name, right before the verb (issue 12bh-r)
        ("The Bureau of Coastal Survey (BCS) has warned that the tides would rise.", "warned",
         "The Bureau of Coastal Survey (BCS)"),
        # a party-state tag (its own rule)
        ("Sen. Ann Lee (D-Vale) said she had never heard of the plan.", "said", "Sen. Ann Lee (D-Vale)"),
        # a bracket after a name that is no dateline (the words after it are no new subject)
        ("Ann Roe (KNWS) said the bridge would close.", "said", "Ann Roe (KNWS)"),
        # an acronym bracket after the verb: the name before it, as before
        ("\u201cThe tides will rise,\u201d said Bureau of Coastal Survey (BCS) officials.", "said",
         "Bureau of Coastal Survey"),
    ],
)
def test_other_spans_unchanged(sentence, verb, source):
    assert _row(sentence, verb)["source"] == source
