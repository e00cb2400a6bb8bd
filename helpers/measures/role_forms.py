"""The patterns and word sets with which :class:`helpers.measures.source_roles.RoleTagger` reads roles.

First the role forms read since issue 12r, patterns that find a role stated away from the usual title or apposition:
'a juror named X', 'Director of National Intelligence X' (a title with its body before the name), the body an
executive heads ('the founding director of the X Center'), outlets named by their place in a sentence ('told KQAB',
'in an interview with Radio X') instead of a list of outlet names, a speaker who speaks of a relative, and link
text repeated after a name. Issue 12t adds party bodies' chairs, an outlet's analyst, link text with a nickname, 'banks
such as X', dash appositions, bodies named by people nouns and a sentence cut after a dotted acronym, and moves here
the keys a name is looked up by (:func:`name_keys`) and :func:`affiliation`. Issue 12v adds a body that ends in another person's
title ('an aide to Sen. X'), "Dr." as weak evidence, transcript speaker labels ('ANN COLE, HOST:'), quoted
nicknames and roles given by an appointment ('selected as their party's nominee'). No name of an outlet, site or country
decides anything here.
"""
from __future__ import annotations

import re

from ..text.lexicon import Matcher, term_key

__all__ = ["PARTICLE", "POSS", "ends_possessive", "NAME", "OWNED_TITLES", "INNER_STOP", "BODY_CHAR", "BODY_AFTER", "OUTLET_CUE", "OUTLET_WORD", "OUTLET_NOUN_AFTER", "KIN",
           "SPEAKS", "CAPS_PHRASE", "OWNED_PHRASE", "TITLE_BODY", "BROADCAST_END", "LINK_REPEAT", "NAMED",
           "TITLE_OF_BODY", "HEAD_SPLIT", "HEAD_OF", "ORG_TYPES", "ORG_WORDS", "ORG", "ORG_WORD", "ORG_START", "COMMA_NAME",
           "ROLE_BEFORE", "RUNNING", "CANDIDATE", "CANDIDATE_WORDS", "SLOGAN_WORD", "TEACHES", "AGE", "COMPOUND_GAP",
           "NOT_MODIFIERS", "STATE_PARTY", "CLOSE_SOURCE", "PAST_HEAD", "ARTICLE", "MEMBER_OF", "NAME_APPOS", "SURNAME_TITLES", "SURNAME_HEAD", "TITLE_MODIFIERS", "SUFFIX",
           "GIVEN_NAME_ROLES", "LEG_CHAIN", "CHAIR_WORDS", "EXEC_TITLES", "OWNER", "OWNER_ROLES", "COLLECTIVE",
           "HEAD_OF_PHRASE", "WHO_DOES", "PLACE_OBJECT", "RANKS", "RANK_GAP", "INSTITUTION_NOUNS", "PARTICLE_NAME",
           "LEAD_NAME", "PREPOSITION", "REPORT_VERBS", "NEXT_NAME", "NOT_NAME_START", "THE_NAME", "SPACE_COMMA",
           "AND_LAST", "APPOS_END", "COPULA_WORD", "COPULA_SKIP", "INITIAL_SKIP", "THE_PAPER", "CAPS_BEFORE",
           "MEDIA_TITLES", "MEDIA_OWNER", "LINK_NICK", "SUCH_AS", "DASH", "PROPER_BODY", "BODY_PLACE", "LOWER_WORDS",
           "PERSON_TITLE_END", "WEAK_TITLES", "PASSIVE_AS", "NICKNAME", "MODIFIERS_ONLY", "ORG_AFTER_GENERAL", "TRANSCRIPT_LABEL", "cut_link", "name_keys", "keys_of", "affiliation", "member_matcher", "tagger_patterns"]

PARTICLE = r"(?:bin|ibn|abu|al|el|de|da|di|du|van|von|ul|ur)"
POSS = r"(?:'s|\u2019s|(?<=[sS])['\u2019](?=\s))"
"""Issue 12at-h: a possessive ending, 's or, after a final s, the apostrophe alone ("Abrams' campaign manager", "the
Times' editor"); used where a capitalised owner is read ("NPR's vice president"), never after a lower-case plural."""


def ends_possessive(text: str) -> bool:
    """Does ``text`` end in a possessive ('s, or s' with the apostrophe alone; issue 12at-h)?

    Parameters
    ----------
    text : str
        The words before a role noun ("NPR's", "Abrams'").

    Returns
    -------
    bool
        True when ``text`` ends in 's, \u2019s, or an s followed by a bare apostrophe.
    """
    return text.endswith(("'s", "\u2019s", "s'", "s\u2019", "S'", "S\u2019"))

NAME = (rf"(?:[A-Z][\w'\u2019.-]*)(?:\s+(?:[A-Z][\w'\u2019.-]*|{PARTICLE}-[A-Z][\w'\u2019.-]*|{PARTICLE}(?![\w'\u2019-])"
         rf"(?=\s+[A-Z]))){{0,7}}")
"""A person's name: up to eight capitalised words (bounded, so that a long run of capitalised words is read in linear
time), with particles before a capitalised word ("Abu Bakr al Baghdadi", "Ashraf
al-Kidra", "Ursula von der Leyen" is read up to "von"), never the start of a lower-case word ("Rachel Martin
detailing")."""
SERVED_WHEN = r"(?:(?:until|till|through|from|since|during|in)\s+(?:[\w-]+\s+){1,4}?)?"
"""A time between "who served" and "as" in an apposition ("who served until last year as a deputy secretary";
issue 12ak-r)."""
OWNED_TITLES = frozenset({"head", "chief", "leader", "founder", "co-founder", "cofounder", "director", "president",
                           "chair", "chairman", "chairwoman", "executive", "chief executive", "ceo", "manager",
                           "vice president", "owner", "publisher", "general secretary", "secretary general",
                           "secretary-general", "chancellor", "vice chancellor", "vice-chancellor", "provost"})
"""Titles whose role is their body's when the body is an outlet, a research body, an advocacy group or a campaign
("the founding director of the X Center", "an executive director of the Y Foundation")."""
INNER_STOP = r"(?<=\s[A-Z])\.|\.(?=\w)|(?<=\.[A-Z])\."
"""A full stop inside a body's name: after a lone capital ("John F. Kennedy Center"), before a letter or digit
("FWD.us", the first stop of "U.S.") or closing an abbreviation of capitals (the last stop of "U.S.", "D.C."; round
12ep)."""
BODY_CHAR = rf"(?:[^,.;()]|{INNER_STOP})"
"""One character of a body's name after a title and "of"/"at"/"for": no comma, semicolon or bracket, and a full stop
only inside the name (:data:`INNER_STOP`)."""
BODY_AFTER = re.compile(rf"\s+(?:of|at)\s+({BODY_CHAR}{{3,80}})")
OUTLET_CUE = re.compile(
    r"(?:(?<![\w-])(?:told|tells|telling|interview\s+with|interviewed\s+by|speaking\s+(?:to|with|on)|appearing\s+on|"
    r"appeared\s+on|said\s+on|says\s+on|interview\s+on|reported\s+by|broadcast\s+by|published\s+by)\s+)"
    r"((?:[A-Z][A-Za-z&.-]*\s+){0,3}[A-Z][A-Za-z&.-]*)")
"""An outlet named by its place in the sentence: the object of 'told', 'in an interview with', 'speaking to',
'appearing on', 'reported by' ("told NPR", "in an interview with Al Arabiya")."""
OUTLET_WORD = re.compile(r"(?-i:[A-Z]{2,6}(?:-[A-Z]{1,4})?|[A-Z][\w&.-]*\s+(?:News|TV|Television|Radio|Broadcasting|"
                          r"Channel|Network|Times|Post|Tribune|Herald|Gazette|Chronicle|Daily|Magazine))")
"""What the object of an outlet cue must look like to be an outlet: an acronym ("NPR", "KTVU") or a name ending in an
outlet word ("Sky News", "Al Arabiya TV"); not a person ("told Smith")."""
OUTLET_NOUN_AFTER = re.compile(r"(?-i:([A-Z]{2,6}))\s+(?:host|anchor|correspondent|reporter|editor|columnist|"
                                r"contributor|producer|presenter|journalist|news|newscast|broadcast|program|show)(?![\w-])")
"""'NPR host Steve Inskeep', 'CNN anchor ...': an acronym before a journalist's title is an outlet."""
KIN = re.compile(
    r"(?<![\w-])(?:his|her|their|my)\s+(?:late\s+|own\s+|younger\s+|older\s+|elder\s+|eldest\s+|youngest\s+)?"
    r"(?:grand(?:mother|father|parents?|son|daughter|children|child)|mother|father|parents|son|daughter|"
    r"children|child|kids|wife|husband|sister|brother|nephew|niece|aunt|uncle|cousin|fianc[eé]e?|boyfriend|"
    r"girlfriend|granddaughter|grandson)(?:['\u2019]s)?(?![\w-])")
"""A speaker who speaks of his or her own relative ("Gibney said her grandparents ...") is heard as a private
person (weak: any other role the article states wins)."""
SPEAKS = (re.compile(rf"(?<![\w-])({NAME})\s+(?:said|says|told|tells|recalled|recalls|added|wrote|explained)(?![\w-])"),
           re.compile(rf"(?<![\w-])(?:said|says|told|tells|recalled|recalls|added|wrote|explained)\s+({NAME})"))
"""A name before or after a speech verb (two patterns: "Ola Dee told Ben Kay" has two names)."""
CAPS_PHRASE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}")
OWNED_PHRASE = re.compile(r"\s*((?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(vice\s+president|chief\s+executive|[\w-]+))(?=\s+(?:of|at)\s)", re.IGNORECASE)
"""A phrase or apposition that starts with a title before 'of'/'at' ("executive director of the X Center")."""
TITLE_BODY = re.compile(r"((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:of|at)\s)")
"""The words of an apposition's title up to 'of'/'at' ("founding director", "executive director")."""
BROADCAST_END = re.compile(r"News|TV|Television|Radio|Network|Channel|Broadcasting")
LINK_REPEAT = re.compile(r"([A-Z][\w'\u2019.-]+)\s+([A-Z][\w'\u2019.-]+)\s+\1(?![a-z])")
"""A name followed by link text that repeats it ("Nancy Pelosi Nancy PelosiMnuchin ...", site furniture): the name
ends before the repetition."""
NAMED = re.compile(rf"\s+(?:named|called)\s+({NAME})")
"""After a role noun: 'named' or 'called' and a name ("a potential juror named Ann Reed")."""
TITLE_OF_BODY = re.compile(
    r"\s+(?:of|to|for)\s+(?:the\s+)?((?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|and|for|on|the)\s+)?){1,5}?)"
    r"((?:Mr\.|Mrs\.|Ms\.|Dr\.)?[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)(?=\s*[,.;:)]|\s+[a-z])")
"""After a title: 'of'/'to' and a body's name, then the person's name, the last two capitalised words before a
lower-case word or a stop ("Director of National Intelligence James Clapper", "ambassador to the United Nations John
Bolton")."""


# The other patterns and word sets of the role reader: names, appositions, organisations, clauses and ranks
# (kept in source_roles.py until its module grew past 600 lines; moved unchanged, the leading '_' dropped).
HEAD_SPLIT = re.compile(
    r"(?<!Journal)\s+(?:of|within|in|at|from|to|with|on|for|by|among|inside|close|familiar|who|which|near|about|under|"
    r"over|across|based|speaking|representing|and)(?![\w-])|,", re.IGNORECASE)
HEAD_OF = re.compile(
    rf"({NAME}),\s+(?:the\s+|a\s+|its\s+)?(?:(?:senior|executive|deputy|policy|research|legal|state|national|regional|political|field)\s+)?"
    rf"(?:(?:co-?)?founder|head|vice[\s-]+president|(?:executive\s+|managing\s+)?director|chief|chair|"
    rf"chairman|chairwoman|leader|president|owner|organizer|general\s+secretary|secretary[\s-]+general|"
    rf"(?:president\s+and\s+)?(?:CEO|chief\s+executive(?:\s+officer)?)"
    rf")\s+(of|at)\s+({BODY_CHAR}{{3,80}})(?:,\s+((?:a|an|the)\s+"
    rf"[^,.;()]{{3,60}}))?")
"""'Name, head (or CEO) of X[, a Y]': the role of X or Y (an advocacy group, a newspaper, a university), else an official."""
ORG_TYPES = (r"Committee|Party|Association|University|College|Institute|Institution|Court|Center|Centre|Council|Foundation|"
              r"Department|Ministry|Agency|Commission|Bureau|Office|Union|Coalition|Alliance|Society|Federation|League|"
              r"Service|Administration|Authority|Corporation|Company|Network|Newspaper|Register|Inquirer|Examiner|"
              r"Sentinel|Courier|Bulletin")
ORG = re.compile(rf"(?<![\w-])((?:(?:[A-Z][\w&'\u2019.-]*|of|for|the|and|on)\s+){{0,6}}?(?:{ORG_TYPES})"
                  rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?((?:[A-Z][\w&'\u2019.-]*)(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w&'\u2019.-]*){{0,5}}))?)(?:\s*\(([A-Z][A-Za-z&]{{1,9}})\))?")
"""An organisation named with its type ("the Senate Finance Committee", "Department of Homeland Security (DHS)")."""
ORG_WORDS = rf"{ORG_TYPES}|Group|Fund|Project|Campaign|Inc|Corp|Co|Ltd"
"""Words that end an organisation's name: its type (:data:`ORG_TYPES`) or a legal form."""
ORG_WORD = re.compile(rf"(?<![\w-])(?:{ORG_WORDS})(?![\w-])")
ORG_START = re.compile(r"(?:(?:of|for|the|and|on)\s+)+")
COMMA_NAME = re.compile(rf",\s+({NAME})(?=\s*[,.;]|\s+(?:said|says|told)(?![\w-]))")
ROLE_BEFORE = re.compile(r"(?:(?<![\w-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+|[A-Z][\w.-]*" + POSS + r"\s+)"  # issue 12at-h: POSS
                          r"(?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+$")
"""'The group's founder, Larry Pratt,': a noun phrase with a role noun before a comma and a name."""
RUNNING = re.compile(rf"({NAME}),?\s+who\s+(?:is|was|has been)\s+(?:now\s+)?running\s+(?:for|to|against)(?![\w-])")
"""'Name, who is running for Congress': a candidate."""
CANDIDATE = re.compile(
    rf"({NAME}){POSS}\s+(?:(?:presidential|re-?election|senate|mayoral|primary|election|own|first|second|new)\s+)?"
    rf"(?:campaign|running\s+mate|candidacy|victory\s+speech|concession\s+speech|administration|presidency|cabinet|"
    rf"inauguration|inaugural\s+address|impeachment|vetoe?s?|executive\s+orders?|constituents|governorship|"
    rf"re-?election\s+bid|term\s+in\s+office|State\s+of\s+the\s+Union)(?![\w-])"
    rf"|(?<![\w-])(?:[Tt]he|[Aa])\s+({NAME})(?:/({NAME}))?\s+(?:campaign|candidacy|administration|presidency|ticket)(?![\w-])"
    rf"|({NAME})\s+(?:(?:presidential|re-?election|senate|mayoral|20\d\d)\s+)?campaign\s+(?:manager|chairman|chairwoman|"
    r"chair|co-chair|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|staffer|strategist|director|official|"
    r"press\s+secretary)(?![\w-])")
"""'Name's campaign', 'the Name campaign', 'Name's running mate', 'the Name administration', 'Name's veto',
'Name's constituents', 'the Romney/Ryan ticket': only a politician has these; issue 12af-r: a name before a campaign's
staff title ('Varga campaign manager Ann Lee', 'a Varga 2020 campaign spokeswoman'): the candidate (the fourth group,
which :class:`helpers.measures.source_roles.RoleTagger` keeps only when it is no role noun, 'Democratic')."""
CANDIDATE_WORDS = ("campaign", "running mate", "candidacy", "speech", "administration", "presiden", "cabinet",
                    "inaugura", "impeach", "veto", "executive order", "constituents", "governorship", "election bid",
                    "term in office", "ticket", "state of the union")
SLOGAN_WORD = re.compile(r"(?<![\w-])(?:For|Of|The|And|To|In|On|Against|Our|No|Not|Stop|Save|Yes|Vote)(?![\w-])")
"""A capitalised function word or imperative inside a name marks a slogan ("the Stop Hate For Profit campaign",
"the Vote No campaign"), not a candidate's name."""
TEACHES = re.compile(rf"({NAME}),?\s+who\s+(?:teaches|taught|studies|studied|researches|researched|lectures|lectured)(?![\w-])")
"""'Eugene Volokh, who teaches at ... law school': an expert."""
AGE = re.compile(rf"(?<![\w-])\d{{1,3}}-year-old\s+({NAME})|({NAME}),\s+(?:\d{{1,3}},|an?\s+\d{{1,3}}-year-old(?![\w-]))")
"""An age next to a name: an ordinary person (learnt after titles and appositions, which win)."""
COMPOUND_GAP = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z][a-z-]+\s+)?|\s+|\s+(?!(?:of|at|for|with|in|on|from|to|who|which|and|or|said|says|told)\s)"
                           r"[a-z][a-z-]+\s+|-")
"""What may stand between two role nouns of one compound ("law professor", "law school dean")."""
NOT_MODIFIERS = (r"(?:and|or|but|of|for|at|to|in|on|by|with|from|as|than|that|the|a|an|his|her|its|their|who|whom|whose|which|"
                  r"when|while|if|is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|said|told|"
                  r"asked|wrote|did|does|not|also|then|now|said|say|hit|met|led|put|let|got|set|won|ran|cut|"
                  r"about|after|before|over|under|into|like|near|among|against|without|within|how|why|what)")
"""Words that are not a modifier between a title and a name ("the spokesman for Cole", "the senator told Cole")."""
STATE_PARTY = re.compile(r"(?:[A-Z][a-z]+\.?\s+){1,3}(?:Republican|Democrat|Independent)")
"""A party-state tag written as an apposition ("Ann Lee, Ohio Republican,", "Ben Kay, New York Democrat"): a member of a
legislature in the house style of some US papers (round 12bu-a2)."""
CLOSE_SOURCE = re.compile(
    r"\s*(?:(?:a|an|the|one|two|three|four|five|several|some|many|other|another|multiple)\s+)*"
    r"(?P<tag>(?:[\w.'\u2019-]+\s+){0,3}?)(?P<head>sources?|people|persons?|insiders?)\s+"
    r"(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)(?![\w-])", re.IGNORECASE)
"""An unnamed source described only by whom or what it is near ("Sources close to Ann Lee", "a person familiar with
the talks"): the role protocol's item 8 gives it the role of its own tag before the head ("a GOP source close to ...")
and otherwise none, so what follows "close to" never decides it (round 12bu-c). A capitalised head after other words
("... tell NBC News People close to Ann Lee") starts a sentence glued to the end of another: those words are no tag
(round 12bu-c2). The four relations are the nearness phrases of ``source_roles.yaml``'s `anonymous` entry (close to,
familiar with, with knowledge of, briefed on); a phrase added there for a source's nearness belongs here too."""
PAST_HEAD = re.compile(r"(?<![\w-])(?:at|(?<!member\s)(?<!members\s)of|for|in|with|from|to|on|by|and|or|who|which|that)\s", re.IGNORECASE)
"""Words between an apposition's article and a role noun that show the role noun is past the head noun ("a bookkeeper
at the ... Center", "a firefighter and president of ...")."""
ARTICLE = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)
MEMBER_OF = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?members?\s+of\s", re.IGNORECASE)
NAME_APPOS = re.compile(rf"({NAME}),\s+(?:a|an|the)\s")
"""A name with an apposition ("Tom Judge, a firefighter"): its last word is a surname."""
SURNAME_TITLES = frozenset({"judge", "king", "bishop", "major", "general", "sheriff", "mayor", "farmer", "priest",
                             "pastor", "chancellor", "fellow", "driver", "parent", "marshal", "dean", "deacon"})
"""Role nouns that are also English surnames ("John Judge", "Ben Bishop"): after a first name, a surname."""
SUFFIX = re.compile(r"(?:Jr|Sr|[IVX]{2,5})\.?")
"""A suffix after a surname ("Jr.", "III", "XVI"), not a surname."""
_SURNAME_WORDS = "|".join(sorted(w.capitalize() for w in SURNAME_TITLES))
SURNAME_HEAD = re.compile(r"(?!(?:The|A|An|This|That|These|His|Her|Their|Its|Our|My|Your)\s)"
                          r"(?:[A-Z][a-z]+\.?\s+){1,2}(?:" + _SURNAME_WORDS + r")")
"""A head of two or three capitalised words that ends in a title which is also a surname ("Tom Judge", "Ann Lee
King"); with no determiner, so "the Norland King" is no name."""
TITLE_MODIFIERS = frozenset({
    "Federal", "Chief", "Senior", "Circuit", "District", "County", "State", "Superior", "Appeals", "Magistrate",
    "Former", "Retired", "Acting", "Deputy", "Assistant", "Associate", "Presiding", "Trial", "High", "Grand", "Lord",
    "Royal", "Vice", "Lieutenant", "Major", "Attorney", "Surgeon", "Adjutant", "Solicitor", "Inspector", "Brigadier",
    "Auxiliary", "Archbishop", "Suffragan", "Municipal", "Bankruptcy", "Immigration", "Family", "Probate", "Tax",
    "Supreme", "Provincial", "Regional", "Town", "City", "Village"})
"""Words before a title that make it a title, not a surname ("Federal Judge", "Chief Judge", "Deputy Mayor")."""
GIVEN_NAME_ROLES = frozenset({"Tory"})
"""Role nouns that are also given names: written with a capital before another name ("Tory Gavito") they are a
first name, not a title."""
LEG_CHAIN = re.compile(r"(?<![\w-])(?<!White\s)(?:House|Senate|Congress|[Cc]ongressional|Parliament|[Pp]arliamentary|"
                        r"[Ll]egislative|Assembly|Legislature)(?:\s+(?:[A-Z][\w&'\u2019.-]*|and|of|on|for|the))*"
                        r"(?:\s+(?!(?:said|says|told|to|by|with|from|after|before|than|that|which|who|when|while|as|at|"
                        r"in|is|was|were|has|had|have|not|but|or)\s)[a-z][a-z-]*){0,3}\s+$")
"""A legislature's name right before a committee or chair noun ("House Ways and Means Committee Chairman",
"a Senate committee"), also with up to three lower-case words between (round 12bq-l: "the House intelligence
committee", "a Congressional tax committee", "Senate judiciary committee chairman"): its chair and committee are
lawmakers, not officials."""
CHAIR_WORDS = frozenset({"committee", "chairman", "chairwoman", "chair", "committees", "chairmen", "chairwomen",
                         "chairs"})
EXEC_TITLES = frozenset({"president", "vice president", "chairman", "chairwoman", "chair", "director", "executive",
                          "chief executive", "ceo", "manager", "chancellor", "vice chancellor", "vice-chancellor"})
"""Titles that take the role of the organisation that owns them ("NPR's vice president": a media executive)."""
OWNER = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*|(?<![\w-])(?:the|a|an)\s+(?:[\w-]+\s+)?[a-z][\w-]+)"
                    r"(?:'s|\u2019s|'|\u2019)\s+(?:[\w-]+\s+)?$")
OWNER_ROLES = ("journalist_media", "expert", "activist_advocacy")
COLLECTIVE = re.compile(
    r"\s*(?:(?:a|an|the|one|another|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:group|groups|team|panel|handful|number|"
    r"majority|minority|couple|dozen|dozens|bunch|crowd|delegation|cadre|body|coalition|consortium|collection)"
    r"\s+of\s+(.+)", re.IGNORECASE)
"""'A group of aviation experts', 'a bipartisan group of senators': the members' role, not the collective's."""
HEAD_OF_PHRASE = re.compile(r"\s*(?:the\s+|a\s+)?(?:(?:former|then|current|acting|interim|deputy|outgoing|new)\s+)*"
                             r"(?:head|chief|leader|founder|co-founder)\s+of\s+(.+)", re.IGNORECASE)
"""'The (former) head of X' as a source: X's role when X is a party, an outlet, a university or a group, else an
official."""
WHO_DOES = (r",\s+who\s+(?:now\s+|also\s+|currently\s+)?(owns|runs|heads|leads|chairs|directs|founded|co-founded|"
             r"managed|manages|oversaw|oversees|"
             rf"represents)\s+({BODY_CHAR}{{3,80}})")
"""'Name, who owns/runs X' (weak: an ordinary person), 'who heads/leads/chairs/directs/founded X' (X's role, else an
official), 'who represents <a place>' (a politician)."""
PLACE_OBJECT = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s*)+(?:'s|\u2019s)?\s*(?:\d+\w*\s+)?(?:[Cc]ongressional\s+)?"
                           r"(?:[Dd]istrict|[Cc]ounty|[Ww]ard)?")
RANKS = frozenset({"gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "cpl.", "pvt.", "general", "colonel",
                    "captain", "sergeant", "admiral", "lieutenant", "major general", "brigadier",
                    # round 12br-t3: the same ranks written without a full stop (UK and Commonwealth house styles)
                    "gen", "lt", "col", "capt", "sgt", "adm", "maj", "cpl", "pvt", "pte", "brig", "cdr", "cmdr",
                    "lt col", "lt gen", "maj gen", "brig gen", "sqn ldr", "flt lt", "wg cdr", "gp capt", "air cdre"})
"""Military ranks: after a function title in one title chain, the function counts."""
RANK_GAP = re.compile(r"\s+(?:(?:Rear|Vice|Retired|retired|Maj\.?|Brig\.?)\s+)?")
INSTITUTION_NOUNS = frozenset({
    "administration", "government", "ministry", "department", "agency", "authority", "embassy", "court", "council",
    "commission", "committee", "bureau", "service", "corporation", "company", "firm", "board", "office", "cabinet",
    "campaign", "party", "senate", "congress", "parliament", "legislature", "caucus", "army", "military", "navy",
    "police", "newspaper", "network", "magazine", "channel", "website", "outlet", "group", "union", "coalition",
    "alliance", "foundation", "association", "movement", "league", "institute", "university", "college", "center",
    "centre", "institution", "think tank", "charity", "federation", "statement", "headquarters", "media", "press"})
"""Role nouns that name an institution, not a person ("..., the committee said")."""
PARTICLE_NAME = re.compile(rf"{PARTICLE}-[A-Z]")
"""A surname written with a lower-case particle ("al-Kidra")."""
LEAD_NAME = re.compile(r"\s*((?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)\s+"
                        r"(?!(?:said|says|told)\b)[a-z]")
"""A sentence that opens with a person's full name as its subject ("Mike Huckabee will ...")."""
PREPOSITION = re.compile(r"\s(?:with|in|on|at|from|to|about|after|before|during|against|into|over)\s")
"""Prepositions that end a noun phrase's head before a comma ("his interview with ABC's Tom Ray, Cohen said"); not
"of" or "for", which keep the phrase a title ("The head of the agency, Ann Lee, said")."""
REPORT_VERBS = frozenset({"reported", "reports", "report", "reporting"})
"""'The Globe reported': a name after 'the' that reports, with no role stated anywhere, is a news outlet."""
NEXT_NAME = re.compile(rf"\s+(?:{PARTICLE}\s+)?[A-Z][a-z]")  # "Mayor Bill de Blasio" (issue 12z)
NOT_NAME_START = r"In|On|At|For|By|From|After|Before|During|Since|Last|This|That|The|But|And|Or|Meanwhile|Still|Yet|So|Then|When|While|If|As|Like|Unlike|Under|Over|Asked|Speaking|According"
"""Capitalised words that start a sentence's adverbial, not a name ("In New York, officials said")."""
THE_NAME = re.compile(r"[Tt]he\s+(?:[A-Z][a-z][\w'\u2019-]*\s+){0,2}[A-Z][a-z][\w'\u2019-]*")
"""'the Globe', 'The Daily Caller': a capitalised name after 'the' (not an acronym such as 'the FBI', not a person)."""
SPACE_COMMA = re.compile(r"\s+,")
AND_LAST = re.compile(r"(?<![\w-])and\s+$")
APPOS_END = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:said|says|told|wrote)(?![\w-])")
COPULA_WORD = re.compile(r"\s(?:is|was|be|been|became|serve[sd])\s")
COPULA_SKIP = frozenset({"ordinary_person", "activist_advocacy", "document", ""})
"""Roles a copula does not give: after 'is a' these nouns describe a stance or fame, not a job."""
INITIAL_SKIP = frozenset({"of", "for", "the", "and", "on", "in", "to"})

# Issue 12t
THE_PAPER = re.compile(r"(?:the|this|that)\s+(?:paper|daily)", re.IGNORECASE)
"""A newspaper named by a common noun that also means a document: an outlet only before a verb of reporting."""
CAPS_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+){1,5})$")
"""The capitalised words right before a title ("Republican National Committee chairman"): the body it belongs to."""
MEDIA_TITLES = frozenset({"analyst", "analysts", "commentator", "commentators"})
"""Commentator titles that an outlet owns ("CNN's senior legal analyst"): a media role, not an expert's."""
MEDIA_OWNER = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}$")
"""The owner of such a title, with up to two modifiers and with or without a possessive ("CNN's senior legal", "CNN
Senior Vatican")."""
LINK_NICK = re.compile(r"([A-Z][\w'\u2019-]+)\s+([A-Z][\w'\u2019-]+)\s+[A-Z][\w'\u2019-]+\s+\(\1\)")
"""Link text that gives a name's legal form and nickname after it ("Mitch McConnell Addison (Mitch) Mitchell
McConnellGOP ..."): rewritten to the repeated form that :func:`cut_link` cuts ("Mitch McConnell Mitch ...")."""
SUCH_AS = re.compile(rf",?\s+(?:such\s+as|including)\s+({NAME})(?=\s*[,.;)]|\s+(?:and|or|have|has|had|said|says|warned)\s)")
"""A name after a plural role noun and 'such as'/'including' ("investment banks such as Citigroup"): a member."""
DASH = re.compile(r"\s+(?:--|\u2014|\u2013)\s+")
"""A dash between spaces, read as the comma of an apposition ("John Dean -- Nixon's legal counsel -- ...")."""
PROPER_BODY = re.compile(r"(?:the\s+)?[A-Z]")
"""A body named by a proper name: one whose role noun is a people noun is a group of them ("Concerned Women for
America", "Americans for Tax Reform"): an advocacy group, not ordinary people."""
LOWER_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})
"""Words that are no part of a name's key (articles, courtesy titles)."""
BODY_PLACE = re.compile(r"\s+(?:at|in)\s+")
"""Where a body's own name ends ("the Women and Politics Institute at American University")."""

def cut_link(phrase: str) -> str:
    """``phrase`` up to a repetition of its first two capitalised words (link text after a name).

    Parameters
    ----------
    phrase : str
        A source phrase or a name ("Nancy Pelosi Nancy PelosiMnuchin emerges").

    Returns
    -------
    str
        The phrase before the repetition ("Nancy Pelosi"), or ``phrase`` unchanged.
    """
    m = LINK_REPEAT.search(phrase)
    return phrase[:m.start() + len(m.group(1)) + 1 + len(m.group(2))] if m else phrase


def name_keys(phrase: str) -> tuple:
    """The keys a source phrase is looked up by among the names an article gave a role.

    Parameters
    ----------
    phrase : str
        A source phrase ("Scarborough, who was in Washington", "Mr. Ann Cole").

    Returns
    -------
    tuple of str
        The lower-cased capitalised words of its part before a comma, then the last of them (no "Jr."), then those
        of the whole phrase unless an apposition with an article follows the comma; empty when it has none.
    """
    first, _, rest = phrase.partition(",")
    keys = keys_of(first)
    if not rest or ARTICLE.match(rest.strip()):  # "Sylvia Padron, a bookkeeper at the X Center": not the Center
        return keys
    return keys + tuple(k for k in keys_of(phrase) if k not in keys)


def keys_of(phrase: str) -> tuple:
    """The full-name key and the last-word key of the capitalised words of ``phrase``.

    Parameters
    ----------
    phrase : str
        A name or source phrase ("Eric H. Holder Jr.").

    Returns
    -------
    tuple of str
        ``(full, last)`` lower-cased ("eric h. holder", "holder"; courtesy titles and suffixes dropped), or ``()``
        when the phrase has no capitalised word.
    """
    words = [w.strip(",.").removesuffix("'s").removesuffix("\u2019s") for w in phrase.split()]
    words = [w for w in words if w and (w[:1].isupper() or PARTICLE_NAME.match(w)) and w.lower() not in LOWER_WORDS]
    while len(words) > 1 and SUFFIX.fullmatch(words[-1]):
        words.pop()
    return (" ".join(words).lower(), words[-1].lower()) if words else ()


def affiliation(phrase: str, actor_matcher: Matcher, members: Matcher | None = None) -> str:
    """The first actor of the study's gazetteer named in a source phrase, else the first whose member it calls the
    source, or ''.

    Parameters
    ----------
    phrase : str
        Source phrase (as written, resolved, or with its apposition).
    actor_matcher : helpers.text.lexicon.Matcher
        Built from the actor gazetteer (``load_lexicon("actors")``).
    members : helpers.text.lexicon.Matcher, optional
        Built from the gazetteer's ``members`` patterns (:func:`member_matcher`): words that make the source a member
        of an actor ("Republican strategist", "Sen. X (D-Ohio)"), read only when the phrase names no actor (round af2:
        "Republican Senate Leader Mitch McConnell" stays McConnell's).

    Returns
    -------
    str
        An actor id, or ``""`` when the phrase names none.
    """
    hits = [h for h in actor_matcher.find(phrase) if not _inside_name(phrase, h, actor_matcher)]
    if not hits and members is not None:
        hits = members.find(phrase)
    return min(hits, key=lambda h: h.start).entry if hits else ""


_ORG_HEADS = frozenset("""project center centre network coalition institute foundation fund initiative program programme
clinic services campaign""".split())
"""Head nouns of the names of organisations that work for or about a group ("the Northwest Immigrant Rights Project",
"Immigrant Legal Resource Center"). Not the heads of bodies its members form ("Police Benevolent Association",
"National Association of Police Organizations", "Police Executive Research Forum" of police chiefs): on 2,000
AllSides articles with the us_politics study those were 7 of the 12 affiliations the rule first changed, and a police
union speaks for police."""

_NAME_WORD = re.compile(r"(?:['\u2019]s?)?\s+((?:of|for|and|on|&)\s+)?([A-Z][\w'\u2019.-]*)")
"""One more word of a capitalised name after a match (past a possessive mark and a linking word)."""

_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|and|on|&)\s+)?){1,6}$")
"""The capitalised words (with linking words) right before a match: the start of the name it may be a word of."""


def _inside_name(phrase: str, hit, matcher: Matcher) -> bool:
    """Whether a match of a common-noun term is a word of an organisation's name, not a mention of the actor.

    Review s79-A: "Jorge Baron, executive director of the Northwest Immigrant Rights Project" was affiliated with
    the study's migrants (term "immigrants") and "director of the Immigrants' Rights Project at the ACLU" with them
    rather than the ACLU. A term the gazetteer writes in lower case (a common noun) that the phrase writes
    capitalised, followed by capitalised words that end in an organisation's head noun (:data:`_ORG_HEADS`), is read
    as part of that name and skipped; so is such a term joined by a hyphen to the word before or after it, a
    modifier of another noun ("pro-immigrant groups", "immigrant-rights advocates"; review s79-D). Terms written with capitals ("Republican", "ACLU") always count ("the National
    Republican Senatorial Committee"), and so does a common noun before a name that is no organisation ("Police
    Officer Ann Ruiz").
    """
    text = hit.text
    if term_key(text) not in matcher.common_terms:
        return False
    if phrase[max(0, hit.start - 1):hit.start] == "-" or phrase[hit.end:hit.end + 1] == "-":
        return True  # review s79-D: "pro-immigrant groups", "immigrant-rights advocates": a modifier, not migrants
    if not text[:1].isupper():
        return False
    before = _NAME_BEFORE.search(phrase[max(0, hit.start - 120):hit.start])
    if before and any(w.lower().rstrip(".") in _ORG_HEADS for w in before.group(0).split()):
        return True  # "the Coalition for Humane Immigrant Rights"
    pos = hit.end
    for _ in range(8):  # names of organisations are short; the loop is bounded
        m = _NAME_WORD.match(phrase, pos)
        if m is None:
            return False
        if m.group(2).lower().rstrip(".") in _ORG_HEADS:
            return True
        pos = m.end()
    return False


def member_matcher(actors: dict) -> Matcher | None:
    """A matcher of the ``members`` patterns of an actor gazetteer, or None when no entry has any.

    Parameters
    ----------
    actors : dict
        An actor gazetteer (``load_lexicon("actors")``); an entry's optional ``members`` lists regular expressions
        (``(?-i:...)`` for a part that must match in the capitals written).

    Returns
    -------
    helpers.text.lexicon.Matcher or None
        Finds each entry's member patterns; None when the gazetteer has none.
    """
    entries = {eid: {"patterns": list(e["members"])} for eid, e in actors.get("entries", {}).items() if e.get("members")}
    return Matcher(entries) if entries else None


def tagger_patterns(alt: str) -> tuple:
    """The patterns of :class:`helpers.measures.source_roles.RoleTagger` that contain its role nouns.

    Parameters
    ----------
    alt : str
        A regular expression that matches any role noun of the lexicon (an alternation, longest first).

    Returns
    -------
    tuple of re.Pattern
        ``name_after``, ``appos``, ``copula``, ``bare_appos``, ``bare_appos_any``, ``who_does``, ``owned_name``,
        ``name_of_org``, ``the_title_cue``, ``party_tag``, in this order.
    """
    # "Interior Minister Sheikh Rashid", "Republican strategist Ford O'Connell": a role noun, then a name
    # (also after one modifier: "editor emeritus John Maddox", "president-elect ...")
    name_after = re.compile(rf"(?:\s+(?!{NOT_MODIFIERS}(?![\w-]))[a-z][a-z-]+(?<!ed)(?<![^u]s)(?<!ing))?\s+({NAME})")
    # "Jesse Hunt, a spokesman for ...", "Sheikh Rashid, Pakistan's interior minister,"
    appos = re.compile(
        rf"({NAME}),\s+((?i:a|an|the|who\s+is|who\s+was|who,?\s+as|who\s+(?:has\s+|had\s+)?serve[sd]\s+{SERVED_WHEN}as|who\s+(?:is|was|has\s+been|had\s+been)\s+(?:sworn\s+in|appointed|named|elected|nominated|confirmed|hired|chosen)\s+as|formerly|former|"
        rf"then|now|currently|his|her|their|its)\s+(?:(?i:a|an|the)\s+)?|"
        rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*{POSS}\s+)((?:[\w'\u2019./-]+\s+){{0,5}}?)"
        rf"({alt})(?![\w-])")
    # "Ana Berg is a historian at ...", "Ana Berg was the party's treasurer": a role stated with a copula
    copula = re.compile(
        rf"(?<![\w'\u2019-])(?!(?:{NOT_NAME_START}|He|She|It|They|This|There|What|Who|Which|Here)\s)({NAME})\s+"
        rf"(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as|{PASSIVE_AS})\s+(?:(?i:a|an|the|their|his|her)\s+|"
        rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*{POSS}\s+)((?:[\w'\u2019.-]+\s+){{0,4}}?)({alt})(?![\w-])")
    # "said Jennifer Lawless, professor of government at ...": an apposition without an article after a cue
    bare_appos = re.compile(
        rf"(?<![\w-])(?:said|says|added|adds|explained|noted|wrote|told|according\s+to)\s+({NAME}),\s+"
        rf"((?:[a-z][\w-]*\s+){{0,3}}?(?:{alt}))\s+(?:of|at|for|with|in)\s")
    # "Kurt Meyer, Democratic party chairman for ...", "Farah Atassi, activist with ...", "Jeff Sessions, Alabama
    # Republican,": an apposition without an article anywhere, after a name of two or more words; its role
    # noun is singular and ends the apposition's head
    bare_appos_any = re.compile(
        rf"(?<![\w'\u2019-])(?<![IiOoAaTt][nntf]\s)(?<![Ff]or\s)(?<![Ff]rom\s)((?!(?:{NOT_NAME_START})\s)[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*){{1,3}}),\s+"
        rf"((?:(?!(?:said|says|told|added|according|and|or|but|who|which|where|when|is|was|of|at|for|with|in|from|on|the|a|an)\s)[\w.-]+\s+){{0,3}}?(?:{alt}))(?<!s)"
        rf"(?=\s+(?:of|at|for|with|in|from|on|who|and)\s|\s*[,;.)]|\s+(?:said|says|told|wrote)(?![\w-]))")
    who_does = re.compile(rf"({NAME})" + WHO_DOES)
    # "CNBC's Carl Quintanilla", "ABC News' Martha Raddatz": a person named after an organisation's possessive
    owned_name = re.compile(rf"((?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*)(?:'s|\u2019s|'|\u2019)\s+({NAME})")
    # "Michael O'Hanlon of the Brookings Institution": a name, then "of" and an organisation named with its type
    # (issue 12ae-r: also "with the" / "from the": "said Ann Lee with the Lake Policy Institute")
    name_of_org = re.compile(rf"({NAME})\s+(?:of\s+(?:the\s+)?|(?:with|from)\s+the\s+)((?:[A-Z][\w&'\u2019.-]*\s+(?:(?:for|of|on|and)\s+)?){{0,5}}"
                             rf"(?:{ORG_TYPES}))(?![\w-])")
    # "Mike Huckabee will ..., the former Arkansas governor told ...": a definite title that speaks later in the
    # sentence of a named subject
    the_title_cue = re.compile(
        rf",\s+the\s+((?:[\w.'\u2019-]+\s+){{0,3}}?)({alt})\s+(?:said|says|told|tells|added|wrote|noted)(?![\w-])")
    # "Rep. Buck McKeon, R-Calif.", "Steve King (R-Iowa)": a party-state tag after a name
    party_tag = re.compile(rf"({NAME}),?\s+\(?[RDI]-(?!Day)(?:[A-Z][a-z]{{1,11}}\.?|[A-Z]\.\s?[A-Z]\.|[A-Z]{{2}})(?![\w-])")
    return (name_after, appos, copula, bare_appos, bare_appos_any, who_does, owned_name, name_of_org, the_title_cue,
            party_tag)

# Issue 12v
PASSIVE_AS = (r"(?:will\s+be|is|was|has\s+been|had\s+been|is\s+being|was\s+being)\s+(?:[a-z]+ly\s+)?(?:sworn\s+in|appointed|"
              r"named|elected|nominated|confirmed|selected|chosen|hired|installed)\s+as")
"""'X will be officially selected as their party's nominee', 'X was appointed as the agency's director': a role given
by an appointment, read like a copula."""
NICKNAME = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019.-]+)\s+[\"\u201c]([A-Z][\w.-]*)[\"\u201d]\s+(?=[A-Z])")
"""A nickname in quotation marks inside a name ('Bernard "Jack" Young'), dropped before names are read."""
PERSON_TITLE_END = re.compile(r"(?<![\w-])(?:Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Dr|Mr|Mrs|Ms|President|"
                              r"Senator|Governor|Mayor|Secretary|Minister|Judge|Justice|Speaker|Chairman|Chairwoman)"
                              r"\.?\s*$")
"""A body that ends in a person's title ("an aide to Sen. Ann Cole", "adviser to President Ben Kay"): the name after it
is the one the title holder works for, not the title holder."""
WEAK_TITLES = frozenset({"dr.", "dr", "doctor"})
"""Titles before a name that are weak evidence of a role ("Dr. Ann Cole" may be a candidate or a minister with a
doctorate): used only when the article gives the name no other role."""
TRANSCRIPT_LABEL = re.compile(r"(?<![\w'\u2019-])([A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){0,3}),\s+"
                              r"([A-Z][A-Z'\u2019.-]*(?:\s+[A-Z][A-Z'\u2019.-]*){0,5}):")
"""A speaker label of a broadcast transcript, written in capitals ("ANN COLE, HOST:", "BEN KAY, BYLINE:")."""
MODIFIERS_ONLY = re.compile(r"\s*(?:a|an|the|this|that|these|those|its|his|her|their)\s+(?:[a-z][\w-]*(?:\s+|\Z))*",
                            re.IGNORECASE)
r"""A determiner and lower-case words before 'and' ("a new and dire report"): a coordination of modifiers, whose head
noun follows the second conjunct. Each word must end at white space or at the end, so that a failing match is linear
(``(?:[a-z][\w-]*\s*)*`` tried every split of a word: minutes for a 40-character phrase ending in a full stop)."""
ORG_AFTER_GENERAL = re.compile(rf"\s+(?:{ORG_WORDS}|Hospital|Assembly|Motors|Electric|Dynamics|Mills|Accounting|Staff)(?![\w-])")
"""'General' capitalised before an organisation's word is part of its name ("Massachusetts General Hospital", "the
General Assembly"), not a general's rank."""
