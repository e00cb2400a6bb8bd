"""Reader comments, long author notes and newsletter boxes after the article (issue 11l).

All lines here were written for these tests. Each rule has a positive example (furniture it must remove) and a
negative one (prose that looks like that furniture and must stay).
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere, is_marker

STORY = ["Harbour board extends the winter ferry timetable",
         "The harbour board voted on Monday to extend the ferry timetable into the winter months, after a year in "
         "which the last ferry crossing was cancelled more than forty times.",
         "Island residents had asked the harbour board for the change for years, saying the evening ferry crossing "
         "was the only way to reach the hospital after dark.",
         "The extra ferry crossings will start in November and run until the end of March, with the last ferry "
         "leaving the island at nine in the evening, the board said.",
         "The ferry operator will hire six more deckhands before the first winter crossing, and season tickets "
         "will go on sale at the harbour office next week."]


def _kept(lines):
    res = clean_article("\n\n".join(lines))
    return [ln.text for ln in res.lines if ln.label != "furniture"]


def _line(text):
    return split_lines(text)[0]


# --- the heading of a reader-comment section is an end-of-article marker -------------------------------------

@pytest.mark.parametrize("text", [
    "5 thoughts on \u201cHarbour board extends the winter ferry timetable\u201d",
    "12 Responses to Harbour board extends the winter ferry timetable",
    "3 replies on \u201cWinter ferries\u201d",
    "4 Comments. Leave new",
    "2 comments - add yours",
])
def test_comment_section_headings_are_markers(text):
    assert is_marker(_line(text))


@pytest.mark.parametrize("text", [
    "5 thoughts on how to fix the ferry timetable, from the people who use it.",  # sentences, not headings
    "12 responses to the consultation asked for a later last ferry.",
    "4 comments were left on the board's page before the vote.",
    "5 Comments",  # a bare count is a widget (navigation), not a marker: it also stands above articles
])
def test_prose_about_comments_and_bare_counts_are_not_markers(text):
    ln = _line(text)
    if text.endswith("."):
        assert not is_marker(ln)
    else:
        assert not is_marker(ln) and furniture_anywhere(ln, None)[0] == "navigation"


def test_reader_comments_after_the_article_are_removed():
    comments = ["3 thoughts on \u201cHarbour board extends the winter ferry timetable\u201d",
                "harbourfan says:",
                "Finally! The last ferry at six meant I could never visit my mother in the hospital after work.",
                "Reply",
                "Jane Roe says:",
                "The board should have done this years ago, but better late than never for the island.",
                "Reply"]
    kept = _kept([*STORY, *comments])
    assert all(t in kept for t in STORY[1:])
    assert not any(t in kept for t in comments)


def test_a_story_that_quotes_a_reader_comment_is_kept():
    # negative: a paragraph of the story quotes readers' comments and counts them; it is no comment section
    quoted = ["The board's post on the plan drew 212 comments in a day. One reader wrote: \u201cFinally, the last "
              "ferry at six meant I could never visit my mother after work.\u201d",
              "Another commenter said the board should have extended the ferry timetable years ago, and several "
              "asked whether the season tickets would cost more in winter."]
    lines = [*STORY[:3], *quoted, *STORY[3:]]
    kept = _kept(lines)
    assert all(t in kept for t in lines[1:])


# --- an author note of up to 80 words after the article --------------------------------------------------------

BIO = ("Jane Roe is the founder and principal consultant at Roe Harbour Advisory, a small firm that helps island "
       "councils, ferry operators and port authorities plan their timetables, fares and winter services. Before "
       "that she spent twelve years at the regional transport office, where she ran the passenger survey, and she "
       "still teaches a short evening course on transport planning at the island college every spring term.")


def test_a_long_author_note_after_the_article_is_removed():
    assert 60 < len(BIO.split()) <= 80
    kept = _kept([*STORY, BIO, "Share", "Latest News", "Mayor Opens New Library In The Old Station"])
    assert all(t in kept for t in STORY[1:])
    assert BIO not in kept
    assert "Mayor Opens New Library In The Old Station" not in kept


def test_a_closing_paragraph_about_a_person_in_the_story_is_kept():
    # negative: the last paragraph of a story describes a person, but not as a note on the author: it does not
    # start with "<name> is a <job>" and is followed by more of the story
    closing = ["Jane Roe, who founded the island's ferry users' group, said the board had listened at last. She has "
               "been campaigning for a later ferry since her son missed his last bus home from the hospital.",
               "The board meets again in spring to set the summer timetable."]
    kept = _kept([*STORY, *closing])
    assert all(t in kept for t in STORY[1:] + closing)


# --- a newsletter box ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, rule", [
    ("Missing out on the latest island news? Enter your email below to receive our stories direct to your inbox.",
     "boilerplate"),
    ("Our newsletter brings you the week's best harbour stories, straight to your inbox.", "boilerplate"),
])
def test_newsletter_box_lines_are_furniture(text, rule):
    assert furniture_anywhere(_line(text), None)[0] == rule


@pytest.mark.parametrize("text", [
    "Scammers now send fake ferry invoices straight to your inbox, the harbour police warned on Tuesday.",
    "She said she would sign up to any plan that sent the timetable straight to your inbox and her own.",
])
def test_prose_about_email_and_subscribing_is_not_newsletter_furniture(text):
    assert furniture_anywhere(_line(text), None) is None


# --- a marker after a credit or author note opens a block that only full paragraphs end --------------------------

def test_a_marker_after_an_author_note_cuts_a_teaser_of_the_same_story():
    # the list after "Latest News" repeats this story's own teaser; once the author note has ended the article,
    # the marker makes the rest the site's block, so a teaser that shares the story's words does not resume it
    teaser = ("The harbour board voted on Monday to extend the ferry timetable into the winter months, after a "
              "year in which ...")
    kept = _kept([*STORY, BIO, "Latest News", "Harbour board extends the winter ferry timetable", teaser,
                  "Mayor Opens New Library In The Old Station"])
    assert all(t in kept for t in STORY[1:])
    assert teaser not in kept and BIO not in kept


def test_the_story_after_a_credit_line_without_a_marker_is_kept():
    # negative: a credit line in the middle of the page ends the article only softly: a full paragraph of the
    # same story after it resumes the body
    more = ("Season tickets for the winter ferry crossings will cost the same as in summer, the harbour board "
            "said, and island residents will keep their discount on every ferry crossing.")
    kept = _kept([*STORY, "Reporting by Jane Roe; editing by John Doe", more])
    assert more in kept


# --- "More ... Stories" headings of teaser lists ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["More Great Harbour Stories", "More top stories", "More island headlines"])
def test_more_stories_headings_are_markers(text):
    assert is_marker(_line(text))


@pytest.mark.parametrize("text", ["More ferry crossings", "More top stories will follow as the ferry strike goes on.",
                                  "More bad news"])
def test_more_in_a_subheading_or_sentence_is_not_a_marker(text):
    assert not is_marker(_line(text))


def test_a_more_stories_list_after_the_article_is_removed_and_a_more_subheading_kept():
    sub = ["More ferry crossings",
           "From November the board will add two evening ferry crossings on weekdays and one on Sundays, so the "
           "last ferry leaves the island at nine in the evening."]
    teasers = ["More Great Harbour Stories", "Mayor Opens New Library In The Old Station",
               "Cyclists Ask For Safer Lanes On The Ring Road"]
    kept = _kept([*STORY[:3], *sub, *STORY[3:], *teasers])
    assert all(t in kept for t in STORY[1:] + sub)
    assert not any(t in kept for t in teasers)
