"""Framing analysis: codebooks, a sentence-level multi-label tagger, actor roles
and validation against hand-coded sentences.

Codebooks are versioned YAML data files in ``helpers/codebooks/`` (loaded and
checked with :func:`helpers.lexicon.load_lexicon` plus the codebook-level
checks of :func:`load_codebook`):

* ``policy_frames``: the 15 dimensions of the Policy Frames Codebook
  (Boydstun et al. 2014);
* ``generic_frames``: the five generic news frames of Semetko & Valkenburg
  (2000);
* ``entman_functions``: Entman's (1993) framing functions, with the treatment
  recommendation split into six remedies;
* ``actor_roles``: role cues (blamed, demanding, promising, acting);
* ``negation``: negators.

How a unit (sentence or paragraph) is tagged
--------------------------------------------
1. **One scan for everything.** The cues of every codebook, the actor
   gazetteer and the negators are compiled into one regular expression (a
   trie of the literal terms, plus the few regular-expression ``patterns``),
   run once over all units joined together and lower-cased, finding terms at
   every word start (overlaps included). Each codebook keeps its longest
   terms: a cue inside a longer cue of the same codebook does not count, but
   codebooks do not hide each other's cues ("not capable" gives the negator
   "not", the capacity cue "capable" and the blame cue "not capable"). Terms
   written in capitals (``TTP``, ``US``) only match in capitals, as in
   :class:`helpers.lexicon.Matcher`.
2. **Negation.** A cue of an entry marked ``negatable`` does not count when a
   negator ends at most ``NEGATION_WINDOW`` words before it with no clause
   break in between ("no longer seek talks"). Topical frames (policy, generic)
   are not negatable: "not capable" is still about capacity.
3. **Quotation.** Quotation spans come from the shared
   :func:`helpers.sourcing.quote_spans`, run per paragraph (an unclosed
   quotation runs to the end of its paragraph). A cue inside a quotation is attributed to the speaker, not the outlet: each
   label records its ``voice`` ("outlet", "quoted" or "mixed") and the
   ``speaker``, the actor named outside the quotation in the same unit
   ("unidentified" when none is).
4. **Labels.** A unit carries a label when at least one counted cue of the
   entry occurs in it. Every label keeps its cues as evidence.

Known limits: no parser (actor roles rely on word order), no coreference
("this approach" is not recognised as dialogue), straight single quotation
marks are not treated as quotations, and reported speech without quotation
marks ("officials said that ...") is attributed to the outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .lexicon import LexiconError, is_caps_term, load_lexicon, term_key, trie_regex
from .stats import bootstrap_mean, format_interval
from .text import fold

CODEBOOK_DIR = Path(__file__).resolve().parent / "codebooks"
"""Folder of the versioned codebook files."""

FRAME_CODEBOOKS = ("policy_frames", "generic_frames", "entman_functions")
"""The frame families analysed by default, in display order."""

FUNCTIONS = ("problem_definition", "causal_attribution", "moral_evaluation", "treatment_recommendation")
"""Entman's four framing functions (the ``function`` of an entry)."""

ROLES = ("blamed", "demanding", "promising", "acting")
"""Actor roles, in display order."""

ACTOR_POSITIONS = ("before", "after")

NEGATION_WINDOW = 3
"""A negator negates a cue when it ends at most this many words before it."""

MIN_SUPPORT = 5
"""Frames with fewer hand-coded positives than this are flagged "low support"."""

_FRAME_KEYS = ("function", "indicators", "negatable", "residual", "co_occurrence", "article_min_cues", "min_states")
_ROLE_KEYS = ("role", "actor_position", "negatable")
_KINDS = ("frames", "roles", "negation")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_CLAUSE_BREAK_RE = re.compile(r"[,;:!?()\[\]]|\s[-\u2013\u2014]\s|\bbut\b", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(
    r"[;:]|\b(?:but|while|whereas|although|though|however|that|which|who)\b", re.IGNORECASE
)
_OBLIQUE_RE = re.compile(
    r"\b(?:with|from|to|of|against|by|in|on|for|about|into|at|between|toward|towards|over|inside|across|like|"
    r"than|among|under|via)\s+(?:(?:the|its|their|his|her|a|an)\s+)?$",
    re.IGNORECASE,
)
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w.-]*(?:['\u2019]s)?(?:\s+(?:of|for|the|to))*\s+$")
_NAME_AFTER_RE = re.compile(r"^(?:\s+(?:of|for|and|the|to|on))*\s+[A-Z][a-z]")
_POSSESSIVE_RE = re.compile(r"^['\u2019]s?\b")
_COORD_RE = re.compile(r"^['\u2019]?s?\s*(?:,\s*)?(?:and|&|as well as)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"^['\u2019]?\)?\s*(?:,\s*(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s*)?,?\s*(?:that|which|who)$",
                          re.IGNORECASE)
_SEP = "\x00"


class CodebookError(LexiconError):
    """A codebook file is malformed (raised with the file and entry named)."""


# --------------------------------------------------------------------------
# Codebooks
# --------------------------------------------------------------------------


def codebook_path(name_or_path: str | Path) -> Path:
    """Resolve a codebook name (``"policy_frames"``) or a path to a file.

    Parameters
    ----------
    name_or_path : str or Path
        A bare name is looked up as ``helpers/codebooks/<name>.yaml``; anything
        with a suffix or a folder is taken as a path (relative paths from the
        project root).

    Returns
    -------
    Path
        The file path (existence is checked by :func:`load_codebook`).
    """
    from .paths import resolve_path

    p = Path(name_or_path)
    if not p.suffix and len(p.parts) == 1:
        return CODEBOOK_DIR / f"{p}.yaml"
    return resolve_path(p)


def load_codebook(name_or_path: str | Path, kind: str = "frames") -> dict:
    """Load a codebook file and check it beyond the lexicon rules.

    Parameters
    ----------
    name_or_path : str or Path
        Codebook name in ``helpers/codebooks/`` or path to a YAML file.
    kind : {"frames", "roles", "negation"}
        What the file is: a frame codebook (entries may have ``function``,
        ``indicators``, ``negatable``, ``residual``, ``co_occurrence``), the
        actor-role cues (``role``, ``actor_position``, ``negatable``), or the
        negator list.

    Returns
    -------
    dict
        The parsed file as returned by :func:`helpers.lexicon.load_lexicon`.

    Raises
    ------
    CodebookError
        Naming the file and entry: anything :func:`load_lexicon` rejects
        (unknown keys, empty cue lists, bad patterns, missing file), and also
        a name that is not a lower-case identifier, an entry without a
        ``label``, ``definition`` or ``source``, a cue-less entry that is not
        marked ``residual: true`` (or a residual entry with cues), a cue listed
        twice in one entry, an unknown ``function``, ``role`` or
        ``actor_position``, a non-boolean flag, or a ``co_occurrence`` that
        names an entry not in the file.
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS}, got {kind!r}")
    path = codebook_path(name_or_path)
    extra = {"frames": _FRAME_KEYS, "roles": _ROLE_KEYS, "negation": ()}[kind]
    try:
        doc = load_lexicon(path, extra_entry_keys=extra, require_terms=False)
    except CodebookError:
        raise
    except LexiconError as exc:
        raise CodebookError(str(exc)) from exc
    name = doc["name"]
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise CodebookError(f"{path}: name {name!r} must be a lower-case identifier such as 'policy_frames'.")
    for eid, entry in doc["entries"].items():
        _check_entry(path, doc["entries"], eid, entry, kind)
    return doc


def _check_entry(path: Path, entries: dict, eid: str, entry: dict, kind: str) -> None:
    where = f"{path}: entry {eid!r}"
    if not isinstance(eid, str) or not _NAME_RE.match(eid):
        raise CodebookError(f"{where}: entry ids must be lower-case identifiers.")
    for key in ("label", "definition", "source"):
        val = entry.get(key)
        if not isinstance(val, str) or not val.strip():
            raise CodebookError(f"{where}: needs a non-empty {key!r} (a string).")
    cues = list(entry.get("terms") or []) + list(entry.get("patterns") or [])
    residual = entry.get("residual", False)
    for flag in ("residual", "negatable"):
        if flag in entry and not isinstance(entry[flag], bool):
            raise CodebookError(f"{where}: {flag!r} must be true or false, got {entry[flag]!r}.")
    if residual and cues:
        raise CodebookError(f"{where}: a residual entry has no cues; remove its terms/patterns or drop 'residual'.")
    if not residual and not cues:
        raise CodebookError(
            f"{where}: the cue list is empty; give 'terms' or 'patterns', or mark the entry 'residual: true'."
        )
    seen: set[str] = set()
    for term in entry.get("terms") or []:
        key = " ".join(fold(term).lower().split())
        if key in seen:
            raise CodebookError(f"{where}: the term {term!r} is listed twice.")
        seen.add(key)
    if "function" in entry and entry["function"] not in FUNCTIONS:
        raise CodebookError(f"{where}: function {entry['function']!r} must be one of {FUNCTIONS}.")
    if "indicators" in entry:
        ind = entry["indicators"]
        if not isinstance(ind, list) or not all(isinstance(i, str) and i.strip() for i in ind):
            raise CodebookError(f"{where}: 'indicators' must be a list of questions (strings).")
    if "co_occurrence" in entry:
        co = entry["co_occurrence"]
        if not isinstance(co, dict) or set(co) != {"entries", "actors"}:
            raise CodebookError(f"{where}: 'co_occurrence' must be a mapping with 'entries' and 'actors' lists.")
        for key in ("entries", "actors"):
            if not isinstance(co[key], list) or not co[key] or not all(isinstance(v, str) for v in co[key]):
                raise CodebookError(f"{where}: co_occurrence {key!r} must be a non-empty list of ids.")
        unknown = [e for e in co["entries"] if e not in entries]
        if unknown:
            raise CodebookError(f"{where}: co_occurrence names entries {unknown} that are not in the file.")
    if kind == "roles":
        if entry.get("role") not in ROLES:
            raise CodebookError(f"{where}: role {entry.get('role')!r} must be one of {ROLES}.")
        if entry.get("actor_position") not in ACTOR_POSITIONS:
            raise CodebookError(
                f"{where}: actor_position {entry.get('actor_position')!r} must be one of {ACTOR_POSITIONS}."
            )


def load_codebooks(names: Sequence[str | Path] = FRAME_CODEBOOKS) -> dict[str, dict]:
    """Load several frame codebooks, keyed by their ``name`` (the family).

    Raises
    ------
    CodebookError
        For a bad file, or two files with the same ``name``.
    """
    out: dict[str, dict] = {}
    for n in names:
        cb = load_codebook(n, kind="frames")
        if cb["name"] in out:
            raise CodebookError(f"two codebooks are named {cb['name']!r}: {out[cb['name']]['path']} and {cb['path']}.")
        out[cb["name"]] = cb
    return out


def codebook_table(codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """One row per frame: family, frame id, label, function, cue count, definition, source.

    Parameters
    ----------
    codebooks : mapping of str to dict
        As returned by :func:`load_codebooks`.

    Returns
    -------
    DataFrame
        Columns ``family``, ``version``, ``frame``, ``label``, ``function``,
        ``n_cues``, ``negatable``, ``definition``, ``source``, in file order.
    """
    rows = []
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            rows.append(
                {
                    "family": fam,
                    "version": cb["version"],
                    "frame": eid,
                    "label": e["label"],
                    "function": e.get("function", ""),
                    "n_cues": len(e.get("terms") or []) + len(e.get("patterns") or []),
                    "negatable": bool(e.get("negatable", False)),
                    "definition": " ".join(e["definition"].split()),
                    "source": e["source"],
                }
            )
    return pd.DataFrame(rows)


def frame_index(codebooks: Mapping[str, dict], include_residual: bool = False) -> pd.DataFrame:
    """The (family, frame, label) of every entry, in codebook order.

    Parameters
    ----------
    codebooks : mapping of str to dict
        As returned by :func:`load_codebooks`.
    include_residual : bool
        Keep cue-less residual entries (such as the policy codebook's "other").

    Returns
    -------
    DataFrame
        Columns ``family``, ``frame``, ``label``, ``order``.
    """
    rows = []
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            if e.get("residual") and not include_residual:
                continue
            rows.append({"family": fam, "frame": eid, "label": e["label"], "order": len(rows)})
    return pd.DataFrame(rows, columns=["family", "frame", "label", "order"])


# --------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------


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
    dropped ("military action", not also "action").
    """

    def __init__(self, lexicons: Mapping[str, dict]):
        self.lexicon_names = list(lexicons)
        self._terms: dict[str, list[tuple[str, str, str | None]]] = {}
        self._patterns: list[tuple[str, str, re.Pattern]] = []
        for lname, lex in lexicons.items():
            for eid, entry in lex["entries"].items():
                for term in entry.get("terms") or []:
                    key = term_key(term)
                    case = " ".join(fold(term).split()) if is_caps_term(term) else None
                    hits = self._terms.setdefault(key, [])
                    if (lname, eid, case) not in hits:
                        hits.append((lname, eid, case))
                for pat in entry.get("patterns") or []:
                    self._patterns.append((lname, eid, re.compile(pat, re.IGNORECASE)))
        # Texts are lower-cased before the scan, so the trie needs no IGNORECASE
        # (much faster); patterns carry their own (?i:...).
        alts = [f"(?i:{p.pattern})" for _, _, p in self._patterns]
        trie = trie_regex(sorted(self._terms))
        if trie:
            alts.append(trie)
        body = "|".join(alts)
        # "\W(?=(...))": the match starts on the non-word character before a
        # word (a character class lets the regex engine skip ahead quickly) and
        # the term is read in a lookahead, so a term is found at every word
        # start, also inside a longer match, in one pass.
        self._regex = re.compile(rf"\W(?=((?:{body}))(?!\w))") if body else None
        self._ascii = all(k.isascii() for k in self._terms) and not self._patterns
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
    breaks, and :func:`helpers.sourcing.quote_spans` (the project's shared
    quotation finder) is run once on the whole text, with
    ``include_unclosed=True``: a quotation left open runs to the end of its
    paragraph, the convention for quotations continued in the next paragraph
    (so that a quoted cue is never silently given to the outlet).

    Parameters
    ----------
    units : DataFrame
        Units in text order (as from :func:`helpers.segment`). When it has
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
    from .sourcing import quote_spans

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

    Returns
    -------
    DataFrame
        One row per cue: ``unit`` (row position in ``units``), ``lexicon``,
        ``entry``, ``start``, ``end``, ``cue``, ``negated`` (a negator closely
        precedes it; always False for actors and negators), ``quoted``
        (inside a quotation) and ``in_name`` (a frame cue used inside a name
        or title, such as "Religious" in "Council for Religious Affairs": it
        does not count).

    Raises
    ------
    ValueError
        If ``text_col`` is not a column of ``units`` or a lexicon name is
        reserved (``actors``, ``negation``, ``actor_roles``) but used for a
        frame codebook.
    """
    if text_col not in units.columns:
        raise ValueError(f"text_col {text_col!r} is not a column of units; it has {list(units.columns)}")
    reserved = {"actors", "negation", "actor_roles", "states"} & set(codebooks)
    if reserved:
        raise ValueError(f"codebook name(s) {sorted(reserved)} are reserved; rename the frame codebook.")
    lexicons = dict(codebooks)
    if actors is not None:
        lexicons["actors"] = actors
    if negation is not None:
        lexicons["negation"] = negation
    if roles is not None:
        lexicons["actor_roles"] = roles
    if any(e.get("min_states") for cb in codebooks.values() for e in cb["entries"].values()):
        lexicons["states"] = load_lexicon(CODEBOOK_DIR / "states.yaml")
    texts = units[text_col].astype(str).tolist()
    cues = CueScanner(lexicons).scan(texts)
    cues["negated"] = _negated(cues, texts)
    cues["quoted"] = _inside(cues, unit_quote_spans(units, text_col))
    cues["in_name"] = _in_name(cues, texts, codebooks) | _state_in_name(cues, texts)
    return cues


def _state_in_name(cues: pd.DataFrame, texts: Sequence[str]) -> np.ndarray:
    """True for state names inside a longer name ("Tehreek-e-Taliban Pakistan", "Bank of China")."""
    flag = np.zeros(len(cues), dtype=bool)
    for i in np.flatnonzero((cues["lexicon"] == "states").to_numpy()):
        u, st = cues["unit"].iat[i], int(cues["start"].iat[i])
        t = texts[u]
        if t[:st].strip() and _NAME_BEFORE_RE.search(t[max(0, st - 40):st]):
            flag[i] = True
    return flag


def _in_name(cues: pd.DataFrame, texts: Sequence[str], codebooks: Mapping[str, dict]) -> np.ndarray:
    """True for frame cues used as part of a name or title, not in their sense.

    A cue written in lower case in its codebook ("religious", "ambassador",
    "defense") that appears capitalised next to another capitalised word
    ("Research Council for Religious Affairs", "Pakistan's Ambassador to
    Afghanistan", "Defense Minister Khawaja Asif") names an institution or
    a person's title. The first word of a unit is only checked against the
    word after it. Cues written with capitals in the codebook ("God",
    "United Nations") are names on purpose and always count.
    """
    flag = np.zeros(len(cues), dtype=bool)
    sel = np.flatnonzero(cues["lexicon"].isin(list(codebooks)).to_numpy())
    if not len(sel):
        return flag
    named = {(fam, term_key(t)) for fam, cb in codebooks.items() for e in cb["entries"].values()
             for t in e.get("terms") or [] if t[:1].isupper()}
    lex = cues["lexicon"].to_numpy()
    cue = cues["cue"].to_numpy()
    for i, u, st, en in zip(sel, cues["unit"].to_numpy()[sel], cues["start"].to_numpy()[sel],
                            cues["end"].to_numpy()[sel]):
        t = texts[u]
        if not t[st:st + 1].isupper() or (lex[i], cue[i]) in named:
            continue
        before = _NAME_BEFORE_RE.search(t[max(0, st - 40):st])
        after = _NAME_AFTER_RE.match(t[en:en + 40])
        if (before and t[:st].strip()) or after:
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


# --------------------------------------------------------------------------
# Frame labels
# --------------------------------------------------------------------------


def _join_unique(values: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return "; ".join(seen)


def tag_frames(
    units: pd.DataFrame,
    cues: pd.DataFrame,
    codebooks: Mapping[str, dict],
    text_col: str = "text",
    keep: Sequence[str] = ("doc_id", "outlet"),
) -> pd.DataFrame:
    """Frame labels per unit, with their evidence.

    Parameters
    ----------
    units : DataFrame
        The units that were scanned (same rows, same order as for
        :func:`find_cues`).
    cues : DataFrame
        From :func:`find_cues`.
    codebooks : mapping of str to dict
        The frame codebooks (as for :func:`find_cues`).
    text_col : str
        The column of ``units`` with the text; written as ``sentence``.
    keep : sequence of str
        Columns of ``units`` copied to every label row (those present).

    Returns
    -------
    DataFrame
        One row per unit and frame whose cue occurs in the unit, sorted by unit
        then codebook order: the ``keep`` columns, ``unit``, ``sentence``,
        ``family``, ``frame``, ``cues`` (counted cues, "; "-joined),
        ``negated_cues``, ``quoted_cues``, ``counted`` (False when every cue is
        negated in a negatable entry: the label is evidence of a rejected or
        absent frame and is not counted), ``voice`` ("outlet", "quoted" or
        "mixed", over the counted cues) and ``speaker`` (actor id(s) of the
        quoted cues, "unidentified" when none is named; "" for the outlet's
        voice). ``via`` says "co-occurrence" for labels given by a
        ``co_occurrence`` rule and "states" for labels given by a
        ``min_states`` rule (the unit names that many different states of
        ``helpers/codebooks/states.yaml``: "Pakistan pressed Kabul ..." is
        about relations between states).
    """
    cols = [k for k in keep if k in units.columns] + [
        "unit", "sentence", "family", "frame", "cues", "negated_cues", "quoted_cues", "counted", "voice",
        "speaker", "via",
    ]
    agg = _aggregate_labels(cues, codebooks)
    for extra in (_co_occurrence_labels(agg, cues, codebooks), _state_labels(agg, cues, codebooks)):
        if not extra.empty:
            agg = pd.concat([agg, extra[agg.columns]], ignore_index=True)
    idx = frame_index(codebooks)
    order = pd.Series(idx["order"].to_numpy(), index=pd.MultiIndex.from_arrays([idx["family"], idx["frame"]]))
    agg["order"] = order.reindex(pd.MultiIndex.from_arrays([agg["family"], agg["frame"]])).to_numpy()
    agg = agg[agg["order"].notna()].sort_values(["unit", "order"], kind="stable").reset_index(drop=True)
    meta = units.reset_index(drop=True)
    u = agg["unit"].to_numpy()
    out = pd.DataFrame({c: meta[c].to_numpy()[u] for c in cols[: cols.index("unit")]})
    out["unit"] = u
    out["sentence"] = meta[text_col].to_numpy()[u]
    for c in cols[cols.index("family"):]:
        out[c] = agg[c].to_numpy()
    return out


def _negatable_table(codebooks: Mapping[str, dict], lex_names: np.ndarray, ent_names: np.ndarray) -> np.ndarray:
    """Boolean lookup ``[lexicon_code * n_entries + entry_code]``: is that entry negatable?"""
    n_ent = len(ent_names)
    table = np.zeros(len(lex_names) * n_ent, dtype=bool)
    for fam, cb in codebooks.items():
        li = np.flatnonzero(lex_names == fam)
        if not len(li):
            continue
        for eid, e in cb["entries"].items():
            hit = np.flatnonzero(ent_names == eid)
            if len(hit) and e.get("negatable", False):
                table[int(li[0]) * n_ent + int(hit[0])] = True
    return table


def _aggregate_labels(cues: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """One row per (unit, family, frame) with its cues, negated and quoted cues, voice and speaker."""
    sel = cues["lexicon"].isin(list(codebooks)).to_numpy()
    lex_names = np.asarray(cues["lexicon"].cat.categories, dtype=object)
    ent_names = np.asarray(cues["entry"].cat.categories, dtype=object)
    cue_names = np.asarray(cues["cue"].cat.categories, dtype=object)
    lex = cues["lexicon"].cat.codes.to_numpy()[sel].astype(np.int64)
    ent = cues["entry"].cat.codes.to_numpy()[sel].astype(np.int64)
    cue = cues["cue"].cat.codes.to_numpy()[sel].astype(np.int64)
    unit = cues["unit"].to_numpy()[sel].astype(np.int64)
    quoted = cues["quoted"].to_numpy()[sel]
    spk = pd.Categorical(_speakers(cues).to_numpy()[sel])
    spk_names, spk_codes = np.asarray(spk.categories, dtype=object), spk.codes.astype(np.int64)
    # one integer per (unit, family, frame)
    n_ent, n_pair = len(ent_names), len(lex_names) * len(ent_names)
    pair = lex * n_ent + ent
    discount = cues["negated"].to_numpy()[sel] & _negatable_table(codebooks, lex_names, ent_names)[pair]
    if "in_name" in cues.columns:
        discount |= cues["in_name"].to_numpy()[sel]
    gkey, group = np.unique(unit * n_pair + pair, return_inverse=True)
    n = len(gkey)
    counted, qmask = ~discount, quoted & ~discount
    agg = pd.DataFrame(
        {
            "unit": gkey // n_pair,
            "family": lex_names[(gkey % n_pair) // n_ent],
            "frame": ent_names[gkey % n_ent],
            "cues": _join_codes(group[counted], cue[counted], cue_names, n),
            "negated_cues": _join_codes(group[discount], cue[discount], cue_names, n),
            "quoted_cues": _join_codes(group[qmask], cue[qmask], cue_names, n),
            "speaker": _join_codes(group[qmask], spk_codes[qmask], spk_names, n),
            "n_counted": np.bincount(group, weights=counted, minlength=n).astype(np.int64),
            "n_quoted": np.bincount(group, weights=qmask, minlength=n).astype(np.int64),
        }
    )
    agg["counted"] = agg["n_counted"] > 0
    agg["voice"] = np.select(
        [~agg["counted"], agg["n_quoted"] == 0, agg["n_quoted"] == agg["n_counted"]],
        ["", "outlet", "quoted"],
        default="mixed",
    )
    agg["via"] = "cue"
    return agg


def _state_labels(agg: pd.DataFrame, cues: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Labels of entries with ``min_states``: units naming that many different states (relations between states)."""
    states = cues[(cues["lexicon"] == "states") & ~cues.get("in_name", False)]
    if states.empty:
        return pd.DataFrame(columns=list(agg.columns))
    names = states.assign(cue=states["cue"].astype(str), entry=states["entry"].astype(str))
    per_unit = names.drop_duplicates(["unit", "entry"]).groupby("unit", sort=True)["cue"].agg(list)
    rows = []
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            k = e.get("min_states")
            if not k:
                continue
            present = set(agg.loc[(agg["family"] == fam) & (agg["frame"] == eid) & agg["counted"], "unit"])
            for u, found in per_unit.items():
                if len(found) >= k and u not in present:
                    rows.append({"unit": u, "family": fam, "frame": eid, "n_counted": 1,
                                 "cues": " + ".join(found), "negated_cues": "", "quoted_cues": "", "speaker": "",
                                 "n_quoted": 0, "counted": True, "voice": "outlet", "via": "states"})
    return pd.DataFrame(rows, columns=list(agg.columns))


def _co_occurrence_labels(agg: pd.DataFrame, cues: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Labels given by ``co_occurrence`` rules: a listed entry's counted cue plus a listed actor in the unit."""
    rows = []
    actors = cues[cues["lexicon"] == "actors"]
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            co = e.get("co_occurrence")
            if not co:
                continue
            base = agg[(agg["family"] == fam) & agg["frame"].isin(co["entries"]) & agg["counted"]]
            if base.empty:
                continue
            present = agg[(agg["family"] == fam) & (agg["frame"] == eid) & agg["counted"]]["unit"]
            who = actors[actors["entry"].isin(co["actors"])]
            names = pd.Series(who["cue"].astype(object).to_numpy(), index=who["unit"].to_numpy())
            names = names.groupby(level=0, sort=False).agg(_join_unique)
            cand = base.drop_duplicates("unit")
            cand = cand[cand["unit"].isin(names.index) & ~cand["unit"].isin(present)]
            for r in cand.itertuples(index=False):
                rows.append(
                    {
                        "unit": r.unit,
                        "family": fam,
                        "frame": eid,
                        "n_counted": 1,
                        "cues": f"{r.cues} + {names[r.unit]}",
                        "negated_cues": "",
                        "quoted_cues": r.quoted_cues,
                        "speaker": r.speaker,
                        "n_quoted": 0,
                        "counted": True,
                        "voice": r.voice,
                        "via": "co-occurrence",
                    }
                )
    return pd.DataFrame(rows, columns=list(agg.columns))


# --------------------------------------------------------------------------
# Shares and dominant frames
# --------------------------------------------------------------------------


def article_frame_shares(
    units: pd.DataFrame, frames: pd.DataFrame, codebooks: Mapping[str, dict], doc_col: str = "doc_id"
) -> pd.DataFrame:
    """Share of each article's units that carry each frame (counted labels only).

    Parameters
    ----------
    units : DataFrame
        All units analysed (including those without any label), with ``doc_col``.
    frames : DataFrame
        From :func:`tag_frames`.
    codebooks : mapping of str to dict
        The frame codebooks.
    doc_col : str
        The article id column.

    Returns
    -------
    DataFrame
        One row per article and frame (zeros included), in article order then
        codebook order: ``doc_id``, ``family``, ``frame``, ``n_units``,
        ``k_units`` (units with the frame), ``k_outlet_voice`` (of which the
        outlet's own voice), ``share`` (``k_units / n_units``).
    """
    docs = pd.Index(pd.unique(units[doc_col]), name=doc_col)
    n_units = units.groupby(doc_col, sort=False).size().reindex(docs)
    idx = frame_index(codebooks)
    counted = frames[frames["counted"]]
    k = counted.groupby([doc_col, "family", "frame"], sort=False).size()
    ko = counted[counted["voice"].isin(["outlet", "mixed"])].groupby([doc_col, "family", "frame"], sort=False).size()
    full = pd.MultiIndex.from_arrays(
        [
            np.repeat(docs.to_numpy(), len(idx)),
            np.tile(idx["family"].to_numpy(), len(docs)),
            np.tile(idx["frame"].to_numpy(), len(docs)),
        ],
        names=[doc_col, "family", "frame"],
    )
    out = pd.DataFrame(index=full)
    out["n_units"] = np.repeat(n_units.to_numpy(), len(idx))
    out["k_units"] = k.reindex(full, fill_value=0).to_numpy()
    out["k_outlet_voice"] = ko.reindex(full, fill_value=0).to_numpy()
    out["share"] = out["k_units"] / out["n_units"]
    return out.reset_index()


def group_frame_shares(
    article_shares: pd.DataFrame,
    groups: pd.Series,
    codebooks: Mapping[str, dict],
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
    group_col: str = "group",
) -> pd.DataFrame:
    """Frame shares per group with bootstrap intervals over articles.

    The share of a group is the mean, over its articles, of the share of each
    article's units that carry the frame (each article weighs the same); the
    interval is a percentile bootstrap over articles
    (:func:`helpers.stats.bootstrap_mean`), which respects that sentences of
    one article are not independent.

    Parameters
    ----------
    article_shares : DataFrame
        From :func:`article_frame_shares`.
    groups : Series
        Group label per article, indexed by ``doc_id``.
    codebooks : mapping of str to dict
        The frame codebooks (for the order of frames).
    n_boot, ci, seed
        As in :func:`helpers.stats.bootstrap_mean`.
    group_col : str
        Name of the group column in the result.

    Returns
    -------
    DataFrame
        One row per group and frame: ``group_col``, ``family``, ``frame``,
        ``n`` (articles), ``n_units``, ``k_units``, ``k_articles`` (articles
        with the frame at least once), ``outlet_voice`` (share of the frame's
        units in the outlet's own voice), ``share``, ``ci_low``, ``ci_high``,
        ``interval`` (formatted, percent). Groups sorted by label, frames in
        codebook order.

    Raises
    ------
    ValueError
        If some article has no group label.
    """
    doc_col = article_shares.columns[0]
    g = article_shares[doc_col].map(groups)
    if g.isna().any():
        missing = article_shares.loc[g.isna(), doc_col].iloc[0]
        raise ValueError(f"article {missing!r} has no group label in 'groups'.")
    df = article_shares.assign(**{group_col: g.to_numpy()})
    idx = frame_index(codebooks)
    order = {(f, e): i for i, (f, e) in enumerate(zip(idx["family"], idx["frame"]))}
    rows = []
    for (grp, fam, frame), sub in df.groupby([group_col, "family", "frame"], sort=False):
        shares = sub["share"].to_numpy()
        if shares.max() == shares.min():  # constant: every resample gives the same mean
            b = {"n": len(shares), "estimate": float(shares[0]), "ci_low": float(shares[0]),
                 "ci_high": float(shares[0])}
            if len(shares) == 1:
                b["ci_low"] = b["ci_high"] = np.nan
        else:
            b = bootstrap_mean(shares, n_boot=n_boot, ci=ci, seed=seed)
        k_units = int(sub["k_units"].sum())
        rows.append(
            {
                group_col: grp,
                "family": fam,
                "frame": frame,
                "n": int(b["n"]),
                "n_units": int(sub["n_units"].sum()),
                "k_units": k_units,
                "k_articles": int((sub["k_units"] > 0).sum()),
                "outlet_voice": (sub["k_outlet_voice"].sum() / k_units) if k_units else np.nan,
                "share": b["estimate"],
                "ci_low": b["ci_low"],
                "ci_high": b["ci_high"],
                "_order": order[(fam, frame)],
            }
        )
    out = pd.DataFrame(rows)
    out = out.sort_values([group_col, "_order"], kind="stable").drop(columns="_order").reset_index(drop=True)
    out["interval"] = [format_interval(s, lo, hi, digits=2, percent=True)
                       for s, lo, hi in zip(out["share"], out["ci_low"], out["ci_high"])]
    return out


def dominant_frames(article_shares: pd.DataFrame, codebooks: Mapping[str, dict], function: str | None = None,
                    family: str | None = None) -> pd.DataFrame:
    """The frame with the most units in each article, per family.

    Parameters
    ----------
    article_shares : DataFrame
        From :func:`article_frame_shares`.
    codebooks : mapping of str to dict
        The frame codebooks.
    function : str, optional
        Only entries with this Entman ``function`` (e.g.
        ``"treatment_recommendation"`` for the dominant remedy).
    family : str, optional
        Only this family.

    Returns
    -------
    DataFrame
        One row per article and family, in article order: ``doc_id``,
        ``family``, ``dominant`` (frame id, or "(none)" when no frame occurs),
        ``k_units``, ``n_units``, ``share``, ``tied_with`` (other frames with
        the same count, "; "-joined). Ties are broken by codebook order.
    """
    doc_col = article_shares.columns[0]
    cols = [doc_col, "family", "dominant", "k_units", "n_units", "share", "tied_with"]
    idx = frame_index(codebooks)
    if function is not None:
        keep = {(f, e) for f, cb in codebooks.items() for e, en in cb["entries"].items() if en.get("function") == function}
        idx = idx[[k in keep for k in zip(idx["family"], idx["frame"])]]
    if family is not None:
        idx = idx[idx["family"] == family]
    df = article_shares.merge(idx[["family", "frame", "order"]], on=["family", "frame"], how="inner", sort=False)
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["_doc"] = pd.factorize(df[doc_col])[0]
    df = df.sort_values(["_doc", "family", "k_units", "order"], ascending=[True, True, False, True], kind="stable")
    top = df.groupby(["_doc", "family"], sort=False)["k_units"].transform("max")
    best = df[df["k_units"] == top]
    first = best.drop_duplicates(["_doc", "family"]).reset_index(drop=True)
    rest = best[best.duplicated(["_doc", "family"]) & (best["k_units"] > 0)]
    ties = rest.groupby(["_doc", "family"], sort=False)["frame"].agg("; ".join)
    out = first[[doc_col, "family", "frame", "k_units", "n_units", "_doc"]].rename(columns={"frame": "dominant"})
    none = out["k_units"] == 0
    out.loc[none, "dominant"] = "(none)"
    out["share"] = np.where(out["n_units"] > 0, out["k_units"] / out["n_units"].where(out["n_units"] > 0, 1), 0.0)
    key = pd.MultiIndex.from_arrays([out["_doc"], out["family"]])
    out["tied_with"] = ties.reindex(key).fillna("").to_numpy()
    return out.sort_values(["_doc"], kind="stable")[cols].reset_index(drop=True)


def actor_mention_counts(texts: Sequence[str], actors: dict, ids: Sequence[str]) -> np.ndarray:
    """How often each text names any of the actors ``ids`` (one scan for all texts).

    Parameters
    ----------
    texts : sequence of str
        E.g. article bodies.
    actors : dict
        The actor gazetteer.
    ids : sequence of str
        Actor ids to count (e.g. ``["ttp", "afghan_taliban"]``).

    Returns
    -------
    ndarray of int
        Mentions per text.

    Raises
    ------
    ValueError
        For an id that is not in the gazetteer.
    """
    unknown = [i for i in ids if i not in actors["entries"]]
    if unknown:
        raise ValueError(f"actor id(s) {unknown} are not in the gazetteer; choose from {list(actors['entries'])}.")
    sub = {"entries": {i: actors["entries"][i] for i in ids}}
    cues = CueScanner({"actors": sub}).scan(list(texts))
    return np.bincount(cues["unit"].to_numpy(), minlength=len(texts)).astype(np.int64)


# --------------------------------------------------------------------------
# Actor roles
# --------------------------------------------------------------------------


def actor_roles(
    units: pd.DataFrame,
    cues: pd.DataFrame,
    roles: dict,
    text_col: str = "text",
    keep: Sequence[str] = ("doc_id", "outlet"),
    max_distance: int = 150,
) -> pd.DataFrame:
    """Which actor is blamed, demanding, promising or acting, unit by unit.

    For each counted (not negated) role cue, the role holder is found by word
    order within the clause: for ``actor_position: before`` the actor named
    nearest before the cue in the same clause, skipping actors after a
    preposition ("talks with the Taliban") unless possessive ("Pakistan's
    demand"), a rough stand-in for the clause subject; for ``after`` the first
    actor named after the cue before the next clause break. Clause starts are
    ``;`` ``:`` and "but", "while", "whereas", "although", "though",
    "however", "that", "which", "who".

    Parameters
    ----------
    units : DataFrame
        The scanned units.
    cues : DataFrame
        From :func:`find_cues` with ``actors`` and ``roles`` given.
    roles : dict
        The actor-role codebook.
    text_col : str
        The text column; written as ``sentence``.
    keep : sequence of str
        Columns of ``units`` copied to every row (those present).
    max_distance : int
        Largest distance in characters between the cue and the actor.

    Returns
    -------
    DataFrame
        One row per unit, actor and role: the ``keep`` columns, ``unit``,
        ``sentence``, ``actor``, ``role``, ``cues`` (role cues), ``mentions``
        (how the actor was named), ``voice`` ("quoted" when the role cue is
        inside a quotation, else "outlet").
    """
    kept = [k for k in keep if k in units.columns]
    cols = kept + ["unit", "sentence", "actor", "role", "cues", "mentions", "voice"]
    is_act = (cues["lexicon"] == "actors").to_numpy()
    is_role = (cues["lexicon"] == "actor_roles").to_numpy() & ~cues["negated"].to_numpy()
    act_units = np.unique(cues["unit"].to_numpy()[is_act])
    is_role &= np.isin(cues["unit"].to_numpy(), act_units)
    if not is_role.any():
        return pd.DataFrame(columns=cols)
    spec = pd.DataFrame(
        [(eid, e["role"], e["actor_position"]) for eid, e in roles["entries"].items()],
        columns=["entry", "role", "position"],
    )
    rc = pd.DataFrame({
        "unit": cues["unit"].to_numpy()[is_role],
        "entry": _cat_values(cues["entry"], is_role),
        "start": cues["start"].to_numpy()[is_role],
        "end": cues["end"].to_numpy()[is_role],
        "cue": _cat_values(cues["cue"], is_role),
        "quoted": cues["quoted"].to_numpy()[is_role],
    }).merge(spec, on="entry", how="inner", sort=False)
    act = pd.DataFrame({
        "unit": cues["unit"].to_numpy()[is_act],
        "a_start": cues["start"].to_numpy()[is_act],
        "a_end": cues["end"].to_numpy()[is_act],
        "actor": _cat_values(cues["entry"], is_act),
    }).sort_values("a_start", kind="stable")
    texts = units[text_col].astype(str).to_numpy()
    breaks = _clause_breaks(texts, np.unique(rc["unit"].to_numpy()))
    picked = [
        _holders_before(rc[rc["position"] == "before"], act, breaks, texts, max_distance),
        _holders_after(rc[rc["position"] == "after"], act, breaks, max_distance),
    ]
    if not picked or all(p.empty for p in picked):
        return pd.DataFrame(columns=cols)
    df = pd.concat(picked, ignore_index=True)
    df["mentions"] = [" ".join(texts[u][int(s):int(e)].split()) for u, s, e in zip(df["unit"], df["a_start"], df["a_end"])]
    df["cues"] = df["cue"]
    df["voice"] = np.where(df["quoted"], "quoted", "outlet")
    df = df.sort_values(["unit", "start"], kind="stable")
    keys = ["unit", "actor", "role"]
    out = df[keys].drop_duplicates().set_index(keys)
    out["cues"] = _group_join(df, keys, "cues")
    out["mentions"] = _group_join(df, keys, "mentions")
    out["voice"] = _group_join(df, keys, "voice").map(lambda v: v if ";" not in v else "mixed")
    out = out.reset_index()
    out["_r"] = out["role"].map({r: i for i, r in enumerate(ROLES)})
    out = out.sort_values(["unit", "actor", "_r"], kind="stable").drop(columns="_r").reset_index(drop=True)
    meta = units.reset_index(drop=True)
    res = pd.DataFrame({c: meta[c].to_numpy()[out["unit"].to_numpy()] for c in kept})
    res["unit"] = out["unit"].to_numpy()
    res["sentence"] = meta[text_col].to_numpy()[out["unit"].to_numpy()]
    for c in ["actor", "role", "cues", "mentions", "voice"]:
        res[c] = out[c].to_numpy()
    return res


def _cat_values(col: pd.Series, mask: np.ndarray) -> np.ndarray:
    """The values of a categorical column at ``mask``, as an object array (without converting the whole column)."""
    cats = np.asarray(col.cat.categories, dtype=object)
    return cats[col.cat.codes.to_numpy()[mask]]


def _clause_breaks(texts: np.ndarray, unit_ids: np.ndarray) -> pd.DataFrame:
    """Positions where a clause starts (after ; : but that which ...), for the given units."""
    bu, bp = [], []
    for u in unit_ids:
        for m in _CLAUSE_START_RE.finditer(texts[u]):
            bu.append(u)
            bp.append(m.end())
    breaks = pd.DataFrame({"unit": np.asarray(bu, dtype=np.int64), "b": np.asarray(bp, dtype=np.int64)})
    return breaks.sort_values("b", kind="stable")


def _holders_before(rc: pd.DataFrame, act: pd.DataFrame, breaks: pd.DataFrame, texts: np.ndarray,
                    max_distance: int) -> pd.DataFrame:
    """For role cues with the holder before them: the nearest non-oblique actor in the same clause."""
    if rc.empty:
        return rc
    subj = act[act["unit"].isin(rc["unit"].unique())]
    subj = subj[~_oblique(subj, texts)].sort_values("a_end", kind="stable")
    x = pd.merge_asof(rc.sort_values("start", kind="stable"), breaks, left_on="start", right_on="b",
                      by="unit", direction="backward")
    x["clause_start"] = x["b"].fillna(0).astype("int64")
    x = x.drop(columns="b")
    x = pd.merge_asof(x, subj, left_on="start", right_on="a_end", by="unit", direction="backward")
    ok = x["a_start"].notna() & (x["a_start"] >= x["clause_start"]) & (x["start"] - x["a_start"] <= max_distance)
    ok |= _antecedent(x, texts, max_distance)
    return _with_coordinated(x[ok], subj, texts)


def _with_coordinated(x: pd.DataFrame, subj: pd.DataFrame, texts: np.ndarray) -> pd.DataFrame:
    """Add the actor coordinated with the holder ("the TTP and Islamabad failed to ..." gives both)."""
    if x.empty:
        return x
    extra = []
    for r in x.itertuples(index=False):
        prev = subj[(subj["unit"] == r.unit) & (subj["a_end"] <= r.a_start)]
        if prev.empty:
            continue
        p = prev.iloc[-1]
        if p["actor"] != r.actor and _COORD_RE.match(texts[r.unit][int(p["a_end"]):int(r.a_start)]):
            row = r._asdict()
            row.update(a_start=p["a_start"], a_end=p["a_end"], actor=p["actor"])
            extra.append(row)
    return pd.concat([x, pd.DataFrame(extra, columns=x.columns)], ignore_index=True) if extra else x


def _antecedent(x: pd.DataFrame, texts: np.ndarray, max_distance: int) -> np.ndarray:
    """True where the cue's clause is a relative clause ("that", "which", "who") whose antecedent is the actor.

    "... fight the TTP, a group that has intensified attacks": the clause after
    "that" names no actor, and the actor stands right before the relative
    pronoun, alone or with an apposition (", a group"). Complement clauses
    ("Islamabad believes that ...") do not qualify: a verb stands between.
    """
    flags = np.zeros(len(x), dtype=bool)
    for i, (u, s, cs, a_end) in enumerate(zip(x["unit"].to_numpy(), x["start"].to_numpy(),
                                             x["clause_start"].to_numpy(), x["a_end"].to_numpy())):
        if a_end != a_end or a_end > cs or cs == 0 or s - a_end > max_distance:
            continue
        t = texts[u]
        if _RELATIVE_RE.search(t[int(a_end):int(cs)]):
            flags[i] = True
    return flags


def _holders_after(rc: pd.DataFrame, act: pd.DataFrame, breaks: pd.DataFrame, max_distance: int) -> pd.DataFrame:
    """For role cues with the holder after them: the first actor after the cue in the same clause."""
    if rc.empty:
        return rc
    x = pd.merge_asof(rc.sort_values("end", kind="stable"), breaks, left_on="end", right_on="b",
                      by="unit", direction="forward", allow_exact_matches=False)
    x["clause_end"] = x["b"].fillna(10**15).astype("int64")
    x = x.drop(columns="b")
    x = pd.merge_asof(x, act, left_on="end", right_on="a_start", by="unit", direction="forward")
    ok = x["a_start"].notna() & (x["a_start"] < x["clause_end"]) & (x["a_start"] - x["end"] <= max_distance)
    return x[ok]


def _oblique(act: pd.DataFrame, texts: np.ndarray) -> np.ndarray:
    """True for actor mentions after a preposition ("talks with the Taliban"), unless possessive."""
    flags = np.zeros(len(act), dtype=bool)
    for i, (u, s, e) in enumerate(zip(act["unit"].to_numpy(), act["a_start"].to_numpy(), act["a_end"].to_numpy())):
        t = texts[u]
        if _OBLIQUE_RE.search(t[max(0, s - 20) : s]) and not _POSSESSIVE_RE.match(t[e : e + 2]):
            flags[i] = True
    return flags


def role_counts(roles_table: pd.DataFrame, actors: dict, by: str | None = None) -> pd.DataFrame:
    """Units in which each actor holds each role.

    Parameters
    ----------
    roles_table : DataFrame
        From :func:`actor_roles`.
    actors : dict
        The actor gazetteer (for the order and labels of actors).
    by : str, optional
        A column of ``roles_table`` to count within (e.g. the group column).

    Returns
    -------
    DataFrame
        ``by`` (when given), ``actor``, ``label``, then one count column per
        role in :data:`ROLES`, every actor of the gazetteer listed (zeros
        included).
    """
    keys = ([by] if by else []) + ["actor"]
    counts = roles_table.groupby(keys + ["role"], sort=False).size().unstack("role", fill_value=0)
    counts = counts.reindex(columns=list(ROLES), fill_value=0)
    actor_ids = list(actors["entries"])
    if by:
        groups = sorted(roles_table[by].dropna().unique().tolist(), key=str)
        full = pd.MultiIndex.from_product([groups, actor_ids], names=keys)
    else:
        full = pd.Index(actor_ids, name="actor")
    counts = counts.reindex(full, fill_value=0).reset_index()
    counts.insert(len(keys), "label", counts["actor"].map(lambda a: actors["entries"][a]["label"]))
    return counts


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

VALIDATION_COLUMNS = ("doc_id", "sentence", "coder_notes")


def load_validation_sample(path: str | Path, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Read the hand-coded sentences and check their labels against the codebooks.

    Parameters
    ----------
    path : str or Path
        CSV with ``doc_id``, ``sentence``, ``coder_notes`` and one column per
        frame family (named like the codebook, e.g. ``policy_frames``) holding
        ";"-separated frame ids (empty for none).
    codebooks : mapping of str to dict
        The frame codebooks; every family must have a column.

    Returns
    -------
    DataFrame
        The sample as read (label columns as strings, "" for none).

    Raises
    ------
    ValueError
        For a missing column, an empty sample, or a label that is not an entry
        of its codebook (named with its row).
    """
    from .paths import resolve_path

    p = resolve_path(path)
    if not p.is_file():
        raise ValueError(f"validation sample {str(p)!r} not found.")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    need = list(VALIDATION_COLUMNS) + list(codebooks)
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{p}: missing column(s) {missing}; expected {need}.")
    if df.empty:
        raise ValueError(f"{p}: the validation sample has no rows.")
    for fam, cb in codebooks.items():
        for i, cell in enumerate(df[fam]):
            bad = [lab for lab in _labels(cell) if lab not in cb["entries"]]
            if bad:
                raise ValueError(f"{p}: row {i + 2}: {fam} label(s) {bad} are not entries of {cb['path']}.")
    return df


def _labels(cell: str) -> list[str]:
    return [x.strip() for x in str(cell).split(";") if x.strip()]


def label_matrix(sample: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Hand-coded labels as a boolean matrix (rows = sample rows, columns = (family, frame))."""
    idx = frame_index(codebooks, include_residual=True)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    mat = pd.DataFrame(False, index=sample.index, columns=cols)
    for fam in codebooks:
        for i, cell in zip(sample.index, sample[fam]):
            for lab in _labels(cell):
                mat.loc[i, (fam, lab)] = True
    return mat


def predicted_matrix(frames: pd.DataFrame, n_units: int, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Counted tagger labels as a boolean matrix (rows = unit positions 0..n_units-1)."""
    idx = frame_index(codebooks, include_residual=True)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    mat = pd.DataFrame(False, index=pd.RangeIndex(n_units), columns=cols)
    c = frames[frames["counted"]]
    for u, fam, fr in zip(c["unit"], c["family"], c["frame"]):
        mat.loc[u, (fam, fr)] = True
    return mat


def prf_table(gold: pd.DataFrame, pred: pd.DataFrame, codebooks: Mapping[str, dict] | None = None,
              min_support: int = MIN_SUPPORT) -> pd.DataFrame:
    """Precision, recall and F1 per label, with support and a validation status.

    Parameters
    ----------
    gold, pred : DataFrame of bool
        Same shape, index and columns: rows are units, columns are
        ``(family, frame)`` labels.
    codebooks : mapping of str to dict, optional
        When given, residual entries are marked "not tagged (residual)".
    min_support : int
        Frames with fewer hand-coded positives are marked "low support".

    Returns
    -------
    DataFrame
        One row per label: ``family``, ``frame``, ``support`` (hand-coded
        positives), ``predicted``, ``tp``, ``fp``, ``fn``, ``precision``,
        ``recall``, ``F1`` (NaN when undefined: no prediction, no support) and
        ``status``: "validated", "low support (<N)" or "unvalidated" (no
        hand-coded positive, so recall is unknown).

    Raises
    ------
    ValueError
        If ``gold`` and ``pred`` do not have the same shape and labels.
    """
    if gold.shape != pred.shape or not gold.columns.equals(pred.columns):
        raise ValueError(f"gold and pred must have the same labels and rows; got {gold.shape} and {pred.shape}.")
    g = gold.to_numpy(dtype=bool)
    p = pred.to_numpy(dtype=bool)
    tp = (g & p).sum(axis=0)
    fp = (~g & p).sum(axis=0)
    fn = (g & ~p).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        recall = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f1 = np.where((tp + fp > 0) & (tp + fn > 0), 2 * tp / (2 * tp + fp + fn), np.nan)
    support = tp + fn
    residual = set()
    if codebooks is not None:
        residual = {(f, e) for f, cb in codebooks.items() for e, en in cb["entries"].items() if en.get("residual")}
    status = []
    for (fam, fr), s in zip(gold.columns, support):
        if (fam, fr) in residual:
            status.append("not tagged (residual)")
        elif s == 0:
            status.append("unvalidated")
        elif s < min_support:
            status.append(f"low support (<{min_support})")
        else:
            status.append("validated")
    return pd.DataFrame(
        {
            "family": [c[0] for c in gold.columns],
            "frame": [c[1] for c in gold.columns],
            "support": support.astype("int64"),
            "predicted": (tp + fp).astype("int64"),
            "tp": tp.astype("int64"),
            "fp": fp.astype("int64"),
            "fn": fn.astype("int64"),
            "precision": precision,
            "recall": recall,
            "F1": f1,
            "status": status,
        }
    )


def micro_average(table: pd.DataFrame) -> pd.DataFrame:
    """Micro-averaged precision, recall and F1 per family over the validated frames.

    Parameters
    ----------
    table : DataFrame
        From :func:`prf_table`.

    Returns
    -------
    DataFrame
        ``family``, ``frames`` (with support), ``support``, ``tp``, ``fp``,
        ``fn``, ``precision``, ``recall``, ``F1``.
    """
    rows = []
    for fam, sub in table[table["support"] > 0].groupby("family", sort=False):
        tp, fp, fn = int(sub["tp"].sum()), int(sub["fp"].sum()), int(sub["fn"].sum())
        rows.append({
            "family": fam, "frames": len(sub), "support": int(sub["support"].sum()), "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else np.nan,
            "recall": tp / (tp + fn) if tp + fn else np.nan,
            "F1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else np.nan,
        })
    return pd.DataFrame(rows, columns=["family", "frames", "support", "tp", "fp", "fn", "precision", "recall", "F1"])


def validate_tagger(
    sample: pd.DataFrame,
    codebooks: Mapping[str, dict],
    actors: dict | None = None,
    negation: dict | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Tag the hand-coded sentences and compare with the hand codes.

    Each sample sentence is tagged on its own (its own paragraph), so the
    result does not depend on how a corpus is segmented.

    Parameters
    ----------
    sample : DataFrame
        From :func:`load_validation_sample`.
    codebooks : mapping of str to dict
        The frame codebooks.
    actors, negation : dict, optional
        As for :func:`find_cues`.

    Returns
    -------
    metrics : DataFrame
        :func:`prf_table` of the tagger against the hand codes.
    disagreements : DataFrame
        One row per sample sentence and label where tagger and coder differ:
        ``doc_id``, ``sentence``, ``family``, ``frame``, ``error`` ("missed"
        or "false positive"), ``cues`` (the tagger's evidence, for false
        positives) and ``coder_notes``.
    """
    units = sample.reset_index(drop=True)[["doc_id", "sentence"]].rename(columns={"sentence": "text"})
    cues = find_cues(units, codebooks, actors=actors, negation=negation)
    frames = tag_frames(units, cues, codebooks, keep=("doc_id",))
    gold = label_matrix(sample.reset_index(drop=True), codebooks)
    pred = predicted_matrix(frames, len(units), codebooks)
    metrics = prf_table(gold, pred, codebooks)
    ev = frames[frames["counted"]].set_index(["unit", "family", "frame"])["cues"]
    rows = []
    g, p = gold.to_numpy(), pred.to_numpy()
    for j, (fam, fr) in enumerate(gold.columns):
        for i in np.flatnonzero(g[:, j] != p[:, j]):
            rows.append({
                "doc_id": sample["doc_id"].iloc[i], "sentence": sample["sentence"].iloc[i], "family": fam,
                "frame": fr, "error": "missed" if g[i, j] else "false positive",
                "cues": ev.get((i, fam, fr), ""), "coder_notes": sample["coder_notes"].iloc[i],
            })
    dis = pd.DataFrame(rows, columns=["doc_id", "sentence", "family", "frame", "error", "cues", "coder_notes"])
    return metrics, dis


# --------------------------------------------------------------------------
# Evidence, profiles and figures for the notebook
# --------------------------------------------------------------------------


def pick_evidence(frames: pd.DataFrame, by: Sequence[str], n: int = 3) -> pd.DataFrame:
    """The strongest evidence sentences for each group of ``by``.

    Parameters
    ----------
    frames : DataFrame
        Counted rows of :func:`tag_frames` (or any table with ``cues`` and
        ``unit``).
    by : sequence of str
        Columns to group by (e.g. ``["group", "frame"]``).
    n : int
        Sentences kept per group.

    Returns
    -------
    DataFrame
        Up to ``n`` rows per group: those with the most distinct cues, ties
        broken by text order (``unit``), in group order.
    """
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n!r}")
    d = frames.assign(_n_cues=frames["cues"].str.count(";") + (frames["cues"] != ""))
    d = d.sort_values([*by, "_n_cues", "unit"], ascending=[True] * len(by) + [False, True], kind="stable")
    return d.groupby(list(by), sort=False).head(n).drop(columns="_n_cues").reset_index(drop=True)


def top_cues(frames: pd.DataFrame, by: Sequence[str], k: int = 3) -> pd.Series:
    """The ``k`` most frequent cues (units using them) per group, as "cue (count)" text."""
    d = frames[["unit", *by, "cues"]].copy()
    d["cue"] = d["cues"].str.split("; ")
    d = d.explode("cue")
    d = d[d["cue"].notna() & (d["cue"] != "")].drop_duplicates(["unit", *by, "cue"])
    cnt = d.groupby([*by, "cue"], sort=False).size().rename("n").reset_index()
    cnt = cnt.sort_values([*by, "n", "cue"], ascending=[True] * len(by) + [False, True], kind="stable")
    top = cnt.groupby(list(by), sort=False).head(k)
    top = top.assign(txt=top["cue"] + " (" + top["n"].astype(str) + ")")
    return top.groupby(list(by), sort=False)["txt"].agg(", ".join)


def entman_profile(
    shares: pd.DataFrame,
    frames: pd.DataFrame,
    roles_table: pd.DataFrame,
    codebooks: Mapping[str, dict],
    group_col: str,
    order: Sequence[str],
) -> pd.DataFrame:
    """Groups side by side on Entman's four functions.

    Parameters
    ----------
    shares : DataFrame
        From :func:`group_frame_shares` (with ``group_col``).
    frames : DataFrame
        Counted rows of :func:`tag_frames` with a ``group_col`` column.
    roles_table : DataFrame
        From :func:`actor_roles` with a ``group_col`` column.
    codebooks : mapping of str to dict
        The frame codebooks (entries with a ``function``).
    group_col : str
        The group column.
    order : sequence of str
        Groups, in display order.

    Returns
    -------
    DataFrame
        One row per group: ``n`` (articles); for problem definition, causal
        attribution and moral evaluation the share of sentences (mean over
        articles, with interval) and the most frequent cues; the actors most
        often blamed (from actor roles); the remedy with the largest share and
        every remedy's share; and the share of remedy sentences in the
        outlet's own voice.
    """
    fn = {(f, e): en.get("function", "") for f, cb in codebooks.items() for e, en in cb["entries"].items()}
    sh = shares.assign(function=[fn.get(k, "") for k in zip(shares["family"], shares["frame"])])
    fr = frames.assign(function=[fn.get(k, "") for k in zip(frames["family"], frames["frame"])])
    labels = {(f, e): en["label"] for f, cb in codebooks.items() for e, en in cb["entries"].items()}
    rows = []
    for g in order:
        s = sh[sh[group_col] == g]
        if s.empty:
            continue
        row = {group_col: g, "n": int(s["n"].iloc[0])}
        for func in ("problem_definition", "causal_attribution", "moral_evaluation"):
            x = s[s["function"] == func]
            if x.empty:
                continue
            r = x.iloc[0]
            row[func] = f"{r['interval']} (k={int(r['k_units'])})"
            cues = top_cues(fr[(fr[group_col] == g) & (fr["function"] == func)], [group_col])
            row[f"{func}_cues"] = cues.iloc[0] if len(cues) else ""
        blamed = roles_table[(roles_table[group_col] == g) & (roles_table["role"] == "blamed")]
        cnt = blamed.groupby("actor").size().sort_index()
        cnt = cnt.sort_values(ascending=False, kind="stable").head(2)
        row["most_blamed"] = ", ".join(f"{a} ({n})" for a, n in cnt.items()) or "(none found)"
        rem = s[s["function"] == "treatment_recommendation"]
        if len(rem):
            top = rem.sort_values(["share", "k_units"], ascending=[False, False], kind="stable").iloc[0]
            lab = labels[(top["family"], top["frame"])].replace("Remedy: ", "")
            row["leading_remedy"] = f"{lab}: {top['interval']} (k={int(top['k_units'])})" if top["k_units"] else "(none)"
            row["remedies_k"] = ", ".join(
                f"{labels[(r.family, r.frame)].replace('Remedy: ', '')} {int(r.k_units)}" for r in rem.itertuples())
            k = int(rem["k_units"].sum())
            ko = float((rem["outlet_voice"].fillna(0) * rem["k_units"]).sum())
            row["remedy_outlet_voice"] = f"{100 * ko / k:.1f}% of {k}" if k else "n/a"
        rows.append(row)
    return pd.DataFrame(rows)


def _heat(ax, mat: np.ndarray, row_labels, col_labels, fmt, cmap="Blues"):
    import matplotlib.pyplot as plt  # noqa: F401  (pyplot sets up the backend)

    vmax = np.nanmax(mat) if np.isfinite(mat).any() and np.nanmax(mat) > 0 else 1.0
    im = ax.imshow(np.nan_to_num(mat), cmap=cmap, vmin=0, vmax=vmax, aspect="auto")
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(row_labels)), row_labels, fontsize=8)
    for i in range(mat.shape[0]):
        for j in range(mat.shape[1]):
            v = mat[i, j]
            if np.isfinite(v):
                ax.text(j, i, fmt(v), ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * vmax else "black")
    ax.spines[:].set_visible(False)
    return im


def plot_share_heatmap(shares: pd.DataFrame, group_col: str, order: Sequence[str], codebook: dict,
                       title: str, status: Mapping[str, str] | None = None):
    """Heatmap of frame shares, groups by frames, for one codebook.

    Parameters
    ----------
    shares : DataFrame
        From :func:`group_frame_shares`, filtered to one family.
    group_col : str
        The group column.
    order : sequence of str
        Groups shown, in order (rows).
    codebook : dict
        The codebook (frame order and labels; residual entries are left out).
    title : str
        Figure title.
    status : mapping of str to str, optional
        Validation status per frame id; "unvalidated" frames get a "*" mark.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the data drawn (``group_col``, ``n`` and one column
        of shares per frame).
    """
    import matplotlib.pyplot as plt

    frames = [e for e, en in codebook["entries"].items() if not en.get("residual")]
    piv = shares.pivot(index=group_col, columns="frame", values="share").reindex(index=list(order), columns=frames)
    n = shares.drop_duplicates(group_col).set_index(group_col)["n"].reindex(list(order))
    mark = {f: ("*" if status and status.get(f, "") == "unvalidated" else "") for f in frames}
    cols = [codebook["entries"][f]["label"].replace("Remedy: ", "") + mark[f] for f in frames]
    rows = [f"{g} (n={int(k)})" for g, k in zip(order, n.fillna(0))]
    fig, ax = plt.subplots(figsize=(max(6.0, 0.55 * len(frames) + 3), max(2.2, 0.38 * len(order) + 1.8)))
    _heat(ax, piv.to_numpy(dtype=float), rows, cols, lambda v: f"{100 * v:.1f}" if v < 0.1 else f"{100 * v:.0f}")
    ax.set_title(title, fontsize=10)
    if any(mark.values()):
        fig.text(0.01, 0.005, "* unvalidated: no hand-coded example", fontsize=7)
    fig.tight_layout()
    data = piv.reset_index().rename(columns={"index": group_col})
    data.insert(1, "n", n.to_numpy())
    return fig, data


def plot_intervals(shares: pd.DataFrame, group_col: str, order: Sequence[str], codebook: dict,
                   frames: Sequence[str], title: str):
    """Small multiples: one panel per frame, share with its interval per group.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the rows of ``shares`` drawn.
    """
    import matplotlib.pyplot as plt

    k = len(frames)
    ncol = min(3, k)
    nrow = -(-k // ncol)
    fig, axes = plt.subplots(nrow, ncol, figsize=(3.3 * ncol + 1.5, max(2.0, 0.3 * len(order) + 1.2) * nrow),
                             sharey=True, sharex=True, squeeze=False)
    ypos = {g: i for i, g in enumerate(order)}
    data = shares[shares["frame"].isin(frames) & shares[group_col].isin(list(order))]
    for ax, f in zip(axes.ravel(), frames):
        d = data[data["frame"] == f]
        y = d[group_col].map(ypos).to_numpy()
        x = d["share"].to_numpy(dtype=float)
        lo = np.nan_to_num(x - d["ci_low"].to_numpy(dtype=float), nan=0.0)
        hi = np.nan_to_num(d["ci_high"].to_numpy(dtype=float) - x, nan=0.0)
        ax.errorbar(100 * x, y, xerr=[100 * lo, 100 * hi], fmt="o", ms=4, capsize=2, color="tab:blue")
        ax.set_title(codebook["entries"][f]["label"].replace("Remedy: ", ""), fontsize=9)
        ax.grid(axis="x", alpha=0.3)
        ax.tick_params(labelsize=8)
    for ax in axes.ravel()[k:]:
        ax.set_visible(False)
    top = np.nanmax(100 * data[["share", "ci_high"]].to_numpy(dtype=float)) if len(data) else 1.0
    axes[0, 0].set_xlim(0, max(1.0, 1.08 * (top if np.isfinite(top) else 1.0)))
    axes[0, 0].set_yticks(range(len(order)), list(order))
    axes[0, 0].invert_yaxis()
    no_ci = int(data["ci_low"].isna().sum())
    note = f"; {no_ci} point(s) without interval (groups of one article)" if no_ci else ""
    fig.supxlabel("% of an article's sentences (mean over articles; 95% bootstrap interval over articles)" + note,
                  fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig, data.reset_index(drop=True)


def plot_validation(metrics: pd.DataFrame, codebooks: Mapping[str, dict]):
    """Precision, recall and F1 per frame against the hand-coded sample.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the metrics drawn (residual frames left out).
    """
    import matplotlib.pyplot as plt

    m = metrics[metrics["status"] != "not tagged (residual)"].reset_index(drop=True)
    labels = {(f, e): f"[{f.split('_')[0]}] " + en["label"].replace("Remedy: ", "remedy: ")
              for f, cb in codebooks.items() for e, en in cb["entries"].items()}
    ylab = [f"{labels[(r.family, r.frame)]} (n={r.support})" for r in m.itertuples()]
    fig, ax = plt.subplots(figsize=(7.5, 0.26 * len(m) + 1.4))
    y = np.arange(len(m))
    ax.barh(y, m["F1"].fillna(0), color=np.where(m["support"] >= MIN_SUPPORT, "tab:blue", "lightsteelblue"),
            label="F1")
    ax.plot(m["precision"], y, "k|", ms=9, label="precision")
    ax.plot(m["recall"], y, "rx", ms=5, label="recall")
    for i, r in m.iterrows():
        if r["status"] == "unvalidated":
            ax.text(0.01, i, "unvalidated (no hand-coded example)", va="center", fontsize=7, color="dimgray")
    ax.set_yticks(y, ylab, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.05)
    ax.set_xlabel(f"score against hand codes (pale bars: fewer than {MIN_SUPPORT} hand-coded examples)", fontsize=8)
    ax.legend(fontsize=7, loc="lower right")
    ax.set_title("Tagger against the hand-coded seed sentences (in-sample: cues were written on these texts)",
                 fontsize=9)
    fig.tight_layout()
    return fig, m


def plot_role_counts(counts: pd.DataFrame, title: str):
    """Heatmap of actor-role counts (actors by roles), from :func:`role_counts` without ``by``.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the counts drawn.
    """
    import matplotlib.pyplot as plt

    mat = counts[list(ROLES)].to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(5.5, 0.4 * len(counts) + 1.5))
    _heat(ax, mat, counts["label"].tolist(), list(ROLES), lambda v: f"{int(v)}", cmap="Oranges")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return fig, counts
