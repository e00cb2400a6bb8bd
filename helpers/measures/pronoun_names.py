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
Donald Trump after he announced ..."). Issue 12al-s added forms of English that name a sentence's subject or show
a person: a possessive opener ("Springfield's Dana Brown said": not "Springfield"), a name apposed to a role-noun
phrase that opens the sentence ("The new head of research at Acme, Dana Brown, ..."), a name right after a fronted
adjunct ("During the visit, Brown ...") and a name with a relative "who" ("Brown, who ran the agency, ...").
Used by :func:`helpers.measures.sourcing.extract_attributions`; no name, outlet or site decides anything here.
"""

from __future__ import annotations

import re

from ..text.quotes import quote_spans
from .role_forms import NAME, ORG_WORDS
from .source_roles import RoleTagger

__all__ = ["NameAntecedents", "WEEKDAYS"]

_RUN = re.compile(rf"(?<![\w'\u2019.-]){NAME}")
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})
_LEAD_WORDS = frozenset(
    "in on at for by from after before during since last this that the but and or meanwhile still yet so then when "
    "while if as like unlike under over asked speaking according enter even also now here there his her their its "
    "with without against about to of a an did does do is was were will would could should can has have had why how "
    "what who where not".split()
)
"""Capitalised words that open a sentence or a phrase before a name ("In Judge Kavanaugh's view", "Enter Michael
Flynn"): cut from the front of a run, never a name."""
_BODY_WORDS = (rf"{ORG_WORDS}|House|Senate|Congress|News|Times|Post|Journal|Bank|Board|Force|Army|Navy|"
               r"Republic|States|Kingdom|Nations")
_ORG = re.compile(rf"(?:{_BODY_WORDS})")
"""Last words that make a capitalised run an organisation's (the role rules' organisation words) or a legislature's,
an outlet's, a force's or a country's name, not a person's."""
_OWN_SENTENCE_SKIP = re.compile(r"\s*(?:Asked|Pressed|Questioned|Told|Speaking|Responding|Reacting)(?![\w-])")
"""'Asked about Jones, he said': a name in the adjunct of a question put to the speaker is not the speaker."""
_CLAUSE_WORDS = frozenset(
    "and but while when as because that after before since although though if so yet then where "
    "whereas once until unless".split()
)
"""Lower-case words after which a name opens a clause (its subject)."""
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
"""The days of the week, lower-cased: never a person's name, even where an attribution took one as its source (round
12eq)."""
_CALENDAR = WEEKDAYS | frozenset("january february september october november december".split())
"""Capitalised words of the calendar that are not also common surnames ("On stage Thursday, he ..."; not "May")."""
_CHAIN_MAX = 5
"""Round 12ce: at most this many sentences of a pronoun chain are counted."""
_CHAIN_OPENER = re.compile(
    r"[\s\"\u201c\u2018'(]*(?:(?:and|but|then|so|yet|now|later|still)\s*,?\s+|[A-Z][\w'\u2019-]*,\s+)?"
    r"(he|she)(?![\w-])", re.IGNORECASE)
"""Round 12ce: a sentence that opens with "He" or "She" as its subject, perhaps after a connective or one capitalised
word and a comma ("But she ...", "Later, he ...", "Monday, she ..."): it goes on about the person of the sentence
before (a chain of pronoun sentences)."""
_BODY_OR_DATE = re.compile(
    rf"(?<![\w'\u2019-])(?:{_BODY_WORDS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)(?![\w-])")
"""A word of a body's name (as :data:`_ORG`; a possessive mark may follow: "Fox News'"), a day or a month: a sentence
whose names hold one is not read by :meth:`NameAntecedents.find_sole` (round 12bv-a2)."""
_GENDERED = re.compile(r"(?<![\w'\u2019-])(?:he|him|his|himself|she|her|hers|herself)(?![\w'\u2019-])", re.IGNORECASE)
_PRONOUN_MARK = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
"""Personal pronouns and the gender they mark (round 12bv-a3)."""
_SUFFIX = re.compile(r"(?:Jr|Sr|[IVX]{2,5})\.?")
_MAX_SCAN = 2_000
"""Characters of a sentence read for names (bounded work on unsplit text)."""
_WHO = re.compile(r",\s+(?:who|whose)(?![\w'\u2019-])")
"""'Dana Brown, who ran the agency, ...': a name with a relative "who" is a person's (issue 12al-s)."""
_DESCRIBED = re.compile(r",\s+(?:\d{1,3},|(?:a|an|the|who)\s)")
"""After a name: an age or an apposition ("Dana Brown, 50,", "Dana Brown, a nurse,"): a person's (issue 12al-s)."""
_OPENER = re.compile(
    r"(?:The|A|An|His|Her|Its|Their|Our|(?!(?:He|She|It|That|There|What|Who|Here|Let)['\u2019])"
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s))\s"
)
"""How a noun phrase that opens a sentence starts: a determiner or a capitalised possessive ("Acme's", "Mr. Roe's";
not a contraction: "She's", "It's")."""
_NOT_NP = re.compile(
    r"[:;()\[\]]|(?<![\w'\u2019-])(?:is|are|was|were|be|been|being|has|have|had|will|would|could|"
    r"should|can|may|might|must|does|did|do|says|said|told|him|them|us|me|who|whom|which|that|"
    r"not|to)(?![\w'\u2019-])"
)
"""What a role-noun phrase before an apposed name does not hold: an auxiliary or a reporting verb ("was teasing his
friend, Dan Lee,"), an object pronoun, a relative or a colon."""
_VERB_FORM = re.compile(r"(?<!of\s)(?<!for\s)(?<![\w'\u2019-])[a-z]+(?:ed|ing)(?![\w'\u2019-])")
"""A word in -ed or -ing not after "of"/"for", a verb in the prepositional phrases after a role noun ("head of
research at Acme, which was founded, ..."); "head of marketing" stays a noun phrase."""
_ADJUNCT = frozenset(
    "in on at for by from after before during since when while as amid despite following "
    "under over with without throughout until upon".split()
)
"""Words that open a fronted adjunct ("During the visit on Tuesday, Brown ..."): the name after its comma is the
subject (issue 12al-s)."""
_COMPLEMENT = re.compile(r"[\s,]*(?:that\s+)?")
"""What stands between a reporting verb and the subject of its content clause ("said (that) Cole would")."""
_NO_PREDICATE = frozenset(
    "in on at for by from after before during since with without against about to of and or but when while as if "
    "because than until unless over under into onto through across despite".split()
)
"""Lower-case words after a name that show it is no clause's subject ("praised Cole after he won", "Cole for")."""
_COORDINATED = re.compile(r"[,;:\u2014()]|\s(?:and|but|or|while|whereas)\s")
"""A break between a clause's subject and a later pronoun that may open a clause of another subject."""
_PREPOSITIONS = frozenset("of at for from in on with to".split())
"""Words that open a prepositional phrase after the role noun of an apposed phrase ("head of research at Acme")."""
_MAX_HEAD_WORDS = 5
"""Words of a role-noun phrase up to its role noun ("The company's new chief engineer")."""
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
"""A second determiner inside a role-noun phrase's head shows a verb before it ("The senator praised his aide")."""
_MAX_OPENER_WORDS = 12
"""Words of a role-noun phrase that opens a sentence before its apposed name ("The new head of research at Acme,
Dana Brown, ...")."""


_WORD = re.compile(r"[\w'\u2019-]+")
"""A word of letters, digits, apostrophes and hyphens: the words the article indexes below answer for."""
_TOKEN = re.compile(r"(?<![\w'\u2019.-])[\w'\u2019-]+")
"""A whole word as written, not glued to a full stop before it ("a.b")."""
_AFTER_CAPS = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019-]*[a-z]\s+(?=([A-Z][\w'\u2019-]*)(?![\w'\u2019-]))")
"""A capitalised word after another ("Dana Brown": Brown), overlapping ("Ann Dana Brown": Dana, Brown)."""


_IN_PLACE = re.compile(
    r"(?<![\w'\u2019-])(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
    r"(?![\w'\u2019-])"
)
"""A place after a preposition of place ("in New Hampshire", "across Silicon Valley"): no person's name."""
_MODIFIES = re.compile(
    r"\s+(?:voters|residents|officials|lawmakers|leaders|supporters|workers|fans|investors|shoppers|students|"
    r"families|businesses|companies|firms|executives|legislators|protesters|members|citizens|police|farmers|"
    r"traders|banks|stocks|markets|schools|hospitals|authorities|delegates|donors)(?![\w'\u2019-])"
)
"""A plural noun right after a name: the name modifies the subject ("New Hampshire voters toured"), no person."""


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
        self._runs_of: dict = {}
        self._common: dict = {}
        self._full_at: dict = {}
        self._full_index: dict | None = None
        self._tokens: set | None = None
        self._in_places: set | None = None
        self._pronoun_marks: dict | None = None

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
        self._runs_of = {}  # unit_id -> the candidates of a whole sentence (read once per article)
        self._common = {}  # issue 12ao-c: surname -> written in lower case too; word -> first sentence of a full name
        self._full_at = {}
        self._full_index = None  # word -> first sentence writing it after another capitalised word (built once)
        self._tokens = None  # the article's words as written (built once): _common_word is a set look-up
        self._in_places = None  # names written after "in", "across", "throughout" (places)
        self._pronoun_marks = None  # round 12bv-a3: surname -> the gender the article's pronouns mark (built once)
        self.tagger.reset()

    def add_person(self, source: str) -> None:
        """Remember the surname of an attribution source that is a person ("Ann Cole said": "cole")."""
        key = _surname(source.split(",")[0])
        if key:
            self._known_people.add(key)

    def chain(self, unit_id: int, pronoun: str) -> int:
        """How many sentences right before ``unit_id`` open with ``pronoun`` ("he" or "she") as their subject, up to
        :data:`_CHAIN_MAX` (round 12ce).

        "Ann Cole runs the shelter. | She opened it in 2010. | She has two staff. | Funding, she said, is short.":
        two. The finder's window reaches at least the sentence before the chain (the chain's head), so that a chain of
        sentences about one person does not carry the pronoun past the person's name.

        Parameters
        ----------
        unit_id : int
            The pronoun's sentence.
        pronoun : str
            "he" or "she" (any case); other words give 0.

        Returns
        -------
        int
            The length of the chain, 0 to :data:`_CHAIN_MAX`.
        """
        if pronoun.lower() not in ("he", "she"):
            return 0
        n = 0
        while n < _CHAIN_MAX and _opens_chain(self.sentences.get(unit_id - n - 1, ""), pronoun):
            n += 1
        return n

    def find(
        self,
        unit_id: int,
        before: int,
        window: int,
        after: int | None = None,
        own: bool = True,
        reject=None,
        anywhere: bool = False,
    ) -> tuple[int, str] | None:
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
            runs = self._sentence_runs(u, unit_id, before, own)
            if runs is None:
                continue
            if u == unit_id:
                runs = runs[::-1]  # the nearest before the pronoun
            else:
                runs = [r for r in runs if r[1] or anywhere]  # subjects only, the first first
            for name, _, form in runs:
                if reject is not None and reject(name):
                    continue
                if self._is_person(name, unit_id, form):
                    return u, name
        return None

    def find_unmarked(self, unit_id: int, before: int, window: int, own: bool = True, reject=None,
                      pronoun: str = "") -> str:
        """The one full name ("Dana Brown") a "he"/"she" that nothing else resolves can refer to, though the article
        never marks it as a person's ('' if none; issue 12ao-c).

        The nearest sentence of the ``window`` that names anyone (the pronoun's own sentence first, before the
        pronoun, with ``own``) decides: its one name is taken when it opens the sentence or a clause ("Dana Brown
        opened the meeting, where he said"; "Dana Brown toured the plant. | He said"); a second name or another
        subject in that sentence stops the search (another person may intervene). A name here has two capitalised
        words or more, or is a single word that ends such a name earlier in the article ("Dana Brown ... Brown
        left."); it is no acronym, organisation's, outlet's, day's or role noun's name (as :meth:`find`), no verb
        form opening a run ("Taking Brown at his word") and no word the article also writes in lower case; not a place
        the article writes after "in", "across" or "throughout" ("in New Hampshire"), nor a name right before a
        plural noun it modifies ("New Hampshire voters toured ...").
        Round 12ce: with ``pronoun`` ("he" or "she"), an earlier sentence that opens with that pronoun as its subject
        ("She has two staff.", "Later, she hired two.") is read past whole (round 12ce-2: none of its names is taken,
        "He spoke in Norfolk, Virginia." names no speaker), as "But she stayed." already was when it named no one.
        """
        for u in range(unit_id, unit_id - window - 1, -1):
            runs = self._sentence_runs(u, unit_id, before, own)
            if runs is None:
                continue
            sent = self.sentences[u]
            if u != unit_id and _opens_chain(sent, pronoun):
                continue  # round 12ce: "She has two staff.", "Later, she hired two.": a chain sentence, read past whole
            names = [(n, subj) for n, subj, _ in runs if self._plain_name(n, u)]
            others = [
                n for n, subj, _ in runs if subj and not _ORG.fullmatch(n.split()[-1]) and _surname(n) not in _CALENDAR
            ]
            if len(names) > 1 or set(others) - {n for n, _ in names}:
                return ""  # two names, or another subject ("Ann raised her hand, and Dana Brown ..."): ambiguous
            if names:
                name, subject = names[0]
                ok = (
                    subject
                    and _opens_clause(sent, name)
                    and not _MODIFIES.match(sent, sent.find(name) + len(name))
                    and not (reject is not None and reject(name))
                )
                return name if ok else ""
        return ""

    def find_sole(self, unit_id: int, before: int, window: int, own: bool = True, reject=None, gender: str = "") -> str:
        """The one person the nearest sentence naming people names, for a "he"/"she" nothing else resolves ('' if none;
        round 12bv-a).

        The pronoun's own sentence (before the pronoun, with ``own``), then up to ``window`` earlier sentences, are read
        for names that are a person by the article's evidence (as :meth:`find`), in any position: "It didn't take long
        for President Trump to ... | As the pols behind him looked glum, he promised ...". The nearest sentence that
        names a person decides: it must name one person only (one surname, however often written) and no other name
        that reads as a person's without a mark of one (:meth:`_plain_name`: "the same Bachmann who ... against
        President Barack Obama's policies"); two or more, or a name ``reject`` turns down (the other gender), leave
        the pronoun unresolved. Round 12bv-a2: the person is written there with a title (:meth:`_titled`) and the
        sentence's names hold no body's word, day or month (:data:`_BODY_OR_DATE`); round 12bv-a3: with ``gender``,
        the article's own pronouns mark the person with it (:meth:`_marked_gender`).

        Parameters
        ----------
        unit_id, before, window, own :
            As :meth:`find`.
        reject : callable, optional
            ``name -> bool``: a name the pronoun cannot refer to ("Ms. Cole" for "he").
        gender : str, optional
            "m" or "f" (round 12bv-a3): the person must be one the article marks with that gender
            (:meth:`_marked_gender`).

        Returns
        -------
        str
            The name as written (with its title), or '' when the nearest sentence naming people fails a condition above
            (or no sentence of the window names a person).
        """
        for u in range(unit_id, unit_id - window - 1, -1):
            runs = self._sentence_runs(u, unit_id, before, own)
            if runs is None:
                continue
            people = [name for name, _, form in runs if self._is_person(name, unit_id, form)]
            if not people:
                continue
            keys = {_surname(name) for name in people}
            rivals = {_surname(name) for name, _, _ in runs if self._plain_name(name, u)} - keys
            if len(keys) > 1 or rivals or (reject is not None and reject(people[0])):
                return ""
            name = max(people, key=len)
            if not self._titled(name) or any(_BODY_OR_DATE.search(run) for run, _, _ in runs):
                return ""  # round 12bv-a2: only a titled name, in a sentence that names no body, day or month
            if gender and self._marked_gender(_surname(name)) != gender:
                return ""  # round 12bv-a3: the article marks the person with the pronoun's gender
            return name
        return ""

    def _marked_gender(self, key: str) -> str:
        """The gender ("m", "f") the article's own pronouns mark for the person of surname ``key`` ('' if none or both;
        round 12bv-a3): a sentence that names that person and no other person (by :meth:`_is_person`) and uses, after
        the name, pronouns of one gender only ("Salazar said his department ...") marks that gender. The marks are read
        once per article, from all its sentences; reading them lets the finder's tagger learn the sentences that name
        these people, as :meth:`_is_person` does."""
        if self._pronoun_marks is None:
            marks: dict = {}
            for u in sorted(self.sentences):
                sent = self.sentences[u]
                if not _GENDERED.search(sent):
                    continue
                people = [n for n, _, form in self._whole_runs(u) if self._is_person(n, u, form)]
                if len({_surname(n) for n in people}) != 1:
                    continue
                tail = sent[sent.find(people[0]) + len(people[0]): _MAX_SCAN]
                found = {_PRONOUN_MARK[w.lower()] for w in _GENDERED.findall(tail)}
                if len(found) == 1:
                    marks.setdefault(_surname(people[0]), set()).update(found)
            self._pronoun_marks = {k: next(iter(v)) for k, v in marks.items() if len(v) == 1}
        return self._pronoun_marks.get(key, "")

    def _titled(self, name: str) -> bool:
        """Whether ``name`` is written with a courtesy title or a title the tagger reads as a person's role ("Mr. Rix",
        "President Trump", "Maine Democrat Zak Lee"; round 12bv-a2; also one of :meth:`_is_person`'s marks)."""
        words = name.split()
        if len(words) < 2:
            return False
        if words[0].lower() in _COURTESY:
            return True
        return self.tagger.phrase_role(name) not in ("", "document") and not self.tagger.phrase_role(words[-1])

    def _sentence_runs(self, u: int, unit_id: int, before: int, own: bool) -> list | None:
        """The candidate runs of sentence ``u`` in the order written (None to skip it): of the pronoun's own sentence
        ``unit_id`` only the text before the pronoun (and only with ``own``); of another sentence all of it (read once
        per article)."""
        sent = self.sentences.get(u)
        if sent is None:
            return None
        if u == unit_id:
            if not own or _OWN_SENTENCE_SKIP.match(sent):
                return None
            return self._candidates(sent[: min(before, _MAX_SCAN)])
        return self._whole_runs(u)

    def _whole_runs(self, u: int) -> list:
        """The candidate runs of the whole of sentence ``u`` (read once per article)."""
        if u not in self._runs_of:
            self._runs_of[u] = self._candidates(self.sentences[u][:_MAX_SCAN])
        return self._runs_of[u]

    def _plain_name(self, name: str, unit_id: int) -> bool:
        """Whether ``name`` reads as a person's full name with no mark of one (see :meth:`find_unmarked`)."""
        words = name.split()
        if any(w.isupper() or not w[:1].isupper() or _GLUED.search(w) for w in words) or _ORG.fullmatch(words[-1]):
            return False  # an acronym, a lower-case particle, "Hampshire.Sanders" (two sentences glued)
        if len(words) > 1 and words[0].endswith(("ing", "ed")):
            return False  # "Taking Clinton at her word": a verb opening the sentence
        key = _surname(name)
        if not key or key in _CALENDAR or self.tagger.phrase_role(words[-1]) or self.tagger.phrase_role(words[0]):
            return False
        if len(words) == 1 and self._first_full_name(words[0]) > unit_id:
            return False
        if len(words) > 1 and name in self._places():
            return False  # "in New Hampshire", "across Silicon Valley" elsewhere in the article: a place (a single
            # word is a surname of a full name already, and "confidence in Williams" is a person)
        if key not in self._common:
            self._common[key] = self._common_word(key)
        return not self._common[key]

    def _places(self) -> set:
        """The capitalised names the article writes after "in", "across" or "throughout" (read once per article)."""
        if self._in_places is None:
            self._in_places = set()
            for sent in self.sentences.values():
                for m in _IN_PLACE.finditer(sent):
                    words = m.group(1).split()
                    while len(words) > 1 and _surname(words[-1]) in _CALENDAR:
                        words = words[:-1]  # "in New Hampshire Monday": New Hampshire (not "Trump" of "Trump Tower")
                    self._in_places.add(" ".join(words))
        return self._in_places

    def _first_full_name(self, word: str) -> float:
        """The first sentence that writes ``word`` as the last word of a longer name ("Dana Brown"); inf if none
        (read once per word and article)."""
        if _WORD.fullmatch(word):  # one pass over the article for every word (linear, not once per word)
            if self._full_index is None:
                self._full_index = {}
                for u in sorted(self.sentences):
                    for w in _AFTER_CAPS.findall(self.sentences[u]):
                        self._full_index.setdefault(w, u)
            return self._full_index.get(word, float("inf"))
        if word not in self._full_at:  # a word with other characters ("Jr."): its own pattern
            pattern = re.compile(rf"(?<![\w'\u2019.-])[A-Z][\w'\u2019-]*[a-z]\s+{re.escape(word)}(?![\w'\u2019-])")
            hits = [u for u, s in self.sentences.items() if word in s and pattern.search(s)]
            self._full_at[word] = min(hits, default=float("inf"))
        return self._full_at[word]

    def subject_between(self, unit_id: int, lo: int, hi: int) -> str:
        """The person named as a clause's subject right after a cue (at ``lo``, or after its "that") and before
        ``hi`` in sentence ``unit_id`` ('' if none; issue 12al-s, rule (a) of issue 12ak-s): "Lee said Ann Cole would
        take back what she said" is Cole; not a possessive, a name before a preposition ("praised Cole after he
        won") nor one followed by a comma or "and" before ``hi`` (a new clause of the sentence's speaker)."""
        sent = self.sentences.get(unit_id)
        if sent is None or lo >= hi:
            return ""
        m = _COMPLEMENT.match(sent, lo)
        run = _RUN.match(sent, m.end()) if m else None
        if not run or run.end() > min(hi, _MAX_SCAN):
            return ""
        name = run.group().rstrip(".,;:")
        end = run.start() + len(name)
        if name.endswith(("'s", "\u2019s")) or _COORDINATED.search(sent, end, hi):
            return ""
        after = sent[end:hi].split()
        if not after or not after[0][:1].islower() or after[0].strip(",.;:") in _NO_PREDICATE:
            return ""
        return name if self._is_person(name, unit_id) else ""

    def _candidates(self, text: str) -> list[tuple[str, bool, bool]]:
        """The capitalised runs of ``text`` with whether each is a subject and whether a form of the sentence shows
        a person (:func:`_forms`)."""
        return _forms(text, self.tagger)

    def _is_person(self, name: str, unit_id: int, form: bool = False) -> bool:
        words = name.split()
        if _ORG.fullmatch(words[-1]):  # "the Democratic Party", "White House": not "White House aide Ann Cole"
            return False
        if words[0].lower() in _COURTESY and len(words) > 1:
            return True
        key = _surname(name)
        if not key or (len(words) == 1 and key in WEEKDAYS):
            return False  # round 12eq: "Friday" is no person, though an attribution took it as a source
        if key in self._known_people:
            return True
        if self._titled(name):
            return True  # "Vice President Mike Pence", "Former Senator Gary Hart": a title, then a name
        if key in _CALENDAR or self.tagger.phrase_role(words[-1]):
            return False  # "Zuma Press", "Tuesday": a role noun or a day ends no person's name
        if form:
            return True  # issue 12al-s: "Dana Brown, who ...", "The head of research at Acme, Dana Brown, ..."
        if not self._verdicts.get(key):
            self._learn(key, unit_id)
            role = self.tagger.names.get(key) or self.tagger.weak.get(key)
            self._verdicts[key] = bool(role) and role != "document" and not self._common_word(key)
        return self._verdicts[key]

    def _common_word(self, key: str) -> bool:
        """Whether the article writes ``key`` in lower case too ("the press", "a press conference"): a word, not a
        surname ("Zuma Press" is no person)."""
        if _WORD.fullmatch(key):  # the article's words are read once (a set look-up, not a scan per key)
            if self._tokens is None:
                self._tokens = {w for sent in self.sentences.values() for w in _TOKEN.findall(sent)}
            return key in self._tokens
        hits = [sent for sent in self.sentences.values() if key in sent]
        if not hits:
            return False
        pattern = re.compile(rf"(?<![\w'\u2019.-]){re.escape(key)}(?![\w'\u2019-])")
        return any(pattern.search(sent) for sent in hits)

    def _learn(self, key: str, unit_id: int) -> None:
        """Let the tagger read the article's sentences up to ``unit_id`` that name ``key`` (its titles and
        appositions so far)."""
        if self._lower is None:
            self._lower = {u: s[: _MAX_SCAN * 10].lower() for u, s in self.sentences.items()}
        for u, low in self._lower.items():
            if u <= unit_id and u not in self._learnt and key in low:
                self._learnt.add(u)
                self.tagger.learn(self.sentences[u])


def _opens_chain(sent: str, pronoun: str) -> bool:
    """Whether ``sent`` opens with ``pronoun`` as its subject ("Later, she hired two."; round 12ce,
    :data:`_CHAIN_OPENER`)."""
    m = _CHAIN_OPENER.match(sent) if pronoun else None
    return bool(m) and m.group(1).lower() == pronoun.lower()


def _forms(text: str, tagger: RoleTagger) -> list[tuple[str, bool, bool]]:
    """Capitalised runs outside quotation marks, leading sentence words cut ("In Judge Kavanaugh's" -> "Judge
    Kavanaugh"), each as ``(name, subject, form)``: whether it stands where a subject does (at the start of the
    sentence or of a clause, not after a verb or a preposition: "... backed Hillary Clinton, and Trump feuded": only
    "Trump"), and whether the sentence's form shows it is a person's name. Issue 12al-s added the forms of English the
    finder missed:

    - a possessive opener: "Springfield's Dana Brown won": "Dana Brown" is the subject, read before the owner, and a
      person when an age or an apposition follows ("Springfield's Dana Brown, 50, ...");
    - a name apposed to a role-noun phrase that opens the sentence: "The new head of research at Acme, Dana Brown,
      ..." or "The company's chief economist Dana Brown said": the subject, and a person (two words or more);
    - a name right after the comma of a fronted adjunct: "During the visit on Tuesday, Brown toured ...": the subject;
    - a name followed by a relative "who": "Brown, who ran the agency, ...": a person.
    """
    spans = quote_spans(text) if any(q in text for q in "\"\u201c\u201d'\u2018\u2019") else []
    out = []
    for m in _RUN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        words = m.group().split()
        rest = []
        for i, w in enumerate(words):
            if w.endswith(("'s", "\u2019s")):
                words, rest = words[: i + 1], words[i + 1 :]
                break
        n_words = len(words)
        while words and words[0].lower().rstrip(",") in _LEAD_WORDS:
            words.pop(0)
        before = text[: m.start()]
        prev = before[-30:].split()
        subject = not prev or not prev[-1][:1].islower() or prev[-1].lower() in _CLAUSE_WORDS
        opens = not before.strip() and len(words) == n_words  # the run opens the sentence, no "In" before it
        if len(rest) > 1 and opens:  # "Springfield's Dana Brown": the words after a possessive opener, read first
            form = bool(_DESCRIBED.match(text, m.end() - m.group().endswith(",")))  # "..., 50," or "..., a nurse,"
            out.append((" ".join(rest).rstrip(".,;:"), True, form))
        if words:
            words[-1] = words[-1].rstrip(".,;:").removesuffix("'s").removesuffix("\u2019s")
            out.append((" ".join(words), subject, False))
        if rest:
            continue
        if not words or rest:
            continue
        lead = before.strip()
        if lead.split(None, 1)[0].lower() in _ADJUNCT and "," in lead if lead else False:
            lead = lead.split(",", 1)[1].strip()  # "As the dust settled, Mr. Roe's adviser, Dan Lee, ...": after it
            opens = not lead and not m.group().endswith(("'s", "\u2019s"))  # "During the visit, Brown ..."
            subject = subject or opens
        form = opens and bool(_WHO.match(text, m.end() - m.group().endswith(",")))  # "Brown, who ran ..., said"
        if lead and len(words) > 1 and _apposed(lead, text[m.end() : m.end() + 12], tagger):
            subject = form = True  # "The new head of research at Acme, Dana Brown, ...": an apposition
        out[-1] = (out[-1][0], subject, form)
    return out


def _apposed(lead: str, after: str, tagger: RoleTagger) -> bool:
    """Whether ``lead``, the text of a sentence before a name, is a role-noun phrase the name is apposed to: a
    determiner or a capitalised possessive, at most a few words to a role noun, then nothing (the name follows the
    noun: "The agency's chief engineer Dana Brown said") or, before a comma, prepositional phrases ("The new head of
    research at Acme, Dana Brown, ..."); never a verb ("The senator scolded Mr. Roe") (issue 12al-s)."""
    opener = _OPENER.match(lead) or _OPENER.match(lead[:1].upper() + lead[1:])
    if lead.count(",") > 1 or len(lead.split()) > _MAX_OPENER_WORDS or _NOT_NP.search(lead):
        return False
    comma = lead.endswith(",")
    if not comma and not re.match(r"\s+[a-z]", after):
        return False
    if not opener:  # round 12bq-s: a bare title opens the sentence ("TV host Dana Brown was ...")
        return not comma and _bare_title(lead, tagger)
    tokens = lead[opener.end() :].rstrip(",").split()
    for i, w in enumerate(tokens[:3]):
        if w.endswith(("'s", "\u2019s")):  # "The company's head of research": the owner is no head
            tokens = tokens[i + 1 :]
            break
    at = next((i for i, w in enumerate(tokens) if w in _PREPOSITIONS), len(tokens))
    head, tail = tokens[:at], tokens[at:]  # "incoming White House press secretary" | "of research at Acme"
    if (
        not head
        or len(head) > _MAX_HEAD_WORDS
        or not head[-1][:1].islower()
        or (tail and not comma)
        or _VERB_FORM.search(" ".join(head[1:] + tail))
        or _DETERMINERS & set(head[1:])
    ):
        return False  # "The senator scolded his aide, Dan Lee,": a verb or a second determiner
    role = tagger.phrase_role(" ".join(head))
    if not role and tail[:1] == ["of"]:  # "head of research"
        role = tagger.phrase_role(" ".join(head + tail[:2]))
    return role not in ("", "document")


def _bare_title(lead: str, tagger: RoleTagger) -> bool:
    """Whether ``lead``, all of a sentence before a name, is a title with no determiner ("TV host", "Republican
    strategist", "Acme chief executive", "White House press secretary"): at most five words, the last a lower-case
    role noun of a person (not a document), no verb form, no determiner and no preposition (round 12bq-s: "TV host
    Dana Brown was the latest guest. | Now he is explaining ...": the name is the subject, not "TV")."""
    words = lead.split()
    if not words or len(words) > _MAX_HEAD_WORDS or not words[-1][:1].islower():
        return False
    if _VERB_FORM.search(lead) or (_DETERMINERS | _PREPOSITIONS) & {w.lower() for w in words}:
        return False
    return tagger.phrase_role(words[-1]) not in ("", "document")


_GLUED = re.compile(r"[a-z][.!?][A-Z]")
_CLAUSE_OPENERS = frozenset(
    "and but while when because although though since after before so then yet once that if".split()
)


def _opens_clause(sent: str, name: str) -> bool:
    """Whether ``name``, where ``sent`` first writes it, opens the sentence or a clause: nothing before it, a comma
    ("During the visit, Brown ..."; not "Like Brown, he ..."), or a clause word ("... and Brown"); never after a
    preposition, a determiner or a possessive ("as Dana Brown", "his New York home") (issue 12ao-c)."""
    at = sent.find(name)
    before = sent[:at].rstrip()
    if at < 0 or not before.strip("\"'\u201c\u2018 "):
        return at >= 0
    if before.endswith(","):
        head = before[:-1].split()
        return len(head) > 1 or not head  # "Like Brown," / "For Obama," is an adjunct's object
    return before.split()[-1].lower() in _CLAUSE_OPENERS


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
