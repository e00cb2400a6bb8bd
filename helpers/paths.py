"""Project paths and path resolution used by notebooks and the report runner."""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["PROJECT_ROOT", "SEEDS_DIR", "FIGURES_DIR", "REPORTS_DIR", "DATA_DIR", "CACHE_ENV", "DEFAULT_CACHE_DIR",
           "cache_dir", "clear_cache", "resolve_path", "resolve_cli_path"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The repository root (the folder that holds ``helpers/``)."""

SEEDS_DIR = PROJECT_ROOT / "seeds"
FIGURES_DIR = PROJECT_ROOT / "figures"
REPORTS_DIR = PROJECT_ROOT / "reports"
DATA_DIR = Path(__file__).resolve().parent / "data"

CACHE_ENV = "NEWS_CACHE_DIR"
"""When this environment variable names a folder, loaded corpora and their
sentences are cached there. The report runner sets it to ``DEFAULT_CACHE_DIR``
unless it is already set; ``make clean-cache`` empties the default folder."""
DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"


def cache_dir() -> Path | None:
    """The cache folder named by ``NEWS_CACHE_DIR``, or None when caching is off."""
    value = os.environ.get(CACHE_ENV)
    return Path(value) if value else None


CACHE_PATTERNS = ("corpus-*.pkl", "units-*.pkl", "*.tmp", "dask-corpus-*/**/*")
"""The only files the cache holds (``make clean-cache`` deletes nothing else); ``dask-corpus-*/`` are the
partitioned Parquet stores of ``engine="dask"`` (:mod:`helpers.dask_corpus`)."""


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


def resolve_path(path: str | Path) -> Path:
    """Resolve a notebook path.

    Parameters
    ----------
    path : str or Path
        An absolute path, or a path relative to the project root. Notebooks
        run with different working folders (nbval starts the kernel in
        ``notebooks/``, papermill in the caller's folder), so relative paths
        are always taken from the project root, never from the working folder.

    Returns
    -------
    Path
        The absolute path. Existence is not checked here.
    """
    p = Path(path).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p)


def resolve_cli_path(path: str | Path) -> Path:
    """Resolve a path typed on the command line.

    A relative path is taken from the current folder when it exists there,
    otherwise from the project root (so ``--corpus seeds`` works from any
    folder).

    Returns
    -------
    Path
        The absolute, resolved path. Existence is not checked here: when it
        exists in neither place, the path from the current folder is returned
        so that an error message names what the user typed.
    """
    p = Path(path).expanduser()
    if p.is_absolute():
        return p.resolve()
    here = Path.cwd() / p
    if here.exists():
        return here.resolve()
    root = PROJECT_ROOT / p
    return root.resolve() if root.exists() else here.resolve()
