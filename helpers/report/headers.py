"""Readable column headers on the reader pages (``NN_x.reader.html``), from one mapping.

The reader tables showed the CSV column names (``n_removed_lines``, ``date_precision``, ``ci_low`` ...), which a
journalist reads as code (review 12bi-x). On the reader page the most common columns get a header in words
(:data:`READER_HEADERS`), and the CSV name stays in the header's ``title`` (shown on hover), so that the prose and
the CSV (which keep the names) can still be matched. Only the header row of a pandas table (``<thead>``) changes:
the CSV files, the page with code and the stored notebooks keep the names, and a table's cells are never renamed.
The group column (named after ``group_by``) keeps its name. Every column here is documented in
docs/DATA_DICTIONARY.md (``tests/test_dogfood_bi_d2.py`` checks it).
"""
from __future__ import annotations

import html
import re

__all__ = ["READER_HEADERS", "readable_headers"]

READER_HEADERS = {
    # articles (notebook 00 and every table of articles)
    "doc_id": "article id",
    "n_words": "words in body",
    "n_paragraphs": "paragraphs",
    "n_removed_lines": "lines removed",
    "removed_words": "words removed",
    "removed_rules": "removed by rule",
    "duplicate_of": "duplicate of",
    "date_precision": "date precision (metadata)",
    "date_parsed": "date read",
    "date_basis": "date from",
    "not_before": "not before",
    "mean_words": "mean words per article",
    "groups_pooled": "groups pooled",
    # groups, intervals and tests
    "n_articles": "number of articles",
    "n_units": "number of units",
    "n_sentences": "number of sentences",
    "ci_low": "95% CI low",
    "ci_high": "95% CI high",
    "p_value": "p-value",
    "single_article": "one article only",
    "same_group": "same group",
    # topics (01)
    "top_terms": "top terms",
    "dominant_topic": "dominant topic",
    "mean_share": "mean share",
    "size_share": "share of units",
    "no_topic": "no topic",
    "unit_id": "unit id",
    # sourcing, tone and reuse (02)
    "mean_tone": "mean tone",
    "share_negative": "share negative",
    "share_positive": "share positive",
    "verb_category": "verb category",
    "verb_lemma": "verb (lexicon entry)",
    "hedge_kind": "hedge kind",
    "source_type": "source type",
    "source_resolved": "source (resolved)",
    "role_basis": "role from",
    "n_in_cell": "sentences in cell",
    "per_1000": "per 1,000 words",
    "shared_shingles": "shared word sequences",
    "longest_words": "longest shared passage (words)",
    "longest_passage": "longest shared passage",
    # framing (03)
    "frame_label": "frame label",
    "n_cues": "number of cues",
    "negated_cues": "cues discounted",
    "coder_notes": "coder's note",
    "tied_with": "tied with",
    "most_blamed": "most blamed",
    "leading_remedy": "leading remedy",
    "problem_definition": "problem definition",
    "causal_attribution": "causal attribution",
    "moral_evaluation": "moral evaluation",
    "problem_definition_cues": "problem definition cues",
    "causal_attribution_cues": "causal attribution cues",
    "moral_evaluation_cues": "moral evaluation cues",
}
"""CSV column name -> the header a reader page shows (one mapping for every notebook)."""

_THEAD_RE = re.compile(r"<thead>.*?</thead>", re.S)
_TH_RE = re.compile(r"<th>([^<>]+)</th>")


def _rename(m: re.Match) -> str:
    name = m.group(1)
    header = READER_HEADERS.get(html.unescape(name))
    if header is None:
        return m.group(0)
    return f'<th title="{name}">{html.escape(header)}</th>'


def readable_headers(fragment: str) -> str:
    """The header rows of the pandas tables of an HTML fragment with :data:`READER_HEADERS` in place of CSV names.

    Parameters
    ----------
    fragment : str
        HTML holding tables as written by pandas.

    Returns
    -------
    str
        The fragment with each ``<th>`` of a ``<thead>`` whose text is a key of :data:`READER_HEADERS` replaced by
        ``<th title="<csv name>"><header></th>``; every other cell unchanged.

    Examples
    --------
    >>> readable_headers("<table><thead><tr><th>n_removed_lines</th><th>desk</th></tr></thead></table>")
    '<table><thead><tr><th title="n_removed_lines">lines removed</th><th>desk</th></tr></thead></table>'
    """
    return _THEAD_RE.sub(lambda m: _TH_RE.sub(_rename, m.group(0)), fragment)
