"""Dogfood round 12bi-d2: notebook 00's group column, Markdown heading marks in plain text, one wording for an
estimate of 0 without an interval, and readable headers on the reader pages; invented text only."""
import re
import warnings

import nbformat
import pandas as pd
import pytest

from helpers.core.paths import PROJECT_ROOT
from tests._corpus_folders import GLACIER_FILES, GLACIER_METADATA, corpus_folder

# --- 1. notebook 00 names its group column after group_by, as notebooks 01-03 do ------------------------------


def test_notebook_00_names_its_group_column_after_group_by(tmp_path, monkeypatch):
    """`00_words_per_group.csv` and `00_timeline.csv` called the desk groups `group` (dogfood 12bi-d)."""
    from helpers.report import runner as report

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    folder = corpus_folder(tmp_path, GLACIER_FILES, GLACIER_METADATA)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = report.main(["--corpus", str(folder), "--out", str(tmp_path / "out"), "--name", "d",
                            "--notebooks", "00", "-p", "group_by", "desk"])
    assert code == 0
    figs = tmp_path / "out" / "d" / "figures"
    words = pd.read_csv(figs / "00_words_per_group.csv", keep_default_na=False)
    assert words.columns[0] == "desk" and "group" not in words.columns
    assert set(words["desk"]) == {"science", "politics"}
    timeline = pd.read_csv(figs / "00_timeline.csv", keep_default_na=False)
    assert "desk" in timeline.columns and "group" not in timeline.columns
    page = (tmp_path / "out" / "d" / "00_corpus.html").read_text(encoding="utf-8")
    assert "<th>group</th>" not in page


def test_the_seed_figures_data_of_notebook_00_names_the_outlet_column():
    for name in ("00_words_per_group", "00_timeline"):
        header = (PROJECT_ROOT / "figures" / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert "outlet" in header and "group" not in header, (name, header)


def test_the_single_article_line_names_the_groups_instead_of_quoting_group():
    from helpers.notebook.overview import single_article_groups_line

    articles = pd.DataFrame({"desk": ["science", "science", "opinion"]})
    line = single_article_groups_line(articles, "desk")
    assert "'group'" not in line
    assert line == ("1 of 2 desk groups has exactly one article: for it, a difference between desk groups in later "
                    "notebooks is also a difference between single articles, stories and dates.")


# --- 2. Markdown heading marks in a plain-text article ---------------------------------------------------------

RENAMED_MD = ("# Harbor board delays ferry timetable\n\nThe Harbor Board said on Monday that the new ferry timetable "
              "would start a month late because two boats are still in repair.\n\n## Commuters react\n\nCommuter "
              "Lena Brook said the delay meant another month of crowded morning crossings.\n")
HASHTAG_START = ("#MeToo organisers marched through the old town on Saturday and asked the council to publish its "
                 "complaint figures.\n\nThe march drew several thousand people, the organisers said.\n\n#1 on their "
                 "list of demands was an independent ombudsman, one marcher said.\n")


def _load(tmp_path, files, metadata=None):
    from helpers import load_corpus

    folder = corpus_folder(tmp_path, files, metadata)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(str(folder)).set_index("doc_id")


def test_a_markdown_heading_mark_is_dropped_from_a_plain_text_headline(tmp_path):
    c = _load(tmp_path, {"ferry.txt": RENAMED_MD})
    assert c.loc["ferry", "headline"] == "Harbor board delays ferry timetable"
    assert c.loc["ferry", "title"] == "Harbor board delays ferry timetable"
    assert "#" not in c.loc["ferry", "text"] and "#" not in c.loc["ferry", "subheadings"]


def test_a_heading_mark_is_dropped_when_the_metadata_gives_the_title(tmp_path):
    meta = "doc_id,file,outlet,title\nferry,ferry.txt,Harbor Ledger,Harbor board delays ferry timetable\n"
    c = _load(tmp_path, {"ferry.txt": RENAMED_MD}, meta)
    assert c.loc["ferry", "headline"] == "Harbor board delays ferry timetable"
    assert "#" not in c.loc["ferry", "text"]


def test_a_hashtag_at_the_start_of_a_sentence_stays(tmp_path):
    c = _load(tmp_path, {"march.txt": HASHTAG_START})
    assert c.loc["march", "text"].startswith("#MeToo organisers marched")
    assert "#1 on their list" in c.loc["march", "text"]


def test_markdown_heading_marks_are_read_only_with_a_space_after_them():
    from helpers.corpus.sources import drop_heading_marks

    assert drop_heading_marks("## Commuters react ##\nBody line.") == "Commuters react\nBody line."
    assert drop_heading_marks("#MeToo marchers\n#1 demand\n####### seven is no heading") == (
        "#MeToo marchers\n#1 demand\n####### seven is no heading")


# --- 3. one wording for an estimate of 0 without an interval ----------------------------------------------------


def test_a_rate_of_zero_without_an_interval_reads_like_the_other_zeros():
    """Notebook 02's rate table: a one-article group read "0.00 per 1,000 words (no interval)" beside "0 per 1,000
    words (none found, so no interval)" (dogfood 12bi-d)."""
    from helpers.core.wording import RATE_UNIT, estimate_interval, rate_interval, share_interval, zero_without_interval

    nan = float("nan")
    assert rate_interval(0.0, nan, nan) == rate_interval(0.0, 0.0, 0.0) == f"0 {RATE_UNIT} (none found, so no interval)"
    assert rate_interval(0.0, nan, nan, "0 hedges in 305 words") == (
        f"0 {RATE_UNIT} (0 hedges in 305 words, so no interval)")
    assert estimate_interval(0.0, None, None) == "0 (none found, so no interval)"
    assert share_interval(0.0, nan, nan, "0 of 4") == share_interval(0.0, 0.0, 0.0, "0 of 4") == "0% (0 of 4, so no interval)"
    assert zero_without_interval(0.0, nan, nan) and zero_without_interval(0.0, 0.0, 0.0)
    assert not zero_without_interval(0.0, -0.2, 0.3) and not zero_without_interval(1.5, nan, nan)
    assert rate_interval(6.8, nan, nan) == f"6.8 {RATE_UNIT} (no interval)"  # other estimates without one unchanged


# --- 4. readable headers on the reader pages ----------------------------------------------------------------------

TABLE = ('<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th>doc_id</th>\n'
         '      <th>n_removed_lines</th>\n      <th>date_precision</th>\n      <th>desk</th>\n    </tr>\n  </thead>\n'
         '  <tbody>\n    <tr>\n      <td>n_words</td>\n      <td>3</td>\n      <td>day</td>\n      <td>science</td>\n'
         '    </tr>\n  </tbody>\n</table>')


def test_reader_headers_are_readable_and_other_cells_keep_their_text():
    from helpers.report.headers import READER_HEADERS, readable_headers

    out = readable_headers(TABLE)
    assert f'<th title="n_removed_lines">{READER_HEADERS["n_removed_lines"]}</th>' in out
    assert "<th>n_removed_lines</th>" not in out  # the CSV name stays in the title only, for the prose and the CSV
    assert f'<th title="date_precision">{READER_HEADERS["date_precision"]}</th>' in out
    assert "<th>desk</th>" in out  # a user's group column keeps its name
    assert "<td>n_words</td>" in out  # a cell's value is not a header


def test_every_readable_header_is_a_column_of_the_data_dictionary():
    from helpers.report.headers import READER_HEADERS

    dictionary = (PROJECT_ROOT / "docs" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    missing = [c for c in READER_HEADERS if f"`{c}`" not in dictionary]
    assert not missing
    assert len(set(READER_HEADERS.values())) == len(READER_HEADERS)  # two columns never share a header
    assert all(not re.search(r"_|^\s|\s$", h) for h in READER_HEADERS.values())


@pytest.mark.parametrize("reader", [True, False])
def test_only_the_reader_page_gets_readable_headers(tmp_path, reader):
    from helpers.report.html import _prepare_notebook

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show_table(t)")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": TABLE})]
    nb.cells = [cell]
    out, _, _ = _prepare_notebook(nb, tmp_path, reader)
    html = out.cells[0].outputs[0].data["text/html"]
    assert ("<th>n_removed_lines</th>" in html) is not reader
