"""Issue 12at-i: role nouns with two senses ("veteran", "personality", "Star", "station", "Network") and religious
bodies (lexicon version 29). Every sentence and name is invented."""

import pytest

from helpers.measures.role_senses import bare_station, names_station
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, sents, phrase):
    tagger.reset()
    for s in sents:
        tagger.learn(s)
    return tagger.role(phrase)[0]


@pytest.mark.parametrize(
    "phrase, role",
    [
        # positives (each another role on main)
        ("Ivo Marek, the Norland News veteran", "journalist_media"),
        ("a TV personality", "journalist_media"),
        ("Norland Radio personality Tova Brill", "journalist_media"),
        ("the Star", "journalist_media"),
        ("the Star in Dunmore", "journalist_media"),
        ("a local TV station", "journalist_media"),
        ("the KXYZ station in Dunmore", "journalist_media"),
        ("Pim Oduya of member station WQRS in Dunmore", "journalist_media"),
        ("The Great Mosque of Dunmore", "activist_advocacy"),
        ("A church in northern Norland", "activist_advocacy"),
        ("his congregation", "activist_advocacy"),
        ("Ivo Marek, one of the show's co-hosts", "journalist_media"),
        ("Some church members", "ordinary_person"),
        # negatives (near-misses that keep their role)
        ("Ivo Marek, an Iraq War veteran", "ordinary_person"),
        ("a veteran firearms instructor", "ordinary_person"),
        ("the film's star Tova Brill", "ordinary_person"),
        ("a movie star", "ordinary_person"),
        ("Norland Star", "journalist_media"),
        ("Tova Brill, a retired four-star general", "ordinary_person"),  # as on main (another error class)
        ("the veteran narcotics officer", "official"),
        ("a Norland News host", "journalist_media"),
        ("Church officials", "official"),
    ],
)
def test_phrase_roles(tagger, phrase, role):
    assert _role(tagger, [], phrase) == role


@pytest.mark.parametrize("phrase", ["the clerk at the gas station", "an agent at a Border Patrol station",
                                    "Michael Okoro, of Network Box, a security firm"])
def test_not_media(tagger, phrase):
    assert _role(tagger, [], phrase) != "journalist_media"


def test_bare_station_after_a_named_station(tagger):
    sents = ["The Dunmore television station KXYZ first aired the footage on Friday."]
    assert _role(tagger, sents, "The station") == "journalist_media"
    assert _role(tagger, ["The gas station on Elm Street closed at nine."], "The station") == "unknown"


def test_helpers():
    assert names_station("an interview with radio station WQRS")
    assert not names_station("a fire station and a police station")
    assert bare_station("the station") and not bare_station("the station manager")


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # review r12at2: the name learnt from the apposition keeps the media sense the phrase is read with
        ("Ivo Marek, the Norland News veteran, said the vote was close.", "Marek", "journalist_media"),
        ("Ivo Marek, a TV personality, said the vote was close.", "Marek", "journalist_media"),
        ("Ivo Marek, an Iraq War veteran, said the vote was close.", "Marek", "ordinary_person"),
    ],
)
def test_learnt_name_keeps_sense(tagger, sentence, name, role):
    assert _role(tagger, [sentence], name) == role


def test_bare_station_in_extract_attributions():
    """Review r12at2: extract_attributions reads only the sentences with a name a source needs, and "the station"
    needs none, so the sentence naming the station was never read and the rule never fired there."""
    import pandas as pd

    from helpers.measures.sourcing import extract_attributions

    sents = ["The Dunmore television station KXYZ first aired the footage on Friday.",
             "\"We stand by the report,\" the station said."]
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(2), "paragraph_id": range(2),
                          "text": sents, "role": "body"})
    att = extract_attributions(units)
    rows = att[att["source_resolved"] == "the station"]
    assert len(rows) == 1 and rows.iloc[0]["role"] == "journalist_media"
    units = units.assign(text=["The gas station on Elm Street closed at nine.", sents[1]])
    att = extract_attributions(units)
    assert att[att["source_resolved"] == "the station"].iloc[0]["role"] != "journalist_media"
