"""A clause read as the source span of a cue (issue 12ax-s).

The subject finder (:func:`attribution_phrases._subject_phrase`) takes the words before a cue back to a clause
boundary. When those words hold a finite auxiliary of their own clause ("the company has removed | tweets", "The
findings are best | summarized", "General Motors hasn't had a shutdown, Mark Reuss, president of ..., | told"), they
are not a noun phrase: the cue is a noun or a complement inside that clause's predicate, or the real source stands
after a clause boundary or after the cue. :func:`clause_source` decides, from the span alone, which of these holds.

An auxiliary right after "who", "which", "that" or "whose" earlier in the span belongs to a relative clause ("Amelia
Nugent, 23, who was canvassing ..., | said") and is not read. No names of persons, outlets or places decide anything.
"""
from __future__ import annotations

import re

__all__ = ["main_auxiliary", "clause_source", "postposed_speaker"]

_AUX_WORDS = ("is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should")
_NEG = ("isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't",
        "couldn't", "shouldn't")
_AUX = re.compile(r"(?<![\w'\u2019-])(?-i:(" + "|".join(_AUX_WORDS) + "|"
                  + "|".join(w.replace("'", "['\u2019]") for w in _NEG) + r"))(?![\w'\u2019-])")
"""A finite auxiliary, lower case (a capitalised "Will" or "Is" may be a name or a title's word)."""
_RELATIVE = re.compile(r"(?<![\w-])(?:who|whom|whose|which|that)(?![\w'\u2019-])", re.IGNORECASE)
_HAVE = re.compile(r"ha(?:s|ve|d)(?:n['\u2019]t)?$")
_BE = re.compile(r"(?:is|are|was|were)(?:n['\u2019]t)?$")
_ADVERBIAL = re.compile(
    r"\s*(?:(?:[a-z]+ly|also|not|never|just|long|still|already|often|always|best|since|once|now|then|even|ever|"
    r"recently|repeatedly|previously|in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|been|yet|twice|both|all|"
    r"nevertheless|sometimes|in\s+fact|in\s+particular|at\s+times|at\s+least|ever|quite|only|first|later|again|"
    r"long\s+since)(?:\s+|$))*")
"""Words between an auxiliary and the cue that leave the cue the clause's own verb ("has in the past | denounced",
"have just | asked", "are often | dismissed")."""
_BOUNDARY = re.compile(r"\s*(?:[,;\u2014\u2013]|\s-{1,2}(?=\s)|(?<=[a-z])\.(?=[A-Z]))\s*(?:(?:and|but|so)\s+)?")
"""A clause boundary inside the span after the auxiliary: a comma, semicolon or dash (and a following "and"), or a
full stop run into the next sentence ("heading.Only 27 percent")."""
_CLAUSE_IN = re.compile(r"(?<![\w-])[a-z]+ed\s+(?:the|a|an|his|her|their|its|him|them|it|me|us)(?![\w-])")
"""A past-tense verb and its object inside the phrase after a boundary ("Fassler called the woman back"): a clause."""
_NP_START = re.compile(r"(?:(?:the|a|an|his|her|their|its|our|my|one|two|three|several|some|many|most|other|another|"
                       r"both|all|top|senior|former)\s+\S|(?-i:[A-Z0-9])|[a-z]+s$)")
"""A noun phrase: a determiner, a capital or a number, or one bare plural word ("lawmakers")."""
_PERCEPTION = re.compile(r"(?<![\w-])(?:hear|heard|see|saw|seen|watch|watched|let|make|made)\s+"
                         r"((?:the|a|an|his|her|their|its|(?-i:[A-Z]))[^,;]*)$")
"""A perception or causative verb and its object, whose bare verb is the cue ("enraged to hear the governor | say")."""
_PARTICIPLE = re.compile(r"(?:ed|en|wn|told|said|heard|found|held|put|thought|known)$", re.IGNORECASE)


def main_auxiliary(src: str):
    """The first finite auxiliary of the span that is not inside a relative clause.

    Parameters
    ----------
    src : str
        A source span read before its cue.

    Returns
    -------
    re.Match or None
        The auxiliary ("has", "wasn't", ...; lower case), or None when the span has none or it follows "who",
        "which", "that", "whom" or "whose".
    """
    m = _AUX.search(src)
    return m if m is not None and not _RELATIVE.search(src, 0, m.start()) else None


_WH_HEAD = re.compile(r"(?:why|how|what|when|where|who|which|whom|whose)(?![\w-])", re.IGNORECASE)
_NOT_PLURAL = (r"(?:always|sometimes|perhaps|whereas|has|was|is|does|this|thus|its|his|hers|yes|less|unless|across|"
               r"afterwards|besides|nevertheless|nonetheless|regardless|us|as)(?![\w'\u2019-])")
_NP_END = re.compile(
    r"(?:(?<![\w-])(?:how|why|than|where|when|whom)\s+((?:the|a|an|his|her|their|its)\s+(?:[\w.'\u2019-]+\s+){0,3}"
    r"[\w.'\u2019-]+|(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}(?!" + _NOT_PLURAL + r")[a-z]+s|(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,4}(?-i:[A-Z])[\w.'\u2019-]*|(?!" + _NOT_PLURAL + r")[a-z]+s)"
    r"|(?<![\w-])(?!(?:by|of|in|on|at|to|for|with|from|about|into|over|under|against|through|and|or|behind|between|"
    r"among|amid|after|before|during|without|toward|towards|across|around|near|than|is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)\s)[a-z][a-z-]+\s+"
    r"((?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}(?!" + _NOT_PLURAL + r")[a-z]+s|(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,4}(?-i:[A-Z])[\w.'\u2019-]*))"
    r"(?:\s+(?:always|also|never|often|still|just|now|once|[a-z]+ly))?$")
"""A noun phrase that closes the span and is the subject of the cue's own (contact or adverbial) clause: "the kind
Trump | described" (a capitalised run or a plural after a noun), "why critics | say", "than the budget office |
predicted"."""


def clause_source(src: str, cue: str):
    """The source inside a subject span with a finite auxiliary of its own, or None (the span stays).

    Returns ``(offset, length)`` of the new source inside ``src``:

    - after the auxiliary only adverbials (:data:`_ADVERBIAL`), not a form of "be": the words before the auxiliary
      ("Pyongyang has in the past | denounced" -> "Pyongyang", "Few voters would ever | admit" -> "Few voters");
    - a clause boundary after the auxiliary followed by a noun phrase: the noun phrase ("... shutdown, <name>,
      president of ..., | told"; "... a parent -- and the White House | says");
    - a perception or causative verb before the cue: its object ("to hear the governor | say");
    - a noun phrase that closes the span after a noun, "how", "why" or "than" (:data:`_NP_END`).

    Otherwise None: the span is left as it was (a noun or a passive cue inside the clause: PolNeAR annotates
    nominal cues and passives, so they are not removed here).

    Parameters
    ----------
    src : str
        The source span the subject finder read (masked sentence text).
    cue : str
        The cue as written.

    Returns
    -------
    tuple of (int, int) or None
        Offset and length of the new source inside ``src``, or None.
    """
    aux = main_auxiliary(src)
    if aux is None:
        return None
    tail = src[aux.end():]
    if _RELATIVE.search(tail):
        return None  # "is among the groups who | say": the relative clause's own cue, left as it was
    if _ADVERBIAL.fullmatch(tail):  # (restricted once: not any four lower-case words)
        head = src[: aux.start()].rstrip()
        if head and not _BE.match(aux.group(1)) and not _AUX.search(head) and not _WH_HEAD.match(head):
            return (0, len(head))
        return None
    b = None
    for b in _BOUNDARY.finditer(tail):
        break
    if b is not None:
        rest = tail[b.end():].strip(" ,")
        if rest and _NP_START.match(rest) and not _AUX.search(rest) and not _CLAUSE_IN.search(rest):
            start = aux.end() + b.end() + (len(tail[b.end():]) - len(tail[b.end():].lstrip(" ,")))
            return (start, len(rest))
        return None
    p = _PERCEPTION.search(tail)
    if p is not None:
        obj = p.group(1).rstrip()
        return (aux.end() + p.start(1), len(obj))
    e = _NP_END.search(tail)
    if e is not None:
        g = 1 if e.group(1) else 2
        np_ = e.group(g)
        return (aux.end() + e.start(g), len(np_))
    return None


_POST_NOT = re.compile(r"(?:him|her|me|it|them|us|you|what|about|for|against|and|or|to|with|on|in|at|of|from|by|that|"
                       r"this|back|up|out|off)(?![\w'\u2019-])", re.IGNORECASE)
_POST_DET = re.compile(r"(?:(?:the|a|an|one|two|three|several|some|many|another|their|his|her|its|our|former|senior|"
                       r"top)\s+\S|(?-i:[A-Z])|(?:[a-z-]+\s+){1,3}(?-i:[A-Z]))")
_BARE_PLURAL = re.compile(r"(?:[a-z-]+\s+){0,2}(?:[a-z-]+s|people)(?:\s+(?:who|that)\s.*)?")


def postposed_speaker(post: str, entry: str, cue: str) -> bool:
    """Whether the phrase after a cue that follows a clause and a comma is its speaker ("..., says economist Ann
    Voss", "..., said their lawyer", "..., say industry experts"), not the cue's object ("..., added jobs",
    "..., expressed displeasure", "..., call for the hiring of ..."): a determiner, a capital or a lower-case title
    before a capitalised name; a bare plural only after "say"; never after a cue ending in a preposition.

    Parameters
    ----------
    post : str
        The noun phrase read right after the cue.
    entry : str
        The cue's lexicon entry ("say", "add", ...).
    cue : str
        The cue as written.

    Returns
    -------
    bool
        True when the phrase is read as the speaker.
    """
    if _POST_NOT.match(post) or cue.split()[-1].lower() in ("for", "about", "to", "of", "on", "at", "with"):
        return False
    return bool(_POST_DET.match(post)) or (entry == "say" and _BARE_PLURAL.fullmatch(post) is not None)
