"""Hedge lexicon versions 2 and 3 (rounds h2 and h3 of benchmarks/hedge_check.py): evidential verbs, attributive
adjectives, reduced agentless passives, agentless accusation and vague sources; no agentless form when the sentence
names its source (sentences written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.sourcing import find_hedges


def units(texts):
    return pd.DataFrame({"doc_id": "d", "outlet": "A", "unit_id": range(len(texts)), "paragraph_id": 0,
                         "role": "body", "text": texts})


def hedges(text):
    h = find_hedges(units([text]))
    return list(zip(h["hedge"], h["hedge_kind"], h["text"]))


@pytest.mark.parametrize("text, entry, kind, words", [
    ("The alleged attack on the depot was never confirmed.", "alleged", "adjective", "alleged"),
    ("Police found a purported list of targets.", "alleged", "adjective", "purported"),
    ("Officials denied the mayor\u2019s supposed links to the firm.", "alleged", "adjective", "supposed"),
    ("The minister appears to have known of the plan.", "appears_to", "evidential", "appears to"),
    ("The talks seemed to stall after the vote.", "appears_to", "evidential", "seemed to"),
    ("It appears the shipment never left the port.", "appears_to", "evidential", "It appears"),
    ("A man believed to be the group's treasurer was arrested.", "reduced_passive", "agentless", "believed to be"),
    ("The fund, said to have lost millions, closed.", "reduced_passive", "agentless", "said to have"),
    ("The director was accused of hiding the losses.", "accused_of", "agentless", "was accused of"),
    ("Some say the reform came too late.", "some_say", "vague_source", "Some say"),
    ("The vote came amid speculation that the leader would resign.", "speculation", "vague_source",
     "speculation that"),
    ("There were reports of shooting near the border.", "speculation", "vague_source", "There were reports"),
    ("The deal collapsed amid reports that the buyer had walked away.", "speculation", "vague_source", "amid reports"),
    ("It\u2019s believed the ferry left an hour early.", "it_is_said", "agentless", "It\u2019s believed"),
    ("The fire was an apparent attempt to destroy the records.", "alleged", "adjective", "apparent"),
    ("As some have alleged, the count was rushed.", "some_say", "vague_source", "some have alleged"),
    ("The vote was what some see as a betrayal of the deal.", "some_say", "vague_source", "what some see"),
])
def test_new_forms_are_hedges(text, entry, kind, words):
    assert (entry, kind, words) in hedges(text)


@pytest.mark.parametrize("text", [
    "The union alleged that the company broke the contract.",  # a named source's verb, not an adjective
    "Drivers are supposed to stop at the line.",                # normative "supposed to"
    "The senator appeared before the committee on Monday.",     # "appear" with no "to"
    "He said to be careful on the roads.",                      # a report of advice, no hedge
    "Some saw smoke over the harbour.",                         # seeing, not believing
    "\u201cThe plan seems to be failing,\u201d she said.",     # inside a quotation: the speaker's
    "The board accused the director of fraud.",                 # an accusation with its accuser
    "The director was accused of fraud by two former clerks.",  # the accusers named later in the clause
    "The mayor is said to be ill, according to the city paper.",  # a named source credited in the sentence
    "The heir was apparent to everyone in the room.",           # "apparent" with no determiner before it
])
def test_near_misses_are_not_hedges(text):
    assert hedges(text) == []
