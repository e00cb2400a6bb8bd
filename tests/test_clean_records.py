"""A list of records after the body is the story's (issue 11k, helpers.corpus.clean_cards.record_list_lines).

All lines here were written for these tests.
"""
from helpers.corpus.clean import clean_article
from helpers.corpus.clean_cards import record_list_lines
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere

P = ["The harbour board published on Monday a list of every ferry crossing it cancelled last winter, after "
     "island residents asked why the evening service had been stopped so often.",
     "The board said most of the cancellations were caused by staff shortages rather than by the weather, and "
     "that it would hire six more deckhands before December to keep the timetable.",
     "Residents said the list showed what they had said for years: that the evening crossing, the only way to "
     "reach the hospital on the mainland after an appointment, was the first to go.",
     "Here is the list as the board released it, with our reports on each cancellation."]
RECORDS = []
for month, route, reason, links in [
        ("November, 2022", "North Quay to Mainland Pier", "Two deckhands off sick", ["Evening ferry cancelled again"]),
        ("November, 2022", "South Harbour to Mainland Pier", "No relief skipper", ["Islanders stranded overnight",
                                                                                "Board apologises to passengers"]),
        ("December, 2022", "North Quay to Mainland Pier", "Engine fault", ["Ferry towed back to harbour"]),
        ("December, 2022", "South Harbour to Mainland Pier", "Crew shortage", ["Hospital visits missed"]),
        ("January, 2023", "North Quay to Mainland Pier", "Crew shortage", ["Union warns of more cancellations"])]:
    RECORDS += [month, f"ROUTE: {route}", f"REASON: {reason}", *links]


def _kept(lines):
    res = clean_article("\n\n".join(lines))
    return [ln.text for ln in res.lines if ln.label != "furniture"], res


def test_a_list_of_records_after_the_body_stays_though_its_headings_repeat():
    kept, _ = _kept(["Ferry board lists every cancelled crossing", *P, *RECORDS])
    assert all(t in kept for t in P + RECORDS)


def test_a_list_of_story_cards_after_the_body_is_still_cut():
    # negative: titles with a repeated section label and dates, but no fields: a card list, removed
    cards = ["TRAVEL", "Council Delays Vote on New Bus Depot", "November 5, 2023", "TRAVEL",
             "The Old Cinema Reopens Its Doors", "October 27, 2023", "TRAVEL", "Market Hall Gets a New Roof",
             "October 20, 2023", "TRAVEL", "Cycle Lane Opens on the Quay", "October 13, 2023"]
    kept, _ = _kept(["Ferry board lists every cancelled crossing", *P, *cards])
    assert all(t in kept for t in P) and not any(t in kept for t in cards)


def _lines(texts):
    lines = split_lines("\n\n".join(texts))
    return lines, [furniture_anywhere(ln, lines[k - 1] if k else None) for k, ln in enumerate(lines)]


def test_record_list_lines_finds_the_records_with_their_headings_and_links():
    lines, hits = _lines(RECORDS)
    assert record_list_lines(lines, hits, 0) == set(range(len(RECORDS)))


def test_one_repeated_label_or_a_contact_footer_is_not_a_list_of_records():
    # negative: a single label ("Watch:") however often, and two labels seen only twice each
    watch = ["Watch: the ferry leaves in a storm", "Harbour news", "Watch: the new pier opens",
             "Harbour news", "Watch: the mayor on the timetable", "Harbour news"]
    contacts = ["North office", "Phone: 555 0100", "Email: north@example.org", "South office",
                "Phone: 555 0199", "Email: south@example.org"]
    for texts in (watch, contacts):
        lines, hits = _lines(texts)
        assert record_list_lines(lines, hits, 0) == set()


def test_a_sentence_that_starts_with_a_label_is_not_a_field_on_its_own():
    # negative: prose paragraphs that open with "Update:" and "Correction:" once each are no list of records
    texts = ["Update: the board said on Tuesday that the evening crossing would run again from next week.",
             "Correction: an earlier version of this story gave the wrong name for the North Quay skipper."]
    lines, hits = _lines(texts)
    assert record_list_lines(lines, hits, 0) == set()
