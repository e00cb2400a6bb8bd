"""Parse the messy publication dates found in real corpora.

Dates arrive as ``2021-11-08``, ``2023-02`` (month known), ``2023``,
``11/8/21`` (US month/day/year), ``November 8, 2021``, with a time, or as junk
(``0001-11-30``, ``2050-09-30``). :func:`parse_dates` returns a timestamp, the
precision it is known to and whether it was usable, never guessing more than
the text says.
"""
from __future__ import annotations

import re

import pandas as pd

PLAUSIBLE_YEARS = (1990, 2030)
"""Dates outside these years (inclusive) are treated as junk: scraped corpora
carry placeholders such as 0001-11-30 and 2050-09-30."""

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def parse_date(value: str, plausible_years: tuple[int, int] = PLAUSIBLE_YEARS) -> tuple[pd.Timestamp, str]:
    """Parse one date string.

    Parameters
    ----------
    value : str
        The date as given.
    plausible_years : (int, int)
        Years outside this inclusive range are rejected as junk.

    Returns
    -------
    (Timestamp or NaT, str)
        The date (first day of the month or year when only those are known)
        and its precision: ``"day"``, ``"month"``, ``"year"``, ``"missing"``
        (empty) or ``"invalid"`` (unparseable or implausible).
    """
    s = (value or "").strip()
    if not s:
        return pd.NaT, "missing"
    y = m = d = None
    prec = "invalid"
    if mt := _ISO_DAY.match(s):
        y, m, d = (int(g) for g in mt.groups())
        prec = "day"
    elif mt := _ISO_MONTH.match(s):
        y, m, d = int(mt.group(1)), int(mt.group(2)), 1
        prec = "month"
    elif mt := _YEAR.match(s):
        y, m, d = int(mt.group(1)), 1, 1
        prec = "year"
    elif mt := _US.match(s):
        m, d, y = (int(g) for g in mt.groups())
        if y < 100:
            y += 2000 if y < 70 else 1900
        prec = "day"
    else:
        ts = pd.to_datetime(s, errors="coerce", format="mixed") if re.search(r"[A-Za-z]{3}", s) else pd.NaT
        if pd.isna(ts):
            return pd.NaT, "invalid"
        y, m, d = ts.year, ts.month, ts.day
        prec = "day"
    if not plausible_years[0] <= y <= plausible_years[1]:
        return pd.NaT, "invalid"
    try:
        return pd.Timestamp(year=y, month=m, day=d), prec
    except ValueError:
        return pd.NaT, "invalid"


def parse_dates(values, plausible_years: tuple[int, int] = PLAUSIBLE_YEARS) -> pd.DataFrame:
    """Parse a column of dates.

    Returns
    -------
    DataFrame
        Same index as ``values``: ``date_parsed`` (Timestamp or NaT) and
        ``date_parsed_precision`` (see :func:`parse_date`).
    """
    values = pd.Series(values)
    cache: dict = {}
    out = []
    for v in values.astype(str).where(values.notna(), ""):
        if v not in cache:
            cache[v] = parse_date(v, plausible_years)
        out.append(cache[v])
    return pd.DataFrame(out, index=values.index, columns=["date_parsed", "date_parsed_precision"])
