"""The one cache of the package: loaded corpora, their units and saved figures, keyed by every input.

A cached result is reused only when nothing it depends on has changed. Keys
are built by :func:`_source_digest` (every file under ``helpers/`` and
``studies/``, code and data) plus what the caller adds (corpus files,
parameters). The cache lives in one folder outside every report folder:
``$NEWS_CACHE_DIR`` when set (the report runner sets it to ``.cache/``);
caching is off when it is unset. ``make clean-cache`` (:func:`clear_cache`)
empties it. What it holds (``CACHE_PATTERNS``): loaded corpora (``corpus-*``),
their sentences or paragraphs (``units-*``), the Parquet stores of
``engine="dask"`` and saved figures (``figure-*``: the PNG, SVG and inline
bytes of a figure, keyed by :func:`content_digest` of the plotting call that
made it; see :func:`helpers.notebook.output.save_figure`).
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
from pathlib import Path

import pandas as pd

from .paths import PROJECT_ROOT
from .wording import count

__all__ = ["CACHE_ENV", "DEFAULT_CACHE_DIR", "CACHE_PATTERNS", "CACHE_SOURCE_DIRS", "cache_dir", "clear_cache",
           "source_files", "cache_key", "Undigestible", "content_digest", "cache_path", "read_cached", "write_cached"]

CACHE_ENV = "NEWS_CACHE_DIR"
"""When this environment variable names a folder, loaded corpora and their
sentences are cached there. The report runner sets it to ``DEFAULT_CACHE_DIR``
unless it is already set; ``make clean-cache`` empties the default folder."""
DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"

CACHE_PATTERNS = ("corpus-*.pkl", "units-*.pkl", "figure-*.pkl", "*.tmp", "dask-corpus-*/**/*")
"""The only files the cache holds (``make clean-cache`` deletes nothing else); ``dask-corpus-*/`` are the
partitioned Parquet stores of ``engine="dask"`` (:mod:`helpers.corpus.dask_corpus`), ``figure-*`` the drawn
figures of :func:`helpers.notebook.output.save_figure`."""

CACHE_SOURCE_DIRS = (PROJECT_ROOT / "helpers", PROJECT_ROOT / "studies")
"""Folders whose every file (code and data) is part of every cache key: a change
to any of them (e.g. ``helpers/data/outlet_aliases.yaml``) makes a fresh load."""


def cache_dir() -> Path | None:
    """The cache folder named by ``NEWS_CACHE_DIR``.

    Returns
    -------
    Path or None
        The folder (not created here), or None when the variable is unset or empty and caching is off.
    """
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
    print(f"cache {folder}: deleted {count(len(files), 'file')}")
    return len(files)


def source_files() -> list[tuple[str, Path]]:
    """Every file under ``CACHE_SOURCE_DIRS``, compiled Python excluded.

    Returns
    -------
    list of (str, Path)
        (name relative to its folder's parent, path) pairs, sorted; folders that do not exist are skipped.
    """
    out = []
    for root in CACHE_SOURCE_DIRS:
        if root.is_dir():
            out.extend((p.relative_to(root.parent).as_posix(), p) for p in root.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    return sorted(out)


def _source_digest() -> str:
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
    """Key of a result computed from ``parts`` and the package and study files.

    ``parts`` must describe every input of the result other than the package
    and study files, which :func:`_source_digest` adds.

    Parameters
    ----------
    *parts
        The other inputs: bytes are hashed as they are, any other value through its ``repr``.

    Returns
    -------
    str
        24 hexadecimal characters.
    """
    h = hashlib.sha256(_source_digest().encode())
    for part in parts:
        h.update(part if isinstance(part, bytes) else repr(part).encode())
        h.update(b"\x00")
    return h.hexdigest()[:24]


class Undigestible(TypeError):
    """Raised by :func:`content_digest` for a value it cannot describe by its content."""


_MAX_DEPTH = 40


_SCALARS = {t: f"<{t.__module__}.{t.__qualname__}>".encode() for t in (str, int, float, bool, complex, type(None))}
"""The type tag :func:`_feed` writes before the ``repr`` of each plain Python scalar."""


def _feed_items(h, items: list, depth: int) -> None:
    """:func:`_feed` each item in turn; plain scalars (text, numbers, None) are written in one batch.

    The bytes hashed are exactly those of one :func:`_feed` call per item (so are the digests); only the
    per-item function calls and type tests are saved, which dominate for a column of a few 100,000 strings.
    """
    if items and depth > _MAX_DEPTH:
        raise Undigestible("nested too deeply")
    buf: list[bytes] = []
    for v in items:
        tag = _SCALARS.get(type(v))
        if tag is not None:
            buf.append(tag)
            buf.append(repr(v).encode())
        else:
            if buf:
                h.update(b"".join(buf))
                buf = []
            _feed(h, v, depth)
    if buf:
        h.update(b"".join(buf))


def _feed(h, obj, depth: int) -> None:
    """Add a description of ``obj`` made only of its type and content (never its address) to the hash ``h``."""
    import numpy as np

    if depth > _MAX_DEPTH:
        raise Undigestible("nested too deeply")
    t = type(obj)
    h.update(f"<{t.__module__}.{t.__qualname__}>".encode())
    if obj is None or isinstance(obj, (bool, int, float, complex, str, bytes, np.generic)):
        h.update(repr(obj).encode() if not isinstance(obj, bytes) else obj)
    elif isinstance(obj, np.ndarray):
        h.update(f"{obj.dtype.str}{obj.shape}".encode())
        if obj.dtype.hasobject:
            _feed_items(h, obj.ravel().tolist(), depth + 1)
        else:
            h.update(np.ascontiguousarray(obj).tobytes())
    elif isinstance(obj, pd.DataFrame):
        _feed(h, obj.attrs, depth + 1)
        _feed(h, obj.index, depth + 1)
        h.update(str(obj.shape).encode())
        for i in range(obj.shape[1]):  # by position: column names may repeat
            _feed(h, obj.iloc[:, i], depth + 1)
    elif isinstance(obj, pd.Series):
        _feed(h, (obj.name, str(obj.dtype), obj.attrs), depth + 1)
        _feed(h, obj.index, depth + 1)
        _feed(h, obj.to_numpy(dtype=object) if not isinstance(obj.dtype, np.dtype) else obj.to_numpy(), depth + 1)
    elif isinstance(obj, pd.Index):
        _feed(h, (str(obj.dtype), list(obj.names)), depth + 1)
        _feed(h, np.asarray(obj.tolist() if isinstance(obj, pd.MultiIndex) else obj.to_numpy(dtype=object)), depth + 1)
    elif hasattr(obj, "tocsr") and hasattr(obj, "nnz"):  # a scipy sparse matrix or array
        m = obj.tocsr()
        m = m if m.has_sorted_indices else m.sorted_indices()
        for part in (m.shape, m.data, m.indices, m.indptr):
            _feed(h, np.asarray(part), depth + 1)
    elif isinstance(obj, dict):
        h.update(str(len(obj)).encode())
        for k, v in obj.items():
            _feed(h, k, depth + 1)
            _feed(h, v, depth + 1)
    elif isinstance(obj, (list, tuple)):
        h.update(str(len(obj)).encode())
        _feed_items(h, obj, depth + 1)
    elif isinstance(obj, (set, frozenset)):  # no fixed order (hash randomisation): sort the items' digests
        for d in sorted(content_digest(v) for v in obj):
            h.update(d.encode())
    elif isinstance(obj, Path):
        h.update(str(obj).encode())
    elif dataclasses.is_dataclass(obj) or (hasattr(obj, "__dict__") and not callable(obj)
                                           and not t.__module__.startswith(("matplotlib", "builtins"))):
        _feed(h, vars(obj), depth + 1)
    else:
        raise Undigestible(f"cannot describe a {t.__module__}.{t.__qualname__} by its content")


def content_digest(obj) -> str:
    """SHA-256 of a value's type and content, the same in every process.

    Unlike ``pickle``, the digest does not depend on object identity or on the
    order of a set. Handles None, numbers, text, bytes, NumPy arrays and
    scalars, pandas frames, series and indexes (with their ``attrs``), SciPy
    sparse matrices, dicts (in their order), lists, tuples, sets, paths, and
    objects and dataclasses through their attributes.

    Parameters
    ----------
    obj : object
        The value to describe.

    Returns
    -------
    str
        The digest, 64 hexadecimal characters.

    Raises
    ------
    Undigestible
        For a value that cannot be described by its content (a function, a
        matplotlib object, a value nested more than 40 levels deep): the
        caller then computes instead of caching.
    """
    h = hashlib.sha256()
    _feed(h, obj, 0)
    return h.hexdigest()


def cache_path(kind: str, key: str) -> Path | None:
    """Path of the cached result of one kind with one key.

    Parameters
    ----------
    kind : str
        "corpus", "units" or "figure": a kind whose ``<kind>-*.pkl`` files are in ``CACHE_PATTERNS``.
    key : str
        The key of the result (:func:`cache_key`).

    Returns
    -------
    Path or None
        ``<cache folder>/<kind>-<key>.pkl``, or None when caching is off.

    Raises
    ------
    ValueError
        For a ``kind`` whose files :func:`clear_cache` would not delete (add its pattern to ``CACHE_PATTERNS``).
    """
    if f"{kind}-*.pkl" not in CACHE_PATTERNS:  # the Dask store is named after its corpus file (dask-corpus-<key>)
        raise ValueError(f"unknown cache kind {kind!r}; add its pattern to CACHE_PATTERNS")
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key}.pkl"


def read_cached(path: Path | None):
    """The object cached at ``path``.

    Parameters
    ----------
    path : Path or None
        A path from :func:`cache_path` (None when caching is off).

    Returns
    -------
    object or None
        The unpickled object, or None when ``path`` is None or no file is there.
    """
    if path is None or not path.is_file():
        return None
    with open(path, "rb") as fh:
        return pickle.load(fh)


def write_cached(path: Path | None, obj) -> None:
    """Write ``obj`` at ``path`` atomically (notebooks of one report run in parallel).

    The object is pickled to a temporary file next to ``path``, which then
    replaces ``path``; the parent folder is created when missing.

    Parameters
    ----------
    path : Path or None
        A path from :func:`cache_path`; nothing is written when None.
    obj : object
        The object to store (picklable).
    """
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
