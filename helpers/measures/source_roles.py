"""The role of a quoted source (spokesperson, politician, official, expert, ...), independent of the study.

A role comes from role nouns and titles (``helpers/data/source_roles.yaml``):
in the source phrase itself ("a spokesman for the committee", "the poll"),
or, for a name, from a title or an apposition anywhere in the same article
("Interior Minister Sheikh Rashid ... Rashid said"; "Jesse Hunt, a spokesman
for the National Republican Senatorial Committee, said"). No party or organisation
name decides a role, so the same rules hold for any news corpus; the one list of
names is a gazetteer of the world's states (``helpers/data/countries.yaml``): a
state or capital named bare speaks for its government (round 12ck).
The affiliation (which actor of the study a source belongs to) is separate:
see :func:`affiliation`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..text.lexicon import Matcher, load_lexicon
from . import role_acts as RA  # issue 12ae-r: elections, appointments, seats, news work
from . import role_agencies as RAG  # round 12cq: a public body named by its acronym ('the FBI said', 'ICE said')
from . import role_as as RAS  # issue 12be-a: 'As a professor of economics at X, Ann Lee', 'Ann Lee is an activist'
from . import role_bare_heads as RBH  # rounds 12dn2, 12dq, 12ea, 12eb: whole bare source phrases that speak
from . import role_bodies as RB  # issue 12z: hyphenated titles, source tails, bodies and governments
from . import role_civic as RCV  # issue 12ax-a: heads and staff of bodies named "X Association", "X Action", ...
from . import role_clauses as RC  # issue 12ac-r: candidates stated in a clause, places that speak
from . import role_colleagues as RCL  # round 12dm: "my colleague Ann Lee wrote": the writer's colleague
from . import role_coord as RCO  # issue 12az-u: appositions with "and" before the head noun
from . import role_countries as RCN  # round 12ck: a state or its capital named bare ('Brazil said', 'Moscow warned')
from . import role_documents as RDC  # issue 12au-c: 'a Department of Education study' (a body's name with 'of')
from . import role_epithets as RE  # issue 12at-d: a name, then "the Norland senator" as the next sentence's subject
from . import role_forms as F  # the patterns and word sets of the role reader
from . import role_heads as RHD  # issue 12 (bk-h, bl-h2): 'union president', 'President Ann Lee of the X Association'
from . import role_kinds as RK  # issue 12al-r: bodies named before their kind, 'works as', demonyms
from . import role_later as RLT  # issue 12aw-d: a name anywhere in a sentence, then "the Norland senator" later
from . import role_lists as RLS  # round 12cv: names coordinated in one source phrase ('Mills and Abedin')
from . import role_named_groups as RNG  # 2026-12-04: 'Americans for Prosperity', 'Reporters Without Borders'
from . import role_outlet_names as RON  # round 12dl: an outlet's name as a surname ('Mayor Michael Bloomberg')
from . import role_owners as RO  # issue 12at-a: people named with their organisation ('X's Ann Lee', 'Ann Lee of X')
from . import role_party as RP  # issue 12bc-p: officers of a party or a party's body ('the party's executive director')
from . import role_persons as RPR  # issue 12bf-r: a named person is never a document
from . import role_police as RPO  # issue 12at-e: 'Officer Ann Lee', 'police officials', 'the Sheriff's Office'
from . import role_refs as RR  # issue 12ab-r: unnamed people, bare groups, outlets
from . import role_senses as RSN  # issue 12at-i: 'the Fox News veteran', 'the Star', 'the station', 'Network Box'
from . import role_staff as RST  # issue 12au-b: staff of bodies the text says are advocacy groups
from . import role_surnames as RSU  # round 12db: a title word after a titled given name ('correspondent John King')
from . import role_titles as RT  # issue 12al-l: vice presidents, representatives of a person, political camps
from . import role_transcripts as RTS  # issue 12at-c: hosts, interviewers and initials of transcripts
from . import role_verbs as RV  # issue 12ax-w: 'served/resigned as X', 'is the founder of X', 'who has been a X'
from . import role_works as RW  # round 12bq-l: "the study's authors", "the history department at X University"
from .role_forms import affiliation
from .role_prose import prose_patterns, prose_roles
from .source_types import describes_anonymity

__all__ = ["load_roles", "role_names", "RoleTagger", "affiliation", "ROLE_UNKNOWN"]

ROLE_UNKNOWN = "unknown"
"""Role of a named source whose role the article never states."""

_LEARN_CHARS = 20_000
_LONG_TOKEN = re.compile(r"\w{64,}")
"""An unbroken run of 64 or more word characters (encoded data, a table cell run together): no name is one, and the
name patterns of :meth:`RoleTagger.learn` would try it at every letter (quadratic), so it is read as one short word."""


def load_roles(path="source_roles") -> dict:
    """Load the role lexicon (validated by :func:`helpers.text.lexicon.load_lexicon`).

    Parameters
    ----------
    path : str or Path
        A lexicon name in ``helpers/data`` or a path to a YAML file.

    Returns
    -------
    dict
        The lexicon; every entry has ``kind`` ``role`` or ``anonymity``.

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed.
    ValueError
        If an entry has another ``kind``.
    """
    lex = load_lexicon(path, extra_entry_keys=("kind", "groups", "intro_nouns"))
    for eid, e in lex["entries"].items():
        if e.get("kind") not in ("role", "anonymity"):
            raise ValueError(f"role entry {eid!r} has kind {e.get('kind')!r}; use 'role' or 'anonymity'")
    return lex


_MID_CAP = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w'\u2019-])")
"""A capitalised word after a lower-case word: a name or a party word, not a sentence's first word."""
_QUANTIFIER = re.compile(r"(?:some|many|most|few|a\s+few|several|those|others)", re.IGNORECASE)
"""A group head with no noun: the words after it may give the role ("Many in the party", "Others at the agency")."""


_PLACE_BARE = re.compile(r"[Tt]he\s+(?:state|province|county|city|town|village|borough|municipality)")
"""A source phrase that is only a place's common noun ("the state reported", "according to the city"): its government,
an official (protocol item 9; round 12bs-g2). The whole phrase, so "the state senator" or "the state of the economy"
keep their reading."""
_CHANCELLOR = re.compile(r"(?<![\w-])[Cc]hancellor(?![\w-])")
_STAFF_WORD = re.compile(r"(?:[Dd]irector|[Oo]fficer|[Cc]hair|[Pp]resident|CEO|[Ee]xecutive|[Cc]ounsel|[Ff]ellow|[Hh]ead|"
                         r"[Ff]ounder|[Mm]anager|[Cc]oordinator|[Oo]rgani[sz]er|[Ss]trategist)")
_NAME_COMMA = re.compile(rf"({F.NAME})(?=\s*,\s+(?:(?:the|a|an|its|who)\s+)?[\w'\u2019-])")
_COUNSEL = re.compile(rf"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{F.NAME}),\s+(?:defending|prosecuting)(?:\s+counsel)?,")
"""UK court reporting's counsel: "Ann Lee, defending, said" / "Mr Ben Ross, prosecuting, told the court" (a lawyer,
official by the role scheme; round 12br-p)."""
_TITLE_NAME = re.compile(r"(?:Chairman|Chairwoman|Chair|President|Director|CEO|Founder|Co-founder|chairman|chairwoman|"
                         rf"president|director|founder|co-founder)\s+({F.NAME})")
_COMMITTEE_CHAIR = re.compile(rf"[Cc]ommittee\s+[Cc]hair(?:man|woman)?\s+({F.NAME})|({F.NAME}),\s+(?:who\s+is\s+(?:now\s+)?)?"
                              r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[Cc]hair(?:man|woman)?\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,4}?"
                              r"Committee(?![\w-])")
"""A committee's chair and a name ("Committee Chairman Ann Lee", "Ann Lee, the chairman of the Budget Committee")."""


def _courtesy(title: str) -> bool:
    """Is ``title`` the courtesy title "Dr" written without a full stop (a doctorate or a physician, not an office;
    round 12br-t3)? The dotted "Dr." keeps its reading as a role noun of the lexicon."""
    return title in ("Dr", "DR")


_NOT_A_PERSONS_ROLE = frozenset({"document", "anonymous", ROLE_UNKNOWN, ""})
_SHORT_TITLE_NAME = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+")
"""A title word and a surname ("Commissioner Dunn"; round 12br-p)."""


def role_names(roles: dict) -> dict[str, str]:
    """Each role id of a role lexicon in words, for tables read by people ("military_police" -> "Military or police").

    Parameters
    ----------
    roles : dict
        The role lexicon (:func:`load_roles`).

    Returns
    -------
    dict of str to str
        Entry id -> its ``label`` (the id when it has none), and :data:`ROLE_UNKNOWN` -> "Unknown (the article states
        no role)".
    """
    names = {eid: e.get("label", eid) for eid, e in roles["entries"].items()}
    names[ROLE_UNKNOWN] = "Unknown (the article states no role)"
    return names


class RoleTagger:
    """Find the role of source phrases, with the titles and appositions of one article.

    Parameters
    ----------
    roles : dict
        From :func:`load_roles`.

    Notes
    -----
    Call :meth:`learn` with each sentence of an article (in order) before
    asking :meth:`role` about its sources, and :meth:`reset` between
    articles. Only the role nouns of the lexicon are used: a name never seen
    with a title or apposition has role :data:`ROLE_UNKNOWN`.
    """

    def __init__(self, roles: dict):
        entries = roles["entries"]
        self.order = [eid for eid, e in entries.items() if e["kind"] == "role"]
        self.labels = role_names(roles)
        self.matcher = Matcher({eid: entries[eid] for eid in self.order})
        self._outlet_surnames = RON.outlet_surname_terms(roles)  # round 12dl
        anon = {eid: e for eid, e in entries.items() if e["kind"] == "anonymity"}
        self.anon = Matcher(anon) if anon else None
        self._anon_intro = RR.anon_intro(anon)  # "two people familiar with the plan" (issue 12ac-r: from the lexicon)
        self._unnamed_nouns = {n.lower() for e in anon.values() for n in e.get("intro_nouns", [])}  # issue 12at-d
        self.names: dict[str, str] = {}
        self.weak: dict[str, str] = {}
        self.late: dict[str, str] = {}  # issue 12ac-r: roles of clause forms, kept apart from the names the pronoun
        self.places: dict[str, str] = {}  # resolver reads (so that no source span changes), and places (weak)
        self.after_caps: set[str] = set()  # words written after another capitalised word ("Ann Norland"): no place
        self.country_surnames: set[str] = set()  # round 12ck: the same, not after "Although" opening the sentence
        self.spelled: dict[str, set[str]] = {}  # round 12cq: acronym -> the names the article spells it out as
        self.caps_words: set[str] = set()  # the article's capitalised words (demonyms, issue 12af-r)
        self.mid_caps: set[str] = set()  # words capitalised after a lower-case word ("said Labour"; review r12ar)
        self.contexts: dict[str, str] = {}
        self.surnames: set[str] = set()
        self.outlets: dict[str, str] = {}
        self.firsts: dict[str, str] = {}
        self.bare_heads: dict[str, str] = {}
        self.pairs: dict[str, set[str]] = {}  # issue 12ak-r: first word -> last words of the article's full names
        self.late_weak: dict[str, str] = {}  # issue 12al-r: weak prose roles, and bodies named before their kind
        self.kinds: dict[str, str] = {}  # (read after places), kept apart from the names the pronoun resolver reads
        self.staff: dict[str, tuple[str, str]] = {}  # issue 12am-o: name -> the body of its staff title
        self.tagged: set[str] = set()  # issue 12am-o: names with a party-state tag ("Ann Lee (R-S.C.)")
        self.chairs: set[str] = set()  # and names that chair a committee
        self.bodies: dict[str, str] = {}  # and bodies described by an apposition ("X, a progressive group")
        self.epithets: dict[str, str] = {}  # issue 12at-d: names described in the next sentence (read last)
        self.owned: dict[str, str] = {}  # issue 12at-a: name key -> the organisation named with it
        self.party_acronyms: set[str] = set()  # issue 12bc-p: acronyms of the article's bodies typed as politicians
        self._titled_firsts: dict[str, str] | None = None
        self.turns: dict[str, str] = {}  # issue 12at-c: transcript labels -> role (see learn_turns)
        self.anon_intro = self.group_ref = self.academic_chancellor = False
        self.media_station = False  # issue 12at-i: the article names a broadcast station
        self.other_station = False  # round 12dq: the article names a station of another kind ("a gas station")
        self.outlet_persons: set[str] = set()  # round 12ec: outlet names the article wears as surnames
        self._nouns = {t.lower() for eid in self.order for t in entries[eid].get("terms", []) if t[:1].islower()}
        self._of_heads = {t.lower().split()[0] for eid in self.order for t in entries[eid].get("terms", [])
                          if len(t.split()) > 2 and t.lower().split()[1] == "of"}  # "commissioner" of "commissioner
        # of police": a later "Commissioner Dunn" may mean the longer title (round 12br-p)
        self._memo: dict[str, str] = {}
        terms = sorted({t for eid in self.order for t in entries[eid].get("terms", [])}, key=len, reverse=True)
        nouns = [p for eid in self.order for p in entries[eid].get("patterns", []) if p.startswith(r"(?<![\w-])")
                 and "$" not in p]  # "a pathologist", "a deputy assistant treasury secretary" (issue 12ao-a)
        alt = "(?i:" + "|".join([re.escape(t) for t in terms] + [f"(?:{p})" for p in nouns]) + ")"
        (self._name_after, self._appos, self._copula, self._bare_appos, self._bare_appos_any, self._who_does,
         self._owned_name, self._name_of_org, self._the_title_cue, self._party_tag) = F.tagger_patterns(alt)
        self._prose = prose_patterns(alt)
        self._as_name, self._as_pronoun = RAS.as_patterns(alt)  # issue 12be-a
        self._appos_poss = RC.possessive_appos(alt)
        groups = sorted({g for e in anon.values() for g in e.get("groups", [])}, key=len, reverse=True)
        self._group = re.compile(rf"(?:{RR.GROUP_DETERMINER}\s+)?(?:"
                                 + "|".join(re.escape(g) for g in groups) + r")", re.IGNORECASE) if groups else None
        self._group_nouns = tuple(g for g in groups if not _QUANTIFIER.fullmatch(g))  # "critics", not "some" (r12ar)

    def reset(self) -> None:
        """Forget the names learnt from the previous article."""
        self.names, self.contexts, self.surnames, self.weak, self.outlets, self.firsts = {}, {}, set(), {}, {}, {}
        self.late, self.places, self.after_caps, self.caps_words, self.mid_caps = {}, {}, set(), set(), set()
        self.country_surnames = set()
        self.spelled = {}  # round 12cq
        self.bare_heads, self.anon_intro, self.group_ref, self.academic_chancellor = {}, False, False, False
        self.pairs, self._titled_firsts = {}, None
        self.late_weak, self.kinds = {}, {}
        self.staff, self.tagged, self.chairs, self.bodies = {}, set(), set(), {}
        self.turns = {}
        self.epithets = {}  # issue 12at-d
        self.owned = {}  # issue 12at-a
        self.party_acronyms = set()  # issue 12bc-p
        self.media_station = False  # issue 12at-i
        self.other_station = False  # round 12dq
        self.outlet_persons = set()  # round 12ec

    def note_stations(self, sentence: str) -> None:
        """Note whether ``sentence`` names a broadcast station (issue 12at-i: "the station" then refers back to it) or
        a station of another kind (round 12dq: "a gas station", which leaves a plain "the station" unread).

        Parameters
        ----------
        sentence : str
            A sentence of the article (:meth:`learn` notes every sentence it reads; the corpus reader calls this for
            the sentences its name filter skips in articles with a station source).
        """
        self.media_station = self.media_station or RSN.names_station(sentence)
        self.other_station = self.other_station or RSN.names_other_station(sentence)

    def learn_turns(self, sentences: list[str]) -> None:
        """Issue 12at-c: the roles the turns of a transcript give its speaker labels (hosts, interviewers, initials;
        :func:`helpers.measures.role_transcripts.transcript_roles`), read with :meth:`turn_role` only. Call after
        :meth:`learn` has read the article."""
        for label, role, _ in RTS.transcript_roles(sentences, lambda phrase: self.role(phrase)[0]):
            self.turns.setdefault(" ".join(label.lower().split()), role)

    def learn_as_speaker(self, name: str, sentence: str, pronoun: str, at: int = -1) -> None:
        """Issue 12be-a: the role a sentence-initial "As <role noun phrase>, he/she ..." gives the name ``pronoun``
        was resolved to ("As a professor of economics at Yale, she said ..."), for the whole article, when the article
        gives the name no role of its own. Call after :meth:`learn` has read the article.

        Parameters
        ----------
        name : str
            The name the pronoun was resolved to.
        sentence : str
            The sentence whose subject is the pronoun.
        pronoun : str
            The pronoun as the source ("she").
        at : int, optional
            Where the pronoun stands in ``sentence`` (-1: anywhere); it must be the one after the phrase's comma.
        """
        m = self._as_pronoun.match(sentence[:_LEARN_CHARS]) if sentence.lstrip(" \"'\u201c\u2018([-")[:3] in (
            "As ", "as ") else None
        if (not m or m.group(4).lower() != pronoun.strip().lower() or (at >= 0 and m.start(4) != at)
                or self.phrase_role(name)):
            return
        role = RAS.as_role(sentence, m.start(), m.group(2), m.group(3), m.start(2), self.phrase_role, self._head_role)
        if role and self.role(name)[0] in ("", ROLE_UNKNOWN):
            self._remember(name, role, m.group(0))

    def turn_role(self, source: str) -> str:
        """Issue 12at-c: the role of a transcript label learnt by :meth:`learn_turns` ('' if none)."""
        return self.turns.get(" ".join(source.lower().split()), "") if self.turns else ""

    def phrase_role(self, phrase: str) -> str:
        """Role of the last role noun (the head noun) in the head of ``phrase``, then in the whole phrase; '' if none."""
        if phrase not in self._memo:
            if len(self._memo) > 100_000:
                self._memo.clear()
            role = self._phrase_role(phrase)
            if role == "politician":  # round 12em: "a vice president at Kronos" is no politician; other rules first
                company_vp, owner = RT.company_vice_president_phrase(phrase)
                if company_vp:
                    role = self._adjusted(owner, "official", "vice president") if owner else "official"
            self._memo[phrase] = role
        return self._memo[phrase]

    def needs_article(self, phrase: str) -> bool:
        """Does the role of ``phrase`` depend on the article: no role noun in it, or a bare role noun that may be a
        surname ("Judge says")?"""
        bare, role = phrase.strip(), self.phrase_role(phrase)  # "the Post": an outlet the article may name
        return (not role or (" " not in bare and bare.lower() in F.SURNAME_TITLES)
                or (role == "document" and bool(F.CAPS_PHRASE.fullmatch(bare)))
                or self._courtesy_only(bare)  # "Dr Lee": the article may give Lee an office (round 12br-t3)
                or bool(_SHORT_TITLE_NAME.fullmatch(bare) and bare.split()[0].lower() in self._of_heads)  # round 12br-p
                or (role in ("politician", "official") and bool(self._title_acronym(bare)))  # round 12bs-a
                or (role == "official" and self._named_office_owner(bare)))  # round 12bt-o: "Lee's office"

    def _named_office_owner(self, bare: str) -> bool:
        """Whether ``bare`` is the office of a capitalised owner with no role noun of its own ("Lee's office", "Ann
        Jones' office"; not "the Speaker's office", "Sen. Ann Lee's office", "the mayor's office"): the owner's role is
        then read in the article (round 12bt-o)."""
        owner = RT.office_owner(bare)
        return bool(owner) and owner[:1].isupper() and owner != "Speaker" and not self.phrase_role(owner)

    def _hits(self, text: str) -> list:
        """Role nouns in ``text``, without a capitalised document noun that starts a name ("Mayor Bill Cole"); a
        company's vice president ("senior vice president", "vice president of marketing") is an official (round
        12em)."""
        return [replace(h, entry="official") if (h.entry == "politician" and h.text.lower().replace("-", " ") ==
                                                 "vice president" and RT.company_vice_president(text, h.start, h.end))
                else h for h in self._plain_hits(text)]

    def _plain_hits(self, text: str) -> list:
        """The matcher's role nouns in ``text``, with the lexicon's entries, before round 12em's reading."""
        return [h for h in RB.with_hyphen_tails(text, self.matcher.find(text))
                if not ((h.entry == "document" or h.text in F.GIVEN_NAME_ROLES) and h.text[:1].isupper()
                        and F.NEXT_NAME.match(text, h.end))
                and not (h.text == "General" and F.ORG_AFTER_GENERAL.match(text, h.end))
                and not RSN.inner_network(text, h)  # issue 12at-i: "Network Box, a security firm"
                and not RSU.surname_hit(text, h.start, h.end, self.phrase_role)  # round 12db: "Judge Amy Pope"
                and not (h.entry == RON.OUTLET_ROLE and RON.outlet_surname_hit(  # round 12dl: "Mr. Bloomberg"
                    text, h.start, h.end, self._outlet_surnames, self.phrase_role))]

    def _phrase_role(self, phrase: str) -> str:
        if _PLACE_BARE.fullmatch(phrase.strip()):  # round 12bs-g2: "the state", "the city" named bare
            return "official"
        if RDC.named_body_document(phrase, self._hits, F.HEAD_SPLIT):  # issue 12au-c hook: the cut inside a name
            return "document"
        if (phrase[:1].isupper() or phrase[:4] == "the ") and RNG.named_group(phrase, self._last_role):  # "Students for Fair Admissions"
            return "activist_advocacy"
        if F.SURNAME_HEAD.fullmatch(phrase.split(",", 1)[0].strip()) and self._surname_head(phrase.split(",", 1)[0]):
            rest = phrase.split(",", 1)[1] if "," in phrase else ""  # "Tom Judge, a journalist": the name's apposition
            return self.phrase_role(rest.strip()) if rest.strip() else ""
        vice = RT.vice_president_role(phrase, self._body_role)  # "Ann Lee, vice president of the X Institute"
        if vice:
            return vice
        lead = _NAME_COMMA.match(phrase) if "now " in phrase else None  # issue 12bb-n: "Ann Lee, a former senator now at"
        now = RT.now_body_role(phrase[lead.end(1):], self._body_role) if lead else ""
        if now:
            return now
        if RT.author_of_work_role(phrase):  # "the author of the X article": a journalist (issue 12an-k)
            return "journalist_media"
        works = RW.authors_role(phrase)  # round 12bq-l: "the study's authors" (expert), "the bill's author"
        if works:
            return works
        first = phrase.split(",", 1)[0]
        for part in [first] + (phrase.split(",")[1:] if not self._last_role(first) else []):
            if RW.academic_unit_role(part):  # round 12bq-l: "chair of the history department at X University"
                return "expert"
        head = RHD.titled_phrase_role(phrase, self._hits, self._last_role)  # bk-h: "President Ann Lee of the X Union"
        lead_part = phrase.split(",", 1)[0] if not head and "," in phrase else ""
        for part in phrase.split(",")[1:] if lead_part and not self._last_role(lead_part) else ():  # not "Rep. X, ..."
            head = RHD.appositive_head_role(part, self._hits, self._last_role)  # bk-h: "general secretary of the X and Y Union"
            if head:
                break
        if head:
            return head
        head = F.HEAD_OF_PHRASE.match(phrase)
        if head:  # "the former head of the site security team": the body's role if it is an outlet, academy or group
            body = self._body_role(head.group(1))
            return body if body in F.OWNER_ROLES or body in ("politician", "military_police") else "official"
        for part in [phrase] + phrase.split(",")[1:]:
            owned = F.OWNED_PHRASE.match(part)
            if owned and " ".join(owned.group(2).lower().split()) in F.OWNED_TITLES:
                # "Joan Alker, executive director of Georgetown University's Center": the center's role
                title = self._last_role(owned.group(1))
                role = self._owned_role(owned.group(2), title, part[owned.end(2):]) if title else ""
                if role != title and (role in F.OWNER_ROLES or role == "politician"):  # or a party's chair
                    return role
        coll = F.COLLECTIVE.match(phrase)
        if coll:  # "a group of aviation experts": the members' role, if they have one
            members = self.phrase_role(coll.group(1))
            if members:
                return members
        one_of = RB.ONE_OF_HEAD.match(phrase)  # "One of its suppliers, Acme": the suppliers (issue 12af-r)
        scopes = [self._head(one_of.group(1) if one_of else phrase)]
        scopes[:0] = [s for s in [RB.head_before_participle(scopes[0], self._hits)] if s]  # issue 12ar-h
        cut = F.HEAD_SPLIT.search(phrase)
        if cut and cut.group().strip().lower() == "and" and F.MODIFIERS_ONLY.fullmatch(phrase[:cut.start()]):
            # "a new and dire climate report from X": the report (not "Ann Lee and a group of ...", "policy and ...")
            scopes.append(F.HEAD_SPLIT.split(phrase[cut.end():], maxsplit=1)[0])
        appos = [a.strip() for a in phrase.split(",")[1:] if a.strip()]
        # "Lee Ray, a Republican and a retired colonel", "Sylvia Padron, a bookkeeper at the ... Center": the head of
        # each apposition ("a member of the X Committee": the committee); with no role noun there, no role
        scopes += [a if F.MEMBER_OF.match(a) else F.HEAD_SPLIT.split(RB.ONE_OF.sub(r"\1", a, count=1), maxsplit=1)[0]
                   for a in appos]  # "one of the President's sons": the sons
        if not any(F.ARTICLE.match(a) for a in appos):
            scopes.append(phrase)
        first = next(((k, r) for k, r in enumerate(map(self._last_role, scopes)) if r), None)
        if first is None:
            return ""
        k, role = first
        if self._courtesy_only(scopes[k]):  # "Dr Ann Lee, the prime minister": the apposition's office (round 12br-t3)
            later = next((r for r in map(self._last_role, scopes[k + 1:]) if r), "")
            return later if later and later not in ("ordinary_person", "document") else role
        return role

    def _head(self, text: str) -> str:
        """The head of ``text``: the words before its first preposition or comma (:data:`F.HEAD_SPLIT`), but not
        inside a role term of the lexicon that holds the preposition ("Commissioner of Police Ann Lee": the head runs
        to the end of "Commissioner of Police", round 12br-p)."""
        cut = F.HEAD_SPLIT.search(text)
        if cut is None:
            return text
        if cut.group().strip().lower() != "of":  # only "of" ("representative for", "officer in charge" stay cut)
            return text[:cut.start()]
        across = [h.end for h in self._hits(text[:cut.end() + 40])  # "of" inside the term, not its last word
                  if h.start < cut.start() < h.end and not h.text.lower().rstrip().endswith(" of")]
        if not across:
            return text[:cut.start()]
        rest = text[max(across):]
        more = F.HEAD_SPLIT.search(rest)
        return text[:max(across)] + (rest[:more.start()] if more else rest)

    def _last_role(self, scope: str) -> str:
        """Role of the last role noun (the head noun) of ``scope`` ('' if none)."""
        hits = self._hits(scope)
        station = RSN.station_role(scope, hits)  # issue 12at-i: "a local TV station", "station WXYZ"
        if station or not hits:
            return station
        best = max(hits, key=lambda h: (h.end, -self.order.index(h.entry)))
        i = hits.index(best)
        sense = RSN.sense_role(scope, hits, i)  # issue 12at-i: "the Fox News veteran", "the Star"
        if sense:
            return sense
        if self._yielding_rank(scope, hits, i) or self._yielding_courtesy(scope, hits, i):
            best = hits[i - 1]  # "Pentagon spokesman Rear Adm. John Kirby", "Prime Minister Dr Ann Lee": the function
        return self._adjusted(scope[:best.start], best.entry, best.text)

    def _yielding_courtesy(self, text: str, hits: list, i: int) -> bool:
        """Is hit ``i`` the courtesy title "Dr" right after another title of one title chain ("Prime Minister Dr Ann
        Lee", "Commissioner of Police Dr Ann Lee")? The function title counts (round 12br-t3)."""
        if i == 0 or not _courtesy(hits[i].text):
            return False
        prev = hits[i - 1]
        return (prev.entry != "document" and not self._is_outlet(prev)
                and bool(F.RANK_GAP.fullmatch(text[prev.end:hits[i].start])))

    def _names_title_head(self, bare: str, role: str) -> str:
        """The name key of ``bare`` when it is a title and a name ("Commissioner Dunn") whose title is the first word of
        a longer title with "of" that the article gave the same name ("Commissioner of Police Ray Dunn") with another
        role than ``role``, else '' (round 12br-p). The longer title is the one the article meant."""
        hits = self._hits(bare)
        if len(hits) != 1 or hits[0].start != 0 or " " in hits[0].text.strip():
            return ""
        longer = re.compile(rf"(?:the\s+|\w+(?:'s|\u2019s)\s+)?(?:\w+\s+)?{re.escape(hits[0].text)}\s+of\s", re.IGNORECASE)
        return next((key for key in F.name_keys(bare) if key in self.names and self.names[key] != role
                     and longer.match(self.contexts.get(key, ""))), "")

    def _courtesy_only(self, scope: str) -> bool:
        """Does ``scope`` read as a role only through the courtesy title "Dr" written without a full stop ("Dr Ann
        Lee", "Dr Lee")? (round 12br-t3)"""
        hits = self._hits(scope)
        return bool(hits) and all(_courtesy(h.text) for h in hits)

    def _yielding_rank(self, text: str, hits: list, i: int) -> bool:
        """Is hit ``i`` a military rank right after another title of a title chain ("spokesman Rear Adm.")?"""
        if i == 0 or " ".join(hits[i].text.lower().split()) not in F.RANKS:
            return False
        prev = hits[i - 1]
        gap = text[prev.end:hits[i].start]
        return (prev.entry not in ("document", "military_police") and " ".join(prev.text.lower().split()) not in F.RANKS
                and not self._is_outlet(prev) and bool(F.RANK_GAP.fullmatch(gap)))

    def _adjusted(self, before: str, role: str, noun: str) -> str:
        """The role of role noun ``noun`` read with the words ``before`` it: a legislature's committee or chair is a
        politician ("the Senate Finance Committee"); an executive title owned by an outlet, a university or an
        advocacy group takes its owner's role ("NPR's vice president")."""
        low = " ".join(noun.lower().split())
        owner = RB.statement_owner(before, low, self._hits, self._last_role) if role == "official" else ""
        if owner:  # "a 5th Fleet statement": the fleet's (issue 12ar-h)
            return owner
        if role == "politician" and RT.is_party_voter(before, low):  # "a registered Democrat" (issue 12ap-e)
            return "ordinary_person"
        if role == "official" and (RPO.police_official(before, noun) or RAG.force_title(before, noun, self.spelled)):
            # "City Police Deputy Chief" (12an-k), "Officer Ann Lee", "police officials" (12at-e), "FBI Director" (12cx)
            return "military_police"
        if role == "official" and low in F.CHAIR_WORDS and F.LEG_CHAIN.search(before[-120:]):
            return "politician"
        if role == "official" and RP.party_chair(before, low):  # round 12bp-p: "the Democratic chairman of the
            return "politician"  # judiciary committee" (a legislator or a party officer, not an agency's partisan seat)
        if role in ("politician", "official") and low in F.EXEC_TITLES:
            owner = F.OWNER.search(before[-80:])
            if owner:
                owned = self.phrase_role(owner.group(1))
                if owned in F.OWNER_ROLES:
                    return owned
            body = RB.BODY_BEFORE_TITLE.search(before[-100:])  # "American Federation of Teachers President"
            owned = self.phrase_role(body.group(1).strip()) if body and RB.TWO_CAPS.search(body.group(1)) else ""
            if body and RCV.civic_role_ok(body.group(1), owned):
                return "activist_advocacy"  # issue 12ax-a hook: "X Action CEO", "X Y Federation President"
            if owned in F.OWNER_ROLES:
                return owned
        if role == "official" and low in F.EXEC_TITLES | F.CHAIR_WORDS:  # "Republican National Committee chairman"
            body = F.CAPS_BEFORE.search(before[-80:])
            if body and self.phrase_role(body.group(1)) == "politician":
                return "politician"
        if role == "official" and RP.party_officer(before, noun, self.phrase_role):  # issue 12bc-p: "the party's
            return "politician"  # executive director", "a state party executive director" (a party officer)
        if role in ("politician", "official") and low in RHD.HEAD_TITLES:  # bk-h, bl-h2: "union president", "the
            body = RHD.body_before_title(before, self._hits, self._last_role)  # association's president": the body's role
            if body:
                return body
        if role == "expert" and low in F.MEDIA_TITLES:  # "CNN's senior legal analyst": a media commentator
            owner = F.MEDIA_OWNER.search(before[-80:])
            key = owner.group(1).lower() if owner else ""
            if owner and (self.phrase_role(owner.group(1)) == "journalist_media" or key in self.outlets):
                return "journalist_media"
        return role

    def learn(self, sentence: str) -> None:
        """Remember the role of every name with a title or apposition in ``sentence``.

        Only the first :data:`_LEARN_CHARS` characters are read, and a run of 64 or more word characters is read as
        one short word (bounded work on a huge sentence or a run of encoded data). The steps run in
        this order and the first role learnt for a name wins, so their order is part of the rules.
        """
        sentence = sentence[:_LEARN_CHARS]
        if len(sentence) >= 64:
            sentence = _LONG_TOKEN.sub("x", sentence)  # bounded work on a run of letters with no space
        self.note_stations(sentence)
        if self._outlet_surnames:  # round 12ec: "Michael Bloomberg", so a bare "Bloomberg" said is the person
            self.outlet_persons |= RON.surname_persons(sentence, self._outlet_surnames, self.phrase_role)
        if " ," in sentence:
            sentence = F.SPACE_COMMA.sub(",", sentence)  # "said David Plouffe , the president's adviser"
        if " -" in sentence or "\u2014" in sentence or "\u2013" in sentence:
            sentence = F.DASH.sub(", ", sentence)  # "John Dean -- Nixon's legal counsel -- has ..."
        if ")" in sentence:
            sentence = F.LINK_NICK.sub(r"\1 \2 \1", sentence)
        if '"' in sentence or "\u201c" in sentence:
            sentence = F.NICKNAME.sub(r"\1 ", sentence)  # 'Baltimore's mayor, Bernard "Jack" Young, called'
  # "Mitch McConnell Addison (Mitch) Mitchell ..."
        for name, evidence in RT.news_authors(sentence):  # "Ann Lee, the author of the X article" (issue 12an-k)
            self._remember(name, "journalist_media", evidence)
        hits = self._hits(sentence)
        for m in _COUNSEL.finditer(sentence) if ("defending" in sentence or "prosecuting" in sentence) else ():
            self._remember(m.group(1), "official", m.group(0))  # round 12br-p: "Ann Lee, defending, said": counsel
        self._learn_title_of_body(sentence, hits)
        self._learn_outlets(sentence, hits)
        self._learn_title_before_name(sentence, hits)
        for name, role, evidence in RB.group_and_pair_roles(sentence, self.phrase_role, self._last_role, self._body_role):
            self._remember(name, role, evidence)  # "Ann Lee, one of the officials", "president and fellow at X"
        self._learn_appositions(sentence)
        self._learn_copulas_and_tags(sentence)
        self._learn_owned_names(sentence)
        for name, owner in RO.owned_names(sentence):  # issue 12at-a: read when the role is asked (_owner_role)
            for key in F.keys_of(name):
                self.owned.setdefault(key, owner)
        self._learn_campaigns(sentence)
        self._learn_organisations(sentence)
        self._learn_ordinary_people(sentence)
        self._learn_clauses(sentence)
        for name, role, evidence, weak, person in prose_roles(sentence, self._prose, self.phrase_role, self._head_role):
            self._remember(name, role, evidence, last_word=person, weak=weak)  # "As governor, Ann Lee", "Acme Inc."
        for name, role, evidence in RAS.as_names(sentence, self._as_name, self.phrase_role, self._head_role):
            self._remember(name, role, evidence)  # issue 12be-a: "As a professor of economics at Yale, Ms. Lee"
        for name, role, evidence in RB.weak_body_roles(sentence, self.phrase_role):  # "FBI agents", "a Zogby poll"
            self._remember(name, role, evidence, last_word=False, weak=True)
        if "olleague" in sentence:
            for name, role, evidence in RCL.colleague_names(sentence, self.phrase_role):  # round 12dm (weak)
                self._remember(name, role, evidence, weak=True)  # "my colleague Ann Lee"
        if ":" in sentence:
            self._learn_transcript(sentence)
        self._learn_references(sentence)
        self._learn_names_and_leaders(sentence)
        self._learn_staff_bodies(sentence)

    def learn_epithets(self, sentences: list[str]) -> None:
        """Issue 12at-d: names referred to by a definite description as the subject of the sentence next to theirs
        ("Ann Lee toured the plant. The Norland senator said ..."; :mod:`helpers.measures.role_epithets`), read only for
        a source whose role the article states nowhere else. Call with all the article's sentences, in order."""
        for name, role, evidence in RE.epithet_links(sentences, self.phrase_role, self._nouns, self._unnamed_nouns):
            self._remember(name, role, evidence, table=self.epithets)
        # issue 12aw-d (hook): the one person named in the sentence before a later "The former Norland senator ..."
        for name, role, evidence in RLT.later_links(sentences, self.phrase_role, self._nouns, self._unnamed_nouns):
            self._remember(name, role, evidence, table=self.epithets)

    def _learn_names_and_leaders(self, sentence: str) -> None:
        """Issue 12ak-r: the article's two-word names (for a title written before a first name only) and a religious
        leader stated by a congregation ("Ann Lee told her congregation"), kept apart from the resolver's names."""
        for first, last in RC.first_last_pairs(sentence):
            self.pairs.setdefault(first, set()).add(last)
        self._titled_firsts = None
        for name, evidence in RC.congregation_leaders(sentence):
            self._remember(name, "activist_advocacy", evidence, table=self.late)

    def _learn_staff_bodies(self, sentence: str) -> None:
        """Issue 12am-o: the body of a staff title a name holds ("Ann Lee, legislative director at the X Campaign", "Our
        Revolution Chairman Ann Lee", "Ann Lee, who heads the Y Fund"), read when the role is asked (see
        :meth:`_staff_kind`), and the names with a party-state tag."""
        for m in self._party_tag.finditer(sentence):
            self.tagged.update(F.name_keys(m.group(1))[-1:])
        if "ommittee" in sentence:
            for m in _COMMITTEE_CHAIR.finditer(sentence):
                self.chairs.update(F.name_keys(m.group(1) or m.group(2))[:2])
        for name, role in RT.described_bodies(sentence, self.phrase_role):
            self.bodies.setdefault(" ".join(name.lower().split()), role)
        for name in RST.listed_groups(sentence, self.phrase_role):  # issue 12au-b: "X, another group", "groups like X"
            self.bodies.setdefault(" ".join(name.lower().split()), "activist_advocacy")
        if not _STAFF_WORD.search(sentence):
            return
        for m in _NAME_COMMA.finditer(sentence):
            after = sentence[m.end(1):m.end(1) + 200]
            body, said = RT.staff_body(after)
            if body and not said and RST.advocates_after(after, body):  # issue 12au-b: ", which supports ..."
                said = "advocates"
            if body:
                for key in F.name_keys(m.group(1))[:2]:
                    self.staff.setdefault(key, (body, said))
        for m in _TITLE_NAME.finditer(sentence):
            body = RT.staff_body_before(sentence[max(0, m.start(1) - 90):m.start(1)])
            if body:
                for key in F.name_keys(m.group(1))[:2]:
                    self.staff.setdefault(key, (body, ""))

    def _staff_kind(self, key: str, role: str) -> str:
        """The role of a name whose learnt role is ``role``, read with the body of its staff title: the body's kind
        when the article or the body's name says what kind of body it is ('' otherwise); a committee chair with a
        party-state tag is a legislator."""
        if role == "official" and key in self.tagged and key in self.chairs:
            return "politician"  # "Committee Chairman Ann Lee (R-S.C.)"
        body, said = self.staff.get(key, ("", ""))
        return self._body_staff_kind(body, said, role) if body else ""

    def _body_staff_kind(self, body: str, said: str, role: str) -> str:
        """The role of a person with staff title in ``body`` whose role is ``role`` ('' to keep it): an official takes
        the body's kind (issue 12am-o); a politician by "campaign" takes advocacy when the body is a group whose name
        ends in "Campaign" and holds no name of the article's people (issue 12ap-e)."""
        if role in ("official", "politician") and self._civic_staff(body, said):
            return "activist_advocacy"  # issue 12ax-a hook: "Ann Lee, general counsel for the X Y Federation"
        if role == "official":  # issue 12au-b: "the nonprofit group X", "the conservative X"
            return RT.body_kind(body, self._body_role, self._known_body, said) or RST.kind_before_name(body, self._body_role)
        if role == "politician" and RT.campaign_group(body, self._is_person_word):
            return "activist_advocacy"
        return ""

    def _civic_staff(self, body: str, said: str) -> bool:
        """Issue 12ax-a: is ``body`` (a staff title's body) named by a head word of a non-governmental body
        (:func:`RCV.civic_role_ok` reads the name once), not a fellow's post (a researcher) and not typed by the lexicon
        as another kind of owner (an outlet, a research body) or a police force?"""
        return said != "fellow" and RCV.civic_role_ok(body, self._body_role(body))

    def _is_person_word(self, word: str) -> bool:
        """Is ``word`` a surname or the first word of a full name in the article (issue 12ap-e)?"""
        low = word.lower()
        return low in self.surnames or low in self.pairs or low in self.names

    def _staff_phrase(self, bare: str, role: str) -> str:
        """Issue 12ap-e: the role of a source phrase read with what it says of a body ('' to keep ``role``): a name with
        a staff title in a body ("Ann Lee, legislative director at the X Campaign": the body's kind, as
        :meth:`_staff_kind` for names), a group whose name ends in "Campaign" ("The Clean Water Campaign"), a
        politician's office ("Sen. Ann Lee's office", "the Speaker's office": the politician's voice). A staff title
        changes the phrase's role only to advocacy, when the phrase states the body is one (:func:`RT.advocacy_stated`)."""
        if role not in ("official", "politician"):
            return ""
        lead = _NAME_COMMA.match(bare)  # "Ann Lee, legislative director at ..." (the name that opens the phrase)
        if lead:
            body, said = RT.staff_body(bare[lead.end(1):])
            if body and not said and RST.advocates_after(bare, body):  # issue 12au-b: ", which supports ..."
                said = "advocates"
            kind = self._body_staff_kind(body, said, role) if body else ""
            if kind == "activist_advocacy" and (RT.advocacy_stated(body, bare) or self._civic_staff(body, said)):
                return kind  # restricted after the population read (seed 1670): not a bare "group" or "foundation"
            if body and kind in ("", "activist_advocacy") and not self.phrase_role(lead.group(1)) and (  # r12au
                    RST.kind_before_name(body, self._body_role) or (
                    role == "official" and self._body_role(body) in ("", "ordinary_person")  # review r12au: rule (c)
                    and (said == "advocates" or RST.described_in_phrase(body, bare)))):  # only of an unknown body
                return "activist_advocacy"  # issue 12au-b: the phrase says what the body is
        if role == "politician" and F.CAPS_PHRASE.fullmatch(bare) and RT.campaign_group(bare, self._is_person_word):
            return "activist_advocacy"
        owner = RT.office_owner(bare) if role == "official" else ""
        if not owner:
            return ""
        owned = "politician" if owner == "Speaker" else self.phrase_role(owner) or self._role(owner, False, "")[0]
        return owned if owned in ("politician", "military_police") else ""  # "the mayor's office", "the sheriff's"

    def _owner_role(self, phrase: str) -> str:
        """Issue 12at-a: the role of the organisation a name is given with ("NPR's Ann Lee", "Ann Lee of X"), in the
        phrase or anywhere in the article, when its kind can be read (:func:`RO.owner_role`; '' otherwise)."""
        owner = RO.split_owned(phrase)[1]
        bare = phrase.strip()
        if not owner and self.owned and F.CAPS_PHRASE.fullmatch(bare) and not bare.endswith(("'s", "\u2019s")):
            owner = next((self.owned[k] for k in F.name_keys(phrase) if k in self.owned), "")  # a later bare mention
        if not owner:
            return ""
        key = " ".join(w for w in owner.lower().split() if w != "the")
        typed = self.bodies.get(key) or self.kinds.get(key) or self.outlets.get(key, "")
        return RO.owner_role(owner, self.after_caps, typed, self.names.get(key) or self.late.get(key, ""),
                             self.contexts.get(key, ""))

    def _title_acronym(self, bare: str) -> str:
        """The acronym written right before the last politician's or official's head title in the head of source
        phrase ``bare`` ("NTU" of "NTU President Ann Lee"), or '' (round 12bs-a)."""
        lead = F.HEAD_SPLIT.split(bare, maxsplit=1)[0]
        titles = [h for h in self._hits(lead) if h.entry in ("politician", "official")]
        if not titles:
            return ""
        return RHD.acronym_before_title(lead[max(0, titles[-1].start - 30):titles[-1].start], titles[-1].text)

    def _acronym_body(self, acronym: str) -> str:
        """The role of the body the article defined ``acronym`` for ("NTU", after "the Northern Teachers Union
        (NTU)"), when it is an advocacy group, a research body or an outlet; '' otherwise (round 12bs-a)."""
        body = self._known_body(acronym) if acronym else ""
        return body if body in F.OWNER_ROLES else ""

    def _known_body(self, body: str) -> str:
        """The role the article gave a body's name ("Fair Deal Now, a progressive group"; '' if none)."""
        key = " ".join(w for w in body.lower().split() if w != "the")
        return self.names.get(key) or self.late.get(key) or self.kinds.get(key) or self.bodies.get(key, "")

    def _first_name_titles(self) -> dict[str, str]:
        """Surnames whose first name alone carries a title ("Attorney General Ann", then "Ann Lee"): their role, only
        where a weak cue (a relative, an age) would type them otherwise ("King David ... David Lee" types no one)."""
        if self._titled_firsts is None:
            found = RC.titled_first_names(self.pairs, self.names) if self.pairs and self.weak else {}
            self._titled_firsts = {k: v for k, v in found.items() if k in self.weak}
        return self._titled_firsts

    def _learn_references(self, sentence: str) -> None:
        """Article-level cues of :mod:`helpers.measures.role_refs`: an unnamed source introduced as one, a reference to
        a group, a person introduced by where they live, a candidate named as a pick."""
        self.anon_intro = self.anon_intro or bool(self._anon_intro and self._anon_intro.search(sentence))
        self.group_ref = self.group_ref or bool(RR.GROUP_REF.search(sentence))
        self.academic_chancellor = self.academic_chancellor or (
            "hancellor" in sentence and bool(RC.ACADEMIC_CHANCELLOR.search(sentence)))
        if " who " in sentence:
            for m in RR.LIVES_IN.finditer(sentence):
                self._remember(m.group(1), "ordinary_person", m.group(0), weak=True)
        if " pick " in sentence or " choice " in sentence or " nominee " in sentence:
            for m in RR.PICK.finditer(sentence):
                self._remember(m.group(1), "politician", m.group(0))
        for name, role, evidence, place in RC.clause_roles(sentence):  # "Ann Lee is running for governor"; a place
            self._remember(name, role, evidence, last_word=not place, table=self.places if place else self.late)
        for name, role, evidence in RA.act_roles(sentence, self.phrase_role):  # "Ann Lee was elected to the Senate"
            self._remember(name, role, evidence, table=self.late)
        # issue 12ax-w (hook): "Ann Lee resigned as governor", "Ann Lee is the founder of X", "who has been a senator"
        for name, role, evidence in RV.verb_roles(sentence, self.phrase_role, self._body_role, self._hits,
                                                       self.after_caps):
            self._remember(name, role, evidence, table=self.late)
        if "said" in sentence or "says" in sentence:
            for m in self._appos_poss.finditer(sentence):  # "said Ann Lee, senior women's rights researcher at"
                self._remember(m.group(1), self.phrase_role(m.group(2)), m.group(0), table=self.late)
        self.after_caps.update(RC.surname_uses(sentence))
        self.country_surnames.update(RCN.surname_uses(sentence))  # round 12ck
        if "(" in sentence:  # round 12cq: "the Norland Ice Council (ICE)": the article's own body of an acronym
            for acronym, name in RAG.spelled_acronyms(sentence):
                self.spelled.setdefault(acronym, set()).add(name)
        self.caps_words.update(RC.capitalised_words(sentence))
        self.mid_caps.update(_MID_CAP.findall(sentence))
        self._learn_kinds_and_work(sentence)

    def _learn_kinds_and_work(self, sentence: str) -> None:
        """Issue 12al-r: a body named before a noun of its kind ("the Acme mining company"), a person who "works as" a
        role noun, a person introduced by a demonym alone or a copula with a private person's occupation (weak); kept apart
        from the names the resolver reads."""
        for name, role, evidence in RK.kind_before(sentence, self.phrase_role):
            self._remember(name, role, evidence, last_word=False, table=self.kinds)
        for name, role, evidence, weak in RK.works_as(sentence, self.phrase_role):
            self._remember(name, role, evidence, table=self.late_weak if weak else self.late)
        for name, evidence in RK.demonym_appositions(sentence, self.phrase_role):
            self._remember(name, "ordinary_person", evidence, table=self.late_weak)
        if F.COPULA_WORD.search(sentence):
            found = (m for m in self._copula.finditer(sentence) if not self.phrase_role(m.group(1)))
            for name, evidence in RK.occupation_copula(found, lambda start: self._head_role(sentence, start),
                                                       self.after_caps):
                self._remember(name, "ordinary_person", evidence, table=self.late_weak)

    def _learn_title_of_body(self, sentence: str, hits: list) -> None:
        """Titles followed by 'of'/'to' and a body, then a name ("Director of National Intelligence James Clapper"), and
        role nouns before 'named' ("a potential juror named Ann Reed")."""
        for h in hits:
            if h.entry == "document" or self._is_outlet(h):
                continue
            m = F.NAMED.match(sentence, h.end) or (F.SUCH_AS.match(sentence, h.end) if h.text.endswith("s") else None)
            if m and not self.phrase_role(m.group(1)):
                # "a potential juror named Ann Reed", "banks such as Citigroup": the role noun before the name
                self._remember(m.group(1), h.entry, sentence[h.start:m.end()])
                continue
            m = (F.TITLE_OF_BODY.match(sentence, h.end)
                 if " ".join(h.text.lower().split()) not in F.INSTITUTION_NOUNS else None)
            if (m and not F.ORG_WORD.search(m.group(2)) and not self._hits(m.group(2))
                    and not F.PERSON_TITLE_END.search(m.group(1))):  # "an aide to Sen. Ann Cole": Cole is no aide
                # "Director of National Intelligence James Clapper": the title's role (or its body's, see _owned_role)
                role = self._adjusted(sentence[max(0, h.start - 120):h.start], h.entry, h.text)
                self._remember(m.group(2), self._owned_role(h.text, role, " of " + m.group(1)), sentence[h.start:m.end()])

    def _learn_title_before_name(self, sentence: str, hits: list) -> None:
        """Titles right before a name ("Interior Minister Sheikh Rashid", "Pentagon spokesman Rear Adm. John Kirby")."""
        for i, h in enumerate(hits):
            m = self._name_after.match(sentence, h.end)
            # "Lt. Gov. Gavin Newsom": the nearest title counts; "Mayor Bill Cole": "Bill" is a name, not a title;
            # a document noun is no title ("the bill Cole signed"); "White House spokesman Jay Carney": the
            # modifier is itself a title, which counts; "Pentagon spokesman Rear Adm. John Kirby": a rank after a
            # function title yields to it
            if (m and h.entry != "document" and not self._is_outlet(h)
                    and not (i + 1 < len(hits) and hits[i + 1].start < m.start(1))
                    and self.phrase_role(m.group(1).split()[0]) in ("", "document")):
                name = self._before_later_title(sentence, hits, i, m)
                if not name:
                    continue
                t = hits[i - 1] if self._yielding_rank(sentence, hits, i) or self._yielding_courtesy(sentence, hits, i) else h
                role = self._adjusted(sentence[max(0, t.start - 120):t.start], t.entry, t.text)
                if role == "official" and RP.acronym_officer(sentence[max(0, t.start - 60):t.start], t.text,
                                                             self.party_acronyms):
                    role = "politician"  # issue 12bc-p: "NNC Chairman Ann Lee", the article's own acronym
                # "Dr. Ann Cole": a courtesy of physicians and doctors of any subject, weak evidence of an expert
                weak = " ".join(t.text.lower().split()) in F.WEAK_TITLES
                if role in ("politician", "official") and " ".join(t.text.lower().split()) in RHD.HEAD_TITLES:
                    role = RHD.titled_name_body(sentence, m.end(1), self._hits, self._last_role, m.group(1)) or role
                if role in ("politician", "official"):  # round 12bs-a: "NTU President Ann Lee", the article's NTU
                    role = self._acronym_body(RHD.acronym_before_title(sentence[max(0, t.start - 30):t.start],
                                                                       t.text)) or role
                self._remember(name, role, sentence[h.start:m.end()], weak=weak)

    def _before_later_title(self, sentence: str, hits: list, i: int, m) -> str:
        """The name after title ``i`` (match ``m``), up to a later title that stands before a name of its own (link
        text: "Rep. Ann Cole Ann ColeGOP Sen. Ben Kay": "Ann Cole ..."); '' when a role noun or an organisation's
        word stands before that later title ("House Veterans Affairs Committee Chairman Jeff Miller": "Veterans" is
        no title of "Affairs Committee ...")."""
        later = next((h for h in hits[i + 1:] if h.start < m.end(1) and h.entry != "document" and not self._is_outlet(h)
                      and self._name_after.match(sentence, h.end)), None)
        if later is None:
            return m.group(1)
        part = sentence[m.start(1):later.start]
        return "" if self._hits(part) or F.ORG_WORD.search(part) else part.strip()

    def _learn_transcript(self, sentence: str) -> None:
        """Speaker labels of broadcast transcripts ("ANN COLE, HOST:", "BEN KAY, BYLINE:"): a journalist, or the role
        of the label's title."""
        for m in F.TRANSCRIPT_LABEL.finditer(sentence):
            label = m.group(2).lower()
            role = "journalist_media" if label.split()[0] == "byline" else self.phrase_role(label)
            self._remember(m.group(1), role, m.group(0))

    def _learn_appositions(self, sentence: str) -> None:
        """Appositions after a name: "head of X", "a spokesman for X", "NPR's vice president" (and the surnames they
        show)."""
        for m in F.HEAD_OF.finditer(sentence):
            # "Ali Noorani, head of the National Immigration Forum, an advocacy group": the body's role, else official
            body = m.group(3) + " " + (m.group(4) or "")
            role = (not m.group(4) and RHD.named_body_role(m.group(3), self._hits, self._last_role)) or self._body_role(body)
            if role == "document" and " at " in body:  # "director of governance studies at the X Institution"
                role = self.phrase_role(body.split(" at ", 1)[1])
            if (role in ("", "document") and F.CAPS_PHRASE.fullmatch(m.group(3).strip())
                    and not RR.CUT_NAME.match(sentence, m.end(3))):
                # "Ann Lee, executive director of Fair Ballot Now": a body named bare (a group if the article says so)
                for key in F.name_keys(m.group(1))[:2]:
                    self.bare_heads.setdefault(key, m.group(3).strip())
            role = RT.vice_president_role(sentence[m.end(1):m.end()], self._body_role, apposition=True) or role
            if role in ("", "document") and RP.acronym_body(m.group(3), self.party_acronyms):
                role = "politician"  # issue 12bc-p: "Ann Lee, chairman of the NNC", the article's own acronym
            self._remember(m.group(1), role if role not in ("", "document") else "official", m.group(0))
        for m in F.NAME_APPOS.finditer(sentence):
            self._surname(m.group(1))
        for m in self._appos.finditer(sentence):
            past = False  # issue 12az-u: a past role read through a coordination is weak (used when nothing else)
            if F.PAST_HEAD.search(m.group(3)):
                # "John Feal, a first responder and advocate,": a coordination whose first noun is no role noun and
                # whose role noun ends the apposition; not "a firefighter and president of the union"
                head = F.AND_LAST.sub("", m.group(3))
                if not (F.AND_LAST.search(m.group(3)) and not F.PAST_HEAD.search(head) and not self._hits(head)
                        and F.APPOS_END.match(sentence, m.end(4))):
                    # issue 12az-u: "a computer science and privacy researcher at", "the first and only director", "a
                    # former Fish and Wildlife official": the role noun is still the head
                    before = RCO.head_after_coordination(m.group(3))
                    if before is None or not RCO.same_role(
                            [h.entry for h in self._hits(before)] if before else [],
                            self._head_role(sentence, m.start(4))):
                        continue  # "Sylvia Padron, a bookkeeper at the ... Center": the head noun is no role noun
                    past = RCO.is_past(sentence[m.end(1):m.end(4)])  # the apposition, not the name (review r12az)
            # "Ann Claeys, a law professor at ...": the role of the apposition's head noun, not of its first role noun
            role = self._apposed_head_role(sentence, m.start(4), m.start(2))
            if role == "politician" and RT.is_party_voter(sentence[max(0, m.start(4) - 40):m.start(4)], m.group(4)):
                role = "ordinary_person"  # "Ann Lee, a registered Democrat," (issue 12ap-e)
            if F.ends_possessive(m.group(2).rstrip()):  # "Sarah Gilbert, NPR's vice president" (12at-h: "Abrams'")
                adjusted = self._adjusted(m.group(2), role, m.group(4))
                if (adjusted == role and not m.group(2).rstrip().endswith(("'s", "\u2019s"))
                        and " ".join(m.group(4).lower().split()) in F.EXEC_TITLES):
                    continue  # issue 12at-h (restricted): "Ann Lee, Marcus' director": a person's staff, body unstated
                role = adjusted
            elif role in ("politician", "official") and sentence.startswith(("'s ", "\u2019s "), m.end(4)):
                owned = self._last_role(F.HEAD_SPLIT.split(sentence[m.start(2):m.end(4) + 80], maxsplit=1)[0])
                role = owned if owned in F.OWNER_ROLES else role  # "the teachers union's president": the union's
            near = F.TITLE_BODY.match(sentence, m.start(4))
            if near:  # "David Troutt, the founding director of the Rutgers Center on Law": the center's role
                role = self._owned_role(near.group(1), role, sentence[near.end(1):])
            after = sentence[m.end(1):m.end(1) + 160]  # a vice president of a body; a current title (issue 12al-l)
            role = RT.vice_president_role(after, self._body_role, apposition=True) or RT.current_role(
                after, self.phrase_role, self._body_role) or role
            self._remember(m.group(1), role, m.group(0), weak=past)

    def _learn_copulas_and_tags(self, sentence: str) -> None:
        """A role stated with a copula ("Ana Berg is a historian"), an apposition without an article ("said Jennifer
        Lawless, professor of ..."), "Name of the X Institute" and a party-state tag ("Steve King (R-Iowa)")."""
        for m in (self._copula.finditer(sentence) if F.COPULA_WORD.search(sentence) else ()):
            if not F.PAST_HEAD.search(m.group(2)) and not self.phrase_role(m.group(1)):
                role = self._apposed_head_role(sentence, m.start(3), m.start(2))
                near = F.TITLE_BODY.match(sentence, m.start(3))
                if near:
                    role = self._owned_role(near.group(1), role, sentence[near.end(1):])
                if role not in F.COPULA_SKIP or (role == "activist_advocacy" and RR.is_body_kind(m.group(2), m.group(3))
                                                 and not self._hits(m.group(2))):
                    # "Sanders has been a longtime advocate", "Ann became a star": a stance; "Fair Ballot Now is a
                    # voting-rights group": a body's kind (issue 12af-r; not "a militia group", another role noun)
                    self._remember(m.group(1), role, m.group(0))
                elif (role == "activist_advocacy" and RAS.activist_copula(m.group(2), m.group(3), sentence[m.end(3):],
                                                                           sentence[m.end(1):m.start(2)])
                      and not self._hits(m.group(2))):  # issue 12be-a: "Kim Park is an advocate for renters" (weak)
                    self._remember(m.group(1), role, m.group(0), weak=True)
        for m in self._bare_appos.finditer(sentence):
            if F.STATE_PARTY.fullmatch(m.group(2).strip(" ,")):  # round 12bu-a2: "Chairman Ann Lee, Ohio Republican"
                self._party_over_title(m.group(1), sentence)
            self._remember(m.group(1), self.phrase_role(m.group(2)), m.group(0))
        for m in self._bare_appos_any.finditer(sentence):
            if F.STATE_PARTY.fullmatch(m.group(2).strip(" ,")):
                self._party_over_title(m.group(1), sentence)
            self._remember(m.group(1), self.phrase_role(m.group(2)), m.group(0))
        for m in self._name_of_org.finditer(sentence):
            if not re.search(r"['\u2019]s(?![\w])", m.group(1)):  # "Diaz's State of the Union": no person of X
                self._remember(m.group(1), self.phrase_role(m.group(2)), m.group(0))
        for m in self._party_tag.finditer(sentence):
            self._party_over_title(m.group(1), sentence)  # round 12bu-a2: "Chairman Ann Lee (R-Ohio)"
            self._remember(m.group(1), "politician", m.group(0))

    def _party_over_title(self, name: str, sentence: str) -> None:
        """Round 12bu-a2: forget the ``official`` role a title gave ``name`` in this same sentence ("Chairman Ann Lee,
        Ohio Republican", "Chairman Ann Lee (R-Ohio)"), so the party the sentence also states decides: a chairman with
        a party is a legislator chairing a committee, not a board's officer."""
        words = " ".join(w.rstrip(".,") for w in name.lower().split())
        for key in [k for k, r in self.names.items() if r == "official" and (words == k or words.endswith(" " + k))]:
            if self.contexts.get(key, "\0") in sentence:  # learnt from this sentence's title, not from another
                del self.names[key]
                self.contexts.pop(key, None)

    def _learn_owned_names(self, sentence: str) -> None:
        """A name after an organisation's possessive ("CNBC's Carl Quintanilla") or after a title and a comma ("The
        group's founder, Larry Pratt, said")."""
        for m in self._owned_name.finditer(sentence):
            # "CNBC's Carl Quintanilla": the organisation's role, when the owner is no person and the name no title
            hits = self._hits(m.group(1))
            owner = self.phrase_role(m.group(1)) if hits and hits[-1].end == len(m.group(1)) else ""  # not "Judge Ida Marr's"
            owner = owner or self.outlets.get(" ".join(w for w in m.group(1).lower().split() if w != "the"), "")
            if owner not in ("", "document", "ordinary_person") and not self.phrase_role(m.group(2)):
                self._remember(m.group(2), owner, m.group(0))
        for m in F.COMMA_NAME.finditer(sentence):
            # "The group's founder, Larry Pratt, said": a role before the name
            pre = F.ROLE_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
            # not a document ("the special counsel's Russia probe, Cohen says") nor a phrase with a preposition
            # ("his interview with ABC's George Stephanopoulos, Cohen said"): no role of the person after the comma
            hits = self._hits(pre.group()) if pre and not F.PREPOSITION.search(pre.group()) else []
            if hits and not hits[-1].text.endswith("s"):  # a singular title ("founder"), not "illegal immigrants"
                role = self.phrase_role(pre.group())
                if role != "document":
                    self._remember(m.group(1), role, sentence[pre.start(): m.end(1)])

    def _learn_campaigns(self, sentence: str) -> None:
        """Candidates ("running for governor", "the Sanders campaign") and teachers ("teaches law at")."""
        for m in F.RUNNING.finditer(sentence):
            self._remember(m.group(1), "politician", m.group(0))
        low = sentence.lower()
        for m in (F.CANDIDATE.finditer(sentence) if any(w in low for w in F.CANDIDATE_WORDS) else ()):
            if m.group(4) and self.phrase_role(m.group(4)):
                continue  # "Democratic campaign manager Ann Lee": a party word, no candidate (issue 12af-r)
            for name in filter(None, m.groups()):
                if not (F.ORG_WORD.search(name) or F.SLOGAN_WORD.search(name) or len(name.split()) > 3):
                    # "the Ford Foundation campaign" is an organisation's, "the Stop Hate For Profit campaign" a slogan's
                    self._remember(name, "politician", m.group(0))
        for m in F.TEACHES.finditer(sentence):
            self._remember(m.group(1), "expert", m.group(0))

    def _learn_organisations(self, sentence: str) -> None:
        """Organisations named with their type ("the Senate Finance Committee"), their object and their acronym."""
        for m in F.ORG.finditer(sentence):
            # "the Senate Finance Committee", "Department of Homeland Security (DHS)": the name, its object, its acronym
            name = F.ORG_START.sub("", m.group(1), count=1) if F.ORG_START.match(m.group(1)) else m.group(1)
            name = re.split(r"(?:'s|\u2019s)\s+", name)[-1]  # "Diaz's State of the Union": not Diaz
            role = self.phrase_role(name)
            of_name = m.group(2) if re.match(r"(?:Department|Ministry)\s", name) else None  # not "University of Texas"
            if not role:
                continue
            self._remember(name, role, m.group(0), last_word=not m.group(2))  # "University of Florida": not "Florida"
            initials = "".join(w[0] for w in m.group(0).split() if w.lower() not in F.INITIAL_SKIP and w[:1].isupper())
            if len(initials) >= 3 and not m.group(3):  # "American Federation of Government Employees": "AFGE"
                self._remember(initials, role, m.group(0), last_word=False)
            with_of = "".join(w[0].upper() for w in m.group(0).split()
                              if w == "of" or w[:1].isupper() and w.lower() not in F.INITIAL_SKIP)
            if len(with_of) >= 3 and with_of != initials and not m.group(3):  # "Department of Justice": "DOJ"
                self._remember(with_of, role, m.group(0), last_word=False)
            for key in (of_name, m.group(3)):
                key = (key or "").strip()
                if key and not self.phrase_role(key):
                    self._remember(key, role, m.group(0))
            if role == "politician":  # issue 12bc-p: "Norland National Committee (NNC)", or its initials
                self.party_acronyms.update(RP.body_acronyms(m.group(0), m.group(3)))

    def _learn_ordinary_people(self, sentence: str) -> None:
        """Weak cues of a person quoted as themselves: an age ("Marvin Teske, 53,"), one speaker who speaks of a
        relative."""
        for m in F.AGE.finditer(sentence):
            # "22-year-old Hollie Jameson", "Marvin Teske, 53,": news gives ages for people quoted as themselves
            self._remember(m.group(1) or m.group(2), "ordinary_person", m.group(0), weak=True)
        if F.KIN.search(sentence):
            # "Gibney said her grandparents could not escape": one speaker who speaks of a relative (weak)
            found = [m for pat in F.SPEAKS for m in pat.finditer(sentence)]
            names = {m.group(1) for m in found}
            # the relative is the speaker's: "my" in the quotation, or "his"/"her" after the name ("Kim succeeded his
            # father ... Pyongyang said" is no relative of Pyongyang)
            kin = [k for k in F.KIN.finditer(sentence)
                   if found and (k.group().lower().startswith("my") or k.start() > found[0].start())]
            if len(names) == 1 and kin:
                name = names.pop()
                if not self.phrase_role(name):
                    self._remember(name, "ordinary_person", sentence[:200], weak=True)

    def _learn_clauses(self, sentence: str) -> None:
        """A relative clause ("Ann Lee, who chairs the Senate panel") and a subject described later by a definite title
        ("Mike Huckabee will ..., the former Arkansas governor told The Times")."""
        for m in self._who_does.finditer(sentence):
            # "Frank Merschman, who owns the development": weak; "Ann Lee, who chairs the Senate panel": the body's role
            verb, body = m.group(2).lower(), m.group(3)
            if verb.startswith("manag") and body.startswith("to "):
                continue  # "who managed to escape": no body
            body = RA.owner_of_unit(body) or body  # "who runs the Ohio office of the Prairie Trust": the Trust's
            if verb.startswith(("own", "run")):  # "who runs a private-equity firm": the firm's; "who owns a bar": weak
                role = self.phrase_role(body)
                strong = role == "official" or role in F.OWNER_ROLES
                self._remember(m.group(1), role if strong else "ordinary_person", m.group(0), weak=not strong)
            elif verb.startswith("represent"):
                if F.PLACE_OBJECT.match(body):  # "who represents Ohio's 4th District", not "who represents the plaintiffs"
                    self._remember(m.group(1), "politician", m.group(0))
            else:
                role = self.phrase_role(body)
                if not (role in F.OWNER_ROLES or role == "politician"):
                    role = "official"
                self._remember(m.group(1), role, m.group(0))
        for name, role, evidence in RC.who_led(sentence, self._body_role):
            self._remember(name, role, evidence)  # "Ann Roe, who chaired the X Committee", "who works for X"
        lead = F.LEAD_NAME.match(sentence) or RC.LEAD_SAYS.match(sentence)
        if lead:
            # "Mike Huckabee will raise $25 million ..., the former Arkansas governor told The Times": the subject;
            # "Ann Lee says ..., the Senate Minority Leader wrote" (issue 12ac-r: also after "says")
            desc = self._the_title_cue.search(sentence, lead.end())
            noun = desc.group(2) if desc else ""
            # a person's title ("the former governor"; capitalised only after "says" and if the lexicon writes it in
            # lower case and it ends in a person's title, "the Senate Minority Leader"; "Ann Lee signed it, the
            # President said" is another person), not an institution ("the White House said", "the
            # committee said") nor a plural
            if (desc and (noun[:1].islower() or (lead.re is RC.LEAD_SAYS and " ".join(noun.lower().split()) in self._nouns
                                                  and noun.lower().split()[-1] in RC.PERSON_TITLE_HEADS))
                    and noun.lower() not in F.INSTITUTION_NOUNS and not noun.endswith("s")):
                self._remember(lead.group(1), self._head_role(sentence, desc.start(2)), desc.group(0),
                               table=None if lead.re is F.LEAD_NAME else self.late)

    def _owned_role(self, title: str, role: str, after: str) -> str:
        """The role of an executive title followed by 'of'/'at' and a body: the body's role when it is an outlet, a
        research body, an advocacy group or (for an official's title) a party or campaign; else ``role``."""
        body = F.BODY_AFTER.match(after)
        if not body or " ".join(title.lower().split()) not in F.OWNED_TITLES or role not in ("official", "politician"):
            return role
        owned = self._body_role(body.group(1)) or self.outlets.get(" ".join(body.group(1).lower().split()), "")
        return owned if owned in F.OWNER_ROLES or (owned == "politician" and role == "official") else role

    def _body_role(self, body: str) -> str:
        """The role of a body a person heads: a proper name made of people nouns is a group ("Concerned Women for
        America": advocacy), else the role of its phrase."""
        owner = RB.BODY_OWNER.match(body)  # "Temple University's media department": the university's role
        if owner and self.phrase_role(owner.group(1)) in F.OWNER_ROLES:
            return self.phrase_role(owner.group(1))
        role = self.phrase_role(body)
        if role != "ordinary_person" or not F.PROPER_BODY.match(body.lstrip()):
            return role
        whole = self._last_role(F.BODY_PLACE.split(body, maxsplit=1)[0])  # "the Women and Politics Institute at ..."
        return whole if whole not in ("", "ordinary_person") else "activist_advocacy"

    def _learn_outlets(self, sentence: str, hits: list) -> None:
        """Remember the news outlets a sentence names: an outlet name ("Sky News", "The Daily Star"), the object of
        'told' or 'in an interview with' that looks like an outlet ("told NPR"), an acronym before a journalist's
        title ("NPR host ...")."""
        found = [h.text for h in hits if self._is_outlet(h)]
        for m in F.OUTLET_CUE.finditer(sentence):
            w = F.OUTLET_WORD.match(m.group(1))
            if w and (w.end() == len(m.group(1)) or m.group(1)[w.end()] == " "):
                found.append(w.group(0))
        found += [m.group(1) for m in F.OUTLET_NOUN_AFTER.finditer(sentence)]
        for name in found:
            words = [w for w in name.split() if w.lower() != "the"]
            if not words:
                continue
            keys = [" ".join(words).lower()]
            if len(words) > 1 and F.BROADCAST_END.fullmatch(words[-1]):
                keys.append(words[0].lower())  # "Fox News": "Fox"
            elif len(words) > 1:
                keys.append(words[-1].lower())  # "The Washington Post": "the Post"
            for key in keys:
                self.outlets.setdefault(key, "journalist_media")

    def _is_outlet(self, hit) -> bool:
        """Is a journalist_media hit an outlet's name ("The Sun", "Reuters"), which never stands as a title before a
        person's name ("told The Sun Theresa May's plan ...")?"""
        return hit.entry == "journalist_media" and " ".join(hit.text.lower().split()) not in self._nouns

    def _surname_head(self, head: str) -> bool:
        """Is ``head`` (2-3 capitalised words ending in a title that is also a surname, :data:`role_forms.SURNAME_HEAD`)
        a person's name ("Tom Judge", "Ann King"): its other words have no role and are no title's modifier
        ("Federal Judge", "District Judge", "Chief Judge" stay titles)?"""
        words = head.split()[:-1]
        return all(w not in F.TITLE_MODIFIERS and not self.phrase_role(w) for w in words)

    def _surname(self, name: str) -> None:
        """Remember the last word of a full name given an apposition ("John Judge, a firefighter"): alone, it is
        that person, not a title ("Judge says")."""
        words = [w.strip(".,") for w in name.split() if w.lower() not in F.LOWER_WORDS]
        if len(words) > 1 and words[-1].lower() in F.SURNAME_TITLES and not self.phrase_role(words[0]):
            self.surnames.add(words[-1].lower())

    def _head_hit(self, sentence: str, start: int):
        """The last role noun of the compound that starts with the role noun at ``start`` (None if none): "a law
        professor", "a White House press secretary", up to one other word between them ("a law school dean")."""
        hits = [h for h in self._hits(sentence[start: start + 80]) if h.start >= 0]
        if not hits:
            return None
        cur = min(hits, key=lambda h: (h.start, -h.end))
        for h in sorted(hits, key=lambda h: (h.start, -h.end)):
            gap = sentence[start + cur.end: start + h.start]
            if h.start >= cur.end and F.COMPOUND_GAP.fullmatch(gap):
                cur = h
        return cur

    def _apposed_head_role(self, sentence: str, start: int, lead: int) -> str:
        """The role of an apposition's or copula's head noun (:meth:`_head_role`); round 12et: when the compound ends
        in a head title after a body noun ("Ann Lee, a local union president": advocacy; "a bank president":
        official), the body's role, as :meth:`phrase_role` reads the same words (rounds 12bk-h and 12bl-h2,
        :func:`helpers.measures.role_heads.body_before_title`). ``lead`` is where the apposition's words begin (its
        article), ``start`` its first role noun."""
        role = self._head_role(sentence, start)
        if role not in ("politician", "official"):
            return role
        cur = self._head_hit(sentence, start)
        if cur is None or " ".join(cur.text.lower().split()) not in RHD.HEAD_TITLES:
            return role
        return RHD.body_before_title(sentence[lead:start + cur.start], self._hits, self._last_role) or role

    def _head_role(self, sentence: str, start: int) -> str:
        """Role of the compound noun that starts with the role noun at ``start``: its last role noun ("a law
        professor", "a White House press secretary"), up to one other word between them ("a law school dean")."""
        cur = self._head_hit(sentence, start)
        if cur is None:
            return ""
        if cur.text.lower() in RSN.SENSE_HEADS:  # review r12at2: "Ivo Marek, the Norland News veteran", learnt as
            window = sentence[max(0, start - 80): start + cur.end]  # the phrase is read (issue 12at-i)
            wide = self._hits(window)
            if wide:
                sense = RSN.sense_role(window, wide, wide.index(max(wide, key=lambda h: h.end)))
                if sense:
                    return sense
        if cur.entry == "official" and self._party_officer(sentence[max(0, start - 60): start + cur.start], cur.text):
            return "politician"  # issue 12bc-p: "Ann Lee, the Norland National Committee chairman"
        return cur.entry

    def _party_officer(self, before: str, noun: str) -> bool:
        """Issue 12bc-p: is official title ``noun`` a party officer's, read with the words ``before`` it (a party word,
        a party's committee or an acronym the article learnt for one; :mod:`helpers.measures.role_party`), or a chair
        after a party adjective (round 12bp-p, :func:`helpers.measures.role_party.party_chair`)?"""
        return (RP.party_officer(before, noun, self.phrase_role)
                or RP.acronym_officer(before, noun, self.party_acronyms)
                or RP.party_chair(before, " ".join(noun.lower().split())))  # round 12bp-p: "the Democratic chairman"

    def _acronym_phrase(self, bare: str) -> bool:
        """Issue 12bc-p: does the head of source phrase ``bare`` (or one of its appositions) end in an officer title
        after an acronym the article learnt for a party body ("NNC Chairman Ann Lee", "Ann Lee, the NNC's director")?"""
        for scope in [F.HEAD_SPLIT.split(bare, maxsplit=1)[0]] + bare.split(",")[1:]:
            hits = self._hits(scope)
            if hits:
                last = max(hits, key=lambda h: h.end)
                if last.entry == "official" and RP.acronym_officer(scope[:last.start], last.text, self.party_acronyms):
                    return True
        return False

    def _remember(self, name: str, role: str, context: str, last_word: bool = True, weak: bool = False,
                  table: dict | None = None) -> None:
        """Remember ``role`` for ``name`` (and its last word); the first role learnt wins. A ``weak`` role (an age,
        "who owns") is used only when the article gives the name no other role; a ``table`` (:attr:`late`,
        :attr:`places`) holds roles read after the names and weak roles, which the pronoun resolver does not see."""
        name = F.cut_link(name)
        words = []
        for w in name.split():
            words.append(w.rstrip(".,").removesuffix("'s").removesuffix("\u2019s"))
            if w.endswith(("'s", "\u2019s")):
                break  # "Judge Ann Cole's Tuesday ruling": the name ends at the possessive
        words = [w for w in words if w and w.lower() not in F.LOWER_WORDS]
        while len(words) > 1 and F.SUFFIX.fullmatch(words[-1]):
            words.pop()  # "Eric H. Holder Jr.": the surname is "Holder"
        if not role or not words:
            return
        if role == "document" and RPR.person_name(
                name, self.phrase_role, lambda n: self.anon is not None and bool(self.anon.find(n))):
            return  # issue 12bf-r: "Mr. Lee, the Dunmore law graduate": a person is no document
        keys = (" ".join(words).lower(), words[-1].lower()) if last_word else (" ".join(words).lower(),)
        if last_word and F.PARTICLE_NAME.match(words[-1]):  # "al-Taishi" is also "Mr Taishi"
            keys += (words[-1].split("-", 1)[1].lower(),)
        for key in keys:
            (table if table is not None else self.weak if weak else self.names).setdefault(key, role)
            self.contexts.setdefault(key, context)
        if (last_word and not weak and table is None and len(words) > 1 and words[0][:1].isupper() and not F.ORG_WORD.search(name)
                and not self.phrase_role(name)):
            # a person's first word ("Prayuth Chan-ocha" is "Mr. Prayuth"), kept only while one full name has it
            first = words[0].lower()
            self.firsts[first] = role if self.firsts.get(first, role) == role else ""

    def _place(self, bare: str) -> str:
        """The key of a bare name the article uses as a place and never as a surname ('' if none); a country written as
        its abbreviation after "the" is one (issue 12ao-b: "the U.S.", stored as "u.s" like every remembered name)."""
        key = " ".join(w.rstrip(".,") for w in bare.lower().split() if w != "the")
        if RB.COUNTRY_ABBREV.fullmatch(bare):
            return key
        return key if key in self.places and key.split()[0] not in self.after_caps else ""

    def _kind(self, bare: str) -> dict[str, str]:
        """The role of a bare body the article named before a noun of its kind, unless the article also writes its
        one word after another capitalised word (a person's surname: "the Lee mining company ... Ann Lee")."""
        if not self.kinds or not F.CAPS_PHRASE.fullmatch(bare):
            return {}
        key = " ".join(w for w in bare.lower().split() if w != "the")
        return {key: self.kinds[key]} if key in self.kinds and not (" " not in key and key in self.after_caps) else {}

    def context(self, phrase: str) -> str:
        """The title or apposition the article gives the name in ``phrase`` ('' if none)."""
        for key in F.name_keys(phrase):
            if key in self.contexts:
                return self.contexts[key]
        return ""

    def role(self, phrase: str, anonymous: bool = False, verb: str = "") -> tuple[str, str]:
        """Role of a source phrase and how it was found.

        Parameters
        ----------
        phrase : str
            The source as written or resolved ("Rashid", "the spokesman",
            "a bartender").
        anonymous : bool
            The attribution is anonymous (e.g. "on condition of anonymity").
        verb : str, optional
            The cue ("said", "reported"): a name that "reported" with no
            role stated anywhere is a journalist or an outlet.

        Returns
        -------
        (str, str)
            The role id (an entry of the lexicon, ``"anonymous"``,
            :data:`ROLE_UNKNOWN`, or ``""`` for an empty phrase) and its basis:
            ``"phrase"`` (a role noun in the phrase), ``"article"`` (a title
            or apposition of the same name elsewhere in the article),
            ``"anonymity"``, ``"unnamed_group"`` (an unnamed group with no role
            noun: "Critics", "Some opponents of the bill", "Others who"; round
            12cy2: an indefinite pronoun alone, "No one", "Not everyone",
            "someone who ..."),
            ``"verb"`` (a name that "reported") or ``""``.
        """
        close = F.CLOSE_SOURCE.match(phrase) if " and " not in phrase else None
        if close:  # round 12bu-c: "Sources close to Ann Lee": only a tag before the head gives a role (item 8)
            glued = close.group("head")[0].isupper()  # round 12bu-c2: "NBC News People close to ..." (glued text)
            tag = self.phrase_role(close.group("tag")) if close.group("tag").strip() and not glued else ""
            return (tag, "phrase") if tag else ("anonymous", "anonymity")
        role, how = self._role(phrase, anonymous, verb)
        if role == RON.OUTLET_ROLE and self.outlet_persons and RON.bare_person(phrase, verb, self.outlet_persons):
            key = phrase.strip().lower()  # round 12ec: the person the article names, with the role it states
            known = self.names.get(key) or self.late.get(key) or self.weak.get(key)
            return (known, "article") if known and known != RON.OUTLET_ROLE else (ROLE_UNKNOWN, "")
        if role in ("", ROLE_UNKNOWN):  # a whole bare source phrase speaks (source phrases only): "the hospital said"
            bare = phrase.strip()  # (12dn2), "the regime" (12dq), "the prosecution" (12ea), "Party rules" (12eb)
            headed = RBH.bare_head_role(bare)
            if headed:
                return headed, "phrase"
            if RSN.bare_station(bare, plain=True) and not self.other_station:  # not after "a gas station" (12at-i)
                return RON.OUTLET_ROLE, "phrase"  # "the station reported" (12dq)
        if self.epithets and (role == ROLE_UNKNOWN or (role == "ordinary_person" and self._weak_only(phrase, role))):
            # issue 12at-d: "the Norland senator" in the next sentence; round 12bu-b2: it also outranks the weak
            # ordinary person of an age or a home ("Mr Biden, 76", then "The former US vice-president posted ...")
            key = next((k for k in F.name_keys(phrase) if k in self.epithets), "")
            if key:
                role, how = self.epithets[key], RE.EPITHET_BASIS
        if role == "politician" and self.academic_chancellor and _CHANCELLOR.search(f"{phrase} {self.context(phrase)}"):
            return "expert", how  # "the chancellor" in an article about a university's chancellor (issue 12ac-r)
        return role, how

    def _weak_only(self, phrase: str, role: str) -> bool:
        """Round 12bu-b2: whether ``role`` is the name's weak role (an age, where the person lives, a place after the
        name, a courtesy "Dr"; tables :attr:`weak` and :attr:`late_weak`) and the article states no stronger one."""
        keys = F.name_keys(phrase)
        strong = (self.names, self.late, self._first_name_titles())
        return (not any(k in t for t in strong for k in keys)
                and any((self.weak.get(k) or self.late_weak.get(k)) == role for k in keys))

    def _role(self, phrase: str, anonymous: bool, verb: str) -> tuple[str, str]:
        if not phrase.strip():
            return "", ""
        phrase = RB.cut_bracket(RB.cut_tail(F.cut_link(phrase)))  # "Lee in December", "Lee however", "DOJ)" (12ao-b)
        bare = phrase.strip()
        head = F.HEAD_SPLIT.split(bare, maxsplit=1)[0].strip() if self._group is not None else ""
        if head and (self._group.fullmatch(head) and not (_QUANTIFIER.fullmatch(head) and self.phrase_role(bare))
                     or RR.INDEFINITE_GROUP.fullmatch(bare) and not self.phrase_role(bare)  # "No one" (12cy2)
                     or RR.vague_group(head, self.phrase_role, self._group_nouns, self.mid_caps,
                                             self.surnames | self.names.keys())):
            # "Critics say", "Others who ...", "Opponents of the bill"; not "Many in the party" (a politician)
            return "anonymous", "unnamed_group"
        if RR.FRACTION_GROUP.fullmatch(bare) and not self.phrase_role(bare):
            return "ordinary_person", "phrase"  # "Half said", "almost half" (round 12dh): poll respondents, as "53%"
        if self.outlets and F.CAPS_PHRASE.fullmatch(bare):  # "the Post", "Fox": an outlet the article names
            key = " ".join(w for w in bare.lower().split() if w != "the")
            if key in self.outlets:
                return self.outlets[key], "article"
        if self.media_station and RSN.bare_station(bare):  # issue 12at-i: "the station" after "a TV station"
            return "journalist_media", "article"
        if bare.lower() in self.surnames and " " not in bare and bare[:1].isupper():
            known = self.names.get(bare.lower()) or self.weak.get(bare.lower())
            return (known, "article") if known else (ROLE_UNKNOWN, "")
        if RT.representative_of_person(bare, self.phrase_role):
            return "spokesperson", "phrase"  # "representatives of both women" (issue 12al-l)
        role = self.phrase_role(phrase)
        if role == "ordinary_person" and self.anon_intro and RR.UNNAMED_BACKREF.fullmatch(bare):
            return "anonymous", "anonymity"  # "the person", after "two people familiar with the plan"
        if role in ("ordinary_person", "document") and describes_anonymity(
                self.anon, phrase if role == "ordinary_person" else F.HEAD_SPLIT.split(phrase, maxsplit=1)[0]):
            return "anonymous", "anonymity"  # "a person familiar with the talks", "sources close to the investigation"
        if role == "official" and self.party_acronyms and self._acronym_phrase(bare):
            return "politician", "phrase"  # issue 12bc-p: "NNC Chairman Ann Lee"
        body = self._acronym_body(self._title_acronym(bare)) if role in ("politician", "official") else ""
        if body:  # round 12bs-a: "NTU President Ann Lee" when the article defined the NTU
            return body, "phrase"
        if role == "document":  # issue 12bf-r: "Tova Law" of "Tova Law, president of the X Fund"
            keys = F.keys_of(bare.split(",", 1)[0])
            person = RPR.surname_document(bare, self.names, keys[0] if keys else "")
            if person:
                return person, "article"
            if RPR.courtesy_name(bare):
                return ROLE_UNKNOWN, ""  # review r12bf: "Dr. Ann Law" (no role stated) is a person, no document
        key = self._names_title_head(bare, role) if role else ""
        if key:  # "Commissioner Dunn" after "Commissioner of Police Ray Dunn": the longer title's role (round 12br-p)
            return self.names[key], "article"
        if role and self._courtesy_only(bare):  # "Dr Lee said" where the article calls Lee its prime minister: the
            for known in (self.names, self.late, self._first_name_titles(), self.weak):  # courtesy title "Dr" is weak
                key = next((k for k in F.name_keys(phrase) if k in known  # evidence, used only when the article
                            and known[k] not in _NOT_A_PERSONS_ROLE), "")  # states no other role for the name
                if key:  # (F.WEAK_TITLES; round 12br-t3)
                    return known[key], "article"
        if role:
            return self._staff_phrase(bare, role) or role, "phrase"
        if RT.camp_role(bare):  # "the Liberals": a party (issue 12al-l)
            return "politician", "phrase"
        place = F.CAPS_PHRASE.fullmatch(bare) and (
            self._place(bare) or RC.demonym_place(bare, self.caps_words, self.after_caps))  # "Norlandia said" (12af-r)
        kind = self._kind(bare)  # issue 12al-r: "the Acme mining company ... Acme said"
        for known in (self.names, self.late, self._first_name_titles(), self.weak, self.late_weak,
                      {place: "official"} if place else {}, kind):
            for key in F.name_keys(phrase):
                if key in known:
                    if known[key] == "official" and self.group_ref and key in self.bare_heads and not self.names.get(
                            " ".join(self.bare_heads[key].lower().split())):
                        return "activist_advocacy", "article"  # the head of a body the article calls "the group"
                    return self._staff_kind(key, known[key]) or known[key], "article"
        if F.CAPS_PHRASE.fullmatch(bare) and RCN.country_key(bare, self.country_surnames):
            return "official", RCN.COUNTRY_BASIS  # round 12ck: "Brazil said", "Moscow warned" (protocol item 9)
        if RCN.plural_states(bare):
            return "official", RCN.COUNTRY_BASIS  # round 12cp: "Both countries said", "Gulf nations warned"
        agency = RAG.agency_role(bare, self.spelled)
        if agency:
            return agency, RAG.AGENCY_BASIS  # round 12cq: "the FBI said", "the CDC reported", "ICE said"
        if RPO.plural_officers(bare):
            return "military_police", "phrase"  # round 12cs: "Officers threatened to ...", "Correctional officers say"
        parts = RLS.conjuncts(bare)
        if parts:  # round 12cv: "Mills and Abedin said": the role every name has alone, when they share one
            shared = {self._role(p, False, verb)[0] for p in parts}
            if len(shared) == 1 and (one := shared.pop()) not in RLS.NOT_SHARED:
                return one, RLS.COORDINATION_BASIS
        if anonymous or describes_anonymity(self.anon, phrase):  # not "Business Insider" (review s78-A)
            return "anonymous", "anonymity"
        if verb.lower() in F.REPORT_VERBS and (F.THE_NAME.fullmatch(bare) or F.THE_PAPER.fullmatch(bare)):
            return "journalist_media", "verb"  # "the Globe reported", "the paper reported": an outlet
        if RR.reporting_outlet(bare, verb, self.after_caps):  # "As Newsline reported", "Newsline's Ann Lee reported"
            return "journalist_media", "verb"
        owned = self._owner_role(phrase)  # issue 12at-a: "NPR's Ann Lee", "Ann Lee of X" (X typed by the article)
        if owned:
            return owned, "article"
        keys = F.keys_of(phrase)
        if len(keys) == 2 and keys[0] == keys[1] and self.firsts.get(keys[0]):  # "Mr. Prayuth": "Prayuth Chan-ocha"
            return self.firsts[keys[0]], "article"
        if RA.people_of_place(bare):  # "Some Iranians", "Nearly half of Norlanders surveyed" (issue 12ae-r)
            return "ordinary_person", "phrase"
        return ROLE_UNKNOWN, ""
