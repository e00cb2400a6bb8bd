"""Attribution constructions added in issue 12e, each with sentences that must and must not match (written for the
tests): a coordinated cue whose subject opens the sentence, a participle after a preposition, a number as subject,
appositions with an age or a relative clause, a cue that opens a split sentence, a "that" cue right after a
quotation, and which cue an opening or closing quotation belongs to."""
import pytest

from helpers.measures.attribution_cues import noun_use
from helpers.measures.sourcing import find_attributions, load_verbs, verb_table
from helpers.text.lexicon import Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
INFO = verb_table(VERBS)


def attrs(sentence):
    return [(a.source, a.verb, a.pattern, a.kind) for a in find_attributions(sentence, VM, INFO)]


@pytest.mark.parametrize("sentence, source", [
    ("The mayor toured the flooded district on Monday and said the repairs would take a year.", "The mayor"),
    ("Nora Pike visited the plant, and said workers deserved better pay.", "Nora Pike"),
    ("The union rejected the offer but said talks would go on.", "The union"),
])
def test_coordinated_cue_takes_the_sentence_subject(sentence, source):
    found = attrs(sentence)
    assert [a[0] for a in found if a[1] == "said"] == [source]


def test_coordinated_cue_needs_a_subject_that_opens_the_sentence():
    # no subject at the start of the sentence (a fronted clause of the author's): no source is made up
    assert attrs("Reaching the bridge and said nothing more.") == []
    # a cue that follows another cue keeps that cue's subject (the rule above is not used)
    found = attrs("Ana Ruiz said the roof leaked and said the landlord knew.")
    assert [a[0] for a in found] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize("sentence", [
    "The senator opened the hearing by saying the budget was too small.",
    "The senator toured the plant while saying it would need changes.",
    "The senator left the room after initially saying the vote was fair.",
])
def test_participle_after_a_preposition(sentence):
    assert [(a[0], a[1], a[2]) for a in attrs(sentence)] == [("The senator", "saying", "participle")]


def test_participle_without_a_clause_before_it_is_not_a_cue():
    assert attrs("Without saying a word, the clerk closed the window.") == []


@pytest.mark.parametrize("sentence, source", [
    ("About 4 in 10 say they want a change of course.", "About 4 in 10"),
    ("Only 42% said that the economy was improving.", "Only 42%"),
    ("Lena Ford, 70, said it was too early to celebrate.", "Lena Ford, 70"),
])
def test_number_before_a_cue_is_a_subject(sentence, source):
    assert [a[0] for a in attrs(sentence)] == [source]


def test_number_before_an_adjective_use_is_not_a_cue():
    assert attrs("The campaign now has 400 pledged delegates.") == []
    assert noun_use("about 200 estimated deaths", 10, "estimated")
    assert not noun_use("about 20% say they will", 10, "say")
    assert not noun_use("Lena Ford, 70, said it", 15, "said")


def test_relative_clause_in_a_subject_chain_is_skipped():
    s = "Tom Reyes, who has worked in the mines since the age of 16, says the pay is too low."
    assert [a[0] for a in attrs(s)] == ["Tom Reyes"]


def test_fronted_participle_clause_is_not_part_of_the_subject():
    s = "Speaking at a rally outside the town hall, Ivy Chen, 52, said the plant must stay open."
    assert [a[0] for a in attrs(s)] == ["Ivy Chen, 52"]


def test_cue_opening_a_split_sentence_takes_the_source_after_it():
    # a sentence splitter ends '"We are ready!"' at the "!": the next sentence starts with the cue
    assert [(a[0], a[2]) for a in attrs("said Omar Haddad, the head of the tenants' association.")] == [
        ("Omar Haddad", "inverted")]
    # a cue at the start with a clause after it has no postposed source
    assert attrs("said the vote was rigged.") == []


def test_that_cue_after_a_quotation_counts():
    s = '"We will not stop until the law changes," she continued.'
    assert [(a[0], a[1], a[3]) for a in attrs(s)] == [("she", "continued", "direct")]
    # the same cue with an object and no quotation before it is not reporting
    assert attrs("She continued the tour through the old quarter.") == []


def test_opening_quotation_belongs_to_the_first_cue_only():
    s = '"He never gave up on this town," Mr. Brown said, recalling a visit by the mayor in 1990.'
    found = attrs(s)
    assert [(a[1], a[3]) for a in found] == [("said", "direct"), ("recalling", "reported")]


def test_closing_quotation_belongs_to_the_last_cue_before_it():
    s = 'The mayor said the bridge was safe and added: "Nobody has to worry about this at all."'
    found = attrs(s)
    assert [(a[1], a[3]) for a in found] == [("said", "reported"), ("added", "direct")]


@pytest.mark.parametrize("sentence, source", [
    ("Several said they would leave the party.", "Several"),
    ("Many say that the plan came too late.", "Many"),
])
def test_quantifier_alone_is_a_subject(sentence, source):
    assert [a[0] for a in attrs(sentence)] == [source]


def test_quantifier_before_a_noun_use_is_not_a_cue():
    assert attrs("Some pledged delegates stayed home.") == []


def test_pronoun_opens_the_clause_of_a_participle():
    assert [(a[0], a[2]) for a in attrs("He went further on Tuesday, saying the deal was dead.")] == [
        ("He", "participle")]
    # "It" opening a sentence is often no speaker
    assert attrs("It rained all day, saying nothing about the match.") == []


def test_dateline_before_the_subject_of_a_participle():
    s = "WASHINGTON (AP) - The senator left the room, saying the vote was rigged."
    assert [(a[0], a[2]) for a in attrs(s)] == [("The senator", "participle")]
    # a capitalised subject is not read as a dateline
    s = "Democrats are drawing new maps for the rural districts, saying the old ones are unfair."
    assert [a[0] for a in attrs(s)] == ["Democrats"]


def test_coordinated_cue_after_a_quotation_keeps_the_first_source():
    s = 'Ada Lin toured the site, declaring it "a disgrace to the whole city" and said repairs would start.'
    assert [(a[0], a[1]) for a in attrs(s)] == [("Ada Lin", "declaring"), ("Ada Lin", "said")]


@pytest.mark.parametrize("sentence, source", [
    ("Trump finally said the words out loud.", "Trump"),
    ("The family said the boy was safe.", "The family"),
    ("The Times doesn't say where the money went.", "The Times"),
    ("The council almost criticized the budget, then voted for it.", "The council"),
])
def test_adverbs_and_negated_auxiliaries_leave_the_subject(sentence, source):
    assert [a[0] for a in attrs(sentence)] == [source]


def test_quoted_as_having_said_has_no_subject():
    assert attrs("Manson was quoted as having said to a doctor that he was special.") == []


def test_coordinated_cue_takes_the_subject_of_its_own_clause():
    s = "The city tried to explain the delay, but the union did not listen and instead warned of a strike."
    assert [(a[0], a[1]) for a in attrs(s)] == [("the union", "warned")]
    # a clause without a subject of its own shares the subject of the sentence
    s = "The city tried to explain the delay, but failed and said the talks were over."
    assert [(a[0], a[1]) for a in attrs(s)] == [("The city", "said")]


def test_plural_noun_after_and_is_not_a_coordinated_cue():
    found = attrs("Officials believe that statements and promises alone cannot end the dispute.")
    assert [(a[0], a[1]) for a in found] == [("Officials", "believe")]


def test_title_abbreviation_stays_with_the_name():
    s = "Mr. Kashuv, 18, issued a statement last week, explaining that he would take a year off."
    # (issue 12g: "issued a statement" is a cue of its own, whose subject carries the age apposition)
    assert [(a[0], a[1]) for a in attrs(s)] == [("Mr. Kashuv, 18", "issued a statement"), ("Mr. Kashuv, 18", "explaining")]


def test_the_person_told_is_not_a_postposed_source():
    s = "The brother of the governor, Hekmat, told Al Jazeera in 2011 that he would help."
    assert [(a[0], a[1], a[2]) for a in attrs(s)] == [("The brother of the governor, Hekmat", "told", "subject")]
    # a cue that takes no recipient keeps its postposed source
    assert [(a[0], a[2]) for a in attrs('"We are ready," said Ann Cole, the mayor.')] == [("Ann Cole", "inverted")]


@pytest.mark.parametrize("sentence, verb", [
    ("The governor defended the budget cuts on Monday.", "defended"),
    ("The mayor railed against the new tax at a rally.", "railed against"),
    ("The senator spoke for an hour, touting her record on jobs.", "touting"),
])
def test_new_cues_of_issue_12e(sentence, verb):
    assert [a[1] for a in attrs(sentence)] == [verb]


def test_rail_without_against_is_not_a_cue():
    assert attrs("The train left the rail near the station.") == []
