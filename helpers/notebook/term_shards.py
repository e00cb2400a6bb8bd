"""Term counts of every article with ``engine="dask"``, summed per term shard: bounded memory, exact sums.

Notebook 02 needs two things from the words of every article: the counts of
each (group, outlet) pair, kept for the terms used at least ``min_count``
times (Fightin' Words and the outlet concentration of terms), and the
document frequency of the words of the few articles whose text reuse is
listed (their TF-IDF cosine). Summing every partition's counts into one
table holds the vocabulary of the whole corpus in one process, and that
grows with the corpus (new names, typos, numbers).

Here the sums are split by term instead (a map-reduce through files):

1. each partition, on a worker, counts its words and writes one Parquet file
   (``part-<digest>.parquet`` in a folder of the run's cache) with a row per
   (term, key) count and a row per term's document frequency, each tagged
   with the term's shard (:func:`shard_of`: CRC-32 of the term modulo the
   number of shards), one row group per shard;
2. each shard, on a worker, reads its rows of every file, sums them, writes
   the document frequency of its terms (``df-SSSSS.parquet``) and returns
   only the (term, key) sums of terms whose total is at least ``min_count``.

Every count of a term lands in the same shard, so each sum and the
``min_count`` rule are exact (the same integers as summing everything in one
place); what one process holds at a time is one partition or one shard, and
the number of shards grows with the number of partitions (:func:`n_shards`).
The notebook's process holds only the retained terms' sums; document
frequencies are read back from the shard files for the words asked
(:class:`ShardDf`).
"""
from __future__ import annotations

import hashlib
import shutil
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..measures import vocabulary as V

__all__ = ["SHARD_PARTS", "MAX_SHARDS", "shard_of", "n_shards", "part_terms", "reduce_shard", "ShardDf",
           "sharded_sums"]

SHARD_PARTS = 4
"""About this many partitions' worth of counts per shard (:func:`n_shards`)."""
MAX_SHARDS = 64
"""At most this many shards (files per partition: one; row groups per file: one per shard)."""


def shard_of(terms, shards: int) -> np.ndarray:
    """Shard of each term: CRC-32 of its UTF-8 bytes modulo ``shards`` (the same on every process and run).

    Parameters
    ----------
    terms : sequence of str
        The terms (a sized sequence).
    shards : int
        Number of shards.

    Returns
    -------
    ndarray of int32
        The shard of each term, in ``0 .. shards - 1``.

    Raises
    ------
    ValueError
        For ``shards`` < 1.
    """
    if shards < 1:
        raise ValueError(f"shards must be at least 1, got {shards!r}")
    return np.fromiter((zlib.crc32(str(t).encode("utf-8")) % shards for t in terms), dtype=np.int32, count=len(terms))


def n_shards(n_parts: int) -> int:
    """Shards for ``n_parts`` partitions: one per :data:`SHARD_PARTS` partitions, between 1 and :data:`MAX_SHARDS`.

    Parameters
    ----------
    n_parts : int
        Number of partitions of the corpus store.

    Returns
    -------
    int
        The number of term shards.
    """
    return int(min(MAX_SHARDS, max(1, -(-int(n_parts) // SHARD_PARTS))))


def _part_table(ids: list[str], texts, keys: dict, shards: int) -> pd.DataFrame:
    try:
        X, vocab = V.count_matrix(texts, min_count=1, n_jobs=1)
    except ValueError:  # no word in this partition
        return pd.DataFrame({"shard": np.zeros(0, np.int32), "term": np.array([], dtype=object),
                             "key": np.zeros(0, np.int32), "count": np.zeros(0, np.int64)})
    vocab = np.asarray(vocab, dtype=object)
    rows = [i for i, d in enumerate(ids) if d in keys]
    codes = np.array([keys[ids[i]] for i in rows], dtype=np.int64)
    n_keys = int(codes.max()) + 1 if len(codes) else 0
    agg = sp.coo_matrix(sp.csr_matrix((np.ones(len(rows)), (codes, np.arange(len(rows)))), shape=(n_keys, len(rows)))
                        @ X[rows])
    df = np.asarray((X > 0).sum(axis=0)).ravel()
    table = pd.DataFrame({"term": np.concatenate([vocab[agg.col], vocab]),
                          "key": np.concatenate([agg.row, np.full(len(vocab), -1)]).astype(np.int32),
                          "count": np.concatenate([agg.data, df]).astype(np.int64)})
    table.insert(0, "shard", shard_of(table["term"], shards))
    return table.sort_values(["shard", "term", "key"], kind="stable").reset_index(drop=True)


def part_terms(part: pd.DataFrame, keys: dict, out_dir: str, shards: int, shingle_size: int | None = None) -> dict:
    """One partition (a task): write its term counts by shard; return its MinHash signatures when asked.

    Parameters
    ----------
    part : DataFrame
        ``doc_id`` and ``text`` of a partition.
    keys : dict
        ``doc_id`` -> key code (int >= 0) of each article analysed; the
        articles not in it (duplicates) count only for document frequencies.
    out_dir : str
        Folder for ``part-<digest>.parquet`` (created if missing).
    shards : int
        Number of shards.
    shingle_size : int, optional
        Also return the articles' MinHash signatures of these shingles.

    Returns
    -------
    dict
        ``rows`` (rows written); with ``shingle_size``, ``sig_ids`` and
        ``sigs`` (uint32, one row per article of the part).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..measures import minhash as MH

    ids = part["doc_id"].astype(str).tolist()
    table = _part_table(ids, part["text"], keys, shards)
    name = hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:20]
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    schema = pa.schema([("shard", pa.int32()), ("term", pa.string()), ("key", pa.int32()), ("count", pa.int64())])
    with pq.ParquetWriter(Path(out_dir) / f"part-{name}.parquet", schema) as writer:
        for _, rows in table.groupby("shard", sort=True):  # one row group per shard: a shard's read skips the others
            writer.write_table(pa.Table.from_pandas(rows, schema=schema, preserve_index=False))
    out = {"rows": len(table)}
    if shingle_size is not None:
        out["sig_ids"] = np.asarray(ids, dtype=object)
        out["sigs"] = MH.compact(MH.signatures(part["text"].tolist(), shingle_size)).astype(np.uint32)
    return out


def reduce_shard(out_dir: str, shard: int, min_count: int) -> pd.DataFrame:
    """One shard (a task): sum its rows over every partition file; write its document frequencies.

    Parameters
    ----------
    out_dir : str
        Folder of the partitions' ``part-*.parquet`` count files (in the run's cache).
    shard : int
        The shard to sum.
    min_count : int
        Keep a term when its count summed over every key is at least this.

    Returns
    -------
    DataFrame
        ``term``, ``key``, ``count``: the (term, key) sums of the shard's
        terms whose total over the keys is at least ``min_count``, sorted.
        The shard's ``term``/``df`` table is written to ``df-SSSSS.parquet``.
    """
    import pyarrow.parquet as pq

    files = sorted(str(p) for p in Path(out_dir).glob("part-*.parquet"))
    cols = ["term", "key", "count"]
    t = (pq.read_table(files, columns=cols, filters=[("shard", "==", int(shard))]).to_pandas() if files
         else pd.DataFrame({c: [] for c in cols}))
    is_df = t["key"].to_numpy() < 0
    df = t[is_df].groupby("term", sort=True)["count"].sum().rename("df").reset_index()
    df.to_parquet(Path(out_dir) / f"df-{int(shard):05d}.parquet", index=False)
    agg = t[~is_df].groupby(["term", "key"], sort=True)["count"].sum().reset_index()
    total = agg.groupby("term", sort=False)["count"].transform("sum")
    return agg[total.to_numpy() >= min_count].reset_index(drop=True)


class ShardDf:
    """Document frequency of chosen words, read from the shard files :func:`reduce_shard` wrote.

    Parameters
    ----------
    out_dir : str or Path
        The folder of the shard files.
    shards : int
        Number of shards they were written with.
    """

    def __init__(self, out_dir, shards: int):
        self.out_dir, self.shards = Path(out_dir), int(shards)

    def __call__(self, words) -> np.ndarray:
        """Document frequency of each of ``words`` (ndarray of int64, in their order).

        Raises
        ------
        KeyError
            For a word that no article uses (count the words with the same
            tokenizer, ``helpers.measures.vocabulary.count_matrix``).
        """
        words = np.asarray(words, dtype=object)
        out = np.zeros(len(words), dtype=np.int64)
        found = np.zeros(len(words), dtype=bool)
        where = shard_of(words, self.shards)
        for s in np.unique(where):
            table = pd.read_parquet(self.out_dir / f"df-{int(s):05d}.parquet")
            pick = np.flatnonzero(where == s)
            pos = np.searchsorted(table["term"].to_numpy(dtype=object), words[pick])
            pos = np.minimum(pos, max(len(table) - 1, 0))
            hit = (table["term"].to_numpy(dtype=object)[pos] == words[pick]) if len(table) else np.zeros(len(pick), bool)
            out[pick[hit]] = table["df"].to_numpy()[pos[hit]]
            found[pick[hit]] = True
        if not found.all():
            raise KeyError(f"no document frequency for {words[~found][:5].tolist()} in {self.out_dir}: count the "
                           "words with helpers.measures.vocabulary.count_matrix, as the shards were counted")
        return out


def sharded_sums(meta: pd.DataFrame, keys: dict, n_keys: int, min_count: int, client, out_dir,
                 shingle_size: int | None = None, shards: int | None = None):
    """Every partition's term counts summed by shard on the cluster (the module's two steps).

    Parameters
    ----------
    meta : DataFrame
        Metadata table of :func:`helpers.corpus.dask_meta.read_meta` (every article).
    keys : dict
        ``doc_id`` -> key code in ``range(n_keys)`` of each article analysed.
    n_keys : int
        Number of keys (rows of the returned matrix).
    min_count : int
        Keep terms whose total over the keys is at least this.
    client : distributed.Client
    out_dir : str or Path
        A folder of the run's cache for the shard files (emptied first).
    shingle_size : int, optional
        Also make the MinHash signatures of every article (same read of the text).
    shards : int, optional
        Number of shards (default: :func:`n_shards` of the partitions).

    Returns
    -------
    X : csr_matrix of int64, shape (n_keys, n_terms)
    vocab : ndarray of str (sorted)
    df_of : ShardDf
    sigs : list of (ids, signatures) per partition, or None
    """
    from ..corpus.dask_meta import iter_store, store_parts

    out_dir = Path(out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)
    shards = n_shards(len(store_parts(meta.attrs["dask_store"]))) if shards is None else int(shards)
    from ..corpus.dask_units import scatter_one

    keys_f = scatter_one(client, keys)  # sent to each worker once, not with every task
    sigs = [] if shingle_size is not None else None
    for res in iter_store(meta, part_terms, client, args=(keys_f, str(out_dir), shards, shingle_size),
                          columns=["text"]):
        if sigs is not None:
            sigs.append((res["sig_ids"], res["sigs"]))
    del keys_f
    parts = client.gather(client.map(reduce_shard, [str(out_dir)] * shards, range(shards), [min_count] * shards,
                                     pure=False))
    kept = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({"term": [], "key": [], "count": []})
    vocab = np.unique(kept["term"].to_numpy(dtype=object)) if len(kept) else np.array([], dtype=object)
    cols = np.searchsorted(vocab, kept["term"].to_numpy(dtype=object))
    X = sp.csr_matrix((kept["count"].to_numpy(np.int64), (kept["key"].to_numpy(np.int64), cols)),
                      shape=(n_keys, len(vocab)))
    return X, vocab, ShardDf(out_dir, shards), sigs
