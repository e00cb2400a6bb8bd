"""The line model of the cleaner: one non-empty line of an article with its span and label, and the result.

Split out of :mod:`helpers.corpus.clean`. :func:`split_lines` cuts the raw text into :class:`Line` objects (offsets
into the raw text, so every kept or removed line traces back to the source), rejoining hard-wrapped paragraphs
first (:mod:`helpers.corpus.wrapping`) when a cheap pre-check finds three lines in a row of wrap length, then
sentences broken at every inline element (:func:`helpers.corpus.wrapping.rejoin_broken`);
:class:`CleanResult` holds the labelled lines and gives the body, headline, standfirst, subheadings and the
audit of removed furniture.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..text.normalize import fold
from .wrapping import MAX_WIDTH, MIN_WIDTH, rejoin_broken, rejoin_wrapped

__all__ = ["Line", "CleanResult", "split_lines"]

_WRAP_LO = int(0.6 * MIN_WIDTH)


def _wrap_candidates(raw: str, lines: list) -> bool:
    """Cheap pre-check for hard wrapping: three lines in a row, no blank line between, of wrap length."""
    run = 0
    prev_end = -10
    for ln in lines:
        if _WRAP_LO <= ln.end - ln.start <= MAX_WIDTH and (run == 0 or raw.count("\n", prev_end, ln.start) == 1):
            run += 1
            if run >= 3:
                return True
        elif _WRAP_LO <= ln.end - ln.start <= MAX_WIDTH:
            run = 1
        else:
            run = 0
        prev_end = ln.end
    return False


class Line:
    """One non-empty line of the raw text with its span and its label.

    ``folded`` (quotes and dashes folded, see :func:`helpers.text.normalize.fold`) is
    computed on first use; ``n_words`` is exact up to 60 words and above that an upper estimate (the
    spaces plus one), so a rule with a larger limit (an author note's 80 words) can only err on keeping a line.

    Parameters
    ----------
    start, end : int
        The line's span in the raw text.
    text : str
        The line's text.
    label : str
        ``body`` (the default), ``headline``, ``standfirst``, ``subheading`` or ``furniture``.
    rule, reason : str
        The furniture rule that labelled the line and its explanation (empty for a kept line).
    """

    __slots__ = ("start", "end", "text", "label", "rule", "reason", "_folded", "n_words")

    def __init__(self, start: int, end: int, text: str, label: str = "body", rule: str = "", reason: str = ""):
        self.start, self.end, self.text = start, end, text
        self.label, self.rule, self.reason = label, rule, reason
        self._folded = None
        est = text.count(" ") + 1  # rejoined (hard-wrapped) units get their exact count in split_lines
        self.n_words = len(text.split()) if est <= 60 else est

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text).replace("\n", " ")
        return self._folded

    def __repr__(self) -> str:
        return f"Line({self.start}, {self.end}, {self.label!r}, {self.text[:40]!r})"


@dataclass
class CleanResult:
    """What :func:`helpers.corpus.clean.clean_article` found.

    Attributes
    ----------
    lines : list of Line
        Every non-empty line with its label: ``body``, ``headline``,
        ``standfirst``, ``subheading`` or ``furniture``.
    """

    lines: list[Line] = field(default_factory=list)

    @property
    def body(self) -> list[Line]:
        """Body paragraphs, in order."""
        return [ln for ln in self.lines if ln.label == "body"]

    @property
    def text(self) -> str:
        """The body: paragraphs separated by one blank line."""
        return "\n\n".join(ln.text for ln in self.body)

    @property
    def headline(self) -> str:
        """The headline found in the text, or ``""``."""
        return next((ln.text for ln in self.lines if ln.label == "headline"), "")

    @property
    def standfirst(self) -> str:
        """The standfirst (dek) found under the headline, or ``""``."""
        return next((ln.text for ln in self.lines if ln.label == "standfirst"), "")

    @property
    def subheadings(self) -> list[str]:
        """Subheadings inside the body, in order."""
        return [ln.text for ln in self.lines if ln.label == "subheading"]

    @property
    def removed(self) -> list[dict]:
        """Removed furniture: ``start``, ``end``, ``text``, ``rule``, ``reason``."""
        return [
            {"start": ln.start, "end": ln.end, "text": ln.text, "rule": ln.rule, "reason": ln.reason}
            for ln in self.lines
            if ln.label == "furniture"
        ]


def split_lines(raw: str, rejoin: bool = True) -> list[Line]:
    """Non-empty lines of ``raw`` with their character spans (whitespace trimmed).

    Parameters
    ----------
    raw : str
        The article text.
    rejoin : bool
        Rejoin hard-wrapped lines and sentences broken at their links first (see
        :func:`helpers.corpus.wrapping.rejoin_wrapped` and :func:`helpers.corpus.wrapping.rejoin_broken`): a
        paragraph wrapped at a fixed width becomes one unit whose text keeps the
        original line breaks, so that ``raw[start:end] == text`` still holds.

    Returns
    -------
    list of Line
        One per non-empty line (or rejoined paragraph), in order.
    """
    out = []
    pos = 0
    for chunk in raw.splitlines(keepends=True):
        body = chunk.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            out.append(Line(start, start + len(stripped), stripped))
        pos += len(chunk)
    if rejoin and len(out) > 2 and _wrap_candidates(raw, out):
        groups = rejoin_wrapped(raw, [(ln.start, ln.end) for ln in out])
        if len(groups) < len(out):
            out = [Line(a, b, raw[a:b]) for a, b in groups]
            for ln in out:
                ln.n_words = len(ln.text.split())
    if rejoin and len(out) > 1:
        groups = rejoin_broken(raw, [(ln.start, ln.end) for ln in out])
        if len(groups) < len(out):
            old = {(ln.start, ln.end): ln for ln in out}
            out = [old.get((a, b)) or _unit(raw, a, b) for a, b in groups]
    return out


def _unit(raw: str, start: int, end: int) -> Line:
    """A rejoined unit (several lines of ``raw``) with its exact word count."""
    ln = Line(start, end, raw[start:end])
    ln.n_words = len(ln.text.split())
    return ln
