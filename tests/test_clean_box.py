"""A short box inside the body block ends at a paragraph of the story (issue 11k, helpers.corpus.clean._box_closes).

All lines here were written for these tests.
"""
from helpers.corpus.clean import clean_article

LEAD = ["The harbour board voted on Monday to extend the ferry timetable into the winter months, after a year in "
        "which the last ferry crossing was cancelled more than forty times.",
        "Island residents had asked the harbour board for the change for years, saying the evening ferry crossing "
        "was the only way to reach the hospital."]
BOX = ["Related", "Mayor Opens New Library In The Old Station", "Cyclists Ask For Safer Lanes On The Ring Road"]
# the rest of the story: one full paragraph, then short lines (a timetable) and short paragraphs, as a blog has
REST = ["The harbour board said the extra ferry crossings would start in November and run until the end of March, "
        "with the last ferry leaving the island at nine in the evening.",
        "Winter timetable:", "Monday to Friday: 7:00, 12:30, 17:00, 21:00", "Saturday: 9:00, 14:00, 21:00",
        "Sunday: 10:00, 18:00",
        "Tickets go on sale next week.", "Season tickets cost a little more.",
        "The ferry operator will hire six more deckhands before the first winter crossing on the island route, "
        "the harbour board said.",
        "Residents welcomed the news.", "The board meets again in spring."]


def _kept(lines):
    res = clean_article("\n\n".join(lines))
    return [ln.text for ln in res.lines if ln.label != "furniture"]


def test_the_story_after_a_short_related_box_inside_the_body_is_kept():
    kept = _kept(["Ferry timetable extended into winter", *LEAD, *BOX, *REST])
    assert all(t in kept for t in LEAD + REST[:1] + REST[-3:])
    assert not any(t in kept for t in BOX)


def test_teasers_after_a_related_marker_at_the_end_of_the_article_stay_removed():
    # negative: after the article, a "Related" list whose teasers are full sentences on the same topic is not
    # the story going on: less prose follows the marker than stands above it
    teasers = ["Related", "Ferry Fares Rise Again",
               "The harbour board raised the price of a ferry season ticket for cars and vans for the second time "
               "this year, residents said.",
               "Island Hospital Opens New Wing",
               "The island hospital opened a new wing for evening appointments, so fewer residents need the ferry."]
    story = LEAD + REST
    kept = _kept(["Ferry timetable extended into winter", *story, *teasers])
    assert all(t in kept for t in LEAD)
    assert not any(t in kept for t in teasers)
