"""Article-level evidence for a frame that is not a cue: religious references (issue 14aa), remedies said to work
and politicians' voices (issue 14ab), the outlet's collective voice (issue 14ad).

Semetko & Valkenburg's morality frame asks whether the story "make[s] reference to morality, God, and other
religious tenets". The morality cues count only in the outlet's own voice (``article_voice: outlet``), because a
quoted "shameful" is someone else's moral claim; a religious reference, though, puts the issue in a religious
context whoever makes it (a bishop quoted on a drought, a congregation's prayer). :func:`religious_references`
counts, per article, the distinct religious words of :data:`RELIGIOUS` found anywhere in its sentences, quotations
included. The list is general English written from the frame's definition (God, faith, clergy, scripture, worship,
sin), not from any corpus; it names no denomination's institutions.

A codebook entry uses the evidence with ``article_evidence: [religious_references]``
(:data:`EVIDENCE`): :func:`helpers.framing.articles.article_cue_counts` then adds the article's count to the
entry's score (after ``article_with``, so it is not passed on to entries that add this one's score). Unlike a cue,
the evidence does not depend on which words the articles a threshold was fit on happened to hold (it is not dropped
by ``min_articles``).

Issue 14ab adds two more, each from a frame's definition rather than from any corpus's wording:

* :func:`remedy_effects` (resolution: "does the story suggest solution(s) to the problem?"): the sentences that say
  what an action can achieve, a modal before a verb of remedy ("could help", "would reduce", "will save", "can
  significantly cut"; :data:`REMEDY_EFFECT`), at most :data:`REMEDY_CAP` per article. A remedy offered is an action
  with its expected effect; the resolution cues name actions and plans, not what they would do.
* :func:`politician_voices` (conflict: "does the story reflect disagreement between parties ...?"): the
  attributions whose source the project's sourcing rules (:func:`helpers.measures.sourcing.extract_attributions`)
  give the role ``politician``, at most :data:`POLITICIAN_CAP` per article. Politicians speak for parties and
  sides; an article carried by their statements reports a contest of positions even where no conflict word is used.

Issue 14ad adds one for morality ("does the story contain any moral message?", "does it offer specific social
prescriptions about how to behave?"):

* :func:`collective_voice`: whether the article, in its own voice, speaks as a collective "we" (:data:`WE`: "we",
  "our", "us", "ourselves") in a sentence outside quotation marks that carries no attribution, at most
  :data:`COLLECTIVE_CAP` per article. A moral message or a prescription is addressed to a community the writer
  includes ("we owe it to", "our duty", "it is up to us"); a report keeps the first person plural inside its
  sources' quotations. Quotations are those of :func:`helpers.framing.cues.unit_quote_spans` (followed across the
  sentences of a paragraph) and attributions those of :func:`helpers.measures.sourcing.extract_attributions`, so a
  paraphrase ("the mayor said we must act") is not the outlet's voice. "Our" opening a name ("Our Children's
  Trust", "Our Lady") is an institution's, not a voice (:func:`_we_words`). In practice it marks the outlet's own
  voice, stock phrases included, more than moral messages (see :func:`collective_voice`).
"""

from __future__ import annotations

import hashlib
import re
from typing import Callable

import pandas as pd

__all__ = [
    "COLLECTIVE_CAP",
    "EVIDENCE",
    "POLITICIAN_CAP",
    "RELIGIOUS",
    "REMEDY_CAP",
    "REMEDY_EFFECT",
    "WE",
    "collective_voice",
    "politician_voices",
    "religious_references",
    "remedy_effects",
]

RELIGIOUS = re.compile(
    r"\b(?:God|gods|faith|faiths|religious|religion|church|churches|pope|Pope|Vatican|bishops?|clergy|pastor|priest"
    r"|rabbi|imam|mosque|pray(?:er|ers|ing)?|sin|sins|sinful|sacred|holy|divine|Bible|biblical|Christian|Christians"
    r"|Catholic|Muslim|Islamic|Jewish|Hindu|Buddhist|theolog\w*|spiritual|Creator)\b"
)
"""Religious words (case as written: "God" and denominations capitalised, common nouns in lower case, so that
"Faith" or "Church" as a first name or inside a name at a sentence start is not taken). "creation" and
"stewardship" are left out: off topic they mostly mean "job creation" and financial stewardship (issue 14s)."""


def religious_references(units: pd.DataFrame, doc_col: str = "doc_id", text_col: str = "text") -> pd.Series:
    """Distinct religious words (:data:`RELIGIOUS`, lower-cased) per article, quotations included.

    Parameters
    ----------
    units : DataFrame
        Sentences (or any text units) with ``doc_col`` and ``text_col``, e.g. from
        :func:`helpers.corpus.segment`.
    doc_col, text_col : str
        Article id and text columns.

    Returns
    -------
    Series
        Integer count per article id (every id of ``units``, in order of first appearance; 0 when none).

    Raises
    ------
    ValueError
        If ``units`` lacks ``doc_col`` or ``text_col``.
    """
    _check(units, doc_col, text_col)
    found: dict = {}
    for doc, text in zip(units[doc_col], units[text_col]):
        words = found.setdefault(doc, set())
        if isinstance(text, str):
            words.update(m.group(0).lower() for m in RELIGIOUS.finditer(text) if not _in_name(text, m))
    return pd.Series({d: len(w) for d, w in found.items()}, dtype="int64", name="religious_references").rename_axis(
        doc_col
    )


_ADJECTIVES = frozenset({"Islamic", "Muslim", "Christian", "Catholic", "Jewish", "Hindu", "Buddhist"})
"""Religious adjectives that also open names of states, parties and groups ("Islamic State", "Christian Democrats")."""

_RELIGIOUS_HEADS = frozenset({"church", "churches", "bishop", "bishops", "clergy", "faith", "faithful", "bible"})
"""Capitalised nouns after which such an adjective still refers to religion ("Catholic Church")."""

_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'-]*)")


def _in_name(text: str, match: re.Match) -> bool:
    """True when ``match`` is a religious adjective that opens a proper name: it is followed by another capitalised
    word that is not itself religious ("Islamic State", "Christian Democratic Union", "Muslim Brotherhood"). Such a
    name is an institution's, not a reference to a religious tenet (issue 14's cue senses: institution names)."""
    if match.group(0) not in _ADJECTIVES:
        return False
    nxt = _NEXT_WORD.match(text, match.end())
    return bool(nxt) and nxt.group(1).lower() not in _RELIGIOUS_HEADS


REMEDY_EFFECT = re.compile(
    r"\b(?:could|would|will|can)(?:\s+\w+ly)?\s+"
    r"(?:help|reduce|cut|curb|solve|address|tackle|prevent|limit|lower|protect|save)\b",
    re.IGNORECASE,
)
"""A modal of possibility or prediction, an optional adverb, and a verb of remedy: what an action is said to achieve
("the tax could help", "the plan would significantly reduce"). A modal negated by "not" or "n't" ("could not help",
"won't cut") does not match; known limits, left as decided by issue 14ab's pre-registered comparison (review r12as): a
negative adverb does ("can hardly help"), and "address" also matches its speech sense ("will address the nation")."""
REMEDY_CAP = 2
"""At most this many sentences with a remedy's effect count per article."""
POLITICIAN_CAP = 3
"""At most this many attributions to politicians count per article."""


def _check(units: pd.DataFrame, doc_col: str, text_col: str) -> None:
    missing = [c for c in (doc_col, text_col) if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {' and '.join(missing)}; pass sentences from helpers.corpus.segment.")


def _sentences(units: pd.DataFrame, doc_col: str, text_col: str) -> pd.DataFrame:
    """One row per distinct (article, text), in order (a label table repeats a sentence once per frame)."""
    _check(units, doc_col, text_col)
    out = units[[doc_col, text_col]].copy()
    out[text_col] = out[text_col].where(out[text_col].map(lambda t: isinstance(t, str)), "")
    return out.drop_duplicates().reset_index(drop=True)


def _per_article(units: pd.DataFrame, doc_col: str, hits: pd.Series, cap: int, name: str) -> pd.Series:
    """``hits`` (one value per row of ``units``) summed per article, capped, for every article of ``units``."""
    docs = pd.unique(units[doc_col])
    got = pd.Series(hits.to_numpy(), index=units[doc_col].to_numpy()).groupby(level=0).sum()
    return got.reindex(docs, fill_value=0).clip(upper=cap).astype("int64").rename(name).rename_axis(doc_col)


def remedy_effects(units: pd.DataFrame, doc_col: str = "doc_id", text_col: str = "text") -> pd.Series:
    """Sentences per article that say what an action can achieve (:data:`REMEDY_EFFECT`), at most :data:`REMEDY_CAP`.

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_col`` and ``text_col``; a sentence repeated in the same article counts once.
    doc_col, text_col : str
        Article id and text columns.

    Returns
    -------
    Series
        Sentences with a remedy's effect per article id (every id of ``units``; 0 when none).

    Raises
    ------
    ValueError
        If ``units`` lacks ``doc_col`` or ``text_col``.
    """
    sents = _sentences(units, doc_col, text_col)
    hits = sents[text_col].map(lambda t: REMEDY_EFFECT.search(t) is not None).astype("int64")
    return _per_article(sents, doc_col, hits, REMEDY_CAP, "remedy_effects")


def politician_voices(units: pd.DataFrame, doc_col: str = "doc_id", text_col: str = "text") -> pd.Series:
    """Attributions per article whose source is a politician, at most :data:`POLITICIAN_CAP`.

    The attributions and their roles are those of :func:`helpers.measures.sourcing.extract_attributions` (default
    lexicons); the sentences are read in their order in ``units``.

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_col`` and ``text_col``, in article order; their ``unit_id``, ``role`` and
        ``paragraph_id`` are used when present, else the sentences are numbered in order and read as body text.
    doc_col, text_col : str
        Article id and text columns.

    Returns
    -------
    Series
        Attributions to politicians per article id (every id of ``units``; 0 when none).

    Raises
    ------
    ValueError
        If ``units`` lacks ``doc_col`` or ``text_col``.
    """
    body = _body(units, doc_col, text_col)
    docs = pd.Series(pd.unique(units[doc_col]), dtype=object)
    if not len(body):
        return pd.Series(0, index=pd.Index(docs, name=doc_col), dtype="int64", name="politician_voices")
    found = _attributions(body)
    pol = found.loc[found["role"] == "politician", "doc_id"]
    rows = pd.DataFrame({doc_col: pd.concat([docs, pol], ignore_index=True)})
    hits = pd.Series([0] * len(docs) + [1] * len(pol))
    return _per_article(rows, doc_col, hits, POLITICIAN_CAP, "politician_voices")


WE = re.compile(r"\b(?:we|We|our|Our|us|Us|ourselves|Ourselves)\b")
"""The first person plural (case as written, so that "US" and "WE" in capitals are not taken)."""
COLLECTIVE_CAP = 1
"""At most this many sentences in the outlet's collective voice count per article."""
_NAME_AFTER_OUR = re.compile(r"[ \t]+[A-Z]")


def _we_words(text: str) -> bool:
    """True when ``text`` (a sentence with its quotations blanked) has a first-person plural word that is not "Our"
    opening a capitalised name ("Our Children's Trust", "Our Lady of Mercy")."""
    for m in WE.finditer(text):
        if m.group(0) == "Our" and _NAME_AFTER_OUR.match(text, m.end()):
            continue
        return True
    return False


_ATTRIBUTIONS_CACHE: dict[str, pd.DataFrame] = {}
"""The attributions of the last sentence table read (one entry), so that the two evidence functions that need them
(:func:`politician_voices`, :func:`collective_voice`) run the sourcing rules once per corpus, not once each."""


def _attributions(body: pd.DataFrame) -> pd.DataFrame:
    """:func:`helpers.measures.sourcing.extract_attributions` (default lexicons) of ``body``, from
    :data:`_ATTRIBUTIONS_CACHE` when the same sentences (same ids and text, by content hash) were read last."""
    from ..measures.sourcing import extract_attributions

    key = hashlib.sha256(pd.util.hash_pandas_object(body, index=False).to_numpy().tobytes()).hexdigest()
    if key not in _ATTRIBUTIONS_CACHE:
        found = extract_attributions(body, group_cols=())
        _ATTRIBUTIONS_CACHE.clear()
        _ATTRIBUTIONS_CACHE[key] = found
    return _ATTRIBUTIONS_CACHE[key]


def _body(units: pd.DataFrame, doc_col: str, text_col: str) -> pd.DataFrame:
    """Distinct sentences as ``doc_id``, ``text``, ``unit_id`` (and ``role``, ``paragraph_id`` when present), in
    order, for :func:`helpers.measures.sourcing.extract_attributions` and the quotation finder."""
    _check(units, doc_col, text_col)
    keep = [c for c in ("unit_id", "role", "paragraph_id") if c in units.columns]
    body = units[[doc_col, text_col, *keep]].drop_duplicates(subset=[doc_col, text_col] + keep[:1])
    body = body.rename(columns={doc_col: "doc_id", text_col: "text"}).reset_index(drop=True)
    if "unit_id" not in body.columns:
        body["unit_id"] = body.groupby("doc_id", sort=False).cumcount()
    body["text"] = body["text"].where(body["text"].map(lambda t: isinstance(t, str)), "")
    return body


def collective_voice(units: pd.DataFrame, doc_col: str = "doc_id", text_col: str = "text") -> pd.Series:
    """Sentences per article in which the outlet speaks as a collective "we", at most :data:`COLLECTIVE_CAP`.

    A sentence counts when a first-person plural word (:data:`WE`) is found outside its quotation marks and no
    attribution of :func:`helpers.measures.sourcing.extract_attributions` (default lexicons) is in it.

    What it measures is the outlet's own first-person plural, not a moral message as such: it fires as well on
    stock phrases ("here's what we know", "tell us what you think") that the cleaner left in, and on frames-dev it
    is in 76 of 192 articles without the morality label (18 of 22 with it). Issue 14ad kept it because, as one point
    of evidence at most, it tips articles already near morality's threshold the right way more often than the wrong
    way in cross-validation; the prescriptive form alone ("we must", "we should") did not.

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_col`` and ``text_col``, in article order; their ``unit_id``, ``role`` and
        ``paragraph_id`` are used when present (with ``paragraph_id`` a quotation is followed across the sentences
        of a paragraph), else the sentences are numbered in order and each is its own paragraph.
    doc_col, text_col : str
        Article id and text columns.

    Returns
    -------
    Series
        Sentences in the collective voice per article id (every id of ``units``; 0 when none).

    Raises
    ------
    ValueError
        If ``units`` lacks ``doc_col`` or ``text_col``.
    """
    from .cues import unit_quote_spans

    body = _body(units, doc_col, text_col)
    docs = pd.unique(units[doc_col])
    if not len(body):
        return pd.Series(0, index=pd.Index(docs, name=doc_col), dtype="int64", name="collective_voice")
    texts = body["text"].str.replace("\n", " ").tolist()
    for unit, start, end in unit_quote_spans(body).itertuples(index=False):
        t = texts[unit]
        texts[unit] = t[:start] + " " * (end - start) + t[end:]
    found = _attributions(body)
    said = set(zip(found["doc_id"], found["unit_id"]))
    hits = pd.Series(
        [int(_we_words(t) and (d, u) not in said) for t, d, u in zip(texts, body["doc_id"], body["unit_id"])]
    )
    rows = pd.DataFrame({doc_col: pd.concat([pd.Series(docs, dtype=object), body["doc_id"]], ignore_index=True)})
    hits = pd.concat([pd.Series([0] * len(docs)), hits], ignore_index=True)
    return _per_article(rows, doc_col, hits, COLLECTIVE_CAP, "collective_voice")


EVIDENCE: dict[str, Callable[..., pd.Series]] = {
    "religious_references": religious_references,
    "remedy_effects": remedy_effects,
    "politician_voices": politician_voices,
    "collective_voice": collective_voice,
}
"""The evidence a codebook entry may name under ``article_evidence``."""
