"""Religious references as article evidence for the morality frame (issue 14aa); invented sentences only."""

import copy

import pandas as pd
import pytest

from helpers import framing as F
from helpers.framing.articles import article_cue_counts
from helpers.framing.codebooks import CodebookError, load_codebook
from helpers.framing.evidence import EVIDENCE, religious_references

MORALITY = ("generic_frames", "morality")


def _units(rows):
    return pd.DataFrame({"doc_id": [d for d, _ in rows], "text": [t for _, t in rows]})


def _tag(units, books):
    return F.tag_frames(units, F.find_cues(units, books), books, keep=("doc_id",))


def test_religious_references_count_distinct_words_quotations_included():
    units = _units(
        [
            ("a", '"God gave us this valley to keep," the pastor told the congregation.'),
            ("a", "The church held a prayer vigil; the church bells rang."),
            ("b", "The village council met on Tuesday."),
        ]
    )
    got = religious_references(units)
    assert got["a"] == 4  # god, pastor, church, prayer (church twice counts once)
    assert got["b"] == 0
    assert list(got.index) == ["a", "b"]


@pytest.mark.parametrize(
    "text",
    [
        "Faith Miller, the mayor, said the dam would hold.",  # a first name
        "Church Street was closed after the storm.",  # a street name at the start of a sentence
        "She sincerely hoped the sinking fund would last.",  # 'sin' inside other words
        "Job creation slowed in the third quarter.",  # not the Creator
    ],
)
def test_religious_references_ignore_other_senses(text):
    assert religious_references(_units([("a", text)]))["a"] == 0


def test_religious_references_need_columns():
    with pytest.raises(ValueError, match="segment"):
        religious_references(pd.DataFrame({"doc_id": ["a"]}))


def _books():
    """The generic codebook with morality's evidence (as version 8 ships it, whatever the file holds)."""
    books = copy.deepcopy(F.load_codebooks(["generic_frames"]))
    books["generic_frames"]["entries"]["morality"]["article_evidence"] = ["religious_references"]
    return books


def test_morality_counts_quoted_religious_references():
    books = _books()
    units = _units(
        [
            ("a", '"We pray for rain, and our faith tells us to care for the land," the bishop said.'),
            ("b", '"We hope for rain and we will care for the land," the farmer said.'),
        ]
    )
    frames = _tag(units, books)
    counts = article_cue_counts(frames, ["a", "b"], books, units=units)
    # the quoted moral and religious cues do not count (outlet voice), the religious references do: pray, faith,
    # bishop
    assert counts.loc["a", MORALITY] == 3
    assert counts.loc["b", MORALITY] == 0
    # the evidence is not passed on to human interest (which adds morality's cue score)
    without = copy.deepcopy(books)
    del without["generic_frames"]["entries"]["morality"]["article_evidence"]
    hi = ("generic_frames", "human_interest")
    assert counts[hi].equals(article_cue_counts(frames, ["a", "b"], without)[hi])
    assert article_cue_counts(frames, ["a", "b"], without).loc["a", MORALITY] == 0
    # without units the evidence is read from the tagged sentences
    assert article_cue_counts(frames, ["a", "b"], books).loc["a", MORALITY] == 3


def test_evidence_survives_min_articles():
    books = _books()
    units = _units([("a", "The pope spoke of creation and of the sacred duty to the poor.")])
    frames = _tag(units, books)
    full = article_cue_counts(frames, ["a"], books, units=units)
    rare = article_cue_counts(frames, ["a"], books, units=units, min_articles=2)  # every cue is in one article only
    assert rare.loc["a", MORALITY] == 2  # pope, sacred: the evidence only
    assert full.loc["a", MORALITY] > rare.loc["a", MORALITY]


def test_codebook_rejects_unknown_evidence(tmp_path):
    p = tmp_path / "book.yaml"
    p.write_text(
        "name: book\nversion: 1\nsource: invented\nentries:\n  f:\n    label: F\n    definition: An invented frame.\n    source: invented\n"
        "    terms: [a]\n    article_evidence: [astrology]\n"
    )
    with pytest.raises(CodebookError, match="article_evidence"):
        load_codebook(p)
    assert "religious_references" in EVIDENCE


def test_shipped_codebook_adds_religious_references_to_morality():
    books = F.load_codebooks(["generic_frames"])
    entry = books["generic_frames"]["entries"]["morality"]
    # version 10 (issue 14ad) adds the collective voice after the religious references and refits the threshold 4 -> 5
    assert entry["article_evidence"][0] == "religious_references" and entry["article_min_cues"] == 5
    units = _units([("a", '"Our faith asks us to pray for the creatures of the sea," the rabbi told the crowd.')])
    counts = article_cue_counts(_tag(units, books), ["a"], books, units=units)
    # "rabbi" outside the quotation is a morality cue (1); faith, pray and rabbi are religious references (3)
    assert counts.loc["a", MORALITY] == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters loyal to the Islamic State claimed the attack on the depot.", 0),
        ("The Christian Democratic Union lost two seats in the state vote.", 0),
        ("Leaders of the Catholic Church urged the government to protect the forest.", 1),  # "catholic" only
        ("Islamic scholars debated the ruling for weeks.", 1),  # a lower-case noun follows: a reference
        ("She grew up in a Jewish family and still prays each morning.", 1),
    ],
)
def test_religious_adjective_opening_a_name_is_not_a_reference(text, expected):
    assert religious_references(_units([("a", text)]))["a"] == expected
