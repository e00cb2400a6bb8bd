"""Attribution patterns added for issue 12c, each with sentences that must and must not match (written for the tests)."""
import pytest

from helpers.measures.attribution_cues import asked_cue, noun_use, relative_antecedent, speaker_label
from helpers.measures.sourcing import find_attributions, load_verbs, verb_table
from helpers.text.lexicon import Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
INFO = verb_table(VERBS)


def attrs(sentence):
    return [(a.source, a.verb, a.pattern) for a in find_attributions(sentence, VM, INFO)]


@pytest.mark.parametrize("sentence, cue", [
    ("She won 400 pledged delegates in the spring.", "pledged"),
    ("The mayor defended his proposed ban on cars.", "proposed"),
    ("An estimated 2,000 people marched downtown.", "estimated"),
    ("The council's proposed budget cuts parks.", "proposed"),
])
def test_noun_or_adjective_uses_are_not_cues(sentence, cue):
    assert noun_use(sentence, sentence.index(cue), cue)
    assert cue not in [a[1] for a in attrs(sentence)]


@pytest.mark.parametrize("sentence, cue", [
    ("The mayor proposed a ban on cars.", "proposed"),
    ("The group pledged to rebuild the school.", "pledged"),
    ("He hit back by citing the figures.", "citing"),
    ("The farmers said according to the rules nothing changed.", "according to"),
])
def test_verb_uses_stay_cues(sentence, cue):
    assert not noun_use(sentence, sentence.index(cue), cue)


def test_relative_clause_source():
    assert relative_antecedent("Mara Lind, 52, a nurse from Leeds, who") == len("Mara Lind, 52, a nurse from Leeds,")
    assert relative_antecedent("Mara Lind said") == -1
    got = attrs("The crowd cheered Mara Lind, a nurse from Leeds, who said the clinic must stay open.")
    assert got == [("Mara Lind, a nurse from Leeds, who", "said", "subject")]
    got = attrs("Most voters who said the economy mattered backed the mayor.")
    assert got == [("Most voters who", "said", "subject")]
    # a relative clause inside an unclosed quotation is part of the quotation
    assert [a[1] for a in attrs("The aide said the team would ''help everyone who asks.")] == ["said"]


@pytest.mark.parametrize("sentence", [
    "Asked whether she would run again, the mayor smiled.",
    "When asked about the budget, the senator left the room.",
    "The governor was asked if the bridge would open in May.",
    "Asked by reporters why the vote failed, he blamed the weather.",
    "The senator was asked to comment on the report.",
])
def test_questions_put_to_the_speaker(sentence):
    assert len(asked_cue(sentence)) == 1
    assert ("", "asked", "asked") in [(a[0], a[1].lower(), a[2]) for a in attrs(sentence)]


@pytest.mark.parametrize("sentence", [
    "The mayor asked the council to delay the vote.",
    "Nobody asked for this.",
    "The questions they asked were fair.",
])
def test_requests_are_not_questions(sentence):
    assert asked_cue(sentence) == []


def test_speaker_labels():
    assert speaker_label("SMITH: We will not raise taxes this year.") == (0, 5, 5)
    got = attrs("Jane Doe: The clinic has to stay open for everyone.")
    assert got == [("Jane Doe", ":", "label")]
    assert speaker_label("MARTIN: The agency never called me back.") == (0, 6, 6)
    # an interviewer's "Q:" and headline interjections are not speaker labels (issue 12g)
    assert speaker_label("Q: Did the agency help you at all?") is None
    assert speaker_label("Revealed: The clinic has to stay open for everyone.") is None
    # web page labels, short headline topics and function-word openings are not speakers
    assert speaker_label("Related: The clinic has to stay open for everyone.") is None
    assert speaker_label("Kasich: Now or never.") is None
    assert speaker_label("The bottom line: nobody knows what the vote means.") is None
    assert speaker_label("He said: we will go on.") is None


@pytest.mark.parametrize("sentence, source, verb", [
    ("The mayor appears to have changed her mind.", "The mayor", "appears to"),
    ("The governor is expected to sign the bill on Friday.", "The governor", "is expected to"),
    ("The senator talked about her plan for the ports.", "The senator", "talked about"),
    ("The coach discussed the new rules with parents.", "The coach", "discussed"),
    ("Recent polls show the mayor ahead by five points.", "Recent polls", "show"),
    ("As the mayor put it, nothing is free.", "the mayor", "put it"),
    ("The union reminded members that the strike starts Monday.", "The union", "reminded"),
])
def test_new_cues(sentence, source, verb):
    assert [a[:2] for a in attrs(sentence)] == [(source, verb)]


@pytest.mark.parametrize("sentence", [
    "The actors show up late.",
    "It was a great TV show, she said.",
    "We watched the show until midnight.",
])
def test_bare_show_needs_a_document_subject(sentence):
    assert "show" not in [a[1] for a in attrs(sentence)]


def test_content_verbs_after_a_first_cue():
    # "discussed" and "believes" are part of what was said, not a second attribution
    assert [a[1] for a in attrs("The minister said that they discussed trade.")] == ["said"]
    assert [a[1] for a in attrs("The candidate said he believes the race is close.")] == ["said"]
    # alone, they are cues
    assert [a[1] for a in attrs("Aides believe the race is close.")] == ["believe"]


def test_postposed_source_ends_its_clause():
    # "said" after a comma with a short phrase after it: a postposed source only when that phrase ends the clause
    assert attrs("The contrast will be clear, said the governor.") == [("the governor", "said", "inverted")]
    got = attrs("Lee Park, a former party aide in Iowa, said the problem for the mayor is money.")
    assert got == [("Lee Park, a former party aide in Iowa", "said", "subject")]


def test_place_after_an_adjunct_is_not_the_subject():
    got = attrs("The senator, speaking at a rally in Dayton, Ohio, said the plant would stay open.")
    assert got == [("The senator", "said", "subject")]
    # a real apposition after a comma is kept
    got = attrs("Ann Cole, the town's mayor, said the plant would stay open.")
    assert got == [("Ann Cole, the town's mayor", "said", "subject")]


def test_passive_with_an_adverb_is_not_a_subject():
    assert attrs("The matter was also discussed during the visit.") == []
    assert attrs("The plan was never discussed in public.") == []
    assert [a[:2] for a in attrs("The mayor also discussed the plan.")] == [("The mayor", "discussed")]


def test_called_with_an_object_and_a_name_for_it():
    assert [a[:2] for a in attrs("The senator called him a liar.")] == [("The senator", "called")]
    assert [a[:2] for a in attrs('The mayor called the plan "a disaster" on Monday.')] == [("The mayor", "called")]
    # naming, summoning and telephoning are not attributions
    assert attrs("A group called Our Principles formed.") == []
    assert attrs("The council called an emergency session.") == []
    assert attrs("She called the office after lunch.") == []
