"""Person names mentioned outside attributions, as antecedents of "he" and "she" (issue 12, round 12p).

"Flynn met the ambassador in December. He said ...": the person "he" refers to is often named in a sentence
that is not an attribution, so the attribution history alone sends the pronoun to an older speaker or leaves it
unresolved. :class:`NameAntecedents` finds the candidates: capitalised name runs before the pronoun in its own
sentence and in up to ``window`` earlier sentences of the article, outside quotation marks, that are a person by
the article's own evidence: a courtesy title ("Mr. Obama"), a title or apposition the role tagger learns
("Vice President Mike Pence", "Ann Cole, a historian"), or a name that an earlier attribution gave as a person.
Organisations ("the Democratic Party"), places and outlets have no such evidence and are never taken, nor are
days, names ending in a role noun ("Zuma Press") or words the article also writes in lower case. The
nearest sentence with a candidate wins; in an earlier sentence its first candidate (the subject, as news
sentences open with it), in the pronoun's own sentence the candidate nearest before the pronoun ("... attacked
Donald Trump after he announced ..."). Used by :func:`helpers.measures.sourcing.extract_attributions`; no name,
outlet or site decides anything here.
"""
from __future__ import annotations

import re

from ..text.quotes import quote_spans
from .role_forms import NAME, ORG_WORDS
from .source_roles import RoleTagger

__all__ = ["NameAntecedents"]

_RUN = re.compile(rf"(?<![\w'\u2019.-]){NAME}")
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})
_LEAD_WORDS = frozenset(
    "in on at for by from after before during since last this that the but and or meanwhile still yet so then when "
    "while if as like unlike under over asked speaking according enter even also now here there his her their its "
    "with without against about to of a an did does do is was were will would could should can has have had why how "
    "what who where not".split())
"""Capitalised words that open a sentence or a phrase before a name ("In Judge Kavanaugh's view", "Enter Michael
Flynn"): cut from the front of a run, never a name."""
_ORG = re.compile(rf"(?:{ORG_WORDS}|House|Senate|Congress|News|Times|Post|Journal|Bank|Board|Force|Army|Navy|"
                  r"Republic|States|Kingdom|Nations)")
"""Last words that make a capitalised run an organisation's (the role rules' organisation words) or a legislature's,
an outlet's, a force's or a country's name, not a person's."""
_OWN_SENTENCE_SKIP = re.compile(r"\s*(?:Asked|Pressed|Questioned|Told|Speaking|Responding|Reacting)(?![\w-])")
"""'Asked about Jones, he said': a name in the adjunct of a question put to the speaker is not the speaker."""
_CLAUSE_WORDS = frozenset("and but while when as because that after before since although though if so yet then where "
                          "whereas once until unless".split())
"""Lower-case words after which a name opens a clause (its subject)."""
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february september october "
                      "november december".split())
"""Capitalised words of the calendar that are not also common surnames ("On stage Thursday, he ..."; not "May")."""
_SUFFIX = re.compile(r"(?:Jr|Sr|[IVX]{2,5})\.?")
_MAX_SCAN = 2_000
"""Characters of a sentence read for names (bounded work on unsplit text)."""


class NameAntecedents:
    """Person names of one article that "he" or "she" can refer to.

    Parameters
    ----------
    tagger : RoleTagger
        A role tagger used only here (its state is reset for every article).

    Notes
    -----
    Call :meth:`start` with each article's sentences before :meth:`find`. Only the sentences a question needs are
    read by the tagger (those in the window and those naming a candidate), so the work grows with the number of
    pronouns, not with the article.
    """

    def __init__(self, tagger: RoleTagger):
        self.tagger = tagger
        self.sentences: dict = {}
        self._lower: dict | None = None
        self._learnt: set = set()
        self._known_people: set = set()
        self._verdicts: dict = {}

    def start(self, sentences: dict) -> None:
        """Begin an article.

        Parameters
        ----------
        sentences : dict
            ``unit_id -> sentence text`` of the article's body sentences.
        """
        self.sentences = sentences
        self._lower = None
        self._learnt = set()
        self._known_people = set()
        self._verdicts = {}
        self.tagger.reset()

    def add_person(self, source: str) -> None:
        """Remember the surname of an attribution source that is a person ("Ann Cole said": "cole")."""
        key = _surname(source.split(",")[0])
        if key:
            self._known_people.add(key)

    def find(self, unit_id: int, before: int, window: int, after: int | None = None, own: bool = True,
             reject=None, anywhere: bool = False) -> tuple[int, str] | None:
        """The person a "he"/"she" at character ``before`` of sentence ``unit_id`` most likely refers to.

        Parameters
        ----------
        unit_id : int
            The pronoun's sentence.
        before : int
            The pronoun's character offset in it: only the text before it is read there.
        window : int
            Also read up to this many earlier sentences of the article.
        after : int, optional
            Read only sentences after this one (those more recent than an antecedent already found).
        own : bool
            Read the pronoun's own sentence; False when the cue closes the sentence after its content ("Cole
            will win, he said": a name in the content is not the speaker).
        reject : callable, optional
            ``name -> bool``: candidates to pass over (issue 12ah-s: a name of the other gender).
        anywhere : bool
            In earlier sentences read names in any position, not only subjects (with a ``reject`` that admits
            only names marked with the pronoun's gender: "Mr. Roe met Ms. Cole. She said").

        Returns
        -------
        (int, str) or None
            The sentence of the candidate and the name as written (with its title: "Vice President Mike Pence"),
            or None when no person is named.
        """
        last = unit_id - window - 1 if after is None else max(after, unit_id - window - 1)
        for u in range(unit_id, last, -1):
            sent = self.sentences.get(u)
            if sent is None:
                continue
            if u == unit_id:
                if not own or _OWN_SENTENCE_SKIP.match(sent):
                    continue
                runs = _runs(sent[:min(before, _MAX_SCAN)])[::-1]  # the nearest before the pronoun
            else:
                runs = [r for r in _runs(sent[:_MAX_SCAN]) if r[1] or anywhere]  # subjects only, the first first
            for name, _ in runs:
                if reject is not None and reject(name):
                    continue
                if self._is_person(name, unit_id):
                    return u, name
        return None

    def _is_person(self, name: str, unit_id: int) -> bool:
        words = name.split()
        if _ORG.fullmatch(words[-1]):  # "the Democratic Party", "White House": not "White House aide Ann Cole"
            return False
        if words[0].lower() in _COURTESY and len(words) > 1:
            return True
        key = _surname(name)
        if not key:
            return False
        if key in self._known_people:
            return True
        if len(words) > 1 and self.tagger.phrase_role(name) not in ("", "document") and not self.tagger.phrase_role(
                words[-1]):
            return True  # "Vice President Mike Pence", "Former Senator Gary Hart": a title, then a name
        if key in _CALENDAR or self.tagger.phrase_role(words[-1]):
            return False  # "Zuma Press", "Tuesday": a role noun or a day ends no person's name
        if not self._verdicts.get(key):
            self._learn(key, unit_id)
            role = self.tagger.names.get(key) or self.tagger.weak.get(key)
            self._verdicts[key] = bool(role) and role != "document" and not self._common_word(key)
        return self._verdicts[key]

    def _common_word(self, key: str) -> bool:
        """Whether the article writes ``key`` in lower case too ("the press", "a press conference"): a word, not a
        surname ("Zuma Press" is no person)."""
        hits = [sent for sent in self.sentences.values() if key in sent]
        if not hits:
            return False
        pattern = re.compile(rf"(?<![\w'\u2019.-]){re.escape(key)}(?![\w'\u2019-])")
        return any(pattern.search(sent) for sent in hits)

    def _learn(self, key: str, unit_id: int) -> None:
        """Let the tagger read the article's sentences up to ``unit_id`` that name ``key`` (its titles and
        appositions so far)."""
        if self._lower is None:
            self._lower = {u: s[:_MAX_SCAN * 10].lower() for u, s in self.sentences.items()}
        for u, low in self._lower.items():
            if u <= unit_id and u not in self._learnt and key in low:
                self._learnt.add(u)
                self.tagger.learn(self.sentences[u])


def _runs(text: str) -> list[tuple[str, bool]]:
    """Capitalised runs outside quotation marks, leading sentence words cut ("In Judge Kavanaugh's" -> "Judge
    Kavanaugh"), each with whether it stands where a subject does (at the start of the sentence or of a clause,
    not after a verb or a preposition: "... backed Hillary Clinton, and Trump feuded": only "Trump")."""
    spans = quote_spans(text) if any(q in text for q in "\"\u201c\u201d'\u2018\u2019") else []
    out = []
    for m in _RUN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        words = m.group().split()
        for i, w in enumerate(words):
            if w.endswith(("'s", "\u2019s")):  # "President Obama's Affordable Care Act": the name ends there
                words = words[:i + 1]
                break
        while words and words[0].lower().rstrip(",") in _LEAD_WORDS:
            words.pop(0)
        if words:
            words[-1] = words[-1].rstrip(".,;:").removesuffix("'s").removesuffix("\u2019s")
            prev = text[max(0, m.start() - 30):m.start()].split()
            subject = not prev or not prev[-1][:1].islower() or prev[-1].lower() in _CLAUSE_WORDS
            out.append((" ".join(words), subject))
    return out


def _surname(name: str) -> str:
    """The last word of a name, lower-cased, without a possessive or a suffix ("Eric H. Holder Jr.'s" -> "holder");
    '' for a single letter or an all-capitals acronym ("FBI")."""
    words = [w.strip(".,;:").removesuffix("'s").removesuffix("\u2019s") for w in name.split()]
    words = [w for w in words if w]
    while len(words) > 1 and _SUFFIX.fullmatch(words[-1]):
        words.pop()
    if not words or len(words[-1]) < 2 or words[-1].isupper() or not words[-1][:1].isupper():
        return ""
    return words[-1].lower()
