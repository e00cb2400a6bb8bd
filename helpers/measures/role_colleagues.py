"""Round 12dm: a name the writer introduces as a colleague ("my colleague Ann Lee wrote", "our colleague Ben Kay").

A news writer who cites "my colleague Ann Lee" or "our colleagues Ann Lee and Ben Kay" in the article's own voice
cites someone who works where the writer works. The tool already types the writer's own "I wrote" and "we reported"
as a journalist (``source_type`` ``author``), so such a colleague takes the same role, unless a capitalised modifier
of "colleague" has a role of its own ("our Republican Senate colleague Ann Lee", in an op-ed by senators, is a
politician; amended before the round's judging). The role is weak: a title or
an apposition the article gives the name ("my colleague, Senator Ann Lee"; "Ann Lee, a historian") outranks it.
Inside quotation marks the colleague is the quoted speaker's ("'My colleague Ann Lee agrees,' the senator said"), and
nothing is read.

:func:`colleague_names` finds the names; :class:`helpers.measures.source_roles.RoleTagger` remembers them while it
reads an article. Written from general English usage; no person, outlet or site decides anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..text.quotes import quote_spans
from .role_forms import NAME as _NAME

__all__ = ["COLLEAGUE_ROLE", "colleague_names"]

COLLEAGUE_ROLE = "journalist_media"
"""The role the tool gives the writer, and so the writer's colleagues."""
_COLLEAGUE = re.compile(
    r"(?<![\w'\u2019-])(?:[Mm]y|[Oo]ur)\s+(?P<mods>(?:(?:friend\s+and|former|longtime|long-time|fellow|good|dear|"
    r"esteemed|[A-Z][\w'\u2019&.-]*)\s+){0,3})colleagues?,?\s+"
    rf"(?P<first>{_NAME})(?P<rest>(?:,?\s+and\s+{_NAME}|,\s+{_NAME}(?=,?\s+and\s)))*")
"""The writer's colleague(s) and the names after the noun: "my colleague Ann Lee", "My former Norland Post colleague
Ann Lee", "our colleagues Ann Lee and Ben Kay", "our colleagues Ann Lee, Ben Kay and Cy Dee"."""
_AND_NAME = re.compile(rf"(?:,?\s+and\s+|,\s+)(?P<name>{_NAME})")


def colleague_names(sentence: str, has_role: Callable[[str], str] | None = None) -> Iterator[tuple[str, str, str]]:
    """The names ``sentence`` introduces, outside quotation marks, as the writer's colleagues.

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    has_role : callable, optional
        The tagger's role of a phrase (``RoleTagger.phrase_role``). A capitalised modifier of "colleague" with a role
        of its own gives that role: "our Republican Senate colleague Ann Lee" is a politician (an op-ed by
        senators), "my Norland Post colleague Ann Lee" a journalist either way.

    Yields
    ------
    (str, str, str)
        Each name, its role and the words that state it ("Ann Lee", "journalist_media", "my colleague Ann Lee");
        nothing for "'My colleague Ann Lee agrees,' the senator said", "her colleague Ann Lee" or "my colleagues" with
        no name.
    """
    quoted = None
    for m in _COLLEAGUE.finditer(sentence):
        if quoted is None:
            quoted = quote_spans(sentence)
        if any(a <= m.start() < b for a, b in quoted):
            continue
        role = _modifier_role(m.group("mods"), has_role) or COLLEAGUE_ROLE
        yield m.group("first"), role, m.group(0)
        for n in _AND_NAME.finditer(sentence[m.end("first"):m.end()]):  # a repeated group keeps its last repeat only
            yield n.group("name"), role, m.group(0)


def _modifier_role(mods: str, has_role: Callable[[str], str] | None) -> str:
    """The role of the capitalised modifiers of "colleague" ("Republican Senate" -> politician), or ''."""
    caps = " ".join(w for w in mods.split() if w[:1].isupper())
    if not caps or has_role is None:
        return ""
    role = has_role(caps)
    return "" if role in ("", "document") else role
