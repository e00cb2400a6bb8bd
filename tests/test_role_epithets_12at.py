"""Issue 12at-d: a named speaker whose role the article states only by a definite description as the subject of the
sentence next to the name's ("Ann Lee toured the plant. The Norland senator said ..."). Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures.role_epithets import EPITHET_BASIS, epithet_links
from helpers.measures.source_roles import RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _units(sents):
    return pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                         "paragraph_id": range(len(sents)), "text": sents, "role": "body"})


def _row(sents, source):
    att = extract_attributions(_units(sents))
    rows = att[att["source_resolved"] == source]
    assert len(rows), att[["source", "source_resolved"]]
    return rows.iloc[-1]


@pytest.mark.parametrize(
    "sents, source, role",
    [
        # positives (each unknown on main 232d4b3)
        (["Ivo Marek toured the flooded valley on Monday.", "The Norland senator promised new levees.",
          "Marek said the money would come soon."], "Marek", "politician"),
        (["The former vice president has long backed the canal plan.", "Tova Brill spent the day in Dunmore.",
          "Brill said the canal would open next year."], "Brill", "politician"),
        (["Olek Varga stepped down in March.", "The chief executive had run the firm for a decade.",
          "Varga said he had no regrets."], "Varga", "official"),
        (["Pim Oduya wrote the column last week.", "The magazine editor has written about the courts for years.",
          "\"It was overdue,\" Oduya said."], "Oduya", "journalist_media"),
    ],
)
def test_definite_description_next_to_the_name(sents, source, role):
    row = _row(sents, source)
    assert (row["role"], row["role_basis"]) == (role, EPITHET_BASIS)


@pytest.mark.parametrize(
    "sents, source",
    [
        # negatives (near misses: unknown on main and after)
        # another person in the name's sentence could be the one described
        (["Ivo Marek met Ada Crane on Monday.", "The Norland senator promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        # review r12at: the other person's name has an accented capital (politician on 563116c)
        (["Ivo Marek met Ada \u00c7elik on Monday.", "The Norland senator promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        (["Ivo Marek met \u00c9mile Crane on Monday.", "The Norland senator promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        # the description's noun is another named person's title in the article
        (["Sen. Ada Crane visited the valley in June.", "Ivo Marek toured the flooded valley on Monday.",
          "The senator promised new levees.", "Marek said the money would come soon."], "Marek"),
        # not the subject: a preposition follows the noun
        (["Ivo Marek toured the flooded valley on Monday.", "The senator from Norland promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        # an institution, a document, a plural, an ordinary person's noun
        (["Ivo Marek toured the flooded valley on Monday.", "The committee promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        (["Ivo Marek toured the flooded valley on Monday.", "The report found new damage.",
          "Marek said the money would come soon."], "Marek"),
        (["Ivo Marek toured the flooded valley on Monday.", "The senators promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        (["Ivo Marek toured the flooded valley on Monday.", "The man promised new levees.",
          "Marek said the money would come soon."], "Marek"),
        # (issue 12aw-d: a description one sentence away from the name, or after a name that does not open its
        # sentence, is now read by helpers.measures.role_later; see tests/test_role_later_12aw_d.py)
    ],
)
def test_near_misses_stay_unknown(sents, source):
    row = _row(sents, source)
    assert row["role"] == "unknown"


def test_a_stated_role_wins_over_the_description(tagger):
    row = _row(["Ivo Marek, a hydrologist at Lake University, toured the valley.",
                "The former senator promised new levees.", "Marek said the money would come soon."], "Marek")
    assert row["role"] == "expert"


def test_links_both_orders(tagger):
    links = list(epithet_links(["Ivo Marek toured the valley.", "The Norland governor spoke first.",
                                "Nothing else happened.", "The former ambassador was calm.", "Tova Brill left early."],
                               tagger.phrase_role, tagger._nouns, tagger._unnamed_nouns))
    assert [(n, r) for n, r, _ in links] == [("Ivo Marek", "politician"), ("Tova Brill", "official")]


def test_unnamed_source_nouns_are_no_description():
    row = _row(["Ivo Marek toured the flooded valley on Monday.",
                "\"Nothing is ready,\" the official said.", "\"The money will come soon,\" Marek said."], "Marek")
    assert row["role"] == "unknown"


def test_titles_read_once_per_noun(tagger):
    """Review r12at: the article's titles of the description's noun were searched in the whole text for each linked
    name (names x text: quadratic on a long article); they are read once per noun."""
    import time

    sents = ["Ann Lee toured the plant on Monday.", "The Norland senator said it was fine."] * 3000
    start = time.perf_counter()
    links = list(epithet_links(sents, tagger.phrase_role, tagger._nouns, tagger._unnamed_nouns))
    assert len(links) == 3000 and time.perf_counter() - start < 5  # about 40 s on 563116c, 0.3 s after
    # another person titled with the noun still blocks the link
    sents = ["Sen. Ada Crane spoke first."] + sents[:2]
    assert list(epithet_links(sents, tagger.phrase_role, tagger._nouns, tagger._unnamed_nouns)) == []
