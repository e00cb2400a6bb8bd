"""Share columns of the reader pages' tables as percentages with their interval (the CSVs keep proportions).

A notebook displays its result tables as saved (``share`` 0.062, ``ci_low`` 0.000, ``ci_high`` 0.188); a reader
of the report should meet "6.2% (95% CI 0.0-18.8%)" beside the table's counts. At export, in the reader page
only, every column of a pandas table that is a share by its name (:data:`SHARE_COLUMN`) and whose values all lie
in [0, 1] is written as percentages by :func:`helpers.core.wording.share_interval` (the one rule for printed
shares); its bounds columns (:data:`BOUNDS`), when present, are merged into it and dropped. The header says the
unit: "share, % (95% CI)", and "share, % of n (95% CI)" when the table shows the ``k`` and ``n`` the share is
made of.

Other estimates with their bounds in the table (:data:`ESTIMATE_BOUNDS`: a rate per 1,000 words, a mean tone, an
F1 or kappa) are merged the same way by :func:`helpers.core.wording.estimate_interval` ("36.4 per 1,000 words (95%
CI 22.8-52.4)"). Scores and rates without bounds are left as they are, and a column a notebook already wrote in
those words (``F1_interval``: ``helpers.core.wording.estimate_interval``) is shown as written (issue qa7).
"""

from __future__ import annotations

import html
import math
import re

from ..core.wording import (  # the column conventions are shared with helpers.notebook.output.rounded
    ESTIMATE_BOUNDS,
    SHARE_BOUNDS,
    SHARE_COLUMN,
    estimate_interval,
    percent,
    score_interval,
    share_interval,
)

__all__ = ["BOUNDS", "ESTIMATE_BOUNDS", "SHARE_COLUMN", "percent_shares"]

BOUNDS = SHARE_BOUNDS
"""A share column -> the columns of its interval's bounds (:data:`helpers.core.wording.SHARE_BOUNDS`)."""
_SCORES = {"F1", "kappa"}
"""Columns of :data:`ESTIMATE_BOUNDS` that hold a score, said by :func:`helpers.core.wording.score_interval`."""
_HEADERS = {"mean_tone": "mean tone, -1 to 1"}
"""A merged estimate's header where the column name alone does not say the scale."""
_TABLE_RE = re.compile(r"<table[^>]*class=\"dataframe.*?</table>", re.S)
_ROW_RE = re.compile(r"<tr[^>]*>(.*?)</tr>", re.S)
_CELL_RE = re.compile(r"(<t([hd])([^>]*)>)(.*?)(</t\2>)", re.S)
_TAG_RE = re.compile(r"<[^>]+>")
_MISSING = {"", "nan", "none", "<na>", "n/a"}


def _text(cell_html: str) -> str:
    return html.unescape(_TAG_RE.sub("", cell_html)).strip()


def _number(text: str) -> float | None:
    """The cell's value (NaN for an empty or missing cell), or None when it is not a number."""
    if text.lower() in _MISSING:
        return float("nan")
    try:
        return float(text)
    except ValueError:
        return None


def _column_values(rows: list[list[tuple]], j: int, proportions: bool = True,
                   empty: bool = False) -> list[float] | None:
    """The values of column ``j`` when every one is a number (a proportion, by default) or missing, and one is given
    (with ``empty``, also when every one is missing: bounds of a column without any interval, review s78-B)."""
    values = [_number(_text(r[j][3])) for r in rows]
    if any(v is None for v in values) or (all(math.isnan(v) for v in values) and not empty):
        return None
    return values if not proportions or all(math.isnan(v) or 0 <= v <= 1 for v in values) else None


def _estimate_plan(names: list[str], rows: list[list[tuple]], taken: set[int]) -> dict:
    """Column -> (values, lows, highs, unit) of the estimates of :data:`ESTIMATE_BOUNDS` whose bounds are shown."""
    plan = {}
    for j, name in enumerate(names):
        if name not in ESTIMATE_BOUNDS or j in taken:
            continue
        lo_name, hi_name, unit = ESTIMATE_BOUNDS[name]
        if lo_name not in names or hi_name not in names or {names.index(lo_name), names.index(hi_name)} & taken:
            continue
        values = _column_values(rows, j, proportions=False)
        lows = _column_values(rows, names.index(lo_name), proportions=False)
        highs = _column_values(rows, names.index(hi_name), proportions=False)
        if values is not None and lows is not None and highs is not None:
            plan[j] = (values, lows, highs, unit)
    return plan


def _cells(row_html: str) -> list[tuple]:
    return _CELL_RE.findall(row_html)


def _convert(table: str) -> str:
    head = re.search(r"<thead>(.*?)</thead>", table, re.S)
    body = re.search(r"<tbody>(.*?)</tbody>", table, re.S)
    if not head or not body or "colspan" in table or "rowspan" in table:
        return table
    head_rows = _ROW_RE.findall(head.group(1))
    if len(head_rows) != 1:  # a labelled index or a column MultiIndex: left as it is
        return table
    names = [_text(c[3]) for c in _cells(head_rows[0])]
    rows = [_cells(r) for r in _ROW_RE.findall(body.group(1))]
    if not rows or any(len(r) != len(names) for r in rows):
        return table
    plan, drop = {}, set()
    for j, name in enumerate(names):
        if not SHARE_COLUMN.match(name) or (values := _column_values(rows, j)) is None:
            continue
        lo_name, hi_name = BOUNDS.get(name, (None, None))
        if lo_name in names and hi_name in names:
            lo_j, hi_j = names.index(lo_name), names.index(hi_name)
            lows, highs = _column_values(rows, lo_j, empty=True), _column_values(rows, hi_j, empty=True)
            if lows is not None and highs is not None:
                plan[j] = (values, lows, highs)
                drop |= {lo_j, hi_j}
                continue
        plan[j] = (values, None, None)
    estimates = _estimate_plan(names, rows, set(plan) | drop)
    for j in estimates:
        drop |= {names.index(b) for b in ESTIMATE_BOUNDS[names[j]][:2]}
    if not plan and not estimates:
        return table
    of_n = " of n" if {"k", "n"} <= set(names) else ""  # "share" is k of n only where both are shown

    def header(j: int, cell: tuple) -> str:
        if j in estimates:  # the unit is in every cell ("36.4 per 1,000 words (95% CI ...)")
            return f"{cell[0]}{html.escape(_HEADERS.get(names[j], names[j]))} (95% CI){cell[4]}"
        unit = "%" + (of_n if names[j] == "share" else "") + (" (95% CI)" if plan[j][1] is not None else "")
        return f"{cell[0]}{html.escape(names[j])}, {unit}{cell[4]}"

    def value(j: int, i: int, cell: tuple) -> str:
        if j in estimates:
            v, lows, highs, unit = estimates[j]
            lo, hi = (None if math.isnan(x[i]) else x[i] for x in (lows, highs))
            said = (score_interval(v[i], lo, hi) if names[j] in _SCORES  # dogfood 12bo-d: an F1 of 0 is no count
                    else estimate_interval(v[i], lo, hi, unit))
            return f"{cell[0]}{html.escape(said)}{cell[4]}"
        v, lows, highs = plan[j]
        if math.isnan(v[i]):
            text = "n/a"
        elif lows is None:
            text = percent(v[i])
        else:
            lo, hi = lows[i], highs[i]
            text = share_interval(v[i], None if math.isnan(lo) else lo, None if math.isnan(hi) else hi)
        return f"{cell[0]}{html.escape(text)}{cell[4]}"

    changed = set(plan) | set(estimates)

    def rebuild(cells: list[tuple], make) -> str:
        return "".join(
            make(j, c) if j in changed else "".join(c[k] for k in (0, 3, 4))
            for j, c in enumerate(cells)
            if j not in drop
        )

    new_head = re.sub(
        r"(<tr[^>]*>).*?(</tr>)",
        lambda m: m.group(1) + rebuild(_cells(head_rows[0]), header) + m.group(2),
        head.group(1),
        count=1,
        flags=re.S,
    )
    trs = list(re.finditer(r"(<tr[^>]*>)(.*?)(</tr>)", body.group(1), re.S))
    new_body = body.group(1)
    for i, m in reversed(list(enumerate(trs))):
        row = rebuild(rows[i], lambda j, c, i=i: value(j, i, c))
        new_body = new_body[: m.start()] + m.group(1) + row + m.group(3) + new_body[m.end() :]
    out = table[: body.start(1)] + new_body + table[body.end(1) :]
    return out[: head.start(1)] + new_head + out[head.end(1) :]


def percent_shares(fragment: str) -> str:
    """Every pandas table of an HTML fragment with its share columns as percentages (see the module docstring).

    Parameters
    ----------
    fragment : str
        HTML holding tables as written by pandas (``class="dataframe"``).

    Returns
    -------
    str
        The fragment with each share column as "6.2% (95% CI 0.0-18.8%)" (its bound columns merged into it) or
        "29%", each estimate with its bounds as "36.4 per 1,000 words (95% CI 22.8-52.4)"; tables with none of these, with a two-row header or with merged cells are
        unchanged.
    """
    return _TABLE_RE.sub(lambda m: _convert(m.group(0)), fragment)
