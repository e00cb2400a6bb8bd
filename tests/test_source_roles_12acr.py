"""Issue 12ac-r: roles stated in a clause away from the name (candidates, a title later in a "says" sentence, an
apposition with a possessive), a university's chancellor, heads of bodies an article calls one of a network of groups,
places that speak for their government, unresolved pronouns, the anonymity phrases in one list. Every sentence is
invented for the test."""
import pytest

from helpers.measures import role_refs as RR
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, sentences, phrase, verb="said"):
    tagger.reset()
    for s in sentences:
        tagger.learn(s)
    return tagger.role(phrase, verb=verb)[0]


@pytest.mark.parametrize("sentence", [
    "Ben Ruiz is running for governor of the state.",
    "Perhaps the best sign that Ben Ruiz is seriously challenging Carl Moss in the Republican primary is the ads.",
    "Ben Ruiz is seeking the Democratic nomination for the seat.",
    "Ben Ruiz announced his candidacy for mayor on Tuesday.",
])
def test_a_candidate_stated_in_the_verb_phrase_is_a_politician(tagger, sentence):
    assert _role(tagger, [sentence, "Ruiz said the race was close."], "Ruiz") == "politician"


@pytest.mark.parametrize("sentence", [
    "Ben Ruiz is running late for the meeting.",           # no office
    "Ben Ruiz is challenging the fine in court.",          # no primary or nomination
    "Ben Ruiz is seeking a refund from the airline.",
])
def test_no_candidate_without_an_office(tagger, sentence):
    assert _role(tagger, [sentence, "Ruiz said the race was close."], "Ruiz") == "unknown"


def test_a_capitalised_title_later_in_a_says_sentence(tagger):
    s = "Ann Kerr says her party will back the plan, the Senate Minority Leader wrote in a column for a newspaper."
    assert _role(tagger, [s], "Kerr") == "politician"
    # negative: an outlet's name is no title of the subject
    s2 = "Ann Kerr says her party will back the plan, the Daily Ledger reported."
    assert _role(tagger, [s2], "Kerr") == "unknown"


def test_an_apposition_with_a_possessive_after_the_cue(tagger):
    s = "\u201cIt is a crisis,\u201d said Hillary Moss, senior women\u2019s rights researcher at Rights Monitor."
    assert _role(tagger, [s], "Hillary Moss") == "expert"
    # negative: no role noun in the apposition
    s2 = "\u201cIt is a crisis,\u201d said Hillary Moss, the town\u2019s newest arrival at Rights Monitor."
    assert _role(tagger, [s2], "Hillary Moss") == "unknown"


@pytest.mark.parametrize("sentences,phrase", [
    (["Dana Fox, chancellor of the Lake State University system, said tuition would rise."], "Dana Fox"),
    (["Lake State University Chancellor Dana Fox said tuition would rise."], "Dana Fox"),
    (["The chancellor of Lake State University said classes would move online.",
      "\u201cWe have no choice,\u201d the chancellor, Dana Fox, said."], "the chancellor, Dana Fox"),
])
def test_a_university_chancellor_is_an_expert(tagger, sentences, phrase):
    assert _role(tagger, sentences, phrase) == "expert"


def test_a_head_of_government_chancellor_stays_a_politician(tagger):
    assert _role(tagger, ["Chancellor Dana Fox of Norland said the budget was balanced."], "Dana Fox") == "politician"
    assert _role(tagger, ["The chancellor said the budget was balanced."], "The chancellor") == "politician"


def test_the_head_of_a_body_in_a_network_of_groups_is_an_advocate(tagger):
    s = ["A broad network of groups is training new candidates.",
         "\u201cIt is hard,\u201d said Josh Hale, executive director of Science Runs."]
    assert _role(tagger, s, "Josh Hale") == "activist_advocacy"
    # negative: no reference to a group, the head stays an official
    assert _role(tagger, s[1:], "Josh Hale") == "official"


def test_a_place_that_speaks_is_its_government(tagger):
    s = ["The missile system in Norland will cost a billion dollars.", "Norland said the cost was not its own."]
    assert _role(tagger, s, "Norland") == "official"
    assert _role(tagger, ["Voters across East Norland were angry.", "East Norland said it would appeal."],
                 "East Norland") == "official"


def test_a_name_is_no_place_when_it_is_a_surname_or_after_a_publication(tagger):
    # "in Norland" but also "Ann Norland": a person's surname
    s = ["Ann Norland spoke for an hour.", "Voters had confidence in the plan in Norland.", "Norland said no."]
    assert _role(tagger, s, "Norland") == "unknown"
    # "wrote in Ledger": a publication, not a place
    assert _role(tagger, ["She wrote in Ledger last week.", "Ledger said the plan failed."], "Ledger") == "unknown"
    # a source with more than the name is not the place ("voters in Norland")
    assert _role(tagger, ["The base in Norland is old."], "some voters in Norland") != "official"


def test_carry_pronouns_takes_the_one_role_of_the_speakers_before():
    docs, units = ["d"] * 3, [1, 2, 3]
    roles, bases = RR.carry_pronouns(docs, units, ["Ann Lee", "Gov. Ben Kay", "he"],
                                     ["Ann Lee", "Gov. Ben Kay", "he"], ["politician", "politician", "unknown"],
                                     ["article", "phrase", ""], [True, True, True])
    assert roles[2] == "politician" and bases[2] == RR.PRONOUN_BASIS


def test_carry_pronouns_leaves_ambiguous_or_resolved_pronouns():
    docs, units = ["d"] * 3, [1, 2, 3]
    # two speakers with different roles: ambiguous
    roles, _ = RR.carry_pronouns(docs, units, ["Ann Lee", "Ben Kay", "he"], ["Ann Lee", "Ben Kay", "he"],
                                 ["politician", "expert", "unknown"], ["article", "article", ""], [True, True, True])
    assert roles[2] == "unknown"
    # a pronoun resolved to a name keeps that name's role, even unknown
    roles, _ = RR.carry_pronouns(docs, units, ["Ann Lee", "Ben Kay", "he"], ["Ann Lee", "Ben Kay", "Cole"],
                                 ["politician", "politician", "unknown"], ["article", "article", ""], [True] * 3)
    assert roles[2] == "unknown"
    # a speaker too far before (more than 5 sentences) does not count; nor one of another article
    roles, _ = RR.carry_pronouns(["d", "d"], [1, 9], ["Ann Lee", "she"], ["Ann Lee", "she"], ["official", "unknown"],
                                 ["article", ""], [True, True])
    assert roles[1] == "unknown"
    roles, _ = RR.carry_pronouns(["c", "d"], [1, 2], ["Ann Lee", "she"], ["Ann Lee", "she"], ["official", "unknown"],
                                 ["article", ""], [True, True])
    assert roles[1] == "unknown"


@pytest.mark.parametrize("intro", [
    "An aide who spoke on condition of anonymity said the vote was set.",
    "Two officials not authorized to speak publicly described the plan.",
    "A staffer who declined to be named said the memo was real.",
])
def test_anonymity_phrases_from_the_lexicon_introduce_unnamed_sources(tagger, intro):
    assert _role(tagger, [intro, "The person said talks would resume."], "the person") == "anonymous"


def test_the_anonymity_intro_is_built_from_the_lexicon_only():
    lex = load_roles()
    anon = {k: e for k, e in lex["entries"].items() if e["kind"] == "anonymity"}
    pattern = RR.anon_intro(anon)
    assert pattern.search("people familiar with the plan")
    assert not pattern.search("people familiar faces")
    assert RR.anon_intro({"x": {"terms": ["familiar with"]}}) is None  # no intro nouns: no pattern
    assert not hasattr(RR, "ANON_INTRO")


def test_an_institution_later_in_the_sentence_is_no_title_of_the_subject(tagger):
    s = "Ann Kerr will visit the plant next week, the White House said."
    assert _role(tagger, [s], "Ann Kerr") == "unknown"


def test_a_possessive_after_in_is_no_place(tagger):
    s = ["Friends in Norland\u2019s town often visit.", "Norland said he missed home."]
    assert _role(tagger, s, "Norland") == "unknown"


def test_a_capitalised_title_after_a_plain_verb_is_another_person(tagger):
    assert _role(tagger, ["Ann Kerr signed the order, the Senate Minority Leader told reporters."], "Kerr") == "unknown"
