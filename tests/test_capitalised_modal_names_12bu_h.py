"""Round 12bu-h: a modal is read in lower case only, so a capitalised "May" or "Will" after another word is a name:
"Mrs May said" is an attribution (not "may said", a possibility) and "Theresa May has said" keeps "May" in the
source span (not stripped as a filler like "has"). A lower-case modal before a cue still marks a possibility.
Invented sentences."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.attribution_phrases import _strip_fillers


def _sources(sentence):
    units = pd.DataFrame({"doc_id": "d", "unit_id": [0], "paragraph_id": [0], "outlet": "o", "text": [sentence]})
    return S.extract_attributions(units, ["outlet"])["source"].tolist()


@pytest.mark.parametrize("sentence, sources", [
    ("Mrs May said Norland would leave the union.", ["Mrs May"]),
    ("Mrs. May has said Norland would pursue a clean break.", ["Mrs. May"]),
    ("Ann May has said the talks failed.", ["Ann May"]),
    ("Rep. Will Kay has said the talks failed.", ["Rep. Will Kay"]),
    ("You may say the talks failed.", []),
    ("Critics would argue the plan is late.", []),
])
def test_capitalised_modals(sentence, sources):
    assert _sources(sentence) == sources


@pytest.mark.parametrize("text, kept", [
    ("Ann May has", "Ann May"), ("Ann Lee may", "Ann Lee"), ("Ann Lee has also", "Ann Lee"), ("May", ""),
])
def test_strip_fillers(text, kept):
    assert _strip_fillers(text) == kept
