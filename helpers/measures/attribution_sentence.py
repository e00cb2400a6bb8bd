"""A sentence prepared for the attribution rules: quotations found, masked and indexed, and direct-speech tests.

Used by :func:`helpers.measures.attribution.find_attributions`; every test reads at most
:data:`_WINDOW` characters around a cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..text.normalize import fold
from ..text.quotes import _fold_quotes, _n_words, mask_spans, quote_spans

__all__ = ["closes_before", "cross_sentence_quotes"]

_WINDOW = 400
"""Characters on either side of a cue that the rules read (keeps the work per cue bounded, however long the sentence)."""

_TO_WHOM = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){0,6}?[\w'\u2019.-]+\s*[,:]\s*[\"\u201c]?")
"""Words between a cue and a quotation that end with a comma or colon ('told reporters, "...')."""
_QUOTE_NEXT = re.compile(r"\s*[\"\u201c']")
"""A quotation right after a cue, however short: the content starts with a quotation mark (double or single: the
mark is that of a closed quotation span, so an apostrophe never matches; headlines quote with single marks,
'Sanders: \u2018Of Course\u2019 Clinton Is Qualified')."""

_PUNCT_QUOTE_NEXT = re.compile(r"\s*[,:]\s*[\"\u201c']")
"""A comma or colon and then a quotation right after a cue, however short ('said, "You tell me," before he left'):
the content still starts with a quotation mark (issue 12al-q)."""

_SUBORDINATORS = "after|before|when|whenever|while|as|if|because|since|although|though|once|until|unless|whether"
"""Words that open a subordinate clause, shared with :mod:`helpers.measures.attribution`."""
_OPENS_SUBORDINATE = re.compile(rf"\s*(?:{_SUBORDINATORS})\s", re.IGNORECASE)
"""A sentence that opens with a subordinator: a cue before its first comma is in a fronted clause."""

_SENTENCE_END = re.compile(r"[\s.,;:!?)\u2019\u201d'\"]*")
"""After a quotation's closing mark: only the sentence's closing punctuation (the quotation ends the sentence)."""

_STRAY_OPENING = re.compile("[\u2018\u201c](?=\\s|$)")
"""A curly opening mark followed by a space or the end: a stray mark (a caption's dangling \u2018), no quotation."""
_GOES_ON = re.compile(r"\"?\s+(?!(?:and|or|but|because|while|as|since|though|although|if|so|said|says|told|"
                      r"according)(?![\w-]))[a-z]")
"""After the closing mark of a quotation that follows "that": the clause goes on ('said that "we need more
information" about how ...'), so the content neither opens nor ends with the quotation."""
_JUST_BEFORE = re.compile(r"[\s,\u2019'\"]*")
"""Between a quotation's closing mark and the cue's clause: the quotation ends the content, however short."""


class _Sentence:
    """A sentence prepared for the cue rules: folded, quotations masked, quotation spans indexed."""

    def __init__(self, sentence: str, min_quote_words: int):
        self.text = sentence
        closed = quote_spans(sentence)
        self.closed = closed
        self.masked = mask_spans(_fold_quotes(sentence), closed)
        self.long = [(s - 1, e + 1) for s, e in closed if _n_words(sentence[s:e]) >= min_quote_words]
        self.long_ends = [e for _, e in self.long]
        self.long_starts = [s for s, _ in self.long]
        self.starts = [s - 1 for s, _ in closed]
        self.ends = [e + 1 for _, e in closed]
        unclosed = [s - 1 for s, e in quote_spans(sentence, include_unclosed=True) if (s, e) not in set(closed)]
        self.first_unclosed = min(unclosed) if unclosed else None
        # a double quotation opened after the cue and still open at the end of the sentence: its content is a
        # quotation that runs on into the next sentence ('He said, "In many ways, ... .')
        self.last_unclosed_double = max((u for u in unclosed if self.masked[u] == '"'), default=None)
        # a quotation that ends the sentence (or opens it) makes the content of a cue before (after) it a quotation,
        # however short: 'said his position had "gotten bigger."'
        tail = self.masked.rstrip(" .,;!?)\u2019'")
        # (a two-character mark '' is folded to ' "', so its quotation ends one character before the '"')
        self.ends_quoted = bool(closed) and (tail.endswith('"') and closed[-1][1] >= len(tail) - 2 or bool(
            _SENTENCE_END.fullmatch(sentence, closed[-1][1] + 1)))  # also single-quoted: "Issa: ... \u2018.\u2019"
        self.last_quote_start = closed[-1][0] - 1 if closed else -1
        self.starts_quoted = bool(closed) and self.masked.lstrip().startswith('"') or (
            bool(closed) and self.masked.lstrip().startswith("'")
            and closed[0][0] - 1 == len(self.masked) - len(self.masked.lstrip()))
        self.first_quote_end = closed[0][1] + 1 if closed else -1

    def kind(self, a: int, b: int, first: bool = True, last: bool = True) -> str:
        """``direct`` when a long quotation stands next to the span ``a:b`` (or an unclosed one opens before it),
        the sentence ends with a quotation after it or opens with one before it, or a double quotation opens
        after it and is still open at the end of the sentence (it runs on into the next sentence).

        ``first`` (``last``): no other cue of the sentence stands before (after) the span; an opening (closing)
        quotation belongs to the nearest cue only ('"...," Brown said, recalling a visit': "recalling" reports
        no quotation)."""
        if self.first_unclosed is not None and self.first_unclosed < a:
            return "direct"
        if (last and self.ends_quoted and self.last_quote_start >= b) or (
                first and self.starts_quoted and self.first_quote_end <= a):
            return "direct"
        if self.last_unclosed_double is not None and self.last_unclosed_double >= b:
            return "direct"
        i = bisect_right(self.long_ends, a) - 1
        if i >= 0 and a - self.long_ends[i] <= _WINDOW and re.fullmatch(
                r"[\s,.:;!?\"'\u2019\u201d-]*", self.masked[self.long_ends[i]:a]) and not (
                first and self._fronted_title(self.long[i][0], b)):
            return "direct"
        i = bisect_right(self.ends, a) - 1
        if first and i >= 0 and _JUST_BEFORE.fullmatch(self.masked, self.ends[i], a) and not self._fronted_title(
                self.starts[i], b):
            return "direct"  # 'are "very, very pro-Bernie," Kilfoyle said': the content ends with a quotation
        j = bisect_left(self.long_starts, b)
        if last and j < len(self.long) and self.long_starts[j] - b <= _WINDOW and (re.fullmatch(
                r"[\s,.:;\"'\u201c\u2018-]*(?:that\s*)?[\"\u201c]?", self.masked[b:self.long_starts[j]])
                or _TO_WHOM.fullmatch(self.masked[b:self.long_starts[j]])) and not (
                "that" in self.masked[b:self.long_starts[j]] and _GOES_ON.match(self.masked, self.long[j][1])):
            return "direct"
        k = bisect_left(self.starts, b)
        if k < len(self.starts) and _QUOTE_NEXT.fullmatch(self.masked[b:self.starts[k] + 1]):
            return "direct"  # 'testified "thousands" of emails ...': the content opens with a quotation
        if k < len(self.starts) and _PUNCT_QUOTE_NEXT.fullmatch(self.masked[b:self.starts[k] + 1]) and not (
                _OPENS_SUBORDINATE.match(self.masked) and "," not in self.masked[:a]):
            return "direct"  # (not 'As further evidence showed, "...': the cue is in a fronted clause)
        return "reported"

    def _fronted_title(self, q: int, b: int) -> bool:
        """Whether the quotation opening at ``q`` closes a fronted adjunct ('In an interview on "Meet the Press,"
        Jane Roe said the plan ...'; 'Asked about the "deal," he called it ...'): the sentence opens with a
        preposition, a subordinator, an adverb or a participle before it, and the cue ending at ``b`` has a content
        of its own after it (not a hearer: 'he told the Times'), so the quotation is no part of that content."""
        return q > 0 and _FRONTED.match(self.masked, 0, q) is not None and _OWN_CONTENT_AFTER.match(
            self.masked, b) is not None and _TELLS.search(self.masked, max(0, b - 12), b) is None


_FRONTED = re.compile(r"\s*(?:[A-Z][a-z]+ly|As|During|At|After|Before|In|On|When|While|Where|Since|Because|Although|"
                      r"Though|If|Unless|Until|Once|Despite|From|With|Without|By|For|To|Under|Over|Asked|Later|"
                      r"Earlier|Last|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Today|Yesterday|"
                      r"[A-Z][a-z]+ing)(?![\w'\u2019-])")
"""The first word of a sentence that opens with an adjunct (a preposition, a subordinator, an adverb, a day, a
participle)."""
_OWN_CONTENT_AFTER = re.compile(r"\s+(?!(?:on|in|at|during|last|this|earlier|later|today|yesterday|monday|tuesday|"
                                r"wednesday|thursday|friday|saturday|sunday|to|via|while|when|after|before|again|also|"
                                r"in|of|about|with|from|afterward|recently|repeatedly|then|too)(?![\w'\u2019-]))"
                                r"[\w\u201c\"]", re.IGNORECASE)
"""After a cue: a word that opens its own content (an object or a clause), not a setting or the end of the clause."""
_TELLS = re.compile(r"(?<![\w-])(?:told|tells|tell)\s*$", re.IGNORECASE)
"""A cue that takes its hearer after it ('"...," he told CNN's host'): the words after it name the hearer, not a
content of its own."""

_CLOSING_GAP = re.compile(r"[\s,]*")


def closes_before(sentence: str, attribution) -> bool:
    """Whether ``sentence`` opens inside a quotation that closes right before the attribution's clause.

    A quotation of more sentences than the splitter joins ends in a sentence of its own: 'We will win," she said.'
    When an earlier sentence of the paragraph left a quotation open, a first quotation mark that only white space
    or a comma separates from the attribution's source or cue closes that quotation: the attribution is direct.

    Parameters
    ----------
    sentence : str
        The sentence the attribution was found in.
    attribution : Attribution
        From :func:`helpers.measures.attribution.find_attributions` (its offsets are in ``sentence``). A participle
        or coordinated cue is read at its cue, not at the source it shares with an earlier cue.

    Returns
    -------
    bool
        True when the sentence's first quotation mark stands right before the attribution's clause.
    """
    a = attribution
    lo = a.verb_start if a.source_start < 0 or a.pattern in ("participle", "coordinated") else min(
        a.verb_start, a.source_start)
    folded = fold(sentence[:lo])
    q = folded.find('"')
    return q >= 0 and _CLOSING_GAP.fullmatch(folded, q + 1) is not None


def cross_sentence_quotes(sentences: list[str], runs_on: bool = False) -> list[list[tuple[int, int]]]:
    """The parts of each sentence that lie inside a quotation opened or closed in another sentence of its paragraph.

    A quotation of several sentences that the splitter did not keep together ('"We will win. | I say that because
    ... ," she said.') leaves its inner sentences without marks of their own, so a cue inside it ("I say") looks
    like the writer's. The quotation marks are paired over the whole paragraph (:func:`helpers.text.quotes.quote_spans`;
    only quotations that close within the paragraph count, so a stray or unclosed mark hides nothing), and each
    sentence gets the stretches of such quotations that it holds. Quotations opened and closed in one sentence are
    left out (the sentence's own rules read them). The work is linear in the paragraph's length.

    Parameters
    ----------
    sentences : list of str
        The sentences of one paragraph, in order.
    runs_on : bool
        The next paragraph opens with a double quotation mark: a double quotation left open at the end of this
        paragraph runs on into it (the convention of a quotation of several paragraphs: each opens with a mark and
        only the last closes), so its stretch to the end of the paragraph counts too, also within one sentence
        (not after a word or a sentence's end: '... a fascist?\u201c he asked' closes with the wrong mark).

    Returns
    -------
    list of list of (int, int)
        For each sentence, ``(start, end)`` spans in its own offsets; empty when none.
    """
    bounds, pos = [], 0
    for sent in sentences:
        bounds.append((pos, pos + len(sent)))
        pos += len(sent) + 1
    out: list[list[tuple[int, int]]] = [[] for _ in sentences]
    if len(sentences) < 2 and not runs_on:
        return out
    text = " ".join(sentences)
    spans = quote_spans(_STRAY_OPENING.sub(" ", text))  # an opening mark before a space opens nothing
    last = None
    if runs_on:  # the last double quotation left open at the end of the paragraph
        closed = set(quote_spans(text))
        last = max(((a, b) for a, b in quote_spans(text, include_unclosed=True, single_quotes=False)
                    if (a, b) not in closed and b == len(text) and _fold_quotes(text[a - 1: a]) == '"'
                    and (a < 2 or not text[a - 2].isalnum() and text[a - 2] not in ".,;!?")), default=None)
        if last is not None:
            spans = sorted([*spans, last])
    i = 0
    for s, e in spans:  # sorted by start; the sentence bounds are sorted too
        while i < len(bounds) and bounds[i][1] <= s:
            i += 1
        j = i
        while j < len(bounds) and bounds[j][0] < e:
            lo, hi = bounds[j]
            if (s, e) == last or not (lo <= s and e <= hi):  # a quotation inside one sentence is its own
                out[j].append((max(s, lo) - lo, min(e, hi) - lo))
            j += 1
    return out
