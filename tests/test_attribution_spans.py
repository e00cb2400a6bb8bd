"""Source spans of found attributions (issue 12k), each rule with sentences that must and must not match (written
for the tests): the object of a verb that does not invert is not a postposed source, a relative clause inside the
subject is skipped, and the main verb after a closed relative clause takes the antecedent as its source."""
import pytest

from helpers.measures.sourcing import find_attributions, load_verbs, verb_table
from helpers.text.lexicon import Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
INFO = verb_table(VERBS)


def sources(sentence, verb):
    return [a.source for a in find_attributions(sentence, VM, INFO) if a.verb == verb]


SPANS = [  # (sentence, cue, the source it must have)
    # a verb with an object does not take it as a postposed source
    ("Ida Moss, a retired judge from Ohio, praised Governor Hale's plan on Monday.", "praised", "Ida Moss, a retired "
     "judge from Ohio"),
    ("The union, which represents nurses, endorsed Mayor Lind in the race.", "endorsed", "The union"),
    ("Tom Ruiz, the county's treasurer, criticized State Auditor Vance.", "criticized", "Tom Ruiz, the county's "
     "treasurer"),
    # a verb of saying still takes a postposed source
    ("The bridge will close for a year, said Ana Ortiz, the city engineer.", "said", "Ana Ortiz"),
    ("Prices will rise again, argues Paul Dent, an economist at the bank.", "argues", "Paul Dent"),
    # a relative clause before the verb is not the source
    ("Teachers who marched outside the school board said the cuts went too far.", "said", "Teachers"),
    ("Several farmers who lost their crops told reporters the aid came late.", "told", "Several farmers"),
    ("Two groups that have backed the measure say the vote is close.", "say", "Two groups"),
    # a passive participle takes its agent
    ("The budget, criticized by the teachers' union, passed on Friday.", "criticized", "the teachers' union"),
    ("The plan, first reported by The Daily Ledger on Monday, would cut fares.", "reported", "The Daily Ledger"),
    ("It was a goal endorsed by several mayors in the region.", "endorsed", "several mayors"),
]


@pytest.mark.parametrize("sentence, verb, source", SPANS)
def test_the_source_span(sentence, verb, source):
    assert sources(sentence, verb) == [source]


def test_a_complement_clause_keeps_its_own_subject():
    # "that" opens the reported clause here, not a relative clause: its subject is the source of the second verb
    assert sources("The mayor said that Officials warned of delays.", "warned") == ["Officials"]
    # "who" followed by a pronoun is not a relative clause's verb phrase
    assert sources("Nobody knows who he said it to.", "said") == ["he"]


@pytest.mark.parametrize("sentence, verb, source", [
    ("Rosa Beck, who said she votes in every election, said the lines were short.", "said", "Rosa Beck"),
    ("Dale Hart, who has criticized the council before, warned that taxes would rise.", "warned", "Dale Hart"),
    ("Neighbors who praised the new park complained about the noise.", "complained", "Neighbors"),
])
def test_the_main_verb_after_a_relative_clause_takes_the_antecedent(sentence, verb, source):
    assert sources(sentence, verb)[-1] == source


def test_a_cue_inside_the_reported_clause_keeps_its_own_subject():
    # "told" is part of what "said" reports: its subject is "her son", not the antecedent of "who"
    assert sources("Jo Hill, who said her son told her the school closed, is a nurse.", "told") == ["her son"]
    assert sources("Jo Hill said her son told her the school closed.", "told") == ["her son"]


@pytest.mark.parametrize("sentence, source", [
    ("Lyon (AFP) – Mayor Anne Roux closed the market on Friday, saying the roof was unsafe.", "Mayor Anne Roux"),
    ("OSLO, Mar 3 (Reuters) - The fisheries minister raised the quota, saying stocks had recovered.",
     "The fisheries minister"),
])
def test_a_dateline_is_not_the_subject_of_a_participle(sentence, source):
    assert sources(sentence, "saying") == [source]


def test_a_capitalised_subject_before_a_dash_is_kept():
    # no agency in brackets and not in capitals: a name before a dash is a subject, not a dateline
    assert sources("Mayor Roux - never one to wait - closed the market, saying the roof was unsafe.",
                   "saying") == ["Mayor Roux"]


def test_a_contracted_relative_clause_keeps_its_antecedent():
    assert sources("Dana Fox, who\u2019d backed the mayor, said she regretted it.", "said") == ["Dana Fox"]
    assert sources("Dana Fox, who\u2019d backed the mayor, said she regretted it.", "backed") == []
    assert sources("Dana Fox, who has long doubted the plan, said she regretted it.", "said") == ["Dana Fox"]


def test_a_cue_coordinated_inside_the_relative_clause_keeps_who():
    # "described" is the relative clause's own second verb: its source is "who" and its antecedent
    assert sources("Ravi Nair, who saw the crash and described it to police, was unhurt.", "described") == [
        "Ravi Nair, who"]


@pytest.mark.parametrize("sentence, source", [
    ("The coach quietly muttered: \u201cWe were not ready for this at all.\u201d", "The coach"),
    ("Lena Ortiz went so far as to say: \u201cThe deal is dead and buried now.\u201d", "Lena Ortiz"),
    ("The mayor paused, then leaned forward and growled: \u201cNobody leaves this room today.\u201d", "The mayor"),
])
def test_a_colon_after_a_verb_takes_the_verb_s_subject(sentence, source):
    found = [a for a in find_attributions(sentence, VM, INFO) if a.pattern == "colon"]
    assert [a.source for a in found] == [source]
    # the cue is the verb with its colon ("muttered:"), as annotators mark it, not the colon alone
    assert found[0].verb.endswith(":") and found[0].verb[:-1].strip().isalpha()


def test_a_colon_after_a_noun_keeps_the_noun_phrase():
    assert sources("Her verdict: \u201cWe will not back down from this fight.\u201d", ":") == ["Her verdict"]


def test_by_without_an_agent_is_not_a_source():
    assert sources("Ms. Hale said by phone that the road would reopen.", "said") == ["Ms. Hale"]
    assert sources("The rule was explained by pointing to the law.", "explained") == []


def test_a_quotation_ending_in_a_single_quoted_word_is_followed_by_its_source():
    assert sources("''We called it 'the long walk,''' said Mara Quinn, a guide.", "said") == ["Mara Quinn"]
    assert sources("The players' union said nothing.", "said") == ["The players' union"]


@pytest.mark.parametrize("sentence, source", [
    ("As the votes came in, Mayor Ortiz spoke to the crowd, promising a recount.", "Mayor Ortiz"),
    ("When the court met, the judge closed the hearing, saying it was final.", "the judge"),
])
def test_a_fronted_clause_is_not_the_subject_of_a_participle(sentence, source):
    assert sources(sentence, sentence.split(", ")[-1].split()[0]) == [source]


def test_a_fronted_clause_with_no_later_subject_gives_its_own_subject():
    assert sources("When she arrived she began by saying the plan was dead.", "saying") == ["she"]


def test_by_before_a_time_is_not_an_agent():
    assert sources("A ruling was expected by the end of May.", "expected") == []
    assert "2021" not in sources("Talks first reported by 2021 had stalled.", "reported")
