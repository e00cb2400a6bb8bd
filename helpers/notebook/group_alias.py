"""The group column's name in the notebooks' tables when ``group_by`` names one of their own columns.

Every notebook renames its display-group column after the ``group_by`` parameter (``outlet``, ``bias_text``,
``author`` ...). A metadata column that is also the name of a column the notebooks write (``kind``, ``topic``,
``label``, ``stance``, ``role`` ...) would then give a table two columns of one name: notebook 02 stopped
on ``-p group_by kind`` (``attributions.csv`` has the attribution's ``kind``). Such a ``group_by`` is read from its
column as given, and its groups are called ``<group_by>_group`` in every table, figure and page
(:func:`alias_group_by` in the parameters, :func:`add_group_alias` on the loaded corpus). ``outlet`` is no such name:
tables that carry both call the article's own outlet ``article_outlet``
(:func:`helpers.notebook.output.name_group_columns`).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["OUTPUT_COLUMNS", "group_column", "alias_group_by", "add_group_alias", "source_column"]

OUTPUT_COLUMNS = frozenset({
    'alone', 'alone_corpus_share', 'carried', 'carried_share', 'context_before', 'corpus_share', 'flagged', 'top_alone',
    'top_cues',
    'CO', 'EC', 'F1', 'F1_high', 'F1_interval', 'F1_low', 'HI', 'MO', 'RE', 'T1', 'T10', 'T11', 'T2', 'T3', 'T4',
    'T5', 'T6', 'T7', 'T8', 'T9', 'acting', 'actor', 'actor_label', 'affiliation', 'all_labels', 'alpha', 'alpha_high', 'alpha_low', 'approximate',
    'article_outlet', 'article_outlet_a', 'article_outlet_b', 'articles', 'blamed', 'capacity_resources', 'caption',
    'causal_attribution', 'causal_attribution_cues', 'ci_high', 'ci_low', 'coder_notes', 'coders', 'coherence',
    'coherence_min', 'column', 'conflict', 'containment', 'contrast_share', 'contrast_value', 'converged',
    'corrected', 'corrected_high', 'corrected_low', 'cosine', 'count', 'count_rest', 'counted', 'covered',
    'cramers_v', 'crime_punishment', 'cues', 'cultural_identity', 'data', 'date', 'date_basis', 'date_parsed',
    'date_period', 'date_precision', 'dated', 'dateline', 'dates', 'definition', 'demanding', 'diversity', 'doc_a',
    'doc_b', 'doc_id', 'dominant', 'dominant_topic', 'duplicate_of', 'duplicate_title', 'duplicates', 'economic',
    'economic_consequences',
    'end', 'error', 'estimate', 'events', 'explained', 'external_regulation_reputation', 'fairness_equality', 'family',
    'fit_units', 'fn', 'fp', 'frame', 'frame_label', 'function', 'gap', 'group', 'groups', 'group_a', 'group_b', 'group_by', 'group_words',
    'groups_pooled', 'health_safety', 'hedge', 'hedge_kind', 'human_interest', 'identity', 'interval', 'jaccard',
    'k', 'k_articles', 'k_outlet_voice', 'k_own_words', 'k_sentences', 'k_units', 'kappa', 'kappa_high', 'kappa_interval',
    'kappa_low', 'kind', 'label', 'marked', 'label_text', 'leading_remedy', 'legality_jurisprudence', 'levels', 'lexicon_F1',
    'longest_passage', 'longest_words', 'macro_F1', 'macro_F1_sd', 'max_cosine', 'mbfc_rating', 'mean_share', 'mean_tone',
    'mean_words', 'measure', 'mention', 'mentions', 'method', 'moral_evaluation', 'moral_evaluation_cues', 'morality',
    'most_blamed', 'n', 'n_articles', 'n_coded', 'n_cues', 'n_in_cell', 'n_mentions', 'n_outlets', 'n_paragraphs',
    'n_removed_lines', 'n_sentences', 'n_total', 'n_units', 'n_words', 'naive', 'naive_covered', 'naive_high',
    'naive_low', 'navigation', 'negatable', 'negated_cues', 'no_topic', 'not_before', 'note', 'notes', 'outlet_voice', 'outlet_raw',
    'outlets', 'own_ci_high', 'own_ci_low', 'p_holm', 'p_value', 'paired_diff', 'paired_diff_sd', 'paired_to', 'pairs_with_shared_passage', 'pattern',
    'per_1000', 'policy_prescription', 'political', 'positives', 'precision', 'precision_high',
    'precision_low', 'predicted', 'problem_definition', 'problem_definition_cues', 'promising', 'promo',
    'public_opinion', 'published_stub', 'quality_of_life', 'quoted_cues', 'rank', 'rate', 'raw_share',
    'reading_time', 'reason', 'recall', 'recall_high', 'recall_low', 'recipient', 'remedies_k', 'remedy_dialogue',
    'remedy_economic_pressure', 'remedy_mediation', 'remedy_military_action', 'remedy_outlet_voice',
    'remedy_repatriation', 'remedy_verifiable_action', 'removed_rules', 'removed_words', 'resolution',
    'responsibility', 'role', 'role_basis', 'role_from', 'role_label', 'rule', 'same_group', 'sample', 'sampled', 'section_label',
    'security_defense', 'seed_1', 'seed_2', 'seed_3', 'seed_4', 'seed_5', 'sentence', 'sentences', 'share',
    'share_negative', 'share_own_words', 'share_positive', 'shared_shingles', 'single_article', 'size', 'size_share', 'top_article', 'top_article_share', 'source',
    'source_resolved', 'source_type', 'speaker', 'split', 'stability', 'stability_min', 'stable', 'stance', 'start',
    'status', 'stratum', 'supervised_F1', 'support', 'teaser_cards', 'term', 'test', 'text', 'tied_with', 'title',
    'tone', 'top_is_pseudo', 'top_n', 'top_outlet', 'top_share', 'top_terms', 'top_value', 'topic', 'tp', 'trailer', 'trailer_marker', 'uneven', 'unit_id',
    'unit_key', 'units', 'use', 'validation', 'variant', 'verb', 'verb_category', 'verb_lemma', 'version', 'via',
    'voice', 'weight', 'words', 'z'
})
"""Column names the notebooks write (every column of the seeds' tables in ``figures/``, the display-group columns
and the article's own outlet columns; ``tests/test_group_alias.py`` checks that the list covers ``figures/``)."""

SUFFIX = "_group"
"""Added to a ``group_by`` that is in :data:`OUTPUT_COLUMNS` (or whose pair columns are: :func:`group_column`)."""
_PAIR_ENDS = ("_a", "_b")
"""Endings of the group columns of a table of article pairs (:func:`helpers.notebook.output.name_group_columns`)."""


def group_column(group_by: str) -> str:
    """Name of the display-group column for ``group_by``.

    Parameters
    ----------
    group_by : str
        The metadata column the notebooks compare across.

    Returns
    -------
    str
        ``group_by`` itself, or ``<group_by>_group`` when ``group_by`` is in :data:`OUTPUT_COLUMNS`, or when the
        names of a pair's groups, ``<group_by>_a`` and ``<group_by>_b`` (``text_reuse.csv``), are: ``doc`` would
        name a pair's groups ``doc_a`` and ``doc_b``, the pair's article ids (review 12bh-w: ``-p group_by doc``
        stopped notebook 02).

    Examples
    --------
    >>> group_column("bias_text"), group_column("kind"), group_column("doc")
    ('bias_text', 'kind_group', 'doc_group')
    """
    clash = group_by in OUTPUT_COLUMNS or any(f"{group_by}{end}" in OUTPUT_COLUMNS for end in _PAIR_ENDS)
    return f"{group_by}{SUFFIX}" if clash else group_by


def source_column(P: dict) -> str:
    """The corpus column the groups are read from (``group_by`` as the user gave it).

    Parameters
    ----------
    P : dict
        Validated parameters, after :func:`alias_group_by`.

    Returns
    -------
    str
    """
    return P.get("group_by_column") or P["group_by"]


def alias_group_by(P: dict) -> dict:
    """Parameters whose ``group_by`` is the group column's name (:func:`group_column`), saying so when it changes.

    Parameters
    ----------
    P : dict
        Validated parameters of a notebook (with or without ``group_by``).

    Returns
    -------
    dict
        ``P`` itself when ``group_by`` is absent or needs no other name; else a copy with ``group_by`` set to
        ``<group_by>_group`` and ``group_by_column`` to the column as given (a note is printed, so each
        notebook's page says it).
    """
    given = P.get("group_by")
    if given is None or P.get("group_by_column") or group_column(given) == given:
        return P
    name = group_column(given)
    print(f"group_by {given!r} is also the name of a column these notebooks write; its groups are called {name!r} in "
          "the tables and figures")
    return {**P, "group_by": name, "group_by_column": given}


def add_group_alias(corpus: pd.DataFrame, P: dict) -> pd.DataFrame:
    """The corpus with the group column under its table name (a copy of the ``group_by`` column as given).

    Parameters
    ----------
    corpus : DataFrame
        The loaded corpus (or the dask engine's metadata table), which has the column :func:`source_column`.
    P : dict
        Validated parameters, after :func:`alias_group_by`.

    Returns
    -------
    DataFrame
        ``corpus`` itself when no alias is needed; else a shallow copy with the column ``P["group_by"]`` added
        (``attrs`` kept).
    """
    col = source_column(P)
    if col == P["group_by"]:
        return corpus
    out = corpus.assign(**{P["group_by"]: corpus[col]})
    out.attrs = dict(corpus.attrs)
    return out
