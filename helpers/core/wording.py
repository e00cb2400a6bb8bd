"""Wording shared by every sentence the project prints: counts with their noun, shares as percentages.

A reader of the report should never meet "1 article(s)" or "0.56": a count takes the singular or the plural of
its noun, and a share is written as a percentage (a difference of shares in percentage points).
"""

from __future__ import annotations

__all__ = ["SHARE_MAX_DECIMALS", "count", "listing", "noun", "percent", "points", "share_decimals", "share_interval"]


def noun(n: int, word: str, plural: str | None = None) -> str:
    """The singular ``word`` for ``n == 1``, else its plural (``word + "s"`` unless ``plural`` is given).

    Parameters
    ----------
    n : int
        The count the noun goes with.
    word : str
        The singular ("article").
    plural : str, optional
        An irregular plural ("entries", "analyses").

    Returns
    -------
    str
        ``"article"`` or ``"articles"``.
    """
    return word if n == 1 else (plural or word + "s")


def count(n: int, word: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and its noun: ``"1 article"``, ``"1,204 articles"``, ``"0 files"``.

    Parameters
    ----------
    n : int
        The count.
    word, plural : str
        As in :func:`noun`.

    Returns
    -------
    str
        The count and the noun.
    """
    return f"{n:,} {noun(n, word, plural)}"


SHARE_MAX_DECIMALS = 2
"""The most decimals a percentage is given: beyond two the digits are noise for any corpus a report describes."""


def _pct(x: float, decimals: int) -> str:
    return f"{100.0 * float(x):.{decimals}f}"


def share_decimals(value: float, low: float | None = None, high: float | None = None) -> int:
    """How many decimals a share (and its interval) needs to be printed honestly: the one rule for every percentage.

    Whole percentages by default; one decimal when the share is under 10% or over 90% (there "2%" may be 1.5% or
    2.5%, a sixth of the value); more decimals (at most :data:`SHARE_MAX_DECIMALS`) while rounding makes the share
    equal a bound of its interval, or the two bounds equal each other, although the unrounded numbers differ
    ("2% (95% CI 2-3%)" becomes "2.4% (95% CI 1.9-3.1%)"), or while a share that is not 0 would print as 0.

    Parameters
    ----------
    value : float
        The share, a proportion in [0, 1].
    low, high : float, optional
        Its interval's bounds (None or NaN: no interval).

    Returns
    -------
    int
        0, 1 or 2.
    """
    p = 100.0 * float(value)
    d = 1 if (0 < p < 10 or 90 < p < 100) else 0
    bounds = [float(b) for b in (low, high) if b is not None and b == b]
    numbers = [float(value)] + bounds
    while d < SHARE_MAX_DECIMALS:
        shown = [_pct(x, d) for x in numbers]
        collide = any(
            shown[i] == shown[j] and numbers[i] != numbers[j]
            for i in range(len(numbers))
            for j in range(i + 1, len(numbers))
        )
        vanish = p != 0 and float(_pct(value, d)) in (0.0, 100.0) and p != 100
        if not (collide or vanish):
            break
        d += 1
    return d


def percent(x: float, decimals: int | None = None) -> str:
    """A share in [0, 1] as a percentage, with the decimals of :func:`share_decimals`: ``0.563 -> "56%"``.

    Parameters
    ----------
    x : float
        A proportion.
    decimals : int, optional
        Decimals to show (default: :func:`share_decimals` of ``x`` alone).

    Returns
    -------
    str
        The percentage with its sign ("0.4%", "5.0%", "56%", "100%"); a share that is not 0 but rounds to 0
        at :data:`SHARE_MAX_DECIMALS` decimals is "under 0.01%".
    """
    d = share_decimals(x) if decimals is None else decimals
    text = _pct(x, d)
    if float(x) > 0 and float(text) == 0:
        return f"under {_pct(10 ** -(d + 2), d)}%"
    return f"{text}%"


def points(x: float, decimals: int | None = None) -> str:
    """A difference of two shares in percentage points: ``0.123 -> "12 percentage points"``.

    Parameters
    ----------
    x : float
        The difference of two proportions.
    decimals : int, optional
        Decimals to show, e.g. those of the two shares it is the difference of ("6.7%" and "0%": "6.7 percentage
        points", not "7"); default whole points, one decimal below one point.

    Returns
    -------
    str
        The difference in percentage points.
    """
    p = 100.0 * float(x)
    if decimals is not None:
        text = f"{p:.{decimals}f}"
    else:
        text = f"{p:.1f}" if p != 0 and abs(p) < 1 else f"{p:.0f}"
    return f"{text} percentage {'point' if text in ('1', '-1') else 'points'}"


def share_interval(value: float, low: float | None, high: float | None) -> str:
    """A share with its 95% interval as percentages: ``"56% (95% CI 48-63%)"``, ``"2.4% (95% CI 1.9-3.1%)"``.

    The share and both bounds are printed with the same decimals (:func:`share_decimals`). An interval of zero
    width is no measure of certainty (a bootstrap over a group where every article has the same value, such as
    none or all): it is not printed as "0% (95% CI 0-0%)" but said.

    Parameters
    ----------
    value : float
        The share, a proportion.
    low, high : float or None
        The interval's bounds (proportions); None or NaN when there is no interval.

    Returns
    -------
    str
        ``"56% (95% CI 48-63%)"``, ``"56% (no interval)"``, ``"0% (none found, so no interval)"``,
        ``"100% (all, so no interval)"`` or ``"33% (no interval: too few to resample)"``.
    """
    if low is None or high is None or low != low or high != high:
        return f"{percent(value)} (no interval)"
    if float(low) == float(high):
        if float(value) == 0 == float(low):
            return "0% (none found, so no interval)"
        if float(value) == 1 == float(low):
            return "100% (all, so no interval)"
        return f"{percent(value)} (no interval: too few to resample)"
    d = share_decimals(value, low, high)
    return f"{percent(value, d)} (95% CI {_pct(low, d)}-{percent(high, d)})"


def listing(items: list[str], limit: int = 3, what: str = "more") -> str:
    """Items joined for a sentence: ``"A"``, ``"A and B"``, ``"A, B and C"``, ``"A, B, C and 4 more"``.

    Parameters
    ----------
    items : list of str
        The items, in the order to show them.
    limit : int
        At most this many are named; the rest are counted.
    what : str
        The word after the count of the rest ("more", "more groups").

    Returns
    -------
    str
        The joined items ("" for none).
    """
    items = list(items)
    if len(items) > limit:
        return f"{', '.join(items[:limit])} and {len(items) - limit:,} {what}"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
