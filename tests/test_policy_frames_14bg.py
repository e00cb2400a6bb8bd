"""The policy frames' rounds of issue 14bg: a study's state actors, stop words before states, the seed study's cues.

- 14bg-a: ``study.yaml`` ``framing.state_actors`` maps actor ids to states of ``helpers/codebooks/states.yaml``: the
  names of those actors count as their state when the ``min_states`` rule asks whether a sentence names two states,
  and a state name inside another actor's name of the study does not count.
- 14bg-b: a capitalised stop word before a state is no name ("The Italian minister"), so the state counts.
- 14bg-t: the seed study's own cues read its armed group named as security and defense; other studies do not.

Sentences and actors are invented.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import framing as F
from helpers.core.study import DEFAULT_STUDY, GENERAL_STUDY, StudyError, load_study, state_actors_note, use_study

EXT = "external_regulation_reputation"

ACTORS = """\
name: actors
version: 1
source: test
entries:
  paris_cabinet:
    terms: [Jean Dupont, the Dupont cabinet]
  rome_cabinet:
    terms: [Carla Neri]
  liberation_front:
    terms: [German Liberation Front]
"""


@pytest.fixture(autouse=True)
def _reset_study():
    yield
    use_study(DEFAULT_STUDY)


def _study(folder: Path, state_actors: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    framing = f"framing:\n  state_actors: {state_actors}\n" if state_actors is not None else ""
    (folder / "study.yaml").write_text(
        "name: cabinets\nversion: 1\ntitle: Two cabinets\nsource: test\nlexicons:\n  actors: actors.yaml\n" + framing,
        encoding="utf-8")
    return folder


def _units_with(sentences: list[str], frame: str) -> set[int]:
    """Positions of the sentences the policy frames tag with ``frame`` (a counted label) under the active study."""
    units = pd.DataFrame({"doc_id": "d1", "text": sentences})
    books = F.load_codebooks(["policy_frames"])
    frames = F.tag_frames(units, F.find_cues(units, books), books, keep=("doc_id",))
    return set(frames.loc[(frames["frame"] == frame) & frames["counted"], "unit"])


def _external(sentences: list[str]) -> set[int]:
    return _units_with(sentences, EXT)


SENTENCES = [
    "Jean Dupont rejected the request of Carla Neri on Tuesday.",   # two cabinets, no state named
    "The Dupont cabinet warned Carla Neri.",
    "Jean Dupont spoke to reporters for an hour.",                   # one cabinet only
    "Yesterday fighters of the German Liberation Front attacked a depot in Italy.",  # "German" in a name
]


def test_mapped_actors_count_as_their_states(tmp_path):
    use_study(str(_study(tmp_path / "s", "{paris_cabinet: france, rome_cabinet: italy}")))
    assert _external(SENTENCES) == {0, 1}


def test_without_a_mapping_nothing_changes(tmp_path):
    use_study(str(_study(tmp_path / "s", None)))
    assert _external(SENTENCES) == {3}
    use_study(GENERAL_STUDY)
    assert _external(SENTENCES) == {3}


def test_a_state_name_inside_an_unmapped_actor_does_not_count(tmp_path):
    use_study(str(_study(tmp_path / "s", "{paris_cabinet: france}")))
    assert _external(SENTENCES) == set()
    assert _external(["Germany and Italy signed the treaty."]) == {0}


def test_the_seed_study_reads_its_governments_as_states():
    use_study(DEFAULT_STUDY)
    got = _external([
        "Taliban officials told the visitors that Islamabad must stop the raids.",
        "The Pakistani Taliban attacked a checkpoint in Pakistan.",
        "Khawaja Asif met Chinese officials.",
    ])
    assert got == {0, 2}


@pytest.mark.parametrize("value, message", [
    ("[paris_cabinet]", "must map actor ids to state ids"),
    ("{paris_cabinet: gaul}", "states.yaml does not list"),
    ("{lyon_cabinet: france}", "does not list"),
    ("{paris_cabinet: frnace}", "did you mean 'france'"),
])
def test_a_bad_mapping_is_refused_with_the_file_named(tmp_path, value, message):
    folder = _study(tmp_path / "s", value)
    with pytest.raises(StudyError, match=message) as err:
        load_study(folder)
    assert "study.yaml" in str(err.value) and "state_actors" in str(err.value)


def test_a_mapping_needs_an_actor_list(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "study.yaml").write_text(
        "name: s\nversion: 1\ntitle: t\nsource: test\nframing:\n  state_actors: {x: france}\n", encoding="utf-8")
    with pytest.raises(StudyError, match="no 'actors' file"):
        load_study(folder)


# ---------------------------------------------------------------------------
# 14bg-b: a stop word before a state is no name (general study)


@pytest.mark.parametrize("sentence", [
    "The Italian minister met French officials on Monday.",
    "In the French capital, Italian envoys waited for an answer.",
    "After the Chilean vote, Spanish lawmakers asked for a recount.",
])
def test_a_stop_word_before_a_state_is_no_name(sentence):
    use_study(GENERAL_STUDY)
    assert _external([sentence]) == {0}


@pytest.mark.parametrize("sentence", [
    "Bank of Italy officials met French bankers.",           # "Italy" inside a name
    "Tomorrow the Royal Bank of Canada meets French bankers.",
])
def test_a_state_inside_a_name_still_does_not_count(sentence):
    use_study(GENERAL_STUDY)
    assert _external([sentence]) == set()


# ---------------------------------------------------------------------------
# 14bg-t: the seed study's armed group as a security cue

ARMED = ["The TTP are said to be regrouping near the border.",
         "Analysts expect the Pakistani Taliban to change leaders soon.",
         "The committee discussed the budget on Tuesday."]


def test_the_seed_study_reads_its_armed_group_as_security():
    use_study(DEFAULT_STUDY)
    assert _units_with(ARMED, "security_defense") == {0, 1}


def test_other_studies_do_not_read_it_as_security():
    use_study(GENERAL_STUDY)
    assert _units_with(ARMED, "security_defense") == set()


def test_the_notebook_says_which_actors_count_as_states(tmp_path):
    mapped = load_study(_study(tmp_path / "a", "{paris_cabinet: france}"))
    assert "paris_cabinet (france)" in state_actors_note(mapped) and "two different states" in state_actors_note(mapped)
    assert "maps none of its actors" in state_actors_note(load_study(_study(tmp_path / "b", None)))
