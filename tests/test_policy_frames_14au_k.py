"""Policy codebook version 7 (issue 14au-k): precision and generality of the cues of versions 5 and 6.

Every sentence here is invented for the test. Negatives are the reviewer's everyday senses (review r14au, findings
8 and 9) and others like them; positives are political or policy uses of the same words (near misses of the
negatives), and the general (parliamentary) counterparts of the US-only political cues.
"""
from __future__ import annotations

import pytest
from _policy_helpers import frames, shared_books


@pytest.fixture(scope="module")
def shared():
    return shared_books()


def test_version_is_7_or_later(shared):
    assert int(shared["policy_frames"]["version"]) >= 7


@pytest.mark.parametrize("sentence", [
    # the reviewer's sentences (finding 9)
    "That is a conservative estimate of the damage.",
    "The chef made liberal use of garlic.",
    "Apple and its rivals cut prices.",
    "The home team beat its rivals.",
    "She scored twice against their opponents.",
    "The cream was endorsed by a dermatologist.",
    "She vetoed the restaurant.",
    "The populist restaurant chain opened a new branch.",
    # more everyday senses of the same words
    "The library keeps liberal opening hours in summer.",
    "He took a conservative approach to the renovation.",
    "Both chess clubs see the other as their rivals.",
    "The boxer studied tapes of his last three fights.",
    "Her parents vetoed the trip to the coast.",
    "The company had never formally endorsed the accord.",
])
def test_everyday_senses_are_not_political(shared, sentence):
    assert "political" not in frames(shared, [sentence])[0]


@pytest.mark.parametrize("sentence", [
    "The firm unveiled a new smartphone.",
    "Engineers implemented a faster search algorithm.",
    "He plans to propose to his girlfriend at the lake.",
    "Scientists propose that the comet is older than the sun.",
    "The museum unveiled the restored statue on Sunday.",
    "The team implemented the new software over the weekend.",
])
def test_everyday_senses_are_not_policy(shared, sentence):
    assert "policy_prescription" not in frames(shared, [sentence])[0]


@pytest.mark.parametrize("sentence", [
    # ideological camps as a group noun's modifier or as a noun
    "Conservative voters stayed home in the river towns.",
    "The liberal wing of the chamber held out for a week.",
    "She is a liberal, and proud of it.",
    "He is a conservative who rarely breaks ranks.",
    "The populist leader rallied the crowd in the square.",
    "The populist message found an audience in the factory towns.",
    "The speech was in line with traditional conservative values.",
    "The Conservative Party gained ground in the north.",
    # the political contest of a person
    "His opponents are watching closely, eager to pounce.",
    "Her rivals spent the weekend on the phone.",
    # a veto of a bill; an actor's endorsement (active voice)
    "The governor vetoed the bill on Friday.",
    "Nobody knew whether the president had endorsed the package.",
    "The union endorsed him in March.",
    # parliamentary and other systems (counterparts of the US-only cues)
    "The MP from the coastal district crossed the floor.",
    "Two MPs walked out before the count.",
    "Members of parliament debated the matter until dawn.",
    "Both camps courted the marginal seats in the final week.",
    "The seat is a swing seat that changed hands twice.",
    "Turnout in the constituency fell by a fifth.",
    "The leadership contest will end in September.",
    "A referendum on independence is planned for spring.",
    "The government narrowly survived a no-confidence motion.",
    "The minority government depends on two small groups.",
    "The upper house sent the text back with changes.",
])
def test_political_uses_are_political(shared, sentence):
    assert "political" in frames(shared, [sentence])[0]


@pytest.mark.parametrize("sentence", [
    "The ministers propose to cut the fuel subsidy.",
    "The agency is proposing stricter limits on river dumping.",
    "The housing plan, unveiled on Monday, leaves out the suburbs.",
    "The mayor unveiled her framework for the new districts.",
    "The state has been slow to implement the new school standards.",
    "The agency implemented the new rules in May.",
    "The governor vetoed the bill on Friday.",
])
def test_policy_uses_are_policy(shared, sentence):
    assert "policy_prescription" in frames(shared, [sentence])[0]


def test_longer_cues_keep_other_frames(shared):
    """Longer cues of the same codebook hide the shorter cues inside them, so they are listed under both frames."""
    got = frames(shared, ["He signed an endorsement deal with a shoe brand.",
                          "The speech was in line with traditional conservative values.",
                          "The president vetoed the legislation on Friday.",
                          "Conservative Republicans balked at the price.",
                          "The liberal justices dissented sharply."])
    assert "economic" in got[0] and "political" not in got[0]
    assert {"political", "cultural_identity"} <= got[1]
    assert {"political", "legality_jurisprudence"} <= got[2]
    assert {"political", "economic"} <= got[3]
    assert {"political", "legality_jurisprudence"} <= got[4]
