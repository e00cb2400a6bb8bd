"""Parse the messy publication dates found in real corpora.

Dates arrive as ``2021-11-08``, ``2023-02`` (month known), ``2023``,
``11/8/21`` or ``13/01/2023`` (month/day or day/month), ``November 8, 2021``,
``May 2023``, with a time, as Unix timestamps (``1551571200`` seconds or
``1551571200000`` milliseconds), after a label (``Updated: March 3, 2019``,
``Published 2019-03-03``), or as junk (``0001-11-30``, ``2050-09-30``).
:func:`parse_dates` returns a timestamp and the precision it is known to,
never guessing more than the text says.

Day-first or month-first is decided per corpus (per column): a date such as
``13/01/2023`` can only be day-first and ``01/13/2023`` only month-first; the
order of the unambiguous dates decides how ``12/01/2023`` is read. When no
date decides it, or the dates disagree, a :class:`DateOrderWarning` says how
the ambiguous dates were read and how to choose (``day_first=``).
"""
from __future__ import annotations

import calendar
import re
import warnings
from collections import Counter

import pandas as pd

from ..core.wording import count, noun
from .sources import CorpusWarning

__all__ = ["PLAUSIBLE_YEARS", "PERIOD_COLUMN", "DateOrderWarning", "parse_date", "parse_dates", "infer_day_first",
           "period_breaks", "period_labels", "unreadable_examples"]

PLAUSIBLE_YEARS = (1990, 2030)
"""Dates outside these years (inclusive) are treated as junk: scraped corpora
carry placeholders such as 0001-11-30 and 2050-09-30."""

_ISO_DAY = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ].*)?$")  # year first: 2019-03-04, 2019/03/04
_ISO_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_US = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_NAME = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_EPOCH = re.compile(r"^(\d{9,10}|\d{12,13})(?:\.\d+)?$")  # Unix time: seconds or milliseconds
_LABEL = re.compile(r"^(?:(?:last|first|originally|date|time|updated|modified|published|posted|created|released|"
                    r"issued|on)\b[\s:|,-]*)+", re.IGNORECASE)  # "Updated: ", "Published on ", "Last modified -"
_CLOCK = re.compile(r"(?:\b(?:at|@)\s+)?\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?"
                    r"(?:\s*\(?\b(?:[ECMP][SD]?T|[AH]ST|AKST|AKDT|HST|GMT|UTC|BST|CES?T|IST|PKT|Z)\b\)?)?", re.IGNORECASE)
"""A time of day with a.m./p.m. and a time-zone abbreviation ("10:15 AM ET", "5:06 p.m. EDT", "at 14:00 GMT"), as US
bylines write it after or before the date; ignored when the date is read (review s80-A, finding 7)."""
_MONTH_YEAR = re.compile(rf"^{_MONTH_NAME},?\s+(\d{{4}})$|^(\d{{4}}),?\s+{_MONTH_NAME}$", re.IGNORECASE)


PERIOD_COLUMN = "period"
"""The column :func:`period_labels` fills (the report's ``-p periods``), compared with ``-p group_by period``."""


class DateOrderWarning(CorpusWarning):
    """Numeric dates could be day-first or month-first, and the corpus does not say which."""


def parse_date(value: str, plausible_years: tuple[int, int] = PLAUSIBLE_YEARS,
               day_first: bool | None = None) -> tuple[pd.Timestamp, str]:
    """Parse one date string.

    Parameters
    ----------
    value : str
        The date as given.
    plausible_years : (int, int)
        Years outside this inclusive range are rejected as junk.
    day_first : bool, optional
        How to read a numeric date whose first two numbers are both 12 or
        less (``12/01/2023``): day first (True) or month first (False). None:
        by its separator, day first when written with dots (``12.01.2023``,
        the convention of German, Russian, Scandinavian and many other
        sources), else month first. A date that is valid in one order only is
        read in that order.

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
    if mt := _EPOCH.match(s):
        ts = pd.to_datetime(int(mt.group(1)), unit="s" if len(mt.group(1)) <= 10 else "ms")
        return (ts.normalize(), "day") if plausible_years[0] <= ts.year <= plausible_years[1] else (pd.NaT, "invalid")
    if (bare := _LABEL.sub("", s, count=1).strip()) != s:
        return parse_date(bare, plausible_years, day_first) if bare else (pd.NaT, "invalid")
    y = m = d = None
    prec = "invalid"
    if mt := _ISO_DAY.match(s):
        y, m, d = int(mt.group(1)), int(mt.group(3)), int(mt.group(4))
        prec = "day"
    elif mt := _ISO_MONTH.match(s):
        y, m, d = int(mt.group(1)), int(mt.group(2)), 1
        prec = "month"
    elif mt := _YEAR.match(s):
        y, m, d = int(mt.group(1)), 1, 1
        prec = "year"
    elif mt := _US.match(s):
        a, b, y = int(mt.group(1)), int(mt.group(3)), int(mt.group(4))
        if y < 100:
            y += 2000 if y < 70 else 1900
        first = day_first if day_first is not None else mt.group(2) == "."  # dotted: the day-first convention
        m, d = (b, a) if (a > 12 or (first and b <= 12)) else (a, b)
        prec = "day"
    elif mt := _MONTH_YEAR.match(s):
        name, year = (mt.group(1), mt.group(2)) if mt.group(1) else (mt.group(4), mt.group(3))
        y, m, d = int(year), _MONTHS[name.lower()], 1
        prec = "month"
    else:
        ts = pd.to_datetime(s, errors="coerce", format="mixed") if re.search(r"[A-Za-z]{3}", s) else pd.NaT
        if pd.isna(ts):
            bare = " ".join(_CLOCK.sub(" ", s).split()).strip(" ,;|-@")
            if bare and bare != s and re.search(r"\d", bare):  # a time (and zone) beside the date: ignored
                return parse_date(bare, plausible_years, day_first)
            return pd.NaT, "invalid"
        y, m, d = ts.year, ts.month, ts.day
        prec = "day"
    if not plausible_years[0] <= y <= plausible_years[1]:
        return pd.NaT, "invalid"
    try:
        return pd.Timestamp(year=y, month=m, day=d), prec
    except ValueError:
        return pd.NaT, "invalid"


def infer_day_first(values) -> tuple[bool | None, dict]:
    """Decide from the unambiguous numeric dates whether a column is day-first.

    Parameters
    ----------
    values : iterable of str
        Dates as given.

    Returns
    -------
    (bool or None, dict)
        True (day-first), False (month-first) or None (no numeric date
        decides it), and the counts ``day_first``, ``month_first`` (distinct dates
        valid only in that order) and ``ambiguous`` (``12/01/2023``), with an
        ``example`` of each (the first in the column's order), and ``ambiguous_rows``, ``day_first_rows`` and
        ``month_first_rows``: the values of each kind, each copy counted (the numbers the warning says; dogfood
        12bg-d, review r12bg); ``ambiguous_dotted_rows`` and ``ambiguous_other_rows`` split the ambiguous ones by
        separator (dots or not), with examples ``ambiguous_dotted`` and ``ambiguous_other`` when there are any.
        The verdict compares the distinct dates.
    """
    counts = {"day_first": 0, "month_first": 0, "ambiguous": 0}
    examples: dict = {}
    rows = {"day_first": 0, "month_first": 0, "ambiguous": 0, "ambiguous_dotted": 0, "ambiguous_other": 0}
    for v, n in Counter(str(v).strip() for v in values).items():  # in the column's order: the same example every run
        mt = _US.match(v)
        if not mt:
            continue
        a, b = int(mt.group(1)), int(mt.group(3))
        kind = "day_first" if a > 12 >= b else "month_first" if b > 12 >= a else "ambiguous" if a != b else None
        if kind:
            counts[kind] += 1
            examples.setdefault(kind, v)
            rows[kind] += n
        if kind == "ambiguous":
            sep = "dotted" if mt.group(2) == "." else "other"
            rows[f"ambiguous_{sep}"] = rows.get(f"ambiguous_{sep}", 0) + n
            examples.setdefault(f"ambiguous_{sep}", v)
    if counts["day_first"] > counts["month_first"]:
        verdict = True
    elif counts["month_first"] > counts["day_first"]:
        verdict = False
    else:
        verdict = None
    return verdict, {**counts, **{f"{k}_rows": n for k, n in rows.items()}, "example": examples}


def parse_dates(values, plausible_years: tuple[int, int] = PLAUSIBLE_YEARS,
                day_first: bool | None = None) -> pd.DataFrame:
    """Parse a column of dates, deciding day-first or month-first for the whole column.

    Parameters
    ----------
    values : iterable of str
        Dates as given.
    plausible_years : (int, int)
        Years outside this inclusive range are rejected as junk.
    day_first : bool, optional
        Read ambiguous numeric dates (``12/01/2023``) day first (True) or
        month first (False). None: infer it from the unambiguous dates of the
        column (see :func:`infer_day_first`); when none decides, dates written
        with dots (``12.01.2023``) are read day first and others month first
        (docs/CHOICES.md).

    Returns
    -------
    DataFrame
        Same index as ``values``: ``date_parsed`` (Timestamp or NaT) and
        ``date_parsed_precision`` (see :func:`parse_date`). ``attrs["day_first"]``
        holds the order used (None: by separator, as above).

    Warns
    -----
    DateOrderWarning
        When ambiguous dates were read without any unambiguous date to decide
        the order, or when the unambiguous dates disagree.
    CorpusWarning
        For a corpus's date column (``values.attrs["dates"]["where"]`` set), when some values cannot be read at
        all: how many, two examples, and that those articles are left out of every analysis over time.
    """
    opts = values.attrs.get("dates", {}) if isinstance(values, pd.Series) else {}
    values = pd.Series(values)
    texts = values.astype(str).where(values.notna(), "")
    if day_first is None:
        day_first = opts.get("day_first")
    if day_first is None:
        day_first, info = infer_day_first(texts)
        _warn_order(day_first, info, opts)
    else:
        _warn_contradicted(bool(day_first), infer_day_first(texts)[1])
    cache: dict = {}
    out = []
    for v in texts:
        if v not in cache:
            cache[v] = parse_date(v, plausible_years, day_first)
        out.append(cache[v])
    frame = pd.DataFrame(out, index=values.index, columns=["date_parsed", "date_parsed_precision"])
    frame.attrs["day_first"] = None if day_first is None else bool(day_first)
    if opts.get("where"):  # a corpus's date column: say what is lost (review s80-A, finding 7)
        _warn_unreadable(texts, frame["date_parsed_precision"], opts["where"])
    return frame


def _warn_unreadable(texts: pd.Series, precision: pd.Series, where: str) -> None:
    """Warn, naming the file and column, when some date values of a corpus could not be read at all."""
    bad = precision == "invalid"
    n = int(bad.sum())
    if not n:
        return
    examples = list(dict.fromkeys(texts[bad].str.strip()))[:2]
    warnings.warn(
        f"{where}: {n:,} of {count(len(texts), 'date')} could not be read (e.g. {', '.join(repr(e) for e in examples)});"
        f" {noun(n, 'that article is', 'those articles are')} left out of every analysis over time. Write them as "
        "YYYY-MM-DD (or as 'March 3, 2019') to include them.",
        CorpusWarning, stacklevel=3,
    )


def _warn_contradicted(day_first: bool, info: dict) -> None:
    """Warn when a given order is one the column's own dates argue against (review s79-G: ``day_first=True`` on a
    month-first column read 132 of 282 dates with day and month swapped, while 145 could only be month-first).

    Only when some dates could be read either way (they are the ones a wrong order misreads) and the dates that
    decide the order favour the other one (review s79-I: one stray month-first date among fifty day-first ones, or a
    column without an ambiguous date, needs no warning).
    """
    against = info["month_first"] if day_first else info["day_first"]
    support = info["day_first"] if day_first else info["month_first"]
    ambiguous = info.get("ambiguous_rows", info["ambiguous"])
    if not ambiguous or against <= support:
        return
    rows = info.get("month_first_rows" if day_first else "day_first_rows", against)
    examples = info.get("example", {})
    only = examples.get("month_first" if day_first else "day_first", "")
    either = examples.get("ambiguous", "")
    given, other = ("day first", "month first") if day_first else ("month first", "day first")
    warnings.warn(DateOrderWarning(
        f"the dates were read {given} as given (day_first {day_first}), but {rows:,} {noun(rows, 'date')} of this "
        f"column can only be read {other}{f' (e.g. {only!r})' if only else ''} against {support:,} only {given}; "
        f"{ambiguous:,} {noun(ambiguous, 'date')} that could be either{f' (e.g. {either!r})' if either else ''} "
        f"may have day and month swapped. Check the column, or leave day_first unset to decide the order from the "
        "dates."), stacklevel=3)


def _warn_order(day_first: bool | None, info: dict, opts: dict) -> None:
    """Warn about numeric dates of unknown or mixed order, naming the file and column and the option that decides it."""
    n_amb, ex = info.get("ambiguous_rows", info["ambiguous"]), info["example"]
    where = f"{opts['where']}: " if opts.get("where") else ""
    how = opts.get("how") or "parse them with parse_dates(..., day_first=True)"
    if info["day_first"] and info["month_first"]:
        # rows, as the ambiguous ones are counted; the order is decided by distinct dates (review r12bg: "1 can only
        # be day-first and 1 only month-first ... (a tie)" for 5 and 1 articles)
        n_day, n_month = info.get("day_first_rows", info["day_first"]), info.get("month_first_rows", info["month_first"])
        d, m = info["day_first"], info["month_first"]
        order = (f"day-first ({d:,} distinct dates against {m:,})" if day_first
                 else f"month-first ({m:,} distinct dates against {d:,})" if day_first is False
                 else f"month-first (as many distinct dates each way: {d:,})" if not info.get("ambiguous_dotted_rows")
                 else f"day-first if written with dots, else month-first (as many distinct dates each way: {d:,})")
        warnings.warn(
            f"{where}the numeric dates disagree: {n_day:,} can only be day-first (e.g. {ex['day_first']!r}) and "
            f"{n_month:,} only month-first (e.g. {ex['month_first']!r}); {n_amb:,} ambiguous {noun(n_amb, 'date')} {noun(n_amb, 'was', 'were')} "
            f"read {order}. Check the date column; dates written as YYYY-MM-DD are never ambiguous. To read the "
            f"ambiguous ones day first, {how} (or month first: the same with false).",
            DateOrderWarning, stacklevel=3,
        )
    elif n_amb and day_first is None:
        n_dot, n_other = info.get("ambiguous_dotted_rows", 0), info.get("ambiguous_other_rows", n_amb)
        dots = "dots between numbers are the day-first convention of German, Russian, Scandinavian and many other sources"
        how_false = how.replace("True", "False").replace("true", "false")
        if not n_dot:
            read = (f"{noun(n_amb, 'it was', 'they were')} read month-first (US style). If the source writes the day "
                    f"first, {how}")
        elif not n_other:
            read = (f"written with dots, {noun(n_amb, 'it was', 'they were')} read day-first: {dots}. If the source "
                    f"writes the month first, {how_false}")
        else:
            read = (f"the {n_dot:,} written with dots (e.g. {ex['ambiguous_dotted']!r}) {noun(n_dot, 'was', 'were')} read "
                    f"day-first ({dots}), the {n_other:,} {noun(n_other, 'other', 'others')} (e.g. {ex['ambiguous_other']!r}) month-first (US "
                    f"style). To read all of them day first, {how} (month first: the same with false)")
        warnings.warn(
            f"{where}{n_amb:,} numeric {noun(n_amb, 'date')} such as {ex['ambiguous']!r} could be day-first or "
            f"month-first, and no date in the column decides it; {read}, or write the dates as YYYY-MM-DD.",
            DateOrderWarning, stacklevel=3,
        )


def unreadable_examples(values, k: int = 5) -> tuple[int, list[str]]:
    """How many values of a date column could not be read, and the first ``k`` distinct ones.

    Parameters
    ----------
    values : iterable of str
        Dates as given.
    k : int, default 5
        Examples kept.

    Returns
    -------
    (int, list of str)
        The number of non-empty values read as ``"invalid"`` (unparseable, or
        outside :data:`PLAUSIBLE_YEARS`), and up to ``k`` distinct ones in
        order of first appearance, so the user can fix the format.
    """
    values = pd.Series(values)
    texts = values.astype(str).where(values.notna(), "").str.strip()
    bad = [v for v in texts if v and parse_date(v)[1] == "invalid"]
    return len(bad), list(dict.fromkeys(bad))[:k]


def period_breaks(breaks) -> list[pd.Timestamp]:
    """The dates that split a corpus into periods, checked.

    Parameters
    ----------
    breaks : list of str or date
        Days such as ``"2018-02-14"`` (YAML's ``[2018-02-14]`` gives dates): each starts a period.

    Returns
    -------
    list of Timestamp
        The days, ascending.

    Raises
    ------
    ValueError
        For a value that is not a single day written YYYY-MM-DD, or a day given twice; the message says what to type.
    """
    days = []
    for b in breaks:
        text = b.isoformat() if hasattr(b, "isoformat") else str(b)
        text = text[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T00:00:00)?", text) else text
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) or parse_date(text)[1] != "day":
            raise ValueError(f"{b!r} is not a day written YYYY-MM-DD; give the first day of each new period, "
                             "e.g. [2018-02-14] or [2016-01-01, 2018-02-14].")
        days.append(pd.Timestamp(text))
    if len(set(days)) < len(days):
        raise ValueError(f"a day is given twice in {[d.strftime('%Y-%m-%d') for d in days]}; give each day once.")
    return sorted(days)


def period_labels(values, breaks, day_first: bool | None = None) -> pd.Series:
    """Each article's period between the given days, from its date as written.

    With one day, two periods: ``before 2018-02-14`` and ``from 2018-02-14``; with more, the middle ones are
    ``2016-01-01 to 2018-02-13``. An article without a usable date, or whose date is known only to a month or year
    that a break falls inside (``2018-02`` against 2018-02-14), gets ``""``: no period (the report pools it as
    "(unknown)" and never compares it). A journalist comparing coverage before and after an event had to add this
    column to the file by hand (dogfood 12bq-d).

    Parameters
    ----------
    values : iterable of str
        Dates as given (as :func:`parse_dates` reads them).
    breaks : list of str or date
        The first day of each new period (:func:`period_breaks`).
    day_first : bool, optional
        As in :func:`parse_dates`.

    Returns
    -------
    Series of str
        Same index as ``values`` (when a Series).

    Raises
    ------
    ValueError
        For bad ``breaks`` (:func:`period_breaks`).
    """
    days = period_breaks(breaks)
    with warnings.catch_warnings():  # notebook 00 reports the dates' order and unreadable values
        warnings.simplefilter("ignore", DateOrderWarning)
        parsed = parse_dates(values, day_first=day_first)
    fmt = [d.strftime("%Y-%m-%d") for d in days]
    names = ([f"before {fmt[0]}"]
             + [f"{a} to {(b - pd.Timedelta(days=1)).strftime('%Y-%m-%d')}" for a, b in zip(fmt, days[1:])]
             + [f"from {fmt[-1]}"])
    edges = pd.DatetimeIndex(days)
    out = []
    for start, prec in zip(parsed["date_parsed"], parsed["date_parsed_precision"]):
        if pd.isna(start):
            out.append("")
            continue
        end = (start + pd.offsets.MonthEnd(0) if prec == "month" else
               start + pd.offsets.YearEnd(0) if prec == "year" else start)
        first, last = int(edges.searchsorted(start, side="right")), int(edges.searchsorted(end, side="right"))
        out.append(names[first] if first == last else "")
    return pd.Series(out, index=parsed.index, dtype=object)
