"""Deterministic figures and tables for notebooks.

Convention: a notebook writes each figure as ``<output_dir>/<name>.png`` and
the data drawn in it as ``<output_dir>/<name>.csv``, and its key tables as CSV,
so results can be reused without re-running code. Figures carry no timestamp
or software tag, so the same data gives the same bytes.

Exported tables are safe to open in a spreadsheet: a text cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (which Excel,
LibreOffice and Google Sheets would run as a formula) is written with the
prefix ``FORMULA_PREFIX`` (a single quote ``'``), e.g. ``'=HYPERLINK(...)``.
Numbers, including negative ones, and text that is a plain number
(``-3.5``) are written as they are. Only the CSV changes, never the analysis.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .paths import resolve_path

__all__ = ["FIG_DPI", "FORMULA_PREFIX", "setup_notebook", "prepare_output_dir", "neutralize_formulas",
           "save_table", "save_figure", "show_table", "top_groups"]

FIG_DPI = 100
FORMULA_PREFIX = "'"
"""Written before a text cell that a spreadsheet would run as a formula."""
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?$")


def setup_notebook() -> None:
    """Set matplotlib and pandas options shared by every notebook.

    Fixed figure size and dpi, a fixed SVG hash salt, a font that ships with
    matplotlib, and pandas display limits suited to evidence tables.
    """
    import matplotlib as mpl

    mpl.rcParams.update(
        {
            "figure.figsize": (8.0, 4.5),
            "figure.dpi": FIG_DPI,
            "savefig.dpi": FIG_DPI,
            "savefig.bbox": "tight",
            "svg.hashsalt": "news-analysis",
            "font.family": "DejaVu Sans",
            "axes.spines.top": False,
            "axes.spines.right": False,
            # labels come from data (an outlet named "$$" or "$5bn"): never parse them as mathtext
            "text.parse_math": False,
        }
    )
    pd.set_option("display.max_colwidth", 240)
    pd.set_option("display.max_rows", 60)
    pd.set_option("display.width", 160)


def prepare_output_dir(output_dir: str | Path) -> Path:
    """Resolve ``output_dir`` (relative to the project root) and create it.

    Raises
    ------
    ValueError
        If the path exists and is not a folder.
    """
    out = resolve_path(output_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"output_dir {str(out)!r} exists and is not a folder: choose another output_dir.")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _target(output_dir: str | Path, name: str, suffix: str) -> Path:
    if not _NAME_RE.match(name):
        raise ValueError(f"output name {name!r} must be letters, digits, '_', '-' or '.' only")
    return prepare_output_dir(output_dir) / f"{name}{suffix}"


def _neutral_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return FORMULA_PREFIX + value
    return value


def neutralize_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells cannot run as spreadsheet formulas.

    Parameters
    ----------
    df : DataFrame
        Any table.

    Returns
    -------
    DataFrame
        Text cells (in object or string columns, and column names) that start
        with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return get the
        prefix :data:`FORMULA_PREFIX`, unless they are a plain number such as
        ``-3.5``. Numeric columns are unchanged. ``df`` is not modified.
    """
    out = df.copy()
    for i in range(out.shape[1]):  # by position: column names may repeat
        col = out.iloc[:, i]
        if col.dtype == object or pd.api.types.is_string_dtype(col.dtype):
            out.isetitem(i, col.map(_neutral_cell))
    out.columns = [_neutral_cell(c) for c in out.columns]
    return out


def save_table(df: pd.DataFrame, name: str, output_dir: str | Path, float_digits: int = 6) -> Path:
    """Write ``df`` as ``<output_dir>/<name>.csv`` (UTF-8, no index).

    Floats are written with ``float_digits`` significant digits so that the
    file does not change with the last bits of floating-point arithmetic.
    Text cells that a spreadsheet would run as a formula get the prefix
    :data:`FORMULA_PREFIX` (see :func:`neutralize_formulas`); ``df`` itself is
    not changed.
    """
    path = _target(output_dir, name, ".csv")
    neutralize_formulas(df).to_csv(path, index=False, float_format=f"%.{float_digits}g", lineterminator="\n")
    return path


def save_figure(fig, name: str, output_dir: str | Path, data: pd.DataFrame | None = None) -> Path:
    """Save ``fig`` as a deterministic PNG, and the data behind it as CSV.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure; it stays open so the notebook can show it inline.
    name : str
        File name without extension, e.g. ``"00_words_per_outlet"``.
    output_dir : str or Path
        Folder, relative to the project root unless absolute.
    data : DataFrame, optional
        The numbers drawn in the figure, written to ``<name>.csv``.

    Returns
    -------
    Path
        The PNG path.
    """
    path = _target(output_dir, name, ".png")
    fig.savefig(path, dpi=FIG_DPI, metadata={"Software": None})
    if data is not None:
        save_table(data, name, output_dir)
    return path


def show_table(df: pd.DataFrame, max_rows: int = 20) -> pd.DataFrame:
    """Return the first ``max_rows`` rows for display, saying what was cut.

    Prints ``showing N of M rows`` when rows are left out, so that a reader
    of a truncated evidence table knows the table is longer (the CSV beside
    the notebook holds all rows). Text is left as data: pandas escapes it in
    HTML output.
    """
    if len(df) > max_rows:
        print(f"showing {max_rows} of {len(df):,} rows (all rows are in the CSV)")
        return df.head(max_rows)
    return df


def top_groups(values: pd.Series, top_n: int, other: str = "(other)") -> pd.Series:
    """Keep the ``top_n`` most frequent labels and group the rest as ``other``.

    Ties in frequency are broken by label so the result is stable. Used to
    keep plots readable on corpora with hundreds of outlets.
    """
    counts = values.value_counts()
    order = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    keep = {k for k, _ in order[:top_n]}
    if len(order) <= top_n:
        return values.copy()
    return values.where(values.isin(keep), other)
