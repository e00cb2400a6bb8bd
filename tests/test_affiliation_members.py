"""Round af2: an actor list's ``members`` patterns make a source a member of an actor, for its affiliation only
(sentences written for the tests)."""
from pathlib import Path

import pytest

from helpers.measures.role_forms import affiliation, member_matcher
from helpers.text.lexicon import LexiconError, Matcher, load_lexicon

ROOT = Path(__file__).resolve().parent.parent
US = load_lexicon(ROOT / "studies" / "us_politics" / "actors.yaml")
ACTORS, MEMBERS = Matcher(US["entries"]), member_matcher(US)


@pytest.mark.parametrize("phrase, actor", [
    ("a long-established Republican strategist", "republicans"),
    ("Senator Ann Reyes of Arizona, also a Republican", "republicans"),
    ("Sen. Ann Reyes, R-Ariz.", "republicans"),
    ("Rep. Tom Lee (R-Ohio)", "republicans"),
    ("Sen. Ann Reyes (R-AZ)", "republicans"),
    ("Sen. Ann Reyes, R-Mo.", "republicans"),
    ("Rep. Lee Park (D-Pa.)", "democrats"),
    ("Sen. Bo Dunn, South Dakota Republican", "republicans"),
    ("Democrat Maria Ortiz", "democrats"),
    ("Democratic Senator Maria Ortiz", "democrats"),
    ("Rep. Lee Park (D-N.Y.)", "democrats"),
    ("Gov. Ruth Hale, D-Texas", "democrats"),
    ("the Democratic governor", "democrats"),
])
def test_party_words_and_tags_make_a_member(phrase, actor):
    assert affiliation(phrase, ACTORS, MEMBERS) == actor
    assert affiliation(phrase, ACTORS) == ""  # the names alone do not say it


@pytest.mark.parametrize("phrase", [
    "Democratic-leaning independents",
    "Republican-led states",
    "the Republican-controlled legislature",
    "Republican voters in Iowa",
    "a republican form of government",
    "democratic values",
    "the Democratic Republic of Congo",
    "a Social Democratic lawmaker in Berlin",
    "veterans of D-Day",
    "an R-Rated film",
    "Dr. Ann Reyes",
])
def test_words_that_are_no_party_membership(phrase):
    assert affiliation(phrase, ACTORS, MEMBERS) == ""


def test_a_named_actor_wins_over_a_member_word():
    assert affiliation("Republican Senate Leader Mitch McConnell", ACTORS, MEMBERS) == "mitch_mcconnell"
    assert affiliation("Democratic Speaker Nancy Pelosi", ACTORS, MEMBERS) == "nancy_pelosi"
    assert affiliation("a Trump critic and Republican strategist", ACTORS, MEMBERS) == "donald_trump"


def test_members_are_no_mention_of_the_actor():
    assert not ACTORS.find("a Republican strategist said")  # tone, labels and framing read terms only


def test_a_gazetteer_without_members_has_no_member_matcher():
    assert member_matcher({"entries": {"a": {"label": "A", "terms": ["A"]}}}) is None


def _write(tmp_path, name, extra):
    p = tmp_path / "lex.yaml"
    p.write_text(f"name: {name}\nversion: 1\nsource: tests\nentries:\n  a:\n    label: A\n    terms: [Alpha]\n{extra}",
                 encoding="utf-8")
    return p


def test_only_an_actor_list_may_have_members(tmp_path):
    assert load_lexicon(_write(tmp_path, "actors", "    members: ['(?-i:Alphan)']\n"))["entries"]["a"]["members"]
    with pytest.raises(LexiconError, match="unknown key"):
        load_lexicon(_write(tmp_path, "verbs", "    members: ['x']\n"))


def test_a_bad_member_pattern_is_named(tmp_path):
    with pytest.raises(LexiconError, match=r"members.*|not a valid regular expression"):
        load_lexicon(_write(tmp_path, "actors", "    members: ['(unclosed']\n"))


@pytest.mark.parametrize("phrase, actor", [  # review s79-A: a common noun inside an organisation's name
    ("Jorge Baron, executive director of the Northwest Immigrant Rights Project", ""),
    ("Omar Jadwat, director of the Immigrants' Rights Project at the ACLU", ""),   # no ACLU entry in us_politics
    ("Ann Lee of the Coalition for Humane Immigrant Rights", ""),
    ("Ann Lee, a lawyer at the Immigrant Legal Resource Center", ""),
    ("Ann Lee, a director of the Police Officers Association", "police"),  # a body its members form
    ("pro-immigrant groups", ""),                                             # review s79-D: a hyphenated modifier
    ("immigrant-rights advocates", ""),
    ("anti-police protesters", ""),
])
def test_common_noun_inside_an_organisation_name_is_no_mention(phrase, actor):
    assert affiliation(phrase, ACTORS, MEMBERS) == actor


@pytest.mark.parametrize("phrase, actor", [
    ("Immigrants in the camp", "immigrants"),           # capitalised at the start, no name after it
    ("Immigrant families", "immigrants"),
    ("a group of immigrants", "immigrants"),
    ("Police Officer Ann Ruiz", "police"),               # a title before a person's name, no organisation
    ("the Chicago Police Department's Ann Ruiz", "police"),
    ("Jesse Hunt, a spokesman for the National Republican Senatorial Committee", "republicans"),  # written capitalised
])
def test_common_noun_outside_a_name_still_counts(phrase, actor):
    assert affiliation(phrase, ACTORS, MEMBERS) == actor


def test_the_organisation_after_a_named_project_wins():
    m = Matcher({"immigrants": {"terms": ["immigrants"]}, "aclu": {"terms": ["ACLU"]}})
    assert affiliation("Omar Jadwat, director of the Immigrants' Rights Project at the ACLU", m) == "aclu"
    assert m.common_terms == frozenset({"immigrants"})
