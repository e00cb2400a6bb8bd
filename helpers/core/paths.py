"""Project paths and path resolution used by notebooks and the report runner."""
from __future__ import annotations

from pathlib import Path

__all__ = ["PROJECT_ROOT", "SEEDS_DIR", "FIGURES_DIR", "REPORTS_DIR", "DATA_DIR", "close_name", "close_path",
           "did_you_mean", "is_within", "resolve_path", "resolve_cli_path", "shown_path"]

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


CLOSE_CUTOFF = 0.75
"""How alike (:func:`difflib.get_close_matches`'s ratio, case ignored) a name must be to a misspelt one to be offered
for it: 'artciles.txt' and 'articles.csv' are, 'news.csv' and 'notes.csv' are not."""


def close_name(given: str, names) -> str | None:
    """The name of ``names`` that ``given`` most likely misspells: the same name in another case, else the closest.

    Parameters
    ----------
    given : str
        The name as typed.
    names : iterable of str
        The names there are.

    Returns
    -------
    str or None
        One of ``names``, or None when none is close (:data:`CLOSE_CUTOFF`).
    """
    import difflib

    names = list(names)
    same = [n for n in names if n.casefold() == given.casefold()]
    if same:
        return same[0]
    lowered = {n.casefold(): n for n in sorted(names, reverse=True)}
    close = difflib.get_close_matches(given.casefold(), list(lowered), n=1, cutoff=CLOSE_CUTOFF)
    return lowered[close[0]] if close else None


def close_path(path: str | Path) -> Path | None:
    """The existing path a path that does not exist most likely means, each missing part replaced by its closest name.

    Parameters
    ----------
    path : str or Path
        A path that does not exist (``data/artciles/2024.csv``).

    Returns
    -------
    Path or None
        The path with each part that does not exist replaced by the closest name in its folder (:func:`close_name`),
        when that path exists (``data/articles/2024.csv``); None when a part has no close name, or ``path`` exists.
    """
    p = Path(path)
    cur = Path(p.anchor) if p.anchor else Path(".")
    changed = False
    for part in p.parts[1:] if p.anchor else p.parts:
        nxt = cur / part
        if not nxt.exists():
            try:
                names = [c.name for c in cur.iterdir()] if cur.is_dir() else []
            except OSError:
                return None
            match = close_name(part, names)
            if match is None:
                return None
            nxt, changed = cur / match, True
        cur = nxt
    return cur if changed and cur.exists() else None


def did_you_mean(given: str | Path) -> str:
    """" Did you mean 'data/articles.csv'?" for a path typed that does not exist, or "".

    A relative path is looked for under the current folder and the project root, as :func:`resolve_path` and
    :func:`resolve_cli_path` take it, and the suggestion is said relative to the folder where it was found.

    Parameters
    ----------
    given : str or Path
        The path as the user typed it.

    Returns
    -------
    str
        The sentence, with a leading space; "" when no existing path is close (:func:`close_path`).
    """
    g = Path(given).expanduser()
    bases = [None] if g.is_absolute() else [Path.cwd(), PROJECT_ROOT]
    for base in bases:
        found = close_path(g if base is None else base / g)
        if found is None:
            continue
        shown = found if base is None else Path(*found.parts[len(base.parts):])
        return f" Did you mean {str(shown)!r}?"
    return ""


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
