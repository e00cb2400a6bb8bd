"""Issue 12at-h: a possessive written with the apostrophe alone after a final s ("Ann Lee, Marcus' campaign
manager,"; "the Times' editor"), read where the 's form of the same rule is read. Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures import role_forms as F
from helpers.measures.sourcing import extract_attributions


def _units(sents):
    return pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                         "paragraph_id": range(len(sents)), "text": sents, "role": "body"})


def _role(sents, source):
    att = extract_attributions(_units(sents))
    rows = att[att["source_resolved"] == source]
    assert len(rows), att[["source", "source_resolved"]]
    return rows.iloc[-1]["role"]


@pytest.mark.parametrize(
    "sents, source, role",
    [
        # positives (unknown on main cc2d8b4): the apostrophe alone after a name ending in s
        (["Tova Brill, Ivo Marcus' campaign manager, spoke to donors on Friday.",
          "Brill said the race was close."], "Brill", "politician"),
        (["Olek Varga, Ana Jonas\u2019 campaign spokesman, took questions.",
          "Varga said the count was fair."], "Varga", "spokesperson"),
        (["Olek Varga, Ana Jonas' top aide, took questions.",
          "Varga said the count was fair."], "Varga", "official"),
        (["Olek Varga, Dunmore Wires' bureau chief, took questions.",
          "Varga said the count was fair."], "Varga", "official"),
        # read on main already, unchanged
        (["Pim Oduya, the Dunmore Times' editor, wrote to readers.",
          "Oduya said the paper would keep its archive open."], "Oduya", "journalist_media"),
        (["Tova Brill, Ivo Marek's campaign manager, spoke to donors on Friday.",
          "Brill said the race was close."], "Brill", "politician"),
    ],
)
def test_apostrophe_possessive(sents, source, role):
    assert _role(sents, source) == role


@pytest.mark.parametrize(
    "sents, source, role",
    [
        # negatives: a quotation closed after a word ending in s; a lower-case plural's possessive keeps main's role
        (["Tova Brill, 'the voice of the towns' as friends call her, spoke on Friday.",
          "Brill said the race was close."], "Brill", "unknown"),
        (["Tova Brill, the farmers' friend, spoke to donors on Friday.",
          "Brill said the race was close."], "Brill", "ordinary_person"),
        (["Tova Brill, Ivo Marek' campaign manager, spoke to donors on Friday.",
          "Brill said the race was close."], "Brill", "unknown"),
        # restricted: an executive title after a bare-apostrophe possessive whose owner is no known body is not read
        (["Tova Brill, Ivo Marcus' digital director, spoke to donors on Friday.",
          "Brill said the race was close."], "Brill", "unknown"),
    ],
)
def test_no_possessive(sents, source, role):
    assert _role(sents, source) == role


def test_pattern():
    import re
    assert re.fullmatch(rf"[A-Z]\w*{F.POSS}\s", "Marcus' ")
    assert re.fullmatch(rf"[A-Z]\w*{F.POSS}\s", "Marek's ")
    assert not re.fullmatch(rf"[A-Z]\w*{F.POSS}\s", "Marek' ")
    assert F.ends_possessive("Reuters'") and F.ends_possessive("NPR's") and not F.ends_possessive("Marek'")
