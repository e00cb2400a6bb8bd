"""Wording shared by every sentence the project prints: counts with their noun, shares as percentages.

A reader of the report should never meet "1 article(s)" or "0.56": a count takes the singular or the plural of
its noun, and a share is written as a percentage (a difference of shares in percentage points).
"""

from __future__ import annotations

__all__ = ["count", "listing", "noun", "percent", "points", "share_interval"]


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


def percent(x: float) -> str:
    """A share in [0, 1] as a whole percentage: ``0.563 -> "56%"``; below 1% and above 99% one decimal is kept.

    Parameters
    ----------
    x : float
        A proportion.

    Returns
    -------
    str
        The percentage with its sign ("0.4%", "56%", "100%").
    """
    p = 100.0 * float(x)
    if p != 0 and (abs(p) < 1 or 99 < abs(p) < 100):
        return f"{p:.1f}%"
    return f"{p:.0f}%"


def points(x: float) -> str:
    """A difference of two shares in percentage points: ``0.123 -> "12 percentage points"``.

    Parameters
    ----------
    x : float
        The difference of two proportions.

    Returns
    -------
    str
        The difference in percentage points (one decimal below one point).
    """
    p = 100.0 * float(x)
    text = f"{p:.1f}" if p != 0 and abs(p) < 1 else f"{p:.0f}"
    return f"{text} percentage {'point' if text in ('1', '-1') else 'points'}"


def share_interval(value: float, low: float | None, high: float | None) -> str:
    """A share with its 95% interval as percentages: ``"56% (95% CI 48-63%)"``.

    Parameters
    ----------
    value : float
        The share, a proportion.
    low, high : float or None
        The interval's bounds (proportions); None when there is no interval.

    Returns
    -------
    str
        ``"56% (95% CI 48-63%)"``, or ``"56% (no interval)"``.
    """
    if low is None or high is None:
        return f"{percent(value)} (no interval)"
    return f"{percent(value)} (95% CI {percent(low)[:-1]}-{percent(high)})"


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
