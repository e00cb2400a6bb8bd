"""Round 12bq-l: role nouns the lexicon lacked or misread (invented sentences): a legislature's committee written in
lower case or plural, callers, watchers, the authors of a work, a university's department."""
import pandas as pd
import pytest

from helpers.measures import role_forms as F
from helpers.measures import role_works as RW
from helpers.measures import sourcing as S


def _roles(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": range(len(sentences)),
                          "text": sentences, "outlet": "o"})
    att = S.extract_attributions(units, ["outlet"])
    return dict(zip(att["unit_id"], att["role"]))


@pytest.mark.parametrize("sentence, role", [
    ("The House transport committee said in a statement that the bridge was unsafe.", "politician"),
    ("The chairmen of the House and Senate intelligence committees said the briefing was thin.", "politician"),
    ("Senate ethics committee chairman Ann Vole said the rules were clear.", "politician"),
    ("A Congressional tax committee estimated that the plan would cost more.", "politician"),
    ("The caller told the dispatcher that the car was on fire.", "ordinary_person"),
    ("One caller from Lakeview said the bus never came.", "ordinary_person"),
    ("Market watchers said the rate cut was already priced in.", "expert"),
    ("One longtime Norland watcher said the launch was a message.", "expert"),
    ("Debate watchers said the moderator lost control.", "ordinary_person"),
    ("The study's authors wrote that more data was needed.", "expert"),
    ("The authors of the amendment said it would close the loophole.", "politician"),
    ("Ben Kay, chair of the history department at Lakeview University, said the archive was lost.", "expert"),
])
def test_role_nouns_of_round_bq_l(sentence, role):
    assert _roles([sentence])[0] == role


@pytest.mark.parametrize("sentence, role", [
    ("The Daily Caller reported that the meeting was cancelled.", "journalist_media"),
    ("The intelligence committee of the agency said the files were lost.", "official"),
    ("The Department of Education said the grants would go out.", "official"),
    ("The bakery chairman said sales rose.", "official"),
])
def test_unchanged_neighbours(sentence, role):
    assert _roles([sentence])[0] == role


@pytest.mark.parametrize("phrase, role", [
    ("the study's authors", "expert"),
    ("the new report's lead author", "expert"),
    ("one of the paper's co-authors", "expert"),
    ("the authors of a new survey", "expert"),
    ("the bill's author", "politician"),
    ("the authors behind the ballot measure", "politician"),
    ("the authors", ""),
    ("Ann Lee, a senator", ""),
    ("the author's sister", ""),
])
def test_authors_role(phrase, role):
    assert RW.authors_role(phrase) == role


@pytest.mark.parametrize("phrase, role", [
    ("the political science department at the University of Lakeview", "expert"),
    ("chair of the history department at Lakeview College", "expert"),
    ("Lakeview University's medical school", "expert"),
    ("the Department of Education at the University", ""),
    ("a senator who studied at the law school of Lakeview University", ""),
    ("the police department", ""),
])
def test_academic_unit_role(phrase, role):
    assert RW.academic_unit_role(phrase) == role


@pytest.mark.parametrize("before, hit", [
    ("the House intelligence ", True),
    ("the House and Senate armed services ", True),
    ("a Congressional tax ", True),
    ("the House Ways and Means ", True),
    ("the House passed the bill after the ", False),
    ("the Senate said that the ", False),
    ("the White House ", False),
])
def test_legislature_chain(before, hit):
    assert bool(F.LEG_CHAIN.search(before)) is hit
