"""Dogfood round 12bi-d: wording that follows the groups, notebook 01's own period column, page dates that disagree
with the metadata, intro text free of the bundled study, and a user's run on an invented corpus; invented text only."""
import json
import re
import warnings

import pandas as pd
import pytest

from helpers.core.paths import PROJECT_ROOT
from tests._corpus_folders import GLACIER_FILES, GLACIER_METADATA, corpus_folder

NOTEBOOKS = PROJECT_ROOT / "notebooks"


def _markdown(name: str) -> list[str]:
    nb = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]


def _code(name: str) -> str:
    nb = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


# --- 1. the notebooks' static wording speaks of groups, not outlets, where it means the group ------------------

GROUP_AS_OUTLET = re.compile(r"(?i)\b(?:each|every|per|of each|an|the) outlet\b(?! name)(?!'s own)(?!_)|"
                             r"\boutlet profile\b|\bwhen outlets\b|\boutlets?:|add back up to articles and outlets")
"""Phrases in which "outlet" stands for the compared group (dogfood 12bi-d: with ``-p group_by desk`` the pages
still said "how much does each outlet give to each theme", "6 · Outlet profile", "how each outlet frames")."""

ARTICLE_OUTLET = ("not the outlet's attribution", "whoever the outlet blames", "not to the outlet (column `voice`)",
                  "*outlet* (the outlet's own words)", "not the outlet's.", "in the outlet's own voice")
"""Sentences where "outlet" is the article's own outlet (its voice outside quotations), whatever the groups are."""


@pytest.mark.parametrize("name", ["01_topics", "02_outlets", "03_framing"])
def test_headings_and_intros_call_the_compared_groups_groups(name):
    for text in _markdown(name):
        for line in text.splitlines():
            if line.startswith("#"):
                assert not re.search(r"(?i)\boutlets?\b", line), f"{name}: heading {line!r}"
        rest = text
        for keep in ARTICLE_OUTLET:
            rest = rest.replace(keep, "")
        hit = GROUP_AS_OUTLET.search(rest)
        assert hit is None, f"{name}: {rest[max(0, hit.start() - 80):hit.end() + 40]!r}"


@pytest.mark.parametrize("name", ["01_topics", "02_outlets", "03_framing"])
def test_each_intro_says_groups_are_outlets_by_default(name):
    intro = _markdown(name)[0]
    assert "`group_by`" in intro and "outlets by default" in intro


def test_the_size_caveat_names_the_groups_not_outlets_when_grouped_otherwise():
    from helpers.notebook.narrative import corpus_caveat

    sizes = pd.Series({"science": 3, "politics": 2, "opinion": 1})
    text = corpus_caveat(6, sizes, "desk")
    assert "outlets' coverage" not in text and "the desk groups' coverage in general" in text
    big = corpus_caveat(400, sizes * 100, "desk")
    assert "outlets' coverage" not in big and "the desk groups' coverage" in big
    assert "not the outlets' coverage in general" in corpus_caveat(6, sizes, "outlet")  # the seeds' wording kept


def test_one_group_of_one_article_is_said_in_the_singular():
    from helpers.notebook.narrative import group_sentence

    one = group_sentence(pd.Series({"science": 3, "politics": 3, "opinion": 1}), "desk")
    assert "1 of the 3 groups rests on one article: for it a group difference" in one
    two = group_sentence(pd.Series({"science": 3, "politics": 1, "opinion": 1}), "desk")
    assert "2 of the 3 groups rest on one article: for them" in two


# --- 2. notebook 01's periods of publication are not called `period` -------------------------------------------


def test_the_periods_notebook_01_derives_have_their_own_column_name():
    from helpers.notebook.group_alias import OUTPUT_COLUMNS, group_column
    from helpers.topics.time import PERIOD_COLUMN

    assert PERIOD_COLUMN == "date_period"
    assert "period" not in OUTPUT_COLUMNS and PERIOD_COLUMN in OUTPUT_COLUMNS
    assert group_column("period") == "period"  # a user's own `period` keeps its name in every table
    code = _code("01_topics")
    assert '"period"' not in code and "'period'" not in code
    assert "PERIOD_COLUMN" in code


def test_a_corpus_with_its_own_period_column_keeps_it_apart_from_the_months(tmp_path, monkeypatch):
    """An invented corpus with a `period` column ('before deal', 'after deal') grouped by it: the tables of notebook
    01 called the user's groups `period_group` and the months `period`, two meanings of one word."""
    from helpers.report import runner as report

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    folder = corpus_folder(tmp_path, GLACIER_FILES, GLACIER_METADATA)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = report.main(["--corpus", str(folder), "--out", str(tmp_path / "out"), "--name", "p",
                            "--notebooks", "01", "-p", "group_by", "period", "-p", "n_topics", "2",
                            "-p", "seeds", "[1]", "-p", "n_boot", "100", "-p", "n_boot_effects", "20"])
    assert code == 0
    figs = tmp_path / "out" / "p" / "figures"
    by_group = pd.read_csv(figs / "topic_prevalence_by_group.csv", keep_default_na=False)
    assert set(by_group["period"]) == {"before deal", "after deal"}
    over = pd.read_csv(figs / "01_prevalence_over_time.csv", keep_default_na=False)
    assert "period" not in over.columns and set(over["date_period"]) <= {"2025-03", "2025-04", "2025-05", "2025-06"}
    by_both = pd.read_csv(figs / "01_topics_over_time_by_group.csv", keep_default_na=False)
    assert {"period", "date_period"} <= set(by_both.columns)
    assert set(by_both["period"]) <= {"before deal", "after deal"}
    # the figure's data names its groups as every other table does: the index's finding said "by group" for
    # notebook 01 and "by desk" for 02 and 03 (dogfood 12bi-d)
    figure_data = pd.read_csv(figs / "01_prevalence_by_group.csv", keep_default_na=False)
    assert figure_data.columns[0] == "period" and "group" not in figure_data.columns


# --- 3. a page date that disagrees with the metadata's is said ------------------------------------------------


def test_a_page_date_other_than_the_metadata_date_is_named_in_a_warning(tmp_path):
    from helpers.corpus.read import CorpusWarning, load_corpus

    folder = corpus_folder(tmp_path, GLACIER_FILES, GLACIER_METADATA)
    with pytest.warns(CorpusWarning, match=r"1 saved web page has a date in .*metadata\.csv.* other than the date "
                                           r"the page gives.*g5\.html \(metadata 2025-06-13, page 2025-06-20\).*"
                                           r"metadata date is used"):
        df = load_corpus(folder)
    assert df.set_index("doc_id").loc["g5", "date"] == "2025-06-13"


@pytest.mark.parametrize("given", ["2025-06-20", "2025-06", "\"June 20, 2025\"", "2025-06-21", ""])
def test_a_page_date_that_agrees_at_the_metadata_precision_is_not_reported(tmp_path, given):
    """The same day, the same month when the metadata gives a month, a day apart (a time zone), or no metadata date
    (the page's date is used then, and said in `date_basis`)."""
    from helpers.corpus.read import CorpusWarning, load_corpus

    meta = GLACIER_METADATA.replace("2025-06-13", given)
    folder = corpus_folder(tmp_path, GLACIER_FILES, meta)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_corpus(folder)
    said = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert not [s for s in said if "other than the date the page gives" in s], said


def test_the_date_disagreements_are_listed_with_both_dates():
    from helpers.corpus.html import date_disagreements

    df = pd.DataFrame({"file": ["a.html", "b.html", "c.html"], "date": ["2025-01-05", "2025-02", "2025-03-01"]})
    page = pd.DataFrame({"date": ["2025-01-09T08:00:00Z", "2025-02-27", "2025-04-01"]})
    got = date_disagreements(df, page)
    assert got[["file", "metadata_date", "page_date"]].values.tolist() == [["a.html", "2025-01-05", "2025-01-09"],
                                                                           ["c.html", "2025-03-01", "2025-04-01"]]


# --- 4. no intro speaks of the bundled study except as the default --------------------------------------------

BUNDLED = re.compile(r"\b(?:Pakistan|Taliban|TTP|Afghan)\b")


@pytest.mark.parametrize("name", ["01_topics", "02_outlets", "03_framing"])
def test_the_bundled_conflict_is_named_only_where_the_default_is_described(name):
    for text in _markdown(name):
        for para in text.split("\n\n"):
            if para.startswith("**Question.**") or para.startswith("#"):
                assert not BUNDLED.search(para), f"{name}: {para[:200]!r}"
            for sentence in re.split(r"(?<=[.?!])\s+", para):
                if BUNDLED.search(sentence):
                    assert re.search(r"\b(?:bundled|default)\b", sentence), f"{name}: {sentence!r}"


# --- 5. a user's run: files of a type the loader does not read -----------------------------------------------


def test_metadata_rows_naming_files_of_an_unread_type_say_so(tmp_path):
    """The invented corpus had two articles saved as .md: the error said the files named in metadata.csv were 'not in'
    the folder, where they were (dogfood 12bi-d)."""
    from helpers.corpus.read import CorpusError, load_corpus

    files = {k: v for k, v in GLACIER_FILES.items() if k != "g5.html"}
    files["g3.md"] = files.pop("g3.txt")
    meta = "\n".join(line for line in GLACIER_METADATA.replace("g3.txt", "g3.md").splitlines() if "g5" not in line)
    folder = corpus_folder(tmp_path, files, meta + "\n")
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    msg = str(err.value)
    assert "not in" not in msg
    assert "'g3.md'" in msg and "not read" in msg and ".txt" in msg and "rename" in msg


def test_unread_text_files_without_a_metadata_row_are_named(tmp_path):
    from helpers.corpus.read import CorpusWarning, load_corpus

    files = {k: v for k, v in GLACIER_FILES.items() if k != "g5.html"}
    files["notes/g6.md"] = files["g1.txt"].replace("Tuesday", "Monday")
    folder = corpus_folder(tmp_path, files, None)
    with pytest.warns(CorpusWarning, match=r"1 file .*not read.*'notes/g6\.md'.*rename"):
        df = load_corpus(folder)
    assert len(df) == 4


def test_notebook_01_says_one_paragraph_without_a_topic_in_the_singular():
    """The invented corpus's page read "1 of 23 paragraphs with terms have no topic" and "1 paragraphs are explained
    too little by any topic" (dogfood 12bi-d)."""
    code = _code("01_topics")
    for plural in ("s with terms have no topic", "{UNIT}s have no topic)", '{n_no_topic:,} {UNIT}s"',
                   "articles have no topic by the same rule"):
        assert plural not in code, plural
    assert "from helpers.core.wording import count, noun" in code


def test_groups_of_a_single_article_are_counted_in_words_that_agree():
    """Notebook 02 on the invented corpus: "1 of 3 desk groups consist of a single article." (dogfood 12bi-d)."""
    from helpers.notebook.narrative import single_article_groups

    assert single_article_groups(1, 3, "desk") == (
        "1 of 3 desk groups consists of a single article. For this group, a difference is also a difference between "
        "single articles, stories and dates.")
    assert single_article_groups(2, 3, "desk").startswith("2 of 3 desk groups consist of a single article. For these "
                                                          "groups, a difference")
    assert single_article_groups(5, 5, "outlet") == "5 of 5 outlet groups consist of a single article."  # the seeds
    assert single_article_groups(0, 3, "desk") == "0 of 3 desk groups consist of a single article."
    assert "single_article_groups(n_single, n_groups, G, dates=dates)" in _code("02_outlets")
    assert "groups are single articles; article-level" not in _code("02_outlets")  # its closing section


def test_notebook_03_counts_single_article_groups_in_agreeing_words():
    """Notebook 03 on the invented corpus: "1 of 3 desk groups consists of a single article, so their shares have no
    interval", "1 of 3 groups are single articles; for them ...", and "conventions in its `coder_notes`), The tagger"
    (dogfood 12bi-d)."""
    code = _code("03_framing")
    assert "of a single article, so their shares have no interval" not in code
    assert "groups are single articles; for them" not in code
    assert "), The tagger" not in "\n".join(_markdown("03_framing"))


@pytest.mark.parametrize("name", ["README.md", "readme.txt.md", "LICENSE.md", "CHANGELOG.rst", "NOTES.md"])
def test_a_folders_own_documentation_is_not_called_an_unread_article(tmp_path, name):
    """The first version of the warning named `README.md` of `tests/data/local_election`: a corpus folder's notes
    on itself are no article."""
    from helpers.corpus.read import CorpusWarning, load_corpus

    files = {k: v for k, v in GLACIER_FILES.items() if k != "g5.html"}
    files[name] = "# About this folder\n\nInvented articles for a test."
    folder = corpus_folder(tmp_path, files, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_corpus(folder)
    assert not [w for w in caught if issubclass(w.category, CorpusWarning) and "not read" in str(w.message)]


def test_every_group_of_one_article_is_said_by_the_helper_in_the_groups_words():
    """Notebook 02 printed "Every group is one article ... a difference of outlet, article, ..." from its own cell:
    "outlet" whatever ``group_by`` was, and also for 0 of 0 groups (review 12bi-v's note; re-read of the session)."""
    from helpers.notebook.narrative import single_article_groups

    every = single_article_groups(3, 3, "desk", dates="A: 2025-03-01; B: 2025-04-02; C: 2025-05-03")
    assert every.startswith("3 of 3 desk groups consist of a single article.\nEvery group is one article.")
    assert "a difference of desk, article, story and publication date (A: 2025-03-01;" in every
    assert "outlet" not in every
    assert "Every group" not in single_article_groups(0, 0, "desk", dates="")
    assert "Every group" not in single_article_groups(3, 3, "desk")  # no dates given: the first sentence only
    assert "single_article_groups(n_single, n_groups, G, dates=" in _code("02_outlets")
    assert "Every group is one article" not in _code("02_outlets")
