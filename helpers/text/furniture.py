"""Page furniture inside body lines, blanked before words are counted (distinctive words, topic terms).

Why
---
Cleaning (:mod:`helpers.corpus.clean`) removes furniture *lines*. Some furniture sits inside a line of the story
and survives it, and then tops the distinctive-word and topic tables because one site repeats it in every
article: a photo gallery's "Hide Caption 3 of 12", credits ("(AP Photo/Jane Doe)", "FILE PHOTO:",
"AGENCY/Jane Doe", "Getty Images"), a link card pasted into a sentence (a person's name glued to the titles of
other stories, closed by a "MORE" link), share prompts and short links ("Read or Share this story:
http://..."), live-blog stamps ("Update at 2 p.m. ET") and a time zone after a clock time ("8 p.m. ET"), transcript cues ("[AUDIO PLAYBACK]", "archived
recording"), a reference list's link labels ("Crossref", "PMID: 123"), newsletter prompts (and a country picker flattened into the line), editor's notes and markup tags left in plain text (``<tweet tweet-id="...">``, ``<br/>``; a tag's attributes must have values, so "a<b and c>d" is prose). :func:`count_text` blanks these spans (and drops soft hyphens, which split
"gov\\u00aderning" into two tokens) in the copy of the text that is *counted*; the article text, the sentences
and their offsets are unchanged, so the evidence tables still show the line as published.

The rules are about the form of the furniture (a credit's parentheses and "Photo", a gallery counter, a glued
name followed by a capital "MORE"), not about a site: each must hold on sites not seen in development.
"""

from __future__ import annotations

import re

__all__ = ["blank_furniture", "count_text", "furniture_spans"]

_CARD = r"(?:MORE|[A-Z][^\n]{0,600}?\bMORE)(?![A-Za-z])"
_CARD_DIGIT = r"\d[^\n]{0,600}?\bMORE(?![A-Za-z])"
"""A card whose first headline starts with a number ("Hillary Diane Rodham Clinton2020 Democrats make play ... MORE"):
only after the repeated surname, where the glue is certain (review s76: such a card was the longest shared passage)."""
_NAME = r"(?:(?:[A-Z]\.)+|[A-Z][a-z][\w'’-]*)"
_ZONES = ("AEDT", "AEST", "BST", "CDT", "CEST", "CET", "CST", "CT", "EDT", "EST", "ET", "GMT", "IST", "JST", "MDT",
          "MST", "MT", "PDT", "PKT", "PST", "PT", "UTC")
"""Time-zone abbreviations written after a clock time (each is its own needle)."""

_RULES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    # Each rule is one or more (needles, pattern) pairs: a pattern is only tried on a text that holds one of its
    # literal needles (a substring every match contains), which keeps the cost near one substring search per rule;
    # the needles of a case-insensitive pattern ("(?i") are lower case and looked for in the lower-cased text.
    # a link card pasted into a sentence: the person's full name (ending with the surname just written) glued to the
    # next capital ("Jane Doe Jane Quincy DoeSenate passes ...") and closed by a capital MORE link within 600
    # characters; the name as first written stays. Without the repeated surname, from the glue on (two lower-case
    # letters then a capital, so "McConnell" or "iPhone" is no glue).
    "link_card": (
        (("MORE",), rf"\b(?P<sur>[A-Z][\w'’-]*[a-z]) (?P<part>(?:\(?[A-Z][\w.'’-]*\)? ){{0,5}}(?P=sur)(?:{_CARD}|{_CARD_DIGIT}))"
                    rf"|(?<=[a-z][a-z]){_CARD}"),
    ),
    "gallery_counter": (
        (("aption",), r"\b(?:Hide|Show) [Cc]aption\b(?:\s+\d+\s+of\s+\d+)?"),
        (("Photo:", "Photos:"), r"(?<![\w])Photos?:(?=\s)"),
    ),
    "photo_credit": (
        (("Photo", "Getty", "Shutterstock"),
         r"\([^()\n]{0,25}\b(?:Photo(?:graph)?s?|Getty Images|Shutterstock)\b[^()\n]{0,100}\)"),
        (("FILE PHOTO", "Getty Images"), r"\bFILE PHOTO\b:?|\bGetty Images\b"),
    ),
    # "AGENCY/First Last" closing a line (a caption's credit); "FBI/Justice Department" inside a sentence is not one
    "agency_credit": (
        (("/",), rf"\b[A-Z]{{2,}}/{_NAME}(?: {_NAME}){{1,3}}(?:/{_NAME}(?: {_NAME}){{0,3}})*"
                 r"(?: via [A-Z]\w+(?: Images)?)?(?=[ \t]*(?:\n|$))"),
    ),
    "url": (
        (("://", "www."), r"(?:\bhttps?://|\bwww\.)\S+"),
        ((".ly/", ".gl/"), r"\b[\w-]+\.(?:ly|gl)/\S+"),
        (("pic.twitter",), r"\bpic\.twitter\.com/\S+"),
        (("@",), r"\b[\w.+-]+@[\w-]+\.[\w.]+"),
    ),
    "share_prompt": (((" this story", " this article"), r"\b(?:Read|Share)(?: or (?:Read|Share))? this (?:story|article)\b:?"),),
    # a live blog's update stamp ("Update at 2 p.m. ET", "Update: 7:11PM EDT:", "Breaking news update at 10:34 p.m. ET")
    "update_stamp": ((("Update", "update", "UPDATE"),
                      r"\b(?:[Uu]pdated?|UPDATED?):? (?:at )?\d{1,2}(?:[:.]\d\d)?\s?[aApP]\.?[mM]\.?(?: [A-Z]{2,4}\b)?\.?:?"),),
    # a time zone after a clock time ("2 p.m. ET Friday", "8pm ET", "11:48 a.m. EST"): a broadcast-time habit of US
    # sites, no word of the story (review s80-D: "et" among one outlet's most distinctive words); the time needs a
    # colon or a.m./p.m., so "2 CT scans" keeps its word
    "clock_zone": ((_ZONES, rf"\b\d{{1,2}}(?:[:.]\d\d\s?(?:[aApP]\.?[mM]\.?)?|\s?[aApP]\.?[mM]\.?)\s?"
                            rf"(?P<part>(?:{'|'.join(_ZONES)}))\b"),),
    "transcript_cue": (
        (("[",), r"\[(?:[A-Z][A-Z'’,.-]*(?: [A-Z][A-Z'’,.-]*)+|[A-Z]{8,})\]"),
        (("archived recording",),
         r"(?i:\barchived recording\b(?: \d+)?(?: \([^)\n]{0,60}\))?:?)"),
    ),
    # a newsletter prompt in a line of the story, and a country picker after it (a sign-up form flattened into text)
    "newsletter_prompt": (
        (("sign up", "subscribe"),
         r"(?i:\b(?:sign up|subscribe)\b[^.!?\n]{0,120}\b(?:newsletters?|inbox|top stories|briefing)\b[^.!?\n]{0,80}[.!?]?)"),
        (("Choose your",), r"\bChoose your (?:country|region|edition)\b[^\n]*"),
    ),
    # a reference list's link labels and identifiers ("CrossrefMedlineGoogle Scholar", "PMID: 123", "doi:10.1/x")
    "citation_links": (
        (("Crossref", "Medline", "PubMed", "Google Scholar"),
         r"(?:Crossref|Medline|PubMed|Google Scholar)(?=[\W\d]|Crossref|Medline|PubMed|Google|$)"),
        (("PMID", "doi:", "doi.org"), r"\bPMID:?\s*\d+|\bdoi:\s*\S+|\bdoi\.org/\S+"),
    ),
    "editors_note": ((("editor's note", "editor’s note"), r"(?im:^\s*\[?editor[’']s note:[^\n]*)"),),
    # a markup tag left in plain text (an embedded tweet exported as <tweet tweet-id="..." timestamp="...">, a stray
    # <p> or <br/>): its name and attributes are no words; the text between tags stays. "<" must be followed by a
    # letter (or "/" and a letter) and the tag closed by ">" on the same line, so "x < y", "<5%" and "<3" are prose;
    # every attribute has a value (name="..."), so "a<b and c>d" (words between "<" and ">") is prose too.
    "markup_tag": (
        (("<",), r"</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'<>]+))*\s*/?>"),
    ),
}

_COMPILED = [(name, needles, "(?i" in pat, re.compile(pat)) for name, parts in _RULES.items() for needles, pat in parts]
"""(rule, needles, case-insensitive, pattern) for each alternative of :data:`_RULES`; every match (its group ``part``
when it has one) is blanked."""

_CASED = sorted({n for _, needles, fold, _ in _COMPILED if not fold for n in needles})
_NEEDLES = tuple(n for n in _CASED if not any(m != n and m in n for m in _CASED))
_FOLDED = tuple(sorted({n for _, needles, fold, _ in _COMPILED if fold for n in needles}))
"""Every rule's needles in two lists (case-sensitive, without those that hold another; lower-case): most units hold
none, and a few substring tests then settle them (round fb1 blanks every sentence before frame cues and tone are
read: the needle tests of each rule in turn made blanking cost 18% of the cue scan on AllSides sentences, these
12%)."""

_SOFT_HYPHEN = "\u00ad"


def _span(m: re.Match) -> tuple[int, int]:
    """The blanked part of a match: its group ``part`` when it took part (the name as first written stays)."""
    return m.span("part") if "part" in m.re.groupindex and m.start("part") >= 0 else m.span()


def furniture_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of furniture inside the lines of ``text``.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of (start, end, rule)
        Sorted by start; spans of different rules may overlap.
    """
    if not isinstance(text, str) or not text:
        return []
    lower = None
    if not any(n in text for n in _NEEDLES):
        lower = text.lower()
        if not any(n in lower for n in _FOLDED):
            return []
    out = set()
    for name, needles, fold, pat in _COMPILED:
        if fold and lower is None:
            lower = text.lower()
        if any(n in (lower if fold else text) for n in needles):
            out.update((*_span(m), name) for m in pat.finditer(text) if m.end() > m.start())
    return sorted(out)


def blank_furniture(text: str) -> str:
    """``text`` with every span of :func:`furniture_spans` replaced by spaces.

    Parameters
    ----------
    text : str
        An article or unit text.

    Returns
    -------
    str
        Of the same length as ``text``, so ``text[i:j]`` and the result's ``[i:j]`` are the same place (text reuse
        shows passages by these offsets); "" for a value that is not a str.
    """
    if not isinstance(text, str):
        return ""
    spans = furniture_spans(text)
    if not spans:
        return text
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def count_text(text: str) -> str:
    """The text whose words are counted: furniture spans blanked, soft hyphens dropped.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        ``text`` with every span of :func:`furniture_spans` replaced by spaces and soft hyphens removed (so its
        offsets are not those of ``text``: use it for counting words only).
    """
    text = blank_furniture(text)
    return text.replace(_SOFT_HYPHEN, "") if _SOFT_HYPHEN in text else text
