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


def _expander_page(rest: str) -> str:
    lead = ("The flood reached the harbour town of Kelmouth on Tuesday, forcing the council to evacuate the lower "
            "streets and close the ferry terminal. Rescue crews from three counties worked through the night to reach "
            "families stranded on the upper floors of their homes, the fire service said.\n\n"
            "The river rose faster than any forecast had warned, residents said, and the council's flood barriers "
            "were overtopped within an hour of the evening high tide.")
    return ("Flood forces evacuation of Kelmouth\n\n" + lead + "\n\nRead More\n\n" + rest)


def test_a_story_run_into_one_line_after_an_expander_resumes_the_body():
    # review s76: CNN's "Read More" expander after the first paragraphs, then the rest of the story flattened into
    # one 860-word line that ends with a label ("CNN Map"), not a sentence end: 863 words were cut as the page's tail
    story = ("Rescue crews said the flood had cut the harbour road in two places. The council opened the school hall to "
             "evacuated families. The fire service said forty people were taken from the upper floors of their homes. "
             "Residents of the lower streets said the river rose within an hour of the tide. The ferry terminal will stay "
             "closed until the harbour wall is inspected. Forecasters said more rain would reach Kelmouth on Thursday, "
             "and the council asked families near the river to be ready to leave again. Kelmouth Map")
    page = _expander_page(story)
    body = clean.clean_article(page).text
    assert "The ferry terminal will stay closed" in body and "forty people were taken" in body
    assert "Read More" not in body


def test_a_run_on_line_of_other_stories_after_the_marker_stays_out():
    # the same shape on other subjects (a related-stories strip joined into one line) is not the story
    others = ("Stocks fell in Tokyo as chip makers slid. Analysts expect the central bank to hold rates. A new museum of "
              "modern design opens in Lisbon. Critics praised its glass roof. Tennis champion withdraws from the open "
              "with a wrist injury. Her coach said she would return in spring. Recipes for a quick winter soup. More "
              "Stories")
    page = _expander_page(others)
    body = clean.clean_article(page).text
    assert "Stocks fell in Tokyo" not in body and "council's flood barriers" in body


def test_run_on_needs_five_sentence_ends_inside_the_line():
    five = Line(0, 0, "A b c d e f g. " * 6 + "word " * 20 + "Label")  # the sixth stop is before "word"
    four = Line(0, 0, "A b c d e f g. " * 5 + "word " * 30 + "Label")
    assert Z._run_on(five) and not Z._run_on(four)
    assert not Z.full_paragraph(five)  # it ends with a label, so only the run-on reading takes it
