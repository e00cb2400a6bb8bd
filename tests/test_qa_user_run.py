"""Faults a new user met running the whole product on a corpus of their own (issue qa).

Each test fails on the code before the fix: a regular expression that took minutes on one source phrase, a failure
message that repeated one corpus error for every notebook, and key findings without the n behind a number.
"""
import subprocess
import sys

import pytest

from helpers.core.paths import PROJECT_ROOT
from helpers.measures import role_forms as F
from helpers.report import index as ix
from helpers.report import runner

# --- source roles: the coordination-of-modifiers pattern must fail fast -----------------------------------------

def test_modifiers_only_still_matches_coordinated_modifiers():
    assert F.MODIFIERS_ONLY.fullmatch("a new ")
    assert F.MODIFIERS_ONLY.fullmatch("the long-awaited and")
    assert F.MODIFIERS_ONLY.fullmatch("  their   quiet second ")
    assert not F.MODIFIERS_ONLY.fullmatch("Ann Lee")  # no determiner
    assert not F.MODIFIERS_ONLY.fullmatch("the plan's")  # an apostrophe is not part of a word here
    assert not F.MODIFIERS_ONLY.fullmatch("the 2nd")  # a word starts with a letter


def test_modifiers_only_fails_in_linear_time():
    # an invented phrase of long words that ends in a full stop: the old pattern tried every split of every word
    # (3 s at 33 characters, doubling with each further character); run in a child process so a hang is cut off
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from helpers.measures.role_forms import MODIFIERS_ONLY; "
            "assert not MODIFIERS_ONLY.fullmatch('the ' + 'quietly ' * 6 + 'x' * 40 + '.')")
    try:
        subprocess.run([sys.executable, "-c", code, str(PROJECT_ROOT)], check=True, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("MODIFIERS_ONLY backtracks exponentially on a phrase that does not match")


# --- the runner's failure message ------------------------------------------------------------------------------

def _runs(*rows):
    return [dict(zip(("name", "status", "cell", "error"), r)) for r in rows]


def test_failure_summary_names_each_error_once(tmp_path):
    err = "CorpusError: x.csv: no text column found. Add -p columns '{text: <column name>}'."
    msg = runner.failure_summary(_runs(("00_corpus", "failed", 4, err), ("01_topics", "failed", 4, err),
                                       ("02_outlets", "failed", 4, err)), tmp_path / "index.html")
    assert msg.count("no text column found") == 1
    assert msg.startswith("00_corpus, 01_topics, 02_outlets failed in cell 4 (CorpusError")
    assert "No notebook ran to the end" in msg
    assert "other selected notebooks ran" not in msg


def test_failure_summary_says_which_ran_and_which_did_not(tmp_path):
    msg = runner.failure_summary(_runs(("00_corpus", "ran", None, None), ("01_topics", "failed", 7, "ValueError: k"),
                                       ("02_outlets", "not run", None, None)), tmp_path / "index.html")
    assert msg.startswith("01_topics failed in cell 7 (ValueError: k). Ran: 00_corpus; not run: 02_outlets;")


def test_corpus_failure_stops_the_other_notebooks():
    err = "CorpusError: a.txt: the file is empty."
    assert "00_corpus could not load the corpus" in runner._corpus_failure(_runs(("00_corpus", "failed", 4, err)))
    assert runner._corpus_failure(_runs(("00_corpus", "failed", 9, "ValueError: plot"))) is None
    assert runner._corpus_failure(_runs(("00_corpus", "ran", None, None))) is None


# --- key findings: n for every number, no certainty from a zero-width interval or a single article ---------------

def test_rate_finding_gives_the_sentences_behind_it(tmp_path):
    (tmp_path / "rates.csv").write_text(
        "outlet,events,words,sentences,rate,ci_low,ci_high,measure\n"
        "North Post,19,531,28,35.8,20.7,52.7,attributions\nSouth Star,2,659,32,3.03,0.5,9.1,attributions\n",
        encoding="utf-8")
    items = ix.notebook_findings(tmp_path, ["rates"], {})
    assert "35.8 per 1,000 words (95% CI 20.7-52.7), n = 28 sentences" in items[0]  # qa6 words, qa7 unit
    assert "3.0 per 1,000 words (95% CI 0.5-9.1), n = 32 sentences" in items[0]


def test_zero_width_interval_is_not_a_clear_difference(tmp_path):
    (tmp_path / "rates.csv").write_text(
        "outlet,sentences,rate,ci_low,ci_high\nNorth Post,40,7.2,1.8,12.6\nSouth Star,25,0,0,0\n", encoding="utf-8")
    d = ix.group_differences(tmp_path / "rates.csv")
    assert d["gap"] > 7 and not d["separated"]
    item = ix.notebook_findings(tmp_path, ["rates"], {})[0]  # issue qa6: no interval, so no "overlap" verdict
    assert "no interval for South Star" in item and "cannot tell whether the difference is more than chance" in item


def test_separated_intervals_of_single_articles_are_too_small_to_compare(tmp_path):
    (tmp_path / "groups.csv").write_text("outlet,articles,words\nNorth Post,1,500\nSouth Star,1,600\n"
                                         "West Wire,9,4000\n", encoding="utf-8")
    (tmp_path / "tone.csv").write_text(
        "outlet,actor,n_sentences,n_articles,mean_tone,ci_low,ci_high\n"
        "North Post,mayor,11,1,0.4,0.2,0.6\nSouth Star,mayor,8,1,-0.4,-0.6,-0.2\n", encoding="utf-8")
    (tmp_path / "shares.csv").write_text(
        "outlet,frame,n,share,ci_low,ci_high\nWest Wire,war,90,0.6,0.5,0.7\nSouth Star,war,30,0.2,0.1,0.3\n",
        encoding="utf-8")
    items = ix.notebook_findings(tmp_path, ["groups", "tone", "shares"], {})
    tone = next(i for i in items if "mean_tone" in i)  # issue qa5: groups of 1-2 articles are not compared
    assert "too small to compare: North Post (1 article) and South Star (1 article) have fewer than 3" in tone
    assert "highest" not in tone
    shares = next(i for i in items if "shares.csv" in i)
    assert "South Star (1 article) has fewer than 3" in shares  # known single from the group sizes of the notebook
    (tmp_path / "big.csv").write_text(
        "outlet,frame,n_articles,share,ci_low,ci_high\nA,war,40,0.6,0.5,0.7\nB,war,30,0.2,0.1,0.3\n", encoding="utf-8")
    big = ix.notebook_findings(tmp_path, ["big"], {})[0]
    assert "the intervals do not overlap." in big and "single article" not in big


def test_one_group_corpus_says_no_comparison_is_possible(tmp_path):
    (tmp_path / "groups.csv").write_text("outlet,articles,words\nOnly Gazette,40,33000\n", encoding="utf-8")
    item = ix.notebook_findings(tmp_path, ["groups"], {})[0]
    assert "40 articles, 33,000 words, all in a single outlet group (Only Gazette): no comparison" in item
    assert "smallest" not in item
    (tmp_path / "two.csv").write_text("outlet,articles,words\nNorth Post,1,500\nSouth Star,3,900\n", encoding="utf-8")
    assert "most articles South Star (3 articles, 900 words), fewest North Post (1 article, 500 words)" in \
        ix.notebook_findings(tmp_path, ["two"], {})[0]


# --- topics: a corpus about one story, where no k reaches the diversity floor -------------------------------------

def test_choose_k_on_a_one_story_sweep_uses_coherence_and_stability_near_the_most_diverse():
    import pandas as pd

    from helpers import topics as T

    # shaped like a sweep on 300 articles about one policy: every k repeats top words (diversity < 0.9)
    sweep = pd.DataFrame({"k": [3, 4, 5, 6, 7, 8], "coherence": [0.145, 0.158, 0.180, 0.174, 0.175, 0.19],
                          "diversity": [0.867, 0.825, 0.84, 0.85, 0.80, 0.70],
                          "stability": [float("nan"), float("nan"), 0.80, 0.75, 0.68, float("nan")]})
    assert T.diversity_floor(sweep) == 0.817
    assert T.choose_k(sweep) == 5  # not k=3, the most diverse, which has the lowest coherence and no stability
    assert T.choose_k(sweep.drop(columns="stability")) == 5  # coherence alone, among 3, 4, 5, 6
    assert T.diversity_floor(sweep.assign(diversity=[0.95, 0.9, 0.8, 0.8, 0.8, 0.8])) == T.DIVERSITY_MIN
    assert T.choose_k(sweep.assign(diversity=[0.95, 0.9, 0.8, 0.8, 0.8, 0.8])) == 4  # the floor is met: unchanged


# --- the cache of sentence units: the group column follows group_by ----------------------------------------------

def test_cached_units_follow_the_group_values(tmp_path, monkeypatch):
    import pandas as pd

    from helpers.core.cache import CACHE_ENV
    from helpers.corpus.segment import segment

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    text = "The harbour board met on Monday. It approved the plan."
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "raw": [text, text], "text": [text, text],
                           "outlet": ["North Post", "South Star"], "group": ["North Post", "South Star"]})
    corpus.attrs["cache_key"] = "same-loaded-corpus"
    first = segment(corpus, "sentence", columns=["outlet", "group"])
    assert set(first["group"]) == {"North Post", "South Star"} and list(tmp_path.glob("units-*.pkl"))
    regrouped = corpus.assign(group=["left", "right"])  # the same corpus run again with another group_by
    regrouped.attrs["cache_key"] = "same-loaded-corpus"
    second = segment(regrouped, "sentence", columns=["outlet", "group"])
    assert set(second["group"]) == {"left", "right"}
    again = segment(regrouped, "sentence", columns=["outlet", "group"])  # now from the cache
    assert again["group"].tolist() == second["group"].tolist()


# --- a failed notebook's reader page: the message, not the traceback ------------------------------------------

def test_reader_page_shows_the_error_message_not_the_traceback(tmp_path):
    import nbformat

    from helpers.report.html import _prepare_notebook

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("articles = load_from_params(P)")
    cell.outputs = [nbformat.v4.new_output("error", ename="CorpusError", evalue="x.txt: the file is empty <here>.",
                                           traceback=["\x1b[0;31mTraceback\x1b[0m", "File helpers/corpus/tables.py:94"])]
    nb.cells = [cell]
    reader, _, _ = _prepare_notebook(nb, tmp_path, reader=True)
    out = reader.cells[0].outputs[0]
    assert out["output_type"] == "display_data"
    text = out["data"]["text/html"]
    assert "<strong>CorpusError</strong>: x.txt: the file is empty &lt;here&gt;." in text and "tables.py" not in text
    full, _, _ = _prepare_notebook(nb, tmp_path, reader=False)
    assert full.cells[0].outputs[0]["output_type"] == "error"  # the page with code keeps the traceback


def test_finding_picked_among_many_cells_says_how_many(tmp_path):
    rows = ["outlet,actor,n_articles,mean_tone,ci_low,ci_high"]
    for i, actor in enumerate(["mayor", "council", "police", "union"]):
        rows += [f"North Post,{actor},9,{0.1 + i / 10},{i / 10},{0.2 + i / 10}", f"South Star,{actor},8,0.05,0,0.1"]
    (tmp_path / "tone.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    d = ix.group_differences(tmp_path / "tone.csv")
    assert d["compared"] == 4 and d["key"] == {"actor": "union"}
    item = ix.notebook_findings(tmp_path, ["tone"], {})[0]
    assert "the most striking of 4 comparisons in this table (one per actor)" in item
    (tmp_path / "one.csv").write_text("outlet,rate,ci_low,ci_high\nA,3,2,4\nB,1,0.5,1.5\n", encoding="utf-8")
    assert "most striking" not in ix.notebook_findings(tmp_path, ["one"], {})[0]


def test_a_warm_cache_does_not_run_every_notebook_into_the_same_load_error(tmp_path, monkeypatch):
    # issue qa2: with the corpus cached, every notebook started at once and all five failed on a `group_by` that is
    # not a column; a notebook not yet started when one could not load the corpus is now NOT RUN, as on a cold cache
    called = []

    def fake_run(nb, params, target, run, links):
        called.append(nb.stem)
        run.update(status="failed", cell=4, error="ParameterError: parameter 'group_by' is 'x', which is not a column")

    monkeypatch.setattr(runner, "_run_one", fake_run)
    monkeypatch.setattr(runner, "_corpus_cached", lambda nb, params: True)
    monkeypatch.setattr(runner, "worker_count", lambda: 1)
    notebooks = runner.list_notebooks()
    runs = runner._run_all(notebooks, {nb.name: {"group_by": "x"} for nb in notebooks}, tmp_path / "c.csv", tmp_path)
    assert called == [notebooks[0].stem]
    assert [r["status"] for r in runs] == ["failed"] + ["not run"] * (len(notebooks) - 1)
    assert all("could not load the corpus" in r["why"] for r in runs[1:])
