"""Site templates: short lines that recur across several articles of one outlet.

A site repeats its slogan, its "Follow us" line, its section menu or its
newsletter box on every page, worded in its own way, so no general rule can
name them all. Across a corpus they show up as the same short line in many
articles of the same outlet. :func:`find_site_templates` counts, per outlet
(or any other grouping column, so that it also runs on data partitioned by
outlet), the short kept lines of each article, and calls a line a template when
it recurs in at least :data:`MIN_ARTICLES` distinct articles and in at least
:data:`MIN_SHARE` of that outlet's distinct articles.

Duplicate and near-duplicate articles are counted once: a resampled corpus
repeats whole articles, and an updated story repeats most of its lines. Two
articles are taken as near-duplicates when their longest body paragraph is the
same, character for character.

Only lines of at most :data:`MAX_WORDS` words are considered: a background
paragraph that an outlet reuses in several stories is still part of each story.
Nor is a short line that reports what someone said (dogfood 12bh-d): an
attributed quotation (:func:`attributed_quotation`: a sentence with a quotation
of :data:`MIN_QUOTE_WORDS` or more words and a reporting verb outside it,
``"We will not wait," said the mayor.``) or an attributed statement
(:func:`attributed_statement`: a sentence of :data:`MIN_STATEMENT_WORDS` or more
words ending in one full stop, with a reporting verb in the past tense outside
quotation marks, ``Talks will resume on Friday, officials said.``). A small
outlet's follow-up stories and a wire service's items repeat such lines, and
furniture (menus, share bars, newsletter boxes, bylines, teasers ending in
"...") does not report anyone's words.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from ..text.quotes import mask_spans, quote_spans

__all__ = ["find_site_templates", "apply_site_templates", "template_summary", "attributed_quotation", "MIN_ARTICLES",
           "MIN_SHARE", "MAX_WORDS", "MAX_CHARS", "MIN_QUOTE_WORDS", "MIN_STATEMENT_WORDS", "REPORTING", "REPORTED", "RULE", "attributed_statement"]

MIN_ARTICLES = 3
"""A template recurs in at least this many distinct articles of one outlet..."""
MIN_SHARE = 0.1
"""...and in at least this share of that outlet's distinct articles."""
MAX_WORDS = 20
"""Longer lines are never templates."""
MAX_CHARS = 250
"""Nor lines of more characters (a cheap test made first)."""
RULE = "site_template"
MIN_QUOTE_WORDS = 4
"""An attributed quotation quotes at least this many words (as the attribution rules' ``min_quote_words``)."""
REPORTING = ("said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states",
             "warned", "warns", "explained", "explains", "wrote", "writes", "noted", "notes", "argued", "argues",
             "insisted", "insists", "recalled", "recalls", "claimed", "claims", "replied", "replies", "announced",
             "announces", "urged", "urges", "admitted", "admits", "acknowledged", "acknowledges", "cautioned",
             "cautions", "predicted", "predicts", "according to")
"""Reporting verbs (English) that attribute a quotation to its speaker, outside the quotation marks."""
_REPORTING = re.compile(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in REPORTING) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile("[.!?][\"'\u201d\u2019\u00bb)]*$")
MIN_STATEMENT_WORDS = 8
"""An attributed statement without a quotation has at least this many words."""
REPORTED = ("said", "told", "added", "stated", "warned", "announced", "explained", "according to")
"""Reporting verbs in the past tense (English) that attribute a statement without quotation marks."""
_REPORTED = re.compile(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in REPORTED) + r")\b", re.IGNORECASE)
_ONE_FULL_STOP = re.compile("(?<![.\u2026])\\.[\"'\u201d\u2019\u00bb)]*$")


def attributed_statement(line: str) -> bool:
    """Whether a line is a sentence that reports what someone said, without quoting them.

    Parameters
    ----------
    line : str
        One kept line of an article.

    Returns
    -------
    bool
        True when the line has at least :data:`MIN_STATEMENT_WORDS` words, ends with one full stop (not an
        ellipsis, which ends a teaser, nor a question mark), and has a past-tense reporting verb of
        :data:`REPORTED` outside quotation marks (``Talks will resume on Friday, officials said.``).
    """
    text = line.strip()
    if len(text.split()) < MIN_STATEMENT_WORDS or not _ONE_FULL_STOP.search(text) or not _REPORTED.search(text):
        return False
    return bool(_REPORTED.search(mask_spans(text, quote_spans(text))))


def attributed_quotation(line: str) -> bool:
    """Whether a line is a sentence that quotes a speaker, which a site template never is.

    Parameters
    ----------
    line : str
        One kept line of an article.

    Returns
    -------
    bool
        True when the line ends as a sentence does (``.``, ``!`` or ``?``, then any closing quotation marks),
        holds a quotation of at least :data:`MIN_QUOTE_WORDS` words, and has a reporting verb of
        :data:`REPORTING` outside the quotation marks (``"...," said the mayor.``; ``She told reporters:
        "..."``). A slogan in quotation marks, a podcast's or a linked story's title ("Read more: ...") has no
        reporting verb outside them.
    """
    text = line.strip()
    if not _SENTENCE_END.search(text) or not _REPORTING.search(text):  # cheap tests first
        return False
    spans = [(s, e) for s, e in quote_spans(text) if len(text[s:e].split()) >= MIN_QUOTE_WORDS]
    return bool(spans) and bool(_REPORTING.search(mask_spans(text, spans)))

def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unit_keys(raw: str, sp: list[tuple]) -> list:
    """Folded text of each short unit (``None`` for longer ones and for attributed quotations and statements)."""
    out = []
    for _lab, s, e in sp:
        if e - s > MAX_CHARS:
            out.append(None)
            continue
        t = raw[s:e]
        short = t.count(" ") < MAX_WORDS and not attributed_quotation(t) and not attributed_statement(t)
        out.append(_key(t) if short else None)
    return out


def _signature(raw: str, sp: list[tuple]) -> int | None:
    """A hash of the longest body paragraph: equal for duplicate and near-duplicate articles.

    The same in every process (not Python's salted ``hash``), so that partitions
    read by different processes agree (see :mod:`helpers.corpus.dask_corpus`).
    """
    best = max(((e - s, s, e) for lab, s, e in sp if lab == "body"), default=None)
    if best is None:
        return None
    digest = hashlib.blake2b(raw[best[1]:best[2]].encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _templates(keys: list[list], sigs: list, groups: list[str]) -> dict:
    seen_sig: dict[str, set] = defaultdict(set)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    n_distinct: dict[str, int] = defaultdict(int)
    for ks, sig, g in zip(keys, sigs, groups):
        if sig is None or sig in seen_sig[g]:
            continue  # no body, or a duplicate or near-duplicate article: counted once
        seen_sig[g].add(sig)
        n_distinct[g] += 1
        for k in {k for k in ks if k is not None}:
            counts[g][k] += 1
    out = {}
    for g, c in counts.items():
        need = max(MIN_ARTICLES, MIN_SHARE * n_distinct[g])
        found = {k: (v, n_distinct[g]) for k, v in c.items() if v >= need}
        if found:
            out[g] = found
    return out


def find_site_templates(raws: list[str], spans: list[list[tuple]], groups: list[str]) -> dict[str, dict[str, tuple[int, int]]]:
    """Lines that recur across the distinct articles of each group.

    Parameters
    ----------
    raws : list of str
        Raw text per article.
    spans : list of list of (label, start, end)
        The kept units of each article (as ``load_corpus`` stores them in ``spans``).
    groups : list of str
        The outlet (or other group) of each article.

    Returns
    -------
    dict
        ``{group: {line key: (n distinct articles with it, n distinct articles in the group)}}``
        for the groups that have templates.
    """
    keys = [_unit_keys(r, sp) for r, sp in zip(raws, spans)]
    return _templates(keys, [_signature(r, sp) for r, sp in zip(raws, spans)], groups)


def apply_site_templates(raws: list[str], spans: list[list[tuple]], removed: list[list[dict]],
                         groups: list[str], templates: dict | None = None,
                         ) -> tuple[list[list[tuple]], list[list[dict]], set[int], list[dict]]:
    """Move the units that are site templates from ``spans`` to ``removed``.

    Parameters
    ----------
    raws, spans, groups
        As in :func:`find_site_templates`.
    removed : list of list of dict
        The cleaning audit per article; template lines are appended with
        rule :data:`RULE`, their offsets and the counts behind the decision.
    templates : dict, optional
        Templates found beforehand (as :func:`find_site_templates` returns
        them), e.g. over a whole corpus of which these articles are one
        partition; by default they are found in these articles.

    Returns
    -------
    (spans, removed, changed, summary)
        New lists, the indexes of the articles that changed, and one dict
        per template (``group``, ``line``, ``n_articles``, ``n_distinct``) for the audit.
    """
    keys = [_unit_keys(r, sp) for r, sp in zip(raws, spans)]
    if templates is None:
        templates = _templates(keys, [_signature(r, sp) for r, sp in zip(raws, spans)], groups)
    if not templates:
        return spans, removed, set(), []
    spans, removed = list(spans), list(removed)
    changed = set()
    for i, (raw, sp, g) in enumerate(zip(raws, spans, groups)):
        tpl = templates.get(g)
        if not tpl:
            continue
        keep, gone = [], []
        for (lab, s, e), k in zip(sp, keys[i]):
            hit = tpl.get(k) if k is not None else None
            if hit:
                t = raw[s:e]
                where = f"outlet {g!r}" if g else "the corpus (no outlet given)"
                gone.append({"start": s, "end": e, "text": t, "rule": RULE,
                             "reason": f"site template: the same line is in {hit[0]} of the {hit[1]} distinct "
                                       f"articles of {where}"})
            else:
                keep.append((lab, s, e))
        if gone:
            spans[i] = keep
            removed[i] = sorted(removed[i] + gone, key=lambda r: (r["start"] is None, r["start"] or 0))
            changed.add(i)
    return spans, removed, changed, template_summary(templates)


def template_summary(templates: dict) -> list[dict]:
    """One dict per template, sorted by group and line, for the audit.

    Parameters
    ----------
    templates : dict
        Group to ``{line: (n_articles, n_distinct)}``: each template line of the group, the number of its
        distinct articles that hold the line and the number of its distinct articles.

    Returns
    -------
    list of dict
        ``{"group", "line", "n_articles", "n_distinct"}`` per template, sorted by group, then line.
    """
    return [{"group": g, "line": k, "n_articles": v[0], "n_distinct": v[1]}
            for g in sorted(templates) for k, v in sorted(templates[g].items())]
