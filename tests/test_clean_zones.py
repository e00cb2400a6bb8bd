"""The line model (helpers.corpus.clean_lines) and the zone helpers (helpers.corpus.clean_zones), on lines written
for the tests: positive and negative examples of each helper that helpers.corpus.clean calls."""
from __future__ import annotations

from helpers.corpus import clean
from helpers.corpus import clean_zones as Z
from helpers.corpus.clean_lines import CleanResult, Line, split_lines
from helpers.corpus.clean_rules import furniture_anywhere

PARA = "The minister said on Tuesday that the talks would resume next week after a pause of several months."
PARA2 = "Officials on both sides said the first round would deal with trade across the border and with visas."
NOTE = "Jane Doe is a senior writer for The Daily Example covering foreign policy."


def _line(text: str) -> Line:
    return Line(0, len(text), text)


def test_split_lines_trims_and_keeps_offsets_into_the_raw_text():
    raw = "  Title here  \r\n\n\tFirst para.\n"
    lines = split_lines(raw)
    assert [ln.text for ln in lines] == ["Title here", "First para."]
    assert all(raw[ln.start:ln.end] == ln.text for ln in lines)
    assert split_lines("") == [] and split_lines("\n \n") == []


def test_clean_result_reads_labels():
    lines = [Line(0, 5, "Title", "headline"), Line(6, 9, "Nav", "furniture", "menu", "a menu"), Line(10, 14, "Body")]
    res = CleanResult(lines)
    assert res.headline == "Title" and res.standfirst == "" and res.text == "Body"
    assert res.removed == [{"start": 6, "end": 9, "text": "Nav", "rule": "menu", "reason": "a menu"}]


def test_full_paragraph_takes_a_long_sentence_not_a_cut_off_teaser_or_a_short_line():
    assert Z.full_paragraph(_line(PARA))
    assert not Z.full_paragraph(_line(PARA[:-1] + "..."))
    assert not Z.full_paragraph(_line("Talks resume next week."))


def test_author_note_and_where_it_ends_the_article():
    assert Z.is_author_note(_line(NOTE))
    assert not Z.is_author_note(_line(PARA))
    assert not Z.is_author_note(_line("Jane Doe is a senior writer for whom?"))
    lines = [_line(PARA), _line(NOTE)]
    assert Z.author_note_ends_article(lines, 1)
    assert not Z.author_note_ends_article(lines + [_line(PARA2)], 1)  # a full paragraph follows: a roundup
    assert not Z.author_note_ends_article(lines, 0)


def test_card_kind():
    assert Z.card_kind(_line("Ministers Agree on New Border Talks"), None) == "T"
    assert Z.card_kind(_line("March 3, 2024"), None) == "D"
    assert Z.card_kind(_line("The talks will resume next week, officials said."), None) == "P"
    assert Z.card_kind(_line(PARA), ("promo", "a promo")) == "O"
    assert Z.card_kind(_line("Tuesday"), ("dateline", "a date")) == "D"
    assert Z.card_kind(_line("Opinion Desk"), None, frozenset({"Opinion Desk"})) == "D"  # a repeated kicker


def test_on_story_title_needs_a_word_of_the_story():
    assert Z.on_story_title(_line("Border Talks Resume After Pause"), {"talks", "border"})
    assert not Z.on_story_title(_line("Border Talks Resume After Pause"), {"weather"})
    assert not Z.on_story_title(_line("Talks"), {"talks"})  # under 3 words


def test_header_start_walks_up_to_the_headline_on_the_story():
    lines = split_lines(f"Home News Sport\n\nBorder Talks Resume After Pause\n\n{PARA}\n\n{PARA2}\n")
    hits = [furniture_anywhere(ln, None) for ln in lines]
    assert Z.header_start(lines, hits, 2) == 1
    assert Z.header_start(lines, hits, 2, lambda: {"talks"}) == 1
    assert Z.header_start(lines, hits, 2, lambda: {"weather"}) == 2  # a title off the story is not the headline


def test_resumes_body_needs_two_full_paragraphs_of_the_story():
    lines = [_line("Related Posts"), _line(PARA), _line(PARA2)]
    assert Z.resumes_body(lines, 1)
    assert not Z.resumes_body(lines, 0)
    assert not Z.resumes_body(lines, 2)  # one paragraph of teaser length, nothing after it
    story = {"minister", "talks", "resume", "border", "trade", "visas", "officials", "pause", "months", "round"}
    assert Z.resumes_body(lines, 1, lambda i: story | {f"word{k}" for k in range(30)})
    assert not Z.resumes_body(lines, 1, lambda i: {f"other{k}" for k in range(40)})  # not the story


def test_clean_still_exports_its_former_names():
    for name in clean.__all__:
        assert hasattr(clean, name), name
    assert clean.Line is Line and clean.split_lines is split_lines
