"""The memory-bounded side of ``engine="dask"``: a metadata table for the whole corpus, text only for a sample.

:func:`helpers.corpus.dask_corpus.load_corpus_dask` writes the corpus as a
partitioned Parquet store (``final/part-NNNNN.parquet``). Holding the whole
table in the notebook's process costs about 5 GB per 100,000 articles, almost
all of it text (``raw``, ``text``, the cleaning audit ``removed`` and the
``spans``). This module keeps that text in the store:

- :func:`read_meta` reads every part on a worker and returns only the
  metadata (every column but :data:`HEAVY_COLUMNS`), plus the columns a
  ``derive`` function computes from the text on the worker, plus ``_part``
  (which part holds the row). Duplicate bodies, outlet names and row order
  are settled on the client exactly as :func:`helpers.corpus.dask_corpus.read_store`
  settles them, so the rows and their metadata equal ``load_corpus``'s.
- :func:`fetch_rows` returns the full rows (text included) of chosen articles,
  reading only the parts that hold them.
- :func:`map_store` runs a function on every part (or on the rows of chosen
  articles in every part) on the cluster and returns the per-part results;
- :func:`iter_store` does the same and hands over each part's result as it
  completes, with at most a few parts in flight (the caller keeps what it
  needs of each, so the results are never all held at once).

The functions given to :func:`read_meta` and :func:`map_store` must be
module-level (they are sent to the workers); they receive a part as
``load_corpus`` columns (nested values decoded).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pandas as pd

from ..core.wording import count, noun
from . import read as C
from .dask_corpus import STORE_DONE, _store_attrs, read_part

__all__ = ["HEAVY_COLUMNS", "META_FLAG", "DERIVED_PREFIX", "PART_COLUMN", "is_meta", "store_parts", "read_meta", "fetch_rows", "map_store",
           "iter_store"]

HEAVY_COLUMNS = ("raw", "text", "removed", "spans")
"""Columns left in the store (and columns whose name ends in ``spans``)."""
META_FLAG = "metadata_only"
"""``attrs`` key set on a table from :func:`read_meta`."""
DERIVED_PREFIX = "_"
"""How the names of the columns a ``derive`` function adds begin (``_removed_rules``, ``_language`` ...), so that
they never take the name of a corpus's own column (round 12bp-m: ``removed_rules`` and three more overwrote a
corpus's columns of those names with ``engine="dask"``); :func:`read_meta` refuses a corpus column that has one of
their names, or :data:`PART_COLUMN`'s."""
PART_COLUMN = "_part"
"""Column of the metadata table that says which part of the store holds each row."""


def is_meta(corpus: pd.DataFrame) -> bool:
    """Whether ``corpus`` is a metadata table of :func:`read_meta` (its text is in the store).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table.

    Returns
    -------
    bool
        True for a metadata table whose heavy columns stay in the store.
    """
    return bool(corpus.attrs.get(META_FLAG))


def _heavy(columns) -> list[str]:
    return [c for c in columns if c in HEAVY_COLUMNS or str(c).endswith("spans")]


def store_parts(store: str | Path) -> list[Path]:
    """The final parts of a finished store, in corpus order.

    Parameters
    ----------
    store : str or Path
        The store folder.

    Returns
    -------
    list of Path
        The Parquet files of the finished parts, sorted in corpus order.

    Raises
    ------
    FileNotFoundError
        When ``store`` holds no finished load (load the corpus with ``engine="dask"`` first).
    """
    store = Path(store)
    if not (store / STORE_DONE).is_file():
        raise FileNotFoundError(f"{store} holds no finished corpus store; load the corpus with engine 'dask' "
                                "(helpers.corpus.dask_corpus.load_corpus_dask) to make it.")
    return sorted((store / "final").glob("part-*.parquet"))


def _meta_task(i: int, path: str, derive: Callable | None) -> pd.DataFrame:
    df = read_part(Path(path))
    extra = derive(df) if derive is not None and len(df) else None  # an empty part may lack the text columns
    out = df.drop(columns=_heavy(df.columns))
    if "raw" in df.columns:  # for the development-data overlap, read where the texts are (review s79-H)
        from .devsets import raw_fingerprint

        out[_PRINT] = [raw_fingerprint(r) for r in df["raw"].fillna("").astype(str)]
    if extra is not None:
        for c in extra.columns:
            out[c] = extra[c].to_numpy()
    out["_part"] = i
    out.attrs = {"derived": [] if extra is None else list(extra.columns)}
    return out


def read_meta(store: str | Path, client, derive: Callable[[pd.DataFrame], pd.DataFrame] | None = None
              ) -> pd.DataFrame:
    """The metadata of every article of a store, as ``load_corpus`` gives it, without the text.

    Parameters
    ----------
    store : str or Path
        A finished store (``attrs["dask_store"]`` of a corpus loaded with ``engine="dask"``).
    client : distributed.Client
        The cluster's client.
    derive : callable, optional
        DataFrame of one part (all columns) -> DataFrame of new columns for
        its rows (same length), computed on the worker (e.g. word counts).

    Returns
    -------
    DataFrame
        The rows of ``load_corpus`` in its order, every column but
        :data:`HEAVY_COLUMNS`, the ``derive`` columns and ``_part``;
        ``attrs`` as ``load_corpus`` plus ``dask_store``, ``columns_order``
        (the full table's columns) and :data:`META_FLAG`.

    Raises
    ------
    FileNotFoundError
        When ``store`` holds no finished load.
    helpers.corpus.read.CorpusError
        When a column of the corpus has the name of a ``derive`` column or :data:`PART_COLUMN` (the message names it
        and says to rename it or to use the pandas engine).
    """
    import pyarrow.parquet as pq

    parts = store_parts(store)
    done = json.loads((Path(store) / STORE_DONE).read_text(encoding="utf-8"))
    order = [c for c in pq.read_schema(parts[0]).names if c != "_body_key"] if parts else []
    n = len(parts)
    frames = client.gather(client.map(_meta_task, range(n), [str(p) for p in parts], [derive] * n, pure=False))
    _refuse_taken_names(order, [PART_COLUMN, *_derived_names(derive, frames)], done.get("source", "the corpus"))
    frames = [f for f in frames if len(f)]
    df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    keys = df.pop("_body_key").tolist()
    prints = df.pop(_PRINT).tolist() if _PRINT in df.columns else []
    df["duplicate_of"] = C._duplicate_of(df, keys, done["source"])
    C.warn_shared_addresses(df, done["source"])  # as load_corpus (dogfood 12br-d)
    _warn_dev_overlap(prints, done["source"])  # as load_corpus (review s79-H: the dask engine had dropped it)
    df = C.normalize_outlets(df, "outlet_aliases")
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)
    _store_attrs(df, done)  # as read_store and load_corpus (review r12bf)
    derived = [c for f in frames[:1] for c in f.columns if c not in order and c != "_part"]
    derived = [c for c in derived if c in _derived_names(derive, frames)]
    full = [*order, *[c for c in df.columns if c not in order and c not in derived and c != "_part"]]
    df.attrs.update({"dask_store": str(store), "columns_order": full, "derived": derived, META_FLAG: True})
    return df


_PRINT = "_raw_print"
"""Column of each article's :func:`helpers.corpus.devsets.raw_fingerprint`, computed by a worker and dropped after."""


def _warn_dev_overlap(prints: list[str], source: str) -> None:
    """:func:`helpers.corpus.read.warn_dev_overlap` from the fingerprints the workers computed."""
    import warnings

    from .devsets import overlap_message, overlap_of_prints

    message = overlap_message(overlap_of_prints(prints), len(prints), source) if prints else ""
    if message:
        warnings.warn(message, C.CorpusWarning, stacklevel=3)


def _derived_names(derive, frames) -> set:
    if derive is None or not frames:
        return set()
    return set(frames[0].attrs.get("derived", []))


def _refuse_taken_names(corpus_columns: list[str], ours: list[str], source: str) -> None:
    """Stop when a column of the corpus has the name of a column this step adds (it would be overwritten)."""
    from .sources import CorpusError, how_engine

    taken = sorted(set(corpus_columns) & set(ours))
    if taken:
        names = ", ".join(repr(c) for c in taken)
        raise CorpusError(
            f"{source}: the corpus has {noun(len(taken), 'a column', 'columns')} {names}, "
            f"{'a name' if len(taken) == 1 else 'names'} the dask engine keeps for the columns it computes from "
            "the text (their names begin with '_'): rename "
            f"{'it' if len(taken) == 1 else 'them'} in the corpus's metadata (metadata.csv or the table), e.g. "
            f"{taken[0].lstrip('_') or 'x'}_own, or {how_engine('pandas')}, which keeps every column as given.")


def _rows_task(path: str, ids: list[str] | None, fn: Callable | None, args: tuple, columns: list[str] | None = None):
    if columns is not None:
        columns = list(dict.fromkeys(["doc_id", *columns]))
    df = read_part(Path(path), columns=columns, doc_ids=ids).reset_index(drop=True)
    return df if fn is None else fn(df, *args)


def _by_part(meta: pd.DataFrame, doc_ids) -> dict[int, list[str]]:
    if "_part" not in meta.columns:
        raise ValueError("this table has no '_part' column: give the table read_meta returned.")
    wanted = meta[meta["doc_id"].isin(set(map(str, doc_ids)))]
    return {int(p): d["doc_id"].astype(str).tolist() for p, d in wanted.groupby("_part", sort=True)}


def _jobs(meta: pd.DataFrame, doc_ids) -> list[tuple[str, list[str] | None]]:
    parts = store_parts(meta.attrs["dask_store"])
    if doc_ids is None:
        return [(str(p), None) for p in parts]
    return [(str(parts[i]), ids) for i, ids in _by_part(meta, doc_ids).items()]


def map_store(meta: pd.DataFrame, fn: Callable, client, doc_ids=None, args: tuple = (),
              columns: list[str] | None = None) -> list:
    """``fn(part, *args)`` for every part of the store of ``meta``, each a task on the cluster.

    Parameters
    ----------
    meta : DataFrame
        From :func:`read_meta` (names the store and which part holds each article).
    fn : callable
        Module-level function of a part (all columns, rows in store order) and ``args``.
    client : distributed.Client
    doc_ids : iterable of str, optional
        Only these articles: a part is then cut to them (and skipped when it holds none).
    args : tuple
        More arguments of ``fn``; a large one (a dict over every article) is
        best given as a future of ``client.scatter`` so that it is sent once.
    columns : list of str, optional
        Only these columns of a part (``doc_id`` always), e.g. ``["text"]``:
        the others (the raw text, the cleaning audit) are not read or decoded.

    Returns
    -------
    list
        One result per part read, in part order. Metadata settled on the
        client (``duplicate_of``, merged ``outlet`` names) is not in the part:
        take it from ``meta`` by ``doc_id``.
    """
    jobs = _jobs(meta, doc_ids)
    if not jobs:
        return []
    n = len(jobs)
    futures = client.map(_rows_task, [j[0] for j in jobs], [j[1] for j in jobs], [fn] * n, [args] * n, [columns] * n,
                         pure=False)
    return client.gather(futures)


def iter_store(meta: pd.DataFrame, fn: Callable, client, doc_ids=None, args: tuple = (),
               in_flight: int | None = None, columns: list[str] | None = None):
    """``fn(part, *args)`` for every part, yielded as each finishes: at most ``in_flight`` parts at a time.

    Unlike :func:`map_store` the results are not all held at once (the
    caller keeps what it needs of each); their order is the order in which
    the tasks finish, not part order.

    Parameters
    ----------
    meta, fn, client, doc_ids, args, columns
        As in :func:`map_store`.
    in_flight : int, optional
        Parts read at once (default: twice the cluster's threads).

    Yields
    ------
    object
        One result per part read.

    Raises
    ------
    ValueError
        As :func:`map_store`, or for ``in_flight`` < 1.
    """
    from distributed import as_completed

    jobs = iter(_jobs(meta, doc_ids))
    in_flight = _in_flight(client, in_flight)
    done = as_completed()
    for job in _take(jobs, in_flight):
        done.add(client.submit(_rows_task, job[0], job[1], fn, args, columns, pure=False))
    for fut in done:
        res = fut.result()
        fut.release()
        for job in _take(jobs, 1):
            done.add(client.submit(_rows_task, job[0], job[1], fn, args, columns, pure=False))
        yield res


def _in_flight(client, in_flight: int | None) -> int:
    if in_flight is None:
        in_flight = 2 * max(1, sum(client.nthreads().values()))
    if in_flight < 1:
        raise ValueError(f"in_flight must be at least 1, got {in_flight!r}")
    return in_flight


def _take(jobs, k: int) -> list:
    return [j for j in (next(jobs, None) for _ in range(k)) if j is not None]


def fetch_rows(meta: pd.DataFrame, doc_ids, client, heavy: list[str] | None = None) -> pd.DataFrame:
    """The full rows (text included) of the articles ``doc_ids``, as ``load_corpus`` has them, in that order.

    Parameters
    ----------
    meta : DataFrame
        From :func:`read_meta` (or rows of it).
    doc_ids : sequence of str
        Articles to fetch; each must be in ``meta``.
    heavy : list of str, optional
        Only these of the store's columns (e.g. ``["text"]``): a part's
        columns are read whole, so reading fewer of them reads less of the
        store. Default: every column left in the store.

    Returns
    -------
    DataFrame
        One row per id of ``doc_ids`` (in its order), the columns of
        ``load_corpus`` in its order (metadata from ``meta``), then the
        columns added to ``meta`` after :func:`read_meta` (a group column's
        alias, ``removed_rules_group`` for ``group_by`` ``removed_rules``;
        round 12bp-m: they were dropped, and notebook 01 failed with the
        ``dask`` engine only), index 0..n-1.

    Raises
    ------
    KeyError
        For an id that is not in ``meta``.
    ValueError
        For a ``heavy`` column that is not in the store (the error names those that are).
    """
    ids = [str(d) for d in doc_ids]
    missing = sorted(set(ids) - set(meta["doc_id"].astype(str)))
    if missing:
        raise KeyError(f"{count(len(missing), 'doc_id')} {noun(len(missing), 'is', 'are')} not in this corpus's "
                       f"metadata table: {missing[:5]}{f' and {len(missing) - 5:,} more' if len(missing) > 5 else ''}.")
    stored = _heavy(meta.attrs.get("columns_order", []))
    if heavy is not None:
        if set(heavy) - set(stored):
            raise ValueError(f"heavy={sorted(heavy)}: the store holds only {stored}; ask for some of these.")
        stored = [c for c in stored if c in heavy]
    parts = map_store(meta, _heavy_only, client, doc_ids=ids, columns=stored or None)
    fetched = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({"doc_id": []})
    rows = meta.drop_duplicates("doc_id").set_index("doc_id").loc[ids].reset_index()
    rows = rows.merge(fetched, on="doc_id", how="left", sort=False)
    order = [c for c in meta.attrs.get("columns_order", []) if c in rows.columns]
    private = {*meta.attrs.get("derived", []), PART_COLUMN}
    added = [c for c in meta.columns if c not in order and c not in private and c in rows.columns]
    rows = rows[order + added]  # a column added to the metadata table after reading (a group alias) is kept
    rows.attrs = {k: v for k, v in meta.attrs.items() if k != META_FLAG}
    return rows.reset_index(drop=True)


def _heavy_only(df: pd.DataFrame) -> pd.DataFrame:
    return df[["doc_id", *_heavy(df.columns)]]
