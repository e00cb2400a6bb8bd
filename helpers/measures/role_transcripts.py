"""Issue 12at-c: the speakers of transcripts and interviews, read from the turns of their speaker labels.

A transcript or a Q&A interview gives its speakers as labels at the start of a sentence ("ANN COLE: ...",
"Ben Kay: ...", "BK: ..."); the sentences up to the next label are that speaker's turn. Four forms of English say who a
label is when no title or apposition does:

* the host: a turn that opens the show or welcomes its guests ("we're joined by", "joining us now", "Welcome to ...",
  "thank you for being with us", "Stay with us", "When we come back", "I'm <the label's own name>") is a journalist's;
* the co-host: in a transcript with a host found so, the label of the article's first sentence is a journalist's too;
* the interviewer of a Q&A: in an article whose writer says before the first label that they interviewed someone
  ("I spoke with", "sat down with me", "our conversation"), a label not named in that introduction whose turns
  mostly ask questions is the writer, a journalist;
* initials: a label of two to four capitals that are the initials of another label of the article ("Ben Kay: ..."
  then "BK: ...") is that speaker, with that speaker's role (and the other way round, for an interviewer found by
  initials).

No name of a person, show or outlet decides anything. The roles are kept apart from the names the role tagger and the pronoun resolver
read (see :meth:`helpers.measures.source_roles.RoleTagger.turn_role`): they type only a label's own attributions, never
a pronoun resolved to a label (in a turn the speaker says "I"; a "he" there is someone else), and no span changes.
"""
from __future__ import annotations

import re
from typing import Callable

from .attribution_cues import _NOT_LABEL_WORDS, _NOT_LABELS

__all__ = ["turns", "transcript_roles"]

_TURN = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin|del|da)){0,3})\s*:\s+\S")
"""A speaker label at the start of a sentence (one to four capitalised words, a colon, then text)."""
_HOST = re.compile(
    r"(?<![\w'\u2019-])(?:[Ww]e(?:['\u2019]re|\s+are|['\u2019]ll\s+be|\s+will\s+be)(?:\s+(?:now|also|again))?\s+joined\s+"
    r"(?:(?:now|today|here|again|also|first)\s+)?by"
    r"|join(?:ing|s)\s+us\s+(?:now|today|here|again|from|live|in\s+(?:our|the)\s+studio)"
    r"|[Ww]elcome(?:,?\s+(?:both\s+of\s+you|you\s+both|you|back))?,?\s+(?:back\s+)?to\s+(?:the\s+)?"
    r"(?:[A-Z]|show\b|program\b|programme\b|broadcast\b)"
    r"|[Tt]hank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:being\s+(?:with|here\s+with)\s+us|joining\s+us)"
    r"|[Ss]tay\s+with\s+us|[Ww]hen\s+we\s+come\s+back|[Ww]e(?:['\u2019]ll|\s+will)\s+be\s+right\s+back)(?![\w-])")
"""What a host says: opening the show, welcoming and thanking guests, the break."""
_I_AM = re.compile(r"(?<![\w'\u2019-])I['\u2019]m\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")
_INTERVIEW = re.compile(
    r"(?<![\w'\u2019-])(?:(?:I|[Ww]e)\s+(?:recently\s+)?(?:spoke|talked|sat\s+down|caught\s+up|chatted)\s+(?:with|to)"
    r"|(?:spoke|talked|sat\s+down|chatted)\s+(?:with|to)\s+(?:me|us)"
    r"|(?:I|[Ww]e)\s+interviewed"
    r"|(?:[Oo]ur|[Mm]y)\s+(?:recent\s+)?(?:conversation|interview|talk|chat|exchange)s?)(?![\w-])")
"""The writer says they interviewed someone ("I spoke with", "sat down with me", "our conversation")."""
_INITIALS = re.compile(r"[A-Z]{2,4}")
_QUESTION = re.compile(r"\?[\s\"'\u201d\u2019)\]]*$")


def _label(sentence: str) -> str:
    """The speaker label that opens ``sentence`` ('' if none; web page labels and function words are none)."""
    m = _TURN.match(sentence[:200])
    if not m:
        return ""
    label = m.group(1)
    words = [w.lower().strip(".") for w in label.split()]
    if " ".join(words) in _NOT_LABELS or words[0] in _NOT_LABELS or words[0] in _NOT_LABEL_WORDS or words[-1] in _NOT_LABELS:
        return ""
    return label


def turns(sentences: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The sentences before the first label and the turns of a transcript.

    Parameters
    ----------
    sentences : list of str
        The article's sentences, in order.

    Returns
    -------
    (list of str, list of tuple)
        ``(intro, [(label, sentences), ...])``: a sentence that opens with a label starts a turn (its text after the
        colon is the turn's first sentence); the sentences after it belong to that turn until the next label. An
        article with fewer than two distinct labels or fewer than four label sentences is no transcript:
        ``(sentences, [])``.
    """
    intro: list[str] = []
    out: list[tuple[str, list[str]]] = []
    for s in sentences:
        label = _label(s)
        if label:
            out.append((label, [s[s.index(":", len(label)) + 1:].strip()]))
        elif out:
            out[-1][1].append(s)
        else:
            intro.append(s)
    if len({" ".join(lab.lower().split()) for lab, _ in out}) < 2 or len(out) < 4:
        return list(sentences), []
    return intro, out


def _key(label: str) -> str:
    return " ".join(label.lower().split())


def _initials(label: str) -> str:
    """The initials of a label of two or more words ("Ann Lee-Cole" -> "ALC"); '' for one word."""
    words = [w for w in re.split(r"[\s-]+", label) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _in_text(word: str, text: str, words: set[str]) -> bool:
    """Does ``text`` hold ``word`` as a whole word? ``words`` is the set of the text's ``\\w+`` runs: a word of word
    characters only is looked up there (no search of the text per label); another ("Dr.", "O'Neil") is searched."""
    if re.fullmatch(r"\w+", word):
        return word in words
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def transcript_roles(sentences: list[str], role_of: Callable[[str], str]) -> list[tuple[str, str, str]]:
    """The roles the turns of a transcript give its labels: ``[(label, role, evidence), ...]``.

    Parameters
    ----------
    sentences : list of str
        The article's sentences, in order.
    role_of : callable
        The role the article already gives a phrase ('' or "unknown" if none): used for the speaker that initials
        stand for, after the hosts and interviewers are known.

    Returns
    -------
    list of tuple
        Hosts and interviewers (``"journalist_media"``), then initials with the role of the speaker they stand for.
    """
    intro, turn_list = turns(sentences)
    if not turn_list:
        return []
    out: list[tuple[str, str, str]] = []
    found: dict[str, str] = {}
    asks: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for label, sents in turn_list:
        key = _key(label)
        labels.setdefault(key, label)
        asks.setdefault(key, [0, 0])
        asks[key][0] += 1
        asks[key][1] += any(_QUESTION.search(s) for s in sents)
        if key in found:
            continue
        for s in sents:
            m = _HOST.search(s)
            me = _I_AM.search(s)
            if m or (me and _key(me.group(1)) == key):
                found[key] = "journalist_media"
                out.append((label, "journalist_media", (m or me).group(0)))
                break
    first = turn_list[0][0]
    if found and not intro and _key(first) not in found:  # the co-host who opens the show
        found[_key(first)] = "journalist_media"
        out.append((first, "journalist_media", "opens the transcript"))
    intro_text = " ".join(intro)
    if _INTERVIEW.search(intro_text):
        intro_words = set(re.findall(r"\w+", intro_text))  # read once: one search per label would be quadratic
        for key, (n, q) in asks.items():
            words = [w for w in re.split(r"[\s-]+", labels[key]) if len(w) > 1]
            if key in found or n < 2 or 2 * q < n or any(_in_text(w, intro_text, intro_words) for w in words):
                continue
            found[key] = "journalist_media"
            out.append((labels[key], "journalist_media", "interviewer"))
    by_turns = dict(found)
    full = {}
    for key, label in labels.items():
        ini = _initials(label)
        if ini:
            full.setdefault(ini, []).append(label)
    for key, label in labels.items():
        if key in found or not _INITIALS.fullmatch(label) or len(full.get(label, [])) != 1:
            continue
        whole = full[label][0]
        role = found.get(_key(whole)) or role_of(whole)
        if role and role not in ("unknown", "anonymous"):
            out.append((label, role, f"{label}: {whole}"))
            found[key] = role
    for ini, (whole, *more) in full.items():  # "Ann Lee-Cole: ..." once, then "ALC: ..." found an interviewer
        if not more and _key(whole) not in found and _key(ini) in by_turns:
            out.append((whole, by_turns[_key(ini)], f"{ini}: {whole}"))
    return out
