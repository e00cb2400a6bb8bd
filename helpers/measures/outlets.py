"""Glue for the outlet-comparison notebook (02_outlets): group descriptions, shares per group, profiles, hand checks.

The measures themselves live in :mod:`helpers.measures.vocabulary`,
:mod:`helpers.measures.sourcing`, :mod:`helpers.measures.tone` and :mod:`helpers.measures.reuse`. This
module puts them side by side: what each group consists of, the shares of sentences or attributions per group with
intervals over articles (:func:`flag_shares`, :func:`category_shares`) and the rows behind them
(:func:`evidence_rows`), the outlet profile table, and the loaders of the attribution and role hand checks. It draws
nothing (figures are :mod:`helpers.plotting`'s).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..core.paths import DATA_DIR
from ..core.wording import RATE_UNIT, count, estimate_interval, noun, share_interval
from ..stats.intervals import bootstrap_cluster_share, bootstrap_share, format_interval

__all__ = [
    "describe_groups", "load_attribution_checks", "check_attributions", "cell", "share_cell",
    "term_concentration", "concentration_informative", "term_evidence",
    "profile_table", "flag_shares", "category_shares", "evidence_rows", "load_role_checks",
    "role_check_summary", "role_check_pooled", "ROLE_CHECK_FILES", "NA", "NO_SIDE", "side_shares", "shares_wide", "dates_cell",
]

NA = "n/a"
"""A profile cell without an estimate: ``"n/a (0 pairs)"``, not ``"- (0 pairs)"``, which the CSV export would write
as ``"'- (0 pairs)"`` (a cell starting with ``-`` could run as a spreadsheet formula; dogfood 12bo-e)."""


# ---------------------------------------------------------------------------
# what each group consists of


def describe_groups(articles: pd.DataFrame, group_col: str, order: list, sampled=None) -> pd.DataFrame:
    """Articles, words and dates behind each group.

    Parameters
    ----------
    articles : DataFrame
        The corpus with a ``group_col`` column.
    group_col : str
        Display-group column (see :func:`helpers.corpus.groups.group_labels`).
    order : list
        Group order.
    sampled : array-like of bool, optional
        Articles read by the sentence-level measures.

    Returns
    -------
    DataFrame
        ``group``, ``articles``, ``sampled``, ``words``, ``dates`` (first and last
        known date, or "unknown"), ``dated``, ``single_article``, and ``outlets``
        (distinct non-empty values of the articles' ``outlet`` column in the
        group; 0 when the corpus has no ``outlet`` column). A group of one outlet
        compared by another column (a rating, a country) is that outlet: its
        differences are also that outlet's house style.
    """
    from ..corpus.dates import parse_dates

    df = articles.assign(_s=True if sampled is None else np.asarray(sampled, dtype=bool))
    parsed = parse_dates(df["date"] if "date" in df else pd.Series("", index=df.index))
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    df = df.assign(_d=parsed["date_parsed"], _p=parsed["date_parsed_precision"])
    rows = []
    for g in order:
        d = df[df[group_col] == g]
        known = d[d["_d"].notna()].sort_values("_d", kind="stable")
        if len(known):
            first, last = known.iloc[0], known.iloc[-1]
            a, b = first["_d"].strftime(fmt[first["_p"]]), last["_d"].strftime(fmt[last["_p"]])
            span = a if a == b else f"{a} to {b}"
        elif "date_not_before" in d and (d["date_not_before"].astype(str).str.strip() != "").any():
            span = "not before " + sorted(x for x in d["date_not_before"].astype(str).str.strip() if x)[0]
        else:
            span = "unknown"
        outlets = d["outlet"].astype(str).str.strip() if "outlet" in d else pd.Series(dtype=str)
        rows.append({"group": g, "articles": len(d), "sampled": int(d["_s"].sum()), "words": int(d["n_words"].sum()),
                     "dates": span, "dated": len(known), "single_article": len(d) == 1,
                     "outlets": int(outlets[outlets != ""].nunique())})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------
# hand check of attributions

def load_attribution_checks(paths=None) -> pd.DataFrame:
    """Hand judgments of attributions (``helpers/data/attribution_checks*.csv``).

    Columns: ``doc_id``, ``unit_id``, ``verb``, ``source`` (as the rules wrote
    them, or as a reader finds them for missed attributions), ``found``
    (yes: the rules returned it; no: a reader found an attribution the rules
    missed), ``is_attribution`` (yes/no), ``source_ok`` (yes/partial/no),
    ``type_ok`` (yes/no), ``reader_type``, ``note``, ``scope`` ("document":
    the whole article was read, so misses are listed and recall can be
    computed; "sample": a random sample of found attributions was judged,
    precision only), ``rule_type`` (the source type the rules gave when the
    row was judged; a row whose type has changed since counts as unjudged).

    Parameters
    ----------
    paths : list of path, optional
        Default: every ``attribution_checks*.csv`` in ``helpers/data``.

    Returns
    -------
    DataFrame
        The rows of every file (all values as text), with the columns above in that order; empty with these
        columns when there is no file.

    Raises
    ------
    ValueError
        When the files lack one of the columns above.
    """
    paths = sorted(DATA_DIR.glob("attribution_checks*.csv")) if paths is None else list(paths)
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in paths]
    cols = ["doc_id", "unit_id", "verb", "source", "found", "is_attribution", "source_ok", "type_ok",
            "reader_type", "note", "scope", "rule_type"]
    if not frames:
        return pd.DataFrame(columns=cols)
    out = pd.concat(frames, ignore_index=True)
    missing = [c for c in cols if c not in out.columns]
    if missing:
        raise ValueError(f"attribution check files lack {noun(len(missing), 'column')} {missing}")
    return out[cols]


def check_attributions(found: pd.DataFrame, checks: pd.DataFrame, docs=None) -> tuple[pd.DataFrame, dict]:
    """Join rule output to hand judgments and compute precision and recall.

    Parameters
    ----------
    found : DataFrame
        From :func:`helpers.measures.sourcing.extract_attributions`.
    checks : DataFrame
        From :func:`load_attribution_checks`.
    docs : iterable of str, optional
        Documents the rules read (default: those in ``found``); checks of
        other documents are ignored.

    Returns
    -------
    table : DataFrame
        The found attributions of the checked documents with their judgment
        (``judged`` is False for rows not in the check files, or whose
        source type changed since they were judged, or outside a checked
        sample).
    summary : dict
        ``n_found`` (in checked documents), ``n_judged``, ``precision`` (is an
        attribution, with the right source and type), ``precision_lenient``
        (source partly right counts), ``attribution_precision`` (is an
        attribution at all), each as ``(k, n)``; ``n_missed`` and ``recall``
        (found true attributions / all a reader found) over the documents
        read whole (``scope == "document"``), ``(0, 0)`` when there are none.
    """
    key = ["doc_id", "unit_id", "verb", "source"]
    docs = set(found["doc_id"]) if docs is None else set(docs)
    checks = checks[checks["doc_id"].isin(docs)]
    whole = set(checks.loc[checks["scope"] == "document", "doc_id"])
    sampled = set(checks.loc[checks["scope"] == "sample", "doc_id"])
    f = found[found["doc_id"].isin(whole | sampled)].copy()
    f["unit_id"] = f["unit_id"].astype(str)
    c = checks[checks["found"] == "yes"].drop_duplicates(key)
    t = f.merge(c.drop(columns=["found"]), on=key, how="left", indicator=True)
    t["judged"] = (t["_merge"] == "both") & (t["rule_type"] == t["source_type"])
    t = t.drop(columns="_merge")
    j = t[t["judged"]]
    is_attr = j["is_attribution"] == "yes"
    strict = is_attr & (j["source_ok"] == "yes") & (j["type_ok"] == "yes")
    lenient = is_attr & j["source_ok"].isin(["yes", "partial"]) & (j["type_ok"] == "yes")
    jw = j[j["doc_id"].isin(whole)]
    missed = int(((checks["found"] == "no") & checks["doc_id"].isin(whole)).sum())
    true_whole = int((jw["is_attribution"] == "yes").sum())
    summary = {
        "n_found": len(t),
        "n_judged": len(j),
        "precision": (int(strict.sum()), len(j)),
        "precision_lenient": (int(lenient.sum()), len(j)),
        "attribution_precision": (int(is_attr.sum()), len(j)),
        "n_missed": missed,
        "recall": (true_whole, true_whole + missed),
        "n_whole_documents": len(whole), "n_sampled_documents": len(sampled - whole),
    }
    return t, summary


# ---------------------------------------------------------------------------
# profile table

def cell(est: float, lo: float, hi: float, n_text: str, digits: int = 2, percent: bool = False, unit: str = "") -> str:
    """A table cell ``"4.1 per 1,000 words (95% CI 3.3-5.2; 52 in 12,345 words)"``; just the n without an estimate.

    The estimate, its interval and what it rests on share one pair of parentheses
    (:func:`helpers.core.wording.estimate_interval`, :func:`helpers.core.wording.share_interval`): before, a cell read
    "31% (95% CI 12-50%) (5/16)" or "0.41 [0.33, 0.52] (52 in 12,345 words)".

    Parameters
    ----------
    est, lo, hi : float
        The estimate and its interval (``est`` None or NaN: no estimate).
    n_text : str
        The sample size as shown (``"20 sentences"``, ``"3 of 20"``).
    digits : int, default 2
        Not used (the decimals follow :func:`helpers.core.wording.number_decimals`); kept for old callers.
    percent : bool, default False
        Show the numbers as percentages.
    unit : str, optional
        The estimate's unit ("per 1,000 words"), written after it.

    Returns
    -------
    str
        ``"<estimate>[ <unit>] (95% CI <low>-<high>; <n_text>)"``, or ``"n/a (<n_text>)"`` without an estimate (not ``"- (...)"``, which
        the CSV export writes as ``"'- (...)"`` so that a spreadsheet does not run it as a formula; dogfood 12bo-e).
    """
    if est is None or (isinstance(est, float) and np.isnan(est)):
        return f"{NA} ({n_text})"
    if percent:
        return share_interval(est, lo, hi, n_text)
    return estimate_interval(est, lo, hi, unit, n_text)


def share_cell(k: int, n: int, n_boot: int, ci: float, seed: int) -> str:
    """A share with its bootstrap interval and ``k/n``, as a table cell.

    Parameters
    ----------
    k, n : int
        Successes and trials.
    n_boot : int
        Bootstrap resamples.
    ci : float
        Coverage of the interval (e.g. 0.95).
    seed : int
        Seed of the bootstrap.

    Returns
    -------
    str
        As :func:`cell`, in percent, with ``"k of n"`` as the sample size ("31% (95% CI 12-50%; 5 of 16)");
        ``"n/a (0 of 0)"`` when ``n`` is 0.

    Raises
    ------
    ValueError
        From :func:`bootstrap_share`, when ``k`` is negative or larger than ``n``.
    """
    b = bootstrap_share(int(k), int(n), n_boot=n_boot, ci=ci, seed=seed)
    return cell(b["share"], b["ci_low"], b["ci_high"], f"{k} of {n}", percent=True)


# ---------------------------------------------------------------------------
# evidence and profile

def term_concentration(X, vocab, top: pd.DataFrame, groups, subgroups) -> pd.DataFrame:
    """How much of a group's use of each distinctive term comes from one subgroup (outlet).

    A word distinctive of the "left" rating that one outlet supplies almost
    alone describes that outlet (its house style, or page furniture such as
    photo captions), not the rating.

    Parameters
    ----------
    X : sparse matrix (n_docs, n_terms)
        Counts aligned with ``groups`` and ``subgroups``.
    vocab : array-like of str
        Column terms of ``X``.
    top : DataFrame
        Distinctive terms with ``group`` and ``term``.
    groups, subgroups : array-like
        Group (e.g. rating) and subgroup (e.g. outlet) of each document.

    Returns
    -------
    DataFrame
        ``group``, ``term``, ``top_subgroup``, ``top_share`` (share of the
        group's count of the term), ``n_subgroups`` (subgroups that use it).
    """
    from .vocabulary import group_counts

    col = {t: i for i, t in enumerate(vocab)}
    groups = np.asarray(groups, dtype=object)
    subgroups = np.asarray(subgroups, dtype=object)
    rows = []
    for g, d in top.groupby("group", sort=True):
        idx = np.flatnonzero(groups == g)
        cols = [col[t] for t in d["term"]]
        counts, labels = group_counts(X[idx][:, cols], subgroups[idx])
        totals = counts.sum(axis=0)
        for j, t in enumerate(d["term"]):
            c = counts[:, j]
            order = sorted(range(len(labels)), key=lambda i: (-c[i], str(labels[i])))
            best = order[0]
            rows.append({"group": g, "term": t, "top_subgroup": labels[best],
                         "top_share": c[best] / totals[j] if totals[j] else np.nan,
                         "n_subgroups": int((c > 0).sum())})
    return pd.DataFrame(rows, columns=["group", "term", "top_subgroup", "top_share", "n_subgroups"])


def concentration_informative(groups, subgroups) -> bool:
    """Whether any group holds two or more known subgroups (outlets), so :func:`term_concentration` says something.

    Grouped by outlet, or by a column (a folder, an author) whose every group is one outlet or whose articles have no
    outlet at all, each term's "top outlet" is the group's only outlet (or nothing), with a share of 1: columns that
    look like a finding and hold none (dogfood 12bk-d: ``group_by folder`` on a folder of per-outlet subfolders
    without an outlet column gave an empty ``top_outlet`` and ``top_outlet_share`` 1 on every row).

    Parameters
    ----------
    groups, subgroups : array-like
        Group and subgroup of each document (or row of term counts). Empty, blank or missing subgroups are unknown
        and never count as a subgroup.

    Returns
    -------
    bool
        True when some group has at least two distinct known subgroups.

    Raises
    ------
    ValueError
        When ``groups`` and ``subgroups`` differ in length.
    """
    g = pd.Series(np.asarray(groups, dtype=object))
    s = pd.Series(np.asarray(subgroups, dtype=object))
    if len(g) != len(s):
        raise ValueError(f"groups ({len(g)}) and subgroups ({len(s)}) must have one value per document")
    known = s.notna() & (s.astype(str).str.strip() != "")
    if not known.any():
        return False
    return bool((s[known].astype(str).str.strip().groupby(g[known].astype(str).to_numpy()).nunique() > 1).any())


def term_evidence(units: pd.DataFrame, top: pd.DataFrame, group_col: str, per_group: int = 3) -> pd.DataFrame:
    """One sentence per distinctive term: the first (by document, unit) of its group that uses it.

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_id``, ``unit_id``, ``text`` and ``group_col``.
    top : DataFrame
        From :func:`helpers.measures.vocabulary.top_terms` (columns ``group``, ``term``,
        ``z``, ``rank``).
    group_col : str
        Group column of ``units``.
    per_group : int
        Terms per group (best ranks first).

    Returns
    -------
    DataFrame
        ``group``, ``term``, ``z``, ``doc_id``, ``sentence`` (empty when the
        term is not in the sampled sentences).
    """
    import re

    rows = []
    for r in top[top["rank"] <= per_group].itertuples(index=False):
        u = units[units[group_col] == r.group]
        rx = re.compile(rf"(?<![\w-]){re.escape(r.term)}(?![\w-])", re.IGNORECASE)
        hit = u[u["text"].map(lambda t: bool(rx.search(t)))]
        first = hit.sort_values(["doc_id", "unit_id"], kind="stable").head(1)
        rows.append({"group": r.group, "term": r.term, "z": r.z,
                     "doc_id": first["doc_id"].iloc[0] if len(first) else "",
                     "sentence": first["text"].iloc[0] if len(first) else ""})
    return pd.DataFrame(rows, columns=["group", "term", "z", "doc_id", "sentence"])


def _article_share_cell(rows: pd.DataFrame, flags, n_boot: int, ci: float, seed: int) -> str:
    """:func:`share_cell` of ``flags`` over ``rows``, its interval resampling the articles (``doc_id``) when given."""
    f = np.asarray(flags, dtype=bool)
    if "doc_id" not in rows.columns or not len(rows):
        return share_cell(int(f.sum()), len(f), n_boot, ci, seed)
    b = bootstrap_cluster_share(f, rows["doc_id"], n_boot=n_boot, ci=ci, seed=seed)
    return cell(b["share"], b["ci_low"], b["ci_high"], f"{b['k']} of {b['n']}", percent=True)


def dates_cell(span: str, dated: int, articles: int) -> str:
    """The dates of a group for the profile, with how many of its articles are dated when not all are.

    Review s79-B: "2013-12-02" stood for a group of 19 articles of which one was dated.

    Parameters
    ----------
    span : str
        ``dates`` of :func:`describe_groups` ("2013-11-04 to 2015-03-09", "unknown").
    dated, articles : int
        The group's dated articles and all its articles.

    Returns
    -------
    str

    Examples
    --------
    >>> dates_cell("2013-12-02", 1, 19)
    '2013-12-02 (1 of 19 dated)'
    >>> dates_cell("2013-12-02 to 2014-01-05", 4, 4)
    '2013-12-02 to 2014-01-05'
    """
    return span + (f" ({dated} of {articles} dated)" if 0 < dated < articles else "")


def profile_table(order: list, desc: pd.DataFrame, top: pd.DataFrame, att: pd.DataFrame, units: pd.DataFrame,
                  rates: pd.DataFrame, tone: pd.DataFrame, reuse: pd.DataFrame, actor_labels: dict,
                  n_boot: int = 1000, ci: float = 0.95, seed: int = 0, group_col: str = "group") -> pd.DataFrame:
    """The measures side by side, one row per group, every cell with its n.

    Rows follow ``order`` (group size), not any measure: the table compares,
    it does not rank.

    Parameters
    ----------
    order : list
        Groups, in display order.
    desc : DataFrame
        From :func:`describe_groups`.
    top : DataFrame
        Distinctive terms (:func:`helpers.measures.vocabulary.top_terms`, column ``group``).
    att : DataFrame
        Attributions (:func:`helpers.measures.sourcing.extract_attributions`).
    units : DataFrame
        Sentences read.
    rates : DataFrame
        Rates per 1,000 words with a ``measure`` column (``attributions``,
        ``hedges``, ...) as made by :func:`helpers.measures.sourcing.rate_per_1000_words`.
    tone : DataFrame
        From :func:`helpers.measures.tone.actor_tone`.
    reuse : DataFrame
        From :func:`helpers.measures.reuse.reuse_table`.
    actor_labels : dict
        Actor id to the column title used for its tone.
    n_boot, ci, seed
        For the share intervals (direct quotations, unnamed or anonymous sources, loaded verbs), which resample
        articles when ``att`` has ``doc_id`` (:func:`helpers.stats.intervals.bootstrap_cluster_share`: none for a
        group of fewer than 3 articles), else attributions.

    Returns
    -------
    DataFrame
        One row per group; cells are strings such as ``"31% (95% CI 12-50%; 5 of 16)"`` and
        ``"4.1 per 1,000 words (95% CI 3.3-5.2; 52 attributions in 12,650 words)"``.
    """
    d = desc.set_index("group")
    rows = []
    for g in order:
        a = att[att[group_col] == g]
        row = {"group": g, "articles (read)": f"{d.loc[g, 'articles']} ({d.loc[g, 'sampled']})",
               "dates": dates_cell(d.loc[g, "dates"], int(d.loc[g, "dated"]), int(d.loc[g, "articles"]))}
        t = top[(top["group"] == g) & (top["rank"] <= 3)]
        row["top distinctive words (z)"] = ", ".join(f"{r.term} ({r.z:.1f})" for r in t.itertuples()) or NA
        for measure, title, word in (("attributions", "attributions per 1,000 words", "attribution"),
                                     ("hedges", "hedges per 1,000 words", "hedge")):
            r = rates[(rates[group_col] == g) & (rates["measure"] == measure)]
            row[title] = (cell(r["rate"].iloc[0], r["ci_low"].iloc[0], r["ci_high"].iloc[0],
                               f"{count(int(r['events'].iloc[0]), word)} in {int(r['words'].iloc[0]):,} words",
                               unit=RATE_UNIT)
                          if len(r) else NA)
        row["direct quotations"] = _article_share_cell(a, a["kind"] == "direct", n_boot, ci, seed)
        row["unnamed or anonymous sources"] = _article_share_cell(a, a["identity"].isin(["unnamed", "anonymous"]),
                                                                  n_boot, ci, seed)
        with_role = a[a["role"] != ""] if "role" in a.columns else a.iloc[0:0]
        if len(with_role):
            vc = with_role["role"].value_counts()
            best = sorted(vc.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            row["most cited source role"] = f"{best[0]} ({best[1]} of {len(with_role)})"
        else:
            row["most cited source role"] = f"{NA} (0 attributions with a source)"
        verbs = a[~a["verb_category"].isin(["", "position", "intention"])]  # verbs of speech, not a poll frame
        row["loaded verbs"] = _article_share_cell(verbs, verbs["verb_category"] == "loaded", n_boot, ci, seed)
        for actor, title in actor_labels.items():
            r = tone[(tone[group_col] == g) & (tone["actor"] == actor)]
            row[f"tone: {title}"] = (cell(r["mean_tone"].iloc[0], r["ci_low"].iloc[0], r["ci_high"].iloc[0],
                                          count(int(r["n_sentences"].iloc[0]), "sentence"))
                                     if len(r) else f"{NA} (0 sentences)")
        other = reuse[((reuse["group_a"] == g) | (reuse["group_b"] == g)) & ~reuse["same_group"]]
        # review s79-F: "(142 pairs)" read as the pairs compared; it counts the listed most similar pairs
        row["max cosine with another group"] = (f"{other['cosine'].max():.2f} (of {count(len(other), 'listed pair')})"
                                                if len(other) else f"{NA} (0 listed pairs)")
        rows.append(row)
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------
# shares of sources by group

def flag_shares(df: pd.DataFrame, group_col: str, order: list, flags: dict, n_boot: int = 1000,
                ci: float = 0.95, seed: int = 0, doc_col: str = "doc_id") -> pd.DataFrame:
    """Share of rows with each flag, per group, with an interval over articles.

    The attributions of one article are not independent (one article may quote five
    officials), so the interval comes from :func:`helpers.stats.intervals.bootstrap_cluster_share`:
    the 0/1 flags taken by whole articles (``doc_col``; Korn and Graubard's interval since issue 12bg-i3,
    before a bootstrap over the articles). The share itself is ``k / n``
    over the rows. A group of fewer than 3 articles gets no interval (NaN bounds,
    :data:`helpers.stats.intervals.MIN_INTERVAL_ARTICLES`); where every row of the group has
    the flag, or none has, the interval is a Wilson interval over its articles.

    Parameters
    ----------
    df : DataFrame
        One row per attribution (or any event), with ``group_col`` and ``doc_col``.
    group_col : str
        Group column.
    order : list
        Groups, in display order (a group without rows gets n = 0).
    flags : dict
        Measure name to a boolean Series aligned with ``df``.
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_cluster_share`.
    doc_col : str
        The article id of each row (the unit resampled).

    Returns
    -------
    DataFrame
        ``group_col``, ``measure``, ``k``, ``n``, ``n_articles`` (articles with a row in the
        group), ``share``, ``ci_low``, ``ci_high``; one row per measure and group.

    Raises
    ------
    ValueError
        If a flag is not aligned with ``df``, or ``df`` lacks ``doc_col``.
    """
    if doc_col not in df.columns:
        raise ValueError(f"the table has no article id column {doc_col!r}: the intervals resample articles, so give "
                         "each row its article's id (doc_col)")
    cols = [group_col, "measure", "k", "n", "n_articles", "share", "ci_low", "ci_high"]
    groups = df[group_col].to_numpy()
    docs = df[doc_col].to_numpy()
    sel = {g: np.flatnonzero(groups == g) for g in order}
    rows = []
    for name, flag in flags.items():
        f = np.asarray(flag, dtype=bool)
        if len(f) != len(df):
            raise ValueError(f"flag {name!r} has {len(f)} values for {len(df)} rows; align it with the table")
        for g in order:
            idx = sel[g]
            b = bootstrap_cluster_share(f[idx], docs[idx], n_boot=n_boot, ci=ci, seed=seed)
            rows.append({group_col: g, "measure": name, "k": b["k"], "n": b["n"], "n_articles": b["n_clusters"],
                         "share": b["share"], "ci_low": b["ci_low"], "ci_high": b["ci_high"]})
    return pd.DataFrame(rows, columns=cols)


def category_shares(df: pd.DataFrame, group_col: str, col: str, order: list, categories: list | None = None,
                    n_boot: int = 1000, ci: float = 0.95, seed: int = 0, doc_col: str = "doc_id") -> pd.DataFrame:
    """Share of each value of ``col`` (e.g. the source role) per group, with an interval over articles.

    Parameters
    ----------
    df : DataFrame
        One row per attribution, with ``doc_col``.
    group_col, col : str
        Group column and category column.
    order : list
        Groups, in display order.
    categories : list, optional
        Categories to report (default: every value, sorted).
    n_boot, ci, seed, doc_col
        As in :func:`flag_shares` (the interval resamples articles).

    Returns
    -------
    DataFrame
        As :func:`flag_shares`, with ``measure`` the category.

    Raises
    ------
    ValueError
        As :func:`flag_shares`.
    """
    cats = categories if categories is not None else sorted(df[col].astype(str).unique())
    values = df[col].astype(str)
    return flag_shares(df, group_col, order, {c: (values == c).to_numpy() for c in cats}, n_boot, ci, seed, doc_col)


NO_SIDE = "(no side)"
"""The side of a source whose affiliation is none of the study's actors, or an actor the study gives no side."""


def side_shares(df: pd.DataFrame, group_col: str, order: list, sides: dict, n_boot: int = 1000, ci: float = 0.95,
                seed: int = 0, doc_col: str = "doc_id") -> pd.DataFrame:
    """Share of sources on each side of the study (its ``sides``: actor id -> side) per group, over articles.

    Review s79-A: a study's ``sides`` were checked and then used by no table, while a researcher who writes them asks
    "how often does each group quote the enforcement side against the advocacy side?". Each attribution takes the
    side of its ``affiliation``; several actors of one side add up.

    Parameters
    ----------
    df : DataFrame
        One row per attribution with ``affiliation`` (an actor id or ``""``) and ``doc_col``.
    group_col : str
        Group column.
    order : list
        Groups, in display order.
    sides : dict of str to str
        The study's sides (``Study.sides``).
    n_boot, ci, seed, doc_col
        As in :func:`flag_shares` (the interval resamples articles).

    Returns
    -------
    DataFrame
        As :func:`category_shares`, ``measure`` the side (sides in alphabetical order, then :data:`NO_SIDE`); empty
        when ``sides`` is empty.

    Examples
    --------
    >>> att = pd.DataFrame({"doc_id": ["a", "a", "b"], "group": "g", "affiliation": ["ice", "aclu", ""]})
    >>> side_shares(att, "group", ["g"], {"ice": "enforcement", "aclu": "advocacy"})[["measure", "k", "n"]].values.tolist()
    [['advocacy', 1, 3], ['enforcement', 1, 3], ['(no side)', 1, 3]]
    """
    if not sides:
        return flag_shares(df.iloc[0:0], group_col, order, {}, n_boot, ci, seed, doc_col)
    side = df["affiliation"].fillna("").astype(str).map(lambda a: sides.get(a, NO_SIDE))
    levels = sorted(set(sides.values())) + [NO_SIDE]
    return category_shares(df.assign(_side=side), group_col, "_side", order, levels, n_boot, ci, seed, doc_col)


def shares_wide(shares: pd.DataFrame, group_col: str = "group") -> pd.DataFrame:
    """Shares for reading: one row per group (in the table's order), one column per ``measure``.

    Reviews s79-D and s79-E: the side table cut to its largest rows per group showed only "(no side)" for 30 outlets,
    or never the side one group quoted four times as often as another; one row per group shows every side.

    Parameters
    ----------
    shares : DataFrame
        From :func:`flag_shares`, :func:`category_shares` or :func:`side_shares`: ``group_col``, ``measure``,
        ``k``, ``n``, ``share``, ``ci_low``, ``ci_high``.
    group_col : str, default "group"
        The group column.

    Returns
    -------
    DataFrame
        ``group_col``, ``n`` (the group's base), then per measure (in the table's order) its share in percent with
        the interval ("12% (95% CI 8-17%)", "50% (no interval)").

    Examples
    --------
    >>> t = pd.DataFrame({"group": ["a", "a"], "measure": ["x", "y"], "k": [1, 3], "n": [4, 4],
    ...                   "share": [0.25, 0.75], "ci_low": [float("nan")] * 2, "ci_high": [float("nan")] * 2})
    >>> shares_wide(t).values.tolist()
    [['a', 4, '25% (no interval)', '75% (no interval)']]
    """
    cells = shares.assign(_cell=[format_interval(e, lo, hi, percent=True)
                                 for e, lo, hi in zip(shares["share"], shares["ci_low"], shares["ci_high"])])
    groups = list(dict.fromkeys(shares[group_col]))
    wide = cells.pivot(index=group_col, columns="measure", values="_cell")
    wide = wide.reindex(index=groups, columns=list(dict.fromkeys(shares["measure"])))
    base = shares.drop_duplicates(group_col).set_index(group_col)["n"].reindex(groups)
    out = wide.reset_index()
    out.insert(1, "n", base.to_numpy())
    out.columns.name = None
    return out


def evidence_rows(df: pd.DataFrame, by: list, per_cell: int = 2) -> pd.DataFrame:
    """The first ``per_cell`` rows of each combination of ``by`` (in document order), as evidence.

    Parameters
    ----------
    df : DataFrame
        Attributions with ``doc_id`` and ``unit_id``.
    by : list of str
        Columns defining a cell (e.g. ``["group", "role"]``).
    per_cell : int
        Rows kept per cell.

    Returns
    -------
    DataFrame
        The kept rows, sorted by ``by`` then document order.
    """
    s = df.sort_values([*by, "doc_id", "unit_id"], kind="stable")
    return s.groupby(by, sort=True).head(per_cell).reset_index(drop=True)


ROLE_CHECK_FILES = {"allsides": "role_checks_allsides.csv", "news_pages": "role_checks_news_pages.csv",
                    "climate": "role_checks_climate.csv"}
"""The shipped role checks: random draws of AllSides attributions (the corpus the rules were developed on, each draw
out of sample for the rules it was drawn under), of attributions on the news pages of 61 other sites (cleaning-dev;
each draw judged before any rule was read off it, though later rounds have read the judged rows' errors, so older
draws are development data; see ``benchmarks/role_check_draw.py --corpus news-pages``), and of attributions in
climate-change articles of 33 outlets (frames-dev, another topic; ``--corpus climate``)."""


def load_role_checks(path=None, corpus: str = "allsides") -> pd.DataFrame:
    """Hand judgments of the role of sampled attributions (``helpers/data/role_checks_<corpus>.csv``).

    Parameters
    ----------
    path : str or Path, optional
        A CSV with at least ``doc_id``, ``unit_id``, ``source``, ``role``
        (what the rules gave), ``reader_role`` and ``role_ok`` (yes/no, or
        "n/a" when the row is not an attribution). Overrides ``corpus``.
    corpus : str
        Which shipped checks to read when ``path`` is not given: a key of :data:`ROLE_CHECK_FILES`
        (``"allsides"``, ``"news_pages"`` or ``"climate"``).

    Returns
    -------
    DataFrame
        The rows, as strings.

    Raises
    ------
    FileNotFoundError
        If the file is missing.
    ValueError
        If a required column is missing, or ``corpus`` is not a key of :data:`ROLE_CHECK_FILES`.
    """
    from pathlib import Path

    if path is None and corpus not in ROLE_CHECK_FILES:
        raise ValueError(f"corpus must be one of {sorted(ROLE_CHECK_FILES)}, got {corpus!r}; or give the path of a "
                         "CSV of hand-judged roles")
    p = Path(path) if path is not None else DATA_DIR / ROLE_CHECK_FILES[corpus]
    if not p.is_file():
        raise FileNotFoundError(f"role checks {p} not found; give the path of a CSV of hand-judged roles")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    need = ["doc_id", "unit_id", "source", "role", "reader_role", "role_ok"]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{p} lacks {noun(len(missing), 'column')} {missing}")
    return df


_SEED_RE = re.compile(r"seed(\d+)")


def role_check_summary(checks: pd.DataFrame, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """One row per hand-checked draw of source roles, the newest first.

    Parameters
    ----------
    checks : DataFrame
        As returned by :func:`load_role_checks`: ``sample`` names the draw (rows of one draw together, draws in the
        order they were added, oldest first), ``role_ok`` is yes/no (judged), anything else is not judged;
        ``is_attribution`` (optional) is "no" for sampled rows that are not attributions.
    n_boot, seed : int
        Bootstrap resamples and seed of each draw's interval.

    Returns
    -------
    DataFrame
        ``draw`` (1 for the oldest), ``seed`` (the random seed of the draw, read from the sample name
        ``seed<N>_...``, else ""), ``n`` (sources judged), ``right`` (judged right), ``share``, ``ci_low``,
        ``ci_high``, ``interval`` (percent, 95%), ``not_attributions``, ``unjudged`` and ``sample``
        (the internal name, for reference), sorted newest first. Empty (with these columns) without checks.
        With a ``doc_id`` column the interval resamples the articles of the judged sources
        (:func:`helpers.stats.intervals.bootstrap_cluster_share`, Korn and Graubard's interval: a draw of fewer than 3
        articles has no interval, one where every source or none was right a Wilson interval over its articles);
        without, it resamples the sources.
    """
    cols = ["draw", "seed", "n", "right", "share", "ci_low", "ci_high", "interval", "not_attributions", "unjudged",
            "sample"]
    if "sample" not in checks or checks.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for i, (name, d) in enumerate(checks.groupby("sample", sort=False), start=1):
        judged = d[d["role_ok"].isin(["yes", "no"])]
        k, n = int((judged["role_ok"] == "yes").sum()), len(judged)
        n_not = int((d["is_attribution"] == "no").sum()) if "is_attribution" in d else len(d) - n
        b = (bootstrap_cluster_share(judged["role_ok"].eq("yes").to_numpy(), judged["doc_id"], n_boot=n_boot, seed=seed)
             if "doc_id" in judged else bootstrap_share(k, n, n_boot=n_boot, seed=seed))
        m = _SEED_RE.search(str(name))
        rows.append({"draw": i, "seed": m.group(1) if m else "", "n": n, "right": k, "share": b["share"],
                     "ci_low": b["ci_low"], "ci_high": b["ci_high"],
                     "interval": format_interval(b["share"], b["ci_low"], b["ci_high"], percent=True),
                     "not_attributions": n_not, "unjudged": len(d) - n - n_not, "sample": name})
    return pd.DataFrame(rows, columns=cols).iloc[::-1].reset_index(drop=True)


def role_check_pooled(summary: pd.DataFrame) -> tuple[int, int, int]:
    """Sources judged right, sources judged and draws, summed over the draws of a role-check summary.

    Parameters
    ----------
    summary : DataFrame
        As returned by :func:`role_check_summary` (``right`` and ``n`` per draw).

    Returns
    -------
    tuple of int
        ``(right, judged, draws)``; ``(0, 0, 0)`` for an empty summary. Pool only draws made under comparable rules
        (draws of one check population, judged by one protocol).
    """
    if summary.empty:
        return 0, 0, 0
    return int(summary["right"].sum()), int(summary["n"].sum()), len(summary)
