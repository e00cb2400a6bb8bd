"""Dogfood round 12bh-d: the leftovers of round 12bg-d; invented text only."""
import csv
import linecache
import warnings

import pandas as pd
import pytest

# --- 1. two runs give the same files: no kernel temporary file name in a warning line ------------------------


@pytest.fixture
def notebook_warnings(monkeypatch):
    """setup_notebook() with the warning formatter restored after the test."""
    from helpers.notebook.output import setup_notebook

    monkeypatch.setattr(warnings, "formatwarning", warnings.formatwarning)
    setup_notebook()
    return warnings.formatwarning


def test_a_warning_from_a_notebook_cell_names_no_temporary_file(notebook_warnings):
    """A DateOrderWarning raised by a cell of notebook 01 began '/tmp/ipykernel_26022/1953998803.py:3:', a name
    that changes with the kernel's process id: two runs of one corpus differed in that line (dogfood 12bg-d)."""
    cell = "parsed = parse_dates(articles['date'])\n"
    texts = []
    for pid in (26022, 26211):
        name = f"/tmp/ipykernel_{pid}/1953998803.py"
        linecache.cache[name] = (len(cell), None, [cell], name)
        texts.append(notebook_warnings("3 numeric dates ...", UserWarning, name, 1))
        del linecache.cache[name]
    assert texts[0] == texts[1]
    assert "ipykernel" not in texts[0] and "/tmp" not in texts[0]
    assert "UserWarning: 3 numeric dates ..." in texts[0] and "parse_dates(articles['date'])" in texts[0]


def test_a_warning_from_a_module_keeps_its_file(notebook_warnings):
    text = notebook_warnings("m", UserWarning, "/opt/lib/somewhere.py", 7, line="")
    assert text.startswith("/opt/lib/somewhere.py:7: UserWarning: m")


# --- 2. every column of a saved table has its own name ---------------------------------------------------------


def test_save_table_refuses_repeated_column_names(tmp_path):
    """02_hedges.csv had `outlet` twice and text_reuse.csv `outlet_a` and `outlet_b` twice (dogfood 12bg-d)."""
    from helpers.notebook.output import save_table

    df = pd.DataFrame([["d1", "Ledger", "Ledger"]], columns=["doc_id", "outlet", "outlet"])
    with pytest.raises(ValueError, match=r"02_hedges.*'outlet'"):
        save_table(df, "02_hedges", tmp_path)
    assert not (tmp_path / "02_hedges.csv").exists()


@pytest.mark.parametrize("group_by", ["outlet", "author"])
def test_group_columns_get_the_group_name_and_the_articles_outlet_its_own(group_by, tmp_path):
    from helpers.notebook.output import name_group_columns, save_table

    hedges = pd.DataFrame({"doc_id": ["d1"], "outlet": ["Ledger"], "group": ["(other)"], "hedge": ["reportedly"]})
    reuse = pd.DataFrame({"doc_a": ["d1"], "doc_b": ["d2"], "outlet_a": ["Ledger"], "outlet_b": ["Courier"],
                          "group_a": ["Ledger"], "group_b": ["(other)"], "cosine": [0.5]})
    h, r = name_group_columns(hedges, group_by), name_group_columns(reuse, group_by)
    assert list(h.columns) == ["doc_id", "article_outlet", group_by, "hedge"]
    assert list(r.columns) == ["doc_a", "doc_b", "article_outlet_a", "article_outlet_b", f"{group_by}_a",
                               f"{group_by}_b", "cosine"]
    assert list(h[group_by]) == ["(other)"] and list(r["article_outlet_b"]) == ["Courier"]
    with open(save_table(r, "text_reuse", tmp_path), newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert len(header) == len(set(header))
    assert list(hedges.columns) == ["doc_id", "outlet", "group", "hedge"]  # the notebook's table is unchanged


def test_group_columns_without_an_outlet_column():
    from helpers.notebook.output import name_group_columns

    df = pd.DataFrame({"group": ["a"], "n": [1]})
    assert list(name_group_columns(df, "outlet").columns) == ["outlet", "n"]


# --- 3. dotted numeric dates are day-first when nothing in the column decides ---------------------------------


def test_dotted_dates_without_a_deciding_date_are_read_day_first():
    """A heatwave corpus dated '10.07.2024', '05.07.2024', ... was read month-first: three articles in October
    (dogfood 12bg-d). Dots between numbers are the day-first convention."""
    from helpers.corpus.dates import DateOrderWarning, parse_dates

    with pytest.warns(DateOrderWarning, match=r"3 numeric dates such as '10\.07\.2024' could be .* written with dots, they were read day-first.*month first, .*day_first.{0,3}False"):
        got = parse_dates(pd.Series(["10.07.2024", "05.07.2024", "10.07.2024", "2024-07-12"]))
    assert list(got["date_parsed"].dt.strftime("%Y-%m-%d")) == ["2024-07-10", "2024-07-05", "2024-07-10", "2024-07-12"]


def test_slashed_dates_without_a_deciding_date_stay_month_first():
    from helpers.corpus.dates import DateOrderWarning, parse_dates

    with pytest.warns(DateOrderWarning, match="read month-first"):
        got = parse_dates(pd.Series(["10/07/2024", "05/07/2024"]))
    assert list(got["date_parsed"].dt.strftime("%Y-%m-%d")) == ["2024-10-07", "2024-05-07"]


def test_a_column_of_dotted_and_slashed_dates_reads_each_by_its_separator():
    from helpers.corpus.dates import DateOrderWarning, parse_dates

    with pytest.warns(DateOrderWarning) as said:
        got = parse_dates(pd.Series(["10.07.2024", "10/07/2024"]))
    assert list(got["date_parsed"].dt.strftime("%Y-%m-%d")) == ["2024-07-10", "2024-10-07"]
    text = " ".join(str(w.message) for w in said)
    assert "the 1 written with dots (e.g. '10.07.2024') was read day-first" in text
    assert "the 1 other (e.g. '10/07/2024') month-first" in text


@pytest.mark.parametrize("day_first, want", [(False, "2024-10-07"), (True, "2024-07-10")])
def test_the_parameter_still_decides_dotted_dates(day_first, want):
    from helpers.corpus.dates import parse_dates

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = parse_dates(pd.Series(["10.07.2024"]), day_first=day_first)
    assert got["date_parsed"].dt.strftime("%Y-%m-%d").tolist() == [want]


def test_a_deciding_date_still_decides_dotted_dates():
    """'07.13.2024' can only be month-first: the column's own evidence wins over the separator's convention."""
    from helpers.corpus.dates import parse_dates

    got = parse_dates(pd.Series(["10.07.2024", "07.13.2024"]))
    assert got["date_parsed"].dt.strftime("%Y-%m-%d").tolist() == ["2024-10-07", "2024-07-13"]


def test_a_warning_is_shown_after_what_was_printed_before_it(monkeypatch):
    """Two runs of notebook 04 on one corpus stored its loading warnings once before and once after the lines
    printed next (stdout and stderr are sent by the kernel on their own schedules): each warning now flushes what
    was printed before it, and itself."""
    import sys

    from helpers.notebook.output import setup_notebook

    said = []

    class Stream:
        def __init__(self, name):
            self.name = name

        def write(self, text):
            said.append((self.name, "write", text.split(":")[0]))

        def flush(self):
            said.append((self.name, "flush"))

    monkeypatch.setattr(warnings, "formatwarning", warnings.formatwarning)
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    monkeypatch.setattr(sys, "stdout", Stream("out"))
    monkeypatch.setattr(sys, "stderr", Stream("err"))
    setup_notebook()
    warnings.showwarning("m", UserWarning, "/tmp/ipykernel_1/2.py", 1)
    assert said == [("out", "flush"), ("err", "write", "<cell>"), ("err", "flush")]


# --- 4. an attributed quotation repeated in a small outlet's follow-up stories is news, not site furniture --------

_STORIES = [
    "The reservoir fell to a third of its capacity on Monday, the water board said.",
    "Farmers in the lower valley were told to stop irrigating their orchards by Friday.",
    "Two cooling centres opened in the old market hall as temperatures passed 40 degrees.",
    "The county postponed its summer fair after a week of record heat across the valley.",
    "Night trains will run at reduced speed while the rails cool, the operator announced.",
]


def _outlet(lines_of_story):
    """Five stories of one small outlet; ``lines_of_story(i)`` gives the extra lines of story ``i``."""
    raws, spans = [], []
    for i, story in enumerate(_STORIES):
        parts = [story, *lines_of_story(i)]
        raw, sp, at = "", [], 0
        for p in parts:
            sp.append(("body", at, at + len(p)))
            raw += p + "\n\n"
            at += len(p) + 2
        raws.append(raw)
        spans.append(sp)
    return raws, spans


@pytest.mark.parametrize("quote", [
    "\u201cWe will not wait for another summer like this one,\u201d said Mayor Lena Hart.",
    "Mayor Lena Hart said: \u201cWe will not wait for another summer like this one.\u201d",
    "\"Nobody in this valley has seen heat like this,\" the fire chief told reporters.",
    "\u201cThe pumps were never built for this,\u201d according to the board's chief engineer.",
])
def test_an_attributed_quotation_in_three_of_five_stories_is_kept(quote):
    """The heatwave corpus: a small outlet repeated the mayor's quotation in 3 of its 5 follow-up stories, and the
    template rule (a line in 3 distinct articles of an outlet) removed it as site furniture (dogfood 12bg-d)."""
    from helpers.corpus.templates import apply_site_templates

    share = "Share this article"
    raws, spans = _outlet(lambda i: ([quote] if i < 3 else []) + [share])
    _, removed, _, summary = apply_site_templates(raws, spans, [[] for _ in raws], ["Valley Echo"] * 5)
    gone = {r["text"] for rs in removed for r in rs}
    assert gone == {share}, gone
    assert [t["line"] for t in summary] == [share.casefold()]


@pytest.mark.parametrize("furniture", [
    "Listen to \u201cThe Valley Morning Briefing podcast\u201d every weekday at six.",
    "\u201cNews you can trust since 1887\u201d",
    "Sign up for our newsletter: the day's stories in your inbox.",
    "Read more: \u201cHeatwave to break by the weekend, forecasters say\u201d",
])
def test_furniture_with_quotation_marks_is_still_a_template(furniture):
    from helpers.corpus.templates import find_site_templates

    raws, spans = _outlet(lambda i: [furniture] if i < 3 else [])
    found = find_site_templates(raws, spans, ["Valley Echo"] * 5)
    assert list(found.get("Valley Echo", {})) == [" ".join(furniture.split()).casefold()]


# --- 5. a JSON Lines corpus: one wire service of 40 short items, three outlets of 2-3 -----------------------------


@pytest.mark.parametrize("mixed_ids", [False, True])
def test_list_fields_of_a_jsonl_corpus_are_joined_not_written_as_python(tmp_path, mixed_ids):
    """A tram-strike corpus as .jsonl with `tags` and `authors` as JSON arrays: the outlet was joined with '; ' but
    other fields were stored as "['transport', 'labour']" (Python's repr), or as "['transport' 'labour']" (numpy's,
    without a comma) when pyarrow read the file: one value written two ways, and neither as the file wrote it."""
    import json

    from helpers import load_corpus

    recs = [{"id": (f"w{i}" if mixed_ids and i == 0 else 100 + i), "content": f"Tram drivers walked out on day {i}.",
             "source": "Continental Wire", "tags": ["transport", "labour"] if i else ["transport"],
             "authors": []} for i in range(3)]
    path = tmp_path / "tram.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    corpus = load_corpus(path)
    assert sorted(corpus["tags"]) == ["transport", "transport; labour", "transport; labour"]
    assert set(corpus["authors"]) == {""}


def test_a_wire_services_attributed_background_line_is_kept():
    """The tram-strike corpus (.jsonl): a wire service's items repeat 'The drivers' union is seeking a 6 percent pay
    rise. Talks are scheduled to resume later this week, officials said.', removed as a site template from 19 of its
    40 items; a teaser ending in '...' and a question are still furniture."""
    from helpers.corpus.templates import find_site_templates

    line = "Talks are scheduled to resume later this week, officials said."
    teaser = "Heatwave to break by the weekend as cooler air arrives, forecasters said..."
    question = "What did the mayor say about the reservoir and the orchards?"
    raws, spans = _outlet(lambda i: [line, teaser, question] if i < 3 else [])
    found = find_site_templates(raws, spans, ["Continental Wire"] * 5)
    assert sorted(found["Continental Wire"]) == sorted(_t.casefold() for _t in (teaser, question))


def test_a_warning_from_a_project_file_names_it_from_the_project_root(notebook_warnings):
    """Review 12bh-x: the code page of a report printed this machine's absolute path of helpers/notebook/setup.py."""
    from helpers.core.paths import PROJECT_ROOT

    text = notebook_warnings("m", UserWarning, str(PROJECT_ROOT / "helpers" / "notebook" / "setup.py"), 7, line="")
    assert text.startswith("helpers/notebook/setup.py:7: UserWarning: m"), text
