"""Rules added by issue 12y: speaker spans (a verb coordinated with an earlier cue that takes no clause, an adjunct
between commas or an aside between dashes before the verb) and unnamed groups typed `anonymous`. Sentences written
for the tests."""
import pandas as pd
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions


def table(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    return extract_attributions(u)


def sources(sentence):
    return [(r.verb, r.source) for r in table(sentence).itertuples() if r.verb]


@pytest.mark.parametrize("sentence, verb, source", [
    ("Mayor Ann Dale blasted the county board and said the town would pay for the repairs.", "said", "Mayor Ann Dale"),
    ("Ortiz praised the union's offer on wages and said the strike could end this week.", "said", "Ortiz"),
])
def test_verb_coordinated_with_a_cue_that_takes_no_clause_shares_its_subject(sentence, verb, source):
    assert (verb, source) in sources(sentence)


@pytest.mark.parametrize("sentence, verb, source", [
    # "said" takes a clause: "the governor" is the subject of a clause of its content
    ("The mayor said Governor Lind resigned on Monday and apologized to the staff.", "apologized", "Governor Lind"),
])
def test_verb_after_a_clause_is_not_given_the_first_subject(sentence, verb, source):
    assert dict(sources(sentence)).get(verb) == source


@pytest.mark.parametrize("sentence, verb, source", [
    ("Sexton, after the last two rallies, wrote that the crowds had grown.", "wrote", "Sexton"),
    ("Lena Park, appearing on a radio show after the debate, said the tax plan was unfair.", "said", "Lena Park"),
    ("Dale, before the council voted on the budget, warned that the pool would close.", "warned", "Dale"),
])
def test_adjunct_between_commas_before_the_verb_is_skipped(sentence, verb, source):
    assert (verb, source) in sources(sentence)


@pytest.mark.parametrize("sentence, verb, source", [
    ("After the vote, Jones said the council had made a mistake.", "said", "Jones"),
    ("The treasurer, who spoke after the vote, said the budget was balanced.", "said", "The treasurer"),
    # after "while" a noun phrase is the verb's own subject, not an aside
    ("The board met the mayor on Monday, while the union in contrast to earlier reports, said that talks went well.",
     "said", "the union in contrast to earlier reports"),
])
def test_fronted_adjunct_and_relative_clause_keep_their_subject(sentence, verb, source):
    assert (verb, source) in sources(sentence)


@pytest.mark.parametrize("sentence, verb, source", [
    ("Murphy \u2014 after a long pause \u2014 told me he had never lost an election.", "told", "Murphy"),
    ("Joyce \u2014 who is listed as a lawyer but does not practice \u2014 told reporters he would not appeal.", "told",
     "Joyce"),
])
def test_aside_between_dashes_before_the_verb_is_skipped(sentence, verb, source):
    assert (verb, source) in sources(sentence)


def test_dashes_after_the_verb_leave_the_subject():
    assert ("said", "The senator") in sources("The senator said \u2014 after a long pause \u2014 that she would run.")


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


@pytest.mark.parametrize("phrase", ["Critics", "Some critics", "Others", "Those who", "Opponents of the bill",
                                    "Many", "the skeptics", "Critics of the administration"])
def test_unnamed_group_is_anonymous(tagger, phrase):
    assert tagger.role(phrase) == ("anonymous", "unnamed_group")


@pytest.mark.parametrize("phrase, role", [
    ("Republican critics", "politician"), ("some voters", "ordinary_person"), ("Many in the party", "politician"),
    ("Others at the agency", "official"), ("Bush and others", "unknown"), ("Some 300 residents", "ordinary_person"),
])
def test_group_with_a_role_noun_keeps_it(tagger, phrase, role):
    assert tagger.role(phrase)[0] == role


@pytest.mark.parametrize("sentence, identity", [
    ("Others said the plan would fail.", "unnamed"),
    ("Opponents of the bill argued that it was too costly.", "unnamed"),
    ("Critics say the plan will fail.", "unnamed"),
])
def test_unnamed_group_source_is_not_named(sentence, identity):
    a = table(sentence)
    assert list(a["identity"]) == [identity] and list(a["role"]) == ["anonymous"]
