"""Round 12bw-a: a lexicon term does not start right after a letter and an apostrophe ("ad" inside the name
"Ra'ad"), but may still end before one ("the spokesman's"). Invented names and sentences."""
import pytest

from helpers.text.lexicon import Matcher

LEX = {"doc": {"terms": ["ad", "an"]}, "role": {"terms": ["spokesman"]}, "pat": {"patterns": [r"ad\s+buy"]}}


@pytest.mark.parametrize("text", ["Omar Ja'ad Karim spoke.", "Omar Ja\u2019ad Karim spoke.", "Lani Kai'an spoke.",
                                  "Omar Ja'ad buy spoke."])
def test_no_term_starts_after_a_letter_and_an_apostrophe(text):
    assert Matcher(LEX).entries_in(text) == []


@pytest.mark.parametrize("text, found", [
    ("The campaign ran an ad on Monday.", ["doc"]),
    ("The 'ad' ran on Monday.", ["doc"]),
    ("The \u2018ad\u2019 ran on Monday.", ["doc"]),
    ("The spokesman's office said so.", ["role"]),
    ("The spokesmen\u2019s office and a spokesman.", ["role"]),
    ("An ad buy on Monday.", ["doc", "pat"]),
])
def test_terms_still_match_after_quotes_and_before_a_possessive(text, found):
    assert sorted(Matcher(LEX).entries_in(text)) == found


def test_a_name_with_an_apostrophe_keeps_the_role_of_its_apposition():
    import pandas as pd

    from helpers.corpus.segment import segment
    from helpers.measures import source_roles as SR
    from helpers.measures import sourcing as S

    text = ("Omar Ja'ad Karim, a Norland diplomat, spoke on Monday in the capital. "
            "Omar said the talks had failed and would not resume this year.")
    arts = pd.DataFrame({"doc_id": ["d0"], "text": [text], "raw": [text], "title": [""], "date": [""],
                         "outlet": ["x"]})
    att = S.extract_attributions(segment(arts, "sentence"), ["outlet"], roles=SR.load_roles())
    assert att["role"].tolist() == ["official"]
