import numpy as np
import pandas as pd
import pytest

from helpers import framing as F
from helpers.validation.cli import corrected_shares, frame_labels, main, sample_codes, tag_units, unit_keys


@pytest.fixture(scope="module")
def units():
    return pd.DataFrame({"doc_id": ["a", "a", "b"], "unit_id": [0, 1, 0], "outlet": ["X", "X", "Y"],
                         "text": ["The two sides clashed over the costs.", "It rained.", "A moral duty of conscience, honesty and integrity."]})


def test_frame_labels_units_and_articles(units):
    cb = F.load_codebook("generic_frames")
    frames = tag_units(units)
    lab = frame_labels(units, frames, cb)
    assert list(lab.index) == ["a:0", "a:1", "b:0"]
    assert lab.loc["a:0", "conflict"] == 1 and lab.loc["a:1"].sum() == 0 and lab.loc["b:0", "morality"] == 1
    art = frame_labels(units, frames, cb, level="article")
    assert list(art.index) == ["a", "b"] and art.loc["b", "morality"] == 1  # morality needs a score of 5 (version 10)
    with pytest.raises(ValueError, match="level"):
        frame_labels(units, frames, cb, level="paragraph")


def test_sample_codes_matches_by_text(units):
    smp = pd.DataFrame({"doc_id": ["a", "b", "b"], "sentence": ["It rained.", "A moral duty of conscience, honesty and integrity.", "Not there."],
                        "generic_frames": ["", "morality;conflict", "conflict"]})
    codes, missing = sample_codes(smp, units, "generic_frames", ["conflict", "morality"], "coder1")
    assert missing == 1
    wide = codes.pivot(index="unit_key", columns="label", values="value")
    assert wide.loc["b:0", "morality"] == 1 and wide.loc["a:1"].sum() == 0
    with pytest.raises(ValueError, match="no 'policy_frames' column"):
        sample_codes(smp, units, "policy_frames", ["x"], "c")


def test_corrected_shares_per_group():
    pred = pd.DataFrame({"f": [1, 0, 1, 1, 0, 0]}, index=[f"u{i}" for i in range(6)])
    codes = pd.DataFrame({"f": [1, 1, 1]}, index=["u0", "u1", "u2"])
    groups = pd.Series(["g1", "g1", "g1", "g2", "g2", "g2"], index=pred.index)
    t = corrected_shares(pred, codes, groups).set_index("group")
    assert t.loc["g1", "n_coded"] == 3 and t.loc["g1", "corrected"] == pytest.approx(1.0)
    assert "no coded units" in t.loc["g2", "note"]
    with pytest.raises(ValueError, match="not among"):
        corrected_shares(pred, pd.DataFrame({"f": [1]}, index=["zz"]))


def test_unit_keys():
    assert unit_keys(pd.DataFrame({"doc_id": ["d"]})).tolist() == ["d"]


def test_cli_sample_and_score(tmp_path, capsys):
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", "seeds", "--n", "6", "--out", str(out)]) == 0
    assert out.is_file() and out.with_suffix(".guide.html").is_file()
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["1", "", "", "1", "", ""]
    sheet.to_csv(out, index=False)
    assert main(["score", "--corpus", "seeds", str(out)]) == 0
    text = capsys.readouterr().out
    assert "one coder" in text and "(micro)" in text
    assert main(["score", "--corpus", "seeds", str(tmp_path / "missing.csv")]) == 2
    assert "not found" in capsys.readouterr().err


def test_cli_reads_a_relative_corpus_from_the_current_folder(tmp_path, monkeypatch, capsys):
    # review s78-B: "--corpus health.jsonl" from the user's folder was read from the project root ("does not exist"),
    # while the report runner reads the same option from the current folder
    import shutil

    from helpers.core.paths import PROJECT_ROOT

    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "mine")
    monkeypatch.chdir(tmp_path)
    assert main(["sample", "--corpus", "mine", "--n", "6", "--out", "sheet.csv"]) == 0, capsys.readouterr().err
    assert (tmp_path / "sheet.csv").is_file()


def test_benchmark_files(tmp_path):
    from helpers.validation.cli import benchmark_articles, benchmark_results

    meta, scores = benchmark_results("benchmarks/results/bench_framing_results.json")
    assert "frames-dev" in meta["dataset"] and {"label", "method", "F1"} <= set(scores.columns)
    codes, pred = benchmark_articles("benchmarks/results/bench_framing_articles.csv", ["RE", "CO"], "gold")
    assert set(codes["label"]) == {"RE", "CO"} and len(pred) == codes["unit_key"].nunique()
    assert "mbfc" in pred.columns
    with pytest.raises(ValueError, match="not found"):
        benchmark_results(tmp_path / "x.json")
    with pytest.raises(ValueError, match="missing column"):
        benchmark_articles("benchmarks/results/bench_framing_articles.csv", ["ZZ"], "gold")


def test_benchmark_cv(tmp_path):
    import json

    from helpers.validation.cli import benchmark_cv

    doc = {"dataset": "invented", "n_articles": 10, "mapping": {"A": "a", "B": "b"},
           "rules": {"(a) baseline": {"plain": {"macro_F1": [0.5, 0.01], "A": [0.4, 0.0], "B": [0.6, 0.0]}},
                     "(e) other": {"plain": {"macro_F1": [0.6, 0.02], "A": [0.5, 0.0], "B": [0.7, 0.0],
                                             "paired_diff_to_a": [0.1, 0.03]},
                                   "unseen-cue": {"macro_F1": [0.55, 0.02], "A": [0.5, 0.0], "B": [0.6, 0.0]}}}}
    (tmp_path / "cv.json").write_text(json.dumps(doc), encoding="utf-8")
    meta, t = benchmark_cv(tmp_path / "cv.json")
    assert meta["n_articles"] == 10 and "rules" not in meta
    assert list(t["rule"]) == ["(a) baseline", "(e) other", "(e) other"]
    assert list(t["variant"]) == ["plain", "plain", "unseen-cue"]
    assert t.loc[1, "paired_diff"] == 0.1 and t.loc[1, "B"] == 0.7 and t["paired_diff"].isna().sum() == 2
    assert list(t["paired_to"]) == ["", "(a) baseline", ""]
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="re-run benchmarks/bench_framing_14z3.py"):
        benchmark_cv(tmp_path / "bad.json")
    meta, t = benchmark_cv("benchmarks/results/bench_framing_all_14z3.json")
    assert meta["n_articles"] == 214 and "unseen-cue" in set(t["variant"])
    meta, t = benchmark_cv("benchmarks/results/bench_framing_14aa.json")
    shipped = t[(t["rule"] == meta["decision"]["ship"]) & (t["variant"] == "unseen-cue")]
    assert len(shipped) == 1 and shipped["paired_to"].iloc[0] == "shipped rule (e)"
    meta, t = benchmark_cv("benchmarks/results/bench_framing_14ab.json")  # issue 14ab: version 9's decision
    shipped = t[(t["rule"] == meta["decision"]["ship"]) & (t["variant"] == "unseen-cue")]
    assert len(shipped) == 1 and shipped["paired_to"].iloc[0] == "shipped rule (e), version 8"
    meta, t = benchmark_cv("benchmarks/results/bench_framing_14ad.json")  # issue 14ad: version 10's decision
    shipped = t[(t["rule"] == meta["decision"]["ship"]) & (t["variant"] == "unseen-cue")]
    assert len(shipped) == 1 and shipped["paired_to"].iloc[0] == "shipped rule (e), version 9"


def test_unit_cue_counts(units):
    from helpers.validation.cli import unit_cue_counts

    cb = F.load_codebook("generic_frames")
    n = unit_cue_counts(units, tag_units(units), cb)
    assert n.loc["a:0", "conflict"] >= 1 and n.loc["a:1"].sum() == 0
    assert list(n.columns) == list(cb["entries"])


def test_cli_article_units(tmp_path, capsys):
    out = tmp_path / "articles.csv"
    assert main(["sample", "--corpus", "seeds", "--unit", "article", "--n", "3", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(sheet) == 3 and not sheet["unit_key"].str.contains(":").any()
    sheet["conflict"] = "1"
    sheet.to_csv(out, index=False)
    assert main(["score", "--corpus", "seeds", "--unit", "article", str(out)]) == 0
    assert "conflict" in capsys.readouterr().out
    assert main(["sample", "--corpus", "seeds", "--n", "3", "--out", str(out)]) == 2  # never overwrites a sheet


def test_cli_options_of_another_command_are_answered_by_the_command(capsys):
    # review s78-B: "score --n 60" printed the top-level usage, with no word on where --n belongs
    with pytest.raises(SystemExit):
        main(["score", "--corpus", "seeds", "--n", "60", "ann.csv"])
    err = capsys.readouterr().err
    assert "helpers.validation score: error: unrecognized arguments: --n" in err and "belong to sample" in err
    with pytest.raises(SystemExit):
        main(["sample", "--corpus", "seeds", "--out", "x.csv", "ann.csv"])
    assert "sample takes no sheet" in capsys.readouterr().err


def test_a_group_whose_coded_sentences_come_from_two_articles_gets_no_corrected_interval():
    # review s78-B: 15 coded sentences of 2 articles gave "0% (95% CI 0-11%)", as if they were independent
    keys = [f"a{d}:{u}" for d in range(6) for u in range(5)] + [f"b{d}:{u}" for d in range(2) for u in range(10)]
    pred = pd.DataFrame({"conflict": [1, 0] * 25}, index=keys)
    groups = pd.Series(["A"] * 30 + ["B"] * 20, index=keys)
    coded = keys[:12] + keys[30:42]
    codes = pd.DataFrame({"conflict": [1, 0] * 12}, index=coded)
    t = corrected_shares(pred, codes, groups).set_index("group")
    assert t.loc["A", "corrected_low"] == t.loc["A", "corrected_low"]  # 3 articles: an interval
    assert t.loc["B", "corrected"] == t.loc["B", "corrected"] and np.isnan(t.loc["B", "corrected_low"])
    assert "coded units from 2 articles, fewer than 3: no interval" in t.loc["B", "note"]


def test_sample_names_the_strata_of_fewer_than_three_articles():
    from helpers.validation.coding import stratum_articles

    smp = pd.DataFrame({"stratum": ["CNN"] * 4 + ["Fox News"] * 4, "doc_id": ["c1", "c2", "c3", "c4", "f1", "f1", "f2", "f1"]})
    per, warn = stratum_articles(smp)
    assert per == "per stratum: CNN 4 sentences of 4 articles, Fox News 4 of 2"
    assert warn.startswith("Fox News (4 sentences of 2 articles): fewer than 3 articles")
    assert stratum_articles(smp[smp["stratum"] == "CNN"])[1] == ""


def test_the_sheet_gives_each_sentence_its_context_and_the_guide_says_how_to_code_sentences(tmp_path, capsys):
    # review s78-B: "Really?" or "His sentiments were similar" could not be coded alone, and the guide's questions
    # asked about "the story" while coders code sentences
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", "seeds", "--n", "8", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(sheet.columns[:5]) == ["unit_key", "doc_id", "stratum", "context_before", "text"]
    later = sheet[sheet["unit_key"].str.rsplit(":", n=1).str[1].astype(int) >= 2]
    assert len(later) and (later["context_before"] != "").all()
    guide = out.with_suffix(".guide.html").read_text(encoding="utf-8")
    assert "Coding sentences." in guide and "context_before" in guide
    assert "per stratum: " in capsys.readouterr().out
    sheet["conflict"] = "1"
    sheet.to_csv(out, index=False)
    assert main(["score", "--corpus", "seeds", str(out)]) == 0  # the context column is never read as a code
