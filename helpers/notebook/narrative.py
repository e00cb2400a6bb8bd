"""Sentences of report prose computed from the data, so that no corpus reads words written for another.

Every sentence a notebook prints about the corpus (its size, its groups, how
far a comparison can go, whether a hand-coded sample applies) comes from
these functions, which take counts and return plain text. Nothing here
mentions the bundled seeds: on the seeds the same functions say what is true
of five articles, on 37,554 articles what is true of those.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..core.study import text_fingerprint
from ..core.wording import count, noun
from ..corpus.dask_meta import DERIVED_PREFIX
from ..corpus.groups import NOT_GROUPS, OTHER, PSEUDO, UNKNOWN, group_values, groups_shown, why_no_group

__all__ = [
    "FINGERPRINT_COLUMN",
    "MIN_JUDGED_IN_CORPUS",
    "SMALL_CORPUS",
    "attribution_check_sentence",
    "no_check_line",
    "comparison_possible",
    "corpus_caveat",
    "degenerate_share_note",
    "group_sentence",
    "single_article_groups",
    "single_outlet_groups",
    "single_outlet_sentence",
    "single_outlet_terms_sentence",
    "matching_documents",
    "measure_notes",
    "measures_read_sentence",
    "text_fingerprint",
    "validation_scope",
]

SMALL_CORPUS = 30
"""Below this many articles a corpus is called a small sample."""


def _number(x: float) -> str:
    """``13,005`` for a whole number, ``2.5`` otherwise."""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"


def group_sentence(sizes: pd.Series, group_label: str) -> str:
    """Describe the groups compared: how many, and how many articles each holds.

    Parameters
    ----------
    sizes : Series
        Articles per group (index: group name).
    group_label : str
        What a group is (the ``group_by`` column, e.g. ``"outlet"``).

    Returns
    -------
    str
        One or two sentences.
    """
    sizes = sizes[sizes > 0].sort_values(ascending=False, kind="stable")
    n, g = int(sizes.sum()), len(sizes)
    if g == 0:
        return "The corpus has no articles to compare."
    if g == 1 and (sizes.index[0] == UNKNOWN or not str(sizes.index[0]).strip()):  # "one outlet ()" said nothing
        return (f"No article has a value in the '{group_label}' column (empty or missing for all {count(n, 'article')}), so "
                "there is nothing to compare between groups: comparisons are skipped and only corpus-level results "
                f"are shown. To compare groups, give each article its {group_label} (a metadata.csv beside the files "
                "or a column of a table corpus; README, 'Your own corpus') or choose another column with -p group_by.")
    if UNKNOWN in sizes.index:  # dogfood 12bf-d: articles without a group are counted, never compared as a group
        k = int(sizes[UNKNOWN])
        rest = group_sentence(sizes.drop(UNKNOWN), group_label)
        return (f"{rest} {count(k, 'other article')} {noun(k, 'has', 'have')} no {group_label} "
                f"({why_no_group(group_label)}): counted in totals and corpus-wide results, never compared as a group.")
    if g == 1:
        return (f"All {count(n, 'article')} belong to one {group_label} ({sizes.index[0]}): there is nothing to "
                "compare between groups, so comparisons are skipped and only corpus-level results are shown.")
    singles = int((sizes == 1).sum())
    lo, hi = int(sizes.iloc[-1]), int(sizes.iloc[0])
    spread = (f"{count(lo, 'article')} each" if lo == hi else
              f"from {lo:,} to {hi:,} articles per group (median {_number(float(sizes.median()))})")
    text = f"{count(n, 'article')} in {g:,} {group_label} groups, {spread}."
    if singles == g:
        text += (f" Every {group_label} is represented by one article, so every difference between groups is also "
                 "a difference between stories, dates and authors.")
    elif singles:
        text += (f" {singles:,} of the {g:,} groups {noun(singles, 'rests', 'rest')} on one article: for "
                 f"{noun(singles, 'it', 'them')} a group difference is also a difference between single articles.")
    return text


def single_outlet_groups(groups: pd.DataFrame, group_label: str) -> list[str]:
    """The compared groups that hold a single outlet, when the groups are not outlets.

    Parameters
    ----------
    groups : DataFrame
        One row per group with ``group`` (name), ``articles`` and ``outlets`` (distinct outlets in the group), as
        :func:`helpers.measures.outlets.describe_groups` returns (or ``02_groups.csv`` read back).
    group_label : str
        What a group is (the ``group_by`` column).

    Returns
    -------
    list of str
        The names of the groups with exactly one outlet, in the order of ``groups``; empty when the groups are
        outlets, the table has no ``outlets`` column or no group names an outlet (the corpus has no ``outlet``
        column), or fewer than two groups hold articles. The pool of the groups beyond ``top_n`` (``"(other)"``)
        is neither counted nor named.
    """
    if group_label == "outlet" or "outlets" not in groups or groups.empty:
        return []
    articles = pd.to_numeric(groups["articles"], errors="coerce").fillna(0)
    g = groups[(articles > 0) & ~groups["group"].astype(str).isin(NOT_GROUPS)]  # the pool, no group: no groups
    outlets = pd.to_numeric(g["outlets"], errors="coerce")
    if len(g) < 2 or not (outlets > 0).any():
        return []
    return [str(x) for x in g.loc[outlets == 1, "group"]]


def single_outlet_sentence(groups: pd.DataFrame, group_label: str) -> str:
    """Say which compared groups hold a single outlet, when the groups are not outlets.

    Parameters
    ----------
    groups : DataFrame
        As for :func:`single_outlet_groups`.
    group_label : str
        What a group is (the ``group_by`` column).

    Returns
    -------
    str
        A sentence naming the groups of :func:`single_outlet_groups` (at most five names), or "" when there are
        none.
    """
    single = single_outlet_groups(groups, group_label)
    if not single:
        return ""
    n_groups = int(((pd.to_numeric(groups["articles"], errors="coerce").fillna(0) > 0)
                    & ~groups["group"].astype(str).isin(NOT_GROUPS)).sum())
    shown = ", ".join(single[:5]) + (f" and {len(single) - 5:,} more" if len(single) > 5 else "")
    if len(single) == n_groups:
        return (f"Each {group_label} group holds a single outlet ({shown}), so every difference between groups is also "
                f"a difference between outlets, not evidence about the {group_label} as such.")
    return (f"{len(single):,} of the {n_groups:,} {group_label} groups {'holds' if len(single) == 1 else 'hold'} a "
            f"single outlet ({shown}): for "
            f"{'it' if len(single) == 1 else 'them'} a difference is also that outlet's house style, not evidence about "
            f"the {group_label} as such.")


def single_outlet_terms_sentence(top: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Say how many distinctive terms of the groups with several outlets come mostly from one of them.

    A term more than half of whose uses in its group come from one outlet (``top_outlet_share`` above 0.5)
    describes that outlet's style or page furniture, not the group. Exactly half is no such term: used once in each
    of two outlets (review 12bh-w: grouped by author, an author's words split 1 and 1 between her two outlets were
    called one outlet's style).

    Parameters
    ----------
    top : DataFrame
        Distinctive terms with ``group`` and ``top_outlet_share`` (notebook 02's ``top``).
    articles : DataFrame
        One row per article with ``group`` and ``outlet``.

    Returns
    -------
    str
        The sentence, or "" when no group with distinctive terms holds several outlets.
    """
    multi = {g for g, d in articles.groupby("group") if d["outlet"].nunique() > 1} & set(top["group"])
    if not multi:
        return ""
    of_multi = top[top["group"].isin(multi)]
    k = int((pd.to_numeric(of_multi["top_outlet_share"], errors="coerce") > 0.5).sum())
    return (f"{k} of {count(len(of_multi), 'distinctive term')} of groups with several outlets "
            f"{noun(k, 'comes', 'come')} mostly (more than half) from a single outlet (top_outlet): "
            f"{noun(k, 'it describes', 'they describe')} that outlet's style or page furniture (captions, video "
            "players), not the group as a whole.")


def corpus_caveat(n_articles: int, sizes: pd.Series | None = None, group_label: str = "outlet",
                  groups: pd.Series | None = None) -> str:
    """The sample-size caveat of a notebook, computed from the corpus.

    Parameters
    ----------
    n_articles : int
        Articles analysed.
    sizes : Series, optional
        Articles per value of the group column; adds :func:`group_sentence`. Values are made groups as
        :func:`helpers.corpus.groups.group_values` makes them: spaces tidied, empty values and values that say
        "unknown" one pool :data:`helpers.corpus.groups.UNKNOWN`.
    group_label : str
        What a group is (the ``group_by`` column): "the outlets' coverage" for ``"outlet"``, else "the <group_label>
        groups' coverage".
    groups : Series, optional
        The display group of each article (:func:`helpers.corpus.groups.group_labels`, the ``group`` column of
        :func:`helpers.notebook.prepare.prepare_corpus`). When some values were pooled ("(other)",
        "(pseudo-outlets)"), :func:`group_sentence` describes the groups compared, and a sentence says how many
        articles the pools hold and how many distinct values of ``sizes`` they are shown as (dogfood 12bn-d2: the
        caveat said "380 articles in 66 outlet groups ... 29 of the 66 groups rest on one article" where 15 outlets
        of 6 to 34 articles were compared).

    Returns
    -------
    str
    """
    whose = "outlets'" if group_label == "outlet" else f"{group_label} groups'"  # dogfood 12bi-d: not "outlets'"
    if n_articles < SMALL_CORPUS:
        text = (f"{count(n_articles, 'article')} is a small sample: the numbers below describe these articles, "
                f"not the {whose} coverage in general.")
    else:
        text = (f"{n_articles:,} articles: the numbers below describe this corpus; how far they speak for the "
                f"{whose} coverage in general depends on how the articles were collected.")
    if sizes is not None:
        # counts of the raw column (as the notebooks pass them): empty cells and values that say "unknown" are the
        # one pool of articles without a group, as in the preamble (dogfood 12bg-d)
        values = group_values(pd.Series(sizes.index.astype(str), index=sizes.index))
        sizes = sizes.groupby(values.to_numpy(), sort=False).sum().sort_values(ascending=False, kind="stable")
        shown = None if groups is None else groups.astype(str).value_counts()
        pools = [] if shown is None else [p for p in (OTHER, PSEUDO) if p in shown.index]
        if not pools:
            return text + " " + group_sentence(sizes, group_label)
        compared = shown.drop(pools)
        k = int(shown[pools].sum())
        held = " and ".join(f"{p} ({count(int(shown[p]), 'article')})" for p in pools)
        distinct = int((sizes.index != UNKNOWN).sum())
        order = [*(g for g in compared.index if g != UNKNOWN), *pools]  # the pool of no value is no value
        text += (f" {group_sentence(compared, group_label)} A further {count(k, 'article')} {noun(k, 'is', 'are')} "
                 f"in the {'pool' if len(pools) == 1 else 'pools'} {held}: counted in every total and corpus-wide "
                 f"result, never compared as a group. The {distinct:,} distinct values of {group_label!r} are shown "
                 f"as {groups_shown(order, group_label)}.")
    return text


def single_article_groups(n_single: int, n_groups: int, group_label: str, dates: str | None = None) -> str:
    """How many groups consist of a single article, and what that means when some but not all do (notebook 02).

    Parameters
    ----------
    n_single : int
        Groups of one article.
    n_groups : int
        Groups (not counting the articles without a group).
    group_label : str
        What a group is (the ``group_by`` column).
    dates : str, optional
        Each group's dates ("A: 2025-03-01; B: ..."): when every group (at least one) is one article, a second line
        says that each difference is also one of article, story and date, with these dates.

    Returns
    -------
    str
        "1 of 3 desk groups consists of a single article. For this group, ..."; without the second sentence when no
        group or every group is one article; in the latter case, with ``dates``, the second line above.
    """
    text = (f"{n_single} of {n_groups} {group_label} {noun(n_groups, 'group')} "
            f"{noun(n_single, 'consists', 'consist')} of a single article.")
    if 0 < n_single < n_groups:
        text += (f" For {noun(n_single, 'this group', 'these groups')}, a difference is also a difference between "
                 "single articles, stories and dates.")
    elif n_groups and n_single == n_groups and dates is not None:
        text += (f"\nEvery group is one article. Each difference below is at the same time a difference of "
                 f"{group_label}, article, story and publication date ({dates}). No statistic computed here can tell "
                 "these apart, and no permutation test of group labels is possible.")
    return text


MIN_JUDGED_IN_CORPUS = 10
"""Fewest shipped hand-judged attributions that must fall in a corpus before notebook 02 calls their share a check of
the attribution rules on that corpus. The shipped checks were drawn from the seeds and from AllSides as a whole, not
from the user's corpus: the few of their rows that happen to fall in it are no random sample of it, and a share of
one or two rows says nothing (1/1 right reads 100%, 95% CI 21-100%; dogfood 12br-d). With ten rows a Wilson interval
is still 30 to 50 points wide, but it is a figure; below that the notebook points to the shipped figures instead."""


def no_check_line(raws, doc_ids=(), folder=None) -> str:
    """Notebook 02's line when no seed attribution check matches an article of this corpus.

    It said "None of these articles was hand-checked" on a corpus of AllSides articles of which 41 were in the
    project's hand-checked role draws (review s78-D), and then that "some may be" when they could be counted by id
    (review s78-E: 51 articles, 205 judged roles). The role checks are matched by article id (the attribution checks,
    seeds' and AllSides', are matched by :func:`helpers.measures.outlets.check_attributions` before this line is
    needed); the overlap with AllSides by text fingerprint.

    Parameters
    ----------
    raws : iterable of str
        The raw texts of the articles analysed.
    doc_ids : iterable of str
        Their ids.
    folder : Path, optional
        The development sets' fingerprints (default: the shipped ones).

    Returns
    -------
    str
    """
    from ..corpus.devsets import dev_overlap
    from ..measures.outlets import load_role_checks

    ids = {str(d) for d in doc_ids}
    if ids:  # the seed and AllSides attribution checks are matched by the caller (check_attributions); roles here
        roles = load_role_checks(corpus="allsides")
        hit = roles[roles["doc_id"].isin(ids)]
        if len(hit):
            arts = hit["doc_id"].nunique()
            return (f"{count(arts, 'article')} of this corpus {noun(arts, 'is', 'are')} in the project's AllSides "
                    f"role checks ({len(hit):,} judged roles): the AllSides figures below are partly in-sample here.")
    k = dev_overlap(raws, folder).get("allsides", 0)
    if not k:
        return ("None of these articles was hand-checked: the attributions above are rule output; the checks of the "
                "rules on other articles (PolNeAR, AllSides, other sites) follow below.")
    return (f"No hand check matches an article id of this corpus, but {count(k, 'article')} of it "
            f"{noun(k, 'is', 'are')} in the AllSides corpus, from which the project's role and attribution checks were "
            "drawn (under their own ids): some may be among the checked articles, so the AllSides figures below may "
            "be partly in-sample here.")


def attribution_check_sentence(summary: dict, min_judged: int = MIN_JUDGED_IN_CORPUS) -> str:
    """Notebook 02's closing line on the hand checks of the attribution rules that fall in the corpus.

    Parameters
    ----------
    summary : dict
        From :func:`helpers.measures.outlets.check_attributions` (``n_judged``, ``precision``,
        ``n_whole_documents``, ``n_missed``).
    min_judged : int
        Judged rows needed to report their share (:data:`MIN_JUDGED_IN_CORPUS`).

    Returns
    -------
    str
        "Attribution rules: 83/97 hand-judged attributions right on ..."; with fewer than ``min_judged`` judged rows,
        that too few of the shipped hand-checked rows fall in this corpus to check the rules on it, with where the
        shipped figures are; with none, that the rules are not hand-checked on this corpus.
    """
    n_judged = int(summary.get("n_judged") or 0)
    if not n_judged:
        return "Attribution rules: not hand-checked on this corpus."
    if n_judged < min_judged:
        return (f"Attribution rules: only {count(n_judged, 'hand-judged attribution')} of the shipped checks "
                f"{noun(n_judged, 'falls', 'fall')} in this corpus, too few (fewer than {min_judged}) to check the "
                "rules on it; the shipped figures are those of the section 'How far to trust the attribution rules' "
                "above and the lines that follow: PolNeAR, and the hand-checked draws of AllSides attributions and of "
                "other sites' news pages.")
    k, n = summary["precision"]
    whole = bool(summary.get("n_whole_documents"))
    where = "the seed articles they were written on (in-sample)" if whole else "a random sample of this corpus"
    return (f"Attribution rules: {k}/{n} hand-judged attributions right on {where}"
            + (f"; {summary['n_missed']} missed." if whole else "."))


def _sentence_measures(tone: bool) -> str:
    """The sentence-level measures of notebook 02 that read the sample: tone only when the study has actors."""
    return "Sourcing, hedges and tone toward the study's actors" if tone else "Sourcing and hedges"


def measures_read_sentence(n_read: int, n_articles: int, max_articles: int, seed: int, tone: bool) -> str:
    """Which articles notebook 02's sentence-level measures read, naming only the measures that run.

    Notebook 02 said "Sourcing, hedges and tone read all 1,057 articles" under the ``general`` study, which lists no
    actors and so measures no tone toward actors (dogfood 12br-d).

    Parameters
    ----------
    n_read, n_articles : int
        Articles read (the stratified sample) and articles analysed.
    max_articles, seed : int
        The sample's size limit and seed.
    tone : bool
        Whether tone toward actors is measured (the study has actors).

    Returns
    -------
    str
    """
    what = _sentence_measures(tone)
    if n_read < n_articles:
        return (f"{what} read a stratified random sample of {n_read:,} of {n_articles:,} articles "
                f"(max_articles={max_articles:,}, as equal per group as group sizes allow; seed {seed}). "
                "Vocabulary and text reuse use every article.")
    return f"{what} read all {n_read:,} articles."


def measure_notes(tone: bool, labels: bool, tone_check: str = "", hedge_check: str = "",
                  verb_check: str = "", naming_check: str = "") -> list[str]:
    """The closing lines of notebook 02 on what is unchecked and how intervals are computed, for the measures that ran.

    Parameters
    ----------
    tone : bool
        Whether tone toward actors was measured (an actor of the study is named in the corpus).
    labels : bool
        Whether naming labels were measured.
    tone_check : str
        The hand check of tone (:func:`helpers.measures.tone.tone_check_sentence`), said only when ``tone``.
    hedge_check : str
        The hand check of the hedge lexicon in use (:func:`helpers.measures.hedge_trust.hedge_check_sentence` when
        :func:`~helpers.measures.hedge_trust.hedge_check` finds one); '' when there is none: the hedge lexicon is then
        listed as unchecked.
    verb_check : str
        The hand check of the reporting-verb categories in use (:func:`helpers.measures.verb_trust.verb_check_sentence`
        when :func:`~helpers.measures.verb_trust.verb_check` finds one); '' when there is none: the categories are
        then listed as unchecked.
    naming_check : str
        The hand check of the study's naming labels (:func:`helpers.measures.naming_trust.naming_check_sentence` when
        :func:`~helpers.measures.naming_trust.naming_check` finds one), said only when ``labels``; '' when there is
        none: the naming lexicon and label attachment are then listed as unchecked.

    Returns
    -------
    list of str
        "Not checked against hand-read text: ..." (when something is); the hedge check; the verb check; the naming
        check (with ``labels``); the tone check (with ``tone``); "Intervals of ... are over articles (...)".
    """
    naming_unchecked = labels and not naming_check
    lexicons = ([] if hedge_check else ["hedge"]) + (["naming"] if naming_unchecked else [])
    unchecked = ([" and ".join(lexicons) + (" lexicons" if len(lexicons) > 1 else " lexicon")] if lexicons else [])
    unchecked += ([] if verb_check else ["the reporting-verb categories (loaded, manner, belief)"]) + (
        ["label attachment"] if naming_unchecked else [])
    lines = [f"Not checked against hand-read text: {', '.join(unchecked)}."] if unchecked else []
    lines += [check for check in (hedge_check, verb_check, naming_check if labels else "") if check]
    if tone and tone_check:
        lines.append(tone_check)
    shares = ["of tone"] if tone else []
    shares += ["of verb and hedge rates", "of the source shares"] + (["of the naming-label shares"] if labels else [])
    listed = ", ".join(shares[:-1]) + " and " + shares[-1]
    lines.append(f"Intervals {listed} are over articles (none for a group of one or two articles).")
    return lines


def comparison_possible(sizes: pd.Series) -> bool:
    """Whether groups can be compared: at least two groups hold at least one article each.

    Parameters
    ----------
    sizes : Series of int
        Articles per group.

    Returns
    -------
    bool
        True when two or more values of ``sizes`` are positive, not counting the articles without a group
        (:data:`helpers.corpus.groups.UNKNOWN`), which are never compared as a group.
    """
    return int((sizes.drop(UNKNOWN, errors="ignore") > 0).sum()) >= 2


FINGERPRINT_COLUMN = DERIVED_PREFIX + "raw_sha256_16"
"""Column of :func:`text_fingerprint` of ``raw`` in a metadata table (``engine="dask"``): private, so that a corpus's
own ``raw_sha256_16`` column is kept, and never taken for the fingerprints (round 12bp-m)."""


def matching_documents(corpus: pd.DataFrame, manifest: pd.DataFrame | None,
                       doc_ids: Iterable[str] | None = None) -> set[str]:
    """The documents of ``corpus`` that a hand-coded sample was coded on.

    A sample applies to an article only when both its ``doc_id`` and the
    fingerprint of its raw text match the manifest the sample was coded
    against, so the same file names on another corpus do not borrow a
    validation that was never done on them.

    Parameters
    ----------
    corpus : DataFrame
        With ``doc_id`` and ``raw`` (or, in a metadata table, :data:`FINGERPRINT_COLUMN`).
    manifest : DataFrame or None
        Columns ``doc_id`` and ``sha256_16`` (:func:`text_fingerprint` of the
        raw text the sample was coded on); None means no manifest (nothing
        matches).
    doc_ids : iterable of str, optional
        Restrict to these documents (e.g. the ones the sample holds).

    Returns
    -------
    set of str
    """
    if manifest is None or manifest.empty or corpus.empty:
        return set()
    known = dict(zip(manifest["doc_id"].astype(str), manifest["sha256_16"].astype(str)))
    wanted = set(map(str, doc_ids)) if doc_ids is not None else None
    out = set()
    prints = (corpus[FINGERPRINT_COLUMN] if "raw" not in corpus.columns and FINGERPRINT_COLUMN in corpus.columns
              else corpus["raw"].map(text_fingerprint))  # a metadata table (engine dask) has the fingerprints
    for doc_id, fp in zip(corpus["doc_id"].astype(str), prints):
        if (wanted is None or doc_id in wanted) and known.get(doc_id) == fp:
            out.add(doc_id)
    return out


def validation_scope(study, corpus: pd.DataFrame, sample_path, what: str = "hand-coded sample") -> tuple[bool, str]:
    """Whether a coded sample applies to this corpus, and one sentence that says so.

    A study's own samples apply only to the articles they were coded on
    (:func:`matching_documents` against the study's ``validation_corpus``); a
    sample the user gives by path applies where its ``doc_id`` values are in
    the corpus.

    Parameters
    ----------
    study : helpers.core.study.Study
    corpus : DataFrame
        With ``doc_id`` and ``raw``.
    sample_path : Path or None
        The coded sample (CSV with a ``doc_id`` column), or None.
    what : str
        How the sentence names the sample.

    Returns
    -------
    (bool, str)
    """
    if sample_path is None:
        return False, (f"The study '{study.title}' has no {what} for this measure: the labels below are "
                       "unvalidated on this corpus (code a sample with notebook 04).")
    ids = pd.read_csv(sample_path, usecols=["doc_id"], dtype=str)["doc_id"]
    own = sample_path in {p for files in study.validation.values() for p in files}
    if own:
        manifest = (pd.read_csv(study.validation_corpus, dtype=str) if study.validation_corpus is not None else None)
        found = matching_documents(corpus, manifest, set(ids))
    else:
        found = set(corpus["doc_id"].astype(str)) & set(ids)
    n_art = ids.nunique()
    if not found:
        return False, (f"The {what} of {Path(sample_path).name} ({len(ids):,} units from {n_art:,} articles) was coded "
                       "on other articles than this corpus's, so its figures say nothing about this corpus and are not "
                       "shown: the labels below are unvalidated here (code a sample of this corpus with notebook 04).")
    n_units = int(ids.isin(found).sum())
    return True, (f"{count(len(found), 'article')} of this corpus {noun(len(found), 'is', 'are')} in the {what} of {Path(sample_path).name} "
                  f"({n_units:,} coded units).")


_DEGENERATE = r"(?:0\.0|100\.0)% \[(?:0\.0, 0\.0|100\.0, 100\.0)\]|(?<![\d.])(?:0|100)% \([^()]*, so no interval"
"""A share of 0% or 100% with a zero-width interval, as printed before issue qa6 ("0.0% [0.0, 0.0]") and since
(:func:`helpers.core.wording.share_interval`: "0% (none found, so no interval)", "0% (0 of 15, so no interval)")."""


def degenerate_share_note(table: pd.DataFrame) -> str:
    """A warning when a table shows a share of 0% or 100% with a zero-width interval.

    Parameters
    ----------
    table : DataFrame
        A display table whose cells are formatted shares such as ``"0.0% [0.0, 0.0]"``.

    Returns
    -------
    str
        A sentence explaining that such an interval is not certainty (rule of three), or ``""`` when no cell
        shows one.
    """
    cells = table.astype(str).stack() if len(table) else pd.Series(dtype=str)
    if not cells.str.contains(_DEGENERATE).any():
        return ""
    return ("A share of 0% or 100% is shown \"so no interval\": resampling cannot vary it. That is not "
            "certainty: with n = 15 and none observed, shares up to about 20% are compatible with the data "
            "(rule of three).")
