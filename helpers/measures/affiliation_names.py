"""Names an article ties to an actor by a member word written next to them (round af3).

A source's affiliation is read from its own words and the title the article gives it
(:func:`helpers.measures.role_forms.affiliation`). A party tag or party word is often written only where a person is
first named ("Rep. Ann Lee (D-Ohio) said ..."), while later attributions name the person alone ("Lee said"). This
module reads every sentence of an article for the actor list's member words (``members`` of ``actors.yaml``) tied to
a name: right after the name with a comma or an opening bracket between ("Ann Lee (D-Ohio)", "Ann Lee, R-Ohio,", "Ann
Lee, a Texas Republican,"), or right before it with at most two title words between ("Democratic Sen. Ann Lee",
"Republican strategist Ann Lee"). A named source with no affiliation of its own then takes the actor its name is tied
to, when the article ties that name to one actor only.
"""
from __future__ import annotations

import re

from ..text.lexicon import Matcher
from .role_forms import NAME, keys_of

__all__ = ["member_names", "article_members", "named_affiliation"]

_STOP = r"(?:in|on|at|of|for|to|and|or|but|the|a|an|who|whom|that|which|with|by|from|as|is|was|are|were|has|had|have|" \
        r"said|says|say|told|will|would|not|also|than|after|before|since|when|while|if|because|over|under|about)"
_AFTER = re.compile(rf"\s+(?:(?:[A-Z][a-z]{{0,3}}\.|(?!{_STOP}\b)[a-z]+)\s+){{0,2}}({NAME})")
"""After a member word: at most two title words (an abbreviation or a lower-case word that is no function word), then
a name ("Democratic Sen. Ann Lee", "Republican strategist Ann Lee")."""
_BEFORE = re.compile(rf"(?<![\w'\u2019.-])({NAME})\s*(?:,|\()\s*(?:(?:also\s+)?(?:a|an|the)\s+)?(?:[A-Z][a-z]+\s+){{0,2}}$")
"""Before a member word: a name, a comma or an opening bracket, and at most an article and two capitalised words of
place ("Ann Lee (", "Ann Lee, ", "Ann Lee, a Texas ")."""
_CLOSES = re.compile(r"\s*(?:[,);:.]|$|\s+(?:of|from)\s+[A-Z])")
"""After a member word tied to the name before it: the apposition ends ("Ann Lee, R-Ohio, said"; "a Democrat of
Ohio")."""
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at|for)\s+$")
_LAST = "~"
"""Marks a last-word key in :func:`article_members`' result."""
_WINDOW = 120


def member_names(sentence: str, members: Matcher) -> list[tuple[tuple, str]]:
    """The names a sentence ties to an actor by a member word next to them.

    Parameters
    ----------
    sentence : str
        One sentence.
    members : helpers.text.lexicon.Matcher
        :func:`helpers.measures.role_forms.member_matcher` of the study's actor list.

    Returns
    -------
    list of (tuple, str)
        ``(keys, actor)`` per tie: the name's keys (:func:`helpers.measures.role_forms.keys_of`: full name, last word)
        and the actor id, in text order.
    """
    out = []
    for h in members.find(sentence):
        before = sentence[max(0, h.start - _WINDOW):h.start]
        m = _BEFORE.search(before)
        if m and _CLOSES.match(sentence, h.end) and not _PLACE_BEFORE.search(before[:m.start()]):
            out.append((keys_of(m.group(1)), h.entry))
        m = _AFTER.match(sentence, h.end, min(len(sentence), h.end + _WINDOW))
        if m:
            out.append((keys_of(m.group(1)), h.entry))
    return [(k, a) for k, a in out if k]


def article_members(sentences: list[str], members: Matcher) -> dict[str, str]:
    """Each name key of an article tied to exactly one actor by :func:`member_names`.

    Parameters
    ----------
    sentences : list of str
        The article's sentences.
    members : helpers.text.lexicon.Matcher
        As for :func:`member_names`.

    Returns
    -------
    dict
        Lower-cased name key -> actor id: a full name ("rep ann lee"), and the last word of a name of two words or
        more marked by a leading ``~`` ("~lee"; "House" alone in "the Republican House" is a full name, so it gives
        nothing to "the White House"); a key the article ties to two actors is left out.
    """
    seen: dict[str, set] = {}
    for sentence in sentences:
        for keys, actor in member_names(sentence, members):
            full, last = keys
            for key in (full, _LAST + last) if " " in full else (full,):  # a last word only of a longer name
                seen.setdefault(key, set()).add(actor)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def named_affiliation(source: str, memory: dict[str, str]) -> str:
    """The actor an article ties a named source to (:func:`article_members`), or ''.

    Parameters
    ----------
    source : str
        The resolved source ("Lee", "Ann Lee"); a source with no capitalised word gets ''.
    memory : dict
        :func:`article_members` of the source's article.

    Returns
    -------
    str
        The actor id of the source's full name, else of its last word as the last word of a longer name the article
        ties ("Lee" and "Ann Lee" after "Rep. Ann Lee (D-Ohio)"), else ''.
    """
    keys = keys_of(source.partition(",")[0])
    if not keys:
        return ""
    full, last = keys
    return memory.get(full) or memory.get(_LAST + last, "")
