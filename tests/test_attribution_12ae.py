"""Rules of issue 12ae-q (direct quotations): rule (a) of issue 12ad-q (a final quotation inside a content clause
with no "that") does not reach across a coordinated clause with a pronoun subject of its own. Sentences written for
the tests."""

import pytest
from test_attribution_12adq import kinds

# --- rule (a) of 12ad-q: not across "and he ..." -----------------------------------------------------------------

OWN_CLAUSE_NOT = [
    'The mayor said the plan failed and he described it as "a mess from the start."',
    "The coach said the team played well and they called the referee \u201ca disgrace to the league.\u201d",
]


@pytest.mark.parametrize("sentence", OWN_CLAUSE_NOT)
def test_quotation_of_a_coordinated_clause_with_its_own_subject_is_not_the_first_cue_s(sentence):
    first = kinds(sentence)[0]
    assert first[1] == "reported", kinds(sentence)


OWN_CLAUSE_STILL = [
    # no subject of its own after "and": the final quotation still ends the content of "said"
    'A source said the hacked files suggested the intruders sought "trade secrets."',
    'The mayor said the engineers found the bridge was "in no danger of collapse."',
]


@pytest.mark.parametrize("sentence", OWN_CLAUSE_STILL)
def test_final_quotation_of_a_content_clause_stays_direct(sentence):
    assert kinds(sentence)[0] == ("said", "direct")
