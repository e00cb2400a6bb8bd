"""Round 12bq-s: a name right after a bare title that opens a sentence ("TV host Dana Brown was ...") is the
sentence's subject and a person, so a later "he"/"she" can refer to it (invented sentences)."""
import pandas as pd
import pytest

from helpers.measures import pronoun_names as PN
from helpers.measures import sourcing as S
from helpers.measures.source_roles import RoleTagger, load_roles


def _resolved(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": range(len(sentences)),
                          "text": sentences, "outlet": "o"})
    att = S.extract_attributions(units, ["outlet"])
    return dict(zip(att["unit_id"], att["source_resolved"]))


@pytest.mark.parametrize("opener, name", [
    ("TV host Dana Brown was the latest guest to visit the tower on Friday.", "Dana Brown"),
    ("Talk show host Dana Brown was the latest guest to visit the tower.", "Dana Brown"),
    ("Republican strategist Ann Vole toured the plant on Monday.", "Ann Vole"),
    ("Acme chief executive Ben Kay opened the new store in March.", "Ben Kay"),
])
def test_a_name_after_a_bare_title_is_the_antecedent(opener, name):
    assert _resolved([opener, "Now he is explaining what it was all about."])[1] == name


@pytest.mark.parametrize("opener", [
    "Police arrested Dana Brown on Friday.",  # a verb: the name is the object
    "Officials say Dana Brown was there.",  # the last word before the name is no role noun
    "Voters like Dana Brown were there.",
    "In town hall Dana Brown spoke.",  # a preposition
])
def test_no_bare_title_no_subject(opener):
    tagger = RoleTagger(load_roles())
    lead = opener.split(" Dana Brown")[0]
    assert PN._bare_title(lead, tagger) is False


def test_a_bare_title_with_a_comma_is_not_read_here():
    tagger = RoleTagger(load_roles())
    assert PN._apposed("TV host,", ", was there", tagger) is False
