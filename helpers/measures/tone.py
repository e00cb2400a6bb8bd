"""How each group of articles portrays each actor: tone and naming.

* :func:`actor_mentions` finds the actors of the shared gazetteer
  (``helpers/data/actors.yaml``) in body sentences (never in headlines).
* :func:`score_tone` gives each sentence a VADER compound score
  (vaderSentiment, an offline lexicon for English), with the actor names and
  naming labels masked so that calling a group "terrorists" is counted as a
  naming choice, not as negative tone.
* :func:`actor_tone` averages the scores per group and actor with intervals
  over articles (a sentence's article is the sampling unit; a cluster-robust
  t interval since issue 12bg-i3); :func:`permutation_test` asks whether the group
  differences exceed what shuffling group labels between *articles* gives.
* :func:`attach_labels` finds naming labels ("banned", "militants",
  "Islamic Emirate") and attaches each to the nearest actor mention.

Sentence tone is not stance: a sentence that mentions the TTP is negative
when it reports an attack, whoever the outlet blames. Read the scores with
their evidence sentences.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..core.progress import progress
from ..core.wording import count, noun
from ..corpus.groups import NOT_GROUPS, UNKNOWN, pools_last
from ..corpus.segment import body_units
from ..stats.association import holm_adjust
from ..stats.intervals import bootstrap_cluster_mean, bootstrap_cluster_share
from ..text.furniture import blank_furniture
from ..text.lexicon import Matcher, load_lexicon, load_study_lexicon
from ..text.quotes import mask_spans

__all__ = [
    "CONNECTORS",
    "MENTION_COLUMNS",
    "actor_mentions",
    "actor_sentences",
    "actor_tone",
    "article_test",
    "article_tests_table",
    "attach_labels",
    "find_labels",
    "label_shares",
    "load_labels",
    "name_variants",
    "permutation_test",
    "score_tone",
    "scored_actor_sentences",
    "tone_label",
    "tone_check_sentence",
    "name_spans",
    "tone_masks",
    "with_actor_labels",
    "MIN_TEST_ARTICLES",
    "TONE_CHECK_FILE",
]

TONE_CHECK_FILE = "benchmarks/results/tone_check_seed2020.names.json"
"""The committed hand check of sentence tone as notebook 02 scores it (names masked; ``benchmarks/tone_check.py``,
fresh draw 2020), relative to the project root."""

MENTION_COLUMNS = ["doc_id", "unit_id", "actor", "mention", "start", "end"]


def _group_list(group_cols) -> list[str]:
    return [group_cols] if isinstance(group_cols, str) else list(group_cols)


def _check(units: pd.DataFrame, group_cols: list[str], extra=()) -> None:
    if not isinstance(units, pd.DataFrame):
        raise TypeError(f"units must be a DataFrame (from helpers.corpus.segment), got {type(units).__name__}")
    need = ["doc_id", "unit_id", "text", *group_cols, *extra]
    missing = [c for c in need if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {noun(len(missing), 'column')} {missing}; pass the table made by helpers.corpus.segment "
                         f"with columns={group_cols!r}")


def actor_mentions(units: pd.DataFrame, group_cols=("outlet",), actors: dict | None = None) -> pd.DataFrame:
    """Mentions of gazetteer actors in body sentences.

    Parameters
    ----------
    units : DataFrame
        Sentences from :func:`helpers.corpus.segment`. Rows whose ``role`` is not
        ``"body"`` (headlines, subheadings) are ignored, so an actor named
        only in a headline has no mention.
    group_cols : str or sequence of str
        Columns copied to every mention.
    actors : dict, optional
        The gazetteer (default: the active study's, :func:`helpers.text.lexicon.load_study_lexicon`; empty for a
        study without actors, which gives no mention).

    Returns
    -------
    DataFrame
        One row per mention: ``doc_id``, the group columns, ``unit_id``,
        ``actor`` (entry id), ``mention`` (as written), ``start``, ``end``
        (offsets in the sentence). Overlaps follow
        :class:`helpers.text.lexicon.Matcher` (longest match wins, so
        "Pakistani Taliban" is the TTP, not Pakistan).
    """
    group_cols = _group_list(group_cols)
    _check(units, group_cols)
    actors = actors or load_study_lexicon("actors")
    matcher = Matcher(actors["entries"])
    rows = []
    body = body_units(units)
    for rec in progress(body[["doc_id", "unit_id", "text", *group_cols]].to_dict("records"), desc="actors"):
        for m in matcher.find(rec["text"]):
            rows.append({"doc_id": rec["doc_id"], **{c: rec[c] for c in group_cols}, "unit_id": rec["unit_id"],
                         "actor": m.entry, "mention": m.text, "start": m.start, "end": m.end})
    return pd.DataFrame(rows, columns=["doc_id", *group_cols] + MENTION_COLUMNS[1:])


def load_labels(path="naming_labels") -> dict:
    """Load the naming-label lexicon (entries carry ``actors`` and ``stance``).

    Parameters
    ----------
    path : str or Path, default "naming_labels"
        A bare lexicon name (the active study's file; an empty lexicon when the study has none,
        :func:`helpers.text.lexicon.load_study_lexicon`) or a path to a YAML file.

    Returns
    -------
    dict
        The lexicon as returned by :func:`helpers.text.lexicon.load_lexicon`.

    Raises
    ------
    LexiconError
        From :func:`helpers.text.lexicon.load_lexicon`, for a missing or malformed file.
    """
    if path == "naming_labels":
        return load_study_lexicon(path, extra_entry_keys=("actors", "stance"))
    return load_lexicon(path, extra_entry_keys=("actors", "stance"))


def find_labels(units: pd.DataFrame, labels: dict | None = None) -> pd.DataFrame:
    """Naming-label matches in body sentences (not yet attached to an actor).

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_id``, ``unit_id`` and ``text`` (``role``, when present, keeps the body only;
        see :func:`helpers.corpus.segment.body_units`).
    labels : dict, optional
        A lexicon from :func:`load_labels`; loaded with its defaults when None.

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``label``, ``label_text``, ``start``, ``end``,
        ``sentence``.
    """
    labels = labels or load_labels()
    matcher = Matcher(labels["entries"])
    rows = []
    for rec in body_units(units)[["doc_id", "unit_id", "text"]].to_dict("records"):
        for m in matcher.find(rec["text"]):
            rows.append({"doc_id": rec["doc_id"], "unit_id": rec["unit_id"], "label": m.entry,
                         "label_text": m.text, "start": m.start, "end": m.end, "sentence": rec["text"]})
    return pd.DataFrame(rows, columns=["doc_id", "unit_id", "label", "label_text", "start", "end", "sentence"])


CONNECTORS = frozenset({
    "such", "as", "like", "including", "the", "a", "an", "of", "and", "or", "other", "its", "their", "so-called",
    "called", "known", "is", "are", "was", "were", "banned", "outlawed", "proscribed", "group", "groups",
})
"""Words allowed between a label and the actor it describes ("militant outfits
such as banned TTP", "the TTP and other militant groups", "the TTP, a
terrorist group"); any other word in between ("the militant group losing the
Taliban's support") blocks the attachment."""
_BETWEEN_WORD = re.compile(r"[\w][\w'-]*")


def attach_labels(
    label_matches: pd.DataFrame, mentions: pd.DataFrame, labels: dict | None = None, window: int = 25,
    connectors=CONNECTORS,
) -> pd.DataFrame:
    """Attach each naming label to the nearest mention of an actor it may describe.

    Parameters
    ----------
    label_matches : DataFrame
        From :func:`find_labels`.
    mentions : DataFrame
        From :func:`actor_mentions`.
    labels : dict, optional
        The naming-label lexicon; each entry's ``actors`` lists the actor ids
        it may describe (default: the bundled ``naming_labels.yaml``).
    window : int
        Largest gap in characters between label and mention (0 when they
        overlap, as in "Islamic Emirate"). Labels with no allowed actor
        within the window are left out ("the outlawed faction" with no name
        in the sentence), and so is a label inside a longer mention of an
        actor: it is part of a proper name the outlet did not choose
        ("Pro-Choice" in "NARAL Pro-Choice America", dogfood 12bp-d), while
        a label that is the whole mention ("Islamic Emirate") is kept.
    connectors : set of str
        Lower-case words allowed between label and mention (see
        :data:`CONNECTORS`); used when ``label_matches`` has a ``sentence``
        column (as made by :func:`find_labels`).

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``label``, ``label_text``, ``start`` and
        ``end`` (the label's span in the sentence), ``actor``, ``mention``,
        ``gap`` (characters), one row per attached label.

    Raises
    ------
    ValueError
        If ``window`` is negative.
    """
    if not isinstance(window, (int, np.integer)) or window < 0:
        raise ValueError(f"window must be an integer >= 0, got {window!r}")
    labels = labels or load_labels()
    allowed = {eid: set(e.get("actors", [])) for eid, e in labels["entries"].items()}
    cols = ["doc_id", "unit_id", "label", "label_text", "start", "end", "actor", "mention", "gap"]
    if label_matches.empty or mentions.empty:
        return pd.DataFrame(columns=cols)
    by_unit = {k: g for k, g in mentions.groupby(["doc_id", "unit_id"], sort=False)}
    rows = []
    for lab in label_matches.itertuples(index=False):
        g = by_unit.get((lab.doc_id, lab.unit_id))
        if g is None:
            continue
        if _inside_a_name(lab.start, lab.end, g):
            continue
        best = None
        sentence = getattr(lab, "sentence", None)
        for men in g.itertuples(index=False):
            if men.actor not in allowed.get(lab.label, set()):
                continue
            gap = max(0, max(lab.start, men.start) - min(lab.end, men.end))
            if gap > window:
                continue
            if gap and isinstance(sentence, str):
                between = sentence[min(lab.end, men.end): max(lab.start, men.start)]
                if any(w.lower() not in connectors for w in _BETWEEN_WORD.findall(between)):
                    continue
            key = (gap, men.start)
            if best is None or key < best[0]:
                best = (key, men)
        if best is not None:
            men = best[1]
            rows.append({"doc_id": lab.doc_id, "unit_id": lab.unit_id, "label": lab.label,
                         "label_text": lab.label_text, "start": lab.start, "end": lab.end, "actor": men.actor,
                         "mention": men.mention,
                         "gap": best[0][0]})
    return pd.DataFrame(rows, columns=cols)


def _inside_a_name(start: int, end: int, mentions: pd.DataFrame) -> bool:
    """Whether the span ``start:end`` lies inside a longer actor mention of the same sentence (any actor's)."""
    inside = (mentions["start"] <= start) & (mentions["end"] >= end) & (mentions["end"] - mentions["start"] > end - start)
    return bool(inside.any())


def score_tone(units: pd.DataFrame, masks: pd.DataFrame | None = None, analyzer=None) -> pd.Series:
    """VADER compound score of each sentence, with some spans masked.

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_id``, ``unit_id``, ``text``.
    masks : DataFrame, optional
        Spans to blank before scoring (``doc_id``, ``unit_id``, ``start``,
        ``end`` in the sentence), e.g. actor mentions and naming labels, so
        that "banned" or "terrorists" does not count as tone. Page furniture inside the sentence (a link card of
        other stories' headlines, a photo credit: :func:`helpers.text.furniture.blank_furniture`) is blanked too
        (since round fb1).
    analyzer : vaderSentiment SentimentIntensityAnalyzer, optional
        Made once here if not given.

    Returns
    -------
    Series of float
        Compound score in [-1, 1] for each row of ``units`` (same index).
    """
    if analyzer is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
    spans: dict = {}
    if masks is not None and not masks.empty:
        for (d, u), g in masks.groupby(["doc_id", "unit_id"], sort=False):
            spans[(d, u)] = list(zip(g["start"], g["end"]))
    scores = []
    for d, u, text in progress(list(zip(units["doc_id"], units["unit_id"], units["text"])), desc="tone"):
        sp = spans.get((d, u))
        text = blank_furniture(text)  # a link card pasted into the sentence is not its tone (round fb1)
        scores.append(analyzer.polarity_scores(mask_spans(text, sp) if sp else text)["compound"])
    return pd.Series(scores, index=units.index, dtype=float)


def actor_sentences(units: pd.DataFrame, mentions: pd.DataFrame, group_col: str,
                    max_per_cell: int | None = None, seed: int = 0) -> pd.DataFrame:
    """One row per (sentence, actor mentioned in it), optionally capped per group and actor.

    Parameters
    ----------
    units : DataFrame
        Sentences (``doc_id``, ``unit_id``, ``text``, ``group_col``).
    mentions : DataFrame
        From :func:`actor_mentions`.
    group_col : str
        Group column of ``units``.
    max_per_cell : int, optional
        Keep at most this many sentences per (group, actor), drawn at random
        with ``seed`` (for large corpora; the interval then describes the
        sample). None keeps all.
    seed : int
        Seed of the sample.

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``group_col``, ``actor``, ``n_mentions``,
        ``text``, ``n_in_cell`` (sentences before capping), sorted by group,
        actor, document and sentence.

    Raises
    ------
    ValueError
        When ``group_col`` is not a column of ``units``, or ``max_per_cell`` is neither None nor >= 1.
    """
    if group_col not in units.columns:
        raise ValueError(f"group_col={group_col!r} is not a column of units")
    if max_per_cell is not None and max_per_cell < 1:
        raise ValueError(f"max_per_cell must be >= 1 or None, got {max_per_cell!r}")
    cols = ["doc_id", "unit_id", group_col, "actor", "n_mentions", "text", "n_in_cell"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    per = mentions.groupby(["doc_id", "unit_id", "actor"], sort=False).size().rename("n_mentions").reset_index()
    base = units[["doc_id", "unit_id", "text", group_col]]
    df = per.merge(base, on=["doc_id", "unit_id"], how="inner", validate="many_to_one")
    df["n_in_cell"] = df.groupby([group_col, "actor"])["doc_id"].transform("size")
    if max_per_cell is not None:
        rng = np.random.default_rng(seed)
        df = df.assign(_r=rng.random(len(df)))
        df = df.sort_values([group_col, "actor", "_r"], kind="stable")
        df = df.groupby([group_col, "actor"], sort=False).head(max_per_cell).drop(columns="_r")
    df = df.sort_values([group_col, "actor", "doc_id", "unit_id"], kind="stable").reset_index(drop=True)
    return df[cols]


def scored_actor_sentences(units: pd.DataFrame, mentions: pd.DataFrame, labels: pd.DataFrame, group_col: str,
                           max_per_cell: int | None = None, seed: int = 0) -> pd.DataFrame:
    """The (sentence, actor) rows of :func:`actor_sentences` with their masked VADER score in ``tone``.

    The one reading of tone that notebook 02 reports and its tone coding sheets
    (:mod:`helpers.validation.tone_sheets`) draw from: actor names, naming labels and capitalised names masked
    (:func:`tone_masks`), then :func:`score_tone`.

    Parameters
    ----------
    units : DataFrame
        Sentences (``doc_id``, ``unit_id``, ``text``, ``group_col``).
    mentions : DataFrame
        From :func:`actor_mentions`.
    labels : DataFrame
        Naming labels found in the sentences (:func:`find_labels`).
    group_col : str
        Group column of ``units``.
    max_per_cell, seed : int or None, int
        As :func:`actor_sentences`.

    Returns
    -------
    DataFrame
        :func:`actor_sentences`'s rows, index reset, with ``tone`` (compound score in [-1, 1]).

    Raises
    ------
    ValueError
        As :func:`actor_sentences`.
    """
    sent = actor_sentences(units, mentions, group_col, max_per_cell=max_per_cell, seed=seed).reset_index(drop=True)
    sent["tone"] = score_tone(sent, tone_masks(sent, mentions, labels)).to_numpy()
    return sent


def actor_tone(scored: pd.DataFrame, group_col: str, n_boot: int = 1000, ci: float = 0.95, seed: int = 0,
               neg: float = -0.05, pos: float = 0.05) -> pd.DataFrame:
    """Mean tone per group and actor with an interval over articles.

    The mean is over the cell's sentences; its interval
    (:func:`helpers.stats.intervals.bootstrap_cluster_mean`) treats the cell's
    articles, each with all its sentences of the cell, as the units, since
    one article's sentences are one editorial choice rather than independent
    draws (before issue 12bf-i it resampled sentences, too narrow). Since issue
    12bg-i3 it is the cluster-robust t interval with G - 1 degrees of freedom
    (before, a percentile bootstrap over the articles, which covered too seldom
    with few articles), clipped to the compound score's range [-1, 1]. A cell of
    fewer than 3 articles has no interval (NaN bounds,
    :data:`helpers.stats.intervals.MIN_INTERVAL_ARTICLES`).

    Parameters
    ----------
    scored : DataFrame
        From :func:`actor_sentences` plus a ``tone`` column (``doc_id`` names the article of each sentence).
    group_col : str
        Group column.
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_cluster_mean`.
    neg, pos : float
        Thresholds of VADER's usual negative / positive reading of the
        compound score.

    Returns
    -------
    DataFrame
        One row per (group, actor), sorted ("(other)" and "(unknown)" last): ``group_col``, ``actor``,
        ``n_sentences``, ``n_articles`` (articles with such a sentence: the units the interval resamples),
        ``mean_tone``, ``ci_low``,
        ``ci_high``, ``share_negative``, ``share_positive``,
        ``n_in_cell`` (sentences before any cap).

    Raises
    ------
    ValueError
        When ``scored`` has no ``tone`` or no ``doc_id`` column (score it with :func:`score_tone` first).
    """
    missing = [c for c in ("tone", "doc_id") if c not in scored.columns]
    if missing:
        raise ValueError(f"scored needs the {noun(len(missing), 'column')} {' and '.join(repr(c) for c in missing)} "
                         "(see actor_sentences and score_tone)")
    rows = []
    for (g, a), d in scored.groupby([group_col, "actor"], sort=True):
        b = bootstrap_cluster_mean(d["tone"].to_numpy(), d["doc_id"], n_boot=n_boot, ci=ci, seed=seed,
                                   bounds=(-1, 1))
        labels = tone_label(d["tone"].to_numpy(), neg=neg, pos=pos)
        rows.append({group_col: g, "actor": a, "n_sentences": b["n"], "n_articles": d["doc_id"].nunique(),
                     "mean_tone": b["estimate"], "ci_low": b["ci_low"], "ci_high": b["ci_high"],
                     "share_negative": float((labels == "negative").mean()),
                     "share_positive": float((labels == "positive").mean()),
                     "n_in_cell": int(d["n_in_cell"].iloc[0]) if "n_in_cell" in d else b["n"]})
    cols = [group_col, "actor", "n_sentences", "n_articles", "mean_tone", "ci_low", "ci_high",
            "share_negative", "share_positive", "n_in_cell"]
    return pools_last(pd.DataFrame(rows, columns=cols), group_col)


def permutation_test(values, groups, clusters, n_perm: int = 999, seed: int = 0) -> dict:
    """Do groups differ more than chance? Shuffle group labels between clusters (articles).

    The statistic is the between-group sum of squares of ``values`` (the
    one-way ANOVA numerator). Group labels are permuted among clusters, not
    among sentences, because sentences of one article are not independent:
    the null hypothesis is that articles are exchangeable between groups.

    Parameters
    ----------
    values : array-like of float
        One value per unit (e.g. sentence tone).
    groups : array-like
        Group of each unit; must be constant within a cluster.
    clusters : array-like
        Cluster (article) of each unit.
    n_perm : int
        Number of random permutations.
    seed : int
        Seed of the random generator.

    Returns
    -------
    dict
        ``statistic``, ``p_value`` (``(1 + #{perm >= observed}) / (1 + n_perm)``),
        ``n_perm``, ``n_clusters``, ``n_groups``, ``note``. When every group
        holds a single cluster, or there is only one group, no permutation
        changes the partition: ``p_value`` is NaN and ``note`` says why.

    Raises
    ------
    ValueError
        For mismatched lengths, bad ``n_perm``, or a cluster in two groups.
    """
    if not isinstance(n_perm, (int, np.integer)) or n_perm < 1:
        raise ValueError(f"n_perm must be a positive integer, got {n_perm!r}")
    v = np.asarray(values, dtype=float)
    g = pd.Series(np.asarray(groups, dtype=object))
    c = pd.Series(np.asarray(clusters, dtype=object))
    if not (len(v) == len(g) == len(c)):
        raise ValueError(f"values, groups and clusters must have the same length, got {len(v)}, {len(g)}, {len(c)}")
    ok = ~np.isnan(v)
    v, g, c = v[ok], g[ok].reset_index(drop=True), c[ok].reset_index(drop=True)
    ccode, cuniq = pd.factorize(c, sort=True)
    per_cluster_groups = pd.Series(g.to_numpy()).groupby(ccode).nunique()
    if (per_cluster_groups > 1).any():
        raise ValueError("a cluster (article) belongs to more than one group; groups must be article-level")
    gcode_units, guniq = pd.factorize(g, sort=True)
    k = len(guniq)
    sums = np.bincount(ccode, weights=v, minlength=len(cuniq))
    counts = np.bincount(ccode, minlength=len(cuniq)).astype(float)
    cgroup = np.zeros(len(cuniq), dtype=int)
    cgroup[ccode] = gcode_units
    out = {"statistic": np.nan, "p_value": np.nan, "n_perm": int(n_perm), "n_clusters": len(cuniq),
           "n_groups": k, "note": ""}
    if len(v) == 0:
        out["note"] = "no values"
        return out
    total, n = sums.sum(), counts.sum()

    def stat(labels: np.ndarray) -> np.ndarray:
        # labels: (m, n_clusters) group codes -> between-group SS per row
        m = labels.shape[0]
        flat = (labels + np.arange(m)[:, None] * k).ravel()
        gs = np.bincount(flat, weights=np.tile(sums, m), minlength=m * k).reshape(m, k)
        gc = np.bincount(flat, weights=np.tile(counts, m), minlength=m * k).reshape(m, k)
        with np.errstate(invalid="ignore", divide="ignore"):
            ss = np.where(gc > 0, gs**2 / np.where(gc > 0, gc, 1), 0.0).sum(axis=1)
        return ss - total**2 / n

    obs = float(stat(cgroup[None, :])[0])
    out["statistic"] = obs
    if k < 2:
        out["note"] = "one group only: nothing to compare"
        return out
    if len(cuniq) == k:
        out["note"] = ("every group is a single article: shuffling labels between articles only renames groups, "
                       "so no test of a group effect is possible")
        return out
    rng = np.random.default_rng(seed)
    hits = 0
    chunk = max(1, min(n_perm, 2_000_000 // max(len(cuniq), 1)))
    done = 0
    while done < n_perm:
        m = min(chunk, n_perm - done)
        perms = rng.permuted(np.tile(cgroup, (m, 1)), axis=1)
        hits += int((stat(perms) >= obs - 1e-12 * max(1.0, abs(obs))).sum())
        done += m
    out["p_value"] = (1 + hits) / (1 + n_perm)
    return out


MIN_TEST_ARTICLES = 2
"""Groups with fewer articles are left out of :func:`article_test`: a group of one article is that article."""


def article_test(values, frame: pd.DataFrame, label: str, group_col: str = "group", n_perm: int = 999,
                 seed: int = 0) -> dict:
    """One row of a table of article-level permutation tests (:func:`permutation_test`).

    Parameters
    ----------
    values : array-like of float
        One value per row of ``frame``.
    frame : DataFrame
        With ``doc_id`` and ``group_col``.
    label : str
        What is tested, for the ``measure`` column.
    group_col : str
    n_perm, seed : int

    Returns
    -------
    dict
        ``measure``, ``articles``, ``groups``, ``p_value`` (text, ``"n/a"``
        when no test is possible) and ``note``. Articles without a group
        (:data:`helpers.corpus.groups.UNKNOWN`) are no group: they are left out
        of the test, and the note says how many (dogfood 12bf-d); so are the pools of groups beyond ``top_n``
        and of pseudo-outlets, which are never compared as a group, and groups of a single article
        (:data:`MIN_TEST_ARTICLES`), whose difference is one article's (review s77: a test over 13 single pages
        and a pool of 134 sites gave "p 0.012").
    """
    groups = frame[group_col].astype(str)
    unknown = (groups == UNKNOWN).to_numpy()
    pooled = groups.isin([g for g in NOT_GROUPS if g != UNKNOWN]).to_numpy()
    size = frame.loc[~unknown & ~pooled].groupby(groups[~unknown & ~pooled])["doc_id"].nunique()
    single = groups.isin(size.index[size < MIN_TEST_ARTICLES]).to_numpy()
    keep = ~unknown & ~pooled & ~single
    n_single = int((size < MIN_TEST_ARTICLES).sum())
    if groups[keep].nunique() < 2 and n_single:  # a test of one article against another says nothing of groups
        return {"measure": label, "articles": int(frame.loc[keep, "doc_id"].nunique()),
                "groups": int(groups[keep].nunique()), "p_value": "n/a",
                "note": (f"fewer than two groups of {MIN_TEST_ARTICLES} or more articles ({count(n_single, 'group')} of "
                         "a single article, whose difference is one article's): no test of a group effect")}
    t = permutation_test(np.asarray(values, dtype=float)[keep], frame[group_col][keep], frame["doc_id"][keep],
                         n_perm=n_perm, seed=seed)
    p = "n/a" if np.isnan(t["p_value"]) else f"{t['p_value']:.3f}"
    notes = [t["note"]] if t["note"] else []
    for mask, what in ((unknown, f"without a group {UNKNOWN}"), (pooled, "of the pools of groups not compared "
                                                                          "(other, pseudo-outlets)"),
                       (single, f"of {count(n_single, 'single-article group')}")):
        n_out = int(frame.loc[mask, "doc_id"].nunique())
        if n_out:
            notes.append(f"{n_out:,} {noun(n_out, 'article')} {what} left out")
    return {"measure": label, "articles": t["n_clusters"], "groups": t["n_groups"], "p_value": p,
            "note": "; ".join(notes)}


def article_tests_table(rows: list[dict], alpha: float = 0.05) -> tuple[pd.DataFrame, str]:
    """A table of :func:`article_test` rows with Holm-adjusted p-values, and a sentence on how many tests it holds.

    Many tests in one table (one per actor) give some small p-values by chance: with 22 tests at 0.05 about one. The
    table gains ``p_holm`` (:func:`helpers.stats.association.holm_adjust` over the table's tests, as text like
    ``p_value``; "n/a" where no test was possible), and the sentence says how many tests there are, how many p-values
    fall below ``alpha`` and how many remain after the correction (review s76: six of 22 tone tests under 0.05 and
    none after it, and the page did not say so).

    Parameters
    ----------
    rows : list of dict
        Rows of :func:`article_test` (``p_value`` as text), with any other columns (the actor).
    alpha : float, default 0.05
        The level the sentence counts p-values below.

    Returns
    -------
    (DataFrame, str)
        The rows with ``p_holm`` after ``p_value``, and the sentence (when no test could be run, one saying so; ""
        for a table without rows).
    """
    t = pd.DataFrame(rows)
    if t.empty or "p_value" not in t:
        return t, ""
    p = pd.to_numeric(t["p_value"], errors="coerce").to_numpy()
    adj = holm_adjust(p)
    t.insert(t.columns.get_loc("p_value") + 1, "p_holm", ["n/a" if np.isnan(a) else f"{a:.3f}" for a in adj])
    m = int((~np.isnan(p)).sum())
    if not m:
        return t, (f"No test of this table could be run ({len(t)} {noun(len(t), 'row')}; the note column says why): "
                   "no p-value to read.")
    below, after = int((p < alpha).sum()), int((adj < alpha).sum())
    chance = m * alpha
    return t, (f"{m} {noun(m, 'test')} in this table: at {alpha:g}, about {chance:.1f} would fall below by chance "
               f"alone; {below} {noun(below, 'p-value')} {'is' if below == 1 else 'are'} below {alpha:g}, and {after} "
               f"after Holm's correction for the number of tests (p_holm).")


def name_variants(mentions: pd.DataFrame, group_col: str) -> pd.DataFrame:
    """How each group names each actor: counts of the name variants as written.

    Parameters
    ----------
    mentions : DataFrame
        Actor mentions (as from :func:`actor_mentions`) with ``actor``, ``mention`` and ``group_col``.
    group_col : str
        Group column of ``mentions``.

    Returns
    -------
    DataFrame
        ``group_col``, ``actor``, ``variant`` (curly quotes folded, case
        kept), ``count``, ``share`` of the actor's mentions in that group;
        sorted by group ("(other)" and "(unknown)" last), actor, count (descending), variant.
    """
    cols = [group_col, "actor", "variant", "count", "share"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    from ..text.normalize import normalize

    m = mentions.assign(variant=mentions["mention"].map(normalize))
    t = m.groupby([group_col, "actor", "variant"], sort=True).size().rename("count").reset_index()
    t["share"] = t["count"] / t.groupby([group_col, "actor"])["count"].transform("sum")
    t = t.sort_values([group_col, "actor", "count", "variant"], ascending=[True, True, False, True], kind="stable")
    return pools_last(t, group_col)[cols]


def label_shares(attached: pd.DataFrame, mentions: pd.DataFrame, group_col: str, labels: dict | None = None,
                 n_boot: int = 1000, ci: float = 0.95, seed: int = 0) -> pd.DataFrame:
    """Share of the sentences naming an actor that attach each naming label to it, per group, with intervals over articles.

    A cell is a group and an actor; its sentences are the body sentences that mention the actor
    (:func:`actor_mentions`). The share of a label is the cell's sentences where :func:`attach_labels`
    attached it to that actor, over the cell's sentences. Its interval
    (:func:`helpers.stats.intervals.bootstrap_cluster_share`) is over the cell's articles, each with all
    its sentences of the cell: one article calling a group "militants" ten times is one choice, not ten
    (before issue 12bf-j the notebook resampled sentences, too narrow; since issue 12bg-i3 it is Korn and
    Graubard's interval rather than a bootstrap over the articles). A cell of fewer than 3 articles has no
    interval (NaN bounds, :data:`helpers.stats.intervals.MIN_INTERVAL_ARTICLES`); a label on every sentence of the cell gets a Wilson interval over its articles.

    Parameters
    ----------
    attached : DataFrame
        From :func:`attach_labels` (``doc_id``, ``unit_id``, ``actor``, ``label``); with a ``voice`` column
        (:func:`helpers.measures.label_voice.label_voice`) the table also gives the share of the sentences whose label
        stands in the writer's own words (``"writer"``: not quoted, not reported speech).
    mentions : DataFrame
        From :func:`actor_mentions`, with ``group_col`` (``doc_id``, ``unit_id``, ``actor``).
    group_col : str
        Group column of ``mentions``.
    labels : dict, optional
        The naming-label lexicon, for each label's ``stance`` (default: none, an empty stance).
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_cluster_share`.

    Returns
    -------
    DataFrame
        One row per (group, actor, label) for every label that at least one group attaches to the actor and every
        group with a sentence naming the actor, so that a group naming the actor without the label has its row with
        ``k_sentences`` 0 (before review s76 such a group had no row, and "lowest" in the findings skipped it);
        sorted by group ("(other)" and "(unknown)" last), actor and label: ``group_col``, ``actor``, ``label``, ``stance``, ``k_sentences``
        (sentences with the label), ``n_sentences`` (sentences naming the actor), ``n_articles`` (articles
        with such a sentence: the units the interval resamples), ``share``, ``ci_low``, ``ci_high``; with a
        ``voice`` column in ``attached`` also ``k_own_words`` (sentences with the label in the writer's own words),
        ``share_own_words``, ``own_ci_low``, ``own_ci_high`` (the same share and interval over those sentences).
        A label attached in a sentence that ``mentions`` does not list for its actor is not counted.
    """
    own = "voice" in attached.columns
    cols = [group_col, "actor", "label", "stance", "k_sentences", "n_sentences", "n_articles", "share", "ci_low",
            "ci_high"] + (["k_own_words", "share_own_words", "own_ci_low", "own_ci_high"] if own else [])
    stance = {k: v.get("stance", "") for k, v in (labels or {}).get("entries", {}).items()}
    keys = ["doc_id", "unit_id", "actor"]
    sent = mentions.drop_duplicates(keys)[[group_col, *keys]]
    hits = attached[["doc_id", "unit_id", "actor", "label"]].drop_duplicates().merge(sent, on=keys, how="inner")
    mine = (attached.loc[attached["voice"] == "writer", ["doc_id", "unit_id", "actor", "label"]].drop_duplicates()
            if own else None)
    used = hits.groupby("actor", sort=True)["label"].unique()  # the labels some group gives the actor
    rows = []
    for (g, a), cell in sent.groupby([group_col, "actor"], sort=True):
        if a not in used.index:
            continue
        h = hits[(hits[group_col] == g) & (hits["actor"] == a)]
        where = pd.MultiIndex.from_frame(cell[["doc_id", "unit_id"]])
        for lab in sorted(used[a]):  # a group that names the actor without the label gets its 0 (review s76)
            d = h[h["label"] == lab]
            flags = where.isin(pd.MultiIndex.from_frame(d[["doc_id", "unit_id"]]))
            b = bootstrap_cluster_share(flags, cell["doc_id"], n_boot=n_boot, ci=ci, seed=seed)
            row = {group_col: g, "actor": a, "label": lab, "stance": stance.get(lab, ""), "k_sentences": b["k"],
                   "n_sentences": b["n"], "n_articles": b["n_clusters"], "share": b["share"],
                   "ci_low": b["ci_low"], "ci_high": b["ci_high"]}
            if own:
                m = mine[(mine["actor"] == a) & (mine["label"] == lab)]
                o = bootstrap_cluster_share(where.isin(pd.MultiIndex.from_frame(m[["doc_id", "unit_id"]])),
                                            cell["doc_id"], n_boot=n_boot, ci=ci, seed=seed)
                row.update({"k_own_words": o["k"], "share_own_words": o["share"], "own_ci_low": o["ci_low"],
                            "own_ci_high": o["ci_high"]})
            rows.append(row)
    return pools_last(pd.DataFrame(rows, columns=cols), group_col)


def tone_label(compound, neg: float = -0.05, pos: float = 0.05) -> np.ndarray:
    """VADER's usual three-way reading of compound scores: ``"negative"`` (<= ``neg``), ``"positive"`` (>= ``pos``),
    else ``"neutral"``; the thresholds :func:`actor_tone` uses for its shares.

    Parameters
    ----------
    compound : array-like of float
        Compound scores in [-1, 1].
    neg, pos : float
        The thresholds.

    Returns
    -------
    ndarray of str
        One label per score.
    """
    c = np.asarray(compound, dtype=float)
    return np.where(c >= pos, "positive", np.where(c <= neg, "negative", "neutral"))


def tone_check_sentence(path=None) -> str:
    """One sentence on how far VADER's tone agrees with people, from the committed hand check.

    Parameters
    ----------
    path : str or Path, optional
        Results file of ``benchmarks/tone_check.py --score`` (default :data:`TONE_CHECK_FILE` in the project).

    Returns
    -------
    str
        The check's data set, size (rows scored of rows drawn, when a later cleaning change removed some drawn
        sentences), coders' agreement, VADER's agreement with the coders' consensus on the tone of
        the wording and on how the actor is portrayed (accuracy and Cohen's kappa with 95% intervals), and how often
        VADER and the coders call a sentence positive; or a sentence saying that no hand check is available.
    """
    import json
    from pathlib import Path

    from ..core.paths import PROJECT_ROOT

    p = Path(path) if path is not None else PROJECT_ROOT / TONE_CHECK_FILE
    if not p.is_file():
        return "Tone has not been checked against hand-read text (no tone check results file)."
    r = json.loads(p.read_text(encoding="utf-8"))

    def agreement(col: str) -> tuple[str, dict]:
        c = r[col]["vader_vs_consensus"]
        k = c["kappa"]
        return (f"{c['accuracy']['estimate']:.0%} of {c['n']} rows (kappa {k['estimate']:.2f}, 95% CI "
                f"{k['ci'][0]:.2f} to {k['ci'][1]:.2f})"), c

    wording, c = agreement("sentence_tone")
    portrayal, _ = agreement("actor_portrayal")
    alpha = r["sentence_tone"].get("alpha_ordinal")
    coders = (f"{len(r['coders'])} coders, Krippendorff's alpha {alpha:.2f}" if isinstance(alpha, (int, float))
              else f"{len(r['coders'])} coder")
    drawn = int(r.get("n_rows_drawn", r["n_rows"]))
    rows = (f"{r['n_rows']} random sentence-actor rows" if drawn == r["n_rows"] else
            f"{r['n_rows']} of {drawn} random sentence-actor rows drawn, the others no longer sentences of the corpus "
            "after later cleaning changes")
    return (f"Hand check of tone on the project's benchmark sample ({r['dataset']}; {rows}, {coders}; computed "
            f"{r['computed']}): VADER's negative / neutral / positive reading matches the coders' reading of the "
            f"sentence's wording on {wording} and how the sentence portrays the actor on {portrayal}; VADER calls "
            f"{c['predicted_counts']['positive']} of {c['n']} rows positive where the coders call "
            f"{c['reference_counts']['positive']}. Read tone as a comparison between groups scored the same way, "
            "not as a level, and not as stance toward the actor.")


_CAP = r"(?:[A-Z][\w'\u2019.&-]*)"
_NAME_RE = re.compile(rf"\b{_CAP}(?:\s+(?:(?:of|the|and|for|on|de|la)\s+)*{_CAP})+")
_TITLE_CASE_SMALL = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs with from into "
                              "over de la".split())
"""Words a headline in title case leaves in lower case ("Good News for Savers as Bank of England Holds Rates")."""
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _title_case(text: str) -> bool:
    """Whether every word of the sentence is capitalised but for :data:`_TITLE_CASE_SMALL` (a headline, a subheading,
    a sentence in capitals): its capitals do not tell names apart."""
    words = _WORD_RE.findall(text)
    return bool(words) and all(w[0].isupper() or w.casefold() in _TITLE_CASE_SMALL for w in words)


_SHOUTED = re.compile(r"\b[A-Z][A-Z'\u2019.&-]+\s+[A-Z][A-Z'\u2019.&-]+\b")
"""Two words in capitals in a row ("FAKE NEWS", "LOCK HER UP"): a shouted phrase, not a name."""
_DATELINE_END = re.compile(r"\s*[(\-\u2013\u2014]")
"""What follows a dateline's place at a story's start ("NEW DELHI (Reuters) -", "GRANT PARK —")."""
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]+ly\s+")
"""A sentence's first word when it is an adverb ("Sadly", "Thankfully"): capitalised by its place, the writer's tone."""


def _names(text: str) -> list[tuple[int, int]]:
    """The :data:`_NAME_RE` spans of one sentence, an opening adverb left out when two capitalised words follow it
    ("Sadly Mrs Okafor"; with one, "Emily Okafor", the "-ly" word is a first name and stays), and
    none with two words in capitals in a row (:data:`_SHOUTED`) but a dateline's place opening the sentence."""
    out = []
    for m in _NAME_RE.finditer(text):
        start, end = m.start(), m.end()
        opening = not _WORD_RE.search(text, 0, start)
        adverb = _OPENING_ADVERB.match(text, start) if opening else None
        if adverb:
            rest = _NAME_RE.match(text, adverb.end())
            if rest is not None:  # else one word follows: a first name in -ly ("Emily Okafor"), not an adverb
                start, end = rest.start(), rest.end()
        if not _SHOUTED.search(text, start, end) or (opening and _DATELINE_END.match(text, end)):
            out.append((start, end))
    return out


def name_spans(units: pd.DataFrame) -> pd.DataFrame:
    """Spans of capitalised multi-word names in each sentence, to mask before scoring tone.

    A name is two or more capitalised words, possibly joined by "of", "the", "and", "for", "on", "de", "la"
    ("the Supreme Court", "Department of Justice", "Democratic Party", "Make America Great Again"): words of a name are
    not the writer's tone, but VADER's general lexicon scores "Supreme", "Justice", "Party" or "Great" as positive.
    A sentence whose every word is capitalised (but for a title's small words: a headline or subheading in title case,
    a sentence in capitals) gives none: there the capitals do not tell names apart, and masking would blank its tone.
    An adverb opening the sentence ("Sadly Mrs Okafor died") is not part of the name after it, and words in capitals
    ("a WITCH HUNT and FAKE NEWS") are no name, but for a dateline's place ("NEW DELHI (Reuters) -").

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_id``, ``unit_id``, ``text``.

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``start``, ``end`` (offsets in the sentence), one row per name; the format of the
        ``masks`` of :func:`score_tone`.
    """
    rows = [(d, u, start, end) for d, u, t in zip(units["doc_id"], units["unit_id"], units["text"])
            if not _title_case(str(t)) for start, end in _names(str(t))]
    return pd.DataFrame(rows, columns=["doc_id", "unit_id", "start", "end"])


def tone_masks(sentences: pd.DataFrame, mentions: pd.DataFrame, labels: pd.DataFrame, names: bool = True) -> pd.DataFrame:
    """The spans :func:`score_tone` blanks: actor mentions, naming labels and (by default) capitalised names.

    Parameters
    ----------
    sentences : DataFrame
        The sentences to be scored (``doc_id``, ``unit_id``, ``text``; one row per sentence and actor is fine).
    mentions, labels : DataFrame
        From :func:`actor_mentions` and :func:`find_labels` (``doc_id``, ``unit_id``, ``start``, ``end``).
    names : bool
        Also blank capitalised multi-word names (:func:`name_spans`): issue 12bd-u, chosen by a rule written before
        a fresh hand-coded draw was scored (``benchmarks/tone_check.py``; docs/VALIDATION.md).

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``start``, ``end``.
    """
    cols = ["doc_id", "unit_id", "start", "end"]
    parts = [mentions[cols], labels[cols]]
    if names:
        parts.append(name_spans(sentences.drop_duplicates(["doc_id", "unit_id"])))
    return pd.concat(parts, ignore_index=True)


def with_actor_labels(df: pd.DataFrame, actors: dict) -> pd.DataFrame:
    """``df`` with the study's label of each actor in an ``actor_label`` column right after ``actor``.

    Dogfood 12bp-d: the tables of tone and naming named actors by their ids (``abortion_rights_movement``), which a
    reader of the report must look up in the study's ``actors.yaml``; the figure already showed the labels.

    Parameters
    ----------
    df : DataFrame
        A table with an ``actor`` column of actor ids.
    actors : dict
        The study's actor lexicon (``load_lexicon("actors")`` or the study's): ``entries`` maps each id to an entry
        whose ``label`` is the reader's name of the actor.

    Returns
    -------
    DataFrame
        A copy with ``actor_label`` inserted after ``actor`` (the id itself for an actor without a label or not in
        the lexicon); ``df`` unchanged when it has no ``actor`` column or already has ``actor_label``.
    """
    if "actor" not in df.columns or "actor_label" in df.columns:
        return df
    entries = actors.get("entries", {}) if isinstance(actors, dict) else {}
    labels = {str(k): str(v.get("label") or k) if isinstance(v, dict) else str(k) for k, v in entries.items()}
    out = df.copy()
    out.insert(out.columns.get_loc("actor") + 1, "actor_label",
               [labels.get(str(a), str(a)) for a in out["actor"]])
    return out
