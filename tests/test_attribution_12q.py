"""Rules added by issue 12q (attribution recall): belief adjectives before a "that"-clause ("are optimistic that",
"remain confident that") and headline colons that quote with straight single marks. Sentences written for the
tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def table(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    return extract_attributions(u)


def cues(sentence):
    return [(r.verb, r.source, r.kind) for r in table(sentence).itertuples() if r.verb]


@pytest.mark.parametrize("sentence, verb, source", [
    ("The coach's assistants are optimistic that the team will reach the final.", "are optimistic",
     "The coach's assistants"),
    ("Union leaders remain confident that their members will back the deal.", "remain confident", "Union leaders"),
    ("Her aides were not convinced that the speech had worked.", "were not convinced", "Her aides"),
    ("The farmers were adamant that the river be left alone.", "were adamant", "The farmers"),
    ("Many residents are hopeful that the plant will reopen.", "are hopeful", "Many residents"),
])
def test_belief_adjective_before_that_clause_is_a_cue(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


@pytest.mark.parametrize("sentence", [
    "The forecast is optimistic about the harvest this year.",  # no "that"-clause: an evaluation, not a belief
    "The mayor was confident and relaxed at the opening.",
    "I am confident that the bridge will be finished.",  # first person: a hedge
    "The minister said the workers were hopeful that talks would resume.",  # part of the content of "said"
])
def test_belief_adjective_without_a_reported_clause_or_after_a_cue_is_not_a_new_cue(sentence):
    assert not any(v.endswith(("optimistic", "confident", "hopeful")) for v, _, _ in cues(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Moreno: 'We will not sign this budget.'", "Moreno"),
    ("Ferris: The county's plan is 'a costly mistake'", "Ferris"),
    ("Governor Hale: 'It's time to go home.'", "Governor Hale"),
])
def test_headline_colon_quoting_with_straight_single_marks_is_direct(sentence, source):
    assert (":", source, "direct") in cues(sentence)


@pytest.mark.parametrize("sentence", [
    "Moreno: The county's plan isn't finished.",  # apostrophes only
    "Moreno: the budget, the schools' roofs and the roads.",  # a plural possessive, no quotation
])
def test_headline_colon_without_single_quoted_text_stays_reported(sentence):
    assert all(k == "reported" for v, _, k in cues(sentence) if v == ":")


@pytest.mark.parametrize("sentence, verb, source", [
    # a verb whose bare form is not a cue of its own: the frame and the verb make one cue
    ("Dale continued to assert that the audit was fair.", "continued to assert", "Dale"),
    ("The mayor went on to criticize the council for its delays.", "went on to criticize", "The mayor"),
    ("The coach went out of his way to praise the young players.", "went out of his way to praise", "The coach"),
    # a bare cue of the lexicon keeps its own entry; the frame is dropped from the subject
    ("The letter goes on to say that the school will close.", "say", "The letter"),
    ("Her lawyers were quick to point out that no charge had been filed.", "point out", "Her lawyers"),
    ("The mayor was quick to add that the pool would stay open.", "add", "The mayor"),
    ("Senator Hale is continuing to insist she will run again.", "insist", "Senator Hale"),
])
def test_continuing_and_eager_frames_before_a_reporting_verb_are_cues(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


@pytest.mark.parametrize("sentence", [
    "Prices continued to rise through the winter.",  # "rise" reports nothing
    "The river went on to flood the lower town.",
    "The team was quick to score in the second half.",
    "The crowd was quick to leave when it rained.",
    "The company will continue to criticize the rule.",  # a future: a plan, not a report
])
def test_continuing_frames_before_other_verbs_or_in_the_future_are_not_cues(sentence):
    assert not any(v.startswith(("continue", "went on", "was quick", "will")) for v, _, _ in cues(sentence))


@pytest.mark.parametrize("sentence, verb, source", [
    ("A Morning Tribune average of state polls shows the mayor ahead by four points.", "shows",
     "A Morning Tribune average of state polls"),
    ("A new Harbor Institute survey of parents with children under 12 in three northern counties shows a split.",
     "shows", "A new Harbor Institute survey of parents with children under 12 in three northern counties"),
])
def test_poll_subject_read_by_its_head(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


def test_long_subject_that_is_not_a_document_is_still_too_long():
    sentence = ("The small group of retired teachers from the three northern counties near the lake shows "
                "up every week.")
    assert not [v for v, _, _ in cues(sentence) if v == "shows"]


@pytest.mark.parametrize("sentence", [
    "Local farmers hope for rain this week.",  # no clause
    "The organizers knew some of the volunteers from school.",  # no finite verb after the object
    "Scientists heard some tapes and many said nothing was wrong.",  # a quantifier does not open a belief's clause
])
def test_belief_before_a_noun_phrase_is_not_a_cue(sentence):
    assert not any(v in ("hope", "knew", "heard") for v, _, _ in cues(sentence))


def test_impersonal_subject_of_a_belief_adjective_is_not_a_speaker():
    assert not [v for v, _, _ in cues("With the vote six months away, it is not certain that the bill will pass.")
                if "certain" in v]


def test_long_subject_with_a_document_head_before_a_belief_is_not_read():
    sentence = ("The results of a clinical trial in France and studies conducted in lab settings are building hope "
                "that the drug works.")
    assert not [v for v, _, _ in cues(sentence) if v == "hope"]


@pytest.mark.parametrize("sentence, verb, source", [
    ("Noting that only two members voted against the bill, Ortiz said the vote was a victory.", "Noting", "Ortiz"),
    ("Acknowledging that the plan \"has a few gaps,\" the mayor defended it anyway.", "Acknowledging", "the mayor"),
    ("Insisting the school would stay open, the principal reminded parents of the new hours.", "Insisting",
     "the principal"),
])
def test_participle_of_saying_that_opens_a_sentence_takes_the_main_subject(sentence, verb, source):
    found = [(v, s) for v, s, _ in cues(sentence)]
    assert (verb, source) in found
    assert len([v for v, _ in found if v != verb]) <= 1  # the main verb keeps its own cue, if it is one


def test_main_verb_after_a_fronted_participle_keeps_its_cue():
    found = [(v, s) for v, s, _ in cues("Noting that the roads were icy, the chief reminded drivers to slow down.")]
    assert ("reminded", "the chief") in found


@pytest.mark.parametrize("sentence", [
    "Adding to the confusion was a second storm that hit the coast.",  # "adding to": no content, no main subject
    "Citing heavy rain, the club closed the course.",  # "citing" reports nothing said here
    "Saying goodbye was hard for the family.",  # a gerund subject
])
def test_other_sentence_initial_participles_are_not_cues(sentence):
    assert not any(v in ("Adding", "Citing", "Saying") for v, _, _ in cues(sentence))


@pytest.mark.parametrize("sentence, verb, source", [
    ("The mayor said the bridge was safe and Ortiz said it would close within a week.", "said", "Ortiz"),
    ("One in three said the plan was too costly and one in four said it was unfair.", "said", "one in four"),
    ("The first vote had failed and the committee announced that it would meet again.", "announced",
     "the committee"),
])
def test_subject_after_and_that_follows_a_clause(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


@pytest.mark.parametrize("sentence, verb, source", [
    ("Smith and Jones said the bridge would close.", "said", "Smith and Jones"),  # no clause before "and"
    ("The union's lawyers and its president said the strike was legal.", "said",
     "The union's lawyers and its president"),
])
def test_coordinated_subject_without_a_clause_is_kept_whole(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


@pytest.mark.parametrize("sentence, verb, source", [
    ("While many parents have raised concerns about the plan, many said Tuesday that it would help.", "said", "many"),
    ("Ortiz, meanwhile, who has led the union since 2010, said the deal was fair.", "said", "Ortiz"),
])
def test_quantifier_subject_before_a_day_and_adverb_between_commas(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


def test_quantifier_before_a_participle_adjective_is_not_a_subject():
    assert not [v for v, _, _ in cues("The agency counted many reported cases last year.") if v == "reported"]


@pytest.mark.parametrize("sentence", [
    'The mayor said Tuesday that the council had rejected what she called "a reckless budget."',
    'Ortiz wrote that his rivals were pushing what he called "a plan nobody asked for."',
])
def test_that_clause_ending_with_a_nested_quotation_is_direct(sentence):
    first = [(v, k) for v, _, k in cues(sentence)][0]
    assert first[1] == "direct"


@pytest.mark.parametrize("sentence", [
    # a clause break: the quotation is the second speaker's only
    'The mayor said that the plan was dead, and Ortiz called it "a waste of everyone\'s time."',
    # no "that"-clause: the content may end before the later cue
    'The mayor said the plan was dead as Ortiz called it "a waste of everyone\'s time."',
])
def test_quotation_of_a_later_clause_is_not_the_first_cues(sentence):
    first = [(v, k) for v, _, k in cues(sentence)][0]
    assert first == ("said", "reported")


@pytest.mark.parametrize("sentence, first", [
    # a relative clause on a noun of the content and a main clause after a comma are not the first cue's content
    ('Ortiz told reporters that the fee was unfair, which the mayor described as "a needed step."', "told"),
    ('Asked whether he had warned the board that costs would rise, the mayor told reporters it was "a fair question."',
     "warned"),
])
def test_quotation_after_a_relative_or_main_clause_is_not_the_first_cues(sentence, first):
    assert [k for v, _, k in cues(sentence) if v == first] == ["reported"]


def test_verb_phrase_coordinated_after_a_name_with_and_keeps_the_first_subject():
    found = [(v, s) for v, s, _ in cues("As mayor, Ortiz had signed the Parks and Recreation Act and had pushed for "
                                        "a new library.")]
    assert ("pushed for", "Ortiz") in found
