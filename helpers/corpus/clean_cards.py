"""Lists of story cards and photo galleries that the densest run of prose swallows (issue 11j).

Two page parts read as prose line by line and so end up inside the body block:

* **A list of other stories with a byline on each card** ("Two Republicans Could Blow Up ..." / "By Jane Roe" /
  one-sentence teaser, again and again) after the article. An article has one byline, above it; two or more
  byline lines close together after the body, with no full paragraph between them, are cards.
  :func:`byline_cards_start` finds where the first such card starts: from there on the page is a card list.
* **A photo gallery inside the body**: a run of cards, each the gallery's label again ("UK news in pictures"),
  a date, a caption and a credit. :func:`gallery_runs` finds runs in which the same short label line comes back
  at least :data:`GALLERY_MIN_CARDS` times, at most :data:`GALLERY_MAX_GAP` lines apart, with at most one long
  line (the caption) per card, and the label names pictures or the cards are numbered ("1/50").

Two more parts of a page look like a menu but are the story's: **a list of people** ("Jane Roe, Rutgers University",
"John Doe, 45, of Springfield": an open letter's signatories, the victims, the winners) right after the body.
:func:`people_list_lines` finds such runs; the cleaner keeps them as it keeps a ranking or a table of figures.
And **a list of records** (issue 11k): the same few field labels again and again ("TARGET: ..." / "ATTACKER: ...",
"Age: ..." / "Charge: ..."), each record with its heading and links, as a list of events, cases or candidates
that the story announces. Its headings repeat (the same month, the same state), so the rule on lines repeated on
the page would cut it as a card list; :func:`record_list_lines` finds it, and the cleaner keeps it.

Issue 11n adds **a gallery of credited photos** (:func:`credit_gallery_lines`): captions that do not end like a
sentence, each with a short credit line ("AFP via Getty Images", "Reuters"), again and again, with no label.

Issue 11m adds **copies** among the kept lines (:func:`duplicate_lines`): a summary that the body repeats word for
word further down, and a title cut off with an ellipsis that the headline completes.

All of them work on :class:`helpers.corpus.clean_lines.Line` lists and return line indexes; :mod:`helpers.corpus.clean`
marks the lines.
"""
from __future__ import annotations

import re
from collections import Counter

from .body_block import content_words
from .clean_rules import BARE_CREDIT_MAX_WORDS, BYLINE, PROSE_END, fold, header_furniture, is_bare_credit

__all__ = ["byline_cards_start", "gallery_runs", "credit_gallery_lines", "CREDIT_GALLERY_MIN", "people_list_lines",
           "record_list_lines", "duplicate_lines", "DUPLICATE_MIN_WORDS", "DUPLICATE_MAX_JOIN", "DUPLICATE_MAX_GAP", "RECORD_MIN",
           "RECORD_MAX_GAP", "PEOPLE_RUN_MIN", "BYLINE_CARD_MAX_GAP", "CARD_LONG_WORDS", "GALLERY_MIN_CARDS",
           "GALLERY_MAX_GAP", "captions_above_credits", "CREDITED_CAPTION_MAX_WORDS",
           "embedded_article_lines", "EMBED_MIN_PARAGRAPHS", "EMBED_MAX_LINES",
           "EMBED_MAX_SHARE", "newsletter_box_lines", "NEWSLETTER_BOX_MAX_WORDS", "NEWSLETTER_BOX_WINDOW",
           "donation_box_lines", "DONATION_MAX_WORDS", "DONATION_MAX_GAP",
           "label_link_lines", "LABEL_LINKS_MIN"]

BYLINE_CARD_MAX_GAP = 8
"""Two bylines at most this many lines apart belong to one list of cards."""
CARD_LONG_WORDS = 35
"""A line of this many words between two bylines is a paragraph, not a card's teaser: the bylines are not cards."""
GALLERY_MIN_CARDS = 5
"""A gallery label has to come back at least this many times."""
GALLERY_MAX_GAP = 6
"""Lines from one gallery label to the next (label, date, caption, credit and a spare)."""
_CAPTION_WORDS = 8
RECORD_MIN = 3
"""A field label has to start at least this many lines of a run, and two labels must, for a list of records."""
RECORD_MAX_GAP = 12
"""Lines from one labelled line to the next in one list of records (a record's heading and links between)."""
_FIELD = re.compile(r"^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):\s+\S")
_RECORD_HEAD = 2
_RECORD_LINE_MAX_WORDS = 40
_PICTURES = re.compile(r"\b(?:pictures?|photos?|photographs?|images?|gallery|galleries|slideshow)\b", re.I)
_NUMBERED = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}\b")
_BYLINE_MAX_WORDS = 8


def _is_byline(ln) -> bool:
    return ln.n_words <= _BYLINE_MAX_WORDS and ln.text[:2].lower() == "by" and BYLINE.match(fold(ln.text)) is not None


def byline_cards_start(lines: list, start: int, prose_after) -> int | None:
    """Index of the first line of a byline card list after the article's start, or ``None``.

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    start : int
        The first body paragraph (bylines above it are the article's own).
    prose_after : callable
        ``prose_after(k)``: prose words from line ``k`` to the end of the page; a card list starts only where
        less prose follows than stands between ``start`` and it (the article is above it).

    Returns
    -------
    int or None
        The first line of the card that holds the first of two or more bylines that are at most
        :data:`BYLINE_CARD_MAX_GAP` lines apart with no line of :data:`CARD_LONG_WORDS` words or more between
        them; the card starts at most three lines above its byline, after the last line that ends like a
        sentence and is not a one-sentence teaser of a card above. ``None`` when there is no such pair.
    """
    bylines = [k for k in range(start + 1, len(lines)) if lines[k].label != "furniture" and _is_byline(lines[k])]
    for a, b in zip(bylines, bylines[1:]):
        if b - a > BYLINE_CARD_MAX_GAP or any(lines[k].n_words >= CARD_LONG_WORDS for k in range(a + 1, b)):
            continue
        cut = a
        while cut - 1 > start and a - (cut - 1) <= 3 and lines[cut - 1].n_words < CARD_LONG_WORDS \
                and not (PROSE_END.search(lines[cut - 1].text) and lines[cut - 1].n_words >= 20):
            cut -= 1
        if 2 * prose_after(cut) < prose_after(start):
            return cut
    return None


def _card_ok(lines: list, a: int, b: int) -> bool:
    """At most one long line (a caption) in the card ``lines[a:b]``."""
    return sum(lines[k].n_words >= _CAPTION_WORDS for k in range(a, b)) <= 1


def gallery_runs(lines: list, hits: list) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of photo-gallery card runs (end exclusive).

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        The line rules' verdict on each line (a label a rule names, such as "Share", is not a gallery label).

    Returns
    -------
    list of (int, int)
        One range per gallery: from the label's first occurrence to the end of the last card (as many lines
        after the last label as the cards before it mostly have, while each has the same short or long shape
        as the line at the same place in the card before). Empty when the page has none.
    """
    where: dict[str, list[int]] = {}
    for k, ln in enumerate(lines):
        if 2 <= ln.n_words <= 8 and hits[k] is None and not PROSE_END.search(ln.text):
            where.setdefault(ln.text, []).append(k)
    runs = []
    for label, ks in where.items():
        if len(ks) < GALLERY_MIN_CARDS:
            continue
        run = [ks[0]]
        for k in ks[1:]:
            if k - run[-1] <= GALLERY_MAX_GAP and _card_ok(lines, run[-1] + 1, k):
                run.append(k)
                continue
            if len(run) >= GALLERY_MIN_CARDS:
                break
            run = [k]
        if len(run) < GALLERY_MIN_CARDS:
            continue
        numbered = any(_NUMBERED.match(lines[k].text) for k in range(run[0], run[-1]))
        if not (_PICTURES.search(label) or numbered):
            continue
        gaps = sorted(b - a for a, b in zip(run, run[1:]))
        width, prev = gaps[len(gaps) // 2], run[-2]
        end = run[-1] + 1
        while end < len(lines) and end - run[-1] < width and end - run[-1] < run[-1] - prev \
                and (lines[end].n_words < _CAPTION_WORDS) == (lines[prev + end - run[-1]].n_words < _CAPTION_WORDS):
            end += 1
        runs.append((run[0], end))
    return sorted(runs)


CREDIT_GALLERY_MIN = 5
"""A gallery of credited photos has at least this many credit lines that a caption rule names."""
_CREDIT_LINE_WORDS = 6
_CARD_LEAD = 3
_CARD_MAX_WORDS = 60


def _card_line(ln, hit) -> bool:
    """A caption, a credit or a widget: a line that a rule names, or one of at most 60 words not ending a sentence."""
    return hit is not None or (ln.n_words <= _CARD_MAX_WORDS and not PROSE_END.search(ln.text))


def credit_gallery_lines(lines: list, hits: list, start: int = 0) -> set[int]:
    """Lines of photo galleries whose cards are a caption and a short credit line (issue 11n).

    A run of at least :data:`CREDIT_GALLERY_MIN` short credit lines (at most 6 words that a caption rule names:
    "AFP via Getty Images") at most :data:`GALLERY_MAX_GAP` lines apart, with nothing between two of them but
    lines that do not end like a sentence (captions, bare credits such as "Reuters") or that a rule names, and in
    which at least half of the cards hold a line that no rule names (a caption), is a gallery: its lines from the first card's caption (up to 3 such lines above the first credit) to the last
    credit are returned. A paragraph of the story ends with a full stop and so parts the run: photos between
    paragraphs, each with its credit, are not a gallery; nor are bare credits in a row with a few embedded posts
    between them (photos without captions, the posts being the story's).

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        The line rules' verdict on each line, ``(rule, reason)`` or ``None``.
    start : int
        The first line that may belong to a gallery (the body's first paragraph).

    Returns
    -------
    set of int
        Indexes of the galleries' lines (empty when the page has none).
    """
    credits = [k for k in range(start, len(lines)) if hits[k] is not None and hits[k][0] == "caption"
               and lines[k].n_words <= _CREDIT_LINE_WORDS]
    out: set[int] = set()
    run: list[int] = []
    for k in credits + [None]:
        if k is not None and run and k - run[-1] <= GALLERY_MAX_GAP \
                and all(_card_line(lines[j], hits[j]) for j in range(run[-1] + 1, k)):
            run.append(k)
            continue
        captioned = sum(any(hits[j] is None or hits[j][0] == "caption" and lines[j].n_words > _CREDIT_LINE_WORDS
                            for j in range(x + 1, y)) for x, y in zip(run, run[1:]))
        if len(run) >= CREDIT_GALLERY_MIN and 2 * captioned >= len(run) - 1:
            a = run[0]
            while a > start and run[0] - a < _CARD_LEAD and _card_line(lines[a - 1], hits[a - 1]):
                a -= 1
            out.update(range(a, run[-1] + 1))
        run = [] if k is None else [k]
    return _join_galleries(lines, out)


def _join_galleries(lines: list, out: set[int]) -> set[int]:
    """Two galleries at most :data:`GALLERY_MAX_GAP` lines apart with one card-sized line ending like a sentence
    between them (a caption that ends with a full stop parted one gallery) are one (issue 11o)."""
    ks = sorted(out)
    for x, y in zip(ks, ks[1:]):
        gap = range(x + 1, y)
        if 1 < y - x <= GALLERY_MAX_GAP and all(lines[j].n_words <= _CARD_MAX_WORDS for j in gap) \
                and sum(bool(PROSE_END.search(lines[j].text)) for j in gap) <= 1:
            out.update(gap)
    return out


PEOPLE_RUN_MIN = 5
"""A list of people has at least this many name lines in a row."""
_NAME = re.compile(r"^(?:(?:[A-Z]\.){1,3}|[A-Z][\w'\u2019-]*\.?)(?:\s+(?:(?:[A-Z]\.){1,3}|[A-Z][\w'\u2019-]*\.?|de|van|von|da|del|la|le|bin|al)){1,4}"
                   r"(?:,\s+\S.*)?$")
_PEOPLE_MAX_WORDS = 12
_COMMA_SHARE = 0.4


def _person(ln, hit) -> bool:
    return hit is None and ln.n_words <= _PEOPLE_MAX_WORDS and _NAME.match(ln.text) is not None \
        and not (ln.text.endswith((".", "!", "?")) and ", " not in ln.text)


def people_list_lines(lines: list, hits: list, start: int) -> set[int]:
    """Lines from ``start`` on that are a list of people: the signatories of a letter, the victims, the winners.

    A run of at least :data:`PEOPLE_RUN_MIN` lines in a row, each a capitalised name of two to five words
    (initials and particles such as "de" or "van" allowed), alone or followed by a comma and a descriptor
    ("Saladin Ambar, Rutgers University", "Maria Lopez, 34, of Leeds"), with at most
    :data:`_PEOPLE_MAX_WORDS` words, and at least 40% of them with the comma: a menu of capitalised items
    ("Current Issue", "The Latest") has no commas. Lines that a furniture rule named break a run.

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        Furniture rule per line (``(rule, reason)`` or ``None``).
    start : int
        First line index looked at.

    Returns
    -------
    set of int
        Indexes of the lines of such runs.
    """
    out: set[int] = set()
    run: list[int] = []
    for j in range(start, len(lines) + 1):
        if j < len(lines) and _person(lines[j], hits[j]):
            run.append(j)
            continue
        if len(run) >= PEOPLE_RUN_MIN and sum(", " in lines[k].text for k in run) >= _COMMA_SHARE * len(run):
            out.update(run)
        run = []
    return out


def _field(ln, hit) -> str | None:
    if hit is not None or ln.n_words > _RECORD_LINE_MAX_WORDS:
        return None
    m = _FIELD.match(ln.text)
    return m.group(1).lower() if m else None


def record_list_lines(lines: list, hits: list, start: int) -> set[int]:
    """Lines from ``start`` on that are a list of records: events, cases or candidates, field by field.

    A run of lines that start with a field label (one to three words, capitalised, then a colon and a value:
    "TARGET: Two police officers wounded", "Age: 34"), at most :data:`RECORD_MAX_GAP` lines apart, in which at
    least two labels each start :data:`RECORD_MIN` or more lines, is a list of records of the story: a list of
    other stories has no fields, and a promo label ("Related:", "READ MORE:") is one label, not two, and a line
    rule names it. The run is kept from up to two lines above its first labelled line (the first record's
    heading: a place, a date) to the end of its last record (as many lines after the last labelled line as a
    record has, at most; a line that a furniture rule named, or one of 35+ words, ends it).

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        Furniture rule per line (``(rule, reason)`` or ``None``); a named line is no field and ends a record.
    start : int
        First line index looked at.

    Returns
    -------
    set of int
        Indexes of the lines of such runs (the labelled lines and the lines between and around them).
    """
    labelled = [(j, f) for j in range(start, len(lines)) if (f := _field(lines[j], hits[j])) is not None]
    runs, run = [], []
    for j, f in labelled:
        if run and j - run[-1][0] > RECORD_MAX_GAP:
            runs.append(run)
            run = []
        run.append((j, f))
    if run:
        runs.append(run)
    out: set[int] = set()
    for run in runs:
        counts: dict[str, list[int]] = {}
        for j, f in run:
            counts.setdefault(f, []).append(j)
        fields = [f for f, js in counts.items() if len(js) >= RECORD_MIN]
        if len(fields) < 2:
            continue
        first = min(counts[f][0] for f in fields)
        last = max(counts[f][-1] for f in fields)
        steps = sorted(b - a for f in fields for a, b in zip(counts[f], counts[f][1:]))
        period = steps[len(steps) // 2]
        a = first
        while a > start and first - a < _RECORD_HEAD and hits[a - 1] is None and lines[a - 1].n_words < CARD_LONG_WORDS:
            a -= 1
        b = last
        while b + 1 < len(lines) and b + 1 - last < period and hits[b + 1] is None \
                and lines[b + 1].n_words < CARD_LONG_WORDS:
            b += 1
        out.update(range(a, b + 1))
    return out


DUPLICATE_MIN_WORDS = 10
"""A kept line of at least this many words that the body repeats further down is a copy (issue 11m)."""
DUPLICATE_MAX_JOIN = 3
"""...repeated as one line or as this many consecutive kept lines at most (a summary printed as one block)."""
DUPLICATE_MAX_GAP = 8
"""...and the body's copy starts at most this many lines further down: a dek or caption stands next to the text it
repeats, while a page of sections (a FAQ per operator, a table per region) may say the same thing far apart."""
_ELLIPSIS = ("...", "\u2026")
_CODE = re.compile(r"[={}]|<-|->")
"""A line of code: a tutorial may show the same line twice on purpose."""
_CREDIT_END = re.compile(r"\s*\([^()]{1,40}\)\s*$")
"""A short bracket at the end of a line ("(screen grab)", "(AP Photo)"): a caption's credit."""


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _head(text: str) -> tuple:
    """The first three words of a line, lower-cased (two copies of one text start alike)."""
    return tuple(text[:80].lower().split(None, 3)[:3])


def _is_copy(lines: list, kept: list[int], p: int, twins: list[int], key) -> bool:
    """Whether the kept line ``kept[p]`` is a long body line that one of the ``twins`` (positions in ``kept``) repeats."""
    ln = lines[kept[p]]
    if ln.label not in ("body", "standfirst") or ln.n_words < DUPLICATE_MIN_WORDS or _CODE.search(ln.text):
        return False
    texts = [key(kept[p])]
    if ln.text.rstrip().endswith(")"):
        texts.append(_key(_CREDIT_END.sub("", ln.text)))
    return any(_repeated_at(texts, kept, q, key) for q in twins)


def _repeated_at(texts: list[str], kept: list[int], q: int, key) -> bool:
    """Whether one of ``texts`` is the kept line ``kept[q]``, or it and the next one or two kept lines joined."""
    for text in texts:
        joined = key(kept[q])
        for m in range(1, DUPLICATE_MAX_JOIN + 1):
            if joined == text:
                return True
            if q + m >= len(kept) or len(joined) >= len(text) or not text.startswith(joined):
                break
            joined = joined + " " + key(kept[q + m])
    return False


def duplicate_lines(lines: list) -> list[int]:
    """Kept lines that are copies of text kept elsewhere: a summary the body repeats, a cut-off title.

    Two kinds of copy end up among the kept lines, because each reads as prose or a title on its own:

    * **a paragraph the body repeats word for word a few lines further down** (at most :data:`DUPLICATE_MAX_GAP`):
      a summary or dek printed above the body that is
      its first paragraph again, or one block that is the next two or three paragraphs run together (a page that
      prints its lead twice, a caption that repeats the lead with a short credit in brackets). The earlier copy is the furniture: the body's own paragraph stays where it stands.
      Only lines of :data:`DUPLICATE_MIN_WORDS` words or more count, so a short refrain or a repeated "Yes." stays,
      and no line of code (a tutorial shows the same line twice on purpose).
    * **a title cut off with an ellipsis** ("Council votes to buy the old...") whose words start another kept
      line (the headline): the teaser form of the same title.

    Parameters
    ----------
    lines : list of Line
        The article's lines, labelled (``body``, ``standfirst``, ``headline``, ``subheading`` or ``furniture``).

    Returns
    -------
    list of int
        Indexes of the copies (body or standfirst lines), in document order.
    """
    kept = [k for k, ln in enumerate(lines) if ln.label != "furniture"]
    keys: dict[int, str] = {}

    def key(j: int) -> str:
        if j not in keys:
            keys[j] = _key(lines[j].text)
        return keys[j]

    by_head: dict[tuple, list[int]] = {}  # the first words: a cheap test before the whole texts are compared
    for p, k in enumerate(kept):
        by_head.setdefault(_head(lines[k].text), []).append(p)
    out = []
    for ps in by_head.values():
        for a, p in enumerate(ps[:-1]):
            k = kept[p]
            twins = [q for q in ps[a + 1:] if kept[q] <= k + DUPLICATE_MAX_GAP]
            if twins and _is_copy(lines, kept, p, twins, key):
                out.append(k)
    cut = [k for k in kept if lines[k].text[-6:].rstrip().endswith(_ELLIPSIS)
           and lines[k].label in ("body", "standfirst") and lines[k].n_words >= 4]
    for k in cut:
        stem = _key(lines[k].text.rstrip().rstrip(".\u2026"))
        if any(j != k and key(j).startswith(stem) and len(lines[j].text) > len(stem) for j in kept):
            out.append(k)
    return sorted(set(out))


CREDITED_CAPTION_MAX_WORDS = 40
"""A caption right above an agency's credit line has at most this many words (issue 11o)."""


def captions_above_credits(lines: list, hits: list) -> list[int]:
    """Photo captions that stand right above an agency's bare credit line (issue 11o).

    News pages print a photo's caption and, on the next line, its credit ("Workers clean the square after the
    parade" / "Reuters"). A line that no rule names, of 3 to :data:`CREDITED_CAPTION_MAX_WORDS` words, that does not
    end like a sentence (a caption rarely does; a paragraph does: a photo without a caption between two paragraphs
    leaves the paragraph above alone), right above a line that only names agencies
    (:func:`helpers.corpus.clean_rules.is_bare_credit`), is the caption. A title-like line (a subheading above a
    photo) is a caption too; a line ending with a colon (a lead-in) is not, nor an embedded post (a handle "@...",
    a "pic." link: posts stand between bare credits of uncaptioned photos).

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        The line rules' verdict on each line, ``(rule, reason)`` or ``None``.

    Returns
    -------
    list of int
        Indexes of the captions, in order.
    """
    out = []
    for k in range(1, len(lines)):
        ln, cap = lines[k], lines[k - 1]
        if hits[k] is None or hits[k - 1] is not None or ln.n_words > BARE_CREDIT_MAX_WORDS \
                or not 3 <= cap.n_words <= CREDITED_CAPTION_MAX_WORDS:
            continue
        end = cap.text.rstrip()[-1:]
        if end in ":;," or PROSE_END.search(cap.text.rstrip()) or "@" in cap.text or "pic." in cap.text \
                or not is_bare_credit(ln.text, ln.n_words):
            continue
        out.append(k - 1)
    return out


EMBED_MIN_PARAGRAPHS = 2
"""An embedded article has at least this many paragraphs under its title and byline (issue 11o)."""
EMBED_MAX_LINES = 60
"""...and ends at most this many lines after its byline."""
EMBED_MAX_SHARE = 0.1
"""...and shares less than this share of its longer words (title and paragraphs) with the story above it: a box on
another story. A sidebar on the story's own subject (an explainer, a correspondent's analysis, a fact check, a
section by another author) shares more (0.14-0.39 in five AllSides articles, read in issue 11o) and stays."""
_EMBED_TITLE_MAX_WORDS = 25
_PARAGRAPH_WORDS = 10


def _shares(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def _inner_byline(ln, hit) -> bool:
    if hit is not None or ln.n_words > 12 or PROSE_END.search(ln.text.rstrip()):
        return False
    h = header_furniture(ln)
    return h is not None and h[0] == "byline"


def embedded_article_lines(lines: list, hits: list, values: list, first_prose: int, end: int) -> list[int]:
    """Lines of another article printed inside the body: a title, a byline, and paragraphs on another story, after
    which the story goes on (issue 11o).

    Some pages print a related story whole inside the article ("Prince opens new bridge" / "By Jane Roe for
    Example News" / its paragraphs). Once the story is under way (two of its paragraphs above), a byline that follows
    a title-like line (at most 25 words, not ending with a full stop) opens such a box; the box's first paragraph
    is the box's, and each later paragraph stays in it while it shares more of its longer words with the box so far
    (title and paragraphs) than with the story above the box. The first paragraph that shares more with the story
    closes the box; the box is removed only when it closes so, with at least :data:`EMBED_MIN_PARAGRAPHS`
    paragraphs and within :data:`EMBED_MAX_LINES` lines, and when it is off the story (less than
    :data:`EMBED_MAX_SHARE` of its longer words in the story above). A box that runs to the end of the block or to another
    byline is not removed: a roundup of several authors' pieces, each under its own title and byline, is the
    article.

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        The line rules' verdict on each line, ``(rule, reason)`` or ``None``; lines already marked furniture
        (an author box) count as named too.
    values : list of float
        Each line's prose value (its words when it reads as a sentence).
    first_prose : int
        The body's first paragraph.
    end : int
        One past the body block's last line.

    Returns
    -------
    list of int
        Indexes of the boxes' lines that no rule names, in order.
    """
    if not any(ln.n_words <= 12 and "by" in ln.text[:24].lower() for ln in lines[first_prose + 2:end]):
        return []  # no byline inside the body: nothing to look at (most pages)
    hits = [h if h is not None or ln.label != "furniture" else (ln.rule, ln.reason) for ln, h in zip(lines, hits)]
    out: list[int] = []
    paras: list[int] = []
    k = first_prose
    while k < end:
        ln = lines[k]
        if len(paras) >= 2 and ln.n_words <= 12 and "by" in ln.text[:24].lower() and _inner_byline(ln, hits[k]) \
                and k - 1 > first_prose and hits[k - 1] is None \
                and lines[k - 1].n_words <= _EMBED_TITLE_MAX_WORDS and not PROSE_END.search(lines[k - 1].text):
            main = set().union(*(content_words(lines[j].text) for j in paras))
            close = _embedded_end(lines, hits, values, k, end, main)
            if close is not None:
                out += [j for j in range(k - 1, close) if hits[j] is None]
                k = close
                continue
        if hits[k] is None and values[k] >= _PARAGRAPH_WORDS:
            paras.append(k)
        k += 1
    return out


def _embedded_end(lines: list, hits: list, values: list, b: int, end: int, main: set[str]) -> int | None:
    """Where the box whose byline is line ``b`` closes: the first paragraph that shares more with the story above
    than with the box; None when the box does not close so (see :func:`embedded_article_lines`)."""
    box = content_words(lines[b - 1].text)
    n = 0
    for j in range(b + 1, min(end, b + EMBED_MAX_LINES)):
        if _inner_byline(lines[j], hits[j]):
            return None  # another piece under its own byline: a roundup, not a box
        if hits[j] is not None or values[j] < _PARAGRAPH_WORDS:
            continue
        words = content_words(lines[j].text)
        if n and _shares(words, main) > _shares(words, box):
            return j if n >= EMBED_MIN_PARAGRAPHS and _shares(box, main) < EMBED_MAX_SHARE else None
        box |= words
        n += 1
    return None


NEWSLETTER_BOX_MAX_WORDS = 20
"""A line of a newsletter box has at most this many words (issue 11o)."""
NEWSLETTER_BOX_WINDOW = 2
"""...and stands at most this many lines from a sign-up line that a rule named."""
_SIGN_UP_ANCHOR = re.compile(r"newsletter|sign[\s-]?up|subscri|e-?mail|inbox|mailing\s+list", re.I)
_BOX_BLURB = re.compile(r"\b(?:daily|weekly|delivered|inbox|newsletters?|e-?mails?|promotional|consent|mailing\s+list|"
                        r"sign[\s-]?up|subscri\w+|insights|receive)\b|\blatest\s+news\b", re.I)
_QUOTE_CHARS = ('"', "\u201c", "\u201d")
_BLURB_MAX_SHARED = 1
_BLURB_MAX_SHARE = 0.25


def newsletter_box_lines(lines: list) -> list[int]:
    """Body lines of a newsletter sign-up box inside or after the article (issue 11o).

    A sign-up box holds, besides the lines the rules name ("Sign up for our newsletter", "Email"), a blurb
    ("Essential news, delivered daily", "The latest news and insights from our reporters", "You may occasionally
    receive promotional content"). A kept line of at most :data:`NEWSLETTER_BOX_MAX_WORDS` words, with a newsletter
    word (daily, weekly, delivered, inbox, newsletter, email, promotional, consent, mailing list, sign up,
    subscribe, insights, receive, latest news) and no quotation mark, at most :data:`NEWSLETTER_BOX_WINDOW` lines
    from a line marked furniture that names a newsletter, a sign-up, an email or an inbox, and that shares at most
    one of its longer words (and less than a quarter of them) with the rest of the body, is the box's. A sentence
    of the story next to such a widget ("The council will meet daily until the budget is agreed") shares the story's
    words and stays.

    Parameters
    ----------
    lines : list of Line
        The page's lines, labelled.

    Returns
    -------
    list of int
        Indexes of the boxes' kept lines, in order.
    """
    signs = [j for j, ln in enumerate(lines) if ln.label == "furniture" and _SIGN_UP_ANCHOR.search(ln.text)]
    if not signs:
        return []
    near = {k for j in signs for k in range(j - NEWSLETTER_BOX_WINDOW, j + NEWSLETTER_BOX_WINDOW + 1)}
    idx = [k for k, ln in enumerate(lines) if ln.label in ("body", "subheading")]
    cand = [k for k in idx if k in near and lines[k].n_words <= NEWSLETTER_BOX_MAX_WORDS
            and _BOX_BLURB.search(lines[k].text)
            and not any(q in lines[k].text for q in _QUOTE_CHARS)]
    if not cand:
        return []
    words = {k: content_words(lines[k].text) for k in idx}
    out = []
    for k in cand:
        rest = set().union(*(w for j, w in words.items() if j != k))
        shared = len(words[k] & rest)
        if shared <= _BLURB_MAX_SHARED and shared < _BLURB_MAX_SHARE * max(1, len(words[k])):
            out.append(k)
    return out


DONATION_MAX_WORDS = 25
"""A line of a donation box has at most this many words (issue 11o)."""
DONATION_MAX_GAP = 3
"""...and another such line stands at most this many lines from it: an appeal is a box of two or more lines."""
_DONATION = re.compile(r"\b(?:donat\w*|contribut\w*|your\s+support|support\s+(?:us|our|local|independent)\b|"
                       r"become\s+a\s+(?:member|supporter|patron)|funded\s+by|member\s+donations?)", re.I)
_APPEAL_VOICE = re.compile(r"\b(?:you|your|we|our|us)\b|^(?:donate|support|give|become|make|join|help)\b|\bfunded\s+by\b",
                           re.I)


def donation_box_lines(lines: list) -> list[int]:
    """Kept lines of a box that asks the reader for money (issue 11o).

    "We rely on your support to make local news available to all" / "Make your contribution now. Donate today" /
    "The site is funded by sponsors and member donations": a line of at most :data:`DONATION_MAX_WORDS` words that
    speaks of donations, contributions or the reader's support, in the site's voice (you, your, we, our, us, an
    imperative "Donate ...", "funded by"), with no quotation mark, is such a line when another one stands at most
    :data:`DONATION_MAX_GAP` lines from it. A story about a fundraiser ("The campaign raised $5 million in
    donations.", "Contributions from small donors made up half.") does not speak to the reader, and a quoted appeal
    is a speaker's: they stay.

    Parameters
    ----------
    lines : list of Line
        The page's lines, labelled.

    Returns
    -------
    list of int
        Indexes of the boxes' kept lines, in order.
    """
    cand = [k for k, ln in enumerate(lines) if ln.label != "furniture" and ln.n_words <= DONATION_MAX_WORDS
            and _DONATION.search(ln.text) and _APPEAL_VOICE.search(ln.text)
            and not any(q in ln.text for q in _QUOTE_CHARS)]
    return [k for i, k in enumerate(cand)
            if (i > 0 and k - cand[i - 1] <= DONATION_MAX_GAP) or (i + 1 < len(cand) and cand[i + 1] - k <= DONATION_MAX_GAP)]


LABEL_LINKS_MIN = 3
"""A box of links with a label each has at least this many lines in a row (issue 11o)."""
_LABEL_LINK = re.compile(r"^([A-Z][A-Z'\u2019&-]*(?:\s+[A-Z][A-Z'\u2019&-]*){0,2})\s*:\s+(\S.*)$")
_LABEL_LINK_MAX_WORDS = 12


def _label_of(ln) -> str | None:
    """The capitals label of a "LABEL: Title" link line ("VIDEO: The 20-second hand wash"), else None."""
    if ln.n_words > _LABEL_LINK_MAX_WORDS or ":" not in ln.text[:40] or ln.text.rstrip().endswith("."):
        return None
    m = _LABEL_LINK.match(ln.text.strip())
    return m.group(1) if m is not None and any(c.isalpha() for c in m.group(1)) else None


def label_link_lines(lines: list) -> list[int]:
    """Kept lines of a box of links to other stories, each under its own label in capitals (issue 11o).

    "A SIMPLE GUIDE: How do I protect myself?" / "VIDEO: The 20-second hand wash" / "STRESS: How to look after your
    mental health": at least :data:`LABEL_LINKS_MIN` kept lines in a row (lines marked furniture between them do not
    part the run) of at most 12 words, each a label of one to three words in capitals, a colon and a title that does
    not end with a full stop, with no label found on another kept line of the page. A transcript's turns ("SMITH:
    Right" / "ROE: Yes?") repeat their speakers' names, a list of records its field labels ("DATE: ..." / "TARGET:
    ..." in every record), and a speaker's turn is a sentence: they stay.

    Parameters
    ----------
    lines : list of Line
        The page's lines, labelled.

    Returns
    -------
    list of int
        Indexes of the boxes' lines, in order.
    """
    out: list[int] = []
    run: list[int] = []
    kept = [k for k, ln in enumerate(lines) if ln.label != "furniture"]
    seen = Counter(label for label in (_label_of(lines[k]) for k in kept) if label is not None)
    if sum(seen.values()) < LABEL_LINKS_MIN:
        return []
    for k in kept + [None]:
        label = _label_of(lines[k]) if k is not None else None
        if label is not None:
            run.append(k)
            continue
        labels = [_label_of(lines[j]) for j in run]
        if len(run) >= LABEL_LINKS_MIN and all(seen[x] == 1 for x in labels):
            out += run
        run = []
    return out
