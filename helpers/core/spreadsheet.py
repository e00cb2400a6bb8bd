"""Tables that are safe to open in a spreadsheet: text cells that would run as formulas get a prefix.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (which Excel,
LibreOffice and Google Sheets would run as a formula) is written with the prefix :data:`FORMULA_PREFIX`
(a single quote ``'``), e.g. ``'=HYPERLINK(...)``. Numbers, including negative ones, and text that is a
plain number (``-3.5``) are left as they are. Every CSV the project writes goes through
:func:`neutralize_formulas`: the notebooks' tables (``helpers.notebook.output.save_table``) and the
coding sheets handed to coders (``helpers.validation.coding.write_coding_sheet``). Code that reads such a
table back (the report's index, ``helpers.validation.coding.read_coding_sheets``) undoes the prefix with
:func:`restore_formulas`, so that a group named ``@nytimes`` is shown as given, not as ``'@nytimes``, and a coded
unit ``-draft:0`` matches its unit.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["FORMULA_PREFIX", "neutralize_formulas", "restore_formulas"]

FORMULA_PREFIX = "'"
"""Written before a text cell that a spreadsheet would run as a formula."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?$")


def _neutral_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return FORMULA_PREFIX + value
    return value


def _text_column(col: pd.Series) -> bool:
    """Whether a column can hold text cells: object, string, or categorical (groups kept in their order)."""
    return (col.dtype == object or pd.api.types.is_string_dtype(col.dtype)
            or isinstance(col.dtype, pd.CategoricalDtype))


def neutralize_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells cannot run as spreadsheet formulas.

    Parameters
    ----------
    df : DataFrame
        Any table.

    Returns
    -------
    DataFrame
        Text cells (in object, string or categorical columns, and column names) that start
        with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return get the
        prefix :data:`FORMULA_PREFIX`, unless they are a plain number such as
        ``-3.5``. Numeric columns are unchanged. ``df`` is not modified.
    """
    out = df.copy()
    for i in range(out.shape[1]):  # by position: column names may repeat
        col = out.iloc[:, i]
        if _text_column(col):  # a categorical column is written as its values: mapped as text
            out.isetitem(i, col.astype(object).map(_neutral_cell) if isinstance(col.dtype, pd.CategoricalDtype)
                         else col.map(_neutral_cell))
    out.columns = [_neutral_cell(c) for c in out.columns]
    return out


def _restored_cell(value):
    if (isinstance(value, str) and value.startswith(FORMULA_PREFIX)
            and _neutral_cell(value[len(FORMULA_PREFIX):]) != value[len(FORMULA_PREFIX):]):
        return value[len(FORMULA_PREFIX):]
    return value


def restore_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` read back from a CSV written with :func:`neutralize_formulas`, with its text as given.

    Parameters
    ----------
    df : DataFrame
        A table read from such a CSV.

    Returns
    -------
    DataFrame
        Text cells and column names that :func:`neutralize_formulas` prefixed
        (:data:`FORMULA_PREFIX` before a text that it would prefix) lose the
        prefix; every other cell is unchanged. ``df`` is not modified. A text
        that itself began with ``'=`` cannot be told from a prefixed ``=`` and
        loses its quote too.
    """
    out = df.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if _text_column(col):
            out.isetitem(i, col.astype(object).map(_restored_cell) if isinstance(col.dtype, pd.CategoricalDtype)
                         else col.map(_restored_cell))
    out.columns = [_restored_cell(c) for c in out.columns]
    return out
