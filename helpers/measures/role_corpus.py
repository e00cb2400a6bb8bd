"""A named speaker's role from the other articles of the same corpus (issue 12ar-a).

:class:`helpers.measures.source_roles.RoleTagger` reads a speaker's role from the article alone; a well-known person
the article names bare ("Ann Cole said") and describes only in prose is ``unknown``. A user's corpus is many articles
on the same events, and other articles of it often state that person's role in a form the rules read ("Senator Ann
Cole", "Ann Cole, the state's governor"). This module gives such a speaker the role those other articles state, with
its own ``role_basis`` (:data:`CORPUS_BASIS`) and the ids of the articles that stated it (``role_from``), so a user
can keep these roles apart and check them.

The rule, written down before it was counted on any corpus (one restriction after the first read of its changes:
the lower-case word before the name, which "Ann Lee of New Fenwick" had made a key "new fenwick"):

- **The same person.** A key is read from the speaker's full name as the article resolves it (``source_resolved``,
  else ``source``): the phrase up to its first comma, possessives (``'s``) cut, initials ("W.") and suffixes ("Jr.",
  "III") dropped; its last words must be a run of capitalised words reaching the end; the run is cut after its last
  title or role word (any word the role lexicon types by itself: "Vice President Ann Cole", "Acme CEO Ann Cole" ->
  "Ann Cole"); a lower-case word right before the run must be such a title or role word ("former attorney Ann
  Cole"; not "Ann Lee of New Fenwick", "a rally in New Fenwick", "Lee and Ann Cole"); what is left must be 2 or 3
  capitalised words (not acronyms) that the role lexicon gives no role as a phrase (a body such as "Acme Department"
  or "the Senate" is no person). Two rows name the same person when their keys are equal (case-insensitive). A bare
  surname ("Cole said") gives no key.
- **A bare surname** (a sub-rule written after the reads of the full-name rule, with its own basis,
  :data:`SURNAME_BASIS`, and its own read): a named ``unknown``
  row whose phrase is only a surname, with or without "Mr.", "Mrs.", "Ms." or "Dr." ("Cole said", "Ms. Cole"), is the
  person of the one full-name key of the whole corpus with that surname, when there is exactly one (voting or not)
  and no row of its own article has a full-name key with that surname; it then follows the rules below as that key.
- **Who votes.** Rows with ``identity`` ``named`` whose role the article or the phrase states: a ``role_basis`` of
  :data:`helpers.measures.role_prior._VOTING_BASES` ("phrase", "article", "verb") and a role other than ``unknown``,
  ``anonymous``, ``document`` or "". Guessed roles (``article_majority``, ``pronoun_context``, this module's own)
  never vote. Each article casts one vote per key: the role its voting rows state most for that key (a tie inside
  the article: the role met first).
- **Agreement.** A ``named`` row with role ``unknown`` takes the top role of the OTHER articles' votes for its key
  when at least :data:`MIN_ARTICLES` other articles vote, the top role has at least :data:`MIN_SHARE` of their votes
  and no other role has as many (a tie: nothing). Not when the row's own article votes for the key (the article
  states a role; the article's rules decide).

``role_from`` lists the ``doc_id`` of every article that voted for the winning role, sorted, ``;``-separated.

Two sub-rules of issue 12ar-e, written down before they were counted on any corpus, each with its own basis and
read; they run only when the pass is given the articles' sentences (``sentences``):

- **Mention voters** (no basis of their own: as a fill they failed their read, below). An article also votes for a full-name key that it names in ANY
  sentence, not only as a speaker: the sentences of the article that contain a surname some named ``unknown`` row
  needs (its bare surname; full-name rows take no mention votes) and a capitalised word right before it are read by the role
  tagger (:meth:`RoleTagger.learn`, after :meth:`RoleTagger.reset`); each full name written there ("Vice President
  Ann Cole announced", "Acme CEO Ann Cole, who ...") gets the key :func:`person_key` gives the words before it; the
  article votes the tagger's role for the name as written when the basis is stated (``phrase``/``article``/``verb``),
  the role votes (not ``unknown``, ``anonymous``, ``document``), the title or apposition the tagger read for it
  (:meth:`RoleTagger.context`) contains the name's first word (not a title of another person with the same
  surname: "President Cole" is no vote for "Bo Cole"), and the article names no other full name with that surname.
  One vote per article: its speaker vote when it has one, else its mention vote. Round 12bt-f2: where a sentence
  opens inside the words before the surname (or a word ending a sentence the splitter left joined), the words before
  it are cut off and leading capitalised words that the corpus also writes in lower case, or English stop words, are
  dropped unless they are titles ("Add Barack Obama", "Team Trump", "Earlier Biden" name no second person). A
  full-name row that the speaker votes alone do not fill takes the winner of these votes by the same agreement rule
  (>= 2 OTHER articles, top role >= 2/3, no tie; not when its own article votes).
  *Result* (read 1740, 30 of its 34 rows on 2,000 AllSides articles): 19 right of 26 attributions (73%), below the
  80% bar; a restriction to >= 3 voting articles would leave 12/16 of the read rows right, so the fill of full-name
  rows is **dropped** (wrong: roles of other years, "Dr." read as expert, a union's "President" read as politician,
  a namesake). The mention votes are kept only as the dominant-surname sub-rule's votes, which passed its own read.
- **Dominant surnames** (:data:`DOMINANT_BASIS`). A bare-surname ``unknown`` row that the one-full-name sub-rule does
  not fill is the person of the full-name key with that surname that leads the corpus: counting, per key with that
  surname, the articles that vote for it (speaker or mention), the top key must have at least
  :data:`DOMINANT_MIN_ARTICLES` (5) articles and at least :data:`DOMINANT_SHARE` (90%) of the articles that vote for
  any key with that surname (an article voting for two counts once), no other key as many; and the row's own article
  names no other full name with that surname in any sentence (a full name found as above, voting or not, or a
  speaker's key). It then takes that key's winner of the combined votes by the same agreement rule.

The pass needs the whole corpus at once: :func:`helpers.measures.sourcing.extract_attributions` runs it on the
table it returns and :func:`helpers.measures.attribution_parallel.extract_attributions` once on the whole table
after its parts are put back together, so the result is the same either way. Calling
:func:`helpers.measures.sourcing.extract_attributions` by hand on parts of a corpus fills each part from that part
only; call it with ``corpus_roles=False`` (and ``guess_roles=False``) on each part and
:func:`helpers.measures.sourcing.whole_corpus_roles` on the concatenated parts instead. Notebook 02 passes its whole
table of sentences to :func:`helpers.measures.attribution_parallel.extract_attributions`, so there the pass sees the
whole corpus the notebook reads (not articles beyond ``max_articles``).

Bodies are no person keys here by design; outlets of the corpus and bodies named bare ("the FBI", a country) are
typed by the sibling pass of :mod:`helpers.measures.role_bodies_corpus` (issue 12bc-b; bases ``corpus_outlet`` and
``corpus_body``), which :func:`fill_frame` runs after this one when it is given the sentences.

A person's role can change between the dates of the articles (a senator who becomes a candidate); the rule does
not read dates. It reads no name, outlet, country or topic: only the forms of names and the roles the articles state.
Work: one pass over the rows and dicts of keys; each name's and surname's winner is computed once (cached), so the
pass is linear in the number of attributions and sentences read.

Review r12ar (2026-12-02) added, without a new read: ids are compared as text (integer ``doc_id`` works); a word that
opens a sentence or a date ("But", "Then", "When", "Monday", "March": ``role_forms.NOT_NAME_START`` and the day and
month names of ``role_bodies``) is no first name; a bare surname the row's own article also writes as a company's or
body's name ("Fordham Motor Co.", "Fordham Inc.": the surname, up to two capitalised words, a word of
``role_forms.ORG_WORDS``) takes no corpus role; name words may be non-ASCII, have an apostrophe ("O'Brien") or a
particle ("Bill de Blasio"), and a bare surname may have two letters ("Ng").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Callable, Sequence

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..corpus.segment import abbreviations
from .role_bodies import _DAYS, _MONTHS
from .role_capitals import title_case
from .role_forms import NOT_NAME_START, ORG_WORDS, PARTICLE, SUFFIX
from .role_lists import conjuncts
from .role_prior import _VOTING_BASES

__all__ = [
    "CORPUS_BASIS",
    "SURNAME_BASIS",
    "DOMINANT_BASIS",
    "OWN_NAME_BASIS",
    "DOMINANT_SHARE",
    "DOMINANT_MIN_ARTICLES",
    "mention_votes",
    "MIN_ARTICLES",
    "MIN_SHARE",
    "person_key",
    "role_word",
    "corpus_roles",
    "fill_frame",
]

CORPUS_BASIS = "corpus_name"
"""``role_basis`` of a role taken from the other articles of the corpus."""
SURNAME_BASIS = "corpus_surname"
"""``role_basis`` of a role taken for a bare surname from the one full name of the corpus with that surname."""
DOMINANT_BASIS = "corpus_dominant"
"""``role_basis`` of a bare surname's role taken from the full name that leads the corpus with that surname."""
OWN_NAME_BASIS = "corpus_own_name"
"""``role_basis`` of a bare surname's role taken from the other articles' speaker votes for the one full name its own
article writes with that surname (round 12bs-s)."""
DOMINANT_SHARE = 0.9
"""The leading full name must have at least this share of the articles voting for any full name with the surname."""
DOMINANT_MIN_ARTICLES = 5
"""The leading full name must have at least this many voting articles."""
MIN_ARTICLES = 2
"""At least this many other articles must state a role for the person."""
MIN_SHARE = 2 / 3
"""The top role must have at least this share of those articles' votes."""

_NOT_VOTING = frozenset({"", "unknown", "anonymous", "document"})
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_INITIAL = re.compile(r"[A-Z]\.?")
_CAP_WORD = re.compile(r"[^\W\d_](?:['\u2019](?=[^\W\d_]))?[^\W\d_][\w'\u2019-]*\.?")
"""A capitalised name word, also non-ASCII or with an apostrophe ("Núñez", "Ángela", "O'Brien", "Ng")."""
_PARTICLE = re.compile(PARTICLE)
_NOT_FIRST = re.compile(rf"(?:{NOT_NAME_START}|{_DAYS}|{_MONTHS})")
"""A capitalised word that opens a sentence or a date, not a first name ("But Brandvik", "Monday Orla Brandvik")."""
_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\S+)")
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_WORDS = re.compile(r"\w[\w'\u2019-]*")


def role_word(tagger) -> Callable[[str], bool]:
    """Whether a word or phrase is a title or role by itself, by a role tagger's phrase rules alone.

    Parameters
    ----------
    tagger : helpers.measures.source_roles.RoleTagger
        A tagger; what it learnt from an article is forgotten (:meth:`reset`), so no article's names count.

    Returns
    -------
    callable
        ``f(text) -> bool``: True for "President", "CEO", "Acme Department"; False for "Ann", "Ann Cole".
    """
    tagger.reset()
    cache: dict = {}

    def is_role(text: str) -> bool:
        if text not in cache:
            cache[text] = tagger.role(text)[0] not in _NOT_VOTING
        return cache[text]

    return is_role


def person_key(phrase: str, is_role_word: Callable[[str], bool]) -> str:
    """The lower-cased full name of a person a source phrase names ("" if it names none, or only a surname).

    Parameters
    ----------
    phrase : str
        A source phrase ("Vice President Ann Cole", "Ann B. Cole Jr., the mayor").
    is_role_word : callable
        Whether a word or phrase is a title or role by itself ("President", "CEO", "Acme Department").

    Returns
    -------
    str
        The name's words, lower-cased and space-separated ("ann cole"); "" for a bare surname, a body, a group or a
        phrase that does not end in a name.
    """
    head = phrase.split(",", 1)[0].strip()
    words = [_POSSESSIVE.sub("", w) for w in head.split()]
    words = [w for w in words if w and not _INITIAL.fullmatch(w) and not SUFFIX.fullmatch(w)]
    run: list[str] = []
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        if not _is_name_word(w) and not (run and j and _PARTICLE.fullmatch(w) and _is_name_word(words[j - 1])):
            break
        run.insert(0, w)
    while run and _NOT_FIRST.fullmatch(run[0]):  # "But Brandvik", "Monday Orla Brandvik": no first name
        run = run[1:]
    if not run or not words or run[-1] != words[-1]:
        return ""
    before = words[len(words) - len(run) - 1] if len(run) < len(words) else ""
    if before[:1].islower() and not is_role_word(
        before
    ):  # "Ann Lee of New Fenwick", "a rally in New Fenwick": not a name
        return ""
    for i in range(len(run) - 1, -1, -1):
        if run[i].rstrip(".").lower() in _COURTESY or is_role_word(run[i]):
            run = run[i + 1 :]
            break
    if not 2 <= len(run) <= 3 or any(w.endswith(".") for w in run) or is_role_word(" ".join(run)):
        return ""
    return " ".join(w.lower() for w in run)


def _is_name_word(word: str) -> bool:
    """Whether a word is a capitalised name word ("Ann", "Núñez", "O'Brien", "Ng"; not "US", "the", "3M")."""
    core = word.rstrip(".")
    return bool(_CAP_WORD.fullmatch(word)) and core[:1].isupper() and not core.isupper()


def _bare_surname(phrase: str) -> str:
    """The lower-cased surname of a phrase that is only a surname ("Cole", "Ms. Cole", "Ng"), else ""."""
    m = _SURNAME.fullmatch(phrase.strip())
    word = _POSSESSIVE.sub("", m.group(1)) if m else ""
    if not word or word.endswith(".") or not _is_name_word(word):
        return ""
    return word.lower()


def _company_names(sentences: Sequence[str], surname: str) -> bool:
    """Whether an article writes ``surname`` as a company's or body's name ("Fordham Motor Co.", "Fordham Inc.")."""
    pat = re.compile(rf"(?<![\w-])(?i:{re.escape(surname)})(?:\s+[A-Z][\w&-]*){{0,2}}?\s+(?:{ORG_WORDS})(?![\w-])")
    return any(pat.search(s) for s in sentences)


def corpus_roles(
    doc_ids: Sequence[str],
    phrases: Sequence[str],
    named: Sequence[bool],
    roles: Sequence[str],
    bases: Sequence[str],
    is_role_word: Callable[[str], bool],
    unknown: str = "unknown",
    surnames: bool = True,
    sentences: dict | None = None,
    tagger=None,
) -> tuple[list[str], list[str], list[str]]:
    """Give each named ``unknown`` speaker the role other articles of the corpus state for the same person.

    Parameters
    ----------
    doc_ids, phrases, roles, bases : sequence of str
        One entry per attribution: ``doc_id``, the speaker's phrase (``source_resolved``, else ``source``), ``role``
        and ``role_basis``.
    named : sequence of bool
        Whether the attribution's ``identity`` is ``named``.
    is_role_word : callable
        See :func:`person_key`.
    unknown : str
        The label of a source whose role the article never states.
    surnames : bool
        Also fill a bare surname (the sub-rule of :data:`SURNAME_BASIS`).
    sentences : dict, optional
        ``doc_id`` -> the article's sentences; with ``tagger``, the mention votes and the sub-rule of
        :data:`DOMINANT_BASIS` (issue 12ar-e) also run.
    tagger : helpers.measures.source_roles.RoleTagger, optional
        The tagger that reads those sentences (reset before and after).

    Returns
    -------
    (list of str, list of str, list of str)
        The roles, the bases (:data:`CORPUS_BASIS`, :data:`SURNAME_BASIS`, :data:`DOMINANT_BASIS` or
        :data:`OWN_NAME_BASIS` where a role was filled) and ``role_from`` (the voting articles' ids as text, ``;``-separated; "" where nothing was filled).

    Raises
    ------
    ValueError
        If the sequences differ in length.
    """
    n = len(doc_ids)
    if not all(len(s) == n for s in (phrases, named, roles, bases)):
        raise ValueError(
            "doc_ids, phrases, named, roles and bases must have one entry per attribution; got lengths "
            f"{[len(s) for s in (doc_ids, phrases, named, roles, bases)]}"
        )
    doc_ids = [str(d) for d in doc_ids]  # integer ids: the votes, the articles and role_from use text
    if sentences is not None:
        sentences = {str(d): s for d, s in sentences.items()}
    cache: dict = {}
    phrases = [title_case(p) or p for p in phrases]  # round 12cw: "AMY GOODMAN", "COMEY" (transcript labels)

    def key(p: str) -> str:
        if p not in cache:
            cache[p] = person_key(p, is_role_word)
        return cache[p]

    keys = [
        key(p) if ok and (b in _VOTING_BASES or r == unknown) else ""
        for p, ok, r, b in zip(phrases, named, roles, bases)
    ]
    stated: dict = defaultdict(lambda: defaultdict(list))  # key -> doc -> stated roles in article order
    for d, k, r, b in zip(doc_ids, keys, roles, bases):
        if k and r not in _NOT_VOTING and b in _VOTING_BASES:
            stated[k][d].append(r)
    votes = {
        k: {d: _article_vote(rs) for d, rs in per_doc.items()} for k, per_doc in stated.items()
    }  # key -> doc -> role
    out_roles, out_bases, out_from = list(roles), list(bases), [""] * n
    full = _surname_keys(doc_ids, keys, phrases, named, roles, unknown) if surnames else {}
    bare = {
        i: last
        for i, (p, ok, r, k) in enumerate(zip(phrases, named, roles, keys))
        if ok and r == unknown and not k and (last := _bare_surname(p))
    }
    combined: dict = {}
    in_doc: dict = defaultdict(set)  # doc -> every full-name key it names (speakers and mentions)
    if sentences is not None and tagger is not None:
        spoken = frozenset((k, d) for k, per_doc in votes.items() for d in per_doc)
        mention, in_doc = mention_votes(sentences, set(bare.values()), tagger, is_role_word, spoken)
        combined = {k: {**mention.get(k, {}), **votes.get(k, {})} for k in sorted(set(mention) | set(votes))}
        for d, k in zip(doc_ids, keys):
            if k:
                in_doc.setdefault(d, set()).add(k)
    by_last: dict = defaultdict(list)  # surname -> keys with votes
    for k in combined:
        by_last[k.rsplit(" ", 1)[-1]].append(k)
    won_by: dict = {}  # (ballot, key) -> winner: computed once per name, so the pass stays linear
    top_by: dict = {}  # surname -> dominant key
    company: dict = {}  # (doc, surname) -> whether the article names a company with the surname

    def winner(ballot: dict, which: str, k: str):
        if (which, k) not in won_by:
            won = _winner(ballot[k])
            won_by[which, k] = None if won is None else (won[0], ";".join(won[1]))  # one string per name
        return won_by[which, k]

    for i, (d, k, r) in enumerate(zip(doc_ids, keys, roles)):
        basis = CORPUS_BASIS
        if i in bare and sentences is not None:
            if (d, bare[i]) not in company:
                company[d, bare[i]] = _company_names(sentences.get(d, ()), bare[i])
            if company[d, bare[i]]:  # "Fordham Motor Co. ... Fordham said": the surname may be the company
                continue
        if r == unknown and not k and i in full:
            k, basis = full[i], SURNAME_BASIS
        won = winner(votes, "v", k) if r == unknown and k and k in votes and d not in votes[k] else None
        if won is None and r == unknown and combined:
            k, basis = _fallback(i, d, k, basis, bare, combined, by_last, in_doc, top_by)
            if k and d not in combined[k]:
                won = winner(combined, "c", k)
        if won is None and r == unknown and i in bare and sentences is not None:
            own = _own_full_name(d, bare[i], in_doc)
            if own and own in votes and d not in votes[own]:  # round 12bs-s: "Lee" in an article naming "Bo Lee"
                won, basis = winner(votes, "v", own), OWN_NAME_BASIS
        if won is None and r == unknown and not k and named[i]:  # round 12cv: "Ann Cole and Bo Lee said"
            won, basis = _coordinated(phrases[i], d, key, votes, winner), CORPUS_BASIS
        if won is not None:
            out_roles[i], out_bases[i] = won[0], basis
            out_from[i] = won[1]
    return out_roles, out_bases, out_from


def _coordinated(phrase: str, d: str, key: Callable[[str], str], votes: dict, winner) -> tuple[str, str] | None:
    """Round 12cv: the role the other articles' speaker votes give every full name of a coordinated phrase ("Ann Cole
    and Bo Lee", :func:`helpers.measures.role_lists.conjuncts`), when each name's votes agree (:func:`_winner`, not
    when article ``d`` votes for it) and all names have the same role; (role, voters) or None."""
    names = conjuncts(phrase)
    keys = [key(n) for n in names]
    if not keys or not all(k and k in votes and d not in votes[k] for k in keys):
        return None
    won = [winner(votes, "v", k) for k in keys]
    if any(w is None for w in won) or len({w[0] for w in won}) != 1:
        return None
    voters = sorted({v for w in won for v in w[1].split(";")})
    return won[0][0], ";".join(voters)


def _own_full_name(d: str, last: str, in_doc: dict) -> str:
    """The one full-name key with surname ``last`` that article ``d`` writes (as a speaker or in any sentence the
    mention pass read), or '' when it writes none or several (round 12bs-s)."""
    keys = [k for k in in_doc.get(d, ()) if k.rsplit(" ", 1)[-1] == last]
    return keys[0] if len(keys) == 1 else ""


def _fallback(i, d, k, basis, bare, combined, by_last, in_doc, top_by) -> tuple[str, str]:
    """The key and basis of a bare-surname row the speaker votes leave ``unknown``: the dominant full name of its
    surname (:data:`DOMINANT_BASIS`); ("", "") if none. (A full-name row takes no mention votes: that fill failed
    its read and is not applied.)"""
    if i not in bare:
        return "", ""
    last = bare[i]
    if last not in top_by:
        top_by[last] = _dominant(last, combined, by_last)
    top = top_by[last]
    if top is None or any(o != top and o.rsplit(" ", 1)[-1] == last for o in in_doc.get(d, ())):
        return "", ""
    return top, DOMINANT_BASIS


def _dominant(last: str, combined: dict, by_last: dict) -> str | None:
    """The full-name key with surname ``last`` that leads the articles voting for any key with it, or None."""
    per_key = {k: set(combined[k]) for k in by_last.get(last, ())}
    if not per_key:
        return None
    ranked = sorted(per_key.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    top, docs = ranked[0]
    total = len(set().union(*per_key.values()))
    if len(ranked) > 1 and len(ranked[1][1]) == len(docs):
        return None
    if len(docs) < DOMINANT_MIN_ARTICLES or len(docs) < DOMINANT_SHARE * total:
        return None
    return top


_CUT = re.compile(r"[,;:()\[\]\"\u201c\u201d]")
_TRAIL = ",.;:!?)]\"'\u201d\u2019"


def _full_names(sentence: str, surnames: set, is_role_word: Callable[[str], bool], keys: dict,
                common: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
    """(key, name as written) of each full name in ``sentence`` whose surname is in ``surnames`` (lower case).

    ``common`` (``word -> bool``), when given, says whether a capitalised word is a common word; such a word that
    opens its sentence is no first name (round 12bt-f, :func:`_name_start`)."""
    words = sentence.split()
    out = []
    for i, w in enumerate(words):
        last = _POSSESSIVE.sub("", w.rstrip(_TRAIL))
        if i == 0 or not last[:1].isupper() or last.lower() not in surnames:
            continue
        lo = max(0, i - 6)
        before = words[lo:i]
        if not before[-1][:1].isupper() or _CUT.search(before[-1]):
            continue
        start = max((j + 1 for j, b in enumerate(before) if _CUT.search(b)), default=0)
        if common is not None:
            start = _name_start(words, lo + start, i, common, is_role_word) - lo
            if start >= len(before):
                continue
        phrase = " ".join([*before[start:], last])
        if phrase not in keys:
            keys[phrase] = person_key(phrase, is_role_word)
        key = keys[phrase]
        if key and key.rsplit(" ", 1)[-1] == last.lower():
            n = len(key.split())
            kept = [x for x in phrase.split() if x.lower() in key.split()]
            out.append((key, " ".join(kept[-n:])))
    return out


_CLOSE = "\"'\u201d\u2019)]"


def _ends_sentence(word: str) -> bool:
    """Whether ``word`` ends a sentence that the splitter left joined to the next ("Stein." in "Stein. Though Lee"):
    it ends in . ! or ? (before closing quotes or brackets), and is not an abbreviation of
    :func:`helpers.corpus.segment.abbreviations` ("Sen.", "U.S.") nor one letter ("J.")."""
    core = word.rstrip(_CLOSE)
    if not core.endswith((".", "!", "?")):
        return False
    stem = core.rstrip(".!?")
    return len(stem) > 1 and stem.lower().lstrip("\"'\u201c\u2018(") not in abbreviations()


def _name_start(words: list[str], lo: int, i: int, common: Callable[[str], bool],
                is_role_word: Callable[[str], bool]) -> int:
    """Where a full name ending at ``words[i]`` may start, from ``lo`` (round 12bt-f2): at the last opening of a
    sentence in ``words[lo:i]`` (the first word of the sentence, or the word after one that ends a sentence), past
    every leading capitalised common word there that is no title ("Add Barack Obama", "Some Trump", "Earlier
    Biden": "Add", "Some" and "Earlier" are no first names); a title, a lower-case word or a word that is not common
    stops the cut, and :func:`person_key` reads the rest as before ("Deputy Attorney General Rod Lee", "First lady
    Ann Lee"); ``lo`` when no sentence opens there."""
    opening = max((k for k in range(lo, i) if k == 0 or _ends_sentence(words[k - 1])), default=None)
    if opening is None:
        return lo
    while (opening < i and words[opening][:1].isupper() and common(words[opening])
           and not is_role_word(words[opening].strip(_TRAIL))):
        opening += 1
    return opening


def _common_words(sentences: dict) -> Callable[[str], bool]:
    """``word -> bool``: whether a capitalised word is a common word, written in lower case in some sentence of
    the corpus ("Add", "Team", "Earlier") or an English stop word ("Some", "Though") (round 12bt-f). First names
    are rarely written in lower case; one that is ("Bill", "Will") is no first name only where it opens a
    sentence."""
    lower: set = set()
    for d in sentences:
        for s in sentences[d]:
            lower.update(w for w in s.split() if w[:1].islower())
    lower = {w.strip(_TRAIL + "\"'\u201c\u2018(") for w in lower}

    def common(word: str) -> bool:
        w = _POSSESSIVE.sub("", word.strip(_TRAIL + "\"'\u201c\u2018(")).lower()
        return w in lower or w in ENGLISH_STOP_WORDS

    return common


def mention_votes(
    sentences: dict, surnames: set, tagger, is_role_word: Callable[[str], bool], skip: frozenset = frozenset()
) -> tuple[dict, dict]:
    """Each article's stated role for the full names it writes in any sentence (issue 12ar-e's mention votes).

    Parameters
    ----------
    sentences : dict
        ``doc_id`` -> the article's sentences.
    surnames : set of str
        The lower-cased surnames some row needs; only sentences with one of them written after a capitalised word
        are read.
    tagger : helpers.measures.source_roles.RoleTagger
        Reads those sentences (reset before each article and at the end).
    is_role_word : callable
        See :func:`person_key`.
    skip : set of (str, str)
        (key, ``doc_id``) pairs not to read (the article's speaker rows state a role for the key already).

    Returns
    -------
    (dict, dict)
        key -> ``doc_id`` -> the role the article states for the name; ``doc_id`` -> every key the article names.
    """
    votes: dict = defaultdict(dict)
    named: dict = {}
    if not surnames:
        return {}, named
    keys: dict = {}  # phrase -> person_key
    common = _common_words(sentences)
    for d in sorted(sentences):
        found = [
            (s, names)
            for s in sentences[d]
            if not surnames.isdisjoint(_POSSESSIVE.sub("", w).lower() for w in _WORDS.findall(s))
            and (names := _full_names(s, surnames, is_role_word, keys, common))
        ]
        if not found:
            continue
        texts: dict = {}
        for _, names in found:
            for k, t in names:
                texts.setdefault(k, t)
        named[d] = set(texts)
        lasts = Counter(k.rsplit(" ", 1)[-1] for k in texts)
        ask = {k for k in texts if lasts[k.rsplit(" ", 1)[-1]] == 1 and (k, d) not in skip}
        if not ask:
            continue
        tagger.reset()
        for sent, names in found:
            if any(k in ask for k, _ in names):
                tagger.learn(sent)
        for k, t in sorted(texts.items()):
            if k not in ask:
                continue
            role, how = tagger.role(t)
            first = re.escape(k.split()[0])
            if (
                how in _VOTING_BASES
                and role not in _NOT_VOTING
                and re.search(rf"\b{first}\b", tagger.context(t).lower())
            ):
                votes[k][d] = role
        tagger.reset()
    return dict(votes), named


def _surname_keys(doc_ids, keys, phrases, named, roles, unknown) -> dict:
    """Row -> the one full name of the corpus a named ``unknown`` row's bare surname can be ("Cole", "Ms. Cole"):
    only when no row of its own article has a full name with that surname and the corpus has exactly one."""
    by_surname: dict = defaultdict(set)
    in_doc: set = set()
    for d, k in zip(doc_ids, keys):
        if k:
            by_surname[k.rsplit(" ", 1)[-1]].add(k)
            in_doc.add((d, k.rsplit(" ", 1)[-1]))
    out = {}
    for i, (d, k, p, ok, r) in enumerate(zip(doc_ids, keys, phrases, named, roles)):
        last = _bare_surname(p) if ok and r == unknown and not k else ""
        if not last:
            continue
        if len(by_surname.get(last, ())) == 1 and (d, last) not in in_doc:
            out[i] = next(iter(by_surname[last]))
    return out


def _article_vote(roles: list[str]) -> str:
    """The role one article states most for a person (a tie: the one met first)."""
    counts = Counter(roles)
    top = max(counts.values())
    return next(r for r in roles if counts[r] == top)


def _winner(ballot: dict) -> tuple[str, list[str]] | None:
    """The agreed role of the articles' votes and its voters' ids, or None (too few votes, too little agreement)."""
    if len(ballot) < MIN_ARTICLES:
        return None
    counts = Counter(ballot.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    role, top = ranked[0]
    if top < MIN_SHARE * len(ballot):
        return None
    return role, sorted(d for d, r in ballot.items() if r == role)


def fill_frame(
    df: pd.DataFrame,
    is_role_word: Callable[[str], bool],
    unknown: str = "unknown",
    sentences: dict | None = None,
    tagger=None,
    outlets: dict | None = None,
) -> pd.DataFrame:
    """:func:`corpus_roles` on an attribution table, in place (``role``, ``role_basis``, ``role_from``); then, with
    ``sentences``, the outlets and bodies named bare of :mod:`helpers.measures.role_bodies_corpus` (issue 12bc-b).

    Parameters
    ----------
    df : DataFrame
        From :func:`helpers.measures.sourcing.extract_attributions` (``doc_id``, ``source``, ``source_resolved``,
        ``identity``, ``role``, ``role_basis``), the whole corpus at once.
    is_role_word, unknown, sentences, tagger
        As for :func:`corpus_roles`.
    outlets : dict, optional
        The corpus's outlet names (:func:`helpers.measures.role_bodies_corpus.corpus_outlets`); None: no outlet rule.

    Returns
    -------
    DataFrame
        ``df``, its roles filled.
    """
    if df.empty:
        df["role_from"] = pd.Series(dtype=str)
        return df
    res, src = df["source_resolved"].fillna("").astype(str), df["source"].fillna("").astype(str)
    phrases = res.where(res.str.strip() != "", src).tolist()
    roles, bases, origin = corpus_roles(
        df["doc_id"].astype(str).tolist(),
        phrases,
        (df["identity"] == "named").tolist(),
        df["role"].tolist(),
        df["role_basis"].tolist(),
        is_role_word,
        unknown,
        sentences=sentences,
        tagger=tagger,
    )
    if sentences is not None:  # issue 12bc-b: outlets and bodies named bare
        from .role_bodies_corpus import body_roles

        docs = df["doc_id"].astype(str).tolist()
        text = {str(d): s for d, s in sentences.items()}
        roles, bases, more = body_roles(docs, phrases, (df["identity"] == "named").tolist(), roles, bases, text,
                                        is_role_word, outlets, unknown)
        origin = [a or b for a, b in zip(origin, more)]
    df["role"], df["role_basis"], df["role_from"] = roles, bases, origin
    return df
