"""Tables that are safe to open in a spreadsheet: text cells that would run as formulas get a prefix.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (which Excel,
LibreOffice and Google Sheets would run as a formula) is written with the prefix :data:`FORMULA_PREFIX`
(a single quote ``'``), e.g. ``'=HYPERLINK(...)``. Numbers, including negative ones, and text that is a
plain number (``-3.5``) are left as they are. Every CSV the project writes goes through
:func:`neutralize_formulas`: the notebooks' tables (``helpers.notebook.output.save_table``) and the
coding sheets handed to coders (``helpers.validation.coding.write_coding_sheet``).
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["FORMULA_PREFIX", "neutralize_formulas"]

FORMULA_PREFIX = "'"
"""Written before a text cell that a spreadsheet would run as a formula."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?$")


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
