"""Per-partition steps on units and their reductions, for ``engine="dask"``.

:func:`unit_offsets` splits articles into sentences (or paragraphs) on the
cluster, a partition of articles per task, with the very function the pandas
engine uses (:func:`helpers.corpus.segment.segment` calls it when the corpus was
loaded with ``engine="dask"``), so the units are identical. :func:`sum_counts`
combines per-partition counts (term counts per group for Fightin' Words,
articles and words per group): a sum of partition sums, the same integers as
a count over the whole table.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

import numpy as np
import pandas as pd

__all__ = ["ROWS_PER_TASK", "cluster_client", "map_chunks", "unit_offsets", "sum_counts", "scatter_one"]

ROWS_PER_TASK = 500
"""Articles per task when splitting units on the cluster."""


def cluster_client(corpus_attrs: dict | None = None):
    """The active client, or one for the scheduler recorded in a corpus's ``attrs`` (see :mod:`helpers.core.engine`).

    Parameters
    ----------
    corpus_attrs : dict, optional
        A corpus table's ``attrs``; its ``scheduler`` (an address, or empty for a local cluster) is used when no
        client is active.

    Returns
    -------
    distributed.Client
        The client to submit tasks to.
    """
    from ..core.engine import active_client, get_client

    client = active_client()
    return client if client is not None else get_client((corpus_attrs or {}).get("scheduler", ""))


def scatter_one(client, obj):
    """``obj`` sent once to every worker, as ONE future (a task argument that is not copied into each task).

    ``client.scatter(a_dict)`` would scatter each value of a dict as its own
    key: a dict over every article then becomes one future per article, and
    every task given it depends on all of them (issue 17: the workers spent
    tens of seconds in state transitions after each pass, the "stall").
    Wrapping it in a list scatters the whole object as one key.

    Parameters
    ----------
    client : distributed.Client
        The cluster's client.
    obj : object
        Any picklable object (here the article labels or the site templates).

    Returns
    -------
    distributed.Future
        One future holding ``obj`` on every worker.
    """
    return client.scatter([obj], broadcast=True, hash=False)[0]


def map_chunks(fn, chunks: list, client) -> list:
    """``[fn(c) for c in chunks]``, each call a task on the cluster; results in the order of ``chunks``.

    ``fn`` must be a module-level function (it is sent to the workers).

    Parameters
    ----------
    fn : callable
        A module-level function of one chunk.
    chunks : list
        The chunks, each sent to one task.
    client : distributed.Client
        The cluster's client.

    Returns
    -------
    list
        ``fn(chunk)`` for each chunk, in the order of ``chunks``.
    """
    return client.gather(client.map(fn, chunks, pure=False))


def _chunk_offsets(rows: list[dict], unit: str, include_structure: bool, first: int) -> np.ndarray:
    from .segment import _unit_offsets

    return _unit_offsets(rows, unit, include_structure, first=first)


def unit_offsets(rows: list[dict], unit: str, include_structure: bool, client, rows_per_task: int | None = None
                 ) -> np.ndarray:
    """The unit table of :func:`helpers.corpus.segment.segment` (row, unit_id, paragraph_id, role, start, end), split on the cluster.

    Parameters
    ----------
    rows : list of dict
        Articles with ``doc_id``, ``raw``, ``text`` and (from the loader) ``spans``.
    unit, include_structure
        As in :func:`helpers.corpus.segment.segment`.
    client : distributed.Client
        The cluster's client.
    rows_per_task : int, optional
        Articles sent to a worker at a time (default ``ROWS_PER_TASK``).

    Returns
    -------
    ndarray of int64, shape (n_units, 6)
        In article and text order, row numbers counted over ``rows``.

    Raises
    ------
    ValueError
        For ``rows_per_task < 1``.
    """
    rows_per_task = ROWS_PER_TASK if rows_per_task is None else rows_per_task
    if rows_per_task < 1:
        raise ValueError(f"rows_per_task must be at least 1, got {rows_per_task!r}")
    keep = ("doc_id", "raw", "text", "spans")
    starts = list(range(0, len(rows), rows_per_task))
    chunks = [[{k: r[k] for k in keep if k in r} for r in rows[a:a + rows_per_task]] for a in starts]
    n = len(chunks)
    futures = client.map(_chunk_offsets, chunks, [unit] * n, [include_structure] * n, starts, pure=False)
    parts = client.gather(futures)
    return np.concatenate(parts) if parts else np.zeros((0, 6), dtype=np.int64)


def _count_part(part: pd.DataFrame, fn: Callable[[pd.DataFrame], Counter]) -> Counter:
    return fn(part)


def sum_counts(parts: Iterable[pd.DataFrame], fn: Callable[[pd.DataFrame], Counter], client=None) -> Counter:
    """Apply a counting function to every partition (on the cluster when a client is given) and add the counts.

    Parameters
    ----------
    parts : iterable of DataFrame
        The partitions (e.g. units of a few hundred articles each).
    fn : callable
        DataFrame -> Counter; must be a module-level function (sent to the workers).
    client : distributed.Client, optional
        Without one, the partitions are counted here, one after the other.

    Returns
    -------
    Counter
        The sum of the partition counts.
    """
    parts = list(parts)
    total: Counter = Counter()
    if client is None:
        results = [fn(p) for p in parts]
    else:
        results = client.gather(client.map(_count_part, parts, [fn] * len(parts), pure=False))
    for c in results:
        total.update(c)
    return total
