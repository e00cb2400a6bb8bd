"""A corpus's own metadata columns survive the dask engine's metadata step (round 12bp-m).

With ``engine="dask"`` the workers add columns computed from the text to the metadata table. They were written
under ``removed_rules``, ``n_paragraphs``, ``removed_words`` and ``raw_sha256_16``, so a corpus with its own column
of one of these names lost it silently with ``dask`` while the pandas engine kept it (found by reading the code).
The computed columns are private now (``_removed_rules`` ...), both engines keep the user's columns, and a corpus
column that takes one of the private names stops the dask engine with a message that names it. Invented text only.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.engine import close_client
from helpers.core.wording import CLI_ENV
from helpers.corpus import dask_corpus
from helpers.corpus.dask_meta import DERIVED_PREFIX
from helpers.corpus.read import CorpusError, corpus_columns
from helpers.notebook import overview
from helpers.notebook.narrative import FINGERPRINT_COLUMN, matching_documents, text_fingerprint
from helpers.notebook.setup import LANGUAGE_COLUMN, corpus_language, derived_columns, load_from_params

USER = ["removed_rules", "n_paragraphs", "removed_words", "raw_sha256_16"]
"""Columns of the invented corpus named like the metadata step's columns."""

_BODY = ("The council met on Tuesday to discuss the new {w} over the river and what it would cost the town.\n\n"
         "Its members agreed to vote on the final plan in March, after a public hearing in the town hall.\n\n"
         "Subscribe to our newsletter for more local news.")
_WORDS = ["bridge", "harbour", "library", "school", "clinic", "market"]


def _folder(root, extra_columns: dict[str, list]) -> str:
    root.mkdir()
    for i, w in enumerate(_WORDS):
        (root / f"a{i}.txt").write_text(_BODY.format(w=w), encoding="utf-8")
    meta = pd.DataFrame({"file": [f"a{i}.txt" for i in range(len(_WORDS))],
                         "outlet": ["Coast Wire", "Pier Post"] * 3, **extra_columns})
    meta.to_csv(root / "metadata.csv", index=False)
    return str(root)


@pytest.fixture(scope="module")
def params(tmp_path_factory):
    root = tmp_path_factory.mktemp("usercols")
    corpus = _folder(root / "corpus", {
        "removed_rules": ["editor-cut", "none", "editor-cut", "none", "wire", "wire"],
        "n_paragraphs": [12, 7, 9, 4, 3, 8], "removed_words": [300, 0, 120, 5, 1, 2],
        "raw_sha256_16": [f"user-{i}" for i in range(6)]})
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWS_CACHE_DIR", str(root / "cache"))
    mp.setenv("NEWS_DASK_PROCESSES", "0")
    mp.setenv("NEWS_DASK_WORKERS", "1")
    mp.setattr(dask_corpus, "BLOCK_BYTES", 600)  # several partitions
    base = {"corpus": corpus, "metadata": None, "columns": None, "on_bad": "error", "group_by": "outlet",
            "top_n": 15, "seed": 0, "scheduler": ""}
    yield {"pandas": {**base, "engine": "pandas"}, "dask": {**base, "engine": "dask"}, "root": root}
    mp.undo()
    close_client()


def test_both_engines_keep_the_users_columns_as_given(params):
    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    assert meta.attrs.get("metadata_only")
    for col in USER:
        assert meta[col].tolist() == ref[col].tolist(), col  # was the values computed from the text with dask
    assert ref["removed_rules"].tolist()[:2] == ["editor-cut", "none"]


def test_both_engines_name_the_same_metadata_columns(params):
    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    assert list(corpus_columns(meta)) == list(corpus_columns(ref))
    assert set(USER) <= set(corpus_columns(meta))
    assert {f"{DERIVED_PREFIX}{c}" for c in USER} <= set(meta.attrs["derived"])


def test_the_overview_reads_the_computed_columns_not_the_users(params):
    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    pd.testing.assert_frame_equal(overview.article_table(meta), overview.article_table(ref))
    pd.testing.assert_frame_equal(overview.removal_by_rule(meta), overview.removal_by_rule(ref))
    pd.testing.assert_frame_equal(overview.removal_audit(meta), overview.removal_audit(ref))
    computed = overview.removal_columns(ref)["n_paragraphs"].tolist()
    assert overview.article_table(meta)["n_paragraphs"].tolist() == computed != ref["n_paragraphs"].tolist()
    assert corpus_language(meta).counts == corpus_language(ref).counts


def test_a_users_column_can_be_the_group_with_either_engine(params):
    ref = load_from_params({**params["pandas"], "group_by": "removed_rules"})
    meta = load_from_params({**params["dask"], "group_by": "removed_rules"})
    assert sorted(set(meta["removed_rules"])) == sorted(set(ref["removed_rules"])) == ["editor-cut", "none", "wire"]


def test_fetched_rows_keep_the_group_alias_as_the_pandas_table_has_it(params):
    """A group column named like one the notebooks write gets an alias (``removed_rules_group``) on the metadata
    table; the rows fetched from the store dropped it, and notebook 01 failed with ``dask`` only (found running the
    report on the corpus above with ``-p group_by removed_rules``)."""
    from helpers.corpus.dask_meta import fetch_rows
    from helpers.corpus.dask_units import cluster_client
    from helpers.notebook.group_alias import alias_group_by

    P = alias_group_by({**params["dask"], "group_by": "removed_rules"})
    alias = P["group_by"]
    assert alias == "removed_rules_group"
    meta = load_from_params(P)
    ref = load_from_params({**P, "engine": "pandas"})
    rows = fetch_rows(meta, meta["doc_id"].head(3), cluster_client(meta.attrs))
    assert rows[alias].tolist() == ref[alias].head(3).tolist() == ref["removed_rules"].head(3).tolist()
    assert list(rows.columns) == [c for c in ref.columns if c in rows.columns]


def test_validation_fingerprints_come_from_the_text_not_the_users_column(params):
    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    true = pd.DataFrame({"doc_id": ref["doc_id"], "sha256_16": ref["raw"].map(text_fingerprint)})
    users = pd.DataFrame({"doc_id": ref["doc_id"], "sha256_16": ref["raw_sha256_16"]})
    assert matching_documents(meta, true) == matching_documents(ref, true) == set(ref["doc_id"])
    assert matching_documents(meta, users) == matching_documents(ref, users) == set()
    assert FINGERPRINT_COLUMN.startswith(DERIVED_PREFIX) and FINGERPRINT_COLUMN in meta.columns


def test_every_computed_column_has_a_private_name(seed_corpus):
    extra = derived_columns(seed_corpus.head(2))
    assert all(c.startswith(DERIVED_PREFIX) for c in extra.columns)
    assert LANGUAGE_COLUMN in extra.columns and FINGERPRINT_COLUMN in extra.columns
    assert not set(extra.columns) & set(seed_corpus.columns)


@pytest.mark.parametrize("column", ["_removed_rules", "_language", "_part"])
def test_a_corpus_column_with_a_private_name_is_refused_by_name(params, column, tmp_path, monkeypatch):
    corpus = _folder(tmp_path / "c", {column: ["x"] * 6})
    P = {**params["dask"], "corpus": corpus}
    with pytest.raises(CorpusError) as err:
        load_from_params(P)  # a notebook
    assert repr(column) in str(err.value) and "rename" in str(err.value)
    assert 'set the parameter engine = "pandas"' in str(err.value)
    monkeypatch.setenv(CLI_ENV, "1")  # the report runner
    with pytest.raises(CorpusError, match="run with -p engine pandas"):
        load_from_params(P)
    monkeypatch.delenv(CLI_ENV)
    assert isinstance(load_from_params({**P, "engine": "pandas"})[column].iloc[0], str)  # pandas keeps it
