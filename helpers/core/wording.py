"""Wording shared by every sentence the project prints: counts with their noun, shares as percentages.

A reader of the report should never meet "1 article(s)" or "0.56": a count takes the singular or the plural of
its noun, and a share is written as a percentage (a difference of shares in percentage points). Any other estimate
(a rate per 1,000 words, a tone score, an F1) is written with its unit and its interval in the same words as a
share's, never as a bracket: "4.1 per 1,000 words (95% CI 3.3-5.2)", not "4.10 [3.30, 5.20]".
"""

from __future__ import annotations

import re

__all__ = [
    "CLI_ENV",
    "NUMBER_MAX_DECIMALS",
    "RATE_UNIT",
    "SHARE_MAX_DECIMALS",
    "blind_people",
    "count",
    "estimate_interval",
    "judges_alike",
    "judges_counts",
    "CHECK_CORPUS_NAMES",
    "ESTIMATE_BOUNDS",
    "SHARE_BOUNDS",
    "SHARE_COLUMN",
    "reader_formatted",
    "share_of",
    "listing",
    "zero_without_interval",
    "noun",
    "number_decimals",
    "parameter",
    "percent",
    "points",
    "rate_interval",
    "score_interval",
    "share_decimals",
    "share_interval",
]

CLI_ENV = "NEWS_REPORT_CLI"
"""Set by the report runner: error messages then name command-line options
(``-p on_bad skip``) instead of notebook parameters (re-exported by :mod:`helpers.notebook.setup`)."""


def parameter(name: str) -> str:
    """How to name notebook parameter ``name`` to the reader: ``-p name`` in a report run (the runner sets
    :data:`CLI_ENV`), else ``the parameter name`` (a notebook opened in JupyterLab or run by papermill).

    Parameters
    ----------
    name : str
        The parameter, e.g. ``"n_topics"``.

    Returns
    -------
    str
    """
    import os

    return f"-p {name}" if os.environ.get(CLI_ENV) else f"the parameter {name}"


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


def _with_n(text: str, n_text: str | None) -> str:
    """Put ``n_text`` inside the closing parenthesis of ``text``: one pair of parentheses, never "(...) (n)"."""
    if not n_text:
        return text
    if text.endswith(")"):
        return f"{text[:-1]}; {n_text})"
    return f"{text} ({n_text})"


def zero_without_interval(value: float, low: float | None, high: float | None) -> bool:
    """Whether an estimate is said as "0 ... (none found, so no interval)": it is 0 and has no interval of any width.

    The one rule of :func:`share_interval` and :func:`estimate_interval` for an estimate of 0. A group of one article
    has no interval at all (NaN bounds) and a larger group with none found an interval of zero width; both are said
    alike. Notebook 02's rate table read "0.00 per 1,000 words (no interval)" for a one-article group beside "0 per
    1,000 words (none found, so no interval)" for the others (dogfood 12bi-d2).

    Parameters
    ----------
    value : float
        The estimate.
    low, high : float or None
        Its interval's bounds; None or NaN when there is none.

    Returns
    -------
    bool
        True when ``value`` is 0 and the bounds are missing or both 0.

    Examples
    --------
    >>> zero_without_interval(0.0, None, None), zero_without_interval(0.0, 0.0, 0.0), zero_without_interval(0.0, -0.1, 0.2)
    (True, True, False)
    """
    if value is None or value != value or float(value) != 0:
        return False
    missing = low is None or high is None or low != low or high != high
    return missing or float(low) == float(high) == 0


def share_interval(value: float, low: float | None, high: float | None, n_text: str | None = None) -> str:
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
    n_text : str, optional
        What the share is made of ("5 of 16"), written inside the same parentheses: "31% (95% CI 12-50%; 5 of 16)"
        (not "31% (95% CI 12-50%) (5/16)"); at 0 or 100% it replaces "none found" or "all": "0% (0 of 22, so no
        interval)".

    Returns
    -------
    str
        ``"56% (95% CI 48-63%)"``, ``"56% (no interval)"``, ``"0% (none found, so no interval)"``,
        ``"100% (all, so no interval)"`` or ``"33% (no interval: too few to resample)"``.
    """
    if zero_without_interval(value, low, high):
        text = f"0% ({n_text or 'none found'}, so no interval)"  # "0% (0 of 22, so no interval)"
        n_text = None
    elif low is None or high is None or low != low or high != high:
        text = f"{percent(value)} (no interval)"
    elif float(low) == float(high):
        if float(value) == 1 == float(low):
            text = f"100% ({n_text or 'all'}, so no interval)"
            n_text = None
        else:
            text = f"{percent(value)} (no interval: too few to resample)"
    else:
        d = share_decimals(value, low, high)
        text = f"{percent(value, d)} (95% CI {_pct(low, d)}-{percent(high, d)})"
    return _with_n(text, n_text)


NUMBER_MAX_DECIMALS = 3
"""The most decimals an estimate that is not a share (a rate, a tone score, an F1) is given."""
RATE_UNIT = "per 1,000 words"
"""The unit of every rate the project prints (events per 1,000 words of body text)."""

SHARE_COLUMN = re.compile(r"^(share|\w+_share|share_\w+|outlet_voice|naive|corrected|all_labels)$")
"""Column names that hold a share (a proportion in [0, 1]) in the project's result tables (docs/DATA_DICTIONARY.md);
the reader pages write them as percentages (:mod:`helpers.report.share_tables`)."""
SHARE_BOUNDS = {
    "share": ("ci_low", "ci_high"),
    "share_own_words": ("own_ci_low", "own_ci_high"),
    "naive": ("naive_low", "naive_high"),
    "corrected": ("corrected_low", "corrected_high"),
}
"""A share column -> the columns of its interval's bounds, merged into it on the reader pages."""
ESTIMATE_BOUNDS = {
    "rate": ("ci_low", "ci_high", RATE_UNIT),
    "mean_tone": ("ci_low", "ci_high", ""),
    "estimate": ("ci_low", "ci_high", ""),
    "F1": ("F1_low", "F1_high", ""),
    "kappa": ("kappa_low", "kappa_high", ""),
    "macro-F1 (5 labels)": ("macro-F1 low", "macro-F1 high", ""),
}
"""An estimate that is not a share -> its bounds' columns and its unit: merged on the reader pages as "36.4 per 1,000
words (95% CI 22.8-52.4)" when a table has both bounds."""


def reader_formatted(column: str) -> bool:
    """Whether the reader pages write ``column`` themselves from its value (a share, an estimate with bounds, or one
    of their bounds), so that a notebook must display it unrounded: rounding it first and again on the page gave
    "40-45%" where the CSV's 0.4053 gives "41-45%" (review s80-D).

    Parameters
    ----------
    column : str

    Returns
    -------
    bool
    """
    bounds = {b for pair in SHARE_BOUNDS.values() for b in pair} | {
        b for lo, hi, _ in ESTIMATE_BOUNDS.values() for b in (lo, hi)}
    return bool(SHARE_COLUMN.match(column)) or column in ESTIMATE_BOUNDS or column in bounds


def _num(x: float, decimals: int) -> str:
    text = f"{float(x):,.{decimals}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text.replace(",", "")) == 0 else text  # no "-0.00"


def number_decimals(value: float, low: float | None = None, high: float | None = None) -> int:
    """Decimals for an estimate that is not a share (and its interval): the rule of :func:`share_decimals` on its scale.

    Two decimals up to 1 (an F1 of 0.72 or 1.00, a tone of -0.12), one under 100 (4.1 per 1,000 words), none from 100; more
    (at most :data:`NUMBER_MAX_DECIMALS`) while rounding makes the estimate equal a bound, or the bounds each other,
    although the unrounded numbers differ, or while an estimate that is not 0 would print as 0.

    Parameters
    ----------
    value : float
        The estimate.
    low, high : float, optional
        Its interval's bounds (None or NaN: no interval).

    Returns
    -------
    int
        0 to :data:`NUMBER_MAX_DECIMALS`.
    """
    numbers = [float(value)] + [float(b) for b in (low, high) if b is not None and b == b]
    top = max(abs(x) for x in numbers)
    d = 2 if top <= 1 else 1 if top < 100 else 0
    while d < NUMBER_MAX_DECIMALS:
        shown = [f"{x:.{d}f}" for x in numbers]
        collide = any(
            shown[i] == shown[j] and numbers[i] != numbers[j]
            for i in range(len(numbers))
            for j in range(i + 1, len(numbers))
        )
        vanish = float(value) != 0 and float(shown[0]) == 0
        if not (collide or vanish):
            break
        d += 1
    return d


def estimate_interval(
    value: float, low: float | None, high: float | None, unit: str = "", n_text: str | None = None
) -> str:
    """An estimate that is not a share, with its unit and 95% interval: ``"4.1 per 1,000 words (95% CI 3.3-5.2)"``.

    The words of :func:`share_interval` for any other number (a rate, a mean tone, an F1, a kappa): the estimate
    and both bounds with the same decimals (:func:`number_decimals`), the unit after the estimate, the bounds joined
    by "-", or by " to " when one is negative ("-0.12 (95% CI -0.30 to 0.05)"); a missing or zero-width interval is
    said, not printed ("none found" for an estimate of 0, else "all resamples agree": an F1 of 1.00 on a few
    examples is no certainty either).

    Parameters
    ----------
    value : float
        The estimate (None or NaN: "n/a").
    low, high : float or None
        The interval's bounds; None or NaN when there is no interval.
    unit : str, optional
        Written after the estimate ("per 1,000 words"); "" for a score without a unit.
    n_text : str, optional
        What the estimate rests on ("52 in 12,345 words", "n = 20 sentences"), inside the same parentheses; for an
        estimate of 0 without width it replaces "none found": "0 per 1,000 words (0 hedges in 21,513 words, so no
        interval)".

    Returns
    -------
    str
        ``"4.1 per 1,000 words (95% CI 3.3-5.2)"``, ``"0.72 (95% CI 0.65-0.79; n = 120 sentences)"``,
        ``"0 per 1,000 words (none found, so no interval)"``, ``"0.50 (no interval)"`` or ``"n/a"``.
    """
    unit = f" {unit}" if unit else ""
    if value is None or value != value:
        return _with_n("n/a", n_text)
    if zero_without_interval(value, low, high):
        text = f"0{unit} ({n_text or 'none found'}, so no interval)"  # "(0 hedges in 21,513 words, so ...)"
        n_text = None
    elif low is None or high is None or low != low or high != high:
        text = f"{_num(value, number_decimals(value))}{unit} (no interval)"
    elif float(low) == float(high):
        text = f"{_num(value, number_decimals(value))}{unit} (no interval: all resamples agree)"
    else:
        d = number_decimals(value, low, high)
        join = " to " if min(float(low), float(high)) < 0 else "-"
        text = f"{_num(value, d)}{unit} (95% CI {_num(low, d)}{join}{_num(high, d)})"
    return _with_n(text, n_text)


def score_interval(value: float, low: float | None, high: float | None) -> str:
    """A score of agreement (an F1, a precision, a kappa) with its 95% interval, as :func:`estimate_interval` says
    it, except that a score of 0 is a score, not a count: "0.00 (no interval: all resamples agree)", never "none found".

    Scored against coders who never gave a label, a tagger that gave it to 7 sentences has F1 and kappa 0 in every
    resample; notebook 04 and ``python -m helpers.validation score`` said "0 (none found, so no interval)", as if
    the tagger had found nothing (dogfood 12bo-d).

    Parameters
    ----------
    value : float
        The score (None or NaN: "n/a").
    low, high : float or None
        Its interval's bounds; None or NaN when there is none.

    Returns
    -------
    str

    Examples
    --------
    >>> score_interval(0.0, 0.0, 0.0), score_interval(0.0, None, None), score_interval(0.42, 0.12, 0.64)
    ('0.00 (no interval: all resamples agree)', '0.00 (no interval)', '0.42 (95% CI 0.12-0.64)')
    """
    if zero_without_interval(value, low, high):
        missing = low is None or high is None or low != low or high != high
        return "0.00 (no interval)" if missing else "0.00 (no interval: all resamples agree)"
    return estimate_interval(value, low, high)


def rate_interval(value: float, low: float | None, high: float | None, n_text: str | None = None) -> str:
    """A rate per 1,000 words with its interval: ``"4.1 per 1,000 words (95% CI 3.3-5.2)"`` (:func:`estimate_interval`).

    Parameters
    ----------
    value, low, high : float
        The rate and its bounds (events per 1,000 words).
    n_text : str, optional
        The count it rests on ("52 in 12,345 words"), inside the same parentheses.

    Returns
    -------
    str
        The rate with :data:`RATE_UNIT` and its interval.
    """
    return estimate_interval(value, low, high, RATE_UNIT, n_text)


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


_PEOPLE = {1: "one", 2: "two", 3: "three", 4: "four"}


def share_of(k: int, n: int) -> str:
    """``k / n`` as a whole percentage ("92%"), or "n/a" when ``n`` is 0 (hand checks' counts).

    Parameters
    ----------
    k, n : int
        Count and total.

    Returns
    -------
    str
        The percentage rounded to a whole number, or "n/a".
    """
    return f"{k / n:.0%}" if n else "n/a"


def blind_people(n: int, role: str) -> str:
    """How many blind judges or coders read a sheet: ``(2, "judge") -> "two blind judges"``.

    Parameters
    ----------
    n : int
        How many (spelled out up to four).
    role : str
        "judge" or "coder" (singular).

    Returns
    -------
    str
        "one blind coder", "two blind judges", "5 blind judges".
    """
    return f"{_PEOPLE.get(n, n)} blind {role}{'s' if n != 1 else ''}"


def judges_alike(values: list, per_judge: bool = False) -> str:
    """One figure per judge, said once when they agree: ``[74, 74] -> "74"``, ``[73, 74] -> "73 and 74"``.

    Parameters
    ----------
    values : list
        A figure (or its text) per judge, in the judges' order.
    per_judge : bool, default False
        Add " (one per judge)" when the figures differ, where nothing near them says that they are the judges'
        (a key finding's caveat: a reader took "45% and 49%" for a range, review s76).

    Returns
    -------
    str
        The figure, or the figures joined by "and".
    """
    if len(set(values)) == 1:
        return str(values[0])
    return " and ".join(str(v) for v in values) + (" (one per judge)" if per_judge else "")


CHECK_CORPUS_NAMES = {"allsides": "AllSides", "climate": "climate articles", "news-pages": "news pages of other sites"}
"""The corpora of the blind hand checks (``benchmarks/role_check_draw.py``) as the trust sentences name them."""


def judges_counts(pairs: list) -> str:
    """Per judge ``(k, n)`` as "42 of 49 (86%)", said once when the judges agree: "42 of 49 and 42 of 48 (86% and
    88%, one per judge)" (the hand checks' trust sentences; "one per judge" since review s76, as a reader took the
    two figures for a range).

    Parameters
    ----------
    pairs : list of (int, int)
        ``(k, n)`` per judge, in the judges' order.

    Returns
    -------
    str
        The counts, then their percentages in parentheses (:func:`judges_alike`, :func:`share_of`).
    """
    each = "" if len({tuple(p) for p in pairs}) == 1 else ", one per judge"
    return (f"{judges_alike([f'{k} of {n}' for k, n in pairs])} "
            f"({judges_alike([share_of(k, n) for k, n in pairs])}{each})")
