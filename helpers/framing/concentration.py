"""Frames carried by a few cue words: a check that a frame measures a framing, not the corpus's subject.

On a corpus about one subject a frame whose cues include the subject's own nouns tags most sentences for them: in a
corpus of education news, 91% of the "Quality of life" sentences had no cue but "schools" or "education", and the
report named it the leading policy frame (review s78-A). :func:`cue_concentration` counts, per frame, the tagged units
whose counted cues are all among the frame's :data:`CONCENTRATION_TOP` (three) most frequent cue words; a frame where they are the majority and
make a sizeable part of the whole corpus (the words are everywhere: the corpus's subject, not a remedy's own noun such
as "lawsuit") is flagged, so that notebook 03 and the index can say that its share may measure the subject rather
than a frame.
"""
from __future__ import annotations

import pandas as pd

__all__ = ["ALONE_CORPUS_SHARE", "CONCENTRATION_COLUMNS", "CONCENTRATION_CORPUS_SHARE", "CONCENTRATION_MIN_UNITS",
           "CONCENTRATION_SHARE", "CONCENTRATION_TOP",
           "ROUTE_SHARE", "concentration_note", "cue_concentration", "cue_words", "route_note"]

CONCENTRATION_TOP = 3
"""Cue words that may carry a frame. Two until review s80-D: in 517 health-care articles "Health and safety" rested
on "health care", "health", "medicaid" and their kin; its two top words carried 43% of its sentences, its three top
53% (12.9% of all sentences). On six other corpora of earlier reviews (education, a second health-care corpus,
international news, immigration, health care and guns, the seeds) every frame flagged with two stays flagged with
three; the new flags are "Health and safety" in the second health-care corpus, "Legality" in health care and guns and
"External regulation" in international news (mostly the rule that two states are named); immigration news still has
none. Set on these cases, with no held-out corpus."""
CONCENTRATION_SHARE = 0.5
"""Share of a frame's tagged units carried by its top cue words from which the frame is flagged."""
CONCENTRATION_CORPUS_SHARE = 0.05
"""Share of all the corpus's units that the carried units must make for a flag: the cue words are the subject's (in
the education corpus 9.9% of all sentences; a remedy carried by "lawsuit" or "funding" made about 1%)."""
CONCENTRATION_MIN_UNITS = 20
"""Tagged units below which a frame is not judged (a handful of sentences is carried by few words anyway)."""
ALONE_CORPUS_SHARE = 0.04
"""Share of all the corpus's units that one cue word, as the only cue of a unit, must give a frame for a flag
whatever the top words' share of the frame (review s80-F: in 1,374 AllSides health-care articles "Economic
consequences" tagged 28% of all sentences, 2,284 of them (4.5% of all) for "insurance" alone, yet its three top
words carried only 25% of its sentences, below :data:`CONCENTRATION_SHARE`). On four corpora (the seeds and the
AllSides health-care, immigration and education topics) the words above it are subject words: "law", "health care",
"insurance"; "students", "schools"; "ttp" on the seeds; "i" for human interest (3.8% in health care and immigration)
and "illegal" in immigration (3.2%) are below it. Set on these cases, with no held-out corpus; rule-made labels (two
states named) are left to :func:`route_note`. The word's units must also number :data:`CONCENTRATION_MIN_UNITS`: on
the 119 sentences of the seeds, 7 for "talks" alone are 5.9%."""
CONCENTRATION_COLUMNS = ("family", "frame", "units", "top_cues", "carried", "carried_share", "corpus_share",
                         "top_alone", "alone", "alone_corpus_share", "flagged")
"""The columns of :func:`cue_concentration` (``03_cue_concentration.csv``; docs/DATA_DICTIONARY.md)."""


ROUTE_SHARE = 0.25
"""Share of a frame's units given by a rule rather than a cue word (two states named in one sentence) from which
:func:`route_note` names the frame."""
_ROUTES = {"states": ("two or more states named", "two or more states are named")}
"""Tagger routes that give a label without a cue word (``via``): their pseudo cue word and the clause that says it;
they count as one cue word here."""


def _cue_set(cell, via: str = "cue") -> frozenset:
    if via in _ROUTES:  # "serbia + syria": every pair of states is one route, not a cue word of its own
        return frozenset({f"({_ROUTES[via][0]})"})
    if not isinstance(cell, str):
        return frozenset()
    return frozenset(c.strip().lower() for c in cell.split(";") if c.strip())


def cue_concentration(frames: pd.DataFrame, n_units: int, top: int = CONCENTRATION_TOP,
                      share: float = CONCENTRATION_SHARE,
                      corpus_share: float = CONCENTRATION_CORPUS_SHARE,
                      min_units: int = CONCENTRATION_MIN_UNITS,
                      alone_share: float = ALONE_CORPUS_SHARE) -> pd.DataFrame:
    """Per frame, how many of its tagged units rest only on its ``top`` most frequent cue words.

    Parameters
    ----------
    frames : DataFrame
        The tagger's rows (``family``, ``frame``, ``cues`` as "a; b", ``counted``), one per unit and frame, as
        notebook 03's ``frames.csv``. Rows not counted are left out; a unit is one row.
    n_units : int
        Units of the whole corpus (sentences or paragraphs, as tagged).
    top : int, default :data:`CONCENTRATION_TOP`
        Cue words that may carry a frame.
    share : float, default :data:`CONCENTRATION_SHARE`
        Share of the frame's units from which the frame is flagged.
    corpus_share : float, default :data:`CONCENTRATION_CORPUS_SHARE`
        Share of all ``n_units`` the carried units must also make.
    min_units : int, default :data:`CONCENTRATION_MIN_UNITS`
        Frames with fewer counted units are never flagged.
    alone_share : float, default :data:`ALONE_CORPUS_SHARE`
        Share of all ``n_units`` from which units tagged for one cue word alone flag the frame.

    Returns
    -------
    DataFrame
        :data:`CONCENTRATION_COLUMNS`: ``units`` (counted rows), ``top_cues`` (the ``top`` cue words found in most
        units, "schools; education"), ``carried`` (units whose cues are all among them), ``carried_share`` (of the
        frame's units), ``corpus_share`` (``carried`` over ``n_units``), ``top_alone`` (the cue word that is the only
        cue of most units; empty when no unit has a single cue word), ``alone`` (those units),
        ``alone_corpus_share`` (``alone`` over ``n_units``) and ``flagged`` (both shares at least their thresholds,
        or ``alone_corpus_share`` at least ``alone_share`` with ``alone`` at least ``min_units``; never below
        ``min_units`` units); sorted by family, then the largest share. Empty (with these columns) when no row is counted.

    Raises
    ------
    KeyError
        When a needed column is missing.
    """
    need = {"family", "frame", "cues", "counted"}
    if not need <= set(frames.columns):
        raise KeyError(f"cue_concentration needs the columns {sorted(need)}; missing {sorted(need - set(frames.columns))}")
    counted = frames[frames["counted"].astype(str).str.lower().isin(["true", "1"])]
    rows = []
    for (fam, fr), part in counted.groupby(["family", "frame"], sort=True):
        vias = part["via"] if "via" in part.columns else pd.Series("cue", index=part.index)
        sets = pd.Series([_cue_set(c, v) for c, v in zip(part["cues"], vias)], index=part.index)
        freq = pd.Series([c for s in sets for c in s], dtype=object).value_counts()
        ranked = sorted(freq.index, key=lambda c: (-freq[c], c))[:top]
        keep = frozenset(ranked)
        carried = int(sets.map(lambda s: bool(s) and s <= keep).sum())
        n = len(part)
        whole = carried / n_units if n_units else 0.0
        single = pd.Series([next(iter(s)) for s in sets if len(s) == 1 and not next(iter(s)).startswith("(")],
                           dtype=object).value_counts()
        word = sorted(single.index, key=lambda c: (-single[c], c))[0] if len(single) else ""
        alone = int(single[word]) if word else 0
        alone_whole = alone / n_units if n_units else 0.0
        rows.append({"family": fam, "frame": fr, "units": n, "top_cues": "; ".join(ranked), "carried": carried,
                     "carried_share": carried / n if n else 0.0, "corpus_share": whole, "top_alone": word,
                     "alone": alone, "alone_corpus_share": alone_whole,
                     "flagged": bool(n >= min_units and ((carried / n >= share and whole >= corpus_share)
                                                         or (alone >= min_units and alone_whole >= alone_share)))})
    out = pd.DataFrame(rows, columns=list(CONCENTRATION_COLUMNS))
    if out.empty:
        return out
    return out.sort_values(["family", "carried_share", "frame"], ascending=[True, False, True], kind="stable",
                           ignore_index=True)


_ALONE_OF_CARRIED = 0.75
"""Share of the top words' carried units from which one word alone is named instead of them."""


def _by_top_words(r) -> bool:
    """Whether a flagged row of :func:`cue_concentration` is told by its top words rather than by one word alone.

    One word alone is told when its rule holds and it tags at least :data:`_ALONE_OF_CARRIED` of the units the top
    words carry: "'climate' or 'drought' or 'flooding'" blamed two genuine cues when 'climate' alone tagged 3,113 of
    the frame's 3,757 sentences and 'drought' alone 212 (review s81-E); "'schools' or 'education'", which carry 80
    units where 'schools' alone tags 50, stays the pair.
    """
    alone = int(float(getattr(r, "alone", 0) or 0))
    if str(getattr(r, "top_alone", "") or "") and float(getattr(r, "alone_corpus_share", 0) or 0) >= ALONE_CORPUS_SHARE \
            and alone >= CONCENTRATION_MIN_UNITS and alone >= _ALONE_OF_CARRIED * float(r.carried or 0):
        return False
    top = float(r.carried_share) >= CONCENTRATION_SHARE and float(r.corpus_share) >= CONCENTRATION_CORPUS_SHARE
    return top or not str(getattr(r, "top_alone", "") or "")


def cue_words(top_cues: str) -> str:
    """A ``top_cues`` cell in words: "schools; education" -> "'schools' or 'education'".

    Parameters
    ----------
    top_cues : str
        As :func:`cue_concentration` writes it.

    Returns
    -------
    str
    """
    return " or ".join(f"'{w}'" for w in str(top_cues).split("; ") if w)


def concentration_note(table: pd.DataFrame, labels: dict | None = None, unit: str = "sentence") -> list[str]:
    """One sentence per flagged frame of a :func:`cue_concentration` table.

    Parameters
    ----------
    table : DataFrame
        From :func:`cue_concentration` (or its CSV).
    labels : dict, optional
        ``(family, frame)`` -> the frame's label; default the frame id.
    unit : str, default "sentence"
        What a unit is, for the sentence.

    Returns
    -------
    list of str
        E.g. "Quality of life: 3,227 of its 3,555 sentences (91%; 9.9% of all sentences) are tagged only for
        'schools' or 'education', words this corpus uses everywhere: its share may measure the corpus's subject
        rather than a way of framing it."
    """
    out = []
    if table is None or table.empty:
        return out
    for r in table[table["flagged"].astype(str).str.lower().isin(["true", "1"])].itertuples():
        name = (labels or {}).get((r.family, r.frame), r.frame)
        if _by_top_words(r):
            out.append(f"{name}: {r.carried:,} of its {r.units:,} {unit}s ({r.carried_share:.0%}; {r.corpus_share:.1%} "
                       f"of all {unit}s) are tagged only for {cue_words(r.top_cues)}, words this corpus uses "
                       "everywhere: its share may measure the corpus's subject rather than a way of framing it.")
        else:
            out.append(f"{name}: {int(r.alone):,} of its {r.units:,} {unit}s ({float(r.alone_corpus_share):.1%} of all "
                       f"{unit}s) are tagged for '{r.top_alone}' alone, a word this corpus uses everywhere: that part "
                       "of its share may measure the corpus's subject rather than a way of framing it.")
    return out


def route_note(frames: pd.DataFrame, labels: dict | None = None, unit: str = "sentence",
               share: float = ROUTE_SHARE) -> list[str]:
    """One sentence per frame of which at least ``share`` of the counted units come from a rule, not a cue word.

    In international news any sentence naming two states is "External regulation and reputation": 3,542 of its 9,437
    sentences in a corpus of European, Russian, Chinese and Korean news (review s78-C), nationality adjectives of
    people included ("Barnier, who is French, ... Dutch ...").

    Parameters
    ----------
    frames : DataFrame
        The tagger's rows (``family``, ``frame``, ``counted``, ``via``).
    labels : dict, optional
        ``(family, frame)`` -> label.
    unit : str, default "sentence"
    share : float, default :data:`ROUTE_SHARE`

    Returns
    -------
    list of str
    """
    if "via" not in frames.columns or frames.empty:
        return []
    counted = frames[frames["counted"].astype(str).str.lower().isin(["true", "1"])]
    out = []
    for (fam, fr), part in counted.groupby(["family", "frame"], sort=True):
        for via, (_, words) in _ROUTES.items():
            k = int((part["via"] == via).sum())
            if k and k >= share * len(part):
                name = (labels or {}).get((fam, fr), fr)
                out.append(f"{name}: {k:,} of its {len(part):,} {unit}s ({k / len(part):.0%}) are tagged only because "
                           f"{words} (not a cue word): a corpus about several countries gets this frame from naming "
                           "them, people's nationalities included.")
    return out
