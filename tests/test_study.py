"""Studies: loading, validation, and how lexicon names resolve through the active study."""
from pathlib import Path

import pytest

from helpers.core.study import (
    DEFAULT_STUDY,
    StudyError,
    active_study,
    available_studies,
    load_study,
    use_study,
)
from helpers.text.lexicon import Matcher, load_lexicon


@pytest.fixture(autouse=True)
def _restore_default_study():
    yield
    use_study(DEFAULT_STUDY)


def test_bundled_studies_load_and_default_is_active():
    assert {"pak_afg_ttp", "us_politics"} <= set(available_studies())
    assert active_study().name == DEFAULT_STUDY
    for name in available_studies():
        s = load_study(name)
        assert s.name == name and s.title and s.source
        if s.has_actors:
            assert set(s.sides) <= set(load_lexicon(s.lexicons["actors"])["entries"])
        else:
            assert not s.sides


def test_bare_lexicon_name_resolves_in_the_active_study():
    assert Path(load_lexicon("actors")["path"]).parent.name == "pak_afg_ttp"
    use_study("us_politics")
    assert "donald_trump" in load_lexicon("actors")["entries"]
    # shared lexicons the study does not name still come from helpers/data
    assert Path(load_lexicon("outlet_aliases", extra_entry_keys=("kind",))["path"]).parent.name == "data"


def test_us_actor_names_take_the_longest_variant():
    use_study("us_politics")
    m = Matcher(load_lexicon("actors")["entries"])
    found = [(x.entry, x.text) for x in m.find("Sarah Huckabee Sanders said the GOP and Sen. Sanders met us.")]
    assert found == [("sarah_sanders", "Sarah Huckabee Sanders"), ("republicans", "GOP"),
                     ("bernie_sanders", "Sen. Sanders")]


def _write_study(folder: Path, extra: str = "", actors: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if actors:
        (folder / "actors.yaml").write_text(
            "name: actors\nversion: 1\nsource: test\nentries:\n  council:\n    terms: [City Council]\n",
            encoding="utf-8")
    (folder / "study.yaml").write_text(
        "name: town\nversion: 1\ntitle: Town politics\nsource: test\nlexicons:\n  actors: actors.yaml\n" + extra,
        encoding="utf-8")
    return folder


def test_a_study_given_by_path(tmp_path):
    s = use_study(str(_write_study(tmp_path / "town", "sides:\n  council: local government\n")))
    assert s.sides == {"council": "local government"}
    assert list(load_lexicon("actors")["entries"]) == ["council"]
    assert s.fingerprint() == load_study(tmp_path / "town" / "study.yaml").fingerprint()


@pytest.mark.parametrize("extra, message", [
    ("colour: blue\n", "unknown top-level key"),
    ("sides:\n  mayor: town hall\n", "does not list"),
    ("validation:\n  frames: missing.csv\n", "not a file"),
    ("framing:\n  tagger: x\n", "'framing' must be"),
])
def test_bad_study_files_name_the_problem(tmp_path, extra, message):
    with pytest.raises(StudyError, match=message):
        load_study(_write_study(tmp_path / "town", extra))


def test_unknown_study_lists_the_bundled_ones(tmp_path):
    with pytest.raises(StudyError, match="us_politics"):
        load_study("no_such_study")
    with pytest.raises(StudyError, match="not a file"):
        load_study(_write_study(tmp_path / "empty", actors=False))


def test_fingerprint_changes_with_any_file(tmp_path):
    folder = _write_study(tmp_path / "town")
    before = load_study(folder).fingerprint()
    (folder / "notes.md").write_text("coding notes", encoding="utf-8")
    assert load_study(folder).fingerprint() != before


def test_yaml_mapping_reads_like_pyyaml_safe_load(tmp_path):
    import datetime as _dt

    import yaml

    from helpers.core.study import read_yaml_mapping

    text = "name: x\nflag: yes\nwhen: 2024-05-01\nn: 3\nratio: 0.5\nquoted: '007'\nitems: [a, b]\nnone: null\n"
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    doc = read_yaml_mapping(p, {"name"}, set(yaml.safe_load(text)), ValueError)
    assert doc == yaml.safe_load(text)
    assert doc["flag"] is True and doc["when"] == _dt.date(2024, 5, 1) and doc["quoted"] == "007"


def test_yaml_mapping_names_the_file_for_invalid_yaml(tmp_path):
    from helpers.core.study import read_yaml_mapping

    p = tmp_path / "bad.yaml"
    p.write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml: not valid YAML"):
        read_yaml_mapping(p, {"name"}, {"name"}, ValueError)
