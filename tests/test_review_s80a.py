"""Review s80-A (awkward and broken input): the faults it found, each with the case that showed it (rows and
bytes written for the tests, modelled on the reviewer's AllSides corpora)."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

QUOTE = '"I don\'t know how to build something that\'s only 80% complete," Chung told CNN.'
PARAS = ["Officials say the website will work better but warn that some problems will persist in the weeks ahead.",
         QUOTE,
         "Republicans pounced on the news, with the House Speaker urging the president to delay the law by a year.",
         "The agency said it had fixed hundreds of bugs since the launch and would publish its figures next week."]


def _load(path, **kw):
    from helpers.corpus.read import load_corpus

    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        df = load_corpus(path, **kw)
    return df, [str(w.message) for w in rec]


# --- finding 1: <p> bodies in a table corpus ------------------------------------------------------------------

def test_drop_block_tags_makes_paragraphs_and_drops_scripts():
    from helpers.text.normalize import drop_block_tags

    assert drop_block_tags("<p>One two.</p><p>Three four.</p>") == "One two.\n\nThree four."
    assert drop_block_tags("<div class='a'>\n<h1>Head</h1>\n<p>Body.</p>\n</div>\n") == "Head\n\nBody."
    assert drop_block_tags("<li>a</li><li>b</li>") == "a\n\nb"
    assert drop_block_tags('<p>x.</p>\n<script>document.body.innerHTML="PWNED";</script>\n<p>y.</p>') == "x.\n\ny."
    assert drop_block_tags("<p>x.</p><style>b{display:none}</style><iframe src='e'></iframe><p>y.</p>") == "x.\n\ny."
    assert drop_block_tags("<noscript>Turn on scripts</noscript>Text.") == "Text."


@pytest.mark.parametrize("text", ["Plain text.\n\nTwo paragraphs, no tags.", "a <3 rating", "if x < y and y > z",
                                  "line<br>line", "<b>bold</b> only", "  spaces kept \n\n\n", "<script>alert(1)"])
def test_drop_block_tags_leaves_other_text_byte_for_byte(text):
    from helpers.text.normalize import drop_block_tags

    assert drop_block_tags(text) == text


@pytest.mark.parametrize("line, markup", [
    ("<p>" + QUOTE + "</p>", False),
    ("<p>Latest snafu: small businesses can't enroll online</p>", False),
    ('<iframe width="476" height="267" src="https://example.org/embed/1" allowfullscreen></iframe>', True),
    ('<img src=x onerror="alert(2)">', True),
    ("<span>Advertisement</span>", True),
    ('[ { "name": "Ad - Inline", "slot": "3" } ]', True),
])
def test_the_markup_rule_never_drops_prose_between_tags(line, markup):
    from helpers.corpus.clean import clean_article
    from helpers.corpus.clean_rules import has_prose_between_tags

    p1 = "The county board approved the new ferry schedule on Monday after months of complaints from residents."
    p2 = "Commuters said the extra morning crossing would let them reach the mainland before the first shift."
    rules = {ln.text: ln.rule for ln in clean_article("\n\n".join([p1, line, p2])).lines}
    assert (rules.get(line) == "markup") is markup, rules
    if line.startswith("<p>"):
        assert has_prose_between_tags(line)


def test_a_table_of_p_bodies_keeps_every_paragraph(tmp_path):
    one_line = "".join(f"<p>{p}</p>" for p in PARAS)
    per_line = "\n".join(f"<p>{p}</p>" for p in PARAS)
    plain = "\n\n".join(PARAS) + "\n\nA plain <3 body keeps its bytes &amp; all."
    path = tmp_path / "cms.csv"
    pd.DataFrame({"id": ["h0", "h3", "p0"], "outlet": ["A", "B", "C"],
                  "text": [one_line, per_line + '\n<script>alert("x")</script>', plain]}).to_csv(path, index=False)
    df, msgs = _load(path)
    df = df.set_index("doc_id")
    for d in ("h0", "h3"):
        text = df.loc[d, "text"]
        assert "<p>" not in text and "alert" not in text, text
        for p in PARAS:
            assert p in text, (d, p)
        assert not [x for x in df.loc[d, "removed"] if x["rule"] == "markup"]
    assert df.loc["p0", "raw"] == plain.replace("&amp;", "&")  # only the entity, as before
    assert not [m for m in msgs if "no body text" in m]


# --- finding 3: reports inside a corpus's folder ----------------------------------------------------------------

BODY = ("The county board approved the new ferry schedule on Monday after months of complaints from residents.\n\n"
        "Commuters said the extra morning crossing would let them reach the mainland before the first shift.")


def _report_like(folder, marker=True):
    folder.mkdir(parents=True)
    (folder / "index.html").write_text("<html><body><p>Key findings of the report page.</p></body></html>")
    (folder / "00_corpus.reader.html").write_text("<html><body><p>What is in the corpus.</p></body></html>")
    if marker:
        (folder / ".news-report").write_text("made by python -m helpers.report\n")


def test_a_folder_corpus_skips_report_and_notebook_output_folders(tmp_path):
    from helpers.corpus.sources import is_output_folder

    corpus = tmp_path / "news"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(BODY + f" Story {i}.", encoding="utf-8")
    _report_like(corpus / "reports" / "news-1234abcd")
    figs = corpus / "figs"  # a papermill output_dir: a figure as save_figure writes it, and a coding guide page
    figs.mkdir()
    for suffix in (".png", ".svg", ".csv"):
        (figs / f"00_timeline{suffix}").write_text("x")
    (figs / "04_coding_guide_x.html").write_text("<html><body><p>How to code a sentence.</p></body></html>")
    (corpus / "2024").mkdir()  # an ordinary sub-folder of articles is read
    (corpus / "2024" / "b.txt").write_text(BODY + " Another story.", encoding="utf-8")
    assert is_output_folder(corpus / "reports" / "news-1234abcd") and is_output_folder(figs)
    assert not is_output_folder(corpus / "2024") and not is_output_folder(corpus / "reports")
    df, msgs = _load(corpus)
    assert len(df) == 4, df["doc_id"].tolist()
    said = [m for m in msgs if "not read" in m]
    assert len(said) == 1 and "2 sub-folders are reports or notebook output" in said[0], msgs
    assert "'figs'" in said[0] and "'reports/news-1234abcd'" in said[0]


def test_out_inside_the_folder_of_a_file_corpus_is_refused(tmp_path):
    from helpers.report import runner as report

    data = tmp_path / "data"
    data.mkdir()
    corpus = data / "news.csv"
    pd.DataFrame({"id": ["a", "b"], "text": [BODY, BODY + " More."]}).to_csv(corpus, index=False)
    with pytest.raises(report.ReportError, match=r"inside the folder .*data that holds the corpus file news.csv.*"
                                                 r"outside it"):
        report.run_report(corpus, {}, ["00"], out_root=data / "reports")
    assert sorted(p.name for p in data.iterdir()) == ["news.csv"]


def test_output_dir_inside_the_folder_of_a_file_corpus_is_refused(tmp_path, monkeypatch):
    from helpers.notebook.params import ParameterError
    from helpers.notebook.setup import REFERENCE_ENV, output_folder

    monkeypatch.delenv(REFERENCE_ENV, raising=False)  # conftest.py sets it for nbval; a user's run has it unset
    (tmp_path / "news.csv").write_text("text\nx\n")
    with pytest.raises(ParameterError, match=r"inside the folder .* that holds the corpus file 'news.csv'"):
        output_folder(str(tmp_path / "figs"), str(tmp_path / "news.csv"))
    assert output_folder(str(tmp_path.parent / "elsewhere"), str(tmp_path / "news.csv")).endswith("elsewhere")


# --- finding 6: --out that is a file ------------------------------------------------------------------------------

def test_out_that_is_a_file_is_one_sentence(tmp_path, capsys):
    from helpers.report import runner as report

    f = tmp_path / "existing_file.txt"
    f.write_text("")
    for out in (f, f / "sub"):
        assert report.main(["--corpus", "seeds", "--out", str(out), "--notebooks", "00"]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"error: --out {out} ") and "not a folder" in err and "--out my_reports" in err, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert f.read_text() == ""


# --- finding 4: a CSV that is UTF-8 but for a few Windows-1252 rows ------------------------------------------------

def test_decode_lines_reads_each_line_in_its_own_encoding():
    from helpers.corpus.sources import decode_lines

    data = "id,text\n1,\u201cSorry,\u201d he said\n".encode() + "2,\u201cNo\u201d \u2013 caf\xe9\n".encode("cp1252")
    text, other = decode_lines(data, "t.csv")
    assert text == "id,text\n1,\u201cSorry,\u201d he said\n2,\u201cNo\u201d \u2013 caf\xe9\n"
    assert other == {3: "cp1252"}
    line = b"1,the council met on a Tuesday \x81 and voted on the plan to repair the quay\n"
    text, other = decode_lines(b"id,text\n" + line, "t.csv")  # 0x81 is no Windows-1252 character
    assert other == {2: "latin-1"} and text == "id,text\n" + line.decode("latin-1")


def test_data_rows_count_a_quoted_body_over_several_lines_as_one_row():
    from helpers.corpus.tables import data_rows_of_lines

    text = 'id,text\na,"one\n\ntwo"\n\nb,three\nc,"four\nfive"\n'
    # lines: 1 header, 2-4 row 1, 5 blank, 6 row 2, 7-8 row 3
    assert data_rows_of_lines(text, ",", [3, 8]) == ([1, 3], False, 3)
    assert data_rows_of_lines(text, ",", [1, 6]) == ([2], True, 3)


def test_a_csv_with_some_windows_rows_keeps_the_utf8_rows_and_names_the_others(tmp_path):
    utf8_rows = [f'u{i},"The president said he was \u201csorry\u201d on day {i}, aides said."' for i in range(1, 5)]
    cp_rows = [f'w{i},"Jos\xe9 Mart\xednez said the plan was \u201cfair\u201d on day {i}, aides said."' for i in range(5, 7)]
    data = ("id,text\n" + "\n".join(utf8_rows) + "\n").encode() + ("\n".join(cp_rows) + "\n").encode("cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    df, msgs = _load(path)
    assert not df["raw"].str.contains("[\x80-\x9f]|\xe2\x80").any(), df["raw"].tolist()
    assert df["raw"].str.contains("\u201c").all()
    assert "Jos\xe9 Mart\xednez" in df.set_index("doc_id").loc["w5", "raw"]
    said = [m for m in msgs if "UTF-8" in m]
    assert len(said) == 1 and "rows 5-6 decoded as cp1252 (Windows-1252), every other row as UTF-8" in said[0], said
    assert "offset" not in said[0]


# --- finding 5: text garbled upstream ("mojibake") -----------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("he offered a \u00e2\u20ac\u0153wonderful deal\u00e2\u20ac\x9d to", ["\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d"]),
    ("a deal\u00e2\u20ac\ufffd to", ["\u00e2\u20ac\ufffd"]),
    ("Biden hasn\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t told", ["\u00c3\u00a2", "\u00e2\u201a\u00ac", "\u00e2\u201e\u00a2"]),
    ("caf\u00c3\u00a9", ["\u00c3\u00a9"]),
    ("S\xe3o Paulo, na\xefve caf\xe9, Zo\xeb M\xfcller, Jos\xe9 Mart\xednez, \xa35 at 10\xb0C, \xabx\xbb", []),
    ("The \u201cquoted\u201d words \u2013 and more\u2019s", []),
])
def test_mojibake_sequences_are_found_and_accented_words_are_not(text, found):
    from helpers.text.normalize import mojibake_sequences

    assert mojibake_sequences(text) == found


def test_garbled_bodies_and_titles_are_warned_of_with_a_count_and_two_examples(tmp_path):
    good = "The senator said the deal was \u201cwonderful\u201d on Tuesday, and aides agreed with him."
    bad = good.replace("\u201c", "\u00e2\u20ac\u0153").replace("\u201d", "\u00e2\u20ac\x9d")
    path = tmp_path / "enc.csv"
    pd.DataFrame({"id": ["a", "b", "c"], "title": ["Biden hasn\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t told", "Fine", "Fine too"],
                  "text": [good, bad, bad + " More."]}).to_csv(path, index=False)
    df, msgs = _load(path)
    said = [m for m in msgs if "garbled" in m]
    assert len(said) == 1, msgs
    assert "2 article texts and 1 title hold characters garbled" in said[0]
    assert "(text of 'b')" in said[0] and "(text of 'c')" in said[0] and "ftfy" in said[0]
    assert df.set_index("doc_id").loc["b", "raw"] == bad  # kept as written
    pd.DataFrame({"id": ["a", "b"], "text": [good, good + " More."]}).to_csv(tmp_path / "ok.csv", index=False)
    _, msgs = _load(tmp_path / "ok.csv")
    assert not [m for m in msgs if "garbled" in m]


# --- finding 7: dates with a time and a time zone; unreadable dates warned of ---------------------------------------

@pytest.mark.parametrize("value", ["Sunday, March 3, 2019 10:15 AM ET", "March 3, 2019 10:15 AM EST",
                                   "March 3, 2019 10:15 AM EDT", "March 3, 2019 10:15 PT", "March 3, 2019 10:15 a.m. ET",
                                   "03/03/2019 10:15 AM ET", "Published 5:06 PM EST Mar 3, 2019",
                                   "March 3, 2019 at 10:15 p.m. ET", "3 March 2019 14:30 GMT"])
def test_a_date_with_a_time_and_a_zone_is_read(value):
    from helpers.corpus.dates import parse_date

    assert parse_date(value) == (pd.Timestamp("2019-03-03"), "day")


@pytest.mark.parametrize("value", ["yesterday", "10:15 AM ET", "5:06 PM EST"])
def test_a_time_alone_is_no_date(value):
    from helpers.corpus.dates import parse_date

    assert parse_date(value)[1] == "invalid"


def test_unreadable_dates_of_a_corpus_are_warned_of_with_the_column():
    from helpers.corpus.dates import parse_dates

    values = pd.Series(["2019-03-03", "yesterday", "", "March 3, 2019 10:15 AM ET", "soon"])
    values.attrs["dates"] = {"where": "news.csv, column 'published'"}
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        parse_dates(values)
    said = [str(w.message) for w in rec]
    assert said == ["news.csv, column 'published': 2 of 5 dates could not be read (e.g. 'yesterday', 'soon'); those "
                    "articles are left out of every analysis over time. Write them as YYYY-MM-DD (or as 'March 3, "
                    "2019') to include them."], said
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_dates(pd.Series(["yesterday"]))  # not a corpus's column (no attrs): no warning
        ok = pd.Series(["2019-03-03", ""])
        ok.attrs["dates"] = {"where": "x"}
        parse_dates(ok)  # an empty date is missing, not unreadable


# --- finding 12: console lines of notebooks started together; "all 1 articles" -------------------------------------

def test_status_lines_of_threads_are_written_whole():
    import threading

    from helpers.report.runner import _say

    class Stream:
        def __init__(self):
            self.writes = []

        def write(self, s):
            self.writes.append(s)

        def flush(self):
            pass

    out = Stream()
    threads = [threading.Thread(target=_say, args=(f"0{i}_x.ipynb: running ...", out)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(out.writes) == sorted(f"0{i}_x.ipynb: running ...\n" for i in range(8))


def test_the_overlap_of_one_article_is_singular():
    from helpers.corpus.devsets import DEV_SETS, overlap_message

    name = next(iter(DEV_SETS))
    one = overlap_message({name: 1}, 1, "one.csv")
    assert "its one article is in" in one and "all 1 articles" not in one
    assert "all 30 articles are in" in overlap_message({name: 30}, 30, "x.csv")
    assert "3 of its 30 articles are in" in overlap_message({name: 3}, 30, "x.csv")
