"""Glue shared by every notebook: the common parameters and corpus loading.

Each notebook's ``parameters`` cell declares, with literal defaults::

    corpus = "seeds"        # folder of .txt (+ metadata.csv) or .csv/.jsonl/.parquet[.gz]
    metadata = None         # metadata CSV, if not <corpus>/metadata.csv
    columns = None          # column names for a table corpus, e.g. {"text": "body", "outlet": "site"}
    on_bad = "error"        # "error" or "skip" for empty/binary files and empty rows
    output_dir = "figures"  # where figures and CSVs go (relative to the project root)
    group_by = "outlet"     # metadata column to compare groups by
    top_n = 15              # groups shown in plots; the rest are pooled as "(other)"
    seed = 0                # random seed

and validates them with ``P = check_params(globals(), corpus_params(...))``.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import warnings
from pathlib import Path

import pandas as pd

from .corpus import load_corpus
from .params import Param, ParameterError
from .paths import resolve_path

COLUMN_ROLES = ("text", "doc_id", "outlet", "title", "date")
CACHE_ENV = "NEWS_CACHE_DIR"
"""When this environment variable names a folder, loaded corpora are cached
there (the report runner sets it), so the notebooks of one report load and
clean a large corpus once."""


def corpus_params(**extra: Param) -> dict:
    """The parameter specification shared by all notebooks, plus ``extra``."""
    spec = {
        "corpus": Param((str,), help="folder of .txt files or a .csv/.jsonl/.parquet file"),
        "metadata": Param((str,), none_ok=True, help="metadata CSV path, or None"),
        "columns": Param((dict,), none_ok=True, help=f"mapping of {list(COLUMN_ROLES)} to column names, or None"),
        "on_bad": Param((str,), choices=("error", "skip"), help="what to do with empty or binary files"),
        "output_dir": Param((str,), help="folder for figures and tables"),
        "group_by": Param((str,), help="metadata column to compare by, e.g. 'outlet'"),
        "top_n": Param((int,), min=1, max=200, help="number of groups shown in plots"),
        "seed": Param((int,), min=0, max=2**32 - 1, help="random seed"),
    }
    spec.update(extra)
    return spec


def _column_args(columns: dict | None) -> dict:
    columns = columns or {}
    unknown = sorted(set(columns) - set(COLUMN_ROLES))
    if unknown:
        raise ParameterError(f"parameter 'columns' has unknown key(s) {unknown}; use {list(COLUMN_ROLES)}.")
    return {f"{k}_col": v for k, v in columns.items()}


def _cache_key(P: dict) -> str:
    src = resolve_path(P["corpus"])
    parts = [str(src), P.get("metadata"), repr(sorted((P.get("columns") or {}).items())), P.get("on_bad")]
    for p in [src, *(src.iterdir() if src.is_dir() else []),
              *( [resolve_path(P["metadata"])] if P.get("metadata") else [])]:
        if p.exists():
            st = p.stat()
            parts.append(f"{p.name}:{st.st_size}:{st.st_mtime_ns}")
    here = Path(__file__).parent
    for mod in ("corpus.py", "clean.py", "text.py"):
        parts.append(hashlib.sha256((here / mod).read_bytes()).hexdigest())
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()[:24]


def load_from_params(P: dict) -> pd.DataFrame:
    """Load the corpus named by a notebook's validated parameters.

    Checks that ``group_by`` is a column of the corpus. Uses the cache folder
    named by ``NEWS_CACHE_DIR`` when set.

    Raises
    ------
    ParameterError
        For bad ``columns`` keys or a ``group_by`` that is not a column.
    CorpusError
        For any problem with the corpus itself (see :func:`load_corpus`).
    """
    kwargs = _column_args(P.get("columns"))
    cache_dir = os.environ.get(CACHE_ENV)
    path = None
    if cache_dir:
        path = Path(cache_dir) / f"corpus-{_cache_key(P)}.pkl"
        if path.is_file():
            with open(path, "rb") as fh:
                corpus = pickle.load(fh)
            _check_group_by(corpus, P["group_by"])
            return corpus
    corpus = load_corpus(P["corpus"], metadata=P.get("metadata"), on_bad=P.get("on_bad", "error"), **kwargs)
    _check_group_by(corpus, P["group_by"])
    if path is not None:
        corpus.attrs["cache_key"] = path.stem
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(corpus, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    return corpus


def _check_group_by(corpus: pd.DataFrame, group_by: str) -> None:
    if group_by not in corpus.columns:
        from .corpus import corpus_columns

        raise ParameterError(
            f"parameter 'group_by' is {group_by!r}, which is not a column of this corpus. "
            f"Choose one of ['outlet', {', '.join(repr(c) for c in corpus_columns(corpus))}]."
        )


def corpus_name(corpus: str) -> str:
    """A short display name for a corpus path: the file or folder name without extensions."""
    name = Path(str(corpus).rstrip("/")).name
    for suf in (".gz", ".csv", ".jsonl", ".ndjson", ".parquet"):
        if name.lower().endswith(suf):
            name = name[: -len(suf)]
    return name or "corpus"


def quiet_warnings() -> None:
    """Hide third-party deprecation noise that would make stored outputs unstable.

    Corpus warnings (:class:`helpers.CorpusWarning`) are left on.
    """
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
