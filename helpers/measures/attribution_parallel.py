"""Attribution extraction on several worker processes, article by article, with the same result as one process.

:func:`helpers.measures.sourcing.extract_attributions` reads each article on its own: every rule, the coreference
of pronouns and descriptions and the roles learnt from an article start afresh at its first sentence. The table of
sentences can therefore be cut between articles, each part read by a forked worker process
(:func:`helpers.core.parallel.parallel_map`), and the parts put back in order: the rows, their order and their
values are those of one call on the whole table (``tests/test_attribution_parallel.py``). On this project's 2-core
machine the step of notebook 02 that reads 2,000 articles takes about half the wall time; the CPU time is the same
plus the start of the workers. This module adds no rule of its own.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.parallel import parallel_map, shared_data, worker_count
from . import sourcing as S

__all__ = ["MIN_PARALLEL_ARTICLES", "extract_attributions"]

MIN_PARALLEL_ARTICLES = 200
"""Below this many articles the extraction runs in this process (starting workers would cost more than it saves)."""


def _chunk(lo: int, hi: int) -> pd.DataFrame:
    units, group_cols, kwargs = shared_data()
    return S.extract_attributions(units.iloc[lo:hi], group_cols, **kwargs)


def _bounds(doc_ids: np.ndarray, text_len: np.ndarray, parts: int) -> list[tuple[int, int]] | None:
    """Row ranges that cut the table only between articles, of about equal text length; None when an article's
    rows are not contiguous (the table cannot be cut without splitting it)."""
    starts = np.flatnonzero(np.r_[True, doc_ids[1:] != doc_ids[:-1]])
    if len(pd.unique(doc_ids[starts])) != len(starts):
        return None
    cum = np.r_[0, np.cumsum(text_len)]
    targets = cum[-1] * np.arange(1, parts) / parts
    cuts = sorted({int(starts[min(np.searchsorted(cum[starts], t), len(starts) - 1)]) for t in targets} - {0})
    edges = [0, *cuts, len(doc_ids)]
    return [(a, b) for a, b in zip(edges[:-1], edges[1:]) if b > a]


def extract_attributions(units: pd.DataFrame, group_cols=("outlet",), n_jobs: int | None = None,
                         **kwargs) -> pd.DataFrame:
    """:func:`helpers.measures.sourcing.extract_attributions`, its articles shared among worker processes.

    Parameters
    ----------
    units : DataFrame
        Sentences, as for :func:`helpers.measures.sourcing.extract_attributions`; the sentences of an article
        must be consecutive rows (as :func:`helpers.corpus.segment` gives them), else one process reads them all.
    group_cols : str or sequence of str
        Columns copied to every attribution.
    n_jobs : int, optional
        Worker processes; None: the machine's default (``NEWS_N_JOBS``, else every CPU), and one process below
        :data:`MIN_PARALLEL_ARTICLES` articles.
    **kwargs
        Every other parameter of :func:`helpers.measures.sourcing.extract_attributions` (lexicons,
        ``min_quote_words``, ``pronoun_window``, ...).

    Returns
    -------
    DataFrame
        The same table as one call of :func:`helpers.measures.sourcing.extract_attributions` on ``units``.

    Raises
    ------
    ValueError
        As :func:`helpers.measures.sourcing.extract_attributions`, and for a bad ``n_jobs``.
    """
    n_docs = units["doc_id"].nunique() if "doc_id" in units.columns else 0
    jobs = worker_count(n_jobs, n_items=n_docs, min_items=MIN_PARALLEL_ARTICLES)
    texts = units["text"] if "text" in units.columns else None
    # a unit longer than the extractor reads is cut with one warning for the whole table: keep that warning whole
    if jobs == 1 or texts is None or bool((texts.str.len() > S.MAX_UNIT_CHARS).any()):
        return S.extract_attributions(units, group_cols, **kwargs)
    bounds = _bounds(units["doc_id"].to_numpy(), texts.str.len().fillna(0).to_numpy(), jobs)
    if bounds is None or len(bounds) < 2:
        return S.extract_attributions(units, group_cols, **kwargs)
    # issue 12ar-a: the corpus pass and the article guess run once on the whole table, as in one call
    whole = {"corpus_roles": kwargs.get("corpus_roles", True), "guess_roles": kwargs.get("guess_roles", False)}
    part_kwargs = {**kwargs, "corpus_roles": False, "guess_roles": False}
    parts = parallel_map(_chunk, bounds, n_jobs=jobs, desc="attributions", shared=(units, group_cols, part_kwargs))
    filled = [p for p in parts if len(p)]
    if not filled:
        return parts[0]
    return S.whole_corpus_roles(pd.concat(filled, ignore_index=True), kwargs.get("roles"), sentences=units, **whole)
