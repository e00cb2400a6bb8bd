"""The report runner: parameters, run integrity, failures, and HTML that never runs article text."""
import json
import os
import re
from pathlib import Path

import pytest

from helpers.core.paths import SEEDS_DIR, resolve_cli_path
from helpers.report import runner as report
from helpers.report.kernels import FORK_ENV

PAYLOADS = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "<b>bold</b>"]


@pytest.fixture(scope="module", autouse=True)
def own_cache(tmp_path_factory):
    """Report runs in these tests cache into a temporary folder, never into the project's .cache/."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(report.CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
        yield


def test_parse_value_reads_yaml():
    assert report.parse_value("5") == 5
    assert report.parse_value("None") is None and report.parse_value("null") is None
    assert report.parse_value("{text: body}") == {"text": "body"}
    assert report.parse_value("bias_text") == "bias_text"


def test_unknown_parameter_is_rejected_with_the_closest_name():
    with pytest.raises(report.ReportError, match=r"unknown parameter \['topn'\]\. Did you mean 'top_n'\?"):
        report.plan_parameters(report.list_notebooks(), {"topn": 3})


@pytest.mark.parametrize("name, option", [("corpus", "--corpus PATH"), ("output_dir", "--out FOLDER")])
def test_runner_parameters_are_rejected_with_the_option_to_use(name, option):
    with pytest.raises(report.ReportError, match=f"-p {name} is set by the runner: use {option}"):
        report.plan_parameters(report.list_notebooks(), {name: "x"})


def test_every_value_is_checked_for_every_notebook_before_running(monkeypatch, tmp_path):
    def never(*a, **k):
        raise AssertionError("a notebook ran")

    monkeypatch.setattr(report, "_execute", never)
    # n_boot=50 is fine for 03_framing (>= 1) but not for 01_topics (>= 100)
    with pytest.raises(report.ReportError, match=r"01_topics: parameter 'n_boot' must be >= 100.*-p n_boot 50"):
        report.plan_parameters(report.list_notebooks(), {"n_boot": 50})
    with pytest.raises(report.ReportError, match=r"01_topics: k_min \(9\) must not be larger than k_max \(4\)"):
        report.plan_parameters(report.list_notebooks(), {"k_min": 9, "k_max": 4})
    with pytest.raises(report.ReportError, match=r"00_corpus: parameter 'columns' has unknown key \['body'\]"):
        report.plan_parameters(report.list_notebooks(), {"columns": {"body": "text"}})
    assert report.main(["--corpus", str(SEEDS_DIR), "-p", "top_n", "0"]) == 1
    with pytest.raises(report.ReportError, match="-p metadata nope.csv: no such file"):
        report.run_report(SEEDS_DIR, {"metadata": "nope.csv"}, ["00"], out_root=tmp_path)


def test_parameter_cells_and_specs_agree_and_defaults_are_valid():
    from helpers.notebook.specs import cross_check, notebook_spec

    for nb in report.list_notebooks():
        defaults = report.notebook_defaults(nb)
        spec = notebook_spec(nb.stem)
        assert set(defaults) == set(spec), nb.name
        cross_check(nb.stem, {k: spec[k].check(k, v) for k, v in defaults.items()})
        cell = json.loads(nb.read_text(encoding="utf-8"))["cells"][2]
        assert f'check_params(globals(), "{nb.stem}")' in "".join(cell["source"]), nb.name


def test_every_notebook_samples_the_same_articles_by_default():
    from helpers.corpus.groups import DEFAULT_MAX_ARTICLES

    sampling = {nb.name: report.notebook_defaults(nb)["max_articles"] for nb in report.list_notebooks()
                if "max_articles" in report.notebook_defaults(nb)}
    assert len(sampling) >= 3 and set(sampling.values()) == {DEFAULT_MAX_ARTICLES}, sampling


def test_help_lists_each_notebooks_parameters(capsys):
    with pytest.raises(SystemExit):
        report.main(["--help"])
    out = capsys.readouterr().out
    assert "02_outlets:" in out and "n_perm" in out and "99 to 100,000" in out
    assert "top_n" in out and "1 to 200" in out and "--name" in out


def test_report_names_never_collide_and_seeds_keep_theirs(tmp_path):
    assert report.report_name(SEEDS_DIR) == "seeds"
    a, b = tmp_path / "colA" / "news", tmp_path / "colB" / "news"
    assert report.report_name(a) != report.report_name(b)
    assert report.report_name(a).startswith("news-")
    with pytest.raises(report.ReportError, match="--name"):
        report.run_report(SEEDS_DIR, {}, ["00"], out_root=tmp_path, name="../x")


def test_relative_corpus_is_found_from_another_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_cli_path("seeds") == SEEDS_DIR.resolve()
    (tmp_path / "mine").mkdir()
    assert resolve_cli_path("mine") == (tmp_path / "mine").resolve()  # the current folder comes first


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_output_inside_the_corpus_or_corpus_inside_output_is_refused(tmp_path):
    corpus = tmp_path / "data" / "news"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("Officials said the talks would resume.", encoding="utf-8")
    before = _snapshot(tmp_path)
    with pytest.raises(report.ReportError, match="inside the corpus folder"):
        report.run_report(corpus, {}, ["00"], out_root=corpus)
    with pytest.raises(report.ReportError, match="the corpus .* is inside the output folder"):
        report.run_report(corpus, {}, ["00"], out_root=corpus.parent, name="news")
    with pytest.raises(report.ReportError, match="inside the output folder"):
        report.run_report(corpus, {}, ["00"], out_root=tmp_path)
    assert _snapshot(tmp_path) == before


def _fake_notebooks(tmp_path, monkeypatch, fail: set, interrupt: set = frozenset()):
    """Replace kernel execution: each notebook 'runs' by copying itself and writing one figure."""
    import nbformat

    def fake(nb, out, params):
        if nb.stem in interrupt:
            raise KeyboardInterrupt
        stub = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
        nbformat.write(stub, str(out))
        if nb.stem in fail:
            raise report.NotebookFailed(f"{nb.name} failed", 7, "ValueError: boom <b>")
        Path(params["output_dir"], f"{nb.stem[:2]}_fig.png").write_bytes(b"png")
        return 0.5

    monkeypatch.setattr(report, "_execute", fake)
    monkeypatch.setenv(FORK_ENV, "0")  # no kernel runs: no kernel server to start (it imports for 3-4 s of CPU)


def test_a_failed_notebook_does_not_stop_the_others_and_the_index_says_so(tmp_path, monkeypatch, capsys):
    out = tmp_path / "reports"
    stale = out / "seeds"
    (stale / "figures").mkdir(parents=True)
    (stale / "index.html").write_text("old complete report", encoding="utf-8")
    (stale / "figures" / "02_stale.png").write_bytes(b"old")
    _fake_notebooks(tmp_path, monkeypatch, fail={"01_topics"})
    code = report.main(["--corpus", str(SEEDS_DIR), "--out", str(out)])
    assert code == 1
    assert "01_topics failed in cell 7" in capsys.readouterr().err
    index = (stale / "index.html").read_text(encoding="utf-8")
    assert "INCOMPLETE REPORT" in index and "FAILED in cell 7: ValueError: boom &lt;b&gt;" in index
    assert index.count("<td>ran</td>") == len(report.list_notebooks()) - 1
    assert not (stale / "figures" / "02_stale.png").exists()  # nothing of the old run is left
    for page in ("00_corpus.html", "01_topics.html", "01_topics.reader.html", "03_framing.html"):
        assert "INCOMPLETE REPORT" in (stale / page).read_text(encoding="utf-8"), page
    assert "This notebook FAILED in cell 7" in (stale / "01_topics.html").read_text(encoding="utf-8")


def test_a_partial_run_is_marked_and_an_interrupted_run_restores_the_old_report(tmp_path, monkeypatch):
    out = tmp_path / "reports"
    _fake_notebooks(tmp_path, monkeypatch, fail=set())
    report.run_report(SEEDS_DIR, {}, None, out_root=out)
    complete = _snapshot(out / "seeds")
    assert "INCOMPLETE" not in complete["index.html"].decode()
    _fake_notebooks(tmp_path, monkeypatch, fail=set(), interrupt={"02_outlets"})
    with pytest.raises(KeyboardInterrupt):
        report.run_report(SEEDS_DIR, {}, None, out_root=out)
    assert _snapshot(out / "seeds") == complete
    assert sorted(p.name for p in out.iterdir()) == ["seeds"]
    _fake_notebooks(tmp_path, monkeypatch, fail=set())
    report.run_report(SEEDS_DIR, {}, ["01"], out_root=out)
    index = (out / "seeds" / "index.html").read_text(encoding="utf-8")
    assert "NOT RUN (not selected with --notebooks)" in index and "INCOMPLETE REPORT" in index
    assert sorted(p.name for p in (out / "seeds" / "figures").iterdir()) == ["01_fig.png"]


def test_relative_corpus_seeds_runs_from_another_folder(tmp_path, monkeypatch):
    _fake_notebooks(tmp_path, monkeypatch, fail=set())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert report.main(["--corpus", "seeds", "--notebooks", "00", "--out", "out"]) == 0
    index = (elsewhere / "out" / "seeds" / "index.html").read_text(encoding="utf-8")
    assert "<td>00_corpus</td><td>ran</td>" in index


def test_the_cache_lives_in_one_place_outside_the_report(tmp_path, monkeypatch):
    from helpers.core.cache import DEFAULT_CACHE_DIR

    seen = []
    _fake_notebooks(tmp_path, monkeypatch, fail=set())
    fake = report._execute
    monkeypatch.setattr(report, "_execute", lambda nb, out, p: seen.append(
        (os.environ.get(report.CACHE_ENV), os.environ.get(report.CLI_ENV))) or fake(nb, out, p))
    monkeypatch.delenv(report.CACHE_ENV)
    report.run_report(SEEDS_DIR, {}, ["00"], out_root=tmp_path / "reports")
    assert seen == [(str(DEFAULT_CACHE_DIR), "1")]
    assert report.CACHE_ENV not in os.environ and report.CLI_ENV not in os.environ
    monkeypatch.setenv(report.CACHE_ENV, str(tmp_path / "elsewhere"))
    report.run_report(SEEDS_DIR, {}, ["00"], out_root=tmp_path / "reports")
    assert seen[-1] == (str(tmp_path / "elsewhere"), "1")


def test_a_folder_not_made_by_the_runner_is_never_replaced(tmp_path):
    out = tmp_path / "reports"
    (out / "mine").mkdir(parents=True)
    (out / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(report.ReportError, match="not a report made by this runner"):
        report.run_report(SEEDS_DIR, {}, ["00"], out_root=out, name="mine")
    assert (out / "mine" / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "hostile_corpus"
    corpus.mkdir()
    body = ("Officials said the talks in Kabul would resume next week after a pause of several days.\n\n"
            "Analysts were cautious about what the meeting could achieve for either side.\n\n")
    for i, p in enumerate(PAYLOADS):
        (corpus / f"a{i}.txt").write_text(f"Headline {p} here\n\n{body}A paragraph with {p} inside it, officials said.\n",
                                          encoding="utf-8")
    (corpus / "metadata.csv").write_text(
        "file,outlet,title,date\n" + "".join(f'a{i}.txt,"Outlet {p}","Title {p}",2024-01-0{i + 1}\n'
                                             for i, p in enumerate(PAYLOADS))
        + 'a3.txt,"$$",=HYPERLINK("http://x"),2024-01-04\n', encoding="utf-8")
    (corpus / "a3.txt").write_text(f"Headline\n\n{body}Money of $5 and $6 was paid, officials said.\n", encoding="utf-8")
    (root / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(root / "secret.txt")
    before = _snapshot(corpus)
    index = report.run_report(corpus, {}, ["00"], out_root=root / "reports")
    assert _snapshot(corpus) == before
    return index.parent


def test_report_pages_exist(hostile_report):
    names = {p.name for p in hostile_report.iterdir()}
    assert {"index.html", "00_corpus.html", "00_corpus.reader.html", "00_corpus.ipynb", "figures"} <= names
    assert hostile_report.name.startswith("hostile_corpus-")
    assert (hostile_report / "figures" / "corpus.csv").is_file()


def test_article_text_is_escaped_in_every_html_page(hostile_report):
    pages = list(hostile_report.glob("*.html"))
    assert len(pages) == 3
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for p in PAYLOADS:
            assert p not in html, f"{page.name} contains active markup {p!r}"
    notebook_page = (hostile_report / "00_corpus.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in notebook_page  # shown as text, not dropped


def test_dollar_outlet_and_formula_title_survive_the_report(hostile_report):
    table = (hostile_report / "figures" / "corpus.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in table and "\n=HYPERLINK" not in table and ",=HYPERLINK" not in table


def test_a_link_out_of_the_corpus_is_not_read_and_is_listed(hostile_report):
    for p in hostile_report.rglob("*"):
        if p.is_file() and p.suffix in (".html", ".csv", ".ipynb"):
            assert "root:x:0:0" not in p.read_text(encoding="utf-8"), p.name
    index = (hostile_report / "index.html").read_text(encoding="utf-8")
    assert "Not read (1): passwd.txt: a symbolic link to a place outside the corpus folder" in index


def test_failing_notebook_names_notebook_and_cell_without_kernel_noise(tmp_path, capfd):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_text("", encoding="utf-8")  # empty file: load_corpus stops
    cache = os.environ[report.CACHE_ENV]
    with pytest.raises(report.ReportError, match=r"(?s)00_corpus failed in cell \d+ \(CorpusError.*add -p on_bad skip"):
        report.run_report(bad, {}, ["00"], out_root=tmp_path / "reports")
    folder = tmp_path / "reports" / report.report_name(bad)
    assert (folder / "00_corpus.ipynb").is_file()
    assert "FAILED in cell" in (folder / "index.html").read_text(encoding="utf-8")
    assert report.CLI_ENV not in os.environ and os.environ[report.CACHE_ENV] == cache  # the runner restores both
    err = capfd.readouterr().err
    assert "IPKernelApp" not in err and "KeyboardInterrupt" not in err


def test_split_streams_are_merged():
    outs = [{"output_type": "stream", "name": "stdout", "text": ["a\n"]},
            {"output_type": "stream", "name": "stdout", "text": ["b\n", "c\n"]},
            {"output_type": "stream", "name": "stderr", "text": ["e\n"]},
            {"output_type": "display_data", "data": {}}]
    merged = report._coalesce_streams(outs)
    assert [o.get("name") for o in merged] == ["stdout", "stderr", None]
    assert merged[0]["text"] == ["a\n", "b\n", "c\n"]


def test_volatile_run_details_are_stripped_so_two_runs_give_the_same_notebook(tmp_path):
    cell = {"cell_type": "code", "id": "3f2a9c1e-random", "source": "x = 1", "outputs": [], "execution_count": 1,
            "metadata": {"tags": ["injected-parameters"], "papermill": {"duration": 0.1, "start_time": "t"}}}
    other = {"cell_type": "code", "id": "load", "source": "y = 2", "outputs": [], "execution_count": 2,
             "metadata": {"papermill": {"duration": 0.2}}}
    nb = {"cells": [cell, other], "metadata": {"papermill": {"start_time": "t"}}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "run.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    report._strip_volatile(path)
    out = json.loads(path.read_text(encoding="utf-8"))
    assert [c["id"] for c in out["cells"]] == ["injected-parameters", "load"]
    assert "papermill" not in out["metadata"] and all("papermill" not in c["metadata"] for c in out["cells"])


# --- pages and index (helpers/report_html.py, helpers/report_index.py) ---

def test_saved_names_match_literal_and_fstring_names_to_existing_files():
    from helpers.report.html import saved_names

    src = 'save_figure(fig, "02_terms", OUT, data=d)\nsave_table(as_g(t), f"03_{fam}", P["output_dir"])\n' \
          'save_table(x, "missing", OUT)'
    files = {"02_terms", "03_policy", "03_generic", "04_other"}
    assert saved_names(src, files) == [("figure", "02_terms"), ("table", "03_generic"), ("table", "03_policy")]
    assert saved_names("print('save_table')", files) == []


def test_every_notebook_names_its_saved_files_in_the_call():
    # dogfood 12be-e: notebook 02 saved its source-share tables in a loop, ``save_table(t, name, OUT)``; the page
    # builder reads names from the call (docs/CONTRACT.md), so those tables never became key findings and their CSVs
    # had no link. Every save call of a committed notebook names its file with a literal or an f-string.
    import json

    from helpers.core.paths import PROJECT_ROOT
    from helpers.report.html import save_calls

    bad, n = [], 0
    for nb in sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                calls = save_calls("".join(cell["source"]))
                n += len(calls)
                bad += [f"{nb.name}: {kind}" for kind, pattern in calls if pattern is None]
    assert n > 30 and not bad, bad


def test_saved_names_read_calls_with_nested_brackets_and_keywords():
    # re-read of 12be-e: a first argument with two bracket levels ('stab.assign(topic=t["topic"]).round(3)') hid the
    # name from the page builder's pattern ("topic_stability" had no CSV link); a variable name is no file
    from helpers.report.html import saved_names

    files = {"01_topic_stability", "03_a", "03_b", "02_roles"}
    src = ('save_table(stab.assign(topic=table["topic"]).round(3), "01_topic_stability", OUT)\n'
           'for fam in F:\n    save_figure(fig, name=f"03_{fam}", output_dir=OUT)\n'
           'save_table(t, name, OUT)\nprint("save_table(x, \'02_roles\', OUT)")')
    assert saved_names(src, files) == [("table", "01_topic_stability"), ("figure", "03_a"), ("figure", "03_b")]


def test_prose_is_escaped_paragraphs_and_lists():
    from helpers.report.html import prose_html

    out = prose_html("What it shows\n* 9 topics <b>in</b> 85 paragraphs.\n* Next one\n\nA closing sentence.\n")
    assert '<p class="prose-head"><strong>What it shows</strong></p>' in out
    assert "<li>9 topics &lt;b&gt;in&lt;/b&gt; 85 paragraphs.</li><li>Next one</li>" in out
    assert "<p>A closing sentence.</p>" in out and "<b>" not in out
    assert "prose-head" not in prose_html("A full sentence that ends.\n- item")  # ends with '.': a paragraph


def test_row_number_index_is_dropped_but_a_label_index_is_kept():
    import pandas as pd

    from helpers.report.html import drop_row_numbers

    numbered = pd.DataFrame({"a": ["x", "y"], "b": [1, 2]}, index=[3, 0]).to_html()
    out = drop_row_numbers(numbered)
    assert "<th>3</th>" not in out and "<td>x</td>" in out and out.count("<th>") == 2
    labelled = pd.DataFrame({"b": [1, 2]}, index=["Dawn", "Harici"]).to_html()
    assert drop_row_numbers(labelled) == labelled


def test_warnings_lose_paths_and_source_lines():
    from helpers.report.html import collect_warnings

    text = ("/x/helpers/topics.py:12: UserWarning: only 3 units\n  warnings.warn(msg)\n"
            "RuntimeWarning: mean of empty slice\nplain note\n")
    assert collect_warnings(text) == ["UserWarning: only 3 units", "RuntimeWarning: mean of empty slice",
                                      "plain note"]


def test_toc_links_the_headings():
    from helpers.report.html import add_toc

    page = ('<main><h1 id="T">T</h1><h2 id="A-b">A &amp; b<a class="anchor-link" href="#A-b">¶</a></h2>'
            '<h3 id="C">C</h3></main>')
    out = add_toc(page)
    assert '<a href="#A-b">A &amp; b</a>' in out and '<a href="#C">C</a>' in out
    assert out.index("nav") > out.index("</h1>")
    assert add_toc("<main><h1 id='x'>x</h1></main>") == "<main><h1 id='x'>x</h1></main>"  # nothing to list


def test_toc_link_of_a_heading_id_with_an_ampersand_points_at_that_id():
    """A heading such as "Frames (Smith & Jones)" has an id with an escaped '&': the contents link must not escape it twice."""
    import html as H

    from helpers.report.html import _HEADING_RE, add_toc

    page = ('<main><h1 id="T">T</h1><h2 id="2-%C2%B7-Frames-(Smith-&amp;-Jones)">2 · Frames (Smith &amp; Jones)</h2>'
            '<h2 id="3-%C2%B7-Other\'s-view">3 · Other\'s view</h2></main>')
    out = add_toc(page)
    ids = {H.unescape(hid) for _, hid, _ in _HEADING_RE.findall(out)}
    links = [H.unescape(h) for h in re.findall(r'<li class="toc-\d"><a href="#([^"]*)"', out)]
    assert links and all(h in ids for h in links), (links, ids)


def test_group_differences_report_n_intervals_and_overlap(tmp_path):
    from helpers.report.index import group_differences, notebook_findings

    (tmp_path / "shares.csv").write_text(
        "outlet,frame,n,share,ci_low,ci_high\nA,war,40,0.6,0.5,0.7\nB,war,30,0.2,0.1,0.3\nC,war,5,0.4,0.1,0.7\n"
        "A,peace,40,0.3,0.1,0.5\nB,peace,30,0.35,0.2,0.5\n", encoding="utf-8")
    d = group_differences(tmp_path / "shares.csv")
    assert d["key"] == {"frame": "war"} and d["separated"]
    assert (d["high"]["group"], d["high"]["n"], d["low"]["group"], d["low"]["ci_high"]) == ("A", 40, "B", 0.3)
    (tmp_path / "no_ci.csv").write_text("outlet,share\nA,0.1\nB,0.2\n", encoding="utf-8")
    assert group_differences(tmp_path / "no_ci.csv") is None
    items = notebook_findings(tmp_path, ["shares", "no_ci"], {"shares": ("02.reader.html", "sec")})
    assert len(items) == 1 and "n = 40" in items[0] and "do not overlap" in items[0]
    assert 'href="02.reader.html#sec"' in items[0]


def test_findings_show_group_names_as_given_not_with_the_csv_formula_prefix(tmp_path):
    """A group named '@nytimes' or '=cmd' is written to the CSV as "'@nytimes" (spreadsheet-safe); the index shows it as given."""
    import pandas as pd

    from helpers.notebook.output import save_table
    from helpers.report.index import group_differences, notebook_findings

    save_table(pd.DataFrame({"outlet": ["@nytimes", "=cmd|calc", "-Spiegel"], "n": [40, 30, 30],
                             "share": [0.6, 0.2, 0.4], "ci_low": [0.5, 0.1, 0.3], "ci_high": [0.7, 0.3, 0.5]}),
               "shares", tmp_path)
    assert "'@nytimes" in (tmp_path / "shares.csv").read_text(encoding="utf-8")
    d = group_differences(tmp_path / "shares.csv")
    assert (d["high"]["group"], d["low"]["group"]) == ("@nytimes", "=cmd|calc")
    items = notebook_findings(tmp_path, ["shares"], {})
    assert "@nytimes" in items[0] and "&#x27;@nytimes" not in items[0] and "&#x27;=cmd" not in items[0]


def test_findings_of_unchecked_measures_say_they_are_not_checked(tmp_path):
    """Naming labels and affiliation are not checked against hand-read text, the hedge lexicon finds a minority of the
    hedges people mark, and tone agrees only weakly with it (README's trust table): a key finding from them says so, as
    a frame finding says its labels are not validated."""
    from helpers.report.index import notebook_findings

    (tmp_path / "02_actor_tone.csv").write_text(
        "outlet,actor,n_sentences,n_articles,mean_tone,ci_low,ci_high\nA,mayor,40,10,0.4,0.3,0.5\n"
        "B,mayor,30,8,-0.2,-0.3,-0.1\n", encoding="utf-8")
    (tmp_path / "02_naming_labels.csv").write_text(
        "outlet,actor,label,stance,k_sentences,n_sentences,share,ci_low,ci_high\nA,mayor,boss,neutral,20,40,0.5,0.4,0.6\n"
        "B,mayor,boss,neutral,3,30,0.1,0.02,0.2\n", encoding="utf-8")
    (tmp_path / "02_verbs_hedges.csv").write_text(
        "outlet,events,words,sentences,rate,ci_low,ci_high,measure\nA,50,1000,60,5.0,4.0,6.0,hedges\n"
        "B,10,1000,60,1.0,0.5,1.5,hedges\nA,20,1000,60,20,19,21,attributions\nB,20,1000,60,20,19,21,attributions\n",
        encoding="utf-8")
    (tmp_path / "02_source_roles_shares.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,official,30,40,0.75,0.6,0.85\nB,official,5,40,0.12,0.05,0.25\n",
        encoding="utf-8")
    stems = ["02_actor_tone", "02_naming_labels", "02_verbs_hedges", "02_source_roles_shares"]
    items = notebook_findings(tmp_path, stems, {})
    by = {stem: next(i for i in items if f"{stem}.csv" in i) for stem in stems}
    assert "not checked against hand-read text" in by["02_naming_labels"], by["02_naming_labels"]
    # hedges: the recall of the shipped hand check of the hedge lexicon (benchmarks/hedge_check.py)
    assert "of the hedges hand coders mark" in by["02_verbs_hedges"], by["02_verbs_hedges"]
    assert "agrees only weakly with hand-read text" in by["02_actor_tone"]  # tone_check.py: kappa about 0.1-0.3
    assert "not checked" not in by["02_source_roles_shares"]  # roles are checked on AllSides draws


def test_frame_share_findings_say_what_n_counts(tmp_path):
    # issue qa2: "highest A 0.3 [0.2, 0.4], n = 8" left the reader guessing whether 8 is articles or sentences
    import re

    from helpers.report.index import _BARE_N_UNITS, notebook_findings

    (tmp_path / "frame_shares.csv").write_text(
        "outlet,family,frame,n,n_units,share,ci_low,ci_high,validation\nA,f,war,8,90,0.6,0.5,0.7,not validated on "
        "this corpus\nB,f,war,4,12,0.1,0.05,0.2,not validated on this corpus\n", encoding="utf-8")
    (tmp_path / "other.csv").write_text("outlet,n,share,ci_low,ci_high\nA,8,0.6,0.5,0.7\nB,7,0.1,0.05,0.2\n",
                                        encoding="utf-8")
    items = notebook_findings(tmp_path, ["frame_shares", "other"], {})
    frames, other = (next(i for i in items if f"{stem}.csv" in i) for stem in ("frame_shares", "other"))
    assert "n = 8 articles" in frames and "n = 4 articles;" in frames
    assert "the labels are not validated on this corpus" in frames and "validated" not in other
    assert "n = 8," in other and "n = 8 articles" not in other  # an n the dictionary does not define stays bare
    doc = (Path(__file__).resolve().parents[1] / "docs" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    for stem, unit in _BARE_N_UNITS.items():
        section = doc.split(f"### `{stem}.csv`", 1)[1].split("\n### ", 1)[0]
        assert re.search(rf"^\| `n` \| int \| (?:All )?{unit}\b", section, re.M | re.I), stem


def test_a_separation_of_sentence_level_intervals_says_they_are_too_narrow(tmp_path):
    # issue qa2: "rate ... n = 121 sentences ...; the intervals do not overlap" while the page itself says that
    # sentence-level intervals are too narrow and tests the difference by shuffling whole articles
    from helpers.report.index import notebook_findings

    (tmp_path / "rates.csv").write_text("outlet,sentences,rate,ci_low,ci_high\nA,120,24,19,28\nB,260,12,10,15\n",
                                        encoding="utf-8")
    (tmp_path / "arts.csv").write_text("outlet,n_articles,estimate,ci_low,ci_high\nA,12,0.6,0.5,0.7\n"
                                       "B,9,0.2,0.1,0.3\n", encoding="utf-8")
    items = notebook_findings(tmp_path, ["rates", "arts"], {})
    rates, arts = (next(i for i in items if f"{stem}.csv" in i) for stem in ("rates", "arts"))
    assert "do not overlap; these intervals treat sentences as independent, so they are too narrow" in rates
    assert "too narrow" not in arts


def test_the_other_pool_is_not_called_the_largest_group(tmp_path):
    # issue qa2: "largest (other) (80 articles)": the pool of 37 outlets beyond top_n read as one large outlet
    from helpers.report.index import group_sizes, notebook_findings

    (tmp_path / "g.csv").write_text("group,articles,words,mean_words,groups_pooled\n(other),40,9000,225,18\n"
                                    "Harbour Gazette,25,6000,240,1\nHill News,6,1500,250,1\n", encoding="utf-8")
    g = group_sizes(tmp_path / "g.csv")
    assert g["largest"][0] == "Harbour Gazette" and g["smallest"][0] == "Hill News" and g["pooled"] == (40, 18)
    text = notebook_findings(tmp_path, ["g"], {})[0]
    assert "most articles Harbour Gazette (25 articles" in text and "the group (other) pools 18 other groups (40 articles), none with more" in text  # 12br-m


def test_a_corpus_without_groups_is_not_called_one_outlet(tmp_path):
    # issue qa2: a folder of .txt files without metadata read "all in a single outlet group ((unknown))"
    from helpers.report.index import notebook_findings

    (tmp_path / "g.csv").write_text("outlet,articles,words\n(unknown),12,3000\n", encoding="utf-8")
    (tmp_path / "h.csv").write_text("outlet,articles,words\nTown Gazette,12,3000\n", encoding="utf-8")
    none, one = notebook_findings(tmp_path, ["g", "h"], {})
    assert "group column is empty for every article" in none and "single" not in none
    assert "all in a single outlet group (Town Gazette)" in one


def test_solid_topics_and_dominant_frames_findings(tmp_path):
    from helpers.report.index import notebook_findings

    (tmp_path / "topics.csv").write_text("topic,label,stable\nT1,a / b,True\nT2,<c>,False\n", encoding="utf-8")
    (tmp_path / "dom.csv").write_text("doc_id,family,dominant\n1,f,x\n2,f,x\n3,f,y\n", encoding="utf-8")
    items = notebook_findings(tmp_path, ["topics", "dom"], {})
    assert "1 of 2 come back" in items[0] and "T1 (a / b)" in items[0] and "&lt;c&gt;" not in items[0]
    assert "f: x in 2 of 3 articles" in items[1]


def test_parameter_rows_mark_defaults_given_and_runner_values():
    from helpers.report.index import parameter_rows

    rows = parameter_rows({"top_n": 15, "seed": 0, "corpus": "seeds"}, {"seed": 3}, {"corpus": "data/x"})
    assert rows == [("corpus", "data/x", "runner"), ("seed", "3", "-p"), ("top_n", "15", "default")]


def test_group_sizes_finding(tmp_path):
    from helpers.report.index import group_sizes, notebook_findings

    (tmp_path / "g.csv").write_text("group,articles,words\nB,1,300\nA,4,900\nC,1,200\n", encoding="utf-8")
    g = group_sizes(tmp_path / "g.csv")
    assert (g["groups"], g["articles"], g["single"], g["largest"], g["smallest"]) == (3, 6, 2, ("A", 4, 900),
                                                                                      ("C", 1, 200))
    assert "6 articles, 1,400 words in 3 groups;" in notebook_findings(tmp_path, ["g"], {})[0]
    (tmp_path / "d.csv").write_text("doc_id,articles,words\nx,1,2\n", encoding="utf-8")
    assert group_sizes(tmp_path / "d.csv") is None


def test_page_fixes_make_cells_focusable_and_give_images_an_alt():
    from helpers.report.html import _page_fixes

    page = ('<div class="jp-Cell-inputWrapper">x</div><div class="jp-RenderedText jp-OutputArea-output" '
            'data-mime-type="text/plain"><pre>&lt;div class="jp-OutputArea-output"&gt;</pre></div>'
            '<img src="a.png"><img src="b.png" alt="kept"><div class="jp-OutputArea-output" tabindex="0"></div>')
    out = _page_fixes(page)
    assert out.count('tabindex="0"') == 3  # input, output, and the one that had it already (not doubled)
    assert '<div class="jp-Cell-inputWrapper" tabindex="0">' in out
    assert '&lt;div class="jp-OutputArea-output"&gt;' in out  # escaped text is never touched
    assert 'alt="kept"' in out and out.count("alt=") == 2


def test_page_fixes_leave_other_markup_alone():
    from helpers.report.html import _page_fixes

    page = '<div class="jp-OutputArea">x</div><div class="jp-OutputArea-child">y</div>'
    assert _page_fixes(page) == page


def test_the_first_notebook_runs_alone_only_while_the_corpus_is_not_cached(monkeypatch, tmp_path):
    from helpers.core.cache import CACHE_ENV, cache_path
    from helpers.core.paths import SEEDS_DIR
    from helpers.notebook.setup import cache_key
    from helpers.report.runner import _corpus_cached, list_notebooks, notebook_defaults

    nb = list_notebooks(["00"])[0]
    params = {"corpus": str(SEEDS_DIR)}
    monkeypatch.delenv(CACHE_ENV, raising=False)
    assert not _corpus_cached(nb, params)  # caching off
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert not _corpus_cached(nb, params)  # cold cache
    path = cache_path("corpus", cache_key({**notebook_defaults(nb), **params}))
    path.write_bytes(b"")
    assert _corpus_cached(nb, params)
    assert not _corpus_cached(nb, {**params, "on_bad": "skip"})  # other loading parameters: another entry


def test_validation_scores_finding_lists_the_held_out_sample_first(tmp_path):
    from helpers.report.index import notebook_findings, validation_scores

    (tmp_path / "scores.csv").write_text(
        "family,sample,sentences,F1\npolicy,in-sample (all),119,0.74\npolicy,\"blind coder, heldout\",30,0.69\n"
        "generic,in-sample (all),119,\n", encoding="utf-8")
    val = validation_scores(tmp_path / "scores.csv")
    assert [f["family"] for f in val["families"]] == ["generic", "policy"]
    assert [x["sample"] for x in val["families"][1]["samples"]] == ["blind coder, heldout", "in-sample (all)"]
    items = notebook_findings(tmp_path, ["scores"], {})
    assert len(items) == 1 and "policy: F1 0.69 on 30 sentences of the sample ‘blind coder, heldout’; F1 0.74 on 119" in items[0]
    assert "generic: F1 n/a on 119 sentences of the sample ‘in-sample (all)’" in items[0]
    (tmp_path / "other.csv").write_text("family,sample,F1\npolicy,a,0.5\n", encoding="utf-8")
    assert validation_scores(tmp_path / "other.csv") is None  # no count of coded units: not a score table


def test_group_differences_never_rank_the_other_pool_and_name_topic_shares(tmp_path):
    # issue qa4: the "(other)" pool of the groups beyond top_n was named as the highest group; "estimate" said nothing
    from helpers.report.index import group_differences

    (tmp_path / "01_prevalence_by_group.csv").write_text(
        "outlet,topic,n_articles,estimate,ci_low,ci_high\nA,T1,40,0.3,0.25,0.35\nB,T1,30,0.1,0.05,0.15\n"
        "(other),T1,200,0.6,0.55,0.65\n", encoding="utf-8")
    d = group_differences(tmp_path / "01_prevalence_by_group.csv")
    assert (d["high"]["group"], d["low"]["group"]) == ("A", "B")
    assert d["measure"] == "mean topic share of articles"
    (tmp_path / "pool_only.csv").write_text("outlet,share,ci_low,ci_high\nA,0.3,0.2,0.4\n(other),0.9,0.8,1\n",
                                            encoding="utf-8")
    assert group_differences(tmp_path / "pool_only.csv") is None  # one real group: nothing to compare
    # the same numbers saved under another file name (and so another measure name) are listed once
    from helpers.report.index import notebook_findings

    (tmp_path / "copy_by_group.csv").write_text((tmp_path / "01_prevalence_by_group.csv").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    items = notebook_findings(tmp_path, ["01_prevalence_by_group", "copy_by_group"], {})
    assert len(items) == 1 and "mean topic share of articles" in items[0]


def test_group_differences_say_what_each_result_file_measures(tmp_path):
    # a bare column name ("share", "rate", "mean_tone") said nothing about what is counted in what
    from helpers.report.index import group_differences

    rows = "outlet,actor,n_sentences,n_articles,mean_tone,ci_low,ci_high\nA,x,40,5,0.3,0.2,0.4\nB,x,30,4,-0.1,-0.2,0\n"
    (tmp_path / "02_actor_tone.csv").write_text(rows, encoding="utf-8")
    assert group_differences(tmp_path / "02_actor_tone.csv")["measure"].startswith("tone of the sentences naming an actor")
    (tmp_path / "02_source_roles_shares.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,expert,5,40,0.125,0.05,0.25\nB,expert,1,30,0.033,0.01,0.17\n",
        encoding="utf-8")
    assert group_differences(tmp_path / "02_source_roles_shares.csv")["measure"] == "share of sources by role"


def test_findings_on_reporting_verb_categories_carry_their_hand_check(tmp_path):
    """A key finding on a verb category's rate says how often blind judges confirmed that category
    (benchmarks/verb_check.py); a key finding on them once said nothing, while one on hedges from the same table
    did."""
    import html

    from helpers.measures.verb_trust import verb_caveat
    from helpers.report.index import notebook_findings

    rows = "".join(f"A,50,1000,60,5.0,4.0,6.0,{m}\nB,10,1000,60,1.0,0.5,1.5,{m}\n"
                   for m in ("loaded verbs", "manner verbs", "belief verbs"))
    for m in ("loaded verbs", "manner verbs", "belief verbs"):
        (tmp_path / "02_verbs_hedges.csv").write_text(
            "outlet,events,words,sentences,rate,ci_low,ci_high,measure\n"
            + "".join(r + "\n" for r in rows.splitlines() if r.endswith(m)), encoding="utf-8")
        item = notebook_findings(tmp_path, ["02_verbs_hedges"], {})[0]
        cat = m.split()[0]
        assert html.escape(verb_caveat(cat)) in item, item
        assert f"random &#x27;{cat}&#x27; verbs on AllSides as {cat} in their sentences" in item, item


def test_a_pool_of_groups_as_large_as_the_shown_ones_is_not_called_smaller(tmp_path):
    # issue 12bd-f: 61 saved pages from 61 sites, one article each: the 15 shown were the first by name, and the
    # 46 pooled ones (one with the most words of all) were called "smaller groups"
    from helpers.report.index import notebook_findings

    (tmp_path / "g.csv").write_text("group,articles,words,mean_words,groups_pooled\n(other),46,40000,870,46\n"
                                    "Harbour Gazette,1,600,600,1\nHill News,1,25,25,1\n", encoding="utf-8")
    text = notebook_findings(tmp_path, ["g"], {})[0]
    assert "smaller groups" not in text
    assert "pools 46 other groups (46 articles)" in text
    assert "each with as many articles as the smallest group shown (1)" in text and "the most words are shown" in text
    assert "the pool and is not one group" not in text and "are shown; the pool is not one group" in text


def test_a_separation_of_intervals_over_sentences_says_they_are_too_narrow_though_n_counts_articles(tmp_path):
    # dogfood 12be-e: "tone ... n = 6 articles ...; the intervals do not overlap": the interval resampled the 12 and 7
    # sentences, not the 6 articles, but the caveat was only given where n itself counted sentences. Since issue
    # 12bf-i the tone resamples articles, since 12bf-j the naming labels' shares (next tests); any other file with
    # a sentence count still gets the caveat.
    from helpers.report.index import notebook_findings

    (tmp_path / "labels.csv").write_text(
        "outlet,actor,label,n_sentences,n_articles,share,ci_low,ci_high\nA,mayor,boss,12,6,0.6,0.5,0.7\n"
        "B,mayor,boss,7,6,0.1,0.05,0.2\n", encoding="utf-8")
    (tmp_path / "arts.csv").write_text("outlet,n_articles,n_units,estimate,ci_low,ci_high\nA,12,90,0.6,0.5,0.7\n"
                                       "B,9,80,0.2,0.1,0.3\n", encoding="utf-8")
    items = notebook_findings(tmp_path, ["labels", "arts"], {})
    labels, arts = (next(i for i in items if f"{stem}.csv" in i) for stem in ("labels", "arts"))
    assert "n = 6 articles" in labels
    assert "these intervals treat sentences as independent, so they are too narrow" in labels
    assert "too narrow" not in arts  # an interval over articles (n_units beside n_articles) is not


def test_tone_and_rates_resample_articles_so_their_separation_is_not_called_too_narrow(tmp_path):
    # issue 12bf-i: actor_tone and rate_per_1000_words resample articles (bootstrap_cluster_mean/_ratio); the caveat
    # that their intervals treat sentences as independent would now be false. A rates file without n_articles was
    # written before 12bf-i and resampled sentences: it keeps the caveat.
    from helpers.report.index import group_differences, notebook_findings

    (tmp_path / "02_actor_tone.csv").write_text(
        "outlet,actor,n_sentences,n_articles,mean_tone,ci_low,ci_high\nA,mayor,12,6,0.23,0.03,0.45\n"
        "B,mayor,7,6,-0.44,-0.59,-0.32\n", encoding="utf-8")
    (tmp_path / "02_verbs_hedges.csv").write_text(
        "outlet,events,words,sentences,n_articles,rate,ci_low,ci_high,measure\nA,50,1000,60,8,5.0,4.0,6.0,hedges\n"
        "B,10,1000,60,9,1.0,0.5,1.5,hedges\n", encoding="utf-8")
    items = notebook_findings(tmp_path, ["02_actor_tone", "02_verbs_hedges"], {})
    tone, rates = (next(i for i in items if f"{stem}.csv" in i) for stem in ("02_actor_tone", "02_verbs_hedges"))
    assert "n = 6 articles" in tone and "do not overlap" in tone and "too narrow" not in tone
    assert "n = 8 articles" in rates and "do not overlap" in rates and "too narrow" not in rates
    d = group_differences(tmp_path / "02_verbs_hedges.csv")
    assert d["over_articles"] and not d["over_sentences"]
    (tmp_path / "02_verbs_hedges.csv").write_text(
        "outlet,events,words,sentences,rate,ci_low,ci_high,measure\nA,50,1000,60,5.0,4.0,6.0,hedges\n"
        "B,10,1000,60,1.0,0.5,1.5,hedges\n", encoding="utf-8")
    old = notebook_findings(tmp_path, ["02_verbs_hedges"], {})[0]
    assert "these intervals treat sentences as independent, so they are too narrow" in old


def test_dominant_frame_finding_says_how_many_of_its_articles_are_ties_broken_by_codebook_order(tmp_path):
    # dogfood 12be-e: "Problem definition in 775 of 1,428 articles": 170 of the 775 had another function with as many
    # sentences, and went to problem definition only because it comes first in the codebook
    from helpers.report.index import dominant_frames, notebook_findings

    (tmp_path / "03_dominant_frames.csv").write_text(
        "doc_id,family,dominant,tied_with\n1,f,x,\n2,f,x,y\n3,f,x,y; z\n4,f,y,\n5,g,u,\n", encoding="utf-8")
    dom = dominant_frames(tmp_path / "03_dominant_frames.csv")
    assert [(f["family"], f["k"], f["k_tied"]) for f in dom["families"]] == [("f", 3, 2), ("g", 1, 0)]
    text = notebook_findings(tmp_path, ["03_dominant_frames"], {})[0]
    assert "f: x in 3 of 4 articles (2 of them tied with another frame, which the codebook order broke)" in text
    assert "g: u in 1 of 1 article. (" in text  # no tie, no clause


def test_source_share_findings_count_attributions_and_say_their_intervals_are_too_narrow(tmp_path):
    # dogfood 12be-e: once notebook 02's source shares reached the index, they read "n = 8,673" (of what?) and
    # "the intervals do not overlap" for a bootstrap over attributions, several of them from one article
    from helpers.report.index import notebook_findings

    (tmp_path / "02_groups.csv").write_text("outlet,articles,words\nA,40,9000\nB,30,6000\n", encoding="utf-8")
    (tmp_path / "02_source_roles_shares.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,politician,400,1241,0.45,0.43,0.48\n"
        "B,politician,46,426,0.11,0.08,0.14\n", encoding="utf-8")
    items = notebook_findings(tmp_path, ["02_groups", "02_source_roles_shares"], {})
    roles = next(i for i in items if "02_source_roles_shares.csv" in i)
    assert "n = 1,241 attributions" in roles and "n = 426 attributions" in roles
    assert "these intervals treat attributions as independent, so they are too narrow" in roles


def test_source_and_naming_label_shares_with_n_articles_resample_articles_so_no_too_narrow_caveat(tmp_path):
    # issue 12bf-j: the source shares (role, identity, affiliation) and the naming labels' shares resample articles
    # (bootstrap_cluster_share) and are written with n_articles; files without it were written before and resampled
    # attributions or sentences: they keep their caveat.
    from helpers.report.index import group_differences, notebook_findings

    shares = ("outlet,measure,k,n,n_articles,share,ci_low,ci_high\nA,politician,400,1241,40,0.45,0.40,0.50\n"
              "B,politician,46,426,30,0.11,0.05,0.17\n")
    labels = ("outlet,actor,label,stance,k_sentences,n_sentences,n_articles,share,ci_low,ci_high\n"
              "A,mayor,boss,informal,8,12,6,0.6,0.5,0.7\nB,mayor,boss,informal,1,7,6,0.1,0.05,0.2\n")
    stems = ("02_source_roles_shares", "02_source_identity", "02_source_affiliation")
    for stem in stems:
        (tmp_path / f"{stem}.csv").write_text(shares, encoding="utf-8")
    (tmp_path / "02_naming_labels.csv").write_text(labels, encoding="utf-8")
    for stem in (*stems, "02_naming_labels"):
        text = notebook_findings(tmp_path, [stem], {})[0]
        assert "do not overlap" in text and "too narrow" not in text, stem
        d = group_differences(tmp_path / f"{stem}.csv")
        assert d["over_articles"] and not d["over_attributions"] and not d["over_sentences"], stem
    assert "n = 1,241 attributions" in notebook_findings(tmp_path, ["02_source_identity"], {})[0]
    # written before 12bf-j: no n_articles, the intervals resampled attributions or sentences
    (tmp_path / "02_source_identity.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,named,400,1241,0.45,0.43,0.48\nB,named,46,426,0.11,0.08,0.14\n",
        encoding="utf-8")
    (tmp_path / "02_naming_labels.csv").write_text(
        "outlet,actor,label,k_sentences,n_sentences,share,ci_low,ci_high\nA,mayor,boss,8,12,0.6,0.5,0.7\n"
        "B,mayor,boss,1,7,0.1,0.05,0.2\n", encoding="utf-8")
    old = notebook_findings(tmp_path, ["02_source_identity", "02_naming_labels"], {})
    ident, names = (next(i for i in old if f"{stem}.csv" in i) for stem in ("02_source_identity", "02_naming_labels"))
    assert "these intervals treat attributions as independent, so they are too narrow" in ident
    assert "these intervals treat sentences as independent, so they are too narrow" in names


def _mix_report(tmp_path, mix: dict, listed: bool = True):
    """Write notebook 00's ``00_group_mix.csv`` for an invented corpus and the index of a run that saved it."""
    import pandas as pd

    from helpers.notebook.group_mix import group_mix
    from helpers.notebook.output import save_table
    from helpers.report import index as ix

    rows = [(g, t) for g, counts in mix.items() for t, k in counts.items() for _ in range(k)]
    corpus = pd.DataFrame(rows, columns=["bias_text", "topic"])
    save_table(group_mix(corpus, "bias_text"), "00_group_mix", tmp_path / "figures")
    runs = [{"name": "00_corpus", "status": "ran", "status_text": "ran", "reader": "00.reader.html",
             "html": "00.html", "ipynb": "00.ipynb", "files": ["00_group_mix"] if listed else []}]
    return ix.write_index(tmp_path, {"title": "t", "runs": runs, "corpus_html": "", "software_html": "",
                                     "output_dir": "figures"}).read_text(encoding="utf-8")


def test_index_says_when_groups_differ_in_their_mix_of_stories(tmp_path):
    # dogfood 12be-m: AllSides gun control and environment by bias rating; the right's articles were 71 % on guns,
    # the center's 46 %, and the group differences of the key findings were mostly that mix; the index said nothing
    page = _mix_report(tmp_path, {"right": {"guns": 71, "environment": 29}, "<b>center</b>": {"guns": 40,
                                                                                               "environment": 60}})
    note = page.split('<div class="mix-note">')[1].split("</div>")[0]
    assert page.index('class="mix-note"') < page.index('<div class="nb">')  # above the notebooks' findings
    assert "The groups differ in their mix of topic" in note and "may reflect that mix" in note
    assert "Cramér&#x27;s V 0.31" in note and "71% of right&#x27;s articles (n = 100)" in note
    assert "&lt;b&gt;center&lt;/b&gt;" in note and "<b>center" not in page  # group names are escaped
    assert "filtered to one topic" in note


def test_index_says_nothing_of_an_even_mix_or_of_a_table_this_run_did_not_save(tmp_path):
    even = _mix_report(tmp_path / "even", {"right": {"guns": 50, "environment": 50},
                                           "center": {"guns": 49, "environment": 51}})
    assert "mix-note" not in even.split("<style>")[1].split("</style>")[1]
    stale = _mix_report(tmp_path / "stale", {"right": {"guns": 90, "environment": 10},
                                             "center": {"guns": 10, "environment": 90}}, listed=False)
    assert '<div class="mix-note">' not in stale
