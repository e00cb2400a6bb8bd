"""Stance and evaluation verbs before a noun-phrase object: "the union supported the bill", "Cruz attacked Trump".

News reports a public position taken toward a person, a group or a policy with verbs that are not verbs of saying
("supported", "opposed", "attacked", "took issue with", "thanked"); annotated corpora of news attributions (PolNeAR)
count them as attributions. Such a verb is read as a cue here only in a narrow frame, because the same verbs also
name actions ("terrorists attacked a compound", "the data supports", "as opposed to"):

* its lexicon is ``helpers/data/stance_verbs.yaml`` (its own file, with the families and the train precision of
  each verb in its ``source``);
* a single-word verb must be followed by a noun-phrase object (a determiner, a pronoun, a capitalised word or a
  plural noun: "supported the bill", "opposed Obama's plan"), not by a particle or a preposition ("backed away",
  "opposed to", "supported by");
* it has a subject of its own (read by the subject rules of :mod:`helpers.measures.attribution_phrases`), not a
  passive, an infinitive, a negation ("hasn't attacked"), a first- or second-person pronoun or "it"/"nobody", and
  no "if"/"whether"/"that" opens its clause ("if voters supported him", "polls show that 60% supported"); a
  relative word is a subject ("Rubio, who supported the bill", "all of whom opposed"; issue 12w);
* no other cue stands before it in the sentence: after one ("said he opposed the war") it is that cue's content;
* its object is not "me"/"us" (a quotation left unmarked) and its subject is not an armed group ("militants
  attacked a convoy");
* it is not inside a quotation that is still open.

Every test reads at most :data:`helpers.measures.attribution_sentence._WINDOW` characters before the cue, so the
work grows linearly with the length of a sentence.
"""
from __future__ import annotations

import re

from ..text.lexicon import Matcher
from .attribution_cues import noun_use
from .attribution_phrases import _MAX_SOURCE_WORDS, _relative_subject, _subject_phrase
from .attribution_sentence import _WINDOW, _Sentence

__all__ = ["stance_cues"]

_OBJECT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|us|me|my|our|your|"
    r"both|any|every|all|some|each|one|two|three|several|many|most|no)(?![\w'\u2019-])|(?-i:[A-Z])|\"|[\w-]+s(?![\w-]))",
    re.IGNORECASE)
"""A noun-phrase object after a single-word stance verb: a determiner or pronoun, a capital, a quotation or a plural
noun ("supported the bill", "attacked Clinton", "opposes tariffs")."""
_NOT_OBJECT = re.compile(r"\s+(?:away|up|off|down|out|to|by|in|on|at|into|as|for|from|with|and|or|but|about|back)"
                         r"(?![\w-])", re.IGNORECASE)
"""A particle or preposition after the verb: a phrasal verb, a passive or an adjective ("opposed to", "backed away")."""
_BEFORE_BAD = re.compile(r"(?:(?<![\w-])(?:as|be|been|being|is|are|was|were|get|got|to|not|never)|n't|n\u2019t)\s*$",
                         re.IGNORECASE)
"""Right before the verb: a passive, an infinitive, a negation or "as opposed" ("was backed", "hasn't attacked")."""
_SUBORDINATE = re.compile(r"(?<![\w-])(?:if|whether|that|unless|lest)\s*$", re.IGNORECASE)
"""A word before the subject that makes the clause a condition or the content of something else ("if voters
supported him", "polls show that 60% supported")."""
_FIRST_PERSON_OBJECT = re.compile(r"\s+(?:me|us|my|our)(?![\w'\u2019-])", re.IGNORECASE)
"""An object in the first person: the clause is a quotation whose marks are elsewhere ("X viciously attacked me")."""
_VIOLENT_SUBJECT = re.compile(r"(?<![\w-])(?:terrorists?|terrorist\s+groups?|militants?|gunm[ae]n|troops|forces|"
                              r"soldiers|insurgents|rebels|attackers?|assailants?|mobs?|rioters|jihadists|fighters|"
                              r"bombers?|dogs?|"
                              r"sharks?)$", re.IGNORECASE)
"""A subject whose "attacked" is physical ("militants attacked a convoy")."""
_RELATIVE_TAIL = re.compile(r"[\s,]*(?<![\w-])(?:who|which|that)$", re.IGNORECASE)
"""The relative word that ends a subject read from a relative clause ("the militants who")."""
_NOT_SOURCES = frozenset({"i", "you", "we", "nobody", "no one", "none", "it", "this", "that"})
"""Subjects that are no source: the first and second person (a quotation left unmarked), "nobody", "it"."""


def stance_cues(ctx: _Sentence, matcher: Matcher, found: list) -> list[tuple[str, int, str, int, int]]:
    """Stance and evaluation verbs of one sentence read as cues, with their subjects.

    Parameters
    ----------
    ctx : helpers.measures.attribution_sentence._Sentence
        The sentence, its quotations masked.
    matcher : helpers.text.lexicon.Matcher
        Built from the entries of the stance-verb lexicon (``stance_verbs.yaml``).
    found : list of helpers.measures.attribution.Attribution
        The attributions the other rules found in the sentence: a stance verb after any of their cues (or
        overlapping one) is skipped.

    Returns
    -------
    list of tuple
        ``(subject, subject start, entry, cue start, cue end)`` per cue, offsets in the sentence, in the order of
        the cues; empty when no verb passes the tests of the module docstring.
    """
    masked = ctx.masked
    first = min((a.verb_start for a in found), default=len(masked))
    out = []
    for m in matcher.find(masked):
        if m.end > first:
            break  # inside the content of an earlier cue ("said he opposed the war"), or overlapping it
        cue = masked[m.start:m.end]
        if noun_use(masked, m.start, cue) or (m.start > 1 and masked[m.start - 1] == "-"):
            continue  # "his promoted ...", "pro-supported"
        if " " not in cue and (_NOT_OBJECT.match(masked, m.end) or not _OBJECT.match(masked, m.end)):
            continue
        if _FIRST_PERSON_OBJECT.match(masked, m.end) or (
                ctx.first_unclosed is not None and ctx.first_unclosed < m.start):
            continue
        lo = max(0, m.start - _WINDOW)
        before = masked[lo:m.start]
        if _BEFORE_BAD.search(before[-20:]):
            continue
        src, s0, how = _subject_phrase(before, m.start - lo)
        if not src and how == "empty":
            src, s0, how = _relative_subject(before)
        if not src or how not in ("subject", "chain") or len(src.split()) > _MAX_SOURCE_WORDS:
            continue
        head = _RELATIVE_TAIL.sub("", before[:s0 + len(src)])  # "the terrorists who": the antecedent before "who"
        if src.lower() in _NOT_SOURCES or _VIOLENT_SUBJECT.search(head) or _SUBORDINATE.search(before[:s0].rstrip()):
            continue
        out.append((src, s0 + lo, m.entry, m.start, m.end))
    return out
