"""Rules of issue 12af-q (direct quotations whose reporting clause has a verb outside the lexicon): a reporting
clause after a quotation with a longer subject ('"...," an angry councillor retaliated.'), the same clause or an
inverted one ('reacted the mayor.') after a quotation that a splitter cut off at "?" or "!", a long postposed source
read up to "of" ('said Ann Roe of the University of ... School of Law'), and an unlisted participle right before a
quotation (', shouting "..."'). Sentences written for the tests."""

import pytest
from test_attribution_12adq import table
from test_attribution_12ae import paragraphs


def rows(sentence):
    return [(r.verb, r.source, r.kind) for r in table([sentence]).itertuples() if r.verb]


# --- a reporting clause after a quotation: a longer subject, any verb -------------------------------------------

CLAUSE = [
    ('"The bridge will never be finished," an angry councillor retaliated.', "retaliated", "an angry councillor"),
    ('"Taxes will go up for every family," a narrator in the new ad states.', "states", "a narrator in the new ad"),
    ("\u201cThe report ignores the farmers,\u201d they conclude.", "conclude", "they"),
    ('"Get off my stage," the mayor barked and walked away.', "barked", "the mayor"),
    (
        '"Let me help you out - the answer is no," the Republican vice-presidential nominee riffed on the reply.',
        "riffed",
        "the Republican vice-presidential nominee",
    ),
]


@pytest.mark.parametrize("sentence, verb, source", CLAUSE)
def test_reporting_clause_with_a_longer_subject_after_a_quotation(sentence, verb, source):
    assert (verb, source, "direct") in rows(sentence), rows(sentence)


CLAUSE_NOT = [
    # a plural noun after a number is no verb; a participle before "to" names a link, not a speaker
    ('"We will rebuild," the two leaders.', "leaders"),
    ('"Hope for All," a website linked to the campaign.', "linked"),
    # a present tense that does not end its clause is the next clause's verb
    ('While the mayor called the plan "bold," a rival fixates on its cost.', "fixates"),
    # a scare quote is not followed by its reporting clause
    ('No one knows what "sequestration," the term for the automatic cuts, will look like.', "cuts"),
    # an auxiliary inside the would-be subject makes it a clause
    ('"Vote," the sign that was posted said nothing else.', "posted"),
]


@pytest.mark.parametrize("sentence, verb", CLAUSE_NOT)
def test_no_reporting_clause_with_a_longer_subject(sentence, verb):
    assert [r for r in rows(sentence) if r[0] == verb] == []


# --- after a quotation cut off at "?" or "!" ----------------------------------------------------------------------

CUT = [
    (['"Who will pay for all of this?"', "reacted the mayor."], "reacted", "the mayor"),
    (
        ["\u201cWe finally did it!\u201d", "beamed Ann Roe of Dayton, who drove three hours."],
        "beamed",
        "Ann Roe of Dayton",
    ),
    (['"Is any of this legal?"', "an angry resident retaliated."], "retaliated", "an angry resident"),
]


@pytest.mark.parametrize("sentences, verb, source", CUT)
def test_reporting_clause_after_a_cut_quotation(sentences, verb, source):
    t = paragraphs([["The hall was full."], sentences])
    assert (verb, source, "direct") in [(r.verb, r.source, r.kind) for r in t.itertuples()], t


CUT_NOT = [
    # a new sentence with a verb before an infinitive or an object is no reporting clause
    (['"Why now?"', "The committee adjourned the meeting."], "adjourned"),
    (['"Why now?"', "remained the question for weeks."], "remained"),
    # "I" with a base form is a discourse marker, not a reporting clause
    (['"How much do we have in our fund?"', "I mean, jeez!"], "mean"),
]


@pytest.mark.parametrize("sentences, verb", CUT_NOT)
def test_no_reporting_clause_after_a_cut_quotation(sentences, verb):
    t = paragraphs([["The hall was full."], sentences])
    assert verb not in list(t["verb"]), t


# --- a long postposed source: the name before "of" ---------------------------------------------------------------


def test_long_postposed_source_is_read_up_to_of():
    s = '"It would be a stretch to charge her under these laws," said Ann Roe of the University of Texas School of Law.'
    assert ("said", "Ann Roe", "direct") in rows(s), rows(s)


def test_short_postposed_source_keeps_its_of_phrase():
    s = '"It would be a stretch to charge her under these laws," said Ann Roe of the University of Texas.'
    assert ("said", "Ann Roe of the University of Texas", "direct") in rows(s), rows(s)


# --- an unlisted participle right before a quotation --------------------------------------------------------------

PARTICIPLE = [
    ('Protesters interrupted the speech, shouting "Not in our town!"', "shouting", "Protesters"),
    ("The audience followed him by softly echoing \u201cfour more years.\u201d", "echoing", "The audience"),
    ('He waved the sign around, mouthing "Thank you, Ohio!" toward the stands.', "mouthing", "He"),
]


@pytest.mark.parametrize("sentence, verb, source", PARTICIPLE)
def test_unlisted_participle_before_a_quotation(sentence, verb, source):
    assert (verb, source, "direct") in rows(sentence), rows(sentence)


PARTICIPLE_NOT = [
    # a preposition in "-ing" and a noun in "-ing" are no participles of speaking
    ('The judge released the files, including "a memo on the budget."', "including"),
    ('They met after the hearing, "a long day" for all.', "hearing"),
    # a word or a title is no utterance
    ('They agreed to the terms by clicking "yes" on the form.', "clicking"),
    ("As I sat, watching \u201cSelma,\u201d I knew this film would last.", "watching"),
    # a cue found earlier in the sentence keeps the quotation
    # ("remarking" is a listed cue since issue 12ar-c: an unlisted participle stands here)
    ('He tweeted a photo of the rally, gushing "What a crowd."', "gushing"),
]


@pytest.mark.parametrize("sentence, verb", PARTICIPLE_NOT)
def test_no_unlisted_participle(sentence, verb):
    assert [r for r in rows(sentence) if r[0] == verb] == []
