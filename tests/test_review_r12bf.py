"""Review r12bf: articles without a group, dates and tables under both engines, on invented corpora."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.engine import close_client
from helpers.notebook.prepare import prepare_corpus
from helpers.notebook.setup import load_from_params

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

_TEXT = ("The council of {town} met on Monday to talk about roads, bridges and the budget for the coming year. "
         "Members argued for an hour about the cost of a new bridge over the river.\n\n"
         "A second paragraph says that the vote was put off until the next meeting in {town}.\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Four invented articles; metadata.csv covers two of them, with ambiguous numeric dates."""
    root = tmp_path_factory.mktemp("r12bf") / "corpus"
    root.mkdir()
    for i, town in enumerate(["Dunmore", "Kelbridge", "Ashford", "Marlow"], start=1):
        (root / f"a{i}.txt").write_text(_TEXT.format(town=town), encoding="utf-8")
    (root / "metadata.csv").write_text("file,outlet,date\na1.txt,Alpha,03/04/2021\na2.txt,Beta,05/06/2021\n",
                                       encoding="utf-8")
    return root


@pytest.fixture
def params(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWS_DASK_PROCESSES", "0")
    monkeypatch.setenv("NEWS_DASK_WORKERS", "1")
    base = {"corpus": str(folder), "metadata": None, "columns": None, "on_bad": "error", "group_by": "outlet",
            "top_n": 15, "seed": 0, "scheduler": "", "max_articles": 2000, "day_first": True}
    yield {e: {**base, "engine": e} for e in ("pandas", "dask")}
    close_client()


def test_dask_metadata_table_keeps_dates_and_unlisted_files(params):
    """The dask engine's metadata table names the same date file and the same files without a row as pandas."""
    pd_corpus, dk_corpus = load_from_params(params["pandas"]), load_from_params(params["dask"])
    assert dk_corpus.attrs["dates"] == pd_corpus.attrs["dates"]
    assert "metadata.csv" in dk_corpus.attrs["dates"]["where"]
    assert dk_corpus.attrs.get("unlisted") == pd_corpus.attrs["unlisted"]
    assert prepare_corpus(params["dask"]).notes == prepare_corpus(params["pandas"]).notes
    again = load_from_params(params["dask"])  # from the cache
    assert again.attrs["dates"] == pd_corpus.attrs["dates"] and again.attrs.get("unlisted") == pd_corpus.attrs["unlisted"]


def test_group_summary_pools_the_same_groups_as_the_notebooks():
    """Notebook 00's group table keeps by name the groups 01-04 compare: "(unknown)" takes no place of top_n."""
    from helpers.corpus.groups import group_labels
    from helpers.notebook.overview import group_summary

    outlets = ["Alpha"] * 5 + ["Beta"] * 4 + ["Gamma"] * 3 + [""] * 8  # most articles have no outlet
    corpus = pd.DataFrame({"outlet": outlets, "n_words": [100] * len(outlets)})
    table = group_summary(corpus, "outlet", top_n=2)
    _, order = group_labels(corpus["outlet"], 2, weights=corpus["n_words"])
    assert table["group"].tolist() == order == ["Alpha", "Beta", "(other)", "(unknown)"]
    assert table.set_index("group").loc["(other)", "groups_pooled"] == 1


def _doc_topics():
    """Invented article topic shares: the articles without an outlet are the largest set and lean to T1."""
    rows = ([("(unknown)", 0.95)] * 6 + [("Alpha", 0.5)] * 3 + [("Beta", 0.45)] * 3 + [("(other)", 0.05)] * 2)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(rows))], "group": [g for g, _ in rows],
                         "n_units": 3, "T1": [s for _, s in rows], "T2": [1 - s for _, s in rows]})


def test_topic_prevalence_lists_the_pool_and_the_unknown_last():
    """Notebook 01's heatmap and table list the groups first, then "(other)", then "(unknown)", as 00 does."""
    from helpers import topics as T

    prev = T.prevalence_by_group(_doc_topics(), "group", n_boot=50, seed=0, by_size=True)
    assert prev["group"].drop_duplicates().tolist() == ["Alpha", "Beta", "(other)", "(unknown)"]


def test_topic_contrasts_never_name_articles_without_a_group():
    """Notebook 01's key findings compare groups only: neither "(unknown)" nor "(other)" is high or low."""
    from helpers import topics as T

    prev = T.prevalence_by_group(_doc_topics(), "group", n_boot=50, seed=0, by_size=True)
    con = T.group_contrasts(prev, "group")
    assert len(con) == 2
    assert set(con["high"]) | set(con["low"]) <= {"Alpha", "Beta"}


_NOT_GROUPS_LAST = ["Alpha", "Beta", "(other)", "(unknown)"]


def test_tone_tables_list_the_pool_and_the_unknown_last():
    """Notebook 02's tone and naming tables list "(other)", then "(unknown)", after the groups."""
    from helpers.measures import tone as TN

    groups = ["(unknown)", "(other)", "Beta", "Alpha"] * 2
    scored = pd.DataFrame({"group": groups, "actor": "council", "doc_id": [f"d{i}" for i in range(8)],
                           "tone": [0.1, -0.2, 0.3, 0.0, 0.2, -0.1, 0.4, 0.1]})
    assert TN.actor_tone(scored, "group", n_boot=20)["group"].tolist() == _NOT_GROUPS_LAST
    mentions = scored.assign(mention="the council")
    assert TN.name_variants(mentions, "group")["group"].tolist() == _NOT_GROUPS_LAST


def test_frame_shares_list_the_pool_and_the_unknown_last():
    """Notebook 03's frame_shares table lists "(other)", then "(unknown)", after the groups."""
    from helpers import framing as F

    books = F.load_codebooks()
    units = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": "X", "paragraph_id": 0,
                          "text": ["Talks resumed.", "More talks.", "Nothing here.", "Talks again."]})
    art = F.article_frame_shares(units, F.tag_frames(units, F.find_cues(units, books), books), books)
    groups = pd.Series({"a": "(unknown)", "b": "(other)", "c": "Beta", "d": "Alpha"})
    shares = F.group_frame_shares(art, groups, books, n_boot=20, group_col="group")
    assert shares["group"].drop_duplicates().tolist() == _NOT_GROUPS_LAST


@pytest.mark.parametrize(
    "sents, name, role",
    [
        # a courtesy title makes a person, never a document, when the article states no role for the name
        (["\u201cThe plan is bad,\u201d said Dr. Ann Law."], "Dr. Ann Law", ("unknown", "")),
        (["\u201cThe plan is bad,\u201d Mr. Story said on Monday."], "Mr. Story", ("unknown", "")),
        (["Ms. Tova Report said the plan was bad."], "Ms. Tova Report", ("unknown", "")),
        # with a role stated elsewhere, that role (as before)
        (["Ann Law, a nurse at Dunmore Hospital, spoke.", "\u201cIt is bad,\u201d said Dr. Ann Law."], "Dr. Ann Law",
         ("ordinary_person", "article")),
        # negatives: documents and bodies without a courtesy title keep the document role
        (["The Mueller report said the campaign did not conspire."], "The Mueller report", ("document", "phrase")),
        (["The Dunmore Study said it."], "The Dunmore Study", ("document", "phrase")),
        (["The Law Society said the rules were unfair."], "The Law Society", ("activist_advocacy", "phrase")),
    ],
)
def test_courtesy_title_name_is_never_a_document(article_role, sents, name, role):
    assert article_role(sents, name) == role


def test_table_metadata_for_some_rows_keeps_the_table_values_of_the_others(tmp_path):
    """A metadata file that covers two rows of a CSV corpus sets theirs; the other rows keep the table's outlet and
    date (they were emptied, so became "(unknown)")."""
    from helpers.corpus.read import load_corpus

    body = _TEXT.format(town="Dunmore").replace("\n", " ").replace('"', "'")
    rows = "".join(f'd{i},Table {i},2021-04-0{i},"{body} Item {i}."\n' for i in range(1, 5))
    (tmp_path / "news.csv").write_text("id,outlet,date,text\n" + rows, encoding="utf-8")
    (tmp_path / "meta.csv").write_text("doc_id,outlet,date\nd1,Meta One,2021-05-01\nd2,,\n", encoding="utf-8")
    df = load_corpus(tmp_path / "news.csv", metadata=tmp_path / "meta.csv", doc_id_col="id").set_index("doc_id")
    assert df["outlet"].to_dict() == {"d1": "Meta One", "d2": "", "d3": "Table 3", "d4": "Table 4"}
    assert df["date"].to_dict() == {"d1": "2021-05-01", "d2": "", "d3": "2021-04-03", "d4": "2021-04-04"}
    assert df.attrs["unlisted"]["doc_ids"] == ["d3", "d4"]


def test_table_rows_without_a_metadata_row_are_named_at_loading(tmp_path):
    """A CSV corpus with a metadata file for some of its rows says, when it loads, which rows have none and that they
    keep the table's own values (as a folder's files without a row are named); a file that covers every row says
    nothing."""
    import warnings

    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusWarning

    body = _TEXT.format(town="Dunmore").replace("\n", " ").replace('"', "'")
    rows = "".join(f'd{i},Table {i},"{body} Item {i}."\n' for i in range(1, 4))
    (tmp_path / "news.csv").write_text("id,outlet,text\n" + rows, encoding="utf-8")
    (tmp_path / "meta.csv").write_text("doc_id,outlet\nd1,Meta One\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        load_corpus(tmp_path / "news.csv", metadata=tmp_path / "meta.csv", doc_id_col="id")
    said = [str(w.message) for w in got if issubclass(w.category, CorpusWarning) and "no row in" in str(w.message)]
    assert len(said) == 1 and "2 rows" in said[0] and "meta.csv" in said[0] and "['d2', 'd3']" in said[0]
    assert "table's own" in said[0]
    (tmp_path / "meta.csv").write_text("doc_id,outlet\nd1,A\nd2,B\nd3,C\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        load_corpus(tmp_path / "news.csv", metadata=tmp_path / "meta.csv", doc_id_col="id")
    assert not [w for w in got if "no row in" in str(w.message)]


def test_date_warning_names_the_metadata_file_that_holds_the_dates(tmp_path):
    """A CSV corpus whose separate metadata file gives the (ambiguous) dates: the warning names that file."""
    from helpers.corpus.dates import DateOrderWarning, parse_dates
    from helpers.corpus.read import load_corpus

    body = _TEXT.format(town="Dunmore").replace("\n", " ")
    rows = "".join(f'd{i},Table {i},2021-04-0{i},"{body} Item {i}."\n' for i in range(1, 4))
    (tmp_path / "news.csv").write_text("id,outlet,date,text\n" + rows, encoding="utf-8")
    (tmp_path / "meta.csv").write_text("doc_id,outlet,date\nd1,M,03/04/2021\nd2,M,05/06/2021\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "news.csv", metadata=tmp_path / "meta.csv", doc_id_col="id")
    with pytest.warns(DateOrderWarning, match=r"meta\.csv, column 'date'"):
        parse_dates(corpus["date"])
    (tmp_path / "plain.csv").write_text("doc_id,outlet\nd1,M\n", encoding="utf-8")  # no date: the table's
    corpus = load_corpus(tmp_path / "news.csv", metadata=tmp_path / "plain.csv", doc_id_col="id")
    assert corpus.attrs["dates"]["where"] == f"{tmp_path / 'news.csv'}, column 'date'"
