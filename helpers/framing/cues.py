"""Finding cues: one scan for every codebook, the actor gazetteer, negators and role cues.

The scanner, quotations, negation and cues used inside names; :mod:`helpers.framing.tagger`
describes how a unit is tagged from the cues found here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..core.wording import noun
from ..text.furniture import blank_furniture
from ..text.lexicon import entries_key, is_caps_term, load_lexicon, load_study_lexicon, term_key, trie_regex
from ..text.normalize import fold
from .codebooks import CODEBOOK_DIR
from .senses import _NAME_BEFORE_RE, DEFAULT_SENSES, cue_senses

__all__ = ["NEGATION_WINDOW", "CueScanner", "find_cues", "unit_quote_spans"]

NEGATION_WINDOW = 3
"""A negator negates a cue when it ends at most this many words before it."""
_CLAUSE_BREAK_RE = re.compile(r"[,;:!?()\[\]]|\s[-\u2013\u2014]\s|\bbut\b", re.IGNORECASE)
_SEP = "\x00"


@dataclass(frozen=True)
class _Hit:
    lexicon: str
    entry: str
    rel_start: int
    rel_end: int
    case_term: str | None  # the folded term when it must match in capitals


class CueScanner:
    """Find the cues of several lexicons in many texts with one regular expression.

    Parameters
    ----------
    lexicons : mapping of str to dict
        Lexicon name (e.g. ``"policy_frames"``, ``"actors"``) to a loaded
        lexicon or codebook (with ``entries``). Residual entries are skipped.

    Notes
    -----
    Literal terms are compiled into one trie, lower-cased; patterns are
    alternatives tried first. The expression sits in a lookahead, so a match
    is found at every word start, also inside a longer match. At each start
    the longest term is found and expanded into the shorter terms it begins
    with, so each lexicon sees its own terms ("not capable" is the negator
    "not" and the cue "not capable"; "capable" is found at its own start).
    Within one lexicon, a cue inside a longer cue of the same lexicon is
    dropped ("military action", not also "action"). The terms, patterns and
    expression are memoised on the lexicons' names, entry ids, terms and
    patterns (:func:`find_cues` builds a scanner at every call).
    """

    def __init__(self, lexicons: Mapping[str, dict]):
        key = _lexicons_key(lexicons)
        parts = _scanner_parts(key) if key is not None else _build_scanner_parts(lexicons)
        names, self._terms, self._patterns, self._regex, self._ascii = parts
        self.lexicon_names = list(names)
        self._cache: dict[str, list[_Hit]] = {}

    def _split(self, matched: str) -> list[_Hit]:
        """Terms that start where ``matched`` starts: the match and its word prefixes (cached)."""
        hits = self._cache.get(matched)
        if hits is not None:
            return hits
        ends = [m.start() for m in re.finditer(r"\s+", matched)] + [len(matched)]
        hits = []
        for e in ends:
            for lname, eid, case in self._terms.get(" ".join(matched[:e].split()), ()):
                hits.append(_Hit(lname, eid, 0, e, case))
        for lname, eid, pat in self._patterns:
            if pat.fullmatch(matched):
                hits.append(_Hit(lname, eid, 0, len(matched), None))
        self._cache[matched] = hits
        return hits

    def scan(self, texts: Sequence[str]) -> pd.DataFrame:
        """Find every cue of every lexicon in ``texts``.

        Parameters
        ----------
        texts : sequence of str
            The units (sentences or paragraphs).

        Returns
        -------
        DataFrame
            One row per cue occurrence and lexicon entry, sorted by unit and
            start: ``unit`` (position in ``texts``), ``lexicon``, ``entry``
            (both categorical), ``start``, ``end`` (offsets in the unit's
            text) and ``cue`` (the matched term, lower-cased, white space
            collapsed; categorical).
        """
        texts = ["" if t is None else str(t) for t in texts]
        if self._regex is None or not texts:
            return _empty_cues()
        big, low = self._prepare(texts)
        found_start: list[int] = []
        found_text: list[str] = []
        for m in self._regex.finditer(low):
            found_start.append(m.start())  # = position of the term in `big` (`low` has a leading separator)
            found_text.append(m.group(1))
        if not found_text:
            return _empty_cues()
        codes, uniques = pd.factorize(pd.Series(found_text, dtype=object), sort=False)
        del found_text
        hits = self._hit_table(uniques)
        if hits is None:
            return _empty_cues()
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        offsets = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
        out = self._expand(np.asarray(found_start, dtype=np.int64), codes, hits, big, offsets)
        out = _drop_contained(out)
        return out.sort_values(["unit", "start", "end"], kind="stable").reset_index(drop=True)

    def _prepare(self, texts: list[str]) -> tuple[str, str]:
        """Join the texts with separators; return the folded text and its lower-cased scan copy."""
        big = fold(_SEP.join(texts))
        if big.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
            big = fold(_SEP.join(t.replace(_SEP, " ") for t in texts))
        if self._ascii:
            # every term is ASCII: other characters can only be non-word
            # context, so replace each by "?" (same length, 1 byte a character:
            # a faster scan and a quarter of the memory)
            low = big.encode("ascii", "replace").decode("ascii").lower()
        else:
            low = big.lower()
            if len(low) != len(big):  # rare characters whose lower case is longer
                low = _SEP.join(_lower_same_length(t) for t in big.split(_SEP))
        return big, _SEP + low  # the leading separator gives the first word a character before it

    def _hit_table(self, uniques) -> dict | None:
        """The terms inside each distinct matched text, as aligned arrays (None when there are none)."""
        cols: dict[str, list] = {k: [] for k in ("code", "lex", "entry", "rs", "re", "case", "cue")}
        for code, txt in enumerate(uniques):
            for h in self._split(txt):
                cols["code"].append(code)
                cols["lex"].append(h.lexicon)
                cols["entry"].append(h.entry)
                cols["rs"].append(h.rel_start)
                cols["re"].append(h.rel_end)
                cols["case"].append(h.case_term)
                cols["cue"].append(" ".join(txt[h.rel_start : h.rel_end].split()))
        if not cols["code"]:
            return None
        cols["n_per_code"] = np.bincount(np.asarray(cols["code"], dtype=np.int64), minlength=len(uniques))
        return cols

    def _expand(self, found_start: np.ndarray, codes: np.ndarray, hits: dict, big: str,
                offsets: np.ndarray) -> pd.DataFrame:
        """One row per (match, term in it): unit, lexicon, entry, offsets, cue; capitals checked."""
        n_hits = hits["n_per_code"]
        ptr = np.concatenate([[0], np.cumsum(n_hits)[:-1]])
        rep = n_hits[codes]
        row_match = np.repeat(np.arange(len(codes)), rep)
        first = np.repeat(np.cumsum(rep) - rep, rep)
        hit_idx = ptr[codes[row_match]] + (np.arange(len(row_match)) - first)
        g_start = found_start[row_match]
        abs_s = g_start + np.asarray(hits["rs"], dtype=np.int64)[hit_idx]
        abs_e = g_start + np.asarray(hits["re"], dtype=np.int64)[hit_idx]
        ok = np.ones(len(hit_idx), dtype=bool)
        case = hits["case"]
        case_hits = np.array([c is not None for c in case], dtype=bool)
        for i in np.flatnonzero(case_hits[hit_idx]):
            ok[i] = " ".join(big[abs_s[i] : abs_e[i]].split()) == case[hit_idx[i]]
        unit = np.searchsorted(offsets, abs_s, side="right") - 1
        sel = hit_idx[ok]

        def cat(values, categories=None):
            c = pd.Categorical(values, categories=categories)
            return pd.Categorical.from_codes(c.codes[sel], categories=c.categories)

        return pd.DataFrame(
            {
                "unit": unit[ok],
                "lexicon": cat(hits["lex"], self.lexicon_names),
                "entry": cat(hits["entry"]),
                "start": (abs_s - offsets[unit])[ok],
                "end": (abs_e - offsets[unit])[ok],
                "cue": cat(hits["cue"]),
            }
        )


def _lexicons_key(lexicons: Mapping[str, dict]) -> tuple | None:
    """What a :class:`CueScanner` reads from ``lexicons`` as a hashable key (None when a term cannot be hashed)."""
    keys = tuple((lname, entries_key(lex["entries"])) for lname, lex in lexicons.items())
    return None if any(k is None for _, k in keys) else keys


@lru_cache(maxsize=32)
def _scanner_parts(key: tuple) -> tuple:
    """The tables and expression of a scanner, memoised on :func:`_lexicons_key`; never changed after build.

    :func:`find_cues` builds a scanner at every call, over thousands of codebook terms (0.1-0.2 s).
    """
    lexicons = {lname: {"entries": {eid: {"terms": list(t), "patterns": list(p)} for eid, t, p in entries}}
                for lname, entries in key}
    return _build_scanner_parts(lexicons)


def _build_scanner_parts(lexicons: Mapping[str, dict]) -> tuple:
    names = list(lexicons)
    terms: dict[str, list[tuple[str, str, str | None]]] = {}
    patterns: list[tuple[str, str, re.Pattern]] = []
    for lname, lex in lexicons.items():
        for eid, entry in lex["entries"].items():
            for term in entry.get("terms") or []:
                key = term_key(term)
                case = " ".join(fold(term).split()) if is_caps_term(term) else None
                hits = terms.setdefault(key, [])
                if (lname, eid, case) not in hits:
                    hits.append((lname, eid, case))
            for pat in entry.get("patterns") or []:
                patterns.append((lname, eid, re.compile(pat, re.IGNORECASE)))
    # Texts are lower-cased before the scan, so the trie needs no IGNORECASE
    # (much faster); patterns carry their own (?i:...).
    alts = [f"(?i:{p.pattern})" for _, _, p in patterns]
    trie = trie_regex(sorted(terms))
    if trie:
        alts.append(trie)
    body = "|".join(alts)
    # "\W(?=(...))": the match starts on the non-word character before a
    # word (a character class lets the regex engine skip ahead quickly) and
    # the term is read in a lookahead, so a term is found at every word
    # start, also inside a longer match, in one pass.
    regex = re.compile(rf"\W(?=((?:{body}))(?!\w))") if body else None
    ascii_only = all(k.isascii() for k in terms) and not patterns
    return names, terms, patterns, regex, ascii_only


def _drop_contained(cues: pd.DataFrame) -> pd.DataFrame:
    """Drop cues that lie inside a longer cue of the same lexicon in the same unit."""
    if cues.empty:
        return cues
    spans = cues[["unit", "lexicon", "start", "end"]].drop_duplicates()
    spans = spans.assign(neg_end=-spans["end"]).sort_values(["unit", "lexicon", "start", "neg_end"], kind="stable")
    prev = spans.groupby(["unit", "lexicon"], sort=False, observed=True)["end"].cummax()
    prev = prev.groupby([spans["unit"], spans["lexicon"]], sort=False, observed=True).shift()
    inside = spans[prev.to_numpy() >= spans["end"].to_numpy()]
    if inside.empty:
        return cues
    key = ["unit", "lexicon", "start", "end"]
    m = cues.merge(inside[key].assign(_in=True), on=key, how="left", sort=False)
    return cues[m["_in"].isna().to_numpy()]


def _lower_same_length(text: str) -> str:
    """Lower-case ``text`` character by character, keeping characters whose lower case is longer."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _empty_cues() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "unit": pd.Series([], dtype="int64"),
            "lexicon": pd.Categorical([]),
            "entry": pd.Categorical([]),
            "start": pd.Series([], dtype="int64"),
            "end": pd.Series([], dtype="int64"),
            "cue": pd.Categorical([]),
        }
    )


# --------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------


def unit_quote_spans(units: pd.DataFrame, text_col: str = "text") -> pd.DataFrame:
    """Quotation spans per unit, following quotations across the units of a paragraph.

    The units of one paragraph are joined with spaces and paragraphs with line
    breaks, and :func:`helpers.text.quotes.quote_spans` (the project's shared
    quotation finder) is run once on the whole text, with
    ``include_unclosed=True``: a quotation left open runs to the end of its
    paragraph, the convention for quotations continued in the next paragraph
    (so that a quoted cue is never silently given to the outlet).

    Parameters
    ----------
    units : DataFrame
        Units in text order (as from :func:`helpers.corpus.segment`). When it has
        ``doc_id`` and ``paragraph_id`` columns, consecutive units of the same
        paragraph are read together, so a quotation that spans sentences is
        found; otherwise each unit is its own paragraph.
    text_col : str
        The column holding the text.

    Returns
    -------
    DataFrame
        ``unit`` (row position in ``units``), ``start``, ``end`` (offsets in
        the unit's text of the quoted passage, marks excluded), one row per
        quotation piece, in order.
    """
    from ..text.quotes import quote_spans

    cols = ["unit", "start", "end"]
    texts = [t.replace("\n", " ") for t in units[text_col].astype(str).tolist()]
    if not texts:
        return pd.DataFrame({c: pd.Series([], dtype="int64") for c in cols})
    # paragraphs are runs of consecutive units with the same (doc_id, paragraph_id)
    if {"doc_id", "paragraph_id"} <= set(units.columns):
        doc = pd.factorize(units["doc_id"])[0]
        pid = units["paragraph_id"].to_numpy()
        new_para = np.r_[True, (doc[1:] != doc[:-1]) | (pid[1:] != pid[:-1])]
    else:
        new_para = np.ones(len(texts), dtype=bool)
    seps = np.where(new_para[1:], "\n", " ")
    big = "".join(t + sep for t, sep in zip(texts, list(seps) + [""]))
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    offsets = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    ends = offsets + lengths
    spans = quote_spans(big, include_unclosed=True)
    if not spans:
        return pd.DataFrame({c: pd.Series([], dtype="int64") for c in cols})
    qs = np.asarray([a for a, _ in spans], dtype=np.int64)
    qe = np.asarray([b for _, b in spans], dtype=np.int64)
    keep = qe > qs
    qs, qe = qs[keep], qe[keep]
    u0 = np.searchsorted(offsets, qs, side="right") - 1
    u1 = np.searchsorted(offsets, qe - 1, side="right") - 1
    one = u0 == u1
    rows = list(zip(u0[one].tolist(), (qs - offsets[u0])[one].tolist(), (qe - offsets[u0])[one].tolist()))
    for a0, b0, x, y in zip(qs[~one], qe[~one], u0[~one], u1[~one]):
        for u in range(int(x), int(y) + 1):
            a, b = max(a0, offsets[u]), min(b0, ends[u])
            if a < b:
                rows.append((u, int(a - offsets[u]), int(b - offsets[u])))
    rows.sort()
    return pd.DataFrame(rows, columns=cols).astype("int64")


# --------------------------------------------------------------------------
# Cue table: matches + negation + quotation
# --------------------------------------------------------------------------


def find_cues(
    units: pd.DataFrame,
    codebooks: Mapping[str, dict],
    actors: dict | None = None,
    negation: dict | None = None,
    roles: dict | None = None,
    text_col: str = "text",
    senses: Sequence[str] = DEFAULT_SENSES,
) -> pd.DataFrame:
    """Every cue, actor mention and role cue in ``units``, with negation and quotation flags.

    Parameters
    ----------
    units : DataFrame
        One row per unit with a ``text_col`` column (and ideally ``doc_id``
        and ``paragraph_id``, for quotations across sentences).
    codebooks : mapping of str to dict
        Frame codebooks (:func:`load_codebooks`), keyed by family.
    actors : dict, optional
        The actor gazetteer (``load_lexicon("actors")``); its matches have
        lexicon ``"actors"``.
    negation : dict, optional
        The negator list (``load_codebook("negation", kind="negation")``);
        without it nothing is negated.
    roles : dict, optional
        The actor-role cues (``load_codebook("actor_roles", kind="roles")``);
        its matches have lexicon ``"actor_roles"``.
    text_col : str
        The column holding the text.
    senses : sequence of str, default DEFAULT_SENSES
        The sense rules of :func:`helpers.framing.senses.cue_senses` to apply: ``"name"`` (a cue inside a
        capitalised name) by default; ``"title"`` (a person's title before the name) and ``"speaker"`` (a
        title that is the source of an attribution) on request; an empty sequence applies none.

    Page furniture inside a unit (:func:`helpers.text.furniture.blank_furniture`: a link card pasted into a sentence,
    a photo credit, a share prompt) is not scanned (since round fb1); offsets are those of the unit's text.

    Returns
    -------
    DataFrame
        One row per cue: ``unit`` (row position in ``units``), ``lexicon``,
        ``entry``, ``start``, ``end``, ``cue``, ``negated`` (a negator closely
        precedes it; always False for actors and negators), ``quoted``
        (inside a quotation), ``sense`` (the sense rule under which a frame
        cue does not count: "name", "title", "speaker"; "" otherwise; "name" also for a state
        inside a longer name) and ``in_name`` (``sense != ""``: the cue is used
        inside a name, as a title or as a speaker, such as "Religious" in
        "Council for Religious Affairs", and does not count). When a
        codebook has a ``min_states`` rule, the rows of lexicon ``"states"``
        also hold the active study's ``framing.state_actors`` matches (entry:
        their state), and no state name inside the name of another actor of
        the study (issue 14bg-a).

    Raises
    ------
    ValueError
        If ``text_col`` is not a column of ``units`` or a lexicon name is
        reserved (``actors``, ``negation``, ``actor_roles``) but used for a
        frame codebook, or ``senses`` names an unknown rule.
    """
    if text_col not in units.columns:
        raise ValueError(f"text_col {text_col!r} is not a column of units; it has {list(units.columns)}")
    reserved = {"actors", "negation", "actor_roles", "states"} & set(codebooks)
    if reserved:
        raise ValueError(f"codebook {noun(len(sorted(reserved)), 'name')} {sorted(reserved)} are reserved; rename the frame codebook.")
    lexicons = dict(codebooks)
    if actors is not None:
        lexicons["actors"] = actors
    if negation is not None:
        lexicons["negation"] = negation
    if roles is not None:
        lexicons["actor_roles"] = roles
    state_actors = {}
    if any(e.get("min_states") for cb in codebooks.values() for e in cb["entries"].values()):
        lexicons["states"] = load_lexicon(CODEBOOK_DIR / "states.yaml")
        state_actors = _study_state_actors()
        if state_actors:
            lexicons[_STUDY_STATES] = load_study_lexicon("actors")
    # page furniture inside a unit (a link card of other stories' headlines, a credit, a share prompt) holds no cue of
    # the story: blanked with spaces, so every offset stays that of the text (round fb1)
    texts = [blank_furniture(t) for t in units[text_col].astype(str)]
    cues = CueScanner(lexicons).scan(texts)
    if _STUDY_STATES in lexicons:
        cues = _as_states(cues, state_actors)
    cues["negated"] = _negated(cues, texts)
    cues["quoted"] = _inside(cues, unit_quote_spans(units, text_col))
    sense = cue_senses(cues, texts, codebooks, senses)
    sense[_state_in_name(cues, texts)] = "name"
    cues["sense"] = sense
    cues["in_name"] = sense != ""
    return cues


_STUDY_STATES = "_study_states"
"""Scan-only lexicon name of the active study's actors, read for the ``min_states`` rule (never in the result)."""


def _study_state_actors() -> dict:
    """The active study's ``framing.state_actors``: actor id -> state id of ``states.yaml`` (may be empty)."""
    from ..core.study import active_study

    return dict(active_study().state_actors)


def _as_states(cues: pd.DataFrame, state_actors: Mapping[str, str]) -> pd.DataFrame:
    """Turn the study's actor matches into state cues for the ``min_states`` rule.

    A match of an actor the study maps to a state (``framing.state_actors``: "the Taliban government", "Khawaja
    Asif") becomes a cue of lexicon ``"states"`` with that state as its entry. A match of any other actor of the
    study removes the state names inside its span ("Pakistani" in "Pakistani Taliban", "Afghan" in "Afghan
    refugees"): that actor is no state. The actor matches themselves are dropped.
    """
    is_actor = (cues["lexicon"] == _STUDY_STATES).to_numpy()
    if not is_actor.any():
        return cues
    actor = cues[is_actor]
    entry = actor["entry"].astype(str)
    mapped = entry.map(state_actors)
    other = actor[mapped.isna().to_numpy()]
    keep = ~is_actor
    states = cues.loc[(cues["lexicon"] == "states").to_numpy(), ["unit", "start", "end"]]
    if len(other) and len(states):
        pairs = states.reset_index().merge(other[["unit", "start", "end"]], on="unit", suffixes=("", "_actor"))
        inside = pairs[(pairs["start_actor"] <= pairs["start"]) & (pairs["end_actor"] >= pairs["end"])]
        keep[cues.index.get_indexer(inside["index"].unique())] = False
    new = actor[mapped.notna().to_numpy()].copy()
    new["lexicon"] = "states"
    new["entry"] = mapped.dropna().to_numpy()
    cats = [c for c in ("lexicon", "entry", "cue") if isinstance(cues[c].dtype, pd.CategoricalDtype)]
    out = pd.concat([cues[keep].astype({c: str for c in cats}), new.astype({c: str for c in cats})],
                    ignore_index=True)
    out = out.sort_values(["unit", "start", "end"], kind="stable").reset_index(drop=True)
    return out.astype({c: "category" for c in cats})


def _state_in_name(cues: pd.DataFrame, texts: Sequence[str]) -> np.ndarray:
    """True for state names inside a longer name ("Tehreek-e-Taliban Pakistan", "Bank of China").

    A capitalised stop word before the state is no name: "The Pakistani army", "In the Chinese capital" (issue
    14bg-b)."""
    flag = np.zeros(len(cues), dtype=bool)
    for i in np.flatnonzero((cues["lexicon"] == "states").to_numpy()):
        u, st = cues["unit"].iat[i], int(cues["start"].iat[i])
        t = texts[u]
        before = _NAME_BEFORE_RE.search(t[max(0, st - 40):st]) if t[:st].strip() else None
        if before and before.group(0).split()[0].lower() not in ENGLISH_STOP_WORDS:
            flag[i] = True
    return flag


def _negated(cues: pd.DataFrame, texts: Sequence[str]) -> np.ndarray:
    """True for cues that a negator precedes within the window and clause."""
    flag = np.zeros(len(cues), dtype=bool)
    is_neg = (cues["lexicon"] == "negation").to_numpy()
    if not is_neg.any():
        return flag
    target = ~is_neg & (cues["lexicon"] != "actors").to_numpy()
    neg = cues.loc[is_neg, ["unit", "start", "end"]]
    left = cues.loc[target, ["unit", "start"]].reset_index()
    left = left.sort_values("start", kind="stable")
    right = neg.rename(columns={"start": "neg_start", "end": "neg_end"}).sort_values("neg_end", kind="stable")
    merged = pd.merge_asof(
        left, right, left_on="start", right_on="neg_end", by="unit", direction="backward", allow_exact_matches=True
    )
    near = merged[merged["neg_end"].notna() & (merged["start"] - merged["neg_end"] <= 60)]
    for idx, u, s, ne in zip(near["index"], near["unit"], near["start"], near["neg_end"].astype("int64")):
        gap = texts[u][ne:s]
        if len(gap.split()) <= NEGATION_WINDOW and not _CLAUSE_BREAK_RE.search(gap):
            flag[idx] = True
    return flag


def _inside(cues: pd.DataFrame, spans: pd.DataFrame) -> np.ndarray:
    """True for cues that lie inside one of ``spans`` of their unit."""
    flag = np.zeros(len(cues), dtype=bool)
    if spans.empty or cues.empty:
        return flag
    left = cues[["unit", "start"]].reset_index().sort_values("start", kind="stable")
    right = spans.rename(columns={"start": "q_start", "end": "q_end"}).sort_values("q_start", kind="stable")
    merged = pd.merge_asof(left, right, left_on="start", right_on="q_start", by="unit", direction="backward")
    ok = merged["q_end"].notna() & (merged["start"] < merged["q_end"])
    flag[merged.loc[ok, "index"].to_numpy()] = True
    return flag


def _speakers(cues: pd.DataFrame) -> pd.Series:
    """For each quoted cue, the actor taken to be the speaker.

    The speaker is the first actor named outside quotations in the same unit:
    in news style the attribution ("..., a Taliban official said"; "the
    Taliban called the threats 'unacceptable'") names the speaker as the
    subject. Returns a Series aligned with ``cues``: the actor id,
    "unidentified" when the unit names no actor outside quotations, "" for
    cues not quoted.
    """
    out = pd.Series("", index=cues.index, dtype=object)
    quoted = cues[cues["quoted"] & (cues["lexicon"] != "actors")]
    if quoted.empty:
        return out
    out[quoted.index] = "unidentified"
    act = cues[(cues["lexicon"] == "actors") & ~cues["quoted"] & cues["unit"].isin(quoted["unit"].unique())]
    if act.empty:
        return out
    first = act.sort_values(["unit", "start"], kind="stable").drop_duplicates("unit")
    who = pd.Series(first["entry"].astype(str).to_numpy(), index=first["unit"].to_numpy())
    named = quoted["unit"].map(who)
    ok = named.notna()
    out[named.index[ok]] = named[ok].to_numpy()
    return out


def _join_codes(group: np.ndarray, codes: np.ndarray, names: np.ndarray, n_groups: int) -> np.ndarray:
    """"; "-join ``names[codes]`` within each group, distinct values in order of appearance.

    ``group`` and ``codes`` are aligned integer arrays, in the order the values
    should appear. Returns an object array of ``n_groups`` strings ("" for a
    group without values).
    """
    out = np.full(n_groups, "", dtype=object)
    if len(group) == 0:
        return out
    key = group.astype(np.int64) * (len(names) + 1) + codes.astype(np.int64)
    _, first = np.unique(key, return_index=True)
    first.sort()
    g, c = group[first], codes[first]
    counts = np.bincount(g, minlength=n_groups)
    single = counts[g] == 1
    out[g[single]] = names[c[single]]
    multi = ~single
    if multi.any():
        gm, cm = g[multi], c[multi]
        order = np.argsort(gm, kind="stable")
        gm, cm = gm[order], cm[order]
        bounds = np.flatnonzero(np.r_[True, gm[1:] != gm[:-1], True])
        for a, b in zip(bounds[:-1], bounds[1:]):
            out[gm[a]] = "; ".join(names[cm[a:b]])
    return out


def _group_join(df: pd.DataFrame, keys: list[str], col: str) -> pd.Series:
    """"; "-join the distinct values of ``col`` within each ``keys`` group, in order of appearance."""
    d = df[keys + [col]].drop_duplicates()
    if d.empty:
        return pd.Series([], dtype=object, index=pd.MultiIndex.from_arrays([[] for _ in keys], names=keys))
    dup = d.duplicated(keys, keep=False).to_numpy()
    single = d[~dup].set_index(keys)[col].astype(str)
    multi = d[dup].groupby(keys, sort=False, observed=True)[col].agg(lambda v: "; ".join(map(str, v)))
    return pd.concat([single, multi])
