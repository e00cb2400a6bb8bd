"""Who is given voice: quotations, attributions, reporting verbs and hedges.

Rule-based and transparent. Every function works on one sentence at a time
(the units of :func:`helpers.corpus.segment`), and every row it returns carries the
sentence it came from, so each number in a notebook can be read against text.

Main entry points
-----------------
* :func:`quote_spans` - character spans inside quotation marks (public: the
  framing analysis uses it to separate an outlet's own voice from quoted
  speech).
* :func:`find_attributions` - the attributions in one sentence ("X said",
  "according to X", '"...," claimed X'), without classifying the source.
* :func:`extract_attributions` - every attribution in a table of sentences,
  with the source's role (:mod:`helpers.measures.source_roles`: from role nouns,
  titles and appositions in the article, not from the study's actors), its
  affiliation with the study's actors, its identity (named, unnamed,
  anonymous, no stated source) and pronouns resolved. The work per cue is
  bounded, so time grows linearly with the text.
* :func:`find_hedges` - hedges ("reportedly", "is thought to") outside
  quotations.
* :func:`rate_per_1000_words` - rates of any per-sentence count by group,
  with an interval over articles (the t interval on the log scale).

The word lists are data files in ``helpers/data/``: ``reporting_verbs.yaml``,
``hedges.yaml``, ``source_roles.yaml`` and ``source_types.yaml`` (with the
shared actor gazetteer ``actors.yaml``). The rules were developed on the train
split of PolNeAR and are scored on its dev split by
``benchmarks/bench_sourcing.py``; the seed checks are in
``helpers/data/attribution_checks.csv``.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import replace

import numpy as np
import pandas as pd

from ..core.progress import progress
from ..core.wording import count, noun
from ..corpus.segment import body_units
from ..stats.intervals import bootstrap_cluster_ratio
from ..text.lexicon import Matcher, load_study_lexicon
from ..text.normalize import count_words, fold
from ..text.quotes import (  # noqa: F401  (re-exported)
    mask_spans,
    quote_only,  # noqa: F401  (re-exported)
    quote_spans,
    single_as_double,
)
from .affiliation_names import article_members, named_affiliation
from .attribution import Attribution, cut_reporting_clause, find_attributions  # noqa: F401  (re-exported)
from .attribution_furniture import furniture_sources
from .attribution_lexicons import (  # noqa: F401  (re-exported)
    load_hedges,
    load_position_cues,
    load_source_types,
    load_stance_verbs,
    load_verbs,
    verb_table,
)
from .attribution_paradigm import base_form_lexicon, with_base_forms
from .attribution_phrases import (  # noqa: F401  (re-exported: other modules import them from helpers.measures.sourcing)
    _HEAD_SPLIT,
    _NO_SPEAKER,
    _NOT_NAMES,
    _PRONOUNS,
)
from .attribution_position import PositionLexicon
from .attribution_sentence import closes_before, cross_sentence_quotes
from .attribution_spans import repair_sources, unread_speaker
from .pronoun_gender import PRONOUN_GENDER, article_genders, clashes, phrase_gender
from .pronoun_names import WEEKDAYS, NameAntecedents
from .pronoun_phrases import subject_phrase
from .role_agencies import AGENCY_BASIS  # round 12cq: "the FBI said"
from .role_bare_heads import item_role  # round 12ek3: "The caption says"
from .role_bodies_corpus import corpus_outlets
from .role_clauses import with_first_names
from .role_contrast import contrast_roles
from .role_corpus import fill_frame, role_word
from .role_forms import ORG_WORDS, OWNED_TITLES, member_matcher
from .role_papers import PAPER_BASIS, paper_role, research_paper  # round 12cm: "the paper said"
from .role_party import party_staff
from .role_possessed import OWNER_BASIS, owned_pronoun, owned_role  # issue 12au-a: 'his office'
from .role_prior import fill_unknown
from .role_refs import INDEFINITE_GROUP, carry_pronouns
from .role_senses import bare_station
from .role_statements import ISSUER_BASIS, ISSUER_ROLES, statement_head, statement_issuer
from .role_titles import names_principal
from .source_roles import ROLE_UNKNOWN, RoleTagger, affiliation, load_roles
from .source_types import SourceClassifier

__all__ = [
    "quote_spans", "mask_spans", "quote_only", "Attribution", "find_attributions", "extract_attributions",
    "verb_table", "load_verbs", "load_hedges", "load_source_types", "SourceClassifier",
    "find_hedges", "whole_corpus_roles", "unit_counts", "rate_per_1000_words", "ATTRIBUTION_COLUMNS", "HEDGE_COLUMNS", "MAX_UNIT_CHARS",
    "UNREAD_IDENTITY",
]


# ---------------------------------------------------------------------------
# attributions in a table of sentences

ATTRIBUTION_COLUMNS = [
    "doc_id", "unit_id", "paragraph_id", "sentence", "source", "source_resolved", "resolution",
    "source_type", "identity", "role", "role_basis", "role_from", "affiliation", "verb", "verb_lemma",
    "verb_category", "kind",
    "pattern", "recipient",
    "source_start", "verb_start",
]


def _check_units(units: pd.DataFrame, group_cols) -> list[str]:
    if not isinstance(units, pd.DataFrame):
        raise TypeError(f"units must be a DataFrame (from helpers.corpus.segment), got {type(units).__name__}")
    group_cols = [group_cols] if isinstance(group_cols, str) else list(group_cols)
    need = ["doc_id", "unit_id", "text", *group_cols]
    missing = [c for c in need if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {noun(len(missing), 'column')} {missing}; pass the table made by helpers.corpus.segment "
                         f"with columns={group_cols!r}")
    return group_cols


_ENDS_WITH_QUOTE = re.compile("(?:[\"\u201d]|'')\\s*$")
_CUT_QUOTE = re.compile("[?!\u2026-]['\\s]*(?:\"|'')\\s*$")
"""A previous sentence (folded) that ends with a quotation closed after "?", "!", an ellipsis or a dash: a splitter
cuts such a quotation off its reporting clause ('"... results?" | he said.'); after "." it is the writer's full stop,
and a clause that follows ('"... ." | He said the FBI has ...') is a new attribution with content of its own."""
_BARE_END = re.compile(r"[\s.,;:!?)]*$|\s*,\s+[a-z]+ing(?![\w-])")
"""What may follow the cue of such a sentence after a full-stop quotation: nothing, or a participle ('Ms. Varga
said, shaking her head.')."""
_COLON_END = re.compile(r":\s*$")
_SHORT_TAIL = re.compile(r"(?![^.!?]*(?<![\w-])that(?![\w-]))(?:[^\"\u201c]{0,120}|"
                         r"(?:\s*,|\s+(?:of|about|at|on|in)\s)[^\"\u201c]{0,250})$"
                         r"|\s*,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing(?![\w-]).{0,300}$")
"""What may follow the cue of a sentence that a splitter cut off its quotation ('"... results?" | he said, smiling.'):
an adjunct or an apposition, not a "that"-clause of its own ('He announced that ...'); past 120 characters only
after a comma or a preposition ('said Ann Roe, the head of ..., at its convention in ...', 'Roe said of the firm in May,
when ...'), not before an object or a clause."""
_OPENS_QUOTE = re.compile("\\s*(?:[\"\u201c]|''|``)")
"""'X said:' ending a sentence and a quotation opening the next one: the quotation is the attribution's content."""

_SIGNATURE = re.compile(r"\s*([-\u2013\u2014]{1,2})\s*((?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:(?-i:[A-Z])[\w.'\u2019-]*|de|la|van|von|"
                        r"bin|al|of|the)){0,5})\s*(?:,[^\"\u201c\u201d]{0,80})?[.]?\s*$")
"""A paragraph that is only a signature line after a quotation paragraph ('"We will win." | - Jane Doe.', '-Jane Doe,
a voter in Ohio.'): the dash is the cue, the name the source, the quotation above its content."""
_ALL_CAPS = re.compile(r"[A-Z\s.'\u2019-]+")


MAX_UNIT_CHARS = 100_000
"""A unit (sentence) longer than this is read only up to this length: the work per article stays bounded
even for unsplit text (a 50 MB article with no sentence breaks)."""


def _stance_matcher(stance_verbs, info: dict) -> tuple[Matcher | None, dict]:
    """The stance-verb matcher (None when ``stance_verbs`` is False) and ``info`` with the stance entries' categories."""
    if stance_verbs is False:
        return None, info
    lex = load_stance_verbs() if stance_verbs is None or stance_verbs is True else stance_verbs
    if not isinstance(lex, dict) or not isinstance(lex.get("entries"), dict):
        raise ValueError(f"stance_verbs must be None, True, False or a lexicon dict, got {type(stance_verbs).__name__}: "
                         "pass load_stance_verbs(path) for a lexicon file, or False to read no stance verbs")
    return Matcher(lex["entries"]), {**{k: {"category": e["category"]} for k, e in lex["entries"].items()}, **info}


def _position_lexicon(position_cues, info: dict) -> tuple[PositionLexicon | None, dict]:
    """The position-cue lexicon ready for the rules (None when ``position_cues`` is False) and ``info`` with its
    entries' categories; a lexicon dict with ``study: True`` reads every context cell (candidate study only)."""
    if position_cues is False:
        return None, info
    lex = load_position_cues() if position_cues is None or position_cues is True else position_cues
    if not isinstance(lex, dict) or not isinstance(lex.get("entries"), dict):
        raise ValueError(f"position_cues must be None, True, False or a lexicon dict, got "
                         f"{type(position_cues).__name__}: pass load_position_cues(path) for a lexicon file, or False "
                         "to read no position cues")
    return (PositionLexicon.from_lexicon(lex, study=bool(lex.get("study", False))),
            {**{k: {"category": e["category"]} for k, e in lex["entries"].items()}, **info})


def extract_attributions(
    units: pd.DataFrame,
    group_cols=("outlet",),
    verbs: dict | None = None,
    source_types: dict | None = None,
    actors: dict | None = None,
    min_quote_words: int = 4,
    pronoun_window: int = 3,
    nested: bool = False,
    roles: dict | None = None,
    stance_verbs: dict | bool | None = None,
    guess_roles: bool = False,
    position_cues: dict | bool | None = None,
    corpus_roles: bool = True,
) -> pd.DataFrame:
    """Every attribution in a table of sentences, with its source classified.

    Parameters
    ----------
    units : DataFrame
        Sentences from :func:`helpers.corpus.segment` (``doc_id``, ``unit_id``,
        ``text``, the group columns; ``role`` and ``paragraph_id`` if
        present). Only ``role == "body"`` rows are used.
    group_cols : str or sequence of str
        Columns copied to every attribution (e.g. ``["outlet"]``).
    verbs, source_types, actors, roles : dict, optional
        Lexicons; by default the bundled ``reporting_verbs``,
        ``source_types``, ``actors`` (the study's actor gazetteer, used for
        ``affiliation`` and the legacy ``source_type``) and ``source_roles``
        files (roles never depend on the actor gazetteer).
    stance_verbs : dict, bool or None
        Stance and evaluation verbs read as cues before a noun-phrase object ("the union supported the bill";
        see :mod:`helpers.measures.attribution_stance`): by default (None or True) the bundled
        ``stance_verbs`` lexicon (:func:`load_stance_verbs`), or another such lexicon; False reads none.
    position_cues : dict, bool or None
        Position and intention cues read only in the context cells their lexicon lists ("the senator wants to
        repeal the law", "In a statement, the campaign ..."; see :mod:`helpers.measures.attribution_position`): by
        default (None or True) the bundled ``position_cues`` lexicon (:func:`load_position_cues`), or another such
        lexicon; False reads none. Their rows have ``verb_category`` ``intention`` or ``position``, apart from the
        verbs of speech.
    min_quote_words : int
        See :func:`find_attributions`.
    pronoun_window : int
        A pronoun source ("he said") takes the source of the nearest earlier
        attribution in the same article at most this many sentences back;
        "he" and "she" take instead a person named outside attributions
        ("Flynn met the ambassador. He said ...") when that name is more
        recent (see :class:`helpers.measures.pronoun_names.NameAntecedents`).
        A definite description ("the ambassador", "the report") or a name
        already seen ("Ambassador Mansoor") takes the type of the nearest
        earlier attribution in the article that shares its noun or name.
        Quotations with no attribution in their sentence take the speaker of
        the previous attribution within the same window.
    nested : bool
        Also return attributions inside quotations (``pattern="nested"``), also those inside a quotation that
        other sentences of the paragraph open or close, or that runs on into the next paragraph
        (:func:`helpers.measures.attribution_sentence.cross_sentence_quotes`; without ``nested`` they are dropped).
        Off by default: on PolNeAR's train split they added 3 correct cues
        for about 900 wrong ones (quoted speakers' "I think", "he said").
    guess_roles : bool
        Give a source whose role the rules cannot read (``unknown``) the role most of the
        article's other sources have, with ``role_basis`` ``"article_majority"`` (see
        :mod:`helpers.measures.role_prior`). Off by default: the guess is right for about 4 in
        10 such sources on the role checks, and it pulls each article's unread sources towards
        its dominant role, so role shares by group would lean that way.
    corpus_roles : bool
        Give a named speaker whose role the article never states (``unknown``) the role that at least two OTHER
        articles of ``units`` state for the same full name, with ``role_basis`` ``"corpus_name"`` and those
        articles' ids in ``role_from``; a bare surname, the role of the one full name of ``units`` with that
        surname (``"corpus_surname"``; issue 12ar-a); a bare surname, the role of the full name that leads ``units``
        with that surname (``"corpus_dominant"``; issue 12ar-e; see :mod:`helpers.measures.role_corpus`); a source that
        is the name of an outlet of ``units`` (its ``outlet`` column, the outlet file's labels) a journalist or outlet
        (``"corpus_outlet"``), and a body named bare ("the FBI", "Norland") the role two OTHER articles state for the
        same name (``"corpus_body"``; issue 12bc-b; see :mod:`helpers.measures.role_bodies_corpus`). On by default;
        False turns it off. It reads the whole table at once: a corpus read in parts is filled from each part only
        (:func:`helpers.measures.attribution_parallel.extract_attributions` runs it once on the whole table).

    Returns
    -------
    DataFrame
        One row per attribution, columns ``doc_id``, the group columns, then
        :data:`ATTRIBUTION_COLUMNS` minus ``doc_id``: ``source`` as written,
        ``source_resolved`` (the antecedent's source when resolved),
        ``resolution`` ("", "pronoun", "definite", "name", "quote"),
        ``role`` (see :class:`helpers.measures.source_roles.RoleTagger`: spokesperson,
        politician, official, military_police, expert, journalist_media,
        activist_advocacy, ordinary_person, document, anonymous, unknown; ""
        when no source is stated), ``role_basis`` ("phrase", "article",
        "anonymity", "unnamed_group", "verb", "author", "pronoun_context" for an
        unresolved "he"/"she" given the one role of the named speakers just before
        it; ``"epithet"`` for a name described by "the Norland senator" in the sentence next to it (issue 12at-d);
        ``"owner"`` for "his office", "her team", "his staff" or "his camp" typed by the role of the person
        "he"/"she" would resolve to there (issue 12au-a: politician, police or official owners; source unchanged);
        ``"contrast"`` for an "others" set against a quantified group with a role in its own sentence ("Some
        Democrats ..., but others agreed": politician; round 12cf-2, :mod:`helpers.measures.role_contrast`);
        ``"issuer"`` for a statement typed by the politician, spokesperson or outlet that issued it (round 12cg-4,
        :mod:`helpers.measures.role_statements`); ``"country"`` for a state, its capital, "countries" or "nations"
        named bare, its government (rounds 12ck and 12cp, :mod:`helpers.measures.role_countries`); ``"paper"`` for
        "the paper" as a newspaper or a research paper (round 12cm, :mod:`helpers.measures.role_papers`); ``"agency"`` for
        a public body named by its acronym ("the FBI", "the CDC"), with the role the gazetteer gives it, weaker than
        the role of the row's other phrase (round 12cq, :mod:`helpers.measures.role_agencies`); ``"coordination"``
        for names coordinated in one phrase ("Mills and Abedin", "China and Russia") that all have the same role
        when read alone (round 12cv, :mod:`helpers.measures.role_lists`; full names the article gives no role take
        the corpus's votes, ``"corpus_name"``); a source in capitals ("COMEY", a transcript's label) is read by
        the corpus pass in title case (round 12cw, :mod:`helpers.measures.role_capitals`); a source that is only an
        indefinite pronoun ("No one", "Not everyone") is ``"unnamed_group"``, anonymous (round 12cy2); a title word
        after a titled given name ("correspondent John King") is a surname (round 12db,
        :mod:`helpers.measures.role_surnames`);
        a fraction alone ("Half said", "almost half") is poll respondents, ordinary people (round 12dh); the lexicon
        reads the plural of its person and document nouns in lower case ("the nurses", "his tweets"; round 12dj);
        ``"article_majority"`` with ``guess_roles``; ``"corpus_name"``/``"corpus_surname"``/``"corpus_dominant"``/``"corpus_own_name"``/``"corpus_outlet"``/``"corpus_body"``
        with ``corpus_roles``), ``role_from``
        (with ``corpus_roles``: the ``doc_id`` of the other articles that stated the role, ``;``-separated), ``affiliation`` (the first actor of the gazetteer named in
        the resolved source or in the title/apposition the article gives it;
        "" if none), ``source_type`` (the study-specific type of
        ``source_types.yaml``), ``identity`` (named, unnamed, anonymous,
        pronoun, ``no_source`` for "it was reported that"; a quotation whose speaker is not found
        has type and identity ``"unattributed"``; ``unclear`` for a span that is no speaker phrase, such as "despite
        recent" or one dropped as no speaker, with no role read: round ss1), ``verb`` as written, ``verb_lemma``
        (lexicon entry), ``verb_category``, ``kind`` (direct/reported),
        ``pattern``, ``recipient`` (for "told X"), character offsets.

    Raises
    ------
    ValueError
        For missing columns or bad parameter values.
    """
    group_cols = _check_units(units, group_cols)
    if not isinstance(pronoun_window, (int, np.integer)) or pronoun_window < 0:
        raise ValueError(f"pronoun_window must be an integer >= 0, got {pronoun_window!r}")
    verbs = verbs or load_verbs()
    source_types = source_types or load_source_types()
    actors = load_study_lexicon("actors") if actors is None else actors
    with_base = with_base_forms(verbs)  # issue 12be-c: "critics charge that" (plain forms, plural subject)
    info = verb_table(with_base)
    vm = Matcher(verbs["entries"])
    derived = base_form_lexicon(with_base)["entries"]
    bm = Matcher(derived) if derived else None
    sm, info = _stance_matcher(stance_verbs, info)
    pl, info = _position_lexicon(position_cues, info)
    clf = SourceClassifier(source_types, actors)
    roles = roles or load_roles()
    tagger = RoleTagger(roles)
    body = body_units(units)
    cols = ["doc_id", "unit_id", "text", *group_cols] + (["paragraph_id"] if "paragraph_id" in body.columns else [])
    rows = []
    doc_sentences: dict = {}
    doc_units: dict = {}
    cut = []
    prev_key, prev_sent = None, ""
    parity = 0
    recs = body[cols].to_dict("records")
    for rec in recs:
        if len(rec["text"]) > MAX_UNIT_CHARS:  # no sentence is this long: unsplit text; read its start only
            cut.append(rec["doc_id"])
            rec["text"] = rec["text"][:MAX_UNIT_CHARS]
        rec["shown"] = rec["text"]
        rec["text"] = single_as_double(rec["text"])  # 'We walked,' one caller said: read as a quotation (12bj-d)
    # quotations across sentences are paired on the article's own marks: a single-mark quotation read as double
    # marks in its sentence must not change how the paragraph's other single marks pair (review of 12bj-d)
    outer = (_outer_quotes([{**r, "text": r["shown"]} for r in recs]) if "paragraph_id" in body.columns
             else [[] for _ in recs])
    prev_rows: list = []  # the rows of the previous sentence (issue 12ao-d)
    for i, rec in enumerate(progress(recs, desc="attributions")):
        sent = rec["text"]
        n_rows = len(rows)
        doc_sentences.setdefault(rec["doc_id"], []).append(sent)
        doc_units.setdefault(rec["doc_id"], {})[rec["unit_id"]] = sent
        found = find_attributions(sent, vm, info, min_quote_words, nested=nested, stance=sm, position=pl,
                                  base_forms=bm)
        if outer[i]:  # '"We will win. | I say that because ...," she said.': "say" is the speaker's, not the writer's
            found = [a if not _inside(a.verb_start, outer[i]) else replace(a, pattern="nested") for a in found
                     if nested or not _inside(a.verb_start, outer[i])]
        base = {"doc_id": rec["doc_id"], **{c: rec[c] for c in group_cols}, "unit_id": rec["unit_id"],
                "paragraph_id": rec.get("paragraph_id", -1), "sentence": rec["shown"]}
        if not found and quote_only(sent, min_quote_words) and not _cue_opens_next(recs, i, vm):
            same = prev_key == (rec["doc_id"], base["paragraph_id"]) and base["paragraph_id"] != -1
            _quote_continues(prev_rows if same else [])  # no paragraph ids: "the same paragraph" cannot be told
            rows.append({**base, "source": "", "source_start": -1, "verb": "", "verb_lemma": "", "verb_start": -1,
                         "pattern": "quote_only", "kind": "direct", "recipient": ""})
        if not found and prev_key is not None and prev_key[0] == rec["doc_id"] and prev_key[1] != base[
                "paragraph_id"] and _ENDS_WITH_QUOTE.search(fold(prev_sent[-8:])) and _own_paragraph(recs, i):
            found = _signature(sent)
        same_para = prev_key == (rec["doc_id"], base["paragraph_id"])
        after_quote = same_para and _ENDS_WITH_QUOTE.search(fold(prev_sent[-8:]))
        cut_quote = after_quote and _CUT_QUOTE.search(fold(prev_sent[-8:]))
        if cut_quote and not found:  # '"... results?" | Hannity pressed.': a verb outside the lexicon
            found = [a for a in [cut_reporting_clause(sent, min_quote_words)] if a is not None]
        parity = parity if same_para else 0
        inside_quote = bool(parity)  # an earlier sentence of the paragraph opened a quotation still open here
        parity = (parity + fold(sent).count('"')) % 2
        colon_next = bool(found) and bool(_COLON_END.search(sent[-8:])) and i + 1 < len(recs) and recs[i + 1][
            "doc_id"] == rec["doc_id"] and bool(_OPENS_QUOTE.match(recs[i + 1]["text"][:8]))
        found = repair_sources(sent, found)  # issue 12am-p: spans that cannot be a speaker
        found = furniture_sources(sent, found)  # issue 12as-h: a card or a bare party tag read as the speaker
        for a in found:
            kind = a.kind
            # issue 12be-c: a derived plain form ("critics charge") reads its own sentence only
            own = " ".join(a.verb.lower().split()) in info.get(a.verb_entry, {}).get("base_forms", ())
            if colon_next and a is found[-1] and not own:
                kind = "direct"  # 'Smith said: | "We will win. ...": the quotation opens the next sentence
            if inside_quote and kind != "direct" and not own and closes_before(sent, a):
                kind = "direct"  # '"... . | ... . | We will win," she said.': a quotation too long to join
            if after_quote and not own and not sent[: min(a.verb_start, a.source_start if a.source_start >= 0 else a.verb_start)
                                         ].strip(" ,") and (_SHORT_TAIL if cut_quote else _BARE_END).match(
                                             sent, max(a.verb_end, a.source_end)):
                kind = "direct"  # '"... results?" | he said.': the splitter ended the quotation's sentence
            rows.append({**base, "source": a.source, "source_start": a.source_start, "verb": a.verb,
                         "verb_lemma": a.verb_entry, "verb_start": a.verb_start, "pattern": a.pattern,
                         "kind": kind, "recipient": a.recipient})
        prev_key, prev_sent = (rec["doc_id"], base["paragraph_id"]), sent
        prev_rows = rows[n_rows:]
    _warn_cut(cut, "read")
    out_cols = ["doc_id", *group_cols] + [c for c in ATTRIBUTION_COLUMNS if c != "doc_id"]
    if not rows:
        return pd.DataFrame(columns=out_cols)
    df = pd.DataFrame(rows)
    df["verb_category"] = df["verb_lemma"].map(lambda v: info[v]["category"] if v in info else
                                                ("neutral" if v in ("colon", "signature") else ""))
    _classify_and_resolve(df, clf, pronoun_window, tagger, NameAntecedents(RoleTagger(roles)), doc_units)
    df = df[df["keep"]].reset_index(drop=True)
    _add_roles(df, tagger, doc_sentences, clf.actor_matcher, guess_roles, corpus_roles, body, member_matcher(actors))
    df["role"], df["role_basis"] = contrast_roles(  # round 12cf: "Some Democrats ..., but others agreed"
        df["doc_id"], df["unit_id"], df["source"], df["source_resolved"], df["source_start"], df["role"],
        df["role_basis"], tagger, doc_units)
    return df[out_cols].reset_index(drop=True)


def _quote_continues(prev_rows: list) -> None:
    """``direct`` for the last attribution of the previous sentence of the paragraph when the sentence after it is a
    quotation with no cue of its own ('Smith defended the plan. | "It will pay for itself within a decade."'): the
    quotation continues that attribution's content, so the speaker is quoted directly (issue 12ao-d). Not when the
    previous sentence already has a direct quotation ('"...," Smith said, referring to the plan. | "..."': the
    quotation continues that one), for a question put to someone ('Smith was asked about the plan. | "..."': the
    quotation is the answer), for a cue inside a quotation (``nested``), or for a row with no cue."""
    if not prev_rows or any(r["kind"] == "direct" for r in prev_rows):
        return
    last = prev_rows[-1]
    if last["verb"] and last["pattern"] not in ("asked", "nested"):
        last["kind"] = "direct"


def _own_paragraph(recs: list, i: int) -> bool:
    """Whether record ``i`` is a paragraph of its own (no other sentence of its paragraph before or after it)."""
    key = (recs[i]["doc_id"], recs[i].get("paragraph_id", -1))
    if key[1] == -1:
        return False
    return all(not (0 <= j < len(recs)) or (recs[j]["doc_id"], recs[j].get("paragraph_id", -1)) != key
               for j in (i - 1, i + 1))


def _signature(sent: str) -> list:
    """The attribution of a signature line ('- Jane Doe, a voter in Ohio.'): the dash as cue, the name as source, a
    direct quotation (its content is the quotation paragraph before it); none for a line in capitals (a heading)."""
    m = _SIGNATURE.fullmatch(sent)
    if m is None or _ALL_CAPS.fullmatch(m.group(2)):
        return []
    return [Attribution(m.group(2), m.start(2), m.end(2), m.group(1), "signature", m.start(1), m.end(1), "signature",
                        "direct")]


def _outer_quotes(recs: list) -> list:
    """For each record, the stretches of its sentence inside a quotation that its paragraph's other sentences open
    or close (:func:`helpers.measures.attribution_sentence.cross_sentence_quotes`), paragraph by paragraph."""
    out: list = []
    start = 0
    for i in range(1, len(recs) + 1):
        if i == len(recs) or (recs[i]["doc_id"], recs[i]["paragraph_id"]) != (recs[start]["doc_id"],
                                                                             recs[start]["paragraph_id"]):
            runs_on = i < len(recs) and recs[i]["doc_id"] == recs[start]["doc_id"] and bool(
                _OPENS_QUOTE.match(recs[i]["text"][:8]))
            out.extend(cross_sentence_quotes([r["text"] for r in recs[start:i]], runs_on=runs_on))
            start = i
    return out


def _inside(pos: int, spans: list) -> bool:
    return any(s <= pos < e for s, e in spans)


def _cue_opens_next(recs: list, i: int, vm: Matcher) -> bool:
    """Whether the next sentence of the same document opens with a cue ('"... Situation Room?" | tweeted Ronna
    McDaniel, ...'): the quotation is that cue's, not a continuation of an earlier speaker's."""
    if i + 1 >= len(recs) or recs[i + 1]["doc_id"] != recs[i]["doc_id"]:
        return False
    head = recs[i + 1]["text"][:40]
    lead = len(head) - len(head.lstrip())
    return any(m.start == lead for m in vm.find(head))


def _names_no_speaker(source: str) -> bool:
    """Whether a source span is only an expletive contraction or an indefinite pronoun ("It's", "Nobody";
    :data:`attribution_phrases._NO_SPEAKER`, round 12bw-e): never a person to learn or to resolve a pronoun to."""
    return bool(_NO_SPEAKER.fullmatch(source.strip()))


def _classify_and_resolve(df: pd.DataFrame, clf: SourceClassifier, window: int, tagger: RoleTagger | None = None,
                          finder: NameAntecedents | None = None, doc_units: dict | None = None) -> None:
    """Fill source_type, identity, source_resolved and resolution in place (article by article).

    "he" and "she" refer back to the nearest earlier source that is a name or a singular noun phrase (and, with
    ``tagger``, not a document), else ("two officials ... he said") to the nearest earlier source with a person's
    role noun (with ``tagger``; any source without); other pronouns take the nearest earlier source. With
    ``finder`` (and ``doc_units``: doc_id -> unit_id -> sentence), "he" and "she" take a person named outside
    attributions when that name's sentence is more recent than the antecedent's (or as recent, and the antecedent
    is a group: "Mr. Netanyahu's camp and some analysts say ... He believes"). A quotation-only sentence takes the
    nearest earlier source, or the speaker of the next sentence of its paragraph when that sentence is a reporting
    clause cut off the quotation ('"Why now?" | Lee asked.', '| Lee said on Friday.'; :func:`_cut_clause`).
    """
    types, idents, resolved, how, keep = [], [], [], [], []
    owners: list[str] = []  # issue 12au-a: the person a "his office" / "her team" source belongs to ('' if none)
    history: list[dict] = []
    current_doc = None
    last = None  # the previous row
    genders = None  # surname -> gender stated by the article's courtesy titles (issue 12ah-s)
    for r in df.itertuples(index=False):
        if r.doc_id != current_doc:
            history, current_doc, last, genders = [], r.doc_id, None, None
            if finder is not None:
                finder.start((doc_units or {}).get(r.doc_id, {}))
        src = r.source
        near = max(0, r.verb_start)
        around = r.sentence[max(0, near - _ANON_WINDOW): near + _ANON_WINDOW]
        anon_sentence = clf.anonymous_sentence(around)
        entry = {"unit_id": r.unit_id, "source": src, "type": None, "identity": None, "resolution": "",
                 "end": r.verb_start + len(r.verb), "recipient": r.recipient}
        if r.pattern == "no_source":
            entry.update(type="no_source", identity="no_source")
        elif r.pattern == "quote_only":
            ante = _nearest(history, r.unit_id, window, lambda h: True)
            if ante:
                entry.update(source=ante["source"], type=ante["type"], identity=ante["identity"], resolution="quote")
            else:
                entry.update(type="unattributed", identity="unattributed")
        else:
            stype = clf.source_type(src)
            ident = clf.identity_of(src)  # anonymity stated in the sentence is applied below
            entry.update(type=stype, identity=ident)
            low = src.strip().lower()
            if stype == "pronoun" and low in ("i", "we"):
                entry.update(type="author", identity="author")  # outside quotations, "I wrote" is the writer
            elif stype == "pronoun":
                if low in ("he", "she") and genders is None:  # issue 12ah-s: the article's courtesy titles
                    genders = article_genders((doc_units or {}).get(r.doc_id, {}).values(),
                                              None if tagger is None else (lambda w: bool(tagger.phrase_role(w))))
                found = _resolve_pronoun(r, low, history, window, clf, tagger, finder,
                                         sole=lambda name, low=low, genders=genders: clashes(low, name, genders))
                if found and low in ("he", "she") and clashes(low, found[0], genders):
                    # issue 12ah-s: "she" read as "Mr. Roe": the nearest antecedent the article marks as her gender
                    found = _resolve_pronoun(r, low, history, window, clf, tagger, finder,
                                             lambda p: phrase_gender(p, genders) == PRONOUN_GENDER[low]) or found
                if found:
                    entry.update(source=found[0], type=found[1], identity=found[2], resolution="pronoun", pronoun=low)
            elif _is_definite(src, clf) and stype in ("other", "official_unspecified", "media_or_report"):
                noun = low.split()[-1]

                def same(h, noun=noun, stype=stype, check=True):  # issue 12ap-f: not an "it"/"they"
                    if h.get("pronoun") in ("it", "they") or (check and not _same_document(src, h["source"], tagger)):
                        return False  # issue 12as-b: a document refers back only to a document
                    return noun in h["source"].lower() or (stype != "other" and h["type"] == stype)

                ante = _nearest(history, r.unit_id, None, lambda h: same(h) and h["identity"] == "named")
                ante = ante or _nearest(history, r.unit_id, None, same)
                if ante:
                    entry.update(source=ante["source"], type=ante["type"], identity=ante["identity"], resolution="definite")
                else:  # issue 12as-b: "the report" of a named outlet keeps the owner's identity, not its role
                    owner = _nearest(history, r.unit_id, None, lambda h: same(h, check=False) and h["identity"] == "named")
                    owner = owner or _nearest(history, r.unit_id, None, lambda h: same(h, check=False))
                    if owner:
                        entry.update(identity=owner["identity"])
            elif stype == "other":
                names = {t.lower() for t in clf.name_tokens(src)}
                ante = _nearest(history, r.unit_id, None,
                                lambda h: bool(names & {t.lower() for t in clf.name_tokens(h["source"])}))
                if names and ante:
                    entry.update(type=ante["type"], resolution="name")
        own = owned_pronoun(src) if r.pattern not in ("no_source", "quote_only") else ""
        if own:  # issue 12au-a: "his office": the person "he" in its place refers to owns it
            if genders is None:
                genders = article_genders((doc_units or {}).get(r.doc_id, {}).values(),
                                          None if tagger is None else (lambda w: bool(tagger.phrase_role(w))))
            owners.append(_owner_of(r, own, history, window, clf, tagger, finder, genders))
        else:
            owners.append("")
        if anon_sentence:
            entry["identity"] = "anonymous"
        elif (finder is not None and entry["identity"] == "named" and _person_like(entry)
              and not _names_no_speaker(entry["source"])):  # round 12bw-e: "Nobody" is no person
            finder.add_person(entry["source"])
        keep.append(True)
        if last is not None and last.pattern == "quote_only" and _cut_clause(r) and (
                r.unit_id == last.unit_id + 1 and r.paragraph_id == last.paragraph_id):
            # '"Why now?" | Lee asked.': a sentence that is only a reporting clause credits the quotation before it;
            # so does one the extractor read as a clause cut off that quotation ('Lee said Friday.', round 12er)
            types[-1], idents[-1], resolved[-1] = entry["type"], entry["identity"], entry["source"]
            how[-1] = "quote"
            history[-1] = {**entry, "unit_id": last.unit_id, "resolution": "quote"}
        if r.pattern != "no_source":
            history.append(entry)
        last = r
        types.append(entry["type"])
        idents.append(entry["identity"])
        resolved.append(entry["source"])
        how.append(entry["resolution"])
    df["source_type"] = types
    df["identity"] = idents
    df["source_resolved"] = resolved
    df["resolution"] = how
    df["keep"] = keep
    df["owner"] = owners


def _owner_of(r, low: str, history: list[dict], window: int, clf: SourceClassifier, tagger: RoleTagger | None,
              finder: NameAntecedents | None, genders) -> str:
    """Issue 12au-a: the antecedent of the "his"/"her" of an owned-body source ("his office"), found as a "he"/"she"
    source in the same place would be (:func:`_resolve_pronoun`, the gender agreement of issue 12ah-s); another owned
    body is never the owner ('' if none is found)."""
    found = _resolve_pronoun(r, low, history, window, clf, tagger, finder)
    if found and (owned_pronoun(found[0]) or clashes(low, found[0], genders)):
        found = _resolve_pronoun(r, low, history, window, clf, tagger, finder,
                                 lambda p: not owned_pronoun(p) and not clashes(low, p, genders))
    return found[0] if found and not owned_pronoun(found[0]) else ""


def _resolve_pronoun(r, low: str, history: list[dict], window: int, clf: SourceClassifier,
                     tagger: RoleTagger | None, finder: NameAntecedents | None, keep=None,
                     sole=None) -> tuple[str, str, str] | None:
    """The antecedent of a pronoun source: (source, source_type, identity), or None.

    "he" and "she" take the nearest earlier source that is a person (else one with a person's role noun or a bare
    name), or a person named outside attributions in a more recent sentence (``finder``); other pronouns the nearest
    earlier source, else (issue 12ap-f) "it"/"they" the subject noun phrase of their clause or of the sentence before
    (:func:`helpers.measures.pronoun_phrases.subject_phrase`). ``keep`` (``phrase -> bool``), when given, admits only
    the candidates it accepts. ``sole`` (``name -> bool``, the names of the other gender), when given, adds a last
    resort for "he"/"she" (round 12bv-a): the one person the nearest sentence naming people names, in any position
    (:meth:`helpers.measures.pronoun_names.NameAntecedents.find_sole`). Round 12ce: the finder's window reaches at
    least the sentence before a chain of sentences that open with the same pronoun
    (:meth:`~helpers.measures.pronoun_names.NameAntecedents.chain`).
    """
    fits = fallback = _any
    if low in ("he", "she"):
        def fits(h):  # a person: a name or a singular noun phrase, not a document
            role_of = None if tagger is None else tagger.phrase_role  # issue 12az-s: "The CPAC spokesman"
            return (_person_like(h, role_of) and (tagger is None or tagger.phrase_role(h["source"]) != "document")
                    and not _group_like(h["source"])  # issue 12av-q: not "56% of those polled"
                    and not _names_no_speaker(h["source"]))  # round 12bw-e: not "It's", "Nobody"

        def fallback(h):  # "two officials ... he said", "Sanders": a person's role noun or a name
            return ((tagger is None or tagger.phrase_role(h["source"]) not in ("", "document")
                     or bool(_BARE_NAME.fullmatch(h["source"].strip())))
                    and not _GROUP_START.match(h["source"])  # one of "two officials" may speak; not "56% of" them
                    and not _names_no_speaker(h["source"]))
    if keep is not None:
        fits0, fallback0 = fits, fallback

        def fits(h):
            return fits0(h) and keep(h["source"])

        def fallback(h):
            return fallback0(h) and keep(h["source"])
    ante = _nearest(history, r.unit_id, window, fits) or _nearest(history, r.unit_id, window, fallback)
    named = None
    reach = window
    if finder is not None and low in ("he", "she"):  # only sentences more recent than ``ante``
        reach = max(window, finder.chain(r.unit_id, low) + 1)  # round 12ce: the head of a chain of "She ..." sentences
        after = None if not ante else ante["unit_id"] - _plural_head(ante["source"])
        at = r.source_start if r.source_start >= 0 else r.verb_start
        tail = r.sentence[r.verb_start + len(r.verb):].lstrip()
        closing = (r.sentence[:at].rstrip().endswith(",") and r.source_start >= 0
                   and not r.sentence[r.source_start + len(r.source):r.verb_start].strip()
                   and not tail.startswith(":") and len(tail.split()) <= _CLOSING_WORDS)
        named = finder.find(r.unit_id, at, reach, after, own=not closing,
                            reject=None if keep is None else (lambda name: not keep(name)), anywhere=keep is not None)
    if named and (not ante or named[0] > ante["unit_id"]
                  or (named[0] == ante["unit_id"] and _plural_head(ante["source"]))):
        return named[1], clf.source_type(named[1]), "named"
    subject = _clause_subject(r, low, ante, finder, keep)
    if subject:  # issue 12al-s, rule (a) of issue 12ak-s: "Lee said Roe lost because he said ...": Roe
        return subject, clf.source_type(subject), "named"
    if ante:
        return ante["source"], ante["type"], ante["identity"]
    if finder is not None and low in ("he", "she"):  # issue 12ao-c: the one unmarked full name just before it
        bare = finder.find_unmarked(r.unit_id, at, reach, own=not closing,
                                    reject=None if keep is None else (lambda name: not keep(name)), pronoun=low)
        if bare:
            return bare, clf.source_type(bare), "named"
        sole_name = "" if sole is None else finder.find_sole(r.unit_id, at, reach, own=not closing, reject=sole,
                                                             gender=PRONOUN_GENDER[low])
        if sole_name:
            return sole_name, clf.source_type(sole_name), "named"
    if finder is not None and low in ("it", "they") and r.source_start >= 0:  # issue 12ap-f: the subject before it
        phrase = subject_phrase(finder.sentences, r.unit_id, r.source_start, low == "they", finder.tagger.phrase_role)
        if phrase:
            return phrase, clf.source_type(phrase), clf.identity_of(phrase)
    return None


_GROUP_START = re.compile(r"\s*(?:\d|(?:most|many|some|few|half|all|both|several|nearly|almost|about|more|those|these|"
                          r"a\s+majority|majority|none|each)(?![\w'-]))", re.IGNORECASE)
"""A source that counts or quantifies people ("56% of those polled", "most voters", "half of them"): a group, never
what "he" or "she" refers to (issue 12av-q)."""


def _group_like(src: str) -> bool:
    """Whether an earlier source is a group that "he" or "she" cannot refer to: a count, share or quantifier before
    people ("56% of those polled", "most voters") or a plural common noun as its head ("officials")."""
    return bool(_GROUP_START.match(src)) or _plural_head(src)


def _same_document(src: str, ante: str, tagger: RoleTagger | None) -> bool:
    """Whether a definite source ``src`` may refer back to ``ante`` (issue 12as-b): when ``src`` is a document ("the
    report", "the survey"), only a document may be its antecedent, not the outlet or person whose source type it
    shares nor a phrase that only holds its noun ("Reporter Ann Roe"); item 7 of the role check protocol: an outlet's
    report is a document. Round 12cg-3: a person noun ("the official") does not refer back to a statement ("a
    statement from Lee's office"); "the statement" refers back as before (to the body that issued it)."""
    if statement_head(ante) and not statement_head(src):
        return False
    if tagger is None or tagger.phrase_role(src) != "document":
        return True
    return tagger.phrase_role(ante) == "document"


def _clause_subject(r, low: str, ante: dict | None, finder: NameAntecedents | None, keep) -> str:
    """The person named as the subject of the clause holding a "he"/"she" of the same sentence as its antecedent's
    cue, after that cue ('' if none; issue 12al-s, rule (a) of issue 12ak-s): "Lee said Ann Cole would take back all
    the things she said" is Cole; an object, the cue's recipient and a possessive are not taken."""
    if low not in ("he", "she") or finder is None or not ante or ante["unit_id"] != r.unit_id:
        return ""
    at = r.source_start if r.source_start >= 0 else r.verb_start
    if ante.get("end", at) >= at:
        return ""
    name = finder.subject_between(r.unit_id, ante["end"], at)
    if not name or name in ante["source"] or name in ante.get("recipient", "") or (keep is not None and not keep(name)):
        return ""
    return name


_BARE_REST = re.compile(r"[\s.!,]*")
"""What a sentence that is only a reporting clause holds besides its source and verb."""


def _bare_clause(r) -> bool:
    """Whether a row's sentence is its source and its verb and nothing else ("Lee asked.", "wrote Ann Roe.")."""
    if r.pattern not in ("subject", "inverted") or r.source_start < 0 or r.verb_start < 0:
        return False
    spans = sorted([(r.source_start, r.source_start + len(r.source)), (r.verb_start, r.verb_start + len(r.verb))])
    if spans[0][1] > spans[1][0]:
        return False
    pieces = (r.sentence[: spans[0][0]], r.sentence[spans[0][1]: spans[1][0]], r.sentence[spans[1][1]:])
    return all(_BARE_REST.fullmatch(p) for p in pieces)


_QUOTE_MARK = re.compile("[\"\u201c\u201d]|''")
"""A quotation mark, straight, curly or doubled single."""
_OPENING = " ,.;:!?-\u2013\u2014"
"""What may stand before the source and cue of a reporting clause cut off its quotation."""


def _cut_clause(r) -> bool:
    """Whether a row is a reporting clause cut off the quotation of the sentence before it (round 12er).

    A sentence splitter ends a sentence at a quotation closed after "?" or "!"; the extractor reads the next sentence
    as a direct attribution when its source and cue open it and only an adjunct or an apposition follows ('"Why now?"
    | Lee asked Friday.', '| Lee said on Fox, smiling.'). Such a row, and a sentence that is only its source and cue
    (:func:`_bare_clause`), credits the quotation-only row of the sentence before it. A sentence that holds a
    quotation mark of its own is not such a clause.

    Parameters
    ----------
    r : namedtuple
        An attribution row with ``pattern``, ``kind``, ``sentence``, ``source``, ``source_start`` and ``verb_start``.

    Returns
    -------
    bool
    """
    if _bare_clause(r):
        return True
    if r.kind != "direct" or r.source_start < 0 or r.verb_start < 0 or _QUOTE_MARK.search(r.sentence):
        return False
    return not r.sentence[:min(r.source_start, r.verb_start)].strip(_OPENING)


_AS_PRONOUNS = frozenset({"he", "she", "He", "She"})
_AS_START = re.compile(r"[\s\"'\u201c\u2018(\[-]*[Aa]s\s")
"""A sentence that opens with "As" (issue 12be-a: "As a professor of economics at Yale, she said ...")."""
_ACRONYM = re.compile(r"[A-Z]{2,6}")
"""A source word that is an acronym ("NGA"), whose expansion may stand in any sentence."""
_BRACKET_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
"""An acronym in brackets after a body's name in a source ("The Norland Transit Agency (NTA)"; issue 12bh-r2)."""


def _bracket_acronyms(phrase: str) -> list[str]:
    """The acronyms ``phrase`` writes in brackets after a name (issue 12bh-r2).

    A source spanned "The Norland Transit Agency (NTA)" (issue 12bh-r) has a role noun, so the article is not read for
    it; its acronym is still a name the article may use later ("director at the NTA"), so it is a needed word, as the
    span "NTA)" made it before: an acronym among the needed words has every sentence of the article read.

    Parameters
    ----------
    phrase : str
        A source phrase.

    Returns
    -------
    list of str
        The bracketed acronyms of two to six capitals (none for a party tag "(D)" or "(R-Texas)").
    """
    return _BRACKET_ACRONYM.findall(phrase) if "(" in phrase else []


def _add_roles(df: pd.DataFrame, tagger: RoleTagger, doc_sentences: dict, actor_matcher: Matcher,
               guess_roles: bool = False, corpus_roles: bool = True, units: pd.DataFrame | None = None,
               members: Matcher | None = None) -> None:
    """Fill role, role_basis and affiliation in place, with each article's titles and appositions.

    Only the sentences of an article that contain a name some source needs are read for titles and
    appositions (for less work); all of them when a source is an acronym, which the article may spell out in another
    sentence ("the National Governors Association" ... "the NGA"). A sentence naming no source is skipped even when it
    describes a body a source works for ("Third Way, a think tank"); round 12eo found reading those too changes about
    one role in 4,000 articles.
    """
    roles, basis, affil = [], [], []
    needed: dict = {}
    stations: set = set()  # review r12at2: articles with a bare "the station" source (issue 12at-i)
    owners = df["owner"].tolist() if "owner" in df.columns else [""] * len(df)  # issue 12au-a
    for r, owner in zip(df[["doc_id", "source", "source_resolved"]].itertuples(index=False), owners):
        for phrase in (r.source, r.source_resolved, owner, statement_issuer(r.source),  # round 12cg-4: the
                       statement_issuer(r.source_resolved)):  # issuer of "Lee's statement" is read in the article
            acronyms = _bracket_acronyms(phrase)  # issue 12bh-r2: "The Norland Transit Agency (NTA)" teaches "NTA"
            if acronyms:
                needed.setdefault(r.doc_id, set()).update(acronyms)
            if not tagger.needs_article(phrase):
                continue
            if bare_station(phrase) or bare_station(phrase, plain=True):  # round 12dq: "the stations", "the local station"
                stations.add(r.doc_id)
            needed.setdefault(r.doc_id, set()).update(  # issue 12at-a: "AFA's Nelson" needs "AFA", not "AFA's"
                w for w in (re.sub(r"(?:['\u2019]s|(?<=s)['\u2019])$", "", w)  # round 12bt-o: "Jones' office"
                            for w in re.findall(r"[A-Z][\w'\u2019-]+", phrase))
                if w.lower() not in _NOT_NAMES)
    as_speakers: dict = {}  # issue 12be-a: "As a professor of economics at Yale, she said": the pronoun's name
    if "sentence" in df.columns and "source_start" in df.columns:
        for r in df[["doc_id", "source", "source_resolved", "identity", "sentence", "source_start"]].itertuples(
                index=False):
            if (r.source in _AS_PRONOUNS and r.identity == "named" and r.source_resolved not in ("", r.source)
                    and _AS_START.match(r.sentence)):
                as_speakers.setdefault(r.doc_id, []).append((r.source_resolved, r.sentence, r.source, r.source_start))
    current = None
    papers: dict = {}  # round 12cm: doc_id -> whether the article shows a research paper
    for r, owner in zip(df[["doc_id", "source", "source_resolved", "identity", "source_type", "verb"]].itertuples(
            index=False), owners):
        if r.source_type == "author":  # "I wrote", "we reported" outside quotations: the writer
            roles.append("journalist_media"), basis.append("author"), affil.append("")
            continue
        if r.doc_id != current:
            current = r.doc_id
            tagger.reset()
            words = needed.get(current, ())
            sents = doc_sentences.get(current, []) if words else []
            words = with_first_names(words, sents) if sents else words  # issue 12ak-r: "Attorney General Ann"
            every = any(_ACRONYM.fullmatch(w) for w in words)
            for sent in sents:
                if every or any(w in sent for w in words):
                    tagger.learn(sent)
            if current in stations:  # review r12at2: "the station" refers back to a station named in a sentence
                for sent in doc_sentences.get(current, []):  # named in a sentence the name filter skips
                    tagger.note_stations(sent)  # ("a TV station"; round 12dq: "a gas station")
            if sents:  # issue 12at-d: "Ann Lee ... The Norland senator said"; then 12at-c: transcript hosts,
                tagger.learn_epithets(sents)  # interviewers, initials (after the epithets: "IM" takes the role the
                tagger.learn_turns(sents)  # article gives "Ivo Marek", an epithet's too)
            for name, sent, pronoun, at in as_speakers.get(current, ()):  # issue 12be-a: after the article's own
                tagger.learn_as_speaker(name, sent, pronoun, at)  # roles, which win
        role, how = "", ""
        phrases = (r.source_resolved, r.source)
        if names_principal(r.source, r.source_resolved):  # issue 12bj-r: "the landlord", resolved to "a
            phrases = (r.source,)  # representative for one of the landlords", is the landlord
        body = None  # round 12cq: a body the gazetteer names, weaker than the span's own role noun
        if r.source.strip() and INDEFINITE_GROUP.fullmatch(r.source_resolved.strip()) and not \
                INDEFINITE_GROUP.fullmatch(r.source.strip()):
            phrases = (r.source,)  # round 12cy2: "They", resolved to "Everyone", is no group the article names
        for phrase in dict.fromkeys(p for p in phrases if p.strip()):
            got = tagger.role(phrase, anonymous=r.identity == "anonymous", verb=r.verb)
            if got[1] == AGENCY_BASIS and body is None:
                body = got  # "The spokesperson", resolved to "the CDC", is the body's spokesperson
                continue
            if got[0] not in ("", ROLE_UNKNOWN, "anonymous"):
                role, how = got
                break
            if role != "anonymous":  # "They" resolved to "critics": the group's anonymous stands, not the pronoun's unknown
                role, how = got
        if body is not None and role in ("", ROLE_UNKNOWN):
            role, how = body
        if role in ("", ROLE_UNKNOWN) and r.source == r.source_resolved and tagger.turn_role(r.source):
            role, how = tagger.turn_role(r.source), "article"  # issue 12at-c: a transcript's label, not a pronoun
        if role in ("", ROLE_UNKNOWN) and r.source == r.source_resolved and item_role(r.source):
            role, how = "document", "phrase"  # round 12ek3: the row's own span names a written or recorded item
        if owner:  # issue 12au-a: "his office" of a senator speaks as the senator
            owned = owned_role(tagger.role(owner, anonymous=False, verb=r.verb)[0])
            if owned and owned != role:
                role, how = owned, OWNER_BASIS
        issuer = next((i for i in map(statement_issuer, phrases) if i), "")  # round 12cg-4: "a statement by Sen. X"
        if issuer:
            said = tagger.role(issuer, anonymous=False, verb=r.verb)[0]
            if said in ISSUER_ROLES and said != role:
                role, how = said, ISSUER_BASIS
        if role == "official" and any(party_staff(p) for p in phrases):  # round 12cj: "campaign officials"
            role = "politician"
        if role in ("", ROLE_UNKNOWN) and r.identity != "unattributed":  # round 12cm: "the paper said"
            research = papers.get(current)
            if research is None:
                research = papers[current] = research_paper(doc_sentences.get(current, []))
            paper = next((got for got in (paper_role(p, research) for p in phrases) if got), "")
            if paper:
                role, how = paper, PAPER_BASIS
        if not r.source_resolved and r.identity == "unattributed":
            role = ""
        roles.append(role)
        basis.append(how)
        affil.append(affiliation(f"{r.source_resolved} {tagger.context(r.source_resolved)}", actor_matcher, members))
    # issue 12ac-r: an unresolved "he"/"she" takes the one stated role of the named speakers just before it
    roles, basis = carry_pronouns(df["doc_id"].tolist(), df["unit_id"].tolist(), df["source"].tolist(),
                                  df["source_resolved"].tolist(), roles, basis, (df["identity"] == "named").tolist())
    df["role"], df["role_basis"], df["role_from"] = roles, basis, ""
    _corpus_and_guess(df, tagger, corpus_roles, guess_roles, doc_sentences, units)
    if members is not None:  # round af3: "Rep. Ann Lee (D-Ohio)" in one sentence, "Lee said" in another
        memory: dict = {}
        for i, r in enumerate(df[["doc_id", "source_resolved"]].itertuples(index=False)):
            if affil[i] or not r.source_resolved[:1].isupper():
                continue
            if r.doc_id not in memory:
                memory[r.doc_id] = article_members(doc_sentences.get(r.doc_id, []), members)
            affil[i] = named_affiliation(r.source_resolved, memory[r.doc_id])
    df["affiliation"] = affil
    group = (df["role_basis"] == "unnamed_group") & (df["identity"] == "named")
    df.loc[group, "identity"] = "unnamed"  # "Others said", "Opponents of the bill argued": no name is given
    plural = [r.identity == "named" and r.source == r.source_resolved and _plural_role_noun_first(
        r.sentence, r.source, r.source_start, tagger, doc_sentences.get(r.doc_id, ())) for r in df[
            ["doc_id", "identity", "source", "source_resolved", "sentence", "source_start"]].itertuples(index=False)]
    df.loc[plural, "identity"] = "unnamed"  # "Listeners told us", "Business groups said": a capital, no name
    # round ss1: "badly they just | know", "despite recent | reports" or an empty span: the speaker was not read, which
    # is not an unnamed source; the attribution stays (its cue is usually right), its identity says so
    unread = (df["identity"] == "unnamed") & df["role"].isin(["", "unknown"]) & df["source"].map(unread_speaker)
    df.loc[unread, "identity"] = UNREAD_IDENTITY


UNREAD_IDENTITY = "unclear"
"""``identity`` of an attribution whose source span is no speaker phrase (:func:`attribution_spans.unread_speaker`)."""


_PLURAL_HEAD = re.compile(r"^(?P<stem>.*?\w)(?P<end>ies|s)$")


_NAME_OPENS = re.compile(r"(?P<name>[A-Z][\w'\u2019-]*)(?:\s+and\s+(?:his|her|their|its|the)\s|,\s+\d)")
"""A one-word name opening a coordination with a person's own group or an age ("Varga and his advisers", "Varga and
the military brass", "Varga, 42 and ..."): the source is the named person (review 12bj-v)."""
_NAME_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Rev|Prof)\.?"
"""A courtesy or political title: the capitalised word after it, or after a first name after it, is a surname
("Rep. Jim Banks", "Mr. Fields"; review 12bj-v)."""


def _plural_role_noun_first(sentence: str, source: str, start: int, tagger: RoleTagger, article=()) -> bool:
    """Whether ``source`` opens its sentence and is a plural role noun phrase whose only capital is the sentence's
    ("Listeners", "Business groups", "Parents"): the singular, lower-cased, has a role of its own ("listener",
    "business group"), so the capital is the sentence's, not a name's. "Reuters" ("reuter") and "Brandt" have none
    (dogfood 12bj-d). Review 12bj-v: a one-word name with no role of its own that opens a coordination with "his",
    "her", "their", "its" or "the", or an age, is the named person ("Varga and his advisers", "Varga, 42 and the
    father of two"); a one-word source that a sentence of ``article`` (its sentences) writes after a courtesy or
    political title is a surname ("Rep. Jim Banks" ... "Banks said"; "Mr. Fields" ... "Fields said"). A word written
    mid-sentence without a title ("the Democrats") is no such sign."""
    words = source.split()
    opening = start >= 0 and not sentence[:start].strip(" \"'\u201c\u2018(")
    if start < 0 or not words or any(w[:1].isupper() for w in words[1:]) or not (opening or len(words) == 1):
        return False  # review s79-B: a bare "Republicans" is a group wherever it stands, not only first
    m = _PLURAL_HEAD.match(words[-1])
    if m is None or not words[0][:1].isupper():
        return False
    singular = m["stem"] + ("y" if m["end"] == "ies" else "")
    if tagger.role(" ".join([*words[:-1], singular]).lower())[0] == ROLE_UNKNOWN:
        return False
    opens = _NAME_OPENS.match(source.strip())
    if opens and tagger.role(opens["name"].lower())[0] == ROLE_UNKNOWN:
        return False  # "Varga and his advisers": Varga
    if len(words) > 1:
        return True
    titled = re.compile(rf"{_NAME_TITLE}\s+(?:[A-Z][\w.-]*\s+){{0,2}}{re.escape(words[0])}(?![\w'-])")
    return not any(titled.search(s) for s in article)


def _corpus_and_guess(df: pd.DataFrame, tagger: RoleTagger, corpus_roles: bool, guess_roles: bool,
                      sentences: dict | None = None, units: pd.DataFrame | None = None) -> None:
    """The roles read from the other articles (issues 12ar-a/e), the corpus's outlets and bodies named bare (issue
    12bc-b: the outlets of ``units``, the body sentences, else of ``df``), then the article's usual role (issue
    12aa-r), in place."""
    if corpus_roles:
        is_role = role_word(tagger)
        outlets = corpus_outlets(units if units is not None else df, is_role)
        fill_frame(df, is_role, ROLE_UNKNOWN, sentences, tagger, outlets)
    if guess_roles:
        df["role"], df["role_basis"] = fill_unknown(df["doc_id"].tolist(), df["role"].tolist(),
                                                    df["role_basis"].tolist(), ROLE_UNKNOWN)


def whole_corpus_roles(df: pd.DataFrame, roles: dict | None = None, corpus_roles: bool = True,
                       guess_roles: bool = False, sentences: dict | None = None) -> pd.DataFrame:
    """The passes of :func:`extract_attributions` that read the whole table, for a table put together from parts.

    Parameters
    ----------
    df : DataFrame
        Attributions of a whole corpus, from calls of :func:`extract_attributions` on its parts with
        ``corpus_roles=False`` and ``guess_roles=False``.
    roles : dict, optional
        The role lexicon the parts used (default: the bundled ``source_roles``).
    corpus_roles, guess_roles : bool
        As in :func:`extract_attributions`.
    sentences : dict or DataFrame, optional
        ``doc_id`` -> the article's sentences, or the ``units`` table the parts were read from (its body sentences
        are taken as :func:`extract_attributions` takes them); without it the dominant-surname sub-rule of issue
        12ar-e does not run.

    Returns
    -------
    DataFrame
        ``df`` with ``role``, ``role_basis`` and ``role_from`` as one call on the whole corpus gives them.
    """
    body = None
    if isinstance(sentences, pd.DataFrame):
        body = body_units(sentences)
        texts = body["text"].fillna("").astype(str).str.slice(0, MAX_UNIT_CHARS)
        sentences = {}
        for d, t in zip(body["doc_id"], texts):
            sentences.setdefault(d, []).append(t)
    _corpus_and_guess(df, RoleTagger(roles or load_roles()), corpus_roles, guess_roles, sentences, body)
    return df


def _any(h: dict) -> bool:
    return True


_NAME_RUN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof)\.?\s+[A-Z]|[A-Z][\w'\u2019.-]*\s+[A-Z])")
_BARE_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s*){1,4}")
"""A source that is only a name ("Sanders", "Ann Cole"), not a clause fragment ("Trump doesn't particularly")."""
_HEAD_END = re.compile(r",|\s+(?:who|of|for|at|from|in|with)(?![\w-])")


def _plural(word: str) -> bool:
    """Whether a lower-cased head word reads as a plural ("officials"; not "press", "Jones's", "census", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "\u2019s", "us", "is"))


def _plural_head(src: str) -> bool:
    """Whether a source's head is a plural common noun ("Mr. Netanyahu's camp and some analysts", "officials")."""
    words = _HEAD_END.split(src.strip()[:120], maxsplit=1)[0].split()
    last = words[-1].rstrip(".,").lower() if words else ""
    return _plural(last) and last[:1].isalpha() and words[-1][:1].islower()


def _person_like(h: dict, role_of=None) -> bool:
    """Whether an earlier source can be what "he" or "she" refers to: a name ("Ann Cole", "Pakistan's Ambassador
    Mansoor Khan") or a singular noun phrase ("the senator", "Cole"), not a plural ("customers", "officials"), a
    clause fragment ("Maddox fully") or a placeholder. With ``role_of`` (the role tagger's ``phrase_role``), "The"
    before a capitalised modifier and a person's role noun is a person too ("The CPAC spokesman"; issue 12az-s)."""
    if h["type"] in ("no_source", "unattributed"):
        return False
    src = h["source"].strip()[:120]
    head = _HEAD_END.split(src, maxsplit=1)[0].strip()
    words = head.split()
    if not words:
        return False
    last = words[-1].rstrip(".,").lower()
    plural = _plural(last)
    if words[0] in ("The", "the") and len(words) > 1 and words[1][:1].isupper() and (
            plural or not _titled_noun(words[-1], role_of)):  # issue 12az-s: "The Acme spokesman" is a person
        return False  # "The House of Representatives", "the White House": an institution's name, not a person's
    if _NAME_RUN.search(head):
        return not (plural and head[:1].islower())
    if len(words) == 1:
        return head[:1].isupper() and not plural
    return words[0].lower() in ("the", "a", "an", "his", "her", "their", "its") and not plural


def _titled_noun(word: str, role_of) -> bool:
    """Whether the last word of a "The" + capitalised phrase is a person's role noun after a proper-noun modifier ("The
    CPAC spokesman", "the Alaska senator"), which "he" or "she" may refer to (issue 12az-s): a lower-case noun to which
    ``role_of`` (the role tagger's ``phrase_role``) gives a role other than a document, that is no body or
    organisation ("the Trump campaign", "the Justice department", "the Democrat-controlled chamber"; :data:`ORG_WORDS`
    and :data:`_BODY_NOUNS`), no irregular plural ("The GOP congressmen") and no title whose role is its body's ("The
    Acme president", :data:`helpers.measures.role_forms.OWNED_TITLES`)."""
    word = word.rstrip(".,;:")
    low = word.lower()
    return (role_of is not None and word[:1].islower() and word.isalpha() and not low.endswith(("men", "people", "folk"))
            and not _ORG_WORD_ANY.fullmatch(word) and low not in _BODY_NOUNS and low not in OWNED_TITLES
            and role_of(word) not in ("", "document"))


_ORG_WORD_ANY = re.compile(rf"(?i:{ORG_WORDS})")
_BODY_NOUNS = frozenset(
    "government military regime embassy house state states chamber legislature senate congress parliament cabinet "
    "caucus board panel firm bank team side ticket camp blog paper site website outlet magazine channel station "
    "district police force army navy staff family industry establishment giant retailer maker media press "
    "delegation majority minority leadership opposition court jury club school church "
    # review r12az: the lexicon's other company nouns ("like 'company' and 'firm'"), its document noun "statement",
    # and its singular nouns of bodies, outlets and groups
    "automaker carmaker chipmaker drugmaker manufacturer airline insurer lender conglomerate startup supplier "
    "subsidiary processor wholesaler refiner utility statement pentagon kremlin charity nonprofit ngo movement lobby "
    "watchdog congregation clergy diocese parish mosque synagogue militia patrol intelligence broadcaster newsroom "
    "newsletter podcast radio tabloid television weekly".split()
)
"""Nouns of bodies, outlets, groups and documents, which "he" or "she" never refers to, though the role lexicon gives
them a role (issue 12az-s, review r12az; general English usage, written by the team)."""


def _is_definite(phrase: str, clf: "SourceClassifier") -> bool:
    """'the ambassador', 'the report': a definite description without a name."""
    low = phrase.strip().lower()
    return bool(re.fullmatch(r"the\s+(?:[a-z-]+\s+){0,2}[a-z-]+", low)) and not clf.name_tokens(phrase)


_MAX_LOOKBACK = 200
"""Coreference looks at most this many earlier attributions of the article (bounded work on huge articles)."""
_CLOSING_WORDS = 6
"""'..., he said on Monday.': a pronoun after a comma, its verb right after it and at most this many words after the
verb close the sentence (the content before it names others, not the speaker)."""
_ANON_WINDOW = 300
"""An anonymity formula counts for a cue within this many characters of it."""


_DAY_ONLY = re.compile(r"\s*(?:" + "|".join(sorted(d.capitalize() for d in WEEKDAYS)) + r")(?:['\u2019]s|s['\u2019])?\s*")
"""Round 12eq: a source that is only a day of the week ("Friday" of "Friday night, ... Warren said"; "Wednesday's"):
no antecedent of a pronoun, a quotation or a description."""


def _nearest(history: list[dict], unit_id: int, window: int | None, ok) -> dict | None:
    """The most recent earlier source in ``history`` (within ``window`` sentences) that ``ok`` accepts, or None;
    pronouns, the writer, empty sources and days of the week (round 12eq) are never antecedents."""
    for h in reversed(history[-_MAX_LOOKBACK:]):
        if window is not None and unit_id - h["unit_id"] > window:
            return None
        if h["type"] in ("pronoun", "author") or not h["source"] or _DAY_ONLY.fullmatch(h["source"]):
            continue
        if ok(h):
            return h
    return None


# ---------------------------------------------------------------------------
# hedges and rates

HEDGE_COLUMNS = ["doc_id", "unit_id", "sentence", "hedge", "hedge_kind", "text", "start"]


def _warn_cut(cut: list, done: str) -> None:
    """Warn, once per call of a public function, that the units of the documents ``cut`` were longer than
    :data:`MAX_UNIT_CHARS` and were ``done`` ("read", "searched for hedges") only up to that length."""
    if cut:
        warnings.warn(f"{count(len(cut), 'unit')} longer than {MAX_UNIT_CHARS:,} characters {noun(len(cut), 'was', 'were')} "
                      f"{done} only up to that length (documents {sorted(set(cut))[:5]}): split such text into "
                      "sentences with helpers.corpus.segment first", stacklevel=3)


def find_hedges(units: pd.DataFrame, group_cols=("outlet",), hedges: dict | None = None) -> pd.DataFrame:
    """Hedges in body sentences, outside closed quotation marks.

    Parameters
    ----------
    units : DataFrame
        Sentences from :func:`helpers.corpus.segment`.
    group_cols : str or sequence of str
        Columns copied to every row.
    hedges : dict, optional
        Hedge lexicon (default: the bundled ``hedges.yaml``).

    Warns
    -----
    UserWarning
        When a unit is longer than :data:`MAX_UNIT_CHARS` (unsplit text): only its start is searched, as
        :func:`extract_attributions` reads it.

    Returns
    -------
    DataFrame
        One row per hedge: ``doc_id``, the group columns, ``unit_id``,
        ``sentence``, ``hedge`` (entry id), ``hedge_kind``, ``text`` (as
        written), ``start`` (offset in the sentence).
    """
    group_cols = _check_units(units, group_cols)
    hedges = hedges or load_hedges()
    kinds = {eid: e.get("kind", "") for eid, e in hedges["entries"].items()}
    hm = Matcher(hedges["entries"])
    rows = []
    cut = []
    body = body_units(units)
    for rec in progress(body[["doc_id", "unit_id", "text", *group_cols]].to_dict("records"), desc="hedges"):
        sent = rec["text"]
        if len(sent) > MAX_UNIT_CHARS:  # no sentence is this long: unsplit text; read its start only, as attributions
            cut.append(rec["doc_id"])
            sent = sent[:MAX_UNIT_CHARS]
        found = hm.find(sent)
        if not found:
            continue
        quoted = quote_spans(sent)
        for m in found:
            if any(s <= m.start < e for s, e in quoted):
                continue
            rows.append({"doc_id": rec["doc_id"], **{c: rec[c] for c in group_cols}, "unit_id": rec["unit_id"],
                         "sentence": sent, "hedge": m.entry, "hedge_kind": kinds[m.entry],
                         "text": sent[m.start:m.end], "start": m.start})
    _warn_cut(cut, "searched for hedges")
    cols = ["doc_id", *group_cols] + HEDGE_COLUMNS[1:]
    return pd.DataFrame(rows, columns=cols)


def unit_counts(units: pd.DataFrame, events: pd.DataFrame, flag: pd.Series | None = None) -> np.ndarray:
    """Number of events per unit, aligned with ``units``.

    Parameters
    ----------
    units : DataFrame
        With ``doc_id`` and ``unit_id``.
    events : DataFrame
        One row per event with ``doc_id`` and ``unit_id`` (attributions,
        hedges, ...).
    flag : Series of bool, optional
        Count only the events where ``flag`` is true (aligned with ``events``).

    Returns
    -------
    ndarray of int
        Count per row of ``units``.
    """
    ev = events if flag is None else events[flag.to_numpy(dtype=bool)]
    if ev.empty:
        return np.zeros(len(units), dtype=int)
    counts = ev.groupby(["doc_id", "unit_id"], sort=False).size()
    idx = pd.MultiIndex.from_arrays([units["doc_id"], units["unit_id"]])
    return counts.reindex(idx, fill_value=0).to_numpy(dtype=int)


def rate_per_1000_words(
    units: pd.DataFrame,
    counts,
    by: str,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Events per 1,000 words in each group, with an interval over articles.

    The rate is ``1000 * sum(counts) / sum(words)``. Its interval
    (:func:`helpers.stats.intervals.bootstrap_cluster_ratio`) takes the
    group's articles, each with all its sentences, as the units: sentences of one article are
    not independent, so resampling sentences (as before issue 12bf-i, with the
    mean sentence length held fixed) gave intervals too narrow. Since issue 12bg-i3 it is the
    cluster-robust t interval of the rate's logarithm, transformed back (asymmetric, never below 0;
    before, a percentile bootstrap over the articles, which covered too seldom with few articles).
    A group of fewer than 3 articles has no interval (NaN bounds,
    :data:`helpers.stats.intervals.MIN_INTERVAL_ARTICLES`); a group with no event gets [0, 0].

    Parameters
    ----------
    units : DataFrame
        Sentences with ``doc_id`` (the article), ``text`` and the column ``by``.
    counts : array-like of int
        Events per sentence, aligned with ``units`` (see :func:`unit_counts`).
    by : str
        Group column.
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_cluster_ratio`.

    Returns
    -------
    DataFrame
        One row per group (sorted): ``by``, ``events``, ``words``,
        ``sentences``, ``n_articles`` (the articles the interval resamples),
        ``rate``, ``ci_low``, ``ci_high``.

    Raises
    ------
    ValueError
        When ``counts`` is not aligned with ``units``, or ``by`` or ``doc_id`` is not a column of ``units``.
    """
    counts = np.asarray(counts, dtype=float)
    if len(counts) != len(units):
        raise ValueError(f"counts has {len(counts)} values for {len(units)} units; align them with units")
    for col in (by, "doc_id"):
        if col not in units.columns:
            raise ValueError(f"{'by=' + repr(by) if col == by else repr(col)} is not a column of units")
    words = units["text"].map(count_words).to_numpy(dtype=float)  # as the corpus counts them (review s80-D)
    docs = units["doc_id"].to_numpy()
    rows = []
    for key, idx in units.groupby(by, sort=True).indices.items():
        c, w = counts[idx], words[idx]
        mean_w = w.mean() if len(w) else np.nan
        scale = 1000.0 / mean_w if mean_w else np.nan
        b = bootstrap_cluster_ratio(c, w, docs[idx], n_boot=n_boot, ci=ci, seed=seed)
        rows.append({by: key, "events": int(c.sum()), "words": int(w.sum()), "sentences": len(idx),
                     "n_articles": b["n_clusters"], "rate": c.mean() * scale,
                     "ci_low": b["ci_low"] * 1000.0, "ci_high": b["ci_high"] * 1000.0})
    return pd.DataFrame(rows, columns=[by, "events", "words", "sentences", "n_articles", "rate", "ci_low", "ci_high"])
