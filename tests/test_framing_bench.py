"""The frames-dev benchmark scripts' small functions: repeated CV of a threshold rule, and the cue families."""

import sys
from pathlib import Path

import numpy as np
import pytest

from helpers import framing as F
from helpers.framing.articles import fit_min_cues

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_framing as B  # noqa: E402
import bench_framing_rules as R  # noqa: E402


def test_f1_counts():
    y = np.array([True, True, False, False])
    assert B.f1(y, np.array([True, False, True, False])) == pytest.approx(0.5)
    assert B.f1(y, y) == 1.0
    assert B.f1(y, ~y) == 0.0


def test_repeated_cv_separable_and_noise():
    rng = np.random.default_rng(3)
    y = np.array([True] * 20 + [False] * 40)
    clean = np.where(y, 6, 1)
    got = B.repeated_cv_f1(clean, y, fit_min_cues, repeats=3, folds=5)
    assert got.shape == (3,) and np.allclose(got, 1.0)
    noise = rng.integers(1, 10, size=len(y))
    bad = B.repeated_cv_f1(noise, y, fit_min_cues, repeats=3, folds=5)
    assert bad.mean() < 0.7
    again = B.repeated_cv_f1(noise, y, fit_min_cues, repeats=3, folds=5)
    assert np.array_equal(bad, again)  # fixed fold seeds


def test_thresholds_fit_on_training_folds_only():
    """A rule whose fit sees the test fold would score this perfectly; the CV one cannot."""
    y = np.array([True, False] * 15)
    score = np.arange(30)  # unrelated to y
    assert B.repeated_cv_f1(score, y, fit_min_cues, repeats=2, folds=5).max() < 0.9


def test_every_codebook_cue_has_one_family():
    mapping = R._term_families(F.load_codebook("generic_frames"))
    assert mapping[("human_interest", "my")] == "testimony"
    assert mapping[("economic_consequences", "billion")] == "money"
    book = F.load_codebook("generic_frames")
    book["entries"]["conflict"]["terms"] = [*book["entries"]["conflict"]["terms"], "kerfuffle"]
    with pytest.raises(SystemExit, match="kerfuffle"):
        R._term_families(book)


# Issue 14s: topic-neutral cue families and the climate cues (bench_framing_neutral.py, climate_cues_offtopic.py).
import bench_framing_neutral as N  # noqa: E402
import climate_cues_offtopic as O  # noqa: E402
import pandas as pd  # noqa: E402


def _literature_cues(sentences):
    units = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(sentences))], "paragraph_id": 0, "text": sentences})
    cues = F.find_cues(units, {"literature": N.literature_codebook()})
    return N.cue_hits(cues, units["doc_id"].to_numpy())


def test_person_patterns_find_personal_stories():
    hits = _literature_cues(
        [
            "Maria Lopez, 34, has farmed the valley all her life.",
            "A 16-year-old student wrote to the mayor.",
            "She lives in a caravan near the river.",
            "Rosa Diaz, a mother of three, lost her job.",
        ]
    )
    person = hits[hits["family"] == "person"]
    assert sorted(person["doc_id"].unique()) == ["d0", "d1", "d2", "d3"]
    assert set(person["term"]) == {"<person>"}


def test_person_patterns_ignore_look_alikes():
    hits = _literature_cues(
        [
            "The Paris Agreement, 2015, was signed by 196 parties.",  # a year, not an age
            "The Senate voted 51 to 49 on Tuesday.",
            "The report, 120 pages long, was released.",  # a number after a common noun
        ]
    )
    assert hits[hits["family"] == "person"].empty
    # Limitations (part of why the family is not adopted): an object's age reads like a person's, and an idiom
    # like a place where someone lives.
    for look_alike in ("A 100-year-old bridge collapsed.", "They live in hope of a better deal."):
        assert not _literature_cues([look_alike]).query("family == 'person'").empty


def test_literature_families_find_their_cues_and_no_climate_words():
    hits = _literature_cues(
        [
            "The council proposed a plan to curb flooding.",
            "We must act, the bishop said in his sermon.",
            "The plant's output fell.",
        ]
    )
    fams = hits.groupby("doc_id")["family"].apply(set).to_dict()
    assert {"plan", "solution"} <= fams["d0"]
    assert {"religion", "duty"} <= fams["d1"]
    assert "d2" not in fams  # 'plant' is not 'plan'
    words = " ".join(t for fams_ in N.LITERATURE_FAMILIES.values() for t in fams_.values()).lower()
    for topical in ("climate", "carbon", "emission", "warming", "fossil", "greenhouse", "energy"):
        assert topical not in words


def test_article_score_counts_distinct_cues_across_sources():
    h = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "a", "a", "b", "b"],
            "unit": [0, 1, 2, 0, 3, 0, 0],
            "source": ["shipped", "shipped", "shipped", "literature", "shipped", "shipped", "shipped"],
            "label": ["RE", "RE", "RE", "RE", "MO", "MO", "HI"],
            "family": ["", "", "", "plan", "", "", ""],
            "term": ["plan", "plan", "plan", "plan", "evil", "evil", "family"],
            "quoted": [False, False, False, False, False, True, False],
        }
    )
    # "plan" in three sentences, in both sources: one cue, capped at 2 sentences
    assert N.article_score(h, "RE", ["a", "b"], ("shipped", "literature")).tolist() == [2.0, 0.0]
    assert N.article_score(h, "RE", ["a", "b"], drop={("RE", "plan")}).tolist() == [0.0, 0.0]
    # morality counts the outlet's voice only; human interest adds morality's score
    assert N.article_score(h, "MO", ["a", "b"]).tolist() == [1.0, 0.0]
    assert N.article_score(h, "HI", ["a", "b"]).tolist() == [1.0, 1.0]
    assert N.article_score(h, "HI", ["a", "b"], with_morality=False).tolist() == [0.0, 1.0]


def test_climate_cues_are_codebook_cues():
    book = F.load_codebook("generic_frames")
    pairs = N.climate_terms((1, 2), book)
    assert ("MO", "future generations") in pairs and ("RE", "phase out") in pairs
    assert ("MO", "creation") not in pairs  # removed in version 6
    book["entries"]["morality"]["terms"] = [
        t for t in book["entries"]["morality"]["terms"] if t != "future generations"
    ]
    with pytest.raises(SystemExit, match="future generations"):
        N.climate_terms((1,), book)


def test_removed_climate_cues_stay_out_of_the_codebook():
    book = F.load_codebook("generic_frames")
    terms = {fr: {t.lower() for t in e["terms"]} for fr, e in book["entries"].items()}
    assert len(N.REMOVED_OFFTOPIC) == 7
    assert not [(fr, t) for fr, t in N.REMOVED_OFFTOPIC if t in terms[fr]]
    # tier 1 as judged = what remains + what was removed, in the judged order
    for fr, judged in N.TIER1_AS_JUDGED.items():
        assert [t for t in judged if (fr, t) not in N.REMOVED_OFFTOPIC] == N.CLIMATE_CUES[1][fr]
    book["entries"]["morality"]["terms"] = [*book["entries"]["morality"]["terms"], "creation"]
    with pytest.raises(SystemExit, match="creation"):
        N.climate_terms((1,), book)


def test_removed_cues_are_those_the_judged_file_fails():
    """The shipped judged file decides the removals (at most 1 of 5 uses in the frame's sense)."""
    assert N.offtopic_failures(N.OFFTOPIC) == {(N.LABEL_OF[fr], t) for fr, t in N.REMOVED_OFFTOPIC}
    judged = pd.read_csv(N.OFFTOPIC, keep_default_na=False)
    assert list(dict.fromkeys(judged["cue"])) == [t for terms in N.TIER1_AS_JUDGED.values() for t in terms]


def test_offtopic_failures_and_summary(tmp_path):
    rows = (
        [
            {
                "cue": "creation",
                "frame": "morality",
                "articles": 9,
                "article_id": f"a{i}",
                "offset": 40,
                "frame_sense": "no",
            }
            for i in range(5)
        ]
        + [
            {
                "cue": "skeptics",
                "frame": "conflict",
                "articles": 7,
                "article_id": f"b{i}",
                "offset": 7,
                "frame_sense": "yes" if i else "no",
            }
            for i in range(5)
        ]
        + [{"cue": "alarmism", "frame": "morality", "articles": 0, "article_id": "", "offset": "", "frame_sense": ""}]
    )
    p = tmp_path / "judged.csv"
    pd.DataFrame(rows).to_csv(p, index=False)
    assert N.offtopic_failures(p) == {("MO", "creation")}
    assert N.offtopic_failures(tmp_path / "absent.csv") == set()
    s = O.summary(pd.read_csv(p, keep_default_na=False)).set_index("cue")
    assert s.loc["skeptics", "in_frame_sense"] == 4 and s.loc["creation", "in_frame_sense"] == 0
    assert s.loc["alarmism", "judged"] == 0 and s.loc["alarmism", "articles"] == 0


def test_offtopic_contexts_are_read_from_the_data_not_stored(tmp_path):
    import gzip
    import json

    text = "The plan calls for job creation in the region.  It also lists   new roads."
    data = tmp_path / "articles.jsonl.gz"
    with gzip.open(data, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"ID": "x1", "topic": "economy", "text": text}) + "\n")
    offset = text.index("creation")
    assert O.context("a" * 200 + " creation " + "b" * 200, 201, "creation") == "a" * 69 + " creation " + "b" * 49
    judged = pd.DataFrame(
        [
            {
                "cue": "creation",
                "frame": "morality",
                "articles": 1,
                "article_id": "x1",
                "offset": str(offset),
                "frame_sense": "no",
            },
            {"cue": "doomsday", "frame": "morality", "articles": 0, "article_id": "", "offset": "", "frame_sense": ""},
        ]
    )
    shown = O.show(judged, data)
    assert shown["cue"].tolist() == ["creation"]
    assert shown["context"].iloc[0] == "The plan calls for job creation in the region. It also lists new roads."


# Issue 14u: human interest and morality from an article's structure (bench_framing_structure.py).
import bench_framing_structure as S  # noqa: E402


def _units(sentences):
    return pd.DataFrame(
        {"doc_id": [d for d, _ in sentences], "unit_id": range(len(sentences)), "text": [t for _, t in sentences]}
    )


def test_structure_sentence_flags_voice_and_case():
    u = _units(
        [
            ("a", "We must act now."),
            ("a", '"We must act," the mayor said.'),
            ("a", "The US should not wait."),
            ("a", '"I was scared," she said.'),
            ("a", "Prices rose."),
        ]
    )
    f = S._sentence_flags(u)
    assert f["author_out"].tolist() == [True, False, False, False, False]  # "US" is not the author's "us"
    assert f["deontic_out"].tolist() == [True, False, True, False, False]
    assert f["deontic_in"].tolist() == [False, True, False, False, False]
    assert f["emotion_in"].tolist() == [False, False, False, True, False]
    assert not f["emotion_out"].any()


def test_structure_features_count_distinct_ordinary_sources_and_first_person_quotes():
    u = _units([("a", "x"), ("a", "y"), ("a", "z"), ("b", "w")])
    att = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b"],
            "unit_id": [0, 1, 2, 3],
            "source": ["Ann Lee, 34,", "she", "the minister", "a farmer"],
            "source_resolved": ["", "Ann Lee, 34,", "", ""],
            "role": ["ordinary_person", "ordinary_person", "official", "ordinary_person"],
            "sentence": [
                '"My house flooded," said Ann Lee, 34,',
                '"I lost everything," she said.',
                '"I will act," the minister said.',
                "The crops failed, a farmer said.",
            ],
        }
    )
    x = S.features(u, att, ["a", "b", "c"])
    assert x["sources_ordinary_person"].tolist() == [1, 1, 0]  # "she" resolves to Ann Lee: one source
    assert x["first_person_quotes_not_official"].tolist() == [2, 0, 0]  # the minister's "I" is an official's
    assert x["attributions"].tolist() == [3, 1, 0]
    assert x["sources_official"].tolist() == [1, 0, 0]
    rules = S.rules({lab: np.arange(3.0) for lab in B.LABELS}, x)
    assert {lab for lab, _ in rules.values()} == {"HI", "MO"}
    assert all(len(s) == 3 for _, s in rules.values())


import bench_framing_robust as RB  # noqa: E402


def _cue_table(rows):
    return pd.DataFrame([{"doc_id": d, "family": RB.FAMILY, "frame": fr, "cue": c, "n": n} for d, fr, c, n in rows])


def test_robust_frame_score_adds_with_frames_and_keeps_only_listed_cues():
    t = _cue_table([("a", "human_interest", "mother", 1), ("a", "morality", "cruel", 2), ("b", "morality", "evil", 1)])
    docs = ["a", "b", "c"]
    assert RB.frame_score(t, docs, "human_interest", []).tolist() == [1, 0, 0]
    assert RB.frame_score(t, docs, "human_interest", ["morality"]).tolist() == [3, 1, 0]
    keep = {"human_interest": {"mother"}, "morality": {"evil"}}
    assert RB.frame_score(t, docs, "human_interest", ["morality"], keep).tolist() == [1, 1, 0]
    assert RB._kept(t, ["a", "b"], ["morality"], 0) is None
    assert RB._kept(t, ["a", "b"], ["morality", "human_interest"], 1) == {
        "morality": {"cruel", "evil"},
        "human_interest": {"mother"},
    }
    assert RB._kept(t, ["a"], ["morality"], 2) == {"morality": set()}


def test_robust_unseen_cues_cost_a_lexicon_made_of_one_article_cues():
    """Positives each carry their own cue (found in no other article): the ordinary CV finds them all, the
    unseen-cue CV none; a shared cue survives both."""
    docs = [f"d{i}" for i in range(40)]
    y = np.array([i < 20 for i in range(40)])
    own = _cue_table([(d, fr, f"{fr}-{d}", 1) for d, pos in zip(docs, y) if pos for fr in RB.MAPPING.values()])
    gold = pd.DataFrame({lab: y for lab in RB.LABELS}, index=docs)
    full, _ = RB.cv_rule(gold, own, {}, repeats=2)
    unseen, _ = RB.cv_rule(gold, own, {}, min_support=1, repeats=2)
    assert all(full[lab].min() == 1.0 for lab in RB.LABELS)
    assert all(unseen[lab].max() == 0.0 for lab in RB.LABELS)
    shared = _cue_table([(d, fr, "shared", 1) for d, pos in zip(docs, y) if pos for fr in RB.MAPPING.values()])
    kept, _ = RB.cv_rule(gold, shared, {}, min_support=1, repeats=2)
    assert all(kept[lab].min() == 1.0 for lab in RB.LABELS)
    assert RB._fit_quantile(np.array([0, 0, 1, 5, 6.0]), np.array([0, 0, 0, 1, 1], bool)) == 3.0  # tags the top 2 of 5


import bench_framing_senses_events as EV  # noqa: E402


def test_events_bench_switches_an_exception_off_and_back_on():
    books = F.load_codebooks(["policy_frames"])
    units = pd.DataFrame({"text": ["Veterans of the Gulf War met."]})

    def war_sense():
        c = F.find_cues(units, books, senses=("name",))
        return c.loc[c["cue"].astype(str).str.lower() == "war", "sense"].tolist()

    assert war_sense() == [""]
    with EV._without(["event"]):
        assert war_sense() == ["name"]
    assert war_sense() == [""]


# Issue 14x: general lexical evidence (Empath categories) for the rare frames (bench_framing_lexicon.py).
import bench_framing_lexicon as LX  # noqa: E402


def test_lexicon_evidence_counts_terms_per_100_tokens_and_distinct_terms():
    terms = frozenset({"family", "home", "grief"})
    texts = pd.Series(
        ["Her FAMILY lost their home; the family's grief was deep.", "Tariffs rose again.", ""], index=["a", "b", "c"]
    )
    ev = LX.category_evidence(texts, terms)
    # a: 10 tokens ("family's" is one token, not a term), 3 hits of 3 distinct terms
    assert ev.loc["a", "density"] == pytest.approx(30.0)
    assert ev.loc["a", "distinct"] == 3.0
    assert ev.loc["b"].tolist() == [0.0, 0.0]
    assert ev.loc["c"].tolist() == [0.0, 0.0]


def test_lexicon_float_threshold_fit_maximises_f1_ties_to_the_smaller():
    y = np.array([0, 0, 1, 1, 1], bool)
    assert LX._fit_float(np.array([0, 1, 2, 3.5, 5]), y) == 2.0
    assert LX._fit_float(np.array([0, 0.5, 0.5, 0.5, 0.5]), np.array([0, 0, 1, 1, 0], bool)) == 0.5
    assert LX._fit_float(np.zeros(5), y) == float("inf")  # no positive score: tag nothing


def test_lexicon_evidence_goes_to_its_own_frame_only():
    t = _cue_table([("a", "human_interest", "mother", 1), ("a", "morality", "cruel", 2), ("b", "morality", "evil", 1)])
    ev = {
        fr: pd.DataFrame({"density": [1.5, 0.0], "distinct": [2.0, 0.0]}, index=["a", "b"])
        for fr in ("human_interest", "morality")
    }
    table, wm = LX.augmented(t, {"human_interest": ["morality"]}, ev, LX.RARE, 2.0, "density")
    docs = ["a", "b"]
    # human interest: its cue 1 + morality's cues 2 (article_with) + 2 x its own evidence 1.5, not morality's
    assert RB.frame_score(table, docs, "human_interest", wm["human_interest"]).tolist() == [6.0, 1.0]
    assert RB.frame_score(table, docs, "morality", wm["morality"]).tolist() == [5.0, 1.0]
    alone, wa = LX.augmented(t, {"human_interest": ["morality"]}, ev, LX.RARE, 1.0, "alone")
    assert RB.frame_score(alone, docs, "human_interest", wa["human_interest"]).tolist() == [1.5, 0.0]
    assert RB.frame_score(alone, docs, "morality", wa["morality"]).tolist() == [1.5, 0.0]
    distinct, wd = LX.augmented(t, {}, ev, ("morality",), 0.5, "distinct")
    assert RB.frame_score(distinct, docs, "morality", wd["morality"]).tolist() == [3.0, 1.0]


def test_lexicon_mapped_categories_exist_in_the_vendored_unmodified_empath_file():
    import hashlib

    path = LX.EMPATH
    assert hashlib.sha256(path.read_bytes()).hexdigest() in (path.parent / "README.md").read_text()
    cats = LX.load_empath()
    assert len(cats) == 194
    assert all(c in cats for cs in LX.CATEGORIES.values() for c in cs)
    assert "family" in cats["family"] and "pray" in cats["religion"]


def test_lexicon_moralstrength_keeps_words_far_from_neutral(tmp_path):
    import zipfile

    wheel = tmp_path / "moralstrength-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(
            "moralstrength/annotations/v1.1/care.tsv",
            "WORD\tEXPRESSED_MORAL\nkindness\t8.2\ncruel\t1.5\ntable\t5.1\n-stained\t2.0\n",
        )
        z.writestr("moralstrength/annotations/v1.1/purity.tsv", "WORD\tEXPRESSED_MORAL\nSacred\t8.0\nsoil\t4.0\n")
        z.writestr("moralstrength/annotations/care.tsv", "WORD\tEXPRESSED_MORAL\nold\t9.0\n")
    assert LX.load_moralstrength(wheel) == frozenset({"kindness", "cruel", "sacred"})


@pytest.mark.filterwarnings("ignore:All-NaN slice:RuntimeWarning")  # bootstrap intervals of two articles
def test_test_mode_scores_a_file_with_the_codebook_thresholds(tmp_path):
    """``--test FILE`` tags FILE with the shipped codebook's thresholds (version 9: conflict needs a score of 3)."""
    import pandas as pd

    def write(name, rows):
        df = pd.DataFrame(rows, columns=["doc_id", "source", "date", "RE", "HI", "CO", "MO", "EC", "text"])
        df.to_csv(tmp_path / name, index=False)
        return tmp_path / name

    train = write(
        "train.csv",
        [
            (f"t{i}", "paper", "2020-01-01", *([i % 2] * 5), text)
            for i, text in enumerate(
                [
                    "The town council met. The budget was approved by the council.",
                    "The dispute grew. The critics of the plan were angry. A family lost its home.",
                    "Rain fell on the hills. The river rose. The council met.",
                    "Protesters clashed with police. The mother wept for her family.",
                ]
            )
        ],
    )
    test = write(
        "test.csv",
        [
            (
                "a",
                "paper",
                "2020-01-02",
                *(0, 0, 1, 0, 0),
                "The dispute over the dam went on. Critics said it was late. The rivals clashed again.",
            ),
            ("b", "paper", "2020-01-02", 0, 0, 1, 0, 0, "A dispute over the dam went on. Critics said it was late."),
        ],
    )
    res = B.run_test(train, test)
    co = next(r for r in res["scores"] if r["label"] == "CO" and r["method"] == B.SHIPPED)
    # a: three conflict cues (tagged); b: two (score 2, below version 9's threshold of 3; version 8's 2 tagged it)
    assert (co["precision"], co["recall"]) == (1.0, 0.5)
    assert res["n_articles"] == 2
