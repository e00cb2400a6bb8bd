"""Plain present forms of listed reporting verbs (issue 12be-c, :mod:`helpers.measures.attribution_paradigm`): the
lexicon lists "charges" and "charged" but not "charge"; the plain form now counts after a plural noun or a subject
pronoun ("Critics charge that ..."), in lower case, before its content clause, in a sentence without quotation
marks. Each positive was no
attribution before the issue; the negatives are the same forms as an infinitive, a noun, an imperative, after a
singular or possessive word, in a title-case headline or beside a quotation. Sentences written for the tests."""

import pytest
from test_attribution_12adq import table

from helpers.measures.attribution_lexicons import load_verbs, verb_table
from helpers.measures.attribution_paradigm import base_form, plural_subject_before, with_base_forms


def found(sentence):
    return [(r.source, r.verb) for r in table([sentence]).itertuples() if r.verb]


CUES = [
    ("Critics charge that the new tax falls hardest on renters.", "Critics", "charge"),
    ("He said that Senate Democrats charge that the bill cuts school meals.", "Senate Democrats", "charge"),
    ("Officials of a dozen states charge that the rule is illegal.", "Officials of a dozen states", "charge"),
    ("The farmers announce they will stop selling milk to the cooperative.", "The farmers", "announce"),
    ("The leaked memos indicate that the plant failed two inspections.", "The leaked memos", "indicate"),
    ("Local residents often complain that the buses run late.", "Local residents", "complain"),
    ("They boast that their school has the best results in the county.", "They", "boast"),
    ("Union leaders insist and economists conclude that the tariffs closed the plant.", "economists", "conclude"),
    ("Several economists estimate that prices will rise by three percent.", "Several economists", "estimate"),
]


@pytest.mark.parametrize("sentence, source, verb", CUES)
def test_plain_form_after_plural_subject_is_found(sentence, source, verb):
    assert (source, verb) in found(sentence)


NOT_CUES = [
    ("The mayor plans to announce the budget on Friday.", "announce"),  # an infinitive
    ("The editor's note explains the correction.", "note"),  # a noun after a possessive
    ("Explain the rules to the new players before the match.", "Explain"),  # an imperative
    ("The council did not complain about the delay.", "complain"),  # after "not": no plural subject
    ("The driver faces a charge of reckless driving.", "charge"),  # a noun after an article
    ("Farmers Blame Heat For Poor Harvest", "Blame"),  # title case (a headline)
    ('Critics charge that "the tax is unfair to renters," the report said.', "charge"),  # beside a quotation
    ("Each candidate must explain the plan to the voters.", "explain"),  # after a modal and a singular subject
    ("Union leaders blame the closure on the new tariffs.", "blame"),  # no content clause after the plain form
    ("Many readers remember the old station on the hill.", "remember"),  # an object, not a content clause
    # a plural word after "a"/"an" (perhaps with a name's words between) modifies a noun: "a weapons charge", "A Los
    # Angeles Times estimate" (review r12be2)
    ("He faces a weapons charge that carries a year in jail.", "charge"),
    ("A Los Angeles Times estimate that drew on county records put the toll at 40.", "estimate"),
    ("Each sales estimate that the firm published was too high.", "estimate"),
]


@pytest.mark.parametrize("sentence, verb", NOT_CUES)
def test_plain_form_elsewhere_is_not_a_cue(sentence, verb):
    assert verb not in [v for _, v in found(sentence)]


@pytest.mark.parametrize("form, base", [("charges", "charge"), ("denies", "deny"), ("pushes for", "push for"),
                                        ("stresses", "stress"), ("emphasizes", "emphasize"), ("quips", "quip")])
def test_base_form_spelling(form, base):
    assert base_form(form) == base


@pytest.mark.parametrize("form", ["said", "is expected to", "press", "has", "was convinced"])
def test_base_form_of_other_forms_is_none(form):
    assert base_form(form) is None


def test_with_base_forms_adds_only_missing_forms_and_records_them():
    lex = {"entries": {"a": {"category": "neutral", "terms": ["charged", "charges"]},
                       "b": {"category": "neutral", "terms": ["admits", "admit"]}}}
    out = with_base_forms(lex)
    assert out["entries"]["a"]["terms"] == ["charged", "charges", "charge"]
    assert out["entries"]["a"]["base_forms"] == ["charge"]
    assert "base_forms" not in out["entries"]["b"] and out["entries"]["b"]["terms"] == ["admits", "admit"]
    assert lex["entries"]["a"]["terms"] == ["charged", "charges"]  # the input is not changed


def test_verb_table_carries_the_derived_forms():
    info = verb_table(with_base_forms(load_verbs()))
    assert "charge" in info["charge"]["base_forms"]
    assert info["say"]["base_forms"] == frozenset()


@pytest.mark.parametrize("text, ok", [("Critics charge", True), ("they often charge", True), ("who charge", True),
                                      ("The critic charge", False), ("his charge", False), ("Critics Charge", False),
                                      ("the news charge", False)])
def test_plural_subject_before(text, ok):
    start = text.rindex(" ") + 1
    assert plural_subject_before(text, start, len(text)) is ok


@pytest.mark.parametrize("sentence, source, verb", [
    ("Some note that the plan failed twice.", "Some", "note"),  # the lexicon's own "note that" pattern
    ("Historians will surely also note that the plan failed.", "Historians", "note"),
])
def test_derived_form_does_not_hide_a_listed_pattern(sentence, source, verb):
    assert (source, verb) in found(sentence)


@pytest.mark.xfail(strict=True, reason="review r12be2, left: after 'the' a plural modifier and a relative clause read "
                   "like a subject, a verb and its content clause")
def test_a_noun_compound_after_the_before_a_relative_clause_is_not_a_cue():
    # "The weapons charge that he faced" is a noun ("charge") with a relative clause, not "weapons" charging
    assert "charge" not in [v for _, v in found("The weapons charge that he faced was dropped last year.")]


def test_base_form_lexicon_reads_an_extended_lexicon_as_the_plain_one():
    # re-read: extract_attributions extends the verb lexicon once and derives the matcher's forms from that copy
    from helpers.measures.attribution_paradigm import base_form_lexicon, with_base_forms

    lex = {"entries": {"charge": {"terms": ["charges", "charged"], "category": "loaded"},
                       "say": {"terms": ["says", "say", "said"], "category": "neutral"}}}
    assert base_form_lexicon(lex) == base_form_lexicon(with_base_forms(lex)) == {
        "entries": {"charge": {"terms": ["charge"], "category": "loaded"}}}
