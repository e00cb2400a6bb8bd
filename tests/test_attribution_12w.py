"""Rules added by issue 12w: single-quoted quotations (the headline convention) right after a cue or ending the
sentence make the content direct, and stance verbs take a relative pronoun as their subject ("Rubio, who
supported the bill"). Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def rows(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    a = extract_attributions(u)
    return [(r.verb, r.source, r.kind) for r in a.itertuples() if r.verb]


@pytest.mark.parametrize("sentence, kind", [
    ("Mayor Lind: \u2018No Plan\u2019 To Close The Harbour Before Winter.", "direct"),
    ("Port Union Chief: Harbour Closure Would Be \u2018A Disaster For Families.\u2019", "direct"),
    ("The governor said the levy was \u2018a fair deal.\u2019", "direct"),
    ("Mayor Lind: No Plan To Close The Harbour Before Winter.", "reported"),  # no quotation
    ("The governor said the levy was fair, and the farmers' union agreed.", "reported"),  # an apostrophe
    ("The governor said the \u2018levy\u2019 would end in the spring.", "reported"),  # inside the content
])
def test_single_quoted_quotation_after_the_cue_or_ending_the_sentence_is_direct(sentence, kind):
    found = rows(sentence)
    assert found and all(k == kind for _, _, k in found)


@pytest.mark.parametrize("sentence, source, verb", [
    ("The grant went to Ana Ruiz, who supported the measure in the council.", "Ana Ruiz, who", "supported"),
    ("Dockers' Alliance, a union that opposed the merger, lost the vote.", "a union that", "opposed"),
    ("Three senators, all of whom opposed the treaty, asked for a new vote.", "all of whom", "opposed"),
    ("The farmers' league, which has long supported the levy, met on Monday.", "The farmers' league, which",
     "supported"),
])
def test_stance_verb_after_a_relative_pronoun_is_a_cue(sentence, source, verb):
    assert (verb, source) in [(v, s) for v, s, _ in rows(sentence)]


@pytest.mark.parametrize("sentence", [
    "She met the players who were supported by the club.",  # a passive
    "The club, which opposed to the plan at first, changed its mind.",  # no object
    "The coach, who never supported the move, stayed.",  # a negation
    "They asked whether voters who supported the levy would vote again.",  # inside a question's content
])
def test_relative_stance_verb_outside_its_frame_is_no_cue(sentence):
    assert not any(v in ("supported", "opposed") for v, _, _ in rows(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("\u201cThe port stays open,\u201d read the statement, which the council sent on Friday.", "the statement"),
    ("\u201cWe will not give up!\u201d reads a banner on the town hall.", "a banner on the town hall"),
    ("\"Vote no on the levy,\" read the flyer.", "the flyer"),
])
def test_read_after_a_quotation_is_an_inverted_cue(sentence, source):
    assert [(v.lower().startswith("read"), s, k) for v, s, k in rows(sentence)] == [(True, source, "direct")]


@pytest.mark.parametrize("sentence", [
    "\u201cThe Plague,\u201d a novel, is what she read the summer before.",  # "read" is not after the quotation
    "He liked \u201cThe Plague\u201d and read the novel twice.",  # the quotation's last mark is no comma
    "\u201cThe port stays open,\u201d read",  # no noun phrase
])
def test_read_elsewhere_is_no_cue(sentence):
    assert not any(v.lower().startswith("read") for v, _, _ in rows(sentence))


@pytest.mark.parametrize("sentence, verb, source", [
    ("Ms. Ortiz, citing a survey of members, said the union would strike.", "said", "Ms. Ortiz"),
    ("Judge Amy Lee, writing for the majority, said the law was valid.", "said", "Judge Amy Lee"),
    ("The Journal, citing internal documents, reported that the plant would close.", "reported", "The Journal"),
])
def test_cue_after_a_participle_clause_between_commas_takes_the_subject_before_it(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in rows(sentence)]


@pytest.mark.parametrize("sentence, verb, wrong", [
    ("The report, citing a survey, was late, but the mayor said the union would strike.", "said", "The report"),
    ("Ms. Ortiz, citing a survey, and the mayor said the union would strike.", "said", "Ms. Ortiz"),
])
def test_participle_clause_that_is_no_apposition_keeps_the_usual_subject(sentence, verb, wrong):
    found = [(v, s) for v, s, _ in rows(sentence) if v == verb]
    assert found and all(s != wrong for _, s in found)


@pytest.mark.parametrize("sentence, source", [
    ("Fleming recalled the long winter in Oslo, and said the town had changed.", "Fleming"),
    ("Manning toured the plant on Monday, and said the jobs would stay.", "Manning"),
])
def test_name_ending_in_ing_opens_a_clause_as_its_subject(sentence, source):
    assert ("said", source) in [(v, s) for v, s, _ in rows(sentence)]


def test_fronted_participle_is_still_no_subject():
    found = [(v, s) for v, s, _ in rows("Speaking at a rally in Ohio, the senator said the plant would stay.")]
    assert found == [("said", "the senator")]


@pytest.mark.parametrize("sentence", [
    "It had no links to the terrorist group that attacked the embassy in 1998.",
    "Many of the militants who attacked the convoy were never caught.",
])
def test_physical_attack_in_a_relative_clause_is_no_cue(sentence):
    assert not any(v == "attacked" for v, _, _ in rows(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Ana Ruiz, a lawyer in Des Moines who supported the levy, spoke first.", "who"),
    ("Most members of Congress who opposed the bill stayed home.", "Most members of Congress who"),  # read whole
])
def test_relative_stance_source_is_the_relative_word_when_the_phrase_before_is_a_prepositions_object(sentence,
                                                                                                    source):
    assert [s for v, s, _ in rows(sentence) if v in ("supported", "opposed")] == [source]


def test_physical_attack_after_a_partitive_relative_is_no_cue():
    assert not any(v == "attacked" for v, _, _ in rows("Many of the terrorists who attacked the town were caught."))
