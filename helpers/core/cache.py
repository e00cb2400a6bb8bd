"""The one cache of the package: loaded corpora and their units, keyed by every input.

A cached result is reused only when nothing it depends on has changed. Keys
are built by :func:`source_digest` (every file under ``helpers/`` and
``studies/``, code and data) plus what the caller adds (corpus files,
parameters). The cache lives in one folder outside every report folder:
``$NEWS_CACHE_DIR`` when set (the report runner sets it to ``.cache/``);
caching is off when it is unset. ``make clean-cache`` (:func:`clear_cache`)
empties it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

import pandas as pd

from .paths import PROJECT_ROOT

__all__ = ["CACHE_ENV", "DEFAULT_CACHE_DIR", "CACHE_PATTERNS", "CACHE_SOURCE_DIRS", "cache_dir", "clear_cache",
           "source_files", "source_digest", "cache_key", "cache_path", "read_cached", "write_cached"]

CACHE_ENV = "NEWS_CACHE_DIR"
"""When this environment variable names a folder, loaded corpora and their
sentences are cached there. The report runner sets it to ``DEFAULT_CACHE_DIR``
unless it is already set; ``make clean-cache`` empties the default folder."""
DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"

CACHE_PATTERNS = ("corpus-*.pkl", "units-*.pkl", "*.tmp", "dask-corpus-*/**/*")
"""The only files the cache holds (``make clean-cache`` deletes nothing else); ``dask-corpus-*/`` are the
partitioned Parquet stores of ``engine="dask"`` (:mod:`helpers.corpus.dask_corpus`)."""

CACHE_SOURCE_DIRS = (PROJECT_ROOT / "helpers", PROJECT_ROOT / "studies")
"""Folders whose every file (code and data) is part of every cache key: a change
to any of them (e.g. ``helpers/data/outlet_aliases.yaml``) makes a fresh load."""


def cache_dir() -> Path | None:
    """The cache folder named by ``NEWS_CACHE_DIR``, or None when caching is off."""
    value = os.environ.get(CACHE_ENV)
    return Path(value) if value else None


def clear_cache(folder: str | Path | None = None) -> int:
    """Delete the cached corpora and sentences (``make clean-cache``).

    Parameters
    ----------
    folder : str or Path, optional
        The cache folder; default ``$NEWS_CACHE_DIR`` when set, else ``.cache/``.
        Only files matching ``CACHE_PATTERNS`` are deleted; the folder is
        removed when it is then empty.

    Returns
    -------
    int
        Number of files deleted.
    """
    folder = Path(folder) if folder is not None else (cache_dir() or DEFAULT_CACHE_DIR)
    if not folder.is_dir():
        print(f"cache {folder}: nothing to clear")
        return 0
    files = sorted({p for pattern in CACHE_PATTERNS for p in folder.glob(pattern) if p.is_file()})
    for p in files:
        p.unlink()
    for d in sorted(folder.glob("dask-corpus-*/**/"), key=lambda d: -len(d.parts)):
        if d.is_dir() and not any(d.iterdir()):
            d.rmdir()
    if not any(folder.iterdir()):
        folder.rmdir()
    print(f"cache {folder}: deleted {len(files)} file(s)")
    return len(files)


def source_files() -> list[tuple[str, Path]]:
    """Every file under ``CACHE_SOURCE_DIRS`` (compiled Python excluded): (name relative to its folder's parent, path), sorted."""
    out = []
    for root in CACHE_SOURCE_DIRS:
        if root.is_dir():
            out.extend((p.relative_to(root.parent).as_posix(), p) for p in root.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    return sorted(out)


def source_digest() -> str:
    """SHA-256 of the package and study files (paths and contents), with the Python and pandas versions.

    Pickles are not portable across Python and pandas versions, so these are
    part of the digest too.
    """
    h = hashlib.sha256(repr((sys.version, pd.__version__)).encode())
    for name, p in source_files():
        h.update(f"{name}:".encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def cache_key(*parts) -> str:
    """Key (24 hexadecimal characters) of a result computed from ``parts`` and the package and study files.

    ``parts`` must describe every input of the result other than the package
    and study files, which :func:`source_digest` adds.
    """
    h = hashlib.sha256(source_digest().encode())
    for part in parts:
        h.update(part if isinstance(part, bytes) else repr(part).encode())
        h.update(b"\x00")
    return h.hexdigest()[:24]


def cache_path(kind: str, key: str) -> Path | None:
    """Path of the cached result of ``kind`` ("corpus" or "units") with ``key``, or None when caching is off.

    Raises
    ------
    ValueError
        For a ``kind`` whose files :func:`clear_cache` would not delete.
    """
    if f"{kind}-*.pkl" not in CACHE_PATTERNS:  # the Dask store is named after its corpus file (dask-corpus-<key>)
        raise ValueError(f"unknown cache kind {kind!r}; add its pattern to CACHE_PATTERNS")
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key}.pkl"


def read_cached(path: Path | None):
    """The object cached at ``path``, or None when there is none."""
    if path is None or not path.is_file():
        return None
    with open(path, "rb") as fh:
        return pickle.load(fh)


def write_cached(path: Path | None, obj) -> None:
    """Write ``obj`` at ``path`` atomically (notebooks of one report run in parallel); nothing when None."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
