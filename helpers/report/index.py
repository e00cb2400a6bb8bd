"""The report's ``index.html``: key findings first, then run status, corpus, parameters and figures.

Findings are computed from the result CSVs in ``figures/`` (never typed in):

* **group differences** -- every CSV with an estimate column (``share``,
  ``estimate``, ``mean_tone``, ``rate`` or ``mean``) and ``ci_low``/``ci_high``:
  within each combination of its category columns, the groups (first column)
  with the highest and the lowest estimate, with n and intervals, and whether
  the intervals overlap; the largest difference of each file is listed, those
  whose intervals do not overlap first; shares are written as percentages
  with their interval and the difference in percentage points; groups of
  fewer than :data:`MIN_COMPARE_ARTICLES` articles are not ranked (the
  finding names them), and where no two larger groups are left the finding
  says the groups are too small to compare (listed last);
* **solid topics** -- a CSV with ``topic`` and ``stable`` columns: the topics
  that come back in the stability refits; when notebook 01's
  ``document_topics.csv`` shows they were fit on fewer than 10 articles
  (rows with ``n_units > 0``), the finding says they are those articles'
  themes, not the coverage's;
* **dominant frames** -- a CSV with ``family`` and ``dominant`` columns: per
  family, the frame most often dominant, in k of n articles, and in how many of them a tie with another frame
  was broken by codebook order (a ``tied_with`` column);
* **group sizes** -- a CSV whose first column is the group, with ``articles``
  and ``words``: how many groups, the largest and the smallest, and how many
  rest on a single article.

Above the findings, when notebook 00's ``00_group_mix.csv`` shows a metadata
column spread unevenly across the groups (Cramér's V >= 0.15 or a 10-point gap in one value's share, with p < 0.01,
:data:`helpers.notebook.group_mix.UNEVEN_V`, ``UNEVEN_GAP`` and ``UNEVEN_P``), a caveat names
the column, the groups' shares and that group differences may reflect that
mix rather than how the groups cover the same story (:func:`group_mix_note`).

Each finding links to the section of the page where the file was saved, and
to the CSV. Every value taken from a file, the corpus or the parameters is
HTML-escaped.
"""
from __future__ import annotations

import contextlib
import functools
import html
import json
from pathlib import Path

from ..core.study import studies_with_actors
from ..core.wording import (
    RATE_UNIT,
    count,
    estimate_interval,
    listing,
    noun,
    points,
    score_interval,
    share_decimals,
    share_interval,
)
from ..corpus.groups import (
    HEADLINE_ARTICLES,
    MANY_GROUPS,
    NOT_GROUPS,
    OTHER,
    PSEUDO,
    UNKNOWN,
    below_headline,
    why_no_group,
)

__all__ = ["ESTIMATE_COLUMNS", "study_used", "group_sizes", "group_differences", "dominant_frames", "validation_scores", "notebook_findings",
           "FEW_TOPIC_ARTICLES", "MIN_COMPARE_ARTICLES", "topic_fit_articles", "FAMILY_NAMES", "NO_FINDINGS", "NO_FINDINGS_FAILED", "RUN_CODEBOOKS", "family_name", "frame_label",
           "parameter_rows", "corpus_warnings", "group_mix_note", "write_index", "SHEET_SAMPLE", "coders_sheet_note", "roles_caveat", "topic_effect_note", "carried_frame_note", "corrected_frame_note", "frame_status_note", "period_mix_note"]

ESTIMATE_COLUMNS = ("share", "estimate", "mean_tone", "rate", "mean")
_N_COLUMNS = ("n", "n_articles", "n_sentences", "n_units", "sentences", "articles")
_N_UNITS = {"n_articles": "articles", "n_sentences": "sentences", "n_units": "units", "sentences": "sentences",
            "articles": "articles"}
"""The unit a count column counts (``n`` counts different things in different tables: see :data:`_BARE_N_UNITS`)."""
_BARE_N_UNITS = {**{stem: "articles" for stem in ("frame_shares", "03_remedies", "03_generic_frames", "03_policy_frames",
                                                  "03_entman_functions", "03_entman_comparison")},
                 **{stem: "attributions" for stem in ("02_source_roles_shares", "02_source_identity",
                                                      "02_source_affiliation", "02_source_side")}}
"""What a bare ``n`` counts in the result files where docs/DATA_DICTIONARY.md defines it (elsewhere it is shown bare)."""
_OVER_ARTICLES = frozenset({"02_actor_tone", "actor_tone", "02_verbs_hedges", "02_source_roles_shares",
                            "02_source_identity", "02_source_affiliation", "02_source_side", "02_naming_labels"})
"""Result files that count sentences or attributions but whose intervals resample articles, all of each article's
sentences or attributions together (:func:`helpers.stats.intervals.bootstrap_cluster_mean` and
``bootstrap_cluster_ratio``, issue 12bf-i: the tone toward actors and the rates per 1,000 words;
``bootstrap_cluster_share``, issue 12bf-j: the source shares and the naming labels' shares). Read as such only when
the file has ``n_articles`` (the same files written before those issues have none and resampled sentences or
attributions). Any other file with a sentence count (``n_sentences``, ``sentences``) resamples sentences."""
_NOT_KEYS = {"interval", "method", "validation", "label", "outlet_voice", "text", "sentence", "actor_label",
             "role_label"}

_NOT_COMPARED = {"02_source_roles_shares": {"measure": {"unknown"}},
                 "02_source_affiliation": {"measure": {"(none of the study's actors)"}},
                 "02_source_side": {"measure": {"(no side)"}},
                 **{stem: {"topic": {"(no topic)"}} for stem in ("topic_prevalence_by_group", "01_prevalence_by_group",
                                                                 "01_prevalence_over_time")}}
"""Category values of a result file that no key finding is about: the share of sources whose role the rules could
not tell measures the rules, not a group's sourcing (dogfood 12bg-d: by author, the index's finding on source roles
was 'for unknown'). Likewise the topic prevalence's "(no topic)" rows (issue 12bh-t: the share of an outlet's units that no
topic explains measures how far the model reaches, not a theme; :data:`helpers.topics.tables.NO_TOPIC`, not imported
here because the report layer reads files). Their rows stay in the file and on the page."""
_MAX_PER_NOTEBOOK = 4
NO_FINDINGS = ("No computed findings for this notebook: none of the result files it wrote on this corpus compares "
               "groups, lists topics or frames, or scores a method (its page says what it found and why).")
"""Said under a notebook that ran but whose files hold no finding (the validation notebook on a corpus without hand
coding): before, "No computed findings for this notebook" left the reader guessing why."""
NO_FINDINGS_FAILED = ("No computed findings: the notebook failed before it wrote its result files (or wrote only some "
                      "of them); its page shows the cell that failed and the error.")
"""Said under a notebook that FAILED and left no finding: :data:`NO_FINDINGS` would say its files were read and held
nothing to report (dogfood 12be-d)."""
MIN_COMPARE_ARTICLES = 3
"""A group with fewer articles is too small to compare: a "largest difference" with such a group on either side is
not reported as a finding; the finding says the groups are too small to compare instead (with 1-2 articles a group's
value is that of one or two stories, not of the group's coverage)."""
e = html.escape


def _read(path: Path):
    import pandas as pd

    from ..core.spreadsheet import restore_formulas

    try:
        df = pd.read_csv(path, keep_default_na=False, na_values=[""])
    except (ValueError, OSError, pd.errors.ParserError):
        return None
    return restore_formulas(df)  # a group named "@x" is shown as given, not as the CSV's "'@x"


_MEASURE_NAMES = {"01_prevalence_by_group": "mean topic share of articles",
                  "01_prevalence_over_time": "mean topic share of articles",
                  "topic_prevalence_by_group": "mean topic share of articles",
                  "02_actor_tone": "tone of the sentences naming an actor (VADER, -1 to 1)",
                  "actor_tone": "tone of the sentences naming an actor (VADER, -1 to 1)",
                  "02_naming_labels": "share of the sentences naming an actor that give it a label",
                  "02_source_affiliation": "share of sources by affiliation",
                  "02_source_side": "share of sources by the side of their affiliation (the study's sides)",
                  "02_source_identity": "share of attributions of each kind (named, unnamed or anonymous source; "
                                        "direct quotation)",
                  "02_source_roles_shares": "share of sources by role",
                  "02_verbs_hedges": "rate per 1,000 words (attributions, verb categories, hedges)",
                  "03_remedies": "share of an article's sentences that discuss a remedy (for or against: the direction is not read)",
                  "frame_shares": "share of an article's sentences with a frame"}
"""Result file -> what its estimate column measures, for the findings: a bare column name ("estimate", "share",
"rate") says nothing about what is counted in what."""


_TONE_UNCHECKED = ("VADER tone agrees only weakly with hand-read text (a hand check on AllSides, notebook 02's tone section: weakly on the wording, hardly on how the actor is portrayed; too many sentences read as positive)")
_UNCHECKED = {"02_actor_tone": _TONE_UNCHECKED, "actor_tone": _TONE_UNCHECKED}
"""Result file (or file and ``measure``) -> the caveat a finding from it carries: the methods the README's trust table
lists as unvalidated or weak (tone), so that a key finding says so as a frame finding says its labels are not
validated; hedge rates carry the recall of the hedge lexicon's hand check
(:func:`helpers.measures.hedge_trust.hedge_caveat`), the rates of a verb category how often blind judges confirmed it
(:func:`helpers.measures.verb_trust.verb_caveat`), the shares of source affiliations the hand check of the study's
affiliations or that it has none (:func:`helpers.measures.affiliation_trust.affiliation_caveat`), the shares of naming
labels the hand check of the study's naming labels or that it has none
(:func:`helpers.measures.naming_trust.naming_caveat`)."""


def _unchecked(d: dict) -> str:
    """The caveat of :data:`_UNCHECKED` for a finding, or ''; a share of source roles or affiliations, a hedge rate and
    the rate of a verb category carry their shipped hand checks (:func:`roles_caveat`, ``affiliation_caveat``,
    ``naming_caveat``, ``hedge_caveat``, ``verb_caveat``)."""
    measure = str(d["key"].get("measure", ""))
    if d["file"] == "02_source_roles_shares":
        return roles_caveat()
    if d["file"] in ("02_source_affiliation", "02_source_side"):
        from ..measures.affiliation_trust import affiliation_caveat
        return affiliation_caveat()  # the hand check of this study's affiliations, or that it is unchecked
    if d["file"] == "02_naming_labels":
        from ..measures.naming_trust import naming_caveat
        return naming_caveat()  # the hand check of this study's naming labels, or that it is unchecked
    if d["file"] == "02_verbs_hedges" and measure == "hedges":
        from ..measures.hedge_trust import hedge_caveat
        return hedge_caveat()  # the hand check of the hedge lexicon in use, or that it is unchecked
    if d["file"] == "02_verbs_hedges" and measure in ("loaded verbs", "manner verbs", "belief verbs"):
        from ..measures.verb_trust import verb_caveat
        return verb_caveat(measure.split()[0])  # the hand check of the verb categories in use, or that it is unchecked
    return _UNCHECKED.get((d["file"], measure), _UNCHECKED.get(d["file"], ""))


def roles_caveat() -> str:
    """How often the role rules were right in the shipped hand checks, for a key finding on the shares of source roles.

    A finding such as "share of sources by role for politician: right 32%, left 22%; the intervals do not overlap"
    said nothing of the role rules' errors (about three in ten on hand-checked AllSides attributions, more on other
    sites), while frame findings say their labels are not validated (dogfood 12br-d). The figures are those of notebook
    02's closing section: the latest AllSides draw, and the news pages' draws pooled.

    Returns
    -------
    str
        One clause, or "" when no role checks are shipped.
    """
    from ..measures.outlets import load_role_checks

    parts = []
    for corpus, where in (("allsides", "in the latest hand-checked draw of AllSides attributions"),
                          ("news_pages", "over the hand-checked draws of other sites' news pages")):
        try:
            checks = load_role_checks(corpus=corpus)
        except (FileNotFoundError, ValueError):
            continue
        if checks.empty:
            continue
        if corpus == "allsides" and "sample" in checks:
            checks = checks[checks["sample"] == checks["sample"].iloc[-1]]
        judged = checks["role_ok"].isin(["yes", "no"])
        k, n = int((checks["role_ok"] == "yes").sum()), int(judged.sum())
        if n:
            parts.append(f"{k}/{n} {where}")
    if not parts:
        return ""
    return ("the role rules are not always right (the role the rules gave was the reader's for "
            f"{' and '.join(parts)}; notebook 02, 'How far to trust the attribution rules'): a difference between "
            "groups can also be a difference in the rules' errors")


def group_differences(path: Path, group_articles: dict | None = None, rows: dict | None = None) -> dict | None:
    """The largest difference between groups in one result CSV, or None when the file has none.

    Parameters
    ----------
    path : Path
        A CSV whose first column names the group, with an estimate column
        (:data:`ESTIMATE_COLUMNS`) and ``ci_low``/``ci_high``.
    group_articles : dict, optional
        Group -> articles, from the notebook's group sizes: the articles behind a row when the file itself does not
        count them (a row's ``n_articles``, or an ``n`` that counts articles, comes first).
    rows : dict, optional
        Column -> value: only the rows that hold these values are compared (one frame codebook of
        ``frame_shares.csv``).

    Returns
    -------
    dict or None
        ``file``, ``group_column``, ``measure`` (the estimate column, or what it measures where the column name is
        generic: :data:`_MEASURE_NAMES`), ``column`` (the estimate column), ``key`` (the category values
        it is about), ``high``/``low`` (each: ``group``, ``value``, ``ci_low``,
        ``ci_high``, ``n``, ``unit`` of n, ``articles`` when the file has ``n_articles``), ``gap`` and
        ``over_sentences`` (the file counts sentences, ``n_sentences`` or ``sentences``, and is not one of
        :data:`_OVER_ARTICLES`: its intervals resample sentences, even where n is shown in articles),
        ``over_articles`` (a file of :data:`_OVER_ARTICLES` with ``n_articles``: it counts sentences or
        attributions, but its intervals resample articles), ``over_attributions`` (a source share
        whose n counts attributions and that is not ``over_articles``: its intervals resample them), ``separated`` (the intervals do not
        overlap, and neither is a zero-width interval such as the [0, 0]
        of a group without any event), ``compared`` (how many category combinations were compared: the
        finding is the most striking of them), ``unexplained`` (group -> its "(no topic)" share, for the high
        and low groups of a topic prevalence file whose units no topic explains make at least half; issue
        12bh-t). The "(other)" pool of the groups beyond ``top_n`` is never
        the highest or lowest group: it is no group of its own. Rows resting on fewer than
        :data:`MIN_COMPARE_ARTICLES` articles are not ranked: ``left_out`` lists them for the chosen comparison;
        with more than :data:`MANY_GROUPS` groups only those of :data:`HEADLINE_ARTICLES` or more articles are
        (``smaller`` counts the others, ``ranked`` the groups ranked)
        ((group, articles) pairs). Comparisons are ranked by whether they separate, then by the gap (in a table of
        ``rate``, by the gap relative to the higher rate); when no comparison is left, only ``file``, ``group_column``, ``measure``,
        ``column``, ``key`` (empty), ``compared`` (0) and ``too_small`` (the (group, articles) pairs) are given.
    """
    import pandas as pd

    df = _read(path)
    if df is None or df.empty or not {"ci_low", "ci_high"} <= set(df.columns):
        return None
    measure = next((c for c in ESTIMATE_COLUMNS if c in df.columns), None)
    group = df.columns[0]
    if measure is None or group in ("doc_id",) or group == measure:
        return None
    ncol = next((c for c in _N_COLUMNS if c in df.columns), None)
    keys = [c for c in df.columns[1:] if c not in _NOT_KEYS and c != measure
            and not pd.api.types.is_numeric_dtype(df[c]) and df[c].nunique() <= 200]
    df = df[pd.to_numeric(df[measure], errors="coerce").notna()].copy()
    for col, value in (rows or {}).items():
        df = df[df[col].astype(str) == str(value)] if col in df.columns else df.iloc[:0]
    unexplained = _unexplained(df, group, measure, path.stem)
    for col, values in _NOT_COMPARED.get(path.stem, {}).items():
        if col in df.columns:
            df = df[~df[col].astype(str).isin(values)]
    only_unknown = bool(len(df)) and (df[group].astype(str) == UNKNOWN).all()
    df = df[~df[group].astype(str).isin(NOT_GROUPS)]  # the pool beyond top_n, the articles without a group: no groups to rank
    if only_unknown:  # no group at all: said as such by _too_small, not as a group too small
        return {"file": path.stem, "group_column": str(group), "measure": _MEASURE_NAMES.get(path.stem, measure),
                "column": measure, "key": {}, "compared": 0, "too_small": [(UNKNOWN, 0)]}
    df[measure] = pd.to_numeric(df[measure])
    df["_articles"] = _row_articles(df, group, ncol, path.stem, group_articles or {})
    best, compared, too_small = None, 0, {}
    # groups of the file that reach HEADLINE_ARTICLES in some row (review s79-E: the tone toward a side figure set 4
    # articles of one outlet against 3 of another, while the corpus had 16 outlets of 20+ articles)
    large = int((df.groupby(group)["_articles"].max() >= HEADLINE_ARTICLES).sum())
    many = df[group].nunique() > MANY_GROUPS and large >= 2
    for key, part in (df.groupby(keys, sort=True, dropna=False) if keys else [((), df)]):
        small = part["_articles"] < MIN_COMPARE_ARTICLES  # NaN (unknown) is kept
        left_out = sorted((str(g), int(a)) for g, a in zip(part.loc[small, group], part.loc[small, "_articles"]))
        for g, a in left_out:
            too_small[g] = min(a, too_small.get(g, a))
        part = part[~small]
        if part[group].nunique() < 2:
            continue
        smaller = 0
        if many:  # review s79-B: the extremes of 30 outlets were the tiny ones; only large groups are ranked
            big = part["_articles"] >= HEADLINE_ARTICLES
            smaller = int(part.loc[~big, group].nunique())
            part = part[big]
            if part[group].nunique() < 2:
                continue  # this measure has too few large groups (an actor few outlets name often): no finding
        compared += 1
        part = part.sort_values([measure, group], kind="stable")
        lo, hi = part.iloc[0], part.iloc[-1]
        gap = float(hi[measure] - lo[measure])
        if gap <= 0:
            continue
        sep = bool(pd.notna(hi["ci_low"]) and pd.notna(lo["ci_high"]) and float(hi["ci_low"]) > float(lo["ci_high"])
                   and _has_width(hi) and _has_width(lo))  # [0, 0]: no event, not a measured certainty
        # rates of different measures in one table (attributions ~20, hedges ~1 per 1,000 words): ranked by their
        # ratio, or the measure with the highest rate always won (review s78-A); shares and means by points
        score = (sep, gap / float(hi[measure]) if measure == "rate" and float(hi[measure]) > 0 else gap)
        if best is None or score > best[0]:
            key = key if isinstance(key, tuple) else (key,)
            best = (score, {
                "file": path.stem, "group_column": str(group), "measure": _MEASURE_NAMES.get(path.stem, measure), "column": measure,
                "key": {str(k): str(v) for k, v in zip(keys, key)}, "gap": gap, "separated": sep, "left_out": left_out,
                "ranked": int(part[group].nunique()), "smaller": smaller,
                "over_sentences": _over_sentences(df) and not _over_articles(df, path.stem),
                "over_articles": _over_articles(df, path.stem),
                "over_attributions": (_BARE_N_UNITS.get(path.stem) == "attributions" and ncol == "n"
                                      and not _over_articles(df, path.stem)),
                "high": _side(hi, group, measure, ncol, path.stem), "low": _side(lo, group, measure, ncol, path.stem)})
    if best:
        sides = {best[1][s]["group"] for s in ("high", "low")}
        return {**best[1], "compared": compared,
                "unexplained": {g: v for g, v in unexplained.items() if g in sides}}
    if too_small:
        return {"file": path.stem, "group_column": str(group), "measure": _MEASURE_NAMES.get(path.stem, measure),
                "column": measure, "key": {}, "compared": 0, "too_small": sorted(too_small.items())}
    return None


_UNEXPLAINED_MIN = 0.5
"""A group whose "(no topic)" share is at least this is named in a finding about its topic shares."""


def _unexplained(df, group: str, measure: str, stem: str) -> dict:
    """Group -> its "(no topic)" share where it is at least :data:`_UNEXPLAINED_MIN` (topic prevalence files)."""
    no = _NOT_COMPARED.get(stem, {}).get("topic", set()) & {"(no topic)"}
    if not no or "topic" not in df.columns:
        return {}
    rows = df[df["topic"].astype(str).isin(no)]
    return {str(g): float(v) for g, v in zip(rows[group], rows[measure]) if float(v) >= _UNEXPLAINED_MIN}


def _over_sentences(df) -> bool:
    """Whether a file counts sentences (``n_sentences`` or ``sentences``)."""
    return bool({"n_sentences", "sentences"} & set(df.columns))


def _over_articles(df, stem: str) -> bool:
    """Whether a file's intervals resample articles (:data:`_OVER_ARTICLES`, written with ``n_articles``)."""
    return stem in _OVER_ARTICLES and "n_articles" in df.columns


def _row_articles(df, group, ncol, stem: str, group_articles: dict):
    """Articles behind each row: ``n_articles``, an ``n`` that counts articles, else the group's size (NaN: unknown)."""
    import pandas as pd

    unit = _N_UNITS.get(ncol) or (_BARE_N_UNITS.get(stem, "") if ncol == "n" else "")
    if "n_articles" in df.columns:
        own = pd.to_numeric(df["n_articles"], errors="coerce")
    elif unit == "articles":
        own = pd.to_numeric(df[ncol], errors="coerce")
    else:
        own = pd.Series(float("nan"), index=df.index)
    sizes = pd.to_numeric(df[group].astype(str).map(group_articles), errors="coerce")
    return own.fillna(sizes)


def _float(v) -> float | None:
    try:
        return None if v != v else float(v)
    except (TypeError, ValueError):
        return None


def _has_width(row) -> bool:
    """Whether a row's interval has width: a bootstrap over a group with no event gives [0, 0], which says nothing."""
    lo, hi = _float(row["ci_low"]), _float(row["ci_high"])
    return lo is not None and hi is not None and hi > lo


def _side(row, group, measure, ncol, stem: str = "") -> dict:
    f = _float
    unit = _N_UNITS.get(ncol) or (_BARE_N_UNITS.get(stem, "") if ncol == "n" else "")
    articles = f(row["n_articles"]) if "n_articles" in row.index else None
    if articles is None and unit == "articles" and ncol:
        articles = f(row[ncol])  # n counts articles: a side of one article is a single article
    status = str(row["validation"]) if "validation" in row.index and isinstance(row["validation"], str) else ""
    return {"group": str(row[group]), "validation": status, "value": float(row[measure]), "ci_low": f(row["ci_low"]),
            "ci_high": f(row["ci_high"]), "n": (int(row[ncol]) if ncol and f(row[ncol]) is not None else None),
            "unit": unit, "articles": None if articles is None else int(articles)}


def group_sizes(path: Path) -> dict | None:
    """Groups, articles and words from a CSV with the group first and ``articles`` and ``words`` columns.

    Parameters
    ----------
    path : Path
        A result CSV.

    Returns
    -------
    dict or None
        ``file``, ``group_column``, ``groups`` (rows, the "(other)" pool included, "(unknown)" only when it is the only row),
        ``unknown`` (articles without a group, "(unknown)", when other groups are shown; else 0), ``pseudo``
        ((articles, names) of the "(pseudo-outlets)" pool, not counted in ``groups``; else None), ``articles``,
        ``words``, ``single`` (groups with one article),
        ``single_groups`` (their names), ``group_articles`` (named group -> articles),
        ``largest`` and ``smallest`` (each: name, articles, words; the "(other)" pool of the groups beyond
        ``top_n`` is neither), ``pooled`` ((articles, groups pooled or None) of that pool, or None),
        ``single_outlet_groups`` (named groups whose ``outlets`` column is 1, when the file has that column and
        its groups are not outlets; else empty), ``sampled`` (articles of the stratified sample the
        sentence-level measures read, from a ``sampled`` column, when fewer than ``articles``; else None) and
        ``group_sampled`` ((name, sampled, articles) per group, largest first, the "(other)" pool last, with
        ``sampled``), ``duplicates`` (duplicate bodies left out, from a ``duplicates`` column: notebook 00's table
        counts the articles analysed and says how many copies of each group it left out; 0 without one) and
        ``group_duplicates`` ((name, duplicates) of the rows with any, most first); None for an
        unreadable or empty file, a file without these columns, or one whose first column is ``doc_id``.
    """
    import pandas as pd

    df = _read(path)
    if df is None or df.empty or not {"articles", "words"} <= set(df.columns) or df.columns[0] == "doc_id":
        return None
    df = df.sort_values(["articles", "words", df.columns[0]], ascending=[False, False, True], kind="stable")
    is_pool = df[df.columns[0]].astype(str) == OTHER  # the groups beyond top_n, pooled: not a group of its own
    is_unknown = df[df.columns[0]].astype(str) == UNKNOWN  # articles without a group (no metadata row, empty cell)
    is_pseudo = df[df.columns[0]].astype(str) == PSEUDO  # pseudo-outlets, pooled: no outlet (dogfood 12bn-d)
    named = df[~is_pool & ~is_unknown & ~is_pseudo] if (~is_pool & ~is_unknown & ~is_pseudo).any() else df
    big, small = named.iloc[0], named.iloc[-1]
    pool = df[is_pool]
    pooled = None
    if len(pool) and len(named) < len(df):
        n_pooled = pool["groups_pooled"].iloc[0] if "groups_pooled" in pool.columns else None
        pooled = (int(pool["articles"].iloc[0]), None if pd.isna(n_pooled) else int(n_pooled))
    unknown = int(df.loc[is_unknown, "articles"].sum()) if len(named) < len(df) else 0
    pseudo = None
    if is_pseudo.any() and len(named) < len(df):
        n_names = df.loc[is_pseudo, "groups_pooled"].iloc[0] if "groups_pooled" in df.columns else None
        pseudo = (int(df.loc[is_pseudo, "articles"].sum()), None if pd.isna(n_names) else int(n_names))
    return {"file": path.stem, "group_column": str(df.columns[0]),
            "groups": len(df) - int(is_unknown.any() and bool(unknown)) - int(pseudo is not None),
            "unknown": unknown, "pseudo": pseudo,
            "articles": int(df["articles"].sum()), "words": int(df["words"].sum()),
            "single": int((named["articles"] == 1).sum()),
            "single_groups": sorted(str(g) for g in named.loc[named["articles"] == 1, df.columns[0]]),
            "group_articles": {str(g): int(a) for g, a in zip(named[df.columns[0]], named["articles"])},
            "largest": (str(big.iloc[0]), int(big["articles"]), int(big["words"])),
            "smallest": (str(small.iloc[0]), int(small["articles"]), int(small["words"])), "pooled": pooled,
            "single_outlet_groups": _single_outlet_groups(named, str(df.columns[0])), **_sampled(df),
            **_duplicates(df)}


def _duplicates(df) -> dict:
    """``duplicates`` and ``group_duplicates`` of :func:`group_sizes` (0 and [] without a ``duplicates`` column)."""
    import pandas as pd

    if "duplicates" not in df.columns:
        return {"duplicates": 0, "group_duplicates": []}
    n = pd.to_numeric(df["duplicates"], errors="coerce").fillna(0).astype(int)
    rows = sorted(((str(g), int(k)) for g, k in zip(df[df.columns[0]], n) if k > 0), key=lambda r: (-r[1], r[0]))
    return {"duplicates": int(n.sum()), "group_duplicates": rows}


def _duplicates_note(sizes: dict) -> str:
    """The clause on the duplicate bodies left out of the counts ("" when none was)."""
    k = sizes.get("duplicates") or 0
    if not k:
        return ""
    per = [f"{g} {n:,}" for g, n in sizes["group_duplicates"]]
    shown = ", ".join(per[:6]) + (f" and {len(per) - 6:,} more groups" if len(per) > 6 else "")
    return (f"; {count(k, 'duplicate body', 'duplicate bodies')} (the same text as an earlier article) "
            f"{noun(k, 'is', 'are')} left out of these counts and of every measure but text reuse (by group: {shown})")


def _sampled(df) -> dict:
    """``sampled`` and ``group_sampled`` of :func:`group_sizes` (None and [] when every article was read)."""
    import pandas as pd

    if "sampled" not in df.columns:
        return {"sampled": None, "group_sampled": []}
    n = pd.to_numeric(df["sampled"], errors="coerce")
    total = int(n.fillna(0).sum())
    if n.isna().all() or total >= int(df["articles"].sum()):
        return {"sampled": None, "group_sampled": []}
    rows = [(str(g), int(k), int(a)) for g, k, a in zip(df[df.columns[0]], n.fillna(0), df["articles"])]
    rows = [r for r in rows if r[0] not in NOT_GROUPS] + [r for r in rows if r[0] in NOT_GROUPS]  # pools last
    return {"sampled": total, "group_sampled": rows}


def _sample_note(sizes: dict) -> str:
    """The clause saying that the sentence-level measures read a sample ("" when they read every article)."""
    if not sizes.get("sampled"):
        return ""
    per = [f"{g} {k:,} of {a:,}" for g, k, a in sizes["group_sampled"]]
    shown = ", ".join(per[:6]) + (f" and {len(per) - 6:,} more groups" if len(per) > 6 else "")
    return (f"; the sentence-level measures of this notebook (sources, reporting verbs and hedges, tone) read a "
            f"stratified sample of {sizes['sampled']:,} of the {sizes['articles']:,} articles (-p max_articles), so "
            f"their n counts articles of that sample (by group: {shown}); word choice and text reuse read every article")


def _single_outlet_groups(named, group_column: str) -> list[str]:
    """Named groups of one outlet when the groups are not outlets (:func:`helpers.notebook.narrative.single_outlet_groups`
    on the group table read back), sorted by name."""
    from ..notebook.narrative import single_outlet_groups

    return sorted(single_outlet_groups(named.rename(columns={named.columns[0]: "group"}), group_column))


def _floor_chose_k(figures: Path, k: int) -> str:
    """A sentence when the diversity floor, not the score, chose the ``k`` topics (notebook 01's k sweep), else ''.

    Review s79-A: the index called three topics "solid" while notebook 01 said k = 3 was forced and themes may be
    merged into broad topics; a reader of the index alone took them for the corpus's themes.
    """
    from ..topics.sweep import floor_chose_k

    sweep = _read(figures / "01_k_sweep.csv")
    if sweep is None or not {"k", "diversity"} <= set(sweep.columns):
        return ""
    try:
        if not floor_chose_k(sweep, int(k)):
            return ""
    except (ValueError, TypeError, KeyError):  # an older file without the columns the floor needs
        return ""
    return (f" But k = {k} was not chosen by the score: every larger k tried repeated its topics' top words (the "
            "diversity floor), so themes may be merged into broad topics; notebook 01 names a larger k to compare.")


def _solid_topics(path: Path) -> dict | None:
    """Topics marked ``stable`` in a CSV with ``topic`` and ``stable`` columns (None for other files)."""
    import pandas as pd

    df = _read(path)
    if df is None or not {"topic", "stable"} <= set(df.columns):
        return None
    stable = df[df["stable"].astype(str).str.lower().isin(["true", "1"])]
    from ..topics.tables import ONE_ARTICLE_SHARE

    one = (pd.to_numeric(stable["top_article_share"], errors="coerce") > ONE_ARTICLE_SHARE
           if "top_article_share" in stable.columns else pd.Series(False, index=stable.index))
    rows = [{"topic": str(r["topic"]), "label": str(r.get("label", "")),
             "stability": r.get("stability"), "coherence": r.get("coherence"),
             "one_article": bool(one[i])} for i, r in stable.iterrows()]
    from ..topics.tables import near_cutoff

    return {"file": path.stem, "n_topics": len(df), "stable": rows, "near": near_cutoff(df),
            "labels": [str(x) for x in df["label"]] if "label" in df.columns else [str(x) for x in df["topic"]]}


FEW_TOPIC_ARTICLES = 10
"""Below this many articles the topics are the themes of those articles, and the finding says so."""


def topic_fit_articles(path: Path) -> int | None:
    """Articles the topics were fit on: rows of notebook 01's ``document_topics.csv`` with a unit (``n_units > 0``).

    Parameters
    ----------
    path : Path
        The ``document_topics.csv`` file (one row per article, with ``doc_id`` and ``n_units``).

    Returns
    -------
    int or None
        The number of articles with at least one unit, or None when the file is missing or has no ``doc_id``.
    """
    df = _read(path)
    if df is None or "doc_id" not in df.columns:
        return None
    if "n_units" not in df.columns:
        return int(df["doc_id"].nunique())
    import pandas as pd

    units = pd.to_numeric(df["n_units"], errors="coerce").fillna(0)
    return int(df.loc[units > 0, "doc_id"].nunique())


def _few_articles_note(figures: Path, files: list[str]) -> str:
    """The caveat for topics fit on fewer than :data:`FEW_TOPIC_ARTICLES` articles ("" otherwise or unknown)."""
    if "document_topics" not in files:
        return ""
    n = topic_fit_articles(figures / "document_topics.csv")
    if n is None or n >= FEW_TOPIC_ARTICLES:
        return ""
    return (f" Fit on the paragraphs of only {n} {noun(n, 'article')}: themes of these articles, not of the "
            "coverage.")


def dominant_frames(path: Path) -> dict | None:
    """Per family, the frame most often dominant over articles (CSV with ``family`` and ``dominant``).

    Parameters
    ----------
    path : Path
        A result CSV.

    Returns
    -------
    dict or None
        ``file`` and ``families`` (each: ``family``, ``frame``, ``k`` articles where it leads, ``n`` articles,
        ``k_tied`` of the ``k`` articles where another frame has as many sentences (a ``tied_with`` column: the
        tie went to the frame by codebook order, not by the text), ``tied`` frames as frequent, ``k_one`` of the
        ``k`` articles where it leads on one sentence, ``n_none`` articles with no frame of the family); None for
        any other CSV or when no article has a dominant frame.
    """
    from ..framing.shares import NO_FRAME

    df = _read(path)
    if df is None or not {"family", "dominant"} <= set(df.columns) or df.empty:
        return None
    out = []
    for fam, part in df.groupby("family", sort=True):
        dominant = part["dominant"].dropna().astype(str)
        counts = dominant[dominant != NO_FRAME].value_counts()  # an article with no frame is no frame's lead
        if counts.empty:
            continue
        order = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        lead = part[part["dominant"].astype(str) == order[0][0]]
        k_tied = int(lead["tied_with"].astype(object).fillna("").astype(str).str.strip().ne("").sum()) if "tied_with" in part else 0
        k_one = sum(1 for v in lead["k_units"] if _float(v) == 1) if "k_units" in part else 0
        out.append({"family": str(fam), "frame": order[0][0], "k": int(order[0][1]), "n": int(len(part)),
                    "k_tied": k_tied, "tied": [k for k, v in order[1:] if v == order[0][1]],
                    "k_one": k_one, "n_none": int((dominant == NO_FRAME).sum())})
    return {"file": path.stem, "families": out} if out else None


def validation_scores(path: Path) -> dict | None:
    """Per family, the tagger's F1 against hand coding in each coded sample.

    Parameters
    ----------
    path : Path
        A CSV with ``family``, ``sample``, ``F1`` and a count of coded
        units (``sentences``, ``articles`` or ``units``).

    Returns
    -------
    dict or None
        ``file`` and ``families`` (each: ``family``, ``unit`` and ``samples``: ``sample``, ``held_out``,
        ``n``, ``F1`` or None, ``F1_ci``: its interval's bounds from ``F1_low`` and ``F1_high``, or None). The held-out
        sample (a ``sample`` naming "heldout" or "held-out") is listed
        first, since it is the out-of-sample figure. None for any other CSV.
    """
    df = _read(path)
    if df is None or df.empty or not {"family", "sample", "F1"} <= set(df.columns):
        return None
    unit = next((c for c in ("sentences", "articles", "units") if c in df.columns), None)
    if unit is None:
        return None
    out = []
    for fam, part in df.groupby("family", sort=True):
        rows = []
        for _, r in part.iterrows():
            held = "heldout" in str(r["sample"]).replace("-", "").lower()
            bounds = [r.get(b) for b in ("F1_low", "F1_high")]  # since dogfood 12bo-d; older files have none
            rows.append({"sample": str(r["sample"]), "held_out": held, "n": int(r[unit]),
                         "F1": None if r["F1"] != r["F1"] else float(r["F1"]),
                         "F1_ci": None if any(b is None or b != b for b in bounds) else tuple(map(float, bounds))})
        rows.sort(key=lambda x: (not x["held_out"], x["sample"]))
        out.append({"family": str(fam), "unit": unit, "samples": rows})
    return {"file": path.stem, "families": out}


FAMILY_NAMES = {"policy_frames": "policy frames (topics of policy debate, Boydstun et al.)",
                "generic_frames": "generic news frames (Semetko and Valkenburg)",
                "entman_functions": "Entman's framing functions (problem, cause, judgement, remedy)",
                "blamed": "who is blamed (actor roles)"}
"""A frame family's id -> what a reader can look up (the findings named the id, "entman_functions")."""


def family_name(family: str) -> str:
    """A frame family's name for the findings: :data:`FAMILY_NAMES`, else the id with spaces.

    Parameters
    ----------
    family : str
        The family id of a result file (``entman_functions``).

    Returns
    -------
    str
        What a reader can look up ("Entman's framing functions (problem, cause, judgement, remedy)").
    """
    return FAMILY_NAMES.get(family, family.replace("_", " "))


RUN_CODEBOOKS = "03_codebooks"
"""The result file in which notebook 03 lists every frame of the codebooks it used (its study's), with its label."""


@functools.lru_cache(maxsize=1)
def _shared_labels() -> dict[str, str]:
    """Frame id -> label of the shared frame codebooks, read by path (no study's cues or entries)."""
    from ..framing.codebooks import CODEBOOK_DIR, FRAME_CODEBOOKS, load_codebook

    return {str(eid): str(entry["label"]) for name in FRAME_CODEBOOKS
            for eid, entry in load_codebook(CODEBOOK_DIR / f"{name}.yaml")["entries"].items()}


def _run_labels(figures: Path | None) -> dict[str, str]:
    df = _read(figures / f"{RUN_CODEBOOKS}.csv") if figures is not None else None
    if df is None or not {"frame", "label"} <= set(df.columns):
        return {}
    return {str(f): str(lab) for f, lab in zip(df["frame"], df["label"]) if isinstance(lab, str) and lab}


def frame_label(frame: str, figures: Path | None = None) -> str:
    """A frame's label ("remedy_legislation" -> "Remedy: legislation or regulation").

    Parameters
    ----------
    frame : str
        A frame id of a result file, or "(none)" for an article with no frame cue.
    figures : Path, optional
        The run's result folder: the labels of the codebooks the run used (its study's entries included) are read
        from its :data:`RUN_CODEBOOKS` file first; then the shared codebooks'.

    Returns
    -------
    str
        The label, "no frame cue" for "(none)", else the id itself.
    """
    if frame == "(none)":
        return "no frame cue"
    return _run_labels(figures).get(frame) or _shared_labels().get(frame, frame)


def _actor_labels(figures: Path) -> dict[str, str]:
    """Actor id -> the study's label, from the tone or naming tables of the run (their ``actor_label`` column)."""
    out: dict[str, str] = {}
    for stem in ("02_actor_tone", "actor_tone", "02_naming_labels", "02_name_variants"):
        df = _read(figures / f"{stem}.csv")
        if df is not None and {"actor", "actor_label"} <= set(df.columns):
            for a, lab in zip(df["actor"], df["actor_label"]):
                if isinstance(lab, str) and lab and str(a) not in out:
                    out[str(a)] = lab
    return out


def _tone_test(figures: Path, actor) -> str:
    """The page's permutation test of the tone toward ``actor`` (``02_tone_tests.csv``), as a clause of a finding, or ''.

    Review s76: the index called a tone gap with intervals that do not overlap a difference, while the page's
    article-level permutation test gave p = 0.024 for that actor and 0.53 after Holm's correction for the 22 actors
    tested. The clause quotes both, and says when the corrected p is not below 0.05.
    """
    df = _read(figures / "02_tone_tests.csv")
    if df is None or actor is None or not {"actor", "p_value", "p_holm"} <= set(df.columns):
        return ""
    row = df[df["actor"].astype(str) == str(actor)]
    if row.empty:
        return ""
    p, adj = (_float(row[c].iloc[0]) for c in ("p_value", "p_holm"))
    if p is None or adj is None:
        return ""
    m = int(sum(_float(v) is not None for v in df["p_value"]))
    text = (f"the page's permutation test over articles gives p = {p:.3f} for this actor, {adj:.3f} after Holm's "
            f"correction for the {m} {noun(m, 'actor')} tested")
    return text + (": no clear difference once the number of tests is counted" if adj >= 0.05 else "")


def _role_labels(figures: Path) -> dict[str, str]:
    """Source role id -> the role in words, from the run's role shares (their ``role_label`` column, since review s76;
    an older file has none)."""
    df = _read(figures / "02_source_roles_shares.csv")
    if df is None or not {"measure", "role_label"} <= set(df.columns):
        return {}
    return {str(m): str(lab) for m, lab in zip(df["measure"], df["role_label"]) if isinstance(lab, str) and lab}


def _topic_labels(figures: Path) -> dict[str, str]:
    df = _read(figures / "topics.csv")
    if df is None or not {"topic", "label"} <= set(df.columns):
        return {}
    return {str(t): str(lab) for t, lab in zip(df["topic"], df["label"]) if isinstance(lab, str) and lab}


def _gloss(key: str, value: str, figures: Path, file: str = "") -> str:
    """A category of a finding for a reader: a frame family or frame by its name, a topic with its top words, an
    affiliation by the study's name of its actor."""
    if key == "family":
        return f"family = {family_name(value)}"
    if key == "frame":
        return f"frame = {frame_label(value, figures)}"
    if key == "topic" and (label := _topic_labels(figures).get(value)):
        return f"topic = {value} ({label})"
    if key == "measure" and file == "02_source_affiliation":  # "for Hillary Clinton", not "for hillary_clinton"
        return _actor_labels(figures).get(value, value)
    if key == "measure" and file == "02_source_roles_shares" and (label := _role_labels(figures).get(value)):
        return label  # "for Military or police", not "for military_police" (review s76)
    if key == "measure":  # "for attributions", not "for measure = attributions"
        return value
    if key == "actor" and (label := _actor_labels(figures).get(value)):  # the study's name (dogfood 12bp-d)
        return f"actor = {label}"
    return f"{key} = {value}"


def _groups_in(sizes: dict) -> str:
    """The groups compared, then the pools, which are no group: the words of
    :func:`helpers.corpus.groups.groups_shown`, which notebooks 02-04 print.

    Review 12bh-w: "in 3 groups" for 5 authors, 3 of them pooled. Notebook 00's line then counted the groups inside
    the "(other)" pool ("in 63 outlet groups") where notebook 02's said "15 outlet groups and the (other) pool", and
    neither counted the "(pseudo-outlets)" pool apart (dogfood 12bn-d2); the pools' clauses that follow say what each
    holds.
    """
    n, label = sizes["groups"], sizes["group_column"]
    named = n - int(bool(sizes.get("pooled")))
    pools = [p for p, on in ((OTHER, sizes.get("pooled")), (PSEUDO, sizes.get("pseudo")), (UNKNOWN, sizes.get("unknown")))
             if on]
    text = f"{named:,} {_groups_of(label)[:-1] if named == 1 else _groups_of(label)}"
    if pools:
        text += f" and the {'pool' if len(pools) == 1 else 'pools'} {' and '.join(pools)}"
    return text


def _groups_of(column: str) -> str:
    return "groups" if column == "group" else f"{e(column)} groups"


def _is_share(d: dict) -> bool:
    """Whether a difference is between shares (proportions in [0, 1]): those are written as percentages."""
    named = d.get("column") == "share" or "share" in str(d.get("measure", ""))
    values = [v for s in (d["high"], d["low"]) for v in (s["value"], s["ci_low"], s["ci_high"]) if v is not None]
    return named and all(0 <= v <= 1 for v in values)


def _no_interval_reason(s: dict) -> str:
    """Why a side has no interval ("" when it has one): none was computed, or it has zero width."""
    if s["ci_low"] is None or s["ci_high"] is None:
        return "none could be computed: too few observations"
    if s["ci_high"] <= s["ci_low"]:
        return _ZERO_WIDTH
    return ""


_ZERO_WIDTH = "zero width"


def _overlap_verdict(d: dict) -> str:
    """Whether the two sides' intervals overlap, or, when a side has no interval, what is known instead.

    A side without an interval (none computed, or one of zero width such as the [0, 0] of a group without any
    event) cannot overlap or not: the verdict names it and says the difference is not tested by the intervals.
    """
    missing = [(d[k]["group"], why) for k in ("high", "low") if (why := _no_interval_reason(d[k]))]
    if not missing:
        return "the intervals do not overlap" if d["separated"] else "the intervals overlap: no clear difference"
    # a zero-width side already says why beside its value ("none found", "too few to resample"): not repeated
    said = [(g, "" if why == _ZERO_WIDTH else why) for g, why in missing]
    if len(said) == 2 and said[0][1] == said[1][1]:
        who = f"{said[0][0]} and {said[1][0]}" + (f": {said[0][1]}" if said[0][1] else "")
    else:
        who = "; ".join(g + (f": {why}" if why else "") for g, why in said)
    return f"no interval for {who}; so the intervals cannot tell whether the difference is more than chance"


_UNITS = {"rate": RATE_UNIT}
"""An estimate column -> the unit written after its value in the findings ("4.1 per 1,000 words (95% CI ...)")."""


def _interval(s: dict, share: bool = False, unit: str = "") -> str:
    """A side of a difference: its value with its unit and interval, then n.

    "56% (95% CI 48-63%), n = 120 articles", "4.1 per 1,000 words (95% CI 3.3-5.2), n = 12 articles", "2.9% (95% CI
    1.7-4.4%), n = 1,702 attributions in 60 articles" (a file with ``n_articles`` whose n counts other units); before issue
    qa7 a rate read "4.1 (95% CI 3.3 to 5.2), n = 12" (no unit, three significant digits whatever the interval).
    """
    noun_ = s.get("unit", "")
    noun_ = f" {noun_[:-1] if s['n'] == 1 else noun_}" if noun_ else ""  # "n = 1 article", "n = 28 sentences"
    n = f", n = {s['n']:,}{noun_}" if s["n"] is not None else ""
    if n and s.get("articles") is not None and s.get("unit") not in ("articles", None, ""):  # the units the
        n += f" in {count(int(s['articles']), 'article')}"  # article-resampled intervals draw (issue 12bf-i/j)
    if share:  # "56% (95% CI 48-63%)"
        return share_interval(s["value"], s["ci_low"], s["ci_high"]) + n
    return estimate_interval(s["value"], s["ci_low"], s["ci_high"], unit) + n


SHEET_SAMPLE = "your coders' sheets"
"""How notebook 04 names, in ``04_seed_scores.csv``, the sample of the coders' sheets given with ``coding_sheets``."""


def period_mix_note(figures: Path) -> str:
    """A caveat for notebook 01's change over time when its periods differ in their mix of stories.

    Parameters
    ----------
    figures : Path
        The run's result folder (``01_period_mix.csv``, :func:`helpers.notebook.group_mix.period_mix`).

    Returns
    -------
    str
        "; the periods differ in their mix of subject (education 100% of 2012's articles, n = 19; 48% of 2019's,
        n = 124): part of the change may be that mix, not the coverage (notebook 01)", or "".
    """
    import pandas as pd

    from ..notebook.group_mix import short_mix_note

    path = Path(figures) / "01_period_mix.csv"
    if not path.is_file():
        return ""
    said = short_mix_note(pd.read_csv(path, dtype={"group": str}), "the periods")
    return f"; {said}: part of the change may be that mix, not the coverage (notebook 01)" if said else ""


def carried_frame_note(figures: Path, family: str | None, frame: str) -> str:
    """A caveat for a frame that notebook 03 found carried by one or two words of the corpus's subject.

    Review s78-A: on education news the index named "Quality of life" the leading policy frame while 91% of its
    sentences were tagged only for "schools" or "education" (``03_cue_concentration.csv``).

    Parameters
    ----------
    figures : Path
        The run's result folder.
    family : str or None
        The frame's family (None: any family with that frame id).
    frame : str
        The frame id.

    Returns
    -------
    str
        "; 91% of its sentences are tagged only for 'schools' or 'education', words the corpus uses everywhere (its
        share may measure the subject)", or "" when the frame is not flagged or the file is missing.
    """
    from types import SimpleNamespace

    import pandas as pd

    from ..framing.concentration import _by_top_words, cue_words

    path = Path(figures) / "03_cue_concentration.csv"
    if not path.is_file():
        return ""
    t = pd.read_csv(path, dtype=str, keep_default_na=False)
    hit = t[(t["frame"] == str(frame)) & ((t["family"] == str(family)) if family else True)
            & t["flagged"].str.lower().isin(["true", "1"])]
    if hit.empty:
        return ""
    r = hit.iloc[0]
    if not _by_top_words(SimpleNamespace(**r)):  # one word alone (reviews s80-F and s81-E)
        return (f"; {float(r['alone_corpus_share']):.1%} of all units are tagged for it by '{r['top_alone']}' alone, a "
                "word the corpus uses everywhere (that part of its share may measure the subject, not a framing)")
    words = cue_words(r["top_cues"])
    return (f"; {float(r['carried_share']):.0%} of its units are tagged only for {words}, words the corpus uses "
            "everywhere (its share may measure the subject, not a framing)")


def frame_status_note(figures: Path, family: str, frame: str) -> str:
    """How far a frame's labels were checked, from ``frame_shares.csv``'s ``validation`` column, for the dominant
    frames line (review s81-E: "Science and consensus in 204 of 593 articles" stood without a caveat where the coded
    sample showed the tagger found 0 of 4 such sentences).

    Parameters
    ----------
    figures : Path
        The run's result folder.
    family, frame : str
        The frame's codebook and id.

    Returns
    -------
    str
        "; its labels are low support (<5); the tagger found 0 of 4", or "" when the file, the frame or the column is
        missing.
    """
    import pandas as pd

    path = Path(figures) / "frame_shares.csv"
    if not path.is_file():
        return ""
    t = pd.read_csv(path, dtype=str, keep_default_na=False)
    if not {"family", "frame", "validation"} <= set(t.columns):
        return ""
    said = t.loc[(t["family"] == str(family)) & (t["frame"] == str(frame)), "validation"]
    said = [v for v in dict.fromkeys(said) if v]
    return f"; its labels are {said[0]}" if said else ""


def corrected_frame_note(figures: Path, family: str | None, frame: str, high: str, low: str) -> str:
    """The corrected shares of a frame finding's two groups, when a coded sample of the corpus gave them.

    Review s81-E: the README said the index is corrected once coders' sheets are the study's sample, but the index
    never read ``03_corrected_shares.csv``; on a journalist's own codebook the naive order of two groups (3.3% against
    2.2%) was reversed by the corrected shares (3.1% against 9.3%, both intervals from 0).

    Parameters
    ----------
    figures : Path
        The run's result folder.
    family : str or None
        The frame's codebook (None: any).
    frame : str
        The frame id.
    high, low : str
        The finding's highest and lowest group.

    Returns
    -------
    str
        "; corrected for the tagger's errors on the coded sample (share of sentences, 03_corrected_shares.csv):
        left 9.3% (95% CI 0-23%), center 3.1% (95% CI 0-25%), the other order; the corrected intervals overlap, so
        the coded sample cannot tell the two apart", or "" when the file or either group's row is missing.
    """
    import pandas as pd

    from ..stats.intervals import format_interval

    path = Path(figures) / "03_corrected_shares.csv"
    if not path.is_file():
        return ""
    t = pd.read_csv(path, keep_default_na=False, na_values=[""])
    if not {"label", "corrected", "corrected_low", "corrected_high"} <= set(t.columns) or len(t.columns) < 3:
        return ""
    group = t.columns[2]  # label, frame_label, then the group column under the run's group_by name
    t = t[(t["label"].astype(str) == str(frame)) & ((t["family"].astype(str) == str(family))
                                                    if family and "family" in t.columns else True)]
    rows = {str(g): r for g, r in zip(t[group].astype(str), t.itertuples())}
    if str(high) not in rows or str(low) not in rows:
        return ""
    h, lo_ = rows[str(high)], rows[str(low)]

    def cell(r) -> str:
        return format_interval(r.corrected, r.corrected_low, r.corrected_high, percent=True)

    said = (f"; corrected for the tagger's errors on the coded sample (share of sentences, 03_corrected_shares.csv): "
            f"{high} {cell(h)}, {low} {cell(lo_)}")
    if h.corrected < lo_.corrected:
        said += ", the other order"
    bounds = [h.corrected_low, h.corrected_high, lo_.corrected_low, lo_.corrected_high]
    if any(pd.isna(b) for b in bounds) or (h.corrected_low <= lo_.corrected_high and lo_.corrected_low <= h.corrected_high):
        said += "; the corrected shares do not separate the two groups, so the coded sample cannot confirm the difference"
    return said


def topic_effect_note(figures: Path, topic: str) -> str:
    """What notebook 01's group-and-time model says of a topic, to follow the index's comparison of group shares.

    The index compared the groups' own intervals ("the intervals overlap: no clear difference") while notebook 01's
    model, comparing each group with the reference directly and holding the date fixed, found a clear difference
    for the same topic (review s78-A): the index now gives the model's largest clear contrast too.

    Parameters
    ----------
    figures : Path
        The run's result folder (``01_topic_effects.csv``).
    topic : str
        The topic id of the finding.

    Returns
    -------
    str
        "; holding the date fixed, notebook 01's model comparing each group with right directly finds left +12.5
        points (95% CI +6.7 to +18.6)", with how many other contrasts of the topic are clear; "" when the file is
        missing or no contrast of the topic is clear.
    """
    import pandas as pd

    path = Path(figures) / "01_topic_effects.csv"
    if not path.is_file():
        return ""
    t = pd.read_csv(path)
    need = {"topic", "term", "effect", "ci_low", "ci_high", "clear", "reference"}
    if not need <= set(t.columns):
        return ""
    group_col = next((c for c in t.columns if c not in need | {"n_articles", "raw_share", "raw_effect",
                                                                "n_reference"}), None)
    rows = t[(t["topic"].astype(str) == str(topic)) & t["clear"].astype(str).str.lower().eq("true")
             & ~t["term"].astype(str).str.startswith("time")]
    if rows.empty or group_col is None:
        return ""
    small = (below_headline(rows["n_articles"], t[group_col].nunique()) if "n_articles" in rows
             else pd.Series(False, index=rows.index))
    rows = rows.assign(size=rows["effect"].abs(), small_=small.to_numpy()).sort_values(  # large groups first (s79-E)
        ["small_", "size", group_col], ascending=[True, False, True], kind="stable")
    r = rows.iloc[0]
    more = len(rows) - 1
    return (f"; holding the date fixed, notebook 01's model comparing each group with {r['reference']} directly finds "
            f"{r[group_col]} {r['effect']:+.1f} points (95% CI {r['ci_low']:+.1f} to {r['ci_high']:+.1f})"
            + (f", and {more} more clear {noun(more, 'contrast')} of this topic" if more else ""))


def coders_sheet_note(figures: Path, family: str | None) -> str:
    """What the coders' sheets of this run say of a frame family, to follow "the labels are not validated on this
    corpus" in a finding of notebook 03.

    Notebook 03 validates the labels only with its study's coded samples; the coders' sheets a user gives with
    ``-p coding_sheets`` are scored in notebook 04. A run with sheets said of notebook 03's frame shares "the labels
    are not validated on this corpus" and nothing of the F1 notebook 04 had just measured on it (dogfood 12bo-d).

    Parameters
    ----------
    figures : Path
        The run's result folder (``04_seed_scores.csv``).
    family : str or None
        The frame family of the finding (``generic_frames``).

    Returns
    -------
    str
        "" when the run scored no coders' sheets of ``family``; else " in notebook 03; your coders' sheets score the
        tagger's generic news frames in notebook 04: micro F1 0.40 (95% CI 0.21-0.55) on 40 sentences".
    """
    val = validation_scores(figures / "04_seed_scores.csv") if family else None
    for f in (val or {}).get("families", []):
        if f["family"] != family:
            continue
        for x in f["samples"]:
            if x["sample"].startswith(SHEET_SAMPLE) and x["F1"] is not None:
                return (f" in notebook 03; your coders' sheets score the tagger's {family_name(family)} in notebook "
                        f"04: micro {_f1_text(x)} on {count(x['n'], f['unit'][:-1])}")
    return ""


def _f1_text(x: dict) -> str:
    """A sample's F1 of :func:`validation_scores`: "F1 0.40 (95% CI 0.21-0.55)" with its bounds, "F1 0.40" without
    (older files), "F1 n/a" without a score."""
    if x["F1"] is None:
        return "F1 n/a"
    return "F1 " + (score_interval(x["F1"], *x["F1_ci"]) if x.get("F1_ci") else f"{x['F1']:.2f}")


def _family_scores(f: dict) -> str:
    """One family's F1 per coded sample: "policy frames (...): F1 0.69 on 30 sentences of the sample ‘blind
    coder, heldout’; ...", the sample's name quoted (its own commas and parentheses stay inside), two decimals for
    every score (before: "0.762 blind coder, heldout (30 sentences), 0.74 in-sample (cue author, all) (119
    sentences)", three significant digits and parentheses inside parentheses). With the bounds ``F1_low`` and
    ``F1_high`` in the file, the F1 is said with its interval: "F1 0.40 (95% CI 0.21-0.55) on 40 sentences ..."
    (dogfood 12bo-d: a coder's sheets of 40 sentences gave "F1 0.40" alone)."""
    unit = f["unit"][:-1]
    parts = [_f1_text(x) + f" on {count(x['n'], unit)} of the sample ‘{x['sample']}’" for x in f["samples"]]
    return f"{family_name(f['family'])}: {'; '.join(parts)}"


def _too_small(small: list[tuple[str, int]]) -> str:
    """The sentence that replaces a difference with a group of fewer than :data:`MIN_COMPARE_ARTICLES` articles."""
    if all(g == UNKNOWN for g, _ in small):  # no group at all: "(unknown) has fewer than 3 articles" misleads
        return ("no comparison between groups: the group column is empty for these articles, so they form no group "
                "(give each article its group, or choose another -p group_by)")
    who = listing([f"{g} ({count(n, 'article')})" for g, n in small], what="more")
    return (f"the groups are too small to compare: {who} {noun(len(small), 'has', 'have')} fewer than "
            f"{MIN_COMPARE_ARTICLES} articles and no two larger groups are left to compare; a difference with "
            f"{'it' if len(small) == 1 else 'them'} would be one between single stories, so none is reported as a finding")


def _evidence_link(name: str, evidence: dict, section: str | None = None) -> str:
    page, anchor = evidence.get(section, evidence.get(name, (None, None)))
    parts = []
    if page:
        parts.append(f'<a href="{e(page)}#{e(anchor or "")}">evidence</a>')
    parts.append(f'<a href="figures/{e(name)}.csv">{e(name)}.csv</a>')
    return " · ".join(parts)


def study_used(runs: list[dict], corpus: str | Path) -> dict:
    """The study the notebooks of a run used, and why (:func:`helpers.core.study.resolve_study`).

    Parameters
    ----------
    runs : list of dict
        The runs, each with ``parameters`` (rows of :func:`parameter_rows`).
    corpus : str or Path
        The corpus of the run.

    Returns
    -------
    dict
        ``name``, ``title``, ``reason`` (one sentence), ``given`` (bool) and ``has_actors`` (bool); empty when
        no notebook has a ``study`` parameter or the value cannot be resolved.
    """
    from ..core.study import StudyError, load_study, resolve_study

    values = [v for r in runs for k, v, _ in r.get("parameters", []) if k == "study"]
    if not values:
        return {}
    try:
        value = json.loads(values[0])
    except ValueError:
        value = values[0]
    try:
        choice = resolve_study(str(value), corpus)
        study = load_study(choice.name)
    except StudyError:
        return {}
    return {"name": choice.name, "title": study.title, "reason": choice.reason, "given": choice.given,
            "has_actors": study.has_actors}


def _once(found: list[list[str]]) -> list[list[str]]:
    """The findings of each notebook without those an earlier notebook already gave in the same words (its evidence
    link aside): notebooks 00 and 02 both save the group sizes, and the index listed the same corpus line twice
    (review s78-A)."""
    import re

    seen, out = set(), []
    for items in found:
        keep = []
        for item in items:
            key = re.sub(r"\(<a href=.*?$", "", item)
            if key not in seen:
                seen.add(key)
                keep.append(item)
        out.append(keep)
    return out


def notebook_findings(figures: Path, files: list[str], evidence: dict) -> list[str]:
    """HTML list items of the key findings computed from ``files`` (CSV names) in ``figures``.

    Parameters
    ----------
    figures : Path
        The folder of the notebook's CSV files.
    files : list of str
        CSV names (without suffix) the notebook saved, in order.
    evidence : dict
        CSV name -> (page, anchor) of the table in the notebook's page, for the links.

    Returns
    -------
    list of str
        One ``<li>`` per file that holds a recognised result (solid topics, group sizes, dominant frames,
        validation scores, group differences); text from the files is HTML-escaped.
    """
    diffs, items, sizes_of = [], [], {}
    for name in files:
        path = figures / f"{name}.csv"
        topics = _solid_topics(path)
        if topics:
            link = _evidence_link(name, evidence)
            few = e(_few_articles_note(figures, files))
            if topics["n_topics"] == 1:  # one or two short articles: one topic for all the text (issue 12bd-e)
                items.append("<li><strong>One topic only</strong>: too few units to separate topics, so one topic "
                             f"stands for all of the text ({e(topics['labels'][0])}); it is no finding about themes."
                             f"{few} ({link})</li>")
            elif topics["stable"]:
                listed = "; ".join(f"{t['topic']} ({t['label']}{'; mostly one article' if t['one_article'] else ''})"
                                   for t in topics["stable"])
                n_one = sum(t["one_article"] for t in topics["stable"])
                one = (f" {n_one} of them {'takes' if n_one == 1 else 'take'} more than half {'its' if n_one == 1 else 'their'} "
                       "weight from a single article: that article's story rather than a theme the corpus shares"
                       if n_one else "")  # dogfood 12bn-d: 24 articles, 12 topics, most of them one story each
                broad = _floor_chose_k(figures, topics["n_topics"])
                head = "Stable but broad topics" if broad else "Solid topics"  # review s79-A
                near = (f" Near the stability cut-off, so counted by the refits' chance either way: "
                        f"{', '.join(topics['near'])}." if topics.get("near") else "")  # review s80-B
                items.append(f"<li><strong>{head}</strong>: {len(topics['stable'])} of {topics['n_topics']} "
                             f"come back in the stability refits: {e(listed)}.{e(one)}{'.' if one else ''}"
                             f"{e(near)}{e(broad)}{few} ({link})</li>")
            else:
                items.append(f"<li><strong>No solid topic</strong>: none of the {topics['n_topics']} topics comes "
                             f"back in the stability refits; all are tentative.{few} ({link})</li>")
            continue
        sizes = group_sizes(path)
        if sizes:
            sizes_of.update(sizes.get("group_articles", {}))
            (bn, ba, bw), (sn, sa, sw) = sizes["largest"], sizes["smallest"]
            if sizes["groups"] == 1 and bn == UNKNOWN:
                text = (f"{sizes['articles']:,} {noun(sizes['articles'], 'article')}, {sizes['words']:,} words; the "
                        "group column is empty for every article, so no comparison between groups is possible, only "
                        "the corpus as a whole is described (give each article its group, or choose another -p group_by)")
            elif sizes["groups"] == 1:
                text = (f"{sizes['articles']:,} {noun(sizes['articles'], 'article')}, {sizes['words']:,} words, "
                        f"{'the rest' if sizes.get('unknown') else 'all'} in a single "
                        f"{_groups_of(sizes['group_column'])[:-1]} ({e(bn)}): no comparison between "
                        "groups is possible, only the corpus as a whole is described")
            else:
                text = (f"{sizes['articles']:,} articles, {sizes['words']:,} words in {_groups_in(sizes)}; "
                        f"most articles {e(bn)} ({ba:,} {noun(ba, 'article')}, "
                        f"{bw:,} words), fewest {e(sn)} ({count(sa, 'article')}, {sw:,} words)")  # "(1, 305 words)" read as 1,305
                # review s78-D: "largest right (252 articles, 223,114 words)" beside left's 286,634 words
                if sizes["single"]:  # "1 group rests", "3 groups rest"; nothing when none does
                    text += (f"; {count(sizes['single'], 'group')} {'rests' if sizes['single'] == 1 else 'rest'} "
                             "on a single article")
                ones = sizes.get("single_outlet_groups") or []
                if ones:  # "left" of a rating that holds one outlet is that outlet
                    shown = ", ".join(e(g) for g in ones[:5]) + (f" and {len(ones) - 5:,} more" if len(ones) > 5 else "")
                    text += (f"; {count(len(ones), 'group')} {'holds' if len(ones) == 1 else 'hold'} a single outlet "
                             f"({shown}): a difference there is also that outlet's house style")
                if sizes.get("pooled"):
                    arts, n_groups = sizes["pooled"]
                    tied = bool(n_groups) and arts == n_groups * sa  # every pooled group as large as the smallest shown
                    # Ties at the cut are not kept together (top_groups breaks them by words, then name, so that
                    # top_n stays the number of groups shown); the wording says so instead. "smaller" only when no
                    # pooled group can reach the smallest shown: the other n_groups - 1 hold at least an article
                    # each (dogfood 12br-d: BBC News's 34 articles pooled beside National Review's 34 shown, as "99
                    # smaller groups").
                    smaller = bool(n_groups) and arts - (n_groups - 1) < sa
                    of = (count(n_groups, "smaller group" if smaller else "other group") if n_groups
                          else "the groups beyond top_n")  # "1 smaller group" (review 12bh-w: "1 smaller groups")
                    text += f"; the group {OTHER} pools {of} ({arts:,} {noun(arts, 'article')})"
                    if tied:  # issue 12bd-f: which groups are shown was then decided by their words, not their articles
                        text += (f", each with as many articles as the smallest group shown ({sa:,}): of groups of "
                                 "equal size, those with the most words are shown; the pool")
                    elif not smaller:
                        text += (f", none with more articles than the smallest group shown ({sa:,}); of groups tied "
                                 "at the cut, those with the most words are shown, then by name; the pool")
                    text += f"{' is' if tied or not smaller else ' and is'} not one group: its single-article groups are not counted here"
            if sizes.get("pseudo"):  # dogfood 12bn-d: AllSides' debate digest was the lowest "outlet" of key findings
                k, n_names = sizes["pseudo"]
                names = f"{count(n_names, 'name')} that {noun(n_names, 'is', 'are')}" if n_names else "names that are"
                text += (f"; {PSEUDO} pools {count(k, 'article')} of {names} no news outlet (a debate digest, a pool of "
                         "guest writers; marked in outlet_kind): counted in every total, never compared as an outlet")
            if sizes.get("unknown"):  # dogfood 12bf-d: files without a metadata row were compared like an outlet
                k = sizes["unknown"]
                text += (f"; {count(k, 'article')} {noun(k, 'has', 'have')} no {e(sizes['group_column'])} "
                         f"({why_no_group(sizes['group_column'])}): counted in every total, never compared as a "
                         "group")
            text += e(_duplicates_note(sizes))
            text += e(_sample_note(sizes))
            items.append(f"<li><strong>Corpus</strong>: {text}. ({_evidence_link(name, evidence)})</li>")
            continue
        dom = dominant_frames(path)
        if dom:
            listed = "; ".join(f"{family_name(f['family'])}: {frame_label(f['frame'], figures)} in {f['k']} of "
                               f"{count(f['n'], 'article')}"
                               + (f" ({f['k_tied']:,} of them tied with another frame, which the codebook order broke)"
                                  if f.get("k_tied") else "")  # dogfood 12be-e: 170 of 775 were such ties
                               + (f"; in {f['k_one']:,} of them it rests on a single sentence" if f.get("k_one") else "")
                               + (f"; {count(f['n_none'], 'article')} with no frame of the family"
                                  if f.get("n_none") else "")  # review s77: the count had no base
                               + (f" (tied with {', '.join(frame_label(t, figures) for t in f['tied'])})"
                                  if f["tied"] else "")
                               + carried_frame_note(figures, f["family"], f["frame"])
                               + frame_status_note(figures, f["family"], f["frame"])
                               for f in dom["families"])
            items.append(f"<li><strong>Dominant frames</strong> (most often the leading frame of an article): "
                         f"{e(listed)}. ({_evidence_link(name, evidence)})</li>")
            continue
        val = validation_scores(path)
        if val:
            listed = "".join(f"<li>{e(_family_scores(f))}</li>" for f in val["families"])
            items.append(f"<li><strong>Tagger against hand coding</strong> (F1: agreement of the "
                         "tagger's labels with a person's, from 0 to 1, where 1 is perfect; the held-out sample is the "
                         f"out-of-sample figure; {_evidence_link(name, evidence)}):<ul>{listed}</ul></li>")
            continue
        diffs.append(path)  # after the loop: the group sizes may come later in the list
    diffs = [d for path in diffs for d in [group_differences(path, sizes_of), *_own_frame_findings(path, sizes_of)]
             if d]
    diffs.sort(key=lambda d: (bool(d.get("too_small")), not d.get("separated"), d["file"]))
    seen, unique = set(), []
    for d in diffs:  # the same numbers saved under two file names are listed once
        sig = (d.get("column", d["measure"]), tuple(d["key"].values())) + tuple(
            (d[s]["group"], d[s]["value"]) if s in d else tuple(d["too_small"]) for s in ("high", "low"))
        if sig not in seen:
            seen.add(sig)
            unique.append(d)
    for d in unique[:_MAX_PER_NOTEBOOK]:
        about = ", ".join(_gloss(k, v, figures, d["file"]) for k, v in d["key"].items())
        by = _GROUP_COLUMN_WORDS.get(d["group_column"], d["group_column"])  # "date_period" is a CSV name (review s77)
        head = f"<li><strong>{e(d['measure'])}</strong>{' for ' + e(about) if about else ''} by {e(by)}: "
        if d.get("too_small"):
            items.append(f"{head}{e(_too_small(d['too_small']))}. ({_evidence_link(d['file'], evidence)})</li>")
            continue
        share = _is_share(d)
        unit = _UNITS.get(d.get("column", ""), "")
        verdict = _overlap_verdict(d)
        if share:
            shown = max(share_decimals(x["value"], x["ci_low"], x["ci_high"]) for x in (d["high"], d["low"]))
            verdict = f"a difference of {points(d['gap'], shown or None)}; {verdict}"  # "6.7%" and "0%": 6.7 points
        if d.get("left_out"):  # groups of 1-2 articles are not ranked: say which
            who = listing([f"{g} ({count(n, 'article')})" for g, n in d["left_out"]], what="more")
            # "behind this measure": an attribution table counts the articles with an attribution, which can be
            # fewer than the group's articles in the corpus table (dogfood 12bg-d: "2 articles" beside a group of 4)
            verdict += f"; not compared, fewer than {MIN_COMPARE_ARTICLES} articles behind this measure: {who}"
        if d.get("smaller"):  # review s79-B: many groups, the small ones not ranked
            verdict += (f"; among the {d['ranked']} groups of {HEADLINE_ARTICLES} or more articles ("
                        f"{count(d['smaller'], 'smaller group')} on the page)")
        if d["key"].get("frame"):  # review s78-A: a frame that its corpus's subject words carry
            verdict += carried_frame_note(figures, d["key"].get("family"), d["key"]["frame"])
        if d["file"] == "01_prevalence_over_time":  # review s78-D: a change over time may be the story mix
            verdict += period_mix_note(figures)
        if d["file"] in ("01_prevalence_by_group", "topic_prevalence_by_group") and d["key"].get("topic"):
            verdict += topic_effect_note(figures, d["key"]["topic"])  # review s78-A: the page's direct contrast
        status = d["high"].get("validation", "")
        if status and status != "validated":  # a frame tagger's label: say how far it was checked here
            verdict += f"; the labels are {status}" + coders_sheet_note(figures, d["key"].get("family"))
        if d["file"] == "frame_shares" and d["key"].get("frame"):  # review s81-E: the corrected shares, when coded
            verdict += corrected_frame_note(figures, d["key"].get("family"), d["key"]["frame"], d["high"]["group"],
                                            d["low"]["group"])
        if caveat := _unchecked(d):  # tone, naming, affiliation, hedges: say they are unchecked, as the pages do
            verdict += f"; {caveat}"
        for g, v in sorted(d.get("unexplained", {}).items()):  # issue 12bh-t: a share of what the topics do not describe
            if v >= 0.9995:
                verdict += (f"; no unit of {g} has a topic (the topics do not describe its text), so its 0% says that, "
                            "not that it left the theme out")
            else:
                verdict += (f"; the topics explain little of {g}'s text ({100 * v:.0f}% of its units, mean over its "
                            "articles, have no topic), so its shares describe only the rest")
        if d["separated"] and not d.get("over_articles") and (d["high"].get("unit") == "sentences"
                                                               or d.get("over_sentences")):
            # sentences of one article are not independent; a file may show n in articles but resample its sentences
            # (the naming labels' shares before issue 12bf-j); the tone and the rates resample articles since
            # issue 12bf-i, the source and naming-label shares since 12bf-j (files with n_articles)
            verdict += ("; these intervals treat sentences as independent, so they are too narrow: the page's "
                        "article-level permutation test is the check")
        elif d["separated"] and d.get("over_attributions"):  # source shares written before 12bf-j (no n_articles)
            verdict += ("; these intervals treat attributions as independent, so they are too narrow (the "
                        "attributions of one article are not)")
        extremes = d.get("ranked", 2) > 2  # review s79-B: the highest and lowest of many groups are a search too
        if d["separated"] and d.get("compared", 1) > 1:  # picked as the most striking of several: say so
            how = " (by the ratio of the rates)" if d["column"] == "rate" else ""
            each = f", each the highest and lowest of {d['ranked']} groups" if extremes else ""
            verdict += (f"; the most striking{how} of {d['compared']} comparisons in this table (one per "
                        f"{' × '.join(d['key'])}{each}): the more comparisons, the likelier one separates by "
                        "chance")
        elif d["separated"] and extremes:
            verdict += (f"; the highest and lowest of {d['ranked']} groups: the more groups, the likelier two "
                        "separate by chance")
        if d["file"] in ("02_actor_tone", "actor_tone") and (test := _tone_test(figures, d["key"].get("actor"))):
            verdict += f"; {test}"
        items.append(
            f"{head}highest {e(d['high']['group'])} {e(_interval(d['high'], share, unit))}, lowest "
            f"{e(d['low']['group'])} {e(_interval(d['low'], share, unit))}; {e(verdict)}. "
            f"({_evidence_link(d['file'], evidence, _section_of(d))})</li>")
    return items


def _own_frame_findings(path: Path, sizes_of: dict) -> list[dict]:
    """A frame-share finding for each study's own codebook of ``frame_shares.csv``, besides the file's most striking
    comparison (review s81-E: with her codebook beside the generic frames, the one finding went to a generic frame and
    her frames had none); a codebook the file's own finding is already on adds nothing."""
    import pandas as pd

    from ..validation.cli import SHARED_FRAME_CODEBOOKS

    if path.stem != "frame_shares":
        return []
    try:
        families = pd.read_csv(path, usecols=["family"], dtype=str)["family"].dropna().unique()
    except (ValueError, OSError):
        return []
    own = [f for f in families if f not in SHARED_FRAME_CODEBOOKS]
    if len(families) < 2 or not own:
        return []
    best = group_differences(path, sizes_of) or {}
    return [d for f in own if f != best.get("key", {}).get("family")
            and (d := group_differences(path, sizes_of, rows={"family": f})) and d.get("key")]


def _section_of(d: dict) -> str | None:
    """The CSV saved in the section that shows a finding's table, when it is not the finding's own file: a frame
    share's family section (``03_policy_frames``), where its table and evidence sentences are; ``frame_shares``
    itself is saved above them, under a heading with no table (review s80-D)."""
    family = d["key"].get("family")
    return f"03_{family}" if d["file"] == "frame_shares" and family else None


def parameter_rows(defaults: dict, given: dict, runner: dict) -> list[tuple[str, str, str]]:
    """(name, value as JSON, origin) for every parameter of a notebook.

    Parameters
    ----------
    defaults : dict
        The notebook's parameter defaults.
    given : dict
        Parameters given on the command line (``-p``).
    runner : dict
        Parameters set by the runner (``corpus`` and ``output_dir``).

    Returns
    -------
    list of (str, str, str)
        Sorted by name; ``origin`` is ``"default"``, ``"-p"`` or ``"runner"``
        (a runner value is shown as text, the others as JSON).
    """
    rows = []
    for k in sorted(defaults):
        if k in runner:
            rows.append((k, str(runner[k]), "runner"))
        elif k in given:
            rows.append((k, json.dumps(given[k], default=str), "-p"))
        else:
            rows.append((k, json.dumps(defaults[k], default=str), "default"))
    return rows


_STYLE = """body{font-family:sans-serif;max-width:1100px;margin:1.5em auto;padding:0 1em;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:0.6em 0}td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top;text-align:left;font-size:14px}
.findings li{margin:4px 0}.study-note,.mix-note{border:1px solid #c9a227;background:#fff8e1;padding:6px 10px}.nb{border-left:4px solid #4C72B0;padding:2px 12px;margin:14px 0}
.default{color:#777}.given{font-weight:bold}figure{display:inline-block;width:330px;margin:8px;vertical-align:top}
figure img{width:100%;border:1px solid #ddd}figcaption{font-size:13px}code{font-size:13px}
details{margin:8px 0}summary{cursor:pointer}"""


def _warning_categories() -> set[str]:
    """Names of the warning classes raised while reading a corpus (``CorpusWarning`` and its subclasses)."""
    from ..corpus import dates  # noqa: F401  (defines DateOrderWarning)
    from ..corpus.sources import CorpusWarning

    names, todo = set(), [CorpusWarning]
    while todo:
        c = todo.pop()
        names.add(c.__name__)
        todo.extend(c.__subclasses__())
    return names


_GROUP_COLUMN_WORDS = {"date_period": "period (year, quarter or month by the span of the dates)"}
"""Group columns the notebooks write that are no column of the user's corpus, in words for the key findings."""


def corpus_warnings(out_dir: Path, runs: list[dict]) -> list[str]:
    """The distinct warnings of reading the corpus, from the stderr of the executed notebooks, in order of first run.

    Each notebook reads the corpus, so the same warning (an ignored column, dates of unknown order) comes from
    several; it is listed once.

    Parameters
    ----------
    out_dir : Path
        The report folder.
    runs : list of dict
        One dict per notebook; ``ipynb`` (a file name in ``out_dir``) when it ran.

    Returns
    -------
    list of str
        ``"CorpusWarning: message"`` lines (any subclass of ``CorpusWarning``).
    """
    from .html import collect_warnings

    kinds = _warning_categories()
    found: list[str] = []
    for r in runs:
        path = out_dir / r["ipynb"] if r.get("ipynb") else None
        if path is None or not path.is_file():
            continue
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            for out in cell.get("outputs", []):
                if out.get("name") != "stderr":
                    continue
                text = "".join(out.get("text", "")) if isinstance(out.get("text"), list) else out.get("text", "")
                for w in collect_warnings(text):
                    if w.split(":", 1)[0] in kinds and w not in found:
                        found.append(w)
    return found


def _warnings_note(lines: list[str]) -> str:
    from .html import escaped_list

    head = (f"<p><strong>Reading the corpus gave {count(len(lines), 'warning')}</strong> (also under \"Notes on this "
            "run\" on each notebook's reader page):</p>")
    return f'<div class="corpus-warnings">{head}{escaped_list([w.split(": ", 1)[-1] for w in lines])}</div>' if lines else ""


def group_mix_note(figures: Path, runs: list[dict]) -> str:
    """The caveat that the groups differ in their mix of another metadata column, from notebook 00's table.

    Parameters
    ----------
    figures : Path
        The report's ``figures/`` folder.
    runs : list of dict
        One dict per notebook; ``files`` lists the CSV names it saved (the table is read only when a notebook of
        this run saved ``00_group_mix``, never a stale file of an earlier run).

    Returns
    -------
    str
        Escaped HTML (a ``<div class="mix-note">``) naming each uneven column (V >= 0.15 or a 10-point gap, p < 0.01), its V, n and the
        groups' shares of the value that differs most (:func:`helpers.notebook.group_mix.mix_sentences`), then
        the groups that are mostly one outlet (``00_group_outlets.csv``,
        :func:`helpers.notebook.group_mix.outlet_sentences`); "" when there is neither, or the tables are missing or
        unreadable.
    """
    from ..notebook.group_mix import (
        DOMINANT_SHARE,
        UNEVEN_GAP,
        UNEVEN_P,
        UNEVEN_V,
        group_attribute_columns,
        mix_sentences,
        outlet_sentences,
        uneven_columns,
    )
    from .html import escaped_list

    saved = {f for r in runs for f in r.get("files", [])}
    df = _read(figures / "00_group_mix.csv") if "00_group_mix" in saved else None
    try:
        columns, sentences = (uneven_columns(df), mix_sentences(df)) if df is not None else ([], [])
        attributes = group_attribute_columns(df) if df is not None else []
    except (ValueError, KeyError, TypeError):
        columns, sentences, attributes = [], [], []
    outlets = _read(figures / "00_group_outlets.csv") if "00_group_outlets" in saved else None
    try:
        concentrated = outlet_sentences(outlets) if outlets is not None else []
    except (AttributeError, KeyError, TypeError, ValueError):
        concentrated = []
    if concentrated:  # a group that is mostly one outlet (dogfood 12bm-d)
        share = f"{100 * DOMINANT_SHARE:.0f}%"
        head = (f"<p><strong>{e(count(len(concentrated), 'group'))} {'is' if len(concentrated) == 1 else 'are'} "
                f"mostly one outlet</strong> (at least {share} of the group's articles; notebook 00).</p>")
        block = f'<div class="mix-note">{head}{escaped_list(concentrated)}</div>'
    else:
        block = ""
    if not sentences:
        return block
    mixed = [c for c in columns if c not in attributes]
    heads = []
    if mixed:
        heads.append(f"<strong>The groups differ in their mix of {e(listing(mixed, limit=len(mixed)))}</strong>: a "
                     "difference between groups below may reflect that mix rather than how the groups cover the same "
                     "story")
    if attributes:  # one value per group: a property of the groups, not a mix of stories (dogfood 12bm-d)
        heads.append(f"<strong>Each group has one value of {e(listing(attributes, limit=len(attributes)))}</strong>: a "
                     "difference between groups below is also a difference between these values")
    head = (f"<p>{'; '.join(heads)} (notebook 00: Cramér's V of at least {UNEVEN_V}, or a gap of "
            f"{UNEVEN_GAP:.0%} points between two groups' shares of one value, with p &lt; {UNEVEN_P}).</p>")
    return f'<div class="mix-note">{head}{escaped_list(sentences)}</div>{block}'


@contextlib.contextmanager
def _study_of_run(info: dict):
    """Make the study the run's notebooks used (:func:`study_used`) the active one while the findings are written, so
    that a caveat that depends on the study (the hand check of its affiliations, its own verb lexicon) is the run's;
    the process's study is restored after."""
    from ..core.study import StudyError, active_study, use_study

    previous = active_study()
    try:
        if info.get("name"):
            use_study(info["name"])
    except StudyError:
        pass  # study_used already resolved it; a study that no longer loads keeps the process's
    try:
        yield
    finally:
        use_study(previous)


def _study_note(info: dict) -> str:
    if not info:
        return ""
    note = (f'<p class="study-note"><strong>Study: {e(info["title"])}</strong> (<code>{e(info["name"])}</code>): '
            f'{e(info["reason"])}')
    if not info.get("has_actors", True):
        note += (" Measures that need a topic's actors (tone toward actors, naming labels, affiliation of sources, "
                 "actor roles, who is blamed) are left out here; each notebook says so where they would be.")
        shipped = [f"{n} ({t})" for n, t in studies_with_actors()]
        if shipped:  # review s80-D: a user of AllSides did not know us_politics was there
            note += e(f" Studies with actors shipped with the collection (-p study NAME): {'; '.join(shipped)}.")
    return note + "</p>"


def write_index(out_dir: Path, ctx: dict) -> Path:
    """Write ``<out_dir>/index.html``.

    Parameters
    ----------
    out_dir : Path
        The report folder (``figures/`` inside).
    ctx : dict
        ``title``, ``banner`` (escaped HTML or ""), ``study`` (optional: the study used and why, :func:`study_used`), ``runs`` (one dict per
        notebook: ``name``, ``status_text``, ``reader``/``html``/``ipynb``
        pages, ``files`` (CSV names it saved), ``evidence``
        (name -> (page, anchor)), ``parameters`` (rows from
        :func:`parameter_rows`)), ``corpus_html`` and ``software_html``
        (escaped HTML).

    Returns
    -------
    Path
        The written ``index.html``.
    """
    figures = out_dir / "figures"
    from .html import figure_info

    sections = []
    with _study_of_run(ctx.get("study") or {}):  # the caveats read the run's study (its hand checks), not this process's
        found = [notebook_findings(figures, r.get("files", []), r.get("evidence", {})) if r.get("reader") else []
                 for r in ctx["runs"]]
    found = _once(found)
    for r, findings in zip(ctx["runs"], found):
        pages = (f'<a href="{e(r["reader"])}">read</a> · <a href="{e(r["html"])}">with code</a> · '
                 f'<a href="{e(r["ipynb"])}">notebook</a>') if r.get("reader") else ""
        none = NO_FINDINGS_FAILED if r.get("status") == "failed" else NO_FINDINGS
        body = "<ul class=\"findings\">" + "".join(findings) + "</ul>" if findings else \
            f"<p>{none}</p>" if r.get("reader") else ""
        sections.append(f'<div class="nb"><h3>{e(r["name"])} <small>({e(r["status_text"])})</small></h3>'
                        f"<p>{pages}</p>{body}</div>")
    status = "".join(
        f"<tr><td>{e(r['name'])}</td><td>{e(r['status_text'])}</td></tr>"
        for r in ctx["runs"])
    params = "".join(
        f"<details><summary>{e(r['name'])}: {sum(o != 'default' for _, _, o in r.get('parameters', []))} set, "
        f"{sum(o == 'default' for _, _, o in r.get('parameters', []))} defaults</summary><table>"
        "<tr><th>parameter</th><th>value</th><th>from</th></tr>"
        + "".join(f"<tr class=\"{'default' if o == 'default' else 'given'}\"><td>{e(k)}</td><td><code>{e(v)}</code>"
                  f"</td><td>{e(o)}</td></tr>" for k, v, o in r.get("parameters", []))
        + "</table></details>" for r in ctx["runs"] if r.get("parameters"))
    gallery = []
    for p in sorted(figures.glob("*.png")):
        info = figure_info(figures, p.stem)
        gallery.append(
            f'<figure><a href="figures/{e(p.name)}"><img src="figures/{e(p.name)}" '
            f'alt="{e(info["alt"] or info["title"])}"></a><figcaption>{e(info["title"])}<br>'
            f'<a href="figures/{e(p.stem)}.svg">SVG</a> · <a href="figures/{e(p.stem)}.csv">data</a></figcaption></figure>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>News analysis report: {e(ctx['title'])}</title>
<style>{_STYLE}</style></head><body>
{ctx.get('banner', '')}
<h1>News analysis report: {e(ctx['title'])}</h1>
<nav><a href="#findings">Key findings</a> · <a href="#status">Run status</a> · <a href="#corpus">Corpus</a> ·
<a href="#parameters">Parameters</a> · <a href="#figures">Figures</a> · <a href="#software">Software</a></nav>
{_warnings_note(corpus_warnings(out_dir, ctx["runs"]))}
<h2 id="findings">Key findings</h2>
<p>Computed from the result files of this run. Each difference is between the groups with the highest and the
lowest value, with its interval and n; with few articles per group an apparent difference is mostly the
difference between single stories. Follow "evidence" to the section with the caveats and the sentences.</p>
{_study_note(ctx.get("study", {}))}
{group_mix_note(figures, ctx["runs"])}
{''.join(sections)}
<h2 id="status">Run status</h2>
<table><tr><th>notebook</th><th>status</th></tr>{status}</table>
<h2 id="corpus">Corpus</h2>
{ctx['corpus_html']}
<h2 id="parameters">Parameters</h2>
<p>Every parameter each notebook ran with; <span class="given">bold</span>: given with -p or set by the runner,
grey: the notebook's default. Results and figures are in <code>{e(ctx['output_dir'])}</code>.</p>
{params}
<h2 id="figures">Figures</h2>
<p>Captions are the figures' titles. Each figure is a 200 dpi PNG with an SVG and the data drawn in it as CSV.</p>
{''.join(gallery) or '<p>No figures: no notebook ran to its figures.</p>'}
<h2 id="software">Software</h2>
{ctx['software_html']}
</body></html>
"""
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
