"""Warnings of reading the corpus are listed once each on the report index (invented notebook outputs)."""
import json

from helpers.report import index


def _nb(path, *stderr):
    cells = [{"cell_type": "code", "source": "", "metadata": {}, "execution_count": 1,
              "outputs": [{"output_type": "stream", "name": "stderr", "text": t} for t in stderr]}]
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")


def test_loader_warnings_on_index_once_each_and_escaped(tmp_path):
    w1 = "/x/helpers/corpus/read.py:210: CorpusWarning: c.csv: column(s) <pub_day> ignored\n  warnings.warn(msg)\n"
    w2 = "/x/helpers/corpus/dates.py:9: DateOrderWarning: 3 numeric date(s) read month-first\n"
    other = "/x/helpers/a.py:3: UserWarning: a plotting note\nFutureWarning: pandas will change\n"
    _nb(tmp_path / "00_corpus.ipynb", w1, other)
    _nb(tmp_path / "01_topics.ipynb", [w1, w2])
    runs = [{"name": "00_corpus", "ipynb": "00_corpus.ipynb", "status_text": "ran"},
            {"name": "01_topics", "ipynb": "01_topics.ipynb", "status_text": "ran"},
            {"name": "02_outlets", "status_text": "not run"}]
    assert index.corpus_warnings(tmp_path, runs) == [
        "CorpusWarning: c.csv: column(s) <pub_day> ignored", "DateOrderWarning: 3 numeric date(s) read month-first"]
    (tmp_path / "figures").mkdir()
    page = index.write_index(tmp_path, {"title": "t", "runs": runs, "corpus_html": "", "software_html": "",
                                        "output_dir": "figures"}).read_text(encoding="utf-8")
    assert "Reading the corpus gave 2 warnings" in page
    assert page.count("<li>c.csv: column(s) &lt;pub_day&gt; ignored</li>") == 1
    assert "plotting note" not in page.split('<h2 id="findings">')[0]


def test_no_warnings_no_note(tmp_path):
    _nb(tmp_path / "00_corpus.ipynb", "/x/a.py:1: UserWarning: unrelated\n")
    assert index.corpus_warnings(tmp_path, [{"name": "00_corpus", "ipynb": "00_corpus.ipynb"}]) == []


def test_the_runner_prints_the_corpus_warnings_on_the_console_too(tmp_path):
    # reviews s78-C and s78-D: the development-set overlap warning reached the HTML only
    from helpers.report.runner import _console_warnings

    long = "CorpusWarning: c.csv: this corpus overlaps the data " + "x" * 2400
    _nb(tmp_path / "00_corpus.ipynb", f"/x/helpers/corpus/read.py:1: {long}\n  warnings.warn(msg)\n")
    lines = _console_warnings(tmp_path, [{"name": "00_corpus", "ipynb": "00_corpus.ipynb"}])
    assert len(lines) == 1 and lines[0].startswith("warning: CorpusWarning: c.csv: this corpus overlaps")
    assert lines[0].endswith("…") and len(lines[0]) <= 2000 + len("warning: ")
    assert _console_warnings(tmp_path / "none", []) == []
