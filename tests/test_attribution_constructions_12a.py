"""Attribution constructions added in issue 12 round a, each with sentences that must and must not match (written for
the tests): a participle after a document or message noun, a quotation followed by its speaker and an unlisted
past-tense verb, a quotation that ends a cue's content before "and" and a second verb, "he's"/"she's" before a cue,
adverbs that open the clause of a participle's subject, and longer determiner subjects."""
import pytest
from test_attribution_constructions import attrs  # the attributions as (source, verb, pattern, kind)


@pytest.mark.parametrize("sentence, source, verb", [
    ("The tenants' union placed newspaper ads calling the rent rise a scandal.", "The tenants' union", "calling"),
    ("The farmers' cooperative sent the council a letter urging it to keep the market open.",
     "The farmers' cooperative", "urging"),
    ("The league posted a note last week saying the final would be moved.", "The league", "saying"),
])
def test_participle_after_a_document_noun(sentence, source, verb):
    assert (source, verb) in [(a[0], a[1]) for a in attrs(sentence)]


def test_participle_after_an_issued_statement_extends_that_cue():
    found = attrs("The bakery issued a statement Tuesday saying it would reopen in May.")
    assert [(a[0], a[1]) for a in found] == [("The bakery", "issued a statement Tuesday saying")]


@pytest.mark.parametrize("sentence", [
    "The museum bought a painting showing the harbour at dawn.",  # a picture, not a document
    "The museum bought a video showing the harbour at dawn.",  # "showing" is not a cue of saying
    "He read the report on trade tariffs.",
])
def test_document_noun_rule_leaves_other_participles(sentence):
    assert attrs(sentence) == []


def test_comma_participle_after_said_in_a_statement_stays_separate():
    found = attrs("Mira Dahl said in a statement, adding that the audit was late.")
    assert [(a[0], a[1]) for a in found] == [("Mira Dahl", "said"), ("Mira Dahl", "adding")]


@pytest.mark.parametrize("sentence, source, verb", [
    ('"Nobody reads the small print," the inspector grumbled.', "the inspector", "grumbled"),
    ('"Where is the money?" Okafor pressed on Tuesday.', "Okafor", "pressed"),
    ('"We start at dawn, " she announced, "and we finish at dusk."', "she", "announced"),
])
def test_quotation_then_speaker_and_an_unlisted_verb(sentence, source, verb):
    found = attrs(sentence)
    assert (source, verb, "direct") in [(a[0], a[1], a[3]) for a in found]


@pytest.mark.parametrize("sentence", [
    '"Blue Harbour" T-shirts appeared in the shops.',  # the quotation has no comma, "!" or "?" inside its marks
    '"Rise," the mural is titled.',  # a title, and the verb does not end its clause
    '"Hope," the campaign used.',  # a naming participle
    '"Stop," he walked away from the desk.',  # the verb does not end its clause
])
def test_quotation_then_verb_needs_a_speaking_frame(sentence):
    assert attrs(sentence) == []


def test_quotation_before_and_and_a_verb_ends_the_content():
    found = attrs('The mayor said the plan was "a gift to the developers of this city" and walked out.')
    assert [(a[1], a[3]) for a in found] == [("said", "direct")]
    # "and" before a noun phrase: the quotation is in the middle of the content
    found = attrs('The mayor said the plan was "a gift to the developers of this city" and the port.')
    assert [(a[1], a[3]) for a in found] == [("said", "reported")]


@pytest.mark.parametrize("sentence, source", [
    ("But he's argued that the tax is unfair.", "he's"),
    ("While she's said she will run, the party is unsure.", "she's"),
])
def test_contracted_has_before_a_cue(sentence, source):
    assert [a[0] for a in attrs(sentence)][:1] == [source]


@pytest.mark.parametrize("sentence", [
    "Everything that's said in the room stays there.",
    "The senator's proposed ban was dropped.",
])
def test_possessive_or_passive_before_a_cue_is_not_a_subject(sentence):
    assert attrs(sentence) == []


@pytest.mark.parametrize("sentence, source", [
    ("Then she broke with the party, pledging that taxes would fall.", "she"),
    ("And even Ortega tried to calm the room, noting that he would wait.", "Ortega"),
    ("The chief engineer of the northern water board left early, saying the pumps had failed.",
     "The chief engineer of the northern water board"),
])
def test_participle_subject_after_opening_adverbs_and_long_subjects(sentence, source):
    found = attrs(sentence)
    assert [a[0] for a in found if a[2] == "participle"] == [source]


def test_adverb_before_a_comma_is_read_from_the_next_start():
    found = attrs("Instead of waiting, Lindqvist left the hall, claiming the vote was rigged.")
    assert [a[0] for a in found if a[2] == "participle"] == ["Lindqvist"]


@pytest.mark.parametrize("sentence", [
    'The governor called the audit "a fishing trip for headlines" in a radio interview on Friday.',
    'The governor called the audit "a fishing trip for headlines" and said he would appeal.',
])
def test_quotation_before_a_setting_or_the_next_cue_ends_the_content(sentence):
    assert attrs(sentence)[0][1:] == ("called", "subject", "direct")


def test_quotation_before_a_setting_and_more_content_stays_reported():
    found = attrs('The governor called the audit "a fishing trip for headlines" in a radio interview with the '
                  'station that owns the paper.')
    assert found[0][3] == "reported"


def test_cue_after_a_quotation_sentence_is_direct_only_when_it_ends_its_clause():
    from test_attribution_patterns import units

    from helpers.measures.sourcing import extract_attributions

    def one_paragraph(sentences):
        return units(sentences).assign(paragraph_id=0)

    att = extract_attributions(one_paragraph(['"Nobody told us the bridge was closing for a month."',
                                              "Ms. Varga said, shaking her head."]))
    assert att.loc[att["verb"] == "said", "kind"].tolist() == ["direct"]
    # the sentence after the quotation has a content of its own: a that-clause
    att = extract_attributions(one_paragraph(['"Nobody told us the bridge was closing for a month."',
                                              "Ms. Varga said that the council would meet on Monday."]))
    assert att.loc[att["verb"] == "said", "kind"].tolist() == ["reported"]


def test_quotation_then_a_document_and_read():
    found = attrs('"The permit expires at the end of the month," the notice read.')
    assert [(a[0], a[1], a[3]) for a in found] == [("the notice", "read", "direct")]
    # "read" with an object is reading, not a document's words
    assert attrs('"Dune," the boy read the title aloud.') == []


@pytest.mark.parametrize("sentence, verb", [
    ("A state university poll released on Monday showed the mayor far ahead.", "showed"),
    ("An average of recent surveys shows the measure losing support.", "shows"),
])
def test_document_subject_with_a_participle_or_an_average_of(sentence, verb):
    assert [a[1] for a in attrs(sentence)] == [verb]


def test_bare_show_after_other_subjects_is_not_a_cue():
    assert attrs("An average of recent visitors shows up late.") == []
    assert attrs("A film released on Monday showed the harbour at dawn.") == []


@pytest.mark.parametrize("sentence, source, verb", [
    ("Local officials hope the new bridge will open in May.", "Local officials", "hope"),
    ("Many growers fear the frost has ruined the harvest.", "Many growers", "fear"),
    ("The Daily Courier reports the mayor has resigned.", "The Daily Courier", "reports"),
])
def test_belief_or_report_cue_before_a_clause_without_that(sentence, source, verb):
    assert [(a[0], a[1]) for a in attrs(sentence)] == [(source, verb)]


@pytest.mark.parametrize("sentence", [
    "Hope Alvarez will visit the school on Friday.",  # a name, not the verb
    "They know the area well.",  # an object, not a clause
    "The landlord charged the tenants a fee that was too high.",  # an action verb before its objects
])
def test_cue_before_a_noun_phrase_without_a_clause_needs_that(sentence):
    assert attrs(sentence) == []


def test_colon_cue_after_a_verb_spans_the_verb():
    found = attrs('The old coach once said: "Nobody wins alone in this league."')
    assert [(a[0], a[1], a[2]) for a in found] == [("The old coach", "said:", "colon")]
    # with no verb before it, the colon alone is the cue
    assert [a[1] for a in attrs('Her answer: "We will not leave this town."')] == [":"]


def test_document_subject_with_a_participle_before_its_noun():
    assert [a[1] for a in attrs("The released documents show that the permit was forged.")] == ["show"]
