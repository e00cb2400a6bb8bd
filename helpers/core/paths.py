"""Project paths and path resolution used by notebooks and the report runner."""
from __future__ import annotations

from pathlib import Path

__all__ = ["PROJECT_ROOT", "SEEDS_DIR", "FIGURES_DIR", "REPORTS_DIR", "DATA_DIR", "is_within", "resolve_path", "resolve_cli_path",
           "shown_path"]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""The repository root (the folder that holds ``helpers/``)."""

SEEDS_DIR = PROJECT_ROOT / "seeds"
FIGURES_DIR = PROJECT_ROOT / "figures"
REPORTS_DIR = PROJECT_ROOT / "reports"
DATA_DIR = PROJECT_ROOT / "helpers" / "data"


def resolve_path(path: str | Path) -> Path:
    """Resolve a notebook path.

    Parameters
    ----------
    path : str or Path
        An absolute path, or a path relative to the project root. Notebooks
        run with different working folders (nbval starts the kernel in
        ``notebooks/``, papermill in the caller's folder), so relative paths
        are taken from the project root; only a path that does not exist there
        but does in the working folder is taken from the working folder (a
        papermill user's own file, review s79-F).

    Returns
    -------
    Path
        The absolute path. Existence is not checked here.
    """
    p = Path(path).expanduser()
    if p.is_absolute():
        return p
    if not (PROJECT_ROOT / p).exists() and (Path.cwd() / p).exists():
        return Path.cwd() / p  # review s79-F: a papermill user's "corpus/econ.parquet" in the folder they ran from
    return PROJECT_ROOT / p


def resolve_cli_path(path: str | Path) -> Path:
    """Resolve a path typed on the command line.

    A relative path is taken from the current folder when it exists there,
    otherwise from the project root (so ``--corpus seeds`` works from any
    folder).

    Parameters
    ----------
    path : str or Path
        The path as typed (``~`` is expanded).

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


def is_within(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies inside it (both already resolved): the one test behind "nothing is
    written into a corpus" of the report runner, the validation CLI's coding sheets and ``adopt``'s study folder.

    Parameters
    ----------
    path, folder : Path

    Returns
    -------
    bool
    """
    return path == folder or path.is_relative_to(folder)


def shown_path(path: str | Path) -> str:
    """A path as a report shows it: from the project root inside the project (``seeds``), from ``~`` inside the
    user's home folder (``~/news/articles.jsonl``), else as given.

    A shared report named its author's home folder and user name in every notebook and page (review s80-B); the
    console still prints the full path.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    str
    """
    p = Path(path).resolve()
    if p.is_relative_to(PROJECT_ROOT):
        return p.relative_to(PROJECT_ROOT).as_posix() or "."
    home = Path.home().resolve()
    if len(home.parts) > 1 and p.is_relative_to(home):
        return "~/" + p.relative_to(home).as_posix()
    return str(p)
