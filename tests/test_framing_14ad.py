"""Issue 14ad: article evidence for morality (the outlet's collective voice).

Every sentence here is invented.
"""

import pandas as pd
import pytest

from helpers.framing.evidence import COLLECTIVE_CAP, EVIDENCE, collective_voice


def _units(rows, cols=("doc_id", "text")):
    return pd.DataFrame(rows, columns=list(cols))


@pytest.mark.parametrize(
    "text",
    [
        "It is up to us to leave the rivers cleaner than we found them.",
        "Our duty to the next generation could not be plainer.",
        "We owe the farmers of the valley a fair hearing.",
        "Surely the least we can do is listen to them.",
        'A cut of "five per cent" is not enough, and we know it.',
    ],
)
def test_collective_voice_found(text):
    assert collective_voice(_units([("a", text)])).tolist() == [1]


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge by spring," said Mayor Ann Bell.',
        "The mayor said we must rebuild the bridge by spring.",
        '"Our town will not give up," the pastor told the crowd.',
        "The US and the UK signed the pact on Monday.",
        "WE SHALL OVERCOME was painted on the wall.",
        "Our Children's Trust filed the suit in May.",
        "The river rose by two metres overnight.",
        "Users of the ferry were told to wait.",
    ],
)
def test_no_collective_voice(text):
    assert collective_voice(_units([("a", text)])).tolist() == [0]


def test_quotation_followed_across_a_paragraph():
    rows = [
        ("a", 0, 3, '"The water came in the night.'),
        ("a", 1, 3, "We lost the barn and the hay."),
        ("a", 2, 3, 'Nobody came," Tom Reed said.'),
    ]
    units = _units(rows, ("doc_id", "unit_id", "paragraph_id", "text"))
    assert collective_voice(units).to_dict() == {"a": 0}
    # read one sentence at a time (no paragraphs), the middle one is no longer inside the quotation
    assert collective_voice(units.drop(columns=["paragraph_id"])).to_dict() == {"a": 1}


def test_collective_voice_capped_and_every_article_listed():
    rows = [("a", "We owe them an answer."), ("a", "Our children will ask."), ("a", "It falls to us.")]
    rows += [("b", "The dam holds for now."), ("c", "")]
    assert collective_voice(_units(rows)).to_dict() == {"a": COLLECTIVE_CAP, "b": 0, "c": 0}


def test_collective_voice_reads_a_label_table_column():
    frames = pd.DataFrame({"doc_id": ["a", "a", "b"], "sentence": ["We owe them an answer."] * 2 + [None]})
    assert collective_voice(frames, text_col="sentence").to_dict() == {"a": 1, "b": 0}


def test_collective_voice_registered_and_checks_columns():
    assert EVIDENCE["collective_voice"] is collective_voice
    with pytest.raises(ValueError, match="segment"):
        collective_voice(pd.DataFrame({"doc_id": ["a"]}))
    assert collective_voice(_units([])).empty


def _rules(cand_unseen, cand_plain=0.70, diff=(0.01, 0.005)):
    """A result table of two rules as bench_framing_14aa.summarise writes it (invented figures)."""
    labels = ["RE", "HI", "CO", "MO", "EC"]
    ship = {v: {"macro_F1": [0.70, 0.01], **{lab: [0.70, 0.01] for lab in labels}} for v in ("plain", "unseen-cue")}
    cand = {
        "plain": {"macro_F1": [cand_plain, 0.01], "paired_diff_to_shipped": [cand_plain - 0.70, 0.003]},
        "unseen-cue": {"macro_F1": [0.71, 0.01], "paired_diff_to_shipped": list(diff)},
    }
    cand["plain"].update({lab: [0.70, 0.01] for lab in labels})
    cand["unseen-cue"].update({lab: [cand_unseen.get(lab, 0.70), 0.01] for lab in labels})
    return {"shipped": ship, "candidate": cand}


def test_decision_needs_every_label_within_the_allowed_loss():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import bench_framing_14ad as B

    ok = B.decide(_rules({"MO": 0.75, "HI": 0.69}), "candidate", "shipped")
    assert ok["ship"] == "candidate" and all(ok["checks"].values())
    hurt = B.decide(_rules({"MO": 0.80, "HI": 0.67}), "candidate", "shipped")
    assert hurt["ship"] == "shipped" and hurt["label_diffs_unseen_cue"]["HI"] == pytest.approx(-0.03)
    noisy = B.decide(_rules({"MO": 0.75}, diff=(0.01, 0.02)), "candidate", "shipped")
    assert noisy["ship"] == "shipped"
    plain_down = B.decide(_rules({"MO": 0.75}, cand_plain=0.69), "candidate", "shipped")
    assert plain_down["ship"] == "shipped"


def test_shipped_codebook_adds_the_collective_voice_to_morality():
    from helpers import framing as F
    from helpers.framing.articles import article_cue_counts

    books = F.load_codebooks(["generic_frames"])
    entry = books["generic_frames"]["entries"]["morality"]
    assert entry["article_evidence"] == ["religious_references", "collective_voice"]
    assert entry["article_min_cues"] == 5
    units = _units(
        [
            ("a", "The dam was finished in May."),
            ("a", "It is up to us to keep the river alive."),
            ("b", '"It is up to us to keep the river alive," said Ann Bell.'),
        ]
    )
    frames = F.tag_frames(units, F.find_cues(units, books), books, keep=("doc_id",))
    counts = article_cue_counts(frames, ["a", "b"], books, units=units)
    # no morality word: the outlet's own "us" counts 1 (a); inside a quotation with its speaker it does not (b)
    assert counts.loc["a", ("generic_frames", "morality")] == 1
    assert counts.loc["b", ("generic_frames", "morality")] == 0


def test_sourcing_rules_run_once_for_both_evidence_functions(monkeypatch):
    """politician_voices and collective_voice share one extract_attributions run per sentence table (review r12az)."""
    import helpers.framing.evidence as ev
    import helpers.measures.sourcing as sourcing

    calls = []
    real = sourcing.extract_attributions

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(sourcing, "extract_attributions", counting)
    ev._ATTRIBUTIONS_CACHE.clear()
    units = pd.DataFrame({"doc_id": ["a", "a", "b"],
                          "text": ["Senator Ann Lee said the plan would fail.", "We owe our children a cooler town.",
                                   "The report said the roads are open."]})
    assert ev.politician_voices(units).to_dict() == {"a": 1, "b": 0}
    assert ev.collective_voice(units).to_dict() == {"a": 1, "b": 0}
    assert len(calls) == 1
    other = units.assign(text=units["text"].str.replace("Ann Lee", "Bo Diaz"))
    ev.politician_voices(other)
    assert len(calls) == 2  # other sentences: read again
