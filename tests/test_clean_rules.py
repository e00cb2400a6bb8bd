"""Line rules of helpers.corpus.clean_rules and the end-of-article rules of helpers.corpus.clean, on lines written for the tests.

Every rule has positive lines (furniture it must name) and negative lines (prose that looks like furniture and
must stay body).
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_rules import BREADCRUMB, CREDIT_TAIL, PAYWALL, is_date_stamp

P1 = ("The county board approved the new ferry schedule on Monday after months of complaints from island "
      "residents about cancelled crossings and long queues at the harbour.")
P2 = ("Commuters said the extra morning crossing would let them reach the mainland before the first shift "
      "at the hospital, which had struggled to keep its night staff.")
P3 = ("The operator said it would hire six more deckhands before the summer, when the number of visitors "
      "to the island usually doubles and the queues grow longer.")


def _labels(lines):
    res = clean_article("\n\n".join(lines))
    return {ln.text: (ln.label, ln.rule) for ln in res.lines}


# --- date stamps -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Posted: Thursday, April 21, 2022. 10:11 pm CST.",
    "Published by NEWSDESK at April 21, 2022",
    "UPDATED: November 8, 2023 at 6:00 p.m. | PUBLISHED: November 8, 2023 at 4:56 p.m.",
    "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46",
    "14 March 2019 \u2022 6:12am",
    "by Maria Lopez Mar. 3, 2021",
])
def test_a_publication_stamp_is_a_date_stamp_anywhere(line):
    assert is_date_stamp(line, len(line.split()))


@pytest.mark.parametrize("line", [
    "On April 21, 2022, the council voted to close the school.",
    "By April 21, 2022 all schools must reopen",
    "Election day is November 8, 2022.",
    "State senate debate, Jan. 26, 2012",      # an item of a list of debates
    "Day Three: March 28, 2012",               # a heading of a timeline
    "Published studies since June 3, 2020 found no effect on prices in rural counties.",
])
def test_a_sentence_or_list_item_with_a_date_is_not_a_stamp(line):
    assert not is_date_stamp(line, len(line.split()))


def test_a_bare_date_with_a_section_word_is_a_stamp_only_in_the_header():
    assert is_date_stamp("May 06, 2022 News", 4, header=True)
    assert not is_date_stamp("May 06, 2022 News", 4)


def test_stamps_around_the_article_are_removed_and_dated_prose_stays():
    dated = "On March 3, 2021, the board first discussed the schedule."
    got = _labels(["Ferry Schedule Approved", "Posted: Monday, March 4, 2024 at 9:15 am", P1, dated, P2, P3,
                   "Updated 4:37 p.m. ET, 3/4/2024"])
    assert got["Posted: Monday, March 4, 2024 at 9:15 am"] == ("furniture", "dateline")
    assert got["Updated 4:37 p.m. ET, 3/4/2024"][0] == "furniture"
    assert got[dated] == ("body", "")


# --- breadcrumbs -------------------------------------------------------------------

@pytest.mark.parametrize("line, hit", [
    ("Home \u00bb Latest News \u00bb Ferry schedule approved", True),
    ("Front Page \u00bb Transport \u00bb Ferry schedule approved", True),
    ("Home>Articles>Ferry schedule approved", True),
    ("Profits rose > 5% in May", False),
    ("Homeowners > renters in the survey", False),
    ("News \u00bb Politics", False),
])
def test_breadcrumb(line, hit):
    assert (BREADCRUMB.match(line) is not None) == hit


# --- paywall prompts -------------------------------------------------------------

@pytest.mark.parametrize("line, hit", [
    ("To view the full story, please subscribe to The Island Courier.", True),
    ("Subscribe now to our e-edition for the full story.", True),
    ("If you are seeing this message but you are already a subscriber, log in to read on.", True),
    ("The paper urged readers to subscribe for the full story of the town.", False),
    ("She said subscriptions rose after the story ran.", False),
])
def test_paywall_prompt(line, hit):
    assert (PAYWALL.search(line) is not None) == hit


def test_everything_after_a_paywall_prompt_is_furniture_unless_the_story_goes_on():
    pitch = ("When you join our readers' club you get unlimited digital access to reporting about the islands "
             "that you will not get anywhere else, and special invitations.")
    got = _labels(["Ferry Schedule Approved", P1, P2, "To view the full story, please subscribe to The Island Courier.",
                   pitch, "Join now or renew to get:", "- Instant access to special reports"])
    assert got[pitch][0] == "furniture"
    assert got["- Instant access to special reports"][0] == "furniture"
    got = _labels(["Ferry Schedule Approved", P1, "Subscribe now to our e-edition for the full story.", P2, P3])
    assert got[P2] == ("body", "") and got[P3] == ("body", "")  # the same story goes on: a mid-article promo


# --- captions ending with a photo credit -------------------------------------------

@pytest.mark.parametrize("line, hit", [
    ("The mayor speaks at a news conference on Monday. (Jane Roe/Island Courier)", True),
    ("Deckhands load the morning ferry Credit: Photo: Harbour Authority", True),
    ("Officials inspect the pier. (Picture by John Doe)", True),
    ("He quoted the annual report (World Bank/IMF).", False),
    ("The vote split the parties (Democrats/Republicans)", False),
    ("She gave credit to the deckhands for the quick turnaround.", False),
])
def test_caption_credit_at_the_end(line, hit):
    assert (CREDIT_TAIL.search(line) is not None) == hit


@pytest.mark.parametrize("line", ["Media captionDrone footage shows the harbour", "Image caption Queues at the pier"])
def test_caption_labels_glued_to_the_caption(line):
    assert _labels([P1, line, P2, P3])[line] == ("furniture", "caption")


def test_prose_about_captions_is_not_a_caption():
    line = "Media captioning services expanded quickly during the year."
    assert _labels([P1, line, P2, P3])[line] == ("body", "")


# --- comment forms and end-of-article markers ------------------------------------

@pytest.mark.parametrize("line", [
    "LEAVE A REPLY Cancel reply", "Please enter your comment!", "Name:*", "Website:",
    "You have entered an incorrect email address!", "Notify me of follow-up comments by email.", "0Comment(s)",
])
def test_comment_form_lines(line):
    got = _labels([P1, P2, P3, line])
    assert got[line][0] == "furniture"


@pytest.mark.parametrize("line", ["The website: a history", "Please enter the building by the side door."])
def test_prose_that_looks_like_a_comment_form(line):
    got = _labels([P1, line + " It opened in 1990 and has been busy ever since, the manager said.", P2, P3])
    assert got[line + " It opened in 1990 and has been busy ever since, the manager said."] == ("body", "")


@pytest.mark.parametrize("marker", ["Related", "Tagged: ferries, island, transport", "HOUSE RULES",
                                    "Community guidelines", "Latest News", "Suggested articles", "Further Reading",
                                    "Next Up In Tech", "More in Storage", "More Coverage"])
def test_end_of_article_markers_start_the_trailer(marker):
    teaser = "Harbour master retires after forty years"
    got = _labels([P1, P2, P3, marker, teaser])
    assert got[marker][0] == "furniture" and got[teaser][0] == "furniture"


@pytest.mark.parametrize("heading", ["Latest developments", "More in common than they think", "Next steps up north",
                                     "Suggested changes to the plan"])
def test_subheadings_that_start_like_markers_do_not_end_the_article(heading):
    got = _labels([P1, P2, heading, P3])
    assert got[P3] == ("body", "")


def test_caps_previous_link_is_a_marker_but_a_caps_subheading_is_not():
    got = _labels([P1, P2, "PREVIOUS Island school reopens after repairs", "Harbour master retires"])
    assert got["PREVIOUS Island school reopens after repairs"][0] == "furniture"
    got = _labels([P1, "NEXT STEPS", P2, P3])
    assert got[P2] == ("body", "") and got[P3] == ("body", "")


# --- full paragraphs after the body block ------------------------------------------

def test_an_off_story_paragraph_after_the_body_is_furniture_and_a_closing_paragraph_stays():
    policy = ("We welcome reader comments on the top stories of the day; please keep them civil and do not "
              "write in block capitals, since this makes your comment hard to read.")
    closing = ("The ferry operator said the new schedule for the island crossings would be reviewed after the "
               "summer, once the board has heard from commuters again.")
    menu = ["Weather", "Sports", "Opinion", "Obituaries", "Classifieds", "Contact", "Jobs", "Events", "Letters",
            "Archive", "Podcasts", "Puzzles", "Games", "Travel", "Food", "Homes", "Cars", "Careers", "Video",
            "Photos"]  # costs more than a paragraph after it: that paragraph is outside the block
    got = _labels([P1, P2, P3] + menu + [closing])
    assert got[closing] == ("body", "")
    got = _labels([P1, P2, P3, closing] + menu + [policy])
    assert got[policy] == ("furniture", "after_body")


def test_an_off_story_paragraph_followed_by_a_paragraph_of_the_story_stays():
    aside = ("Much of the country's infrastructure was built more than a century ago, and engineers warn that "
             "age, more than weather, decides how soon it fails.")
    closing = ("The ferry operator said the new schedule for the island crossings would be reviewed after the "
               "summer, once the board has heard from commuters again.")
    menu = [f"Section {k}" for k in "ABCDEFGHIJKLMNOPQRST"]
    got = _labels([P1, P2, P3] + menu + [aside, closing])
    assert got[aside] == ("body", "") and got[closing] == ("body", "")


# --- lists of the story after the body block -----------------------------------------

def test_a_ranking_or_table_of_figures_after_the_body_is_kept():
    ranking = ["1. North Island: 42% of crossings late", "2. South Island: 37% of crossings late",
               "3. West Island: 21% of crossings late", "4. East Island: 9% of crossings late"]
    got = _labels([P1, P2, P3] + ranking)
    assert all(got[r] == ("body", "") for r in ranking)


def test_a_list_of_other_headlines_after_the_body_is_not_a_story_list():
    links = ["Harbour master retires after forty years", "New bridge opens to traffic on the mainland",
             "School board elects a new chair", "Storm closes the island airport"]
    got = _labels([P1, P2, P3] + links)
    assert all(got[x][0] == "furniture" for x in links)


def test_two_figures_are_not_a_list():
    items = ["Turnout: 42%", "Harbour master retires after forty years", "Storm closes the island airport",
             "Tickets from $5 on the new route"]
    got = _labels([P1, P2, P3] + items)
    assert got["Turnout: 42%"][0] == "furniture" and got["Tickets from $5 on the new route"][0] == "furniture"


# --- widgets, embeds and sign-up boxes --------------------------------------------

@pytest.mark.parametrize("line, rule", [
    ('<iframe width="476" height="267" src="https://example.org/embed/1" allowfullscreen></iframe>', "markup"),
    ("- Advertisement -", "navigation"),
    ("Click to share on Facebook (Opens in new window)", "navigation"),
    ("These are external links and will open in a new window", "navigation"),
    ("Report a correction or typo", "navigation"),
    ("Get the newsletter that the island is talking about", "subscription"),
    ("Get the Courier's Daily Edition by email and never miss our top stories Free Sign Up", "subscription"),
])
def test_widget_lines(line, rule):
    assert _labels([P1, P2, line, P3])[line] == ("furniture", rule)


@pytest.mark.parametrize("line", [
    "<3 for the deckhands, one commuter wrote on the harbour's noticeboard, and many agreed with her.",
    "Get the newsletter for free, the operator told commuters.",
    "Readers can report a correction to the ferry timetable at the harbour office, the operator said.",
])
def test_prose_that_looks_like_a_widget(line):
    assert _labels([P1, P2, line, P3])[line] == ("body", "")


def test_posted_in_section_above_the_headline():
    got = _labels(["Posted inLocal News", "Ferry Schedule Approved", P1, P2, P3])
    assert got["Posted inLocal News"][0] == "furniture"
    assert got["Ferry Schedule Approved"] == ("headline", "")


def test_comment_policy_after_a_marker_does_not_resume_the_body():
    policy1 = ("We welcome reader comments on the top stories of the day, and some may be republished on the "
               "website or in the newspaper.")
    policy2 = ("Please understand that comments are moderated and it is not always possible to publish all "
               "that have been submitted to us.")
    body = [P1, P2, P3, P1.replace("Monday", "Tuesday")]
    got = _labels(body + ["HOUSE RULES", policy1, policy2])
    assert got[policy1][0] == "furniture" and got[policy2][0] == "furniture"
    more = ("The county board said the ferry schedule would be reviewed again after the summer crossings, "
            "when island residents and commuters have had their say.")
    got = _labels(body + ["Related", "Harbour master retires", more, more.replace("summer", "winter")])
    assert got[more] == ("body", "")  # the story resumes after a related block


# --- author notes end the article --------------------------------------------------

def test_an_author_note_ends_the_article_and_what_follows_is_furniture():
    bio = "Jane Roe is a senior writer for the Island Courier, covering transport and the harbour."
    nxt = ("Storm closes the island airport as crews clear fallen trees from the only runway before the "
           "evening flights are due.")
    got = _labels([P1, P2, P3, bio, "Senior Writer", "Featured Video", nxt])
    assert got[bio] == ("furniture", "author_note")
    assert got[nxt][0] == "furniture"


def test_a_person_described_inside_the_story_is_not_an_author_note():
    quoted = "Jane Roe is a former harbour master who has run the crossing for twenty years and knows its moods."
    closing = ("She said the new ferry schedule would help the island's commuters, but only if the operator "
               "hires the deckhands it has promised before the summer.")
    got = _labels([P1, P2, P3, quoted, closing])
    assert got[quoted] == ("body", "") and got[closing] == ("body", "")


@pytest.mark.parametrize("line, rule", [
    ("Sign up to get the best content of the week, and great deals, as picked by the editors.", "subscription"),
    ("Contact me with news and offers from other brands", "subscription"),
    ("By submitting your information you agree to the Terms & Conditions and Privacy Policy.", "boilerplate"),
    ("Advertising disclosure: We may receive compensation for some of the links in our stories.", "credit"),
])
def test_sign_up_forms_and_disclosures(line, rule):
    assert _labels([P1, P2, line, P3])[line] == ("furniture", rule)


def test_a_roundup_of_several_authors_is_not_cut_after_the_first_note():
    bio1 = "Jane Roe is a senior writer for the Island Courier."
    bio2 = "John Doe is a columnist for the Harbour Gazette."
    second = ("John Doe: The ferry schedule is a start, but the operator must hire the deckhands it has promised "
              "before the summer crossings begin.")
    got = _labels([P1, P2, P3, bio1, "John Doe: A start, not a fix", second, bio2, "Storm closes the island airport"])
    assert got[second] == ("body", "")
    assert got["Storm closes the island airport"][0] == "furniture"


@pytest.mark.parametrize("line", [
    "How is every journalist at the paper not embarrassed by this profile of the ferry operator?",
    "This is a reporter's dream: a ferry that runs on time.",
])
def test_questions_and_sentences_about_reporters_are_not_author_notes(line):
    got = _labels([P1, P2, P3, line, "Harbour news in brief"])
    assert got[line] == ("body", "")


# --- headline above a standfirst without a full stop --------------------------------

def test_a_short_title_above_a_long_title_like_dek_is_the_headline():
    dek = "Island commuters say the extra morning crossing will get them to the hospital shift on time at last"
    got = _labels(["Menu", "Ferry Schedule Approved", dek, "Share", P1, P2, P3])
    assert got["Ferry Schedule Approved"] == ("headline", "")
    assert got[dek][0] != "furniture"


def test_two_unrelated_titles_above_the_body_keep_only_the_nearer_one():
    got = _labels(["Storm Closes Island Airport", "Ferry Schedule Approved", P1, P2, P3])
    assert got["Ferry Schedule Approved"] == ("headline", "")
    assert got["Storm Closes Island Airport"][0] == "furniture"


@pytest.mark.parametrize("text, expected", [
    ("Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.", True),
    ("Trade Talks Resume With the U.S.", True),
    ("Officials met on Tuesday in Doha.", False),
    ("The talks resumed with the U.S.", False),
])
def test_a_title_may_end_with_an_abbreviation(text, expected):
    from helpers.corpus.clean import is_title_like

    assert is_title_like(text) is expected


def test_an_enlarge_image_caption_widget_is_not_taken_for_the_headline():
    cap = "Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP"
    got = _labels(["Ferry Schedule Approved", cap, P1, P2, P3])
    assert got[cap] == ("furniture", "caption")
    assert got["Ferry Schedule Approved"] == ("headline", "")
    line = "Toggle the caption settings in the app, the operator told commuters who use the ferry."
    assert _labels([P1, line, P2, P3])[line] == ("body", "")


# --- consent and data-protection notices ------------------------------------------

@pytest.mark.parametrize("notice", [
    "We use cookies and other tracking technologies to improve your browsing experience on our site, show "
    "personalised content and targeted ads, and understand where our audiences come from.",
    "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
    "The administrator of your personal data will be Harbour Media Ltd, 12 Quay Street. Detailed information on "
    "the processing of personal data can be found in the privacy policy.",
])
def test_consent_notices_are_furniture_even_above_the_headline(notice):
    got = _labels([notice, "Council Extends Water Rationing", P1, P2, P3])
    assert got[notice][0] == "furniture"
    assert got[P1] == ("body", "")


def test_prose_about_cookies_and_personal_data_stays():
    line = ("Regulators said the website uses cookies without asking, and that the administrator of the "
            "customer database had kept personal data for years.")
    got = _labels([P1, line, P2, P3])
    assert got[line] == ("body", "")
