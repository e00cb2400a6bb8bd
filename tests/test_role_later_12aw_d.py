"""Issue 12aw-d: a named speaker whose role the article states only by a definite description as the subject of a
later sentence, after a sentence that names the person anywhere (not only as its opening subject, which issue 12at-d
reads): "The plan won praise from Ivo Marek. The Norland senator has long ...". Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures.role_epithets import EPITHET_BASIS, epithet_links
from helpers.measures.role_later import later_links
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
        # positives (each unknown on main 1fde1c9): the name is not the opening subject of its sentence
        (["On Monday the levee plan won praise from Ivo Marek.", "The Norland senator has long asked for new levees.",
          "Marek said the money would come soon."], "Marek", "politician"),
        (["A crowd of farmers in Dunmore cheered Tova Brill on Friday.",
          "The former vice president has long backed the plan.", "\"It will open next year,\" Brill said."],
         "Brill", "politician"),
        # the name two sentences before the description, the sentence between names no one
        (["Olek Varga stepped down in March after a long fight over pay.", "Few in the industry were surprised.",
          "The chief executive had run the firm for a decade.", "Varga said he had no regrets."], "Varga", "official"),
        # the two near-misses of issue 12at-d's epithet links (tests/test_role_epithets_12at.py), read here
        (["Ivo Marek toured the flooded valley on Monday.", "Rain fell for a week.",
          "The Norland senator promised new levees.", "\"The money will come soon,\" Marek said."], "Marek",
         "politician"),
        (["On Monday the valley was visited by Ivo Marek.", "The Norland senator promised new levees.",
          "\"The money will come soon,\" Marek said."], "Marek", "politician"),
    ],
)
def test_later_description_gives_role(sents, source, role):
    row = _row(sents, source)
    assert (row["role"], row["role_basis"]) == (role, EPITHET_BASIS)


@pytest.mark.parametrize(
    "sents, source",
    [
        # two persons named before the description: either could be the one described
        (["On Monday the levee plan won praise from Ivo Marek and Ada Sorn.",
          "The Norland senator has long asked for new levees.", "Marek said the money would come soon."], "Marek"),
        # an unnamed person of the same role stands between the name and the description
        (["On Monday Ivo Marek met the governor in Dunmore.", "The former senator has long asked for new levees.",
          "Marek said the money would come soon."], "Marek"),
        # the sentence after the description names another person (a list whose entry opens with a description)
        (["On Monday the levee plan won praise from Ivo Marek.", "The Norland senator has long asked for new levees.",
          "Ada Sorn said the money would come soon.", "Marek said it would not."], "Marek"),
        # another person bears the noun as a title in the article
        (["On Monday the levee plan won praise from Ivo Marek.", "The senator has long asked for new levees.",
          "Sen. Ada Sorn disagreed.", "Marek said the money would come soon."], "Marek"),
        # the description's own sentence names a person
        (["On Monday the levee plan won praise from Ivo Marek.", "The senator has long praised Ada Sorn for it.",
          "Marek said the money would come soon."], "Marek"),
        # the name three sentences before the description: too far
        (["Olek Varga stepped down in March after a long fight over pay.", "Few in the industry were surprised.",
          "The plant will stay open.", "The chief executive had run the firm for a decade.",
          "Varga said he had no regrets."], "Varga"),
    ],
)
def test_near_misses_stay_unknown(sents, source):
    assert _row(sents, source)["role"] == "unknown"


def test_epithet_links_alone_leave_them(tagger):
    sents = ["On Monday the valley was visited by Ivo Marek.", "The Norland senator promised new levees.",
             "\"The money will come soon,\" Marek said."]
    assert list(epithet_links(sents, tagger.phrase_role, tagger._nouns, tagger._unnamed_nouns)) == []


def test_later_links_yields_full_name(tagger):
    sents = ["On Monday the levee plan won praise from Ivo Marek.", "The Norland senator has long asked for levees."]
    assert list(later_links(sents, tagger.phrase_role, tagger._nouns, tagger._unnamed_nouns)) == [
        ("Ivo Marek", "politician", "The Norland senator")]


@pytest.mark.parametrize(
    "sents",
    [
        # restriction after the first read: a description whose last word is not the noun that gives its role ("The
        # publishers of the study")
        ["Ivo Marek bought the Dunmore Rovers in 1999.", "The Rovers name has long drawn fire from fans.",
         "The publishers of the study were sure of it."],
        # a day or a month that opens a capitalised run ("On Dec. 21, ...") is no person
        ["On Dec. 21, the plant in Dunmore closed.", "The chief executive was blamed by the workers.",
         "\"It was hard,\" Dec said."],
    ],
)
def test_restricted_forms_link_nothing(tagger, sents):
    assert list(later_links(sents, tagger.phrase_role, tagger._nouns, tagger._unnamed_nouns)) == []


def test_a_stated_role_wins(tagger):
    sents = ["Ivo Marek, a lawyer, won praise on Monday.", "The Norland senator has long asked for levees."]
    tagger.reset()
    for s in sents:
        tagger.learn(s)
    tagger.learn_epithets(sents)
    assert tagger.role("Marek")[0] == "official"
