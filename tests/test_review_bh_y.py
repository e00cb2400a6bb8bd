"""Review 12bh-y: a researcher starts a study of their own (an invented port strike) and makes the usual mistakes
in its files; each mistake must stop the run before any notebook, with a message naming the file, the key or
line, and what to change."""
from pathlib import Path

import pytest

from helpers.core.study import DEFAULT_STUDY, StudyError, load_study, use_study

_ACTORS = """name: actors
version: 1
source: invented for a test
entries:
  dock_union:
    label: Dockworkers Union
    terms: [Dockworkers Union]
  shipping_line:
    label: Brightsea Shipping
    terms: [Brightsea Shipping, Brightsea]
"""

_LABELS = """name: naming_labels
version: 1
source: invented for a test
entries:
  greedy_owners:
    actors: [shipping_line]
    stance: stigmatising
    terms: [greedy shipowners]
"""


@pytest.fixture(autouse=True)
def _restore_default_study():
    yield
    use_study(DEFAULT_STUDY)


def _port_study(folder: Path, actors: str = _ACTORS, labels: str = _LABELS, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "actors.yaml").write_text(actors, encoding="utf-8")
    (folder / "naming_labels.yaml").write_text(labels, encoding="utf-8")
    (folder / "study.yaml").write_text(
        "name: port_strike\nversion: 1\ntitle: A port strike\nsource: invented for a test\n"
        "lexicons:\n  actors: actors.yaml\n  naming_labels: naming_labels.yaml\n"
        "sides:\n  dock_union: union\n  shipping_line: company\n" + extra, encoding="utf-8")
    return folder


def test_the_port_study_loads(tmp_path):
    study = load_study(_port_study(tmp_path / "port"))
    assert study.sides == {"dock_union": "union", "shipping_line": "company"}


def test_an_indentation_error_in_the_actor_list_names_the_file_and_line(tmp_path):
    bad = _ACTORS.replace("    label: Brightsea Shipping", "   label: Brightsea Shipping")
    with pytest.raises(StudyError) as info:
        load_study(_port_study(tmp_path / "port", actors=bad))
    message = str(info.value)
    assert "actors.yaml" in message and "line 10" in message and "indent" in message
    assert "<unicode string>" not in message


def test_a_label_for_an_actor_the_study_does_not_define_is_refused(tmp_path):
    bad = _LABELS.replace("actors: [shipping_line]", "actors: [brightsea_shipping]")
    with pytest.raises(StudyError) as info:
        load_study(_port_study(tmp_path / "port", labels=bad))
    message = str(info.value)
    assert "naming_labels.yaml" in message and "greedy_owners" in message and "brightsea_shipping" in message
    assert "shipping_line" in message  # the ids that do exist, so the user sees the right spelling


def test_a_focus_actor_the_study_does_not_define_is_refused(tmp_path):
    with pytest.raises(StudyError, match=r"focus_actors.*'harbour_union'.*actors.yaml"):
        load_study(_port_study(tmp_path / "port", extra="framing:\n  focus_actors: [harbour_union]\n"))


def test_the_runner_stops_before_any_notebook_on_a_broken_actor_list(tmp_path):
    from helpers.notebook.params import ParameterError
    from helpers.notebook.specs import cross_check

    bad = _ACTORS.replace("    label: Brightsea Shipping", "   label: Brightsea Shipping")
    folder = _port_study(tmp_path / "port", actors=bad)
    with pytest.raises(ParameterError, match="actors.yaml"):
        cross_check("02_outlets", {"study": str(folder), "corpus": str(tmp_path)})


def _port_roles(sentences, tmp_path):
    import pandas as pd

    import helpers.framing as F
    from helpers.text.lexicon import load_lexicon

    actors = load_lexicon(_port_study(tmp_path / "port", actors=_ACTORS.replace(
        "    terms: [Brightsea Shipping, Brightsea]",
        "    terms: [Brightsea Shipping, Brightsea]\n  ministry:\n    label: Transport Ministry\n"
        "    terms: [Transport Ministry]\n  mayor:\n    label: Mayor Tomas Reyl\n    terms: [Mayor Tomas Reyl]"))
        / "actors.yaml")
    roles = F.load_codebook("actor_roles", kind="roles")
    units = pd.DataFrame({"doc_id": "d1", "outlet": "o", "text": sentences, "paragraph_id": range(len(sentences))})
    cues = F.find_cues(units, F.load_codebooks(), actors=actors,
                       negation=F.load_codebook("negation", kind="negation"), roles=roles)
    got = F.actor_roles(units, cues, roles)
    return set(zip(got["unit"], got["actor"], got["role"]))


def test_an_actor_after_a_later_verb_is_not_the_object_of_the_earlier_cue(tmp_path):
    got = _port_roles([
        "Mayor Tomas Reyl urged both sides to return to talks and called for mediation by the Transport Ministry.",
        "Brightsea Shipping accused the Dockworkers Union of holding the city hostage.",
        "Mayor Tomas Reyl urged the Transport Ministry to act.",
    ], tmp_path)
    assert (0, "mayor", "demanding") in got
    assert (0, "ministry", "blamed") not in got  # "urged both sides ... and called for mediation by" the ministry
    assert (1, "dock_union", "blamed") in got
    assert (2, "ministry", "blamed") in got  # the actor right after the cue still counts


@pytest.mark.parametrize("which, old, new, message", [
    ("actors", "    terms: [Dockworkers Union]", "    term: [Dockworkers Union]", r"actors\.yaml: entry 'dock_union': unknown key \['term'\]"),
    ("labels", "    stance: stigmatising", "    stanse: stigmatising", r"naming_labels\.yaml: entry 'greedy_owners': unknown key \['stanse'\]"),
])
def test_a_misspelt_key_stops_the_run_before_any_notebook(tmp_path, which, old, new, message):
    from helpers.notebook.params import ParameterError
    from helpers.notebook.specs import cross_check

    files = {"actors": _ACTORS, "labels": _LABELS}
    files[which] = files[which].replace(old, new)
    folder = _port_study(tmp_path / "port", actors=files["actors"], labels=files["labels"])
    with pytest.raises(ParameterError, match=message):
        cross_check("00_corpus", {"study": str(folder), "corpus": str(tmp_path)})


def test_an_actor_id_given_twice_names_both_lines_once(tmp_path):
    twice = _ACTORS + "  dock_union:\n    label: Dockers\n    terms: [dockers]\n"
    with pytest.raises(StudyError) as info:
        load_study(_port_study(tmp_path / "port", actors=twice))
    message = str(info.value)
    assert "actors.yaml" in message and "'dock_union' appears twice" in message and "(lines 5 and 11)" in message
    assert "column" not in message  # the lines are said once, in the user's terms
