"""Cue senses (helpers.framing.senses): names, titles before a person's name, speakers of attributions.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import textwrap

import pandas as pd
import pytest

from helpers import framing as F
from helpers.framing.senses import DEFAULT_SENSES, SENSE_RULES, cue_senses


@pytest.fixture(scope="module")
def books():
    return F.load_codebooks(["policy_frames", "generic_frames"])


def senses(books, sentences, rules=SENSE_RULES):
    cues = F.find_cues(pd.DataFrame({"text": sentences}), books, senses=rules)
    cues = cues[cues["lexicon"].isin(list(books))]
    return {(int(u), str(c)): s for u, c, s in zip(cues["unit"], cues["cue"], cues["sense"])}


def test_cue_inside_an_institution_name_does_not_count(books):
    got = senses(books, ["The Ministry of Economic Affairs published figures.",
                         "Human Rights Watch documented the arrests.",
                         "Economic growth slowed and human rights were ignored."])
    assert got[(0, "economic")] == "name"
    assert got[(1, "human rights")] == "name"
    assert got[(2, "economic")] == "" and got[(2, "human rights")] == ""


def test_title_before_a_person_name_does_not_count(books):
    got = senses(books, ["Envoy Maria Costa arrived in the capital.",
                         "The visiting envoy Maria Costa arrived in the capital.",
                         "The defense minister Karl Olsen visited the base.",
                         "The economic adviser Larry Moss praised the budget.",
                         "The envoy arrived on Monday.",
                         "The defense minister Monday visited the base."])
    assert got[(0, "envoy")] == "name"  # capitalised title before a name
    assert got[(1, "envoy")] == "title"
    assert got[(2, "defense")] == "title"
    assert got[(3, "economic")] == "title"
    assert got[(4, "envoy")] == ""  # no name after it, no attribution
    assert got[(5, "defense")] == ""  # a weekday is not a name


def test_title_as_speaker_does_not_count(books):
    got = senses(books, ["The ambassador told reporters the visit went well.",
                         "\"We are ready,\" the defense minister said.",
                         "The ambassador was expelled after the row.",
                         "Critics of the trade deal said it would hurt farmers."])
    assert got[(0, "ambassador")] == "speaker"
    assert got[(1, "defense")] == "speaker"
    assert got[(2, "ambassador")] == ""  # the subject of an event, not a speaker
    assert got[(3, "trade deal")] == ""  # inside the source, but not a title


def test_rules_can_be_switched_off(books):
    s = ["The ambassador told reporters the visit went well.", "The Ministry of Economic Affairs published figures."]
    assert set(senses(books, s, rules=()).values()) == {""}
    only_name = senses(books, s, rules=("name",))
    assert only_name[(0, "ambassador")] == "" and only_name[(1, "economic")] == "name"
    with pytest.raises(ValueError, match="unknown sense rule"):
        F.find_cues(pd.DataFrame({"text": s}), books, senses=("names",))


def test_tagger_does_not_count_a_title_cue(books):
    units = pd.DataFrame({"doc_id": ["a", "a", "a"], "text": ["The ambassador told reporters the visit went well.",
                                                              "The ambassador was expelled after the row.",
                                                              "The visiting envoy Maria Costa arrived."]})

    def external(senses):
        frames = F.tag_frames(units, F.find_cues(units, books, senses=senses), books)
        return set(frames.loc[(frames["frame"] == "external_regulation_reputation") & frames["counted"], "unit"])

    assert DEFAULT_SENSES == ("name",)
    assert external(DEFAULT_SENSES) == {0, 1, 2}  # the title and speaker rules are not applied by default
    assert external(("name", "title")) == {0, 1}
    assert external(SENSE_RULES) == {1}
    assert external(()) == {0, 1, 2}


def _codebook(tmp_path, name_safe):
    text = textwrap.dedent(f"""
        name: test_frames
        version: 1
        source: invented for a test
        entries:
          resolution:
            label: Resolution
            definition: A solution is offered.
            source: invented
            terms: [agreement, plan]
            {name_safe}
        """)
    p = tmp_path / "test_frames.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_name_safe_terms_count_inside_names(tmp_path):
    safe = F.load_codebooks([_codebook(tmp_path, "name_safe: [agreement]")])
    plain = F.load_codebooks([_codebook(tmp_path, "")])
    s = ["Both sides signed the Paris Agreement and the Marshall Plan was cited."]
    cues = pd.DataFrame({"unit": [0, 0], "lexicon": ["test_frames"] * 2, "entry": ["resolution"] * 2,
                         "start": [s[0].index("Agreement"), s[0].index("Plan")],
                         "end": [s[0].index("Agreement") + 9, s[0].index("Plan") + 4], "cue": ["agreement", "plan"]})
    assert list(cue_senses(cues, s, safe)) == ["", "name"]
    assert list(cue_senses(cues, s, plain)) == ["name", "name"]


def test_name_safe_must_list_terms_of_the_entry(tmp_path):
    with pytest.raises(F.CodebookError, match="not terms of the entry"):
        F.load_codebooks([_codebook(tmp_path, "name_safe: [treaty]")])


def test_title_case_headline_is_not_a_name(books):
    got = senses(books, ["China Greens Its Economy By Funding Coal Projects In the south, coal use grew.",
                         "New Climate Assessment Forecasts Dire Effects On Economy, Health",
                         "She served on the White House Council of Economic Advisers for two years."])
    assert got[(0, "economy")] == ""
    assert got[(1, "economy")] == ""
    assert got[(2, "economic")] == "name"


def test_titles_need_a_person_name_and_a_noun(books):
    got = senses(books, ["The Democratic Party has changed.",
                         "The news of the plan to host Putin for a meeting surprised them.",
                         "The defense secretary Committee met.",
                         "They voted to repeal President Obama's changes.",
                         "It is the kind of judge Cruz says he admires."])
    assert got[(0, "democratic")] == ""  # written with a capital in the codebook: a name on purpose
    assert got[(1, "plan to")] == ""  # "host" is a verb here
    assert got[(2, "defense")] == ""  # an organisation noun is not a person's name
    assert got[(3, "repeal")] == ""  # a lower-case verb before a capitalised title
    assert got[(4, "judge")] != "title"  # one capitalised word after a title: here the subject of a new clause


def test_long_names_stay_names_and_capitals_are_headlines(books):
    got = senses(books, ["He visited the Walter Reed National Military Medical Center in Bethesda.",
                         "The Center For Medical Progress released a video.",
                         "OFFICIALS WARN OF DAMAGE TO THE ECONOMY"], rules=("name",))
    assert got[(0, "military")] == "name"
    assert got[(1, "medical")] == "name"
    assert got[(2, "economy")] == ""


def test_an_event_name_keeps_its_head_noun(books):
    got = senses(books, ["Veterans of the first Gulf War met in the town.",
                         "World War II ended long ago.",
                         "The Cold War shaped the region.",
                         "The Institute for War and Peace Reporting said so.",
                         "The War Department was renamed."], rules=("name",))
    assert got[(0, "war")] == "" and got[(1, "war")] == "" and got[(2, "war")] == ""
    assert got[(3, "war")] == "name"  # after a connector: part of the institute's name
    assert got[(4, "war")] == "name"  # another capitalised noun follows: the department is the head


def test_a_sentence_opening_cue_before_a_link_word_is_not_a_name(books):
    got = senses(books, ["Critics of Mr Barr said he acted unfairly.",
                         "\u201cCritics of the plan are loud,\u201d she said.",
                         "Human Rights Watch documented the arrests.",
                         "They met the Critics Circle of London.",
                         "Health and Human Services said the rule would change."], rules=("name",))
    assert got[(0, "critics")] == "" and got[(1, "critics")] == ""
    assert got[(2, "human rights")] == "name"  # a name that opens the sentence runs on in capitals
    assert got[(3, "critics")] == "name"
    assert got[(4, "health")] == "name"  # capitalised words joined by "and": a name
