"""Attribution constructions added in issue 12g, each with sentences that must and must not match (written for the
tests): progressive cues, participle clauses after a dash or a quotation, quantified and numbered subjects, names
in -ly, cue words that are part of a hyphenated compound, "issued a statement", "is widely expected", "ordered",
"with X saying", "called <long object> <quotation>", and quotations that end a cue's content (direct)."""
import pytest
from test_attribution_cues import INFO, VM, attrs  # attrs: the attributions as (source, verb, pattern)

from helpers.measures.sourcing import find_attributions


@pytest.mark.parametrize("sentence, source, verb", [
    ("The governor is saying that the budget will balance.", "The governor", "saying"),
    ("Farmers have been arguing that the tariff hurts them.", "Farmers", "arguing"),
    ("She's telling donors that the race is close.", "She", "telling"),
    ("Mayor Ruth Allen was also insisting that the bridge was safe.", "Mayor Ruth Allen", "insisting"),
])
def test_progressive_cue_takes_the_subject_before_the_auxiliary(sentence, source, verb):
    assert [(a[0], a[1]) for a in attrs(sentence)] == [(source, verb)]


@pytest.mark.parametrize("sentence", [
    "The agency is advertising the jobs online.",
    "The council was discussing nothing of note when the lights went out.",
    "Her saying so does not make it true.",
])
def test_progressive_needs_a_reporting_verb_and_its_complement(sentence):
    assert [a for a in attrs(sentence) if a[1] in ("saying", "advertising")] == []


@pytest.mark.parametrize("sentence, source", [
    ("Dana Holt closed the meeting early \u2013 saying the vote could wait.", "Dana Holt"),
    ("Dana Holt closed the meeting early - saying the vote could wait.", "Dana Holt"),
    ("The group mocked the \u201cquiet week,\u201d saying the plan had failed.", "The group"),
    ("Both unions rejected the offer, saying it ignored pensions.", "Both unions"),
    ("One senior aide tried to calm the room, saying the cuts were temporary.", "One senior aide"),
    ("Several parents wrote to the school, saying the buses were late.", "Several parents"),
])
def test_participle_after_a_dash_or_a_quotation_and_with_a_quantified_subject(sentence, source):
    assert [(a[0], a[1]) for a in attrs(sentence) if a[2] == "participle"] == [(source, "saying")]


def test_name_ending_in_ly_opens_a_clause_but_a_fronted_adverb_does_not():
    found = attrs("Emily Rowe toured the plant on Friday, saying the jobs would stay.")
    assert [(a[0], a[1]) for a in found] == [("Emily Rowe", "saying")]
    # a fronted adverb is skipped; the subject after it is the source
    found = attrs("Finally, the minister left the stage, saying the talks were over.")
    assert [(a[0], a[1]) for a in found] == [("the minister", "saying")]


@pytest.mark.parametrize("sentence", [
    "Her ill-advised remarks cost her the job.",
    "He self-published a memoir about the campaign.",
])
def test_cue_inside_a_hyphenated_compound_is_not_a_cue(sentence):
    assert attrs(sentence) == []


def test_maintain_reports_only_with_its_complement():
    assert attrs("The senator maintains a wide lead in the polls.") == []
    assert [(a[0], a[1]) for a in attrs("The senator maintains that the polls are wrong.")] == [
        ("The senator", "maintains")]


@pytest.mark.parametrize("sentence, source, verb", [
    ("The city council issued a statement on Friday defending the budget.", "The city council", "issued a statement"),
    ("The firm released a short written statement after the ruling.", "The firm", "released a short written statement"),
    ("The mayor is widely expected to sign the bill.", "The mayor", "is widely expected"),
    ("The judge ordered the county to count the ballots again.", "The judge", "ordered"),
])
def test_statement_expectation_and_order_cues(sentence, source, verb):
    assert [(a[0], a[1]) for a in attrs(sentence)] == [(source, verb)]


@pytest.mark.parametrize("sentence", [
    "The printer issued a receipt for the statement of accounts.",
    "The band released a new album in May.",
    "The results were expected.",
])
def test_statement_and_expectation_cues_need_their_own_words(sentence):
    assert attrs(sentence) == []


@pytest.mark.parametrize("sentence, source", [
    ("The vote split the board, with two members calling it a mistake.", "two members"),
    ("Support has grown, with 40 percent of parents saying they want a change.", "40 percent of parents"),
])
def test_with_noun_phrase_before_a_participle_is_its_source(sentence, source):
    assert [(a[0], a[2]) for a in attrs(sentence)] == [(source, "participle")]


def test_with_phrase_that_holds_a_clause_is_not_a_source():
    # the relative clause's antecedent (with its "who", as for other relative sources), not the whole "with" phrase
    found = attrs("He left the room with the staff who had been saying it would fail.")
    assert [(a[0], a[1]) for a in found] == [("the staff who", "saying")]


def test_called_with_a_long_object_before_a_quotation():
    found = attrs('The governor called the use of emergency orders "a step too far."')
    assert [(a[0], a[1]) for a in found] == [("The governor", "called")]
    assert attrs("The governor called the meeting to order.") == []


def test_participle_after_a_quotation_has_no_source_after_it():
    found = attrs('"We will win," the mayor said, adding nothing about the budget.')
    assert all(a[0] != "the budget" for a in found)  # no source after the participle, whatever its pattern
    assert [(a[0], a[1]) for a in found][0] == ("the mayor", "said")


def kinds(sentence):
    return [(a.verb, a.kind) for a in find_attributions(sentence, VM, INFO)]


@pytest.mark.parametrize("sentence, expected", [
    # a short quotation right before the cue ends its content
    ('Nurses at the clinic are "very, very tired," Mona Diaz said.', [("said", "direct")]),
    # a quotation that ends the cue's clause, before the next cue
    ('The auditor said the accounts were "a mess," noting that two years were missing.',
     [("said", "direct"), ("noting", "reported")]),
    ('The minister said the talks remained "open and friendly", but she warned of delays.',
     [("said", "direct"), ("warned", "reported")]),
])
def test_quotation_that_ends_the_content_makes_it_direct(sentence, expected):
    assert kinds(sentence) == expected


@pytest.mark.parametrize("sentence", [
    'The clerk said the "Grand Hotel" building was sold last year.',
    "The clerk said the building was sold last year.",
])
def test_quotation_inside_the_content_does_not_make_it_direct(sentence):
    assert kinds(sentence) == [("said", "reported")]


def test_speaker_label_before_a_quotation_counts_the_quoted_words():
    found = attrs("Mayor Diaz: \u2018We will rebuild every school.\u2019")
    assert [(a[0], a[2]) for a in found] == [("Mayor Diaz", "label")]
    assert attrs("Diaz: Now or never.") == []  # a headline's topic, not a quotation


def test_colon_before_a_quotation_that_has_its_own_cue_is_not_a_cue():
    found = attrs('The rule he followed was simple: "Be kind to everyone you meet," he said.')
    assert [(a[0], a[1]) for a in found] == [("he", "said")]
    found = attrs('Her answer: "We will not give up on this city."')
    assert [(a[0], a[1]) for a in found] == [("Her answer", ":")]


@pytest.mark.parametrize("sentence, expected", [
    # the content opens with "that", not with the quotation: reported, although it holds a short quotation
    ('The coach boasted that "everyone" now copies his defense.', [("boasted", "reported")]),
    # the content opens with the quotation: direct
    ('The clerk testified "thousands" of ballots were lost.', [("testified", "direct")]),
])
def test_a_short_quotation_after_the_cue_makes_it_direct_only_when_the_content_opens_with_it(sentence, expected):
    assert kinds(sentence) == expected


def test_according_to_after_a_direct_attribution_shares_its_quotation():
    s = '"The count will take a week at least," the clerk said, according to a local radio report.'
    assert kinds(s) == [("said", "direct"), ("according to", "direct")]
    s = "The clerk said the count would take a week, according to a local radio report."
    assert kinds(s) == [("said", "reported"), ("according to", "reported")]
