"""Project paths and path resolution used by notebooks and the report runner."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The repository root (the folder that holds ``helpers/``)."""

SEEDS_DIR = PROJECT_ROOT / "seeds"
FIGURES_DIR = PROJECT_ROOT / "figures"
REPORTS_DIR = PROJECT_ROOT / "reports"
DATA_DIR = Path(__file__).resolve().parent / "data"


def resolve_path(path: str | Path) -> Path:
    """Resolve a notebook or command-line path.

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
