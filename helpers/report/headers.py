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
    # the story mix of the groups (notebook 00; shown since review s78-C)
    "top_value": "most common value",
    "top_share": "its share",
    "contrast_value": "value compared",
    "contrast_share": "share of the value compared",
    "cramers_v": "Cramér's V",
    # the sweep of the number of topics (notebook 01; shown since review s78-C)
    "coherence_min": "coherence of the least coherent topic",
    "fit_units": "units fitted",
    "stability_min": "stability of the least stable topic",
    "outlet_raw": "outlet name as given",
    "outlet_kind": "kind of outlet",
    # groups, intervals and tests
    "n_articles": "number of articles",
    "n_units": "number of units",
    "n_sentences": "number of sentences",
    "ci_low": "95% CI low",
    "ci_high": "95% CI high",
    "p_value": "p-value",
    "p_holm": "p-value, Holm-adjusted",
    "single_article": "one article only",
    "same_group": "same group",
    # topics (01)
    "top_terms": "top terms",
    "dominant_topic": "dominant topic",
    "mean_share": "mean share",
    "size_share": "share of units",
    "top_article": "article with most of the topic",
    "top_article_share": "share from that article",
    "no_topic": "no topic",
    "unit_id": "unit id",
    "explained": "explained by the topics",
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
    "per_1000": "per 1,000 counted words",
    "group_words": "words counted",
    "shared_shingles": "shared word sequences",
    "longest_words": "longest shared passage (words)",
    "longest_passage": "longest shared passage",
    "count_rest": "count in other groups",
    "doc_a": "first article",
    "doc_b": "second article",
    "outlet_a": "first article's outlet",
    "outlet_b": "second article's outlet",
    "k_sentences": "sentences with the label",
    "label_text": "label as written",
    "k_own_words": "sentences with the label in the writer's words",
    "share_own_words": "share in the writer's words",
    "own_ci_low": "95% CI low (writer's words)",
    "own_ci_high": "95% CI high (writer's words)",
    "actor_label": "actor (study's name)",
    "role_label": "role (in words)",
    "not_attributions": "not attributions",
    "reader_role": "role (reader)",
    "reader_type": "type (reader)",
    "source_ok": "source right",
    "type_ok": "type right",
    "n_pred": "found by the rules",
    "tp_pred": "found and right",
    "n_gold": "in the hand labels",
    "tp_gold": "hand-labelled and found",
    # framing (03)
    "frame_label": "frame label",
    "n_cues": "number of cues",
    "negated_cues": "cues discounted",
    "coder_notes": "coder's note",
    "tied_with": "tied with",
    "most_blamed": "most blamed (its blaming sentences of those naming it)",
    "leading_remedy": "leading remedy (largest mean share per article)",
    "problem_definition": "problem definition",
    "causal_attribution": "causal attribution",
    "moral_evaluation": "moral evaluation",
    "problem_definition_cues": "problem definition cues",
    "causal_attribution_cues": "causal attribution cues",
    "moral_evaluation_cues": "moral evaluation cues",
    "policy_frames": "policy frames",
    "generic_frames": "generic frames",
    "entman_functions": "Entman functions",
    "k_units": "units with the frame",  # sentences or paragraphs (parameter unit)
    "k_articles": "articles found",
    "outlet_voice": "share in outlet's own voice",
    "remedies_k": "units per remedy (pooled count, another ranking)",
    "remedy_outlet_voice": "remedy in outlet's own voice",
    "n_coded": "hand-coded units",
    "naive_ci": "share as tagged (95% CI)",
    "corrected_ci": "corrected share (95% CI)",
    # validation (03, 04)
    "tp": "true positives",
    "fp": "false positives",
    "fn": "false negatives",
    "F1_interval": "F1 (95% CI)",
    "kappa_interval": "kappa (95% CI)",
    "all_labels": "hand-labelled share, all articles",
    "lexicon_F1": "F1 of the cue rules",
    "supervised_F1": "F1 of the supervised model",
    "macro_F1": "macro-F1",
    "macro_F1_sd": "macro-F1 SD",
    "paired_diff": "paired difference",
    "paired_diff_sd": "paired difference SD",
    "paired_to": "paired to",
    "unit_key": "sentence key",
    "mbfc_rating": "Media Bias/Fact Check rating",
}
"""CSV column name -> the header a reader page shows (one mapping for every notebook)."""

_THEAD_RE = re.compile(r"<thead>.*?</thead>", re.S)
_TH_RE = re.compile(r"<th>([^<>]+)</th>")


_PERCENT = ", %"
"""How :func:`helpers.report.share_tables.percent_shares` starts the unit it appends to a share column in percent."""


def _rename(m: re.Match) -> str:
    name = m.group(1)
    plain = html.unescape(name)
    base, percent, unit = plain.partition(_PERCENT)  # "mean_share, % (95% CI)": the name, then its unit
    unit = percent + unit
    header = READER_HEADERS.get(base)
    if header is None:
        return m.group(0)
    return f'<th title="{name}">{html.escape(header + unit)}</th>'


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
        ``<th title="<csv name>"><header></th>``; every other cell unchanged. A share column shown in percent
        (``share_negative, %``, ``mean_share, % (95% CI)``) gets its column's header with the unit (``share negative, %``).

    Examples
    --------
    >>> readable_headers("<table><thead><tr><th>n_removed_lines</th><th>desk</th></tr></thead></table>")
    '<table><thead><tr><th title="n_removed_lines">lines removed</th><th>desk</th></tr></thead></table>'
    """
    return _THEAD_RE.sub(lambda m: _TH_RE.sub(_rename, m.group(0)), fragment)
