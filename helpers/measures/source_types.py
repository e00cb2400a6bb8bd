"""The study-specific type and the identity (named, unnamed, anonymous, pronoun) of a source phrase.

Used by :func:`helpers.measures.sourcing.extract_attributions`; the types come from the
study's ``source_types.yaml`` and its actor gazetteer, the role (independent of
the study) from :mod:`helpers.measures.source_roles`.
"""
from __future__ import annotations

import re

from ..core.wording import noun
from ..text.lexicon import Matcher
from .attribution_phrases import _HEAD_SPLIT, _NOT_NAMES, _PRONOUNS

__all__ = ["describes_anonymity", "SourceClassifier"]


_QUANTIFIED = re.compile(
    r"\s*(?:some|many|several|numerous|various|multiple|most|few|other|two|three|four|five|dozens|hundreds|"
    r"a\s+number\s+of|a\s+few|a\s+group\s+of)\s", re.IGNORECASE)
"""A quantified plural ("some Republicans", "several sources") names no one."""
_CAP_TOKEN = re.compile(r"(?<![\w'-])[A-Z][\w'-]*")


_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+))+\s*$")
"""Two or more capitalised words that end the phrase right after a noun of anonymity: a person's name."""


def describes_anonymity(matcher, phrase: str) -> bool:
    """Whether a word of anonymity in ``phrase`` describes its speaker.

    Not a capitalised word inside a name ("Business Insider reported"), and not a noun a person's name follows
    ("political insider Mike Lux"): review s78-A found both counted as anonymous sources.

    Parameters
    ----------
    matcher : helpers.text.lexicon.Matcher or None
        The words of anonymity (None: no word, False).
    phrase : str
        A source phrase.

    Returns
    -------
    bool
    """
    if matcher is None:
        return False
    for h in matcher.find(phrase):
        if h.start > 0 and h.text[:1].isupper() and not h.text.isupper():
            continue  # part of a name (not a word of a phrase in capitals: "FIVE ANONYMOUS")
        if _NAME_AFTER.match(phrase, h.end):
            continue  # "insider Mike Lux": the noun describes the named person
        return True
    return False


class SourceClassifier:
    """Classify an attribution's source phrase: type (affiliation) and identity.

    Parameters
    ----------
    source_types : dict
        Lexicon from :func:`load_source_types`.
    actors : dict
        The actor gazetteer (``load_lexicon("actors")``).

    Notes
    -----
    Type: the first ``role: type`` entry (in file order) whose cues or actors
    match the head of the phrase (words before its first preposition), then
    the whole phrase; else ``"anonymous"`` (anonymity cue),
    ``"official_unspecified"`` (a generic person or institution noun such as
    "officials", "the ministry"),
    ``"pronoun"`` or ``"other"``.

    Identity: ``"pronoun"``; ``"anonymous"`` (an anonymity cue in the phrase,
    or a ``scope: sentence`` cue such as "on condition of anonymity" in the
    sentence); ``"unnamed"`` (the head is a generic person noun: "officials",
    "a Taliban official", "analysts"; or a quantified plural: "some
    Republicans"); ``"named"`` (a capitalised word other
    than the sentence's first, or a gazetteer name: a person, outlet or named
    body such as "the Taliban"); else ``"unnamed"``.
    """

    def __init__(self, source_types: dict, actors: dict):
        entries = source_types["entries"]
        self.types = []
        anon, anon_sentence, generic, institutions, titles = {}, {}, [], [], []
        for eid, e in entries.items():
            role = e.get("role")
            if role == "type":
                has_cues = bool(e.get("terms") or e.get("patterns"))
                self.types.append((eid, Matcher({eid: e}) if has_cues else None, set(e.get("actors", []))))
            elif role == "anonymity":
                (anon_sentence if e.get("scope") == "sentence" else anon)[eid] = e
            elif role == "generic_person":
                generic += [t.lower() for t in e.get("terms", [])]
            elif role == "generic_institution":
                institutions += [t.lower() for t in e.get("terms", [])]
            elif role == "title":
                titles += [t.lower() for t in e.get("terms", [])]
            else:
                raise ValueError(f"source-type entry {eid!r} has role {role!r}; use type, anonymity, generic_person, generic_institution or title")
        unknown = {a for _, _, acts in self.types for a in acts} - set(actors["entries"])
        if unknown:
            raise ValueError(f"source types name actor {noun(len(sorted(unknown)), 'id')} {sorted(unknown)} not in the actor gazetteer")
        self.actor_matcher = Matcher(actors["entries"])
        self.anon_matcher = Matcher(anon) if anon else None
        self.anon_sentence_matcher = Matcher(anon_sentence) if anon_sentence else None
        self.generic = frozenset(generic)
        self.institutions = frozenset(institutions)
        self.titles = frozenset(titles)
        self.labels = {eid: e.get("label", eid) for eid, e in entries.items() if e.get("role") == "type"}

    @staticmethod
    def head(phrase: str) -> str:
        """The words of ``phrase`` before its first preposition or relative pronoun."""
        return _HEAD_SPLIT.split(phrase, maxsplit=1)[0]

    def source_type(self, phrase: str) -> str:
        """Type of a source phrase (see the class notes)."""
        memo = self.__dict__.setdefault("_type_memo", {})
        if phrase not in memo:
            if len(memo) > 100_000:
                memo.clear()
            memo[phrase] = self._source_type(phrase)
        return memo[phrase]

    def _source_type(self, phrase: str) -> str:
        if phrase.strip().lower() in _PRONOUNS:
            return "pronoun"
        for scope in (self.head(phrase), phrase):
            found = set(self.actor_matcher.entries_in(scope))
            for eid, matcher, acts in self.types:
                if (acts & found) or (matcher is not None and matcher.find(scope)):
                    return eid
        if self._anonymous_phrase(phrase):
            return "anonymous"
        if self._head_word(phrase) in self.generic | self.institutions:
            return "official_unspecified"
        return "other"

    def _head_word(self, phrase: str) -> str:
        words = re.findall(r"[\w-]+", self.head(phrase))
        return words[-1].lower() if words else ""

    def _anonymous_phrase(self, phrase: str) -> bool:
        """:func:`describes_anonymity` with this classifier's words of anonymity."""
        return describes_anonymity(self.anon_matcher, phrase)

    def anonymous_sentence(self, sentence: str) -> bool:
        """Whether the sentence states anonymity ("on condition of anonymity")."""
        return bool(self.anon_sentence_matcher and self.anon_sentence_matcher.find(sentence))

    def identity_of(self, phrase: str, at_sentence_start: bool = False) -> str:
        """:meth:`identity` of a phrase alone (no sentence), memoised."""
        memo = self.__dict__.setdefault("_identity_memo", {})
        key = (phrase, at_sentence_start)
        if key not in memo:
            if len(memo) > 100_000:
                memo.clear()
            memo[key] = self.identity(phrase, "", at_sentence_start)
        return memo[key]

    def identity(self, phrase: str, sentence: str = "", at_sentence_start: bool = False) -> str:
        """Identity of a source phrase: named, unnamed, anonymous or pronoun."""
        if self.anonymous_sentence(sentence) or self._anonymous_phrase(phrase):
            return "anonymous"
        if phrase.strip().lower() in _PRONOUNS:
            return "pronoun"
        lead = phrase.split(",", 1)[0]
        if lead != phrase and self._head_word(lead) not in self.generic and not _QUANTIFIED.match(lead) and \
                self.name_tokens(lead, at_sentence_start):
            return "named"  # "Gao Feng, spokesman for the ministry": the name, then its apposition (review s78-C)
        if self._head_word(phrase) in self.generic or _QUANTIFIED.match(phrase):
            return "unnamed"
        if self.actor_matcher.find(phrase) or self.name_tokens(phrase, at_sentence_start):
            return "named"
        for _, matcher, _ in self.types:
            if matcher is not None and any(h.text[:1].isupper() for h in matcher.find(phrase)):
                return "named"
        return "unnamed"

    def name_tokens(self, phrase: str, at_sentence_start: bool = False) -> list[str]:
        """Capitalised words of ``phrase`` that are not titles (possible names)."""
        toks = [m.group() for m in _CAP_TOKEN.finditer(phrase)]
        if at_sentence_start and toks and phrase.lstrip().startswith(toks[0]):
            toks = toks[1:]
        out = []
        for t in toks:
            base = re.sub(r"['\u2019]s$", "", t)
            if base.lower().rstrip(".") in self.titles or base.lower() in _NOT_NAMES:
                continue
            out.append(base)
        return out
