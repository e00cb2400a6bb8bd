"""A whole bare source phrase that speaks with the role of its head (rounds 12dn2, 12dq, 12ea, 12eb, 12ef2, 12ek3).

:func:`bare_head_role` reads only a **whole** short source phrase, never the same nouns inside a longer one, and
:class:`~helpers.measures.source_roles.RoleTagger` asks it only about source phrases the other rules leave without a
role or ``unknown``. The rules are tried in this order:

- a hospital or clinic ("the hospital", "Mount Sinai Hospital"): an official (round 12dn2);
- a regime or dictatorship ("the Assad regime", "North Korea's dictatorship"): the state's government, an official
  (round 12dq, protocol item 9);
- one side of a court case or the federal authorities ("the prosecution", "the defense team", "the legal team", "the
  feds"): an official (round 12ea, protocol item 3);
- a document, a state or a child (round 12eb, below);
- a school, museum, restaurant, pub, store, shop, bakery, hotel, casino, airport, zoo, library, prison, jail or industry
  named in lower case after a determiner ("the school", "The museum", "some in the industry"): an institution or
  business, an official as companies are (round 12ef2; judged as a lexicon pattern anchored to the whole phrase, moved
  here on the re-read so that it, like the hospital, never reads as a title or a pronoun's antecedent).

Round 12eb: a document, a state or a child.

Reporters let texts, states and children speak in short phrases: "Party rules call for ...", "The legislation would
...", "A large sign warned ...", "The Bible says ...", "the rogue nation threatened ...", "a 12-year-old girl said
...". The role lexicon reads none of these heads (each noun has other uses inside longer phrases: "critics of the
legislation", "a nation of immigrants"), so such sources were ``unknown``. The whole phrase is an optional
determiner, at most three modifier words that are not prepositions, conjunctions or relative pronouns, then the head:

- ``document`` (protocol item 3: a poll, study, finding, evidence, or a text that states something): rules, minutes,
  signs, posters, banners, placards, billboards, the Bible, the Koran, scripture, applications, legislation, measures,
  policies, statutes, deals, provisions, amendments, (the) language, numbers, messages, guidance, platforms, charters,
  manifestos, resolutions, ordinances, directives, mandates;
- ``official`` (protocol item 9: a country speaks for its government): a lower-case nation or junta ("the nation", "the
  rogue nation", "Both juntas"); "The Nation" (a magazine's name) is not read;
- ``ordinary_person``: a kid, child, boy or girl ("a 12-year-old girl", "the children").

Round 12ek3: written and recorded items, read by :func:`item_role` (not a rule of :func:`bare_head_role`). "The
caption says", "The dossier accused", "the tapes revealed", "a public notice", "their public testimony", "Photos
posted" name a text, a picture or a recording that states something (protocol item 7: the head noun is a product, a
document): captions, testimony, dossiers, warrants, charts, graphs, notices, photos, photographs, images (plural only:
"her moderate image" is a reputation), screenshots, leaflets, flyers, brochures, pamphlets, recordings, tapes, manuals,
handbooks, logs, maps, contracts, invoices, receipts, diaries, questionnaires, spreadsheets, databases, datasets,
texts, notes, audio and forms; round 12el added decisions, opinions, briefs, summaries, drafts, agendas, clips,
bulletins, slides, motions, verdicts, excerpts, presentations, graphics and lyrics (not a speech or an announcement,
a person's act, nor a page or an episode). Only a row's own source span, never a pronoun's or a quotation's resolved speaker (the
caller checks), and only a tight phrase: an optional determiner or possessive, at most two modifier words with no
article or period inside, then the lower-case head; a singular head needs the determiner or possessive ("Photograph:"
is a credit line, "Note" an aside), a bare plural may open with a capital ("Screenshots show"). Two rounds before it
were judged wrong too often: 12ek made the nouns lexicon terms, which then acted inside long spans and in the sentences
the tagger learns ("Democrats note Donald Trump" read "note" as a noun); 12ek2 read them as whole bare phrases like
12eb's heads, 61-63% right after, mostly pronouns and quotation-only rows resolved to the item ("he" -> "An arrest
warrant") and loose phrases ("struck a similar note", "Epstein.He notes").

No name, outlet or topic decides anything here.
"""
from __future__ import annotations

import re

__all__ = ["bare_head_role", "item_role"]

_DETERMINER = (r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Aa]n?|[Ss]ome|"
               r"[Mm]any|[Oo]ne|[Tt]wo|[Bb]oth|[Ss]everal|[Oo]ther)\s+)?")
_NOT_MODIFIER = (r"(?!(?:of|for|to|with|by|from|on|in|at|about|against|and|or|but|who|whom|whose|which|that|than|as|"
                 r"like)\s)")
_MODIFIERS = rf"(?:{_NOT_MODIFIER}[\w.'\u2019&-]+\s+){{0,3}}"
_HEADS = {
    "document": (r"rules?|minutes|signs?|posters?|banners?|placards?|billboards?|Bible|Koran|Quran|[Ss]criptures?|"
                 r"applications?|legislation|measures?|polic(?:y|ies)|statutes?|deals?|provisions?|amendments?|"
                 r"language|numbers|messages?|guidance|platforms?|charters?|manifestos?|resolutions?|ordinances?|"
                 r"directives?|mandates?"),
    "official": r"nations?|juntas?",
    "ordinary_person": r"kids?|child|children|boys?|girls?",
}
_INSTITUTION_BARE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Tt]wo|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Ll]ocal|[Bb]oth)\s+)?"
    r"(?:[\w.'\u2019&-]+\s+){0,2}(?:[Hh]ospitals?|[Cc]linics?)")
"""Round 12dn2: a whole bare source phrase headed by a hospital or clinic ("the hospital", "The Boston hospital",
"Hospitals", "Mount Sinai Hospital") speaks as an institution, an official. Only the whole phrase, and only as a source:
round 12dn, which made the nouns lexicon terms, moved rows the tagger learns from sentences (11/36 right after)."""
_REGIME_BARE = re.compile(
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+)?(?:[\w.'\u2019&-]+\s+){0,3}"
    r"(?:regimes?|dictatorships?)")
"""Round 12dq: a whole bare source phrase headed by a regime or dictatorship ("the regime", "the Assad regime", "North
Korea's dictatorship") is the state's government speaking, an official (protocol item 9). Only the whole phrase, and only
as a source: "regime change" or "a critic of the regime" keep their reading."""
_COURT_SIDE_BARE = re.compile(r"(?:[Tt]he\s+)?(?:prosecution|defen[cs]e(?:\s+team)?|legal\s+team|feds)")
"""Round 12ea: a whole bare source phrase naming one side of a court case or the federal authorities ("the
prosecution", "the defense", "the defense team", "the legal team", "the feds") is an official (prosecutors and
lawyers, protocol item 3). Only the whole phrase, and only as a source: "the defense secretary" or "his legal team's
spokesman" keep their reading."""
_PLACE_BARE = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Ss]everal)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:schools?|museums?|restaurants?|pubs?|stores?|shops?|bakery|hotels?|casinos?|airports?|zoo|library|libraries|"
    r"prisons?|jails?|industry)")
"""Round 12ef2: a whole bare source phrase opened by a determiner and headed by a lower-case school, museum,
restaurant, pub, store, shop, bakery, hotel, casino, airport, zoo, library, prison, jail or industry ("the school",
"The managers of these schools", "some in the industry") speaks as an institution or business, an official. Not
without a determiner ("grocery stores", "a seaside restaurant" has one the list leaves out) nor a capitalised name."""
_BARE = [("official", _INSTITUTION_BARE), ("official", _REGIME_BARE), ("official", _COURT_SIDE_BARE)] + [
    (role, re.compile(rf"{_DETERMINER}{_MODIFIERS}(?:{heads})")) for role, heads in _HEADS.items()] + [
    ("official", _PLACE_BARE)]
"""The rules in the order they are tried: rounds 12dn2, 12dq, 12ea, 12eb's heads, then 12ef2's places of business."""


_ITEM_HEADS = (r"captions?|testimon(?:y|ies)|dossiers?|warrants?|charts?|graphs?|notices?|photos?|photographs?|images|"
               r"screenshots?|leaflets?|flyers?|brochures?|pamphlets?|recordings?|tapes?|manuals?|handbooks?|logs?|maps?|"
               r"contracts?|invoices?|receipts?|diary|diaries|questionnaires?|spreadsheets?|databases?|datasets?|texts?|"
               r"notes?|audio|forms?|"
               # round 12el: more written items
               r"decisions?|opinions?|briefs?|summary|summaries|drafts?|agendas?|clips?|bulletins?|slides?|motions?|"
               r"verdicts?|excerpts?|presentations?|graphics?|lyrics")
_ITEM_OPENER = (r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Aa]n?|[Ss]ome|"
                r"[Oo]ther|[Aa]nother|[Bb]oth|[Ss]everal|[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)?['\u2019]s?)\s+)")
_ITEM_MODIFIER = r"(?!(?:a|an|the|of|for|to|with|by|from|on|in|at|about|and|or|but|who|which|that)\s)[\w'\u2019-]+\s+"
_ITEM = re.compile(rf"{_ITEM_OPENER}(?:{_ITEM_MODIFIER}){{0,2}}(?:{_ITEM_HEADS})"
                   rf"|(?:{_ITEM_MODIFIER}){{0,2}}(?:{_ITEM_HEADS})(?<=s)"
                   rf"|(?=[A-Z])(?i:{_ITEM_HEADS})(?<=s)")
"""Round 12ek3: a tight phrase headed by a written or recorded item (see the module's text): an opener (determiner or
possessive) and at most two modifiers before a lower-case head; or, with no opener, a plural head after at most two
modifiers; or a capitalised bare plural ("Screenshots")."""


def item_role(phrase: str) -> str:
    """``"document"`` when the whole source span ``phrase`` is a tight phrase headed by a written or recorded item.

    Parameters
    ----------
    phrase : str
        A row's own source span (never a pronoun's or a quotation's resolved speaker; the caller checks).

    Returns
    -------
    str
        ``"document"`` ("The caption", "their public testimony", "Screenshots", "satellite images") or ``""`` ("struck
        a similar note", "Photograph", "her moderate image", "an FBI agent making the search warrant request").
    """
    return "document" if _ITEM.fullmatch(" ".join(phrase.split())) else ""


def bare_head_role(phrase: str) -> str:
    """The role of a whole bare source phrase that speaks with its head's role, or ``""``.

    Parameters
    ----------
    phrase : str
        A source phrase as written ("the hospital", "the regime", "the prosecution", "Party rules", "the rogue
        nation", "a 12-year-old girl").

    Returns
    -------
    str
        ``"official"``, ``"document"`` or ``"ordinary_person"``, or ``""`` when the whole phrase is not such a bare
        phrase ("critics of the legislation", "The Nation", "the defense secretary", "a critic of the regime").
    """
    bare = " ".join(phrase.split())
    return next((role for role, rx in _BARE if rx.fullmatch(bare)), "")
