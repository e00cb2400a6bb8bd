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

__all__ = ["main_auxiliary", "clause_source"]

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
    r"recently|repeatedly|previously|in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|been)(?:\s+|$))*")
"""Words between an auxiliary and the cue that leave the cue the clause's own verb ("has in the past | denounced",
"have just | asked", "are often | dismissed")."""
_BOUNDARY = re.compile(r"\s*(?:[,;\u2014\u2013]|\s-{1,2}(?=\s)|(?<=[a-z])\.(?=[A-Z]))\s*(?:(?:and|but|so)\s+)?")
"""A clause boundary inside the span after the auxiliary: a comma, semicolon or dash (and a following "and"), or a
full stop run into the next sentence ("heading.Only 27 percent")."""
_NP_START = re.compile(r"(?:(?:the|a|an|his|her|their|its|our|my|one|two|three|several|some|many|most|other|another|"
                       r"both|all|top|senior|former)\s+\S|(?-i:[A-Z0-9])|[a-z]+s$)")
"""A noun phrase: a determiner, a capital or a number, or one bare plural word ("lawmakers")."""
_PERCEPTION = re.compile(r"(?<![\w-])(?:hear|heard|see|saw|seen|watch|watched|let|make|made)\s+"
                         r"((?:the|a|an|his|her|their|its|(?-i:[A-Z]))[^,;]*)$")
"""A perception or causative verb and its object, whose bare verb is the cue ("enraged to hear the governor | say")."""
_PARTICIPLE = re.compile(r"(?:ed|en|wn|told|said|heard|found|held|put|thought|known)$", re.IGNORECASE)


def main_auxiliary(src: str):
    """The first finite auxiliary of the span that is not inside a relative clause, or None."""
    m = _AUX.search(src)
    return m if m is not None and not _RELATIVE.search(src, 0, m.start()) else None


def clause_source(src: str, cue: str):
    """What a subject span with a finite auxiliary of its own becomes.

    Returns ``None`` when the span holds no such auxiliary (the span stays), ``""`` when the cue is not an
    attribution of this subject (the row goes), or ``(offset, length)`` of the new source inside ``src``:

    - after the auxiliary only adverbials: "has/have/had" leaves the words before it ("Pyongyang has in the past |
      denounced" -> "Pyongyang"); a form of "be" before a past participle is a passive ("are best | summarized"),
      the row goes; other auxiliaries (a modal) go as the modal rule has them;
    - a clause boundary after the auxiliary followed by a noun phrase: the noun phrase ("... shutdown, Mark Reuss,
      president of ..., | told"; "... a parent -- and the White House | says");
    - a perception or causative verb before the cue: its object ("to hear the governor | say");
    - otherwise the cue sits in the predicate of the span's own clause (a noun: "has raised unsubstantiated |
      charges"; a complement: "have helped | add"): the row goes.
    """
    aux = main_auxiliary(src)
    if aux is None:
        return None
    tail = src[aux.end():]
    if _RELATIVE.search(tail):
        return None  # "is among the groups who | say": the relative clause's own cue, left as it was
    if _ADVERBIAL.fullmatch(tail):
        head = src[: aux.start()].rstrip()
        if _HAVE.match(aux.group(1)) and head:
            return (0, len(head))
        if _BE.match(aux.group(1)) and not _PARTICIPLE.search(cue.split()[0]):
            return None
        return ""
    b = None
    for b in _BOUNDARY.finditer(tail):
        if b.group().strip():
            break
    else:
        b = None
    if b is not None:
        rest = tail[b.end():].strip(" ,")
        if rest and _NP_START.match(rest) and not _AUX.search(rest):
            start = aux.end() + b.end() + (len(tail[b.end():]) - len(tail[b.end():].lstrip(" ,")))
            return (start, len(rest))
        return ""
    p = _PERCEPTION.search(tail)
    if p is not None:
        obj = p.group(1).rstrip()
        return (aux.end() + p.start(1), len(obj))
    return ""
