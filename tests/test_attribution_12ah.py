"""Rules of issue 12ah-q (direct quotations, both error sides): a quotation that ends the sentence inside the content
clause of an earlier cue is that cue's ('Roe declared in an interview that she found the plan "a gift to
developers."': "declared" direct, the nested "found" reported), and a quotation that closes a fronted adjunct
('In an interview on "Good Day Norland," Roe said the plan ...') is no part of the content of a cue that has a
content of its own. Sentences written for the tests."""

import pytest
from test_attribution_12adq import table


def rows(sentence):
    return [(r.verb, r.source, r.kind) for r in table([sentence]).itertuples() if r.verb]


# --- one quotation, one direct attribution: the outer cue owns a final quotation in its content clause ----------

OUTER = [
    (
        "Mayor Ann Roe met the board in May and declared in an interview with the Courier that she found Lee to be "
        '"very charming."',
        "declared",
        "found",
    ),
    ('The inspector noted that the audit found the fund "deeply in debt and badly run."', "noted", "found"),
    (
        "The charter makes no mention of an army, although it does say that Norland agrees to \u201crenounce war.\u201d",
        "say",
        "agrees",
    ),
]


@pytest.mark.parametrize("sentence, outer, inner", OUTER)
def test_outer_cue_owns_the_final_quotation(sentence, outer, inner):
    kinds = {verb: kind for verb, _, kind in rows(sentence)}
    assert kinds.get(outer) == "direct" and kinds.get(inner) != "direct", rows(sentence)


OUTER_NOT = [
    # a negated first cue reports nothing; "we note" is the writer's
    ('Nor did the Courier ever report that the mayor admitted the plan was "a mistake from the start."', "admitted"),
    ('We note that the mayor admitted the plan was "a mistake from the start."', "admitted"),
    # a nested verb of saying keeps the quoted words of its own speaker; a fronted subordinate clause ends the
    # first cue's content; a "that" after a verb that is no setting
    ('The lawsuit noted that Roe told reporters at the port on Friday there "could be others also."', "told"),
    ('Prosecutors say that he told one officer, "I would do it all again."', "told"),
    (
        'When Lee objected that Roe has proposed a costly new bridge, the mayor ignored him, "We have seen no plan."',
        "proposed",
    ),
    ('She seemed to relish that Lee at times calls her "my Ann."', "calls"),
    # a second cue coordinated with its own quotation, a relative clause, a clause after a comma: the later cue's
    ('Roe said the plan failed and called the budget "a disgrace."', "called"),
    ('Roe attacked the levy, which she called "a tax on the poor."', "called"),
    ('After Lee informed the board that she had resigned, Roe wrote that the board "lost its way."', "wrote"),
    # a gerund read as a subject: "charges that X called" is a relative clause
    ("The mayor went too far, uttering charges that one critic, for one, called ''a cheap smear.''", "called"),
]


@pytest.mark.parametrize("sentence, verb", OUTER_NOT)
def test_later_cue_keeps_its_quotation(sentence, verb):
    assert any(v == verb and kind == "direct" for v, _, kind in rows(sentence)), rows(sentence)


# --- a quotation that closes a fronted adjunct is not the content of a cue with a content of its own ------------

FRONTED = [
    ('To a question on the "privatization of public jobs," Lee said private firms can cost more.', "said"),
    (
        'Speaking to the hosts of "Morning Talk," Senator Lee on Monday lashed out at what he called a reckless budget.',
        "lashed out at",
    ),
    ('Sunday on Norland Radio\'s "Morning Talk," Rep. Ann Lee said the mayor\'s "judgment" is in question.', "said"),
]


@pytest.mark.parametrize("sentence, verb", FRONTED)
def test_fronted_quotation_is_not_the_content(sentence, verb):
    assert any(v == verb and kind == "reported" for v, _, kind in rows(sentence)), rows(sentence)


FRONTED_NOT = [
    # the quotation is the content: the cue ends its clause, or the sentence opens with no adjunct
    ('In the end, "we will rebuild every house," the mayor said.', "said"),
    ('In the end, "we will rebuild every house," the mayor said on Tuesday.', "said"),
    ('The levy is "a tax on the poor," Roe said.', "said"),
]


@pytest.mark.parametrize("sentence, verb", FRONTED_NOT)
def test_quotation_before_a_bare_reporting_clause_stays_direct(sentence, verb):
    assert any(v == verb and kind == "direct" for v, _, kind in rows(sentence)), rows(sentence)


def test_quotation_before_told_and_its_hearer_stays_direct():
    sentence = 'For example: "We made a terrible mistake in the first place," he told the Courier in October.'
    assert any(v == "told" and kind == "direct" for v, _, kind in rows(sentence)), rows(sentence)
