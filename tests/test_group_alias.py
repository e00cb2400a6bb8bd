"""A group_by that names one of the notebooks' own columns (helpers.notebook.group_alias).

Found by the lead after dogfood 12bh-d made save_table refuse repeated column names: ``-p group_by kind`` stopped
notebook 02 (attributions.csv has the attribution's ``kind``); before, the CSV silently held two ``kind`` columns.
"""
import csv
from pathlib import Path

import pandas as pd
import pytest

from helpers.notebook.group_alias import OUTPUT_COLUMNS, add_group_alias, alias_group_by, group_column, source_column
from helpers.notebook.output import name_group_columns, save_table
from helpers.notebook.params import check_params
from helpers.notebook.setup import corpus_params, load_from_params
from tests._corpus_folders import BRIDGE_BODY, corpus_folder, notebook_namespace

FIGURES = Path(__file__).resolve().parents[1] / "figures"
BODY = BRIDGE_BODY
_ns = notebook_namespace


def test_a_group_by_named_like_an_output_column_gets_its_own_name(capsys):
    assert group_column("bias_text") == "bias_text" and group_column("outlet") == "outlet"
    P = alias_group_by({"group_by": "kind", "corpus": "x"})
    assert P["group_by"] == "kind_group" and source_column(P) == "kind"
    assert "'kind_group'" in capsys.readouterr().out
    assert alias_group_by(P) is P  # once only
    same = {"group_by": "author"}
    assert alias_group_by(same) is same and source_column(same) == "author"


def test_the_list_of_output_columns_covers_every_table_the_seeds_write():
    """Every column of the committed tables (but the display-group columns, named after group_by = outlet) is in
    OUTPUT_COLUMNS, so that a new table column cannot collide with a group_by unnoticed."""
    groups = {"outlet", "outlet_a", "outlet_b"}
    missing = set()
    for path in sorted(FIGURES.glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            header = next(csv.reader(f), [])
        missing |= {c for c in header if c.replace("_", "").isalnum() and c not in groups and c not in OUTPUT_COLUMNS}
    assert not missing, f"add these columns to helpers.notebook.group_alias.OUTPUT_COLUMNS: {sorted(missing)}"


def test_the_corpus_keeps_the_column_as_given_and_gains_the_group_column(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    files = {f"a{i}.txt": BODY.replace("Monday", f"day {i}") for i in range(4)}
    meta = "file,outlet,kind\n" + "".join(f"a{i}.txt,Ledger,{'news' if i % 2 else 'opinion'}\n" for i in range(4))
    folder = corpus_folder(tmp_path, files, meta)
    P = alias_group_by(check_params(_ns(folder, "kind"), corpus_params()))
    corpus = load_from_params(P)
    assert corpus["kind_group"].tolist() == corpus["kind"].tolist()
    again = load_from_params(P)  # from the cache: the same, and the cached table is the corpus as read
    assert again["kind_group"].tolist() == corpus["kind"].tolist()
    att = pd.DataFrame({"doc_id": ["a0"], "group": ["news"], "kind": ["direct"]})
    out = save_table(name_group_columns(att, P["group_by"]), "attributions", tmp_path / "out")
    assert pd.read_csv(out).columns.tolist() == ["doc_id", "kind_group", "kind"]


def test_a_missing_group_by_column_is_named_as_the_user_gave_it(tmp_path, monkeypatch):
    from helpers.notebook.params import ParameterError

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    folder = corpus_folder(tmp_path, {"a.txt": BODY}, "file,outlet\na.txt,Ledger\n")
    P = alias_group_by(check_params(_ns(folder, "topic"), corpus_params()))
    with pytest.raises(ParameterError, match="'topic', which is not a column"):
        load_from_params(P)


def test_no_alias_leaves_the_table_as_it_is():
    df = pd.DataFrame({"outlet": ["A"]})
    assert add_group_alias(df, {"group_by": "outlet"}) is df
