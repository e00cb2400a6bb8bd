"""The report runner: parameters, failures, and HTML that never runs article text."""
import os

import pytest

from helpers import report

PAYLOADS = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "<b>bold</b>"]


def test_parse_value_reads_yaml():
    assert report.parse_value("5") == 5
    assert report.parse_value("None") is None and report.parse_value("null") is None
    assert report.parse_value("{text: body}") == {"text": "body"}
    assert report.parse_value("bias_text") == "bias_text"


def test_unknown_parameter_is_rejected_before_running():
    with pytest.raises(report.ReportError, match=r"unknown parameter\(s\) \['topn'\]"):
        report.check_parameters({"topn": 3}, {"00_corpus.ipynb": {"top_n", "corpus"}})


def test_every_notebook_declares_the_common_parameters():
    declared = report.declared_parameters(report.list_notebooks())
    for name, params in declared.items():
        assert {"corpus", "metadata", "columns", "on_bad", "output_dir", "group_by", "top_n", "seed"} <= params, name


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
                                             for i, p in enumerate(PAYLOADS)), encoding="utf-8")
    index = report.run_report(corpus, {}, ["00"], out_root=root / "reports")
    return index.parent


def test_report_pages_exist(hostile_report):
    names = {p.name for p in hostile_report.iterdir()}
    assert {"index.html", "00_corpus.html", "00_corpus.reader.html", "00_corpus.ipynb", "figures"} <= names
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


def test_failing_notebook_names_notebook_and_cell(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_text("", encoding="utf-8")  # empty file: load_corpus stops
    with pytest.raises(report.ReportError, match=r"00_corpus.ipynb failed in cell \d+ \(CorpusError"):
        report.run_report(bad, {}, ["00"], out_root=tmp_path / "reports")
    assert (tmp_path / "reports" / "bad" / "00_corpus.ipynb").is_file()
    assert report.CACHE_ENV not in os.environ


def test_split_streams_are_merged():
    outs = [{"output_type": "stream", "name": "stdout", "text": ["a\n"]},
            {"output_type": "stream", "name": "stdout", "text": ["b\n", "c\n"]},
            {"output_type": "stream", "name": "stderr", "text": ["e\n"]},
            {"output_type": "display_data", "data": {}}]
    merged = report._coalesce_streams(outs)
    assert [o.get("name") for o in merged] == ["stdout", "stderr", None]
    assert merged[0]["text"] == ["a\n", "b\n", "c\n"]
