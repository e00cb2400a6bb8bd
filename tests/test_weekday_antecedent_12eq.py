"""Round 12eq: a day of the week is nobody's antecedent, even where an attribution took it as its source.
Sentences invented."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def _rows(*sentences):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sentences)),
                          "paragraph_id": range(len(sentences)), "text": list(sentences), "role": "body"})
    return extract_attributions(units)


_MARKER = ("{day} night, in the most personal terms, Lee put down her marker on the Senate floor: blaming Norbank "
           "directly and warning that if the banks want to revisit the reform law, she would use her voice to stop them.")


@pytest.mark.parametrize("day", ["Friday", "Tuesday"])
def test_a_pronoun_is_not_resolved_to_a_day(day):
    att = _rows("Sen. Ann Lee spoke on the Senate floor.", _MARKER.format(day=day), '"Enough is enough," she said.')
    she = att[att["source"] == "she"].iloc[0]
    assert she["source_resolved"] == "Sen. Ann Lee"
    assert she["role"] == "politician"


def test_a_quotation_alone_is_not_given_to_a_day():
    att = _rows("Sen. Ann Lee spoke on the Senate floor.", _MARKER.format(day="Friday"),
                '"Enough is enough. The banks had their chance and they wasted every bit of it."')
    assert "Friday" not in set(att.loc[att["source"].str.strip() == "", "source_resolved"])


def test_a_person_named_like_a_month_is_still_an_antecedent():
    att = _rows("Prime Minister Theresa May met the cabinet on Monday.", "May warned that the deal was the only one.",
                '"There is no other deal," she said.')
    assert att[att["source"] == "she"].iloc[0]["source_resolved"] != ""
    assert att[att["source"] == "she"].iloc[0]["role"] == "politician"
