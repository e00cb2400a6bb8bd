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
