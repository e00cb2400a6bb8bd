""""The paper said": a newspaper, or a research paper (round 12cm).

News calls a newspaper "the paper" ("..., the paper reported, citing two sources"), and science and policy news call a
research paper the same ("The paper concludes that ..."). The role lexicon reads neither (the noun means both), so
such a source was ``unknown``, except before a verb of reporting ("the paper reported": an outlet, issue 12ab-r).
:func:`paper_role` decides between the two from the phrase and its article:

- a research paper (``document``): the phrase says so ("a new paper", "a working paper", "the white paper", "a
  paper"), or its article shows one anywhere: a research word before "paper" ("a recent paper", "a peer-reviewed
  paper"), "the paper's authors" or "findings", "in a paper" / "in their paper", "paper published in";
- otherwise the newspaper the article is quoting (``journalist_media``): "the paper", "this paper", "that paper".

:func:`helpers.measures.sourcing.extract_attributions` applies it to rows the other rules leave ``unknown``, with
``role_basis`` :data:`PAPER_BASIS`. No name, outlet or topic decides anything here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["PAPER_BASIS", "paper_role", "research_paper"]

PAPER_BASIS = "paper"
"""``role_basis`` of a "paper" source typed a newspaper or a research paper (round 12cm)."""

_RESEARCH_WORDS = (r"new|recent|latest|working|research|white|academic|scientific|discussion|policy|peer-reviewed|"
                   r"unpublished|forthcoming")
_PAPER = re.compile(rf"\s*(?P<det>the|this|that|a|an)\s+(?:(?P<mod>{_RESEARCH_WORDS})\s+)?paper\s*", re.IGNORECASE)
_RESEARCH = re.compile(
    rf"(?<![\w-])(?:(?:{_RESEARCH_WORDS})\s+paper|paper['\u2019]s\s+(?:co-?)?(?:authors?|findings)"
    r"|(?:in|of)\s+(?:a|their|his|her)\s+paper|paper,?\s+(?:which\s+was\s+|that\s+was\s+|was\s+|is\s+)?published\s+in)"
    r"(?![\w-])", re.IGNORECASE)


def research_paper(sentences: Iterable[str]) -> bool:
    """Whether an article's sentences show a research paper ("a new paper", "the paper's authors", "in their paper",
    "a paper published in").

    Parameters
    ----------
    sentences : iterable of str
        The article's sentences.

    Returns
    -------
    bool
    """
    return any("paper" in s.lower() and _RESEARCH.search(s) for s in sentences)


def paper_role(phrase: str, research: bool) -> str:
    """The role of a source phrase that is only a paper ('' for any other phrase).

    Parameters
    ----------
    phrase : str
        A source phrase ("the paper", "A new paper").
    research : bool
        Whether its article shows a research paper (:func:`research_paper`).

    Returns
    -------
    str
        ``"document"`` for a research paper (the phrase's own "a" or research word, or ``research``),
        ``"journalist_media"`` for "the/this/that paper" in an article with no research paper, else ''.

    Examples
    --------
    >>> paper_role("The paper", research=False)
    'journalist_media'
    >>> paper_role("A new paper", research=False)
    'document'
    >>> paper_role("the paper", research=True)
    'document'
    >>> paper_role("the paper's editors", research=False)
    ''
    """
    m = _PAPER.fullmatch(phrase)
    if not m:
        return ""
    if research or m.group("mod") or m.group("det").lower() in ("a", "an"):
        return "document"
    return "journalist_media"
