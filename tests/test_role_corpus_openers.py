"""Round 12bt-f: a common word that opens a sentence is no first name in the corpus pass's mention reading ("Add Orla
Brandvik to the list", "Team Brandvik", "Stein. Though Brandvik"), so an article that writes one person's full name
is not taken to name two people with the surname. Names and sentences invented for the tests."""

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_corpus import OWN_NAME_BASIS, _ends_sentence, _name_start, mention_votes
from helpers.measures.sourcing import extract_attributions
from tests.test_role_corpus import IS_ROLE, _row, _units

SPOKE = [["Senator Orla Brandvik said the vote would be close."],
         ["Orla Brandvik, a senator from the north, said she would oppose the plan."]]
OTHERS = [["Professor Edda Brandvik said the data were clear."],
          ["Edda Brandvik, a historian, said the archive was lost."],
          ["Coach Tomas Brandvik said the team was ready."],
          ["Voters add their names to the list and team up with neighbours."]]


def _common(*words):
    return lambda w: w.strip(".,").lower() in words


@pytest.mark.parametrize(
    ("sentence", "common", "start"),
    [
        ("Add Orla Brandvik to the list.", ("add",), 1),
        ("Some Brandvik voters stayed home.", ("some",), 1),
        ("Presidential Transition Brandvik met.", ("presidential", "transition"), 2),
        ("Orla Brandvik said so.", ("add",), 0),  # a first name never written in lower case
        ("He met Stein. Though Brandvik left.", ("though",), 4),  # the splitter left two sentences joined
        ("He met Sen. Though Brandvik", ("though",), 0),  # "Sen." is an abbreviation: no sentence opens there
        # a title stops the cut (person_key reads it), though its words and the first name are written in lower case
        ("Deputy Attorney General Rod Brandvik spoke.", ("deputy", "attorney", "general", "rod"), 0),
        ("Earlier Deputy Minister Rod Brandvik spoke.", ("earlier", "deputy", "minister", "rod"), 1),
        ("First lady Orla Brandvik spoke.", ("first", "lady"), 1),  # a lower-case word stops it
    ],
)
def test_name_start_skips_common_words_that_open_a_sentence(sentence, common, start):
    words = sentence.split()
    i = next(j for j, w in enumerate(words) if w.startswith("Brandvik"))
    assert _name_start(words, 0, i, _common(*common), IS_ROLE) == start


@pytest.mark.parametrize(("word", "ends"), [("Stein.", True), ("close!", True), ('"Really?"', True),
                                           ("Sen.", False), ("J.", False), ("U.S.", False), ("Stein", False)])
def test_ends_sentence(word, ends):
    assert _ends_sentence(word) is ends


def test_mention_pass_names_one_person_when_a_sentence_opens_with_a_common_word():
    sentences = {"d0": ["Add Orla Brandvik to the list of speakers.", "Orla Brandvik toured the harbour."],
                 "d1": ["Voters add their names to the list."]}
    tagger = SR.RoleTagger(SR.load_roles())
    _, named = mention_votes(sentences, {"brandvik"}, tagger, IS_ROLE)
    assert named["d0"] == {"orla brandvik"}


def test_a_first_name_that_opens_a_sentence_still_names_a_person():
    sentences = {"d0": ["Orla Brandvik toured the harbour.", "Edda Brandvik stayed home."]}
    tagger = SR.RoleTagger(SR.load_roles())
    _, named = mention_votes(sentences, {"brandvik"}, tagger, IS_ROLE)
    assert named["d0"] == {"orla brandvik", "edda brandvik"}


OWN = ["Team Brandvik toured the harbour on Monday.", "Orla Brandvik spoke first.",
       "Brandvik said the new tariff would hurt farmers."]


def test_a_bare_surname_takes_its_full_names_role_past_a_sentence_opening_common_word():
    att = extract_attributions(_units([OWN, *SPOKE, *OTHERS]))
    r = _row(att, "d0", "Brandvik")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("politician", OWN_NAME_BASIS, "d1;d2")


def test_a_name_opening_word_never_written_in_lower_case_still_counts_as_a_second_person():
    own = ["Edda Brandvik toured the harbour on Monday.", "Orla Brandvik spoke first.",
           "Brandvik said the new tariff would hurt farmers."]
    att = extract_attributions(_units([own, *SPOKE, *OTHERS]))
    assert _row(att, "d0", "Brandvik")["role"] == SR.ROLE_UNKNOWN
