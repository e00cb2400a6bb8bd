"""Issue 14ab: article evidence for resolution (remedies said to work) and conflict (politicians' voices).

Every sentence here is invented.
"""

import pandas as pd
import pytest

from helpers.framing.evidence import (
    EVIDENCE,
    POLITICIAN_CAP,
    REMEDY_CAP,
    politician_voices,
    remedy_effects,
)


def _units(rows):
    return pd.DataFrame(rows, columns=["doc_id", "text"])


@pytest.mark.parametrize(
    "text",
    [
        "A tax on carbon could help lower the bills of poor households.",
        "The new rules would significantly reduce smog in the valley.",
        "Planting trees on the slopes will prevent the worst of the floods.",
        "Engineers say a sea wall can protect the harbour town.",
    ],
)
def test_remedy_effect_found(text):
    assert remedy_effects(_units([("a", text)])).tolist() == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The plan could not help the farmers in the north.",
        "Prices will rise again next winter.",
        "The council can meet on Tuesday.",
        "Helping the poor is a duty, the bishop said.",
    ],
)
def test_no_remedy_effect(text):
    assert remedy_effects(_units([("a", text)])).tolist() == [0]


def test_remedy_effects_capped_and_counted_once_per_sentence():
    same = "Cheaper buses would cut traffic in the old town."
    rows = [("a", same), ("a", same), ("b", "A levy could curb waste."), ("b", "Solar roofs can lower bills.")]
    rows += [("b", "Better dikes will save the village."), ("c", "Nothing changed.")]
    got = remedy_effects(_units(rows))
    assert got.to_dict() == {"a": 1, "b": REMEDY_CAP, "c": 0}


def test_politician_voices_counts_politicians_only():
    rows = [
        ("a", "Senator Jane Roe said the bill was a mistake."),
        ("a", '"We will fight this," said Governor Tom Lake.'),
        ("b", "A local farmer, Ann Bell, said the rain came late."),
        ("c", "The weather was mild all week."),
    ]
    assert politician_voices(_units(rows)).to_dict() == {"a": 2, "b": 0, "c": 0}


def test_politician_voices_capped():
    rows = [("a", f"Senator Jane Roe said the {w} was a mistake.") for w in ("bill", "plan", "tax", "levy", "deal")]
    assert politician_voices(_units(rows)).to_dict() == {"a": POLITICIAN_CAP}


def test_evidence_reads_a_label_table_column():
    frames = pd.DataFrame({"doc_id": ["a", "a"], "sentence": ["A levy could curb waste, Senator Jane Roe said."] * 2})
    assert remedy_effects(frames, text_col="sentence").to_dict() == {"a": 1}
    assert politician_voices(frames, text_col="sentence").to_dict() == {"a": 1}


def test_evidence_registered_and_checks_columns():
    assert {"remedy_effects", "politician_voices"} <= set(EVIDENCE)
    with pytest.raises(ValueError, match="segment"):
        remedy_effects(pd.DataFrame({"doc_id": ["a"]}))
    with pytest.raises(ValueError, match="segment"):
        politician_voices(pd.DataFrame({"text": ["x"]}))


def test_shipped_codebook_adds_the_evidence_to_resolution_and_conflict():
    from helpers import framing as F
    from helpers.framing.articles import article_cue_counts

    books = F.load_codebooks(["generic_frames"])
    entries = books["generic_frames"]["entries"]
    assert entries["responsibility"]["article_evidence"] == ["remedy_effects"]
    assert entries["conflict"]["article_evidence"] == ["politician_voices"]
    assert entries["conflict"]["article_min_cues"] == 3
    units = _units(
        [
            ("a", "Senator Jane Roe said the pier was too small."),
            ("a", "Governor Tom Lake said the ferry would lower fares for the islanders."),
            ("b", "The ferry sailed at noon."),
        ]
    )
    frames = F.tag_frames(units, F.find_cues(units, books), books, keep=("doc_id",))
    counts = article_cue_counts(frames, ["a", "b"], books, units=units)
    # no conflict or resolution word: two politicians' statements (conflict) and one remedy's effect (resolution)
    assert counts.loc["a", ("generic_frames", "conflict")] == 2
    assert counts.loc["a", ("generic_frames", "responsibility")] == 1
    assert counts.loc["b"].sum() == 0
