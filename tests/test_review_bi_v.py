"""Review 12bi-v: defects found in the day's changes (plain_values, drop_heading_marks, stable_text)."""
from __future__ import annotations

import time


def test_plain_values_keeps_an_articles_own_text_true_or_none():
    """A headline that is the word "True" or "None" is the article's text, not Python's value: only a column of
    True/False (and missing) cells says yes/no; a column of text keeps its words (missing text still says n/a)."""
    from helpers.report.html import plain_values

    table = ('<table class="dataframe"><tbody>'
             "<tr><td>True</td><td>True</td><td>1.5</td></tr>"
             "<tr><td>None</td><td>False</td><td>NaN</td></tr>"
             "<tr><td>Harbour board votes</td><td>None</td><td>2.0</td></tr>"
             "<tr><td>NaN</td><td>True</td><td>None</td></tr>"
             "</tbody></table>")
    shown = plain_values(table)
    rows = shown.split("<tr>")[1:]
    assert rows[0].startswith("<td>True</td><td>yes</td><td>1.5</td>")
    assert rows[1].startswith("<td>None</td><td>no</td><td>n/a</td>")
    assert rows[2].startswith("<td>Harbour board votes</td><td>n/a</td><td>2.0</td>")
    assert rows[3].startswith("<td>n/a</td><td>yes</td><td>n/a</td>")


def test_plain_values_columns_are_counted_per_table():
    """Two tables in one output: the second's boolean column is not judged by the first's text."""
    from helpers.report.html import plain_values

    first = '<table class="dataframe"><tbody><tr><td>True</td></tr><tr><td>Ferry strike</td></tr></tbody></table>'
    second = '<table class="dataframe"><tbody><tr><td>True</td></tr><tr><td>False</td></tr></tbody></table>'
    shown = plain_values(first + second)
    assert shown.count("<td>True</td>") == 1 and "<td>yes</td><" in shown and "<td>no</td>" in shown


def test_drop_heading_marks_is_linear_on_a_long_run_of_spaces():
    """A heading line padded with a long run of spaces (a text exported from a layout program) took quadratic time:
    the lazy heading and the optional closing run retried every space (8,000 spaces: about 1 s; 80,000: minutes)."""
    from helpers.corpus.sources import drop_heading_marks

    text = "# Quay repairs" + " " * 60_000 + "delayed\nBody text.\n"
    start = time.perf_counter()
    out = drop_heading_marks(text)
    assert time.perf_counter() - start < 1.0
    assert out.startswith("Quay repairs" + " " * 60_000 + "delayed\nBody")


def test_drop_heading_marks_rule_unchanged():
    """The Markdown rule as before the speed fix: closing marks after a space go, a hashtag and a '#' run glued to
    the heading stay, Windows line ends are kept."""
    from helpers.corpus.sources import drop_heading_marks

    text = "# Sub ##\r\n## C# rocks #\n#MeToo marched\n####### seven\n# Vote #1\n# ###\n#\tTabbed  \n#   \n"
    assert drop_heading_marks(text) == "Sub\r\nC# rocks\n#MeToo marched\n####### seven\nVote #1\n###\nTabbed\n#   \n"


def test_stable_text_names_a_windows_project_file_with_forward_slashes(monkeypatch):
    """stable_text says it names a project file as stable_formatwarning does (``helpers/notebook/x.py``); on Windows
    it kept the backslashes (``helpers\\notebook\\x.py``), so the same traceback differed between machines."""
    from helpers.notebook import output

    root = "C:\\Users\\Jane Doe\\news"
    monkeypatch.setattr(output, "_machine_roots", lambda: [root])
    text = f'File {root}\\helpers\\notebook\\setup.py:12, in f()\n  File "{root}\\helpers\\x.py", line 3'
    shown = output.stable_text(text)
    assert shown == 'File helpers/notebook/setup.py:12, in f()\n  File "helpers/x.py", line 3'
    assert output.stable_formatwarning("m", UserWarning, f"{root}\\helpers\\notebook\\setup.py", 12).startswith(
        "helpers/notebook/setup.py:12")


def test_date_disagreements_read_the_metadata_dates_in_the_columns_order():
    """Metadata dates written day first (``25/03/2025`` decides it for the column) are read so, as the corpus reads
    them: ``05/03/2025`` is 5 March, the page's own date, not a disagreement with "2025-05-03"."""
    import pandas as pd

    from helpers.corpus.html import date_disagreements

    df = pd.DataFrame({"file": ["a.html", "b.html", "c.html"], "date": ["25/03/2025", "05/03/2025", "06/03/2025"]})
    page = pd.DataFrame({"date": ["2025-03-25", "2025-03-05", "2025-04-20"]})
    got = date_disagreements(df, page)
    assert got.values.tolist() == [["c.html", "2025-03-06", "2025-04-20"]]
