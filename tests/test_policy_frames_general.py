"""The general policy codebook (version 4, issue 14y) and a study's own policy cues.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from _policy_helpers import frames, shared_books

from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.framing.codebooks import CODEBOOK_DIR, CodebookError, load_codebook

SHARED = CODEBOOK_DIR / "policy_frames.yaml"


@pytest.fixture(autouse=True)
def _restore_default_study():
    yield
    use_study(DEFAULT_STUDY)


@pytest.fixture(scope="module")
def shared():
    return shared_books()


@pytest.mark.parametrize("sentence, frame", [
    ("Her campaign hired three more organizers before the primaries.", "political"),
    ("The committee voted to open an impeachment inquiry.", "political"),
    ("Two candidates dropped out after the caucuses.", "political"),
    ("The city faces several lawsuits over the new zoning rules.", "legality_jurisprudence"),
    ("The panel issued a subpoena for the mayor's records.", "legality_jurisprudence"),
    ("Prosecutors say the treasurer hid the fraud for years.", "crime_punishment"),
    ("The former director was indicted on corruption charges.", "crime_punishment"),
    ("The sanctions were lifted after the summit of NATO members.", "external_regulation_reputation"),
    ("The European Union welcomed the decision.", "external_regulation_reputation"),
    ("Critics said the bill would not fix the problem.", "policy_prescription"),
    ("The council approved new restrictions on short-term rentals.", "policy_prescription"),
    ("His approval ratings fell to a new low in March.", "public_opinion"),
    ("She said the contest was rigged from the start.", "fairness_equality"),
    ("Patients waited hours for their medication.", "health_safety"),
    ("The shelter is running out of beds and volunteers.", "capacity_resources"),
    ("The debate over national identity divided the town.", "cultural_identity"),
    ("Rents climbed faster than wages, and the cost of living kept rising.", "quality_of_life"),
])
def test_topic_neutral_cues_find_their_frame(shared, sentence, frame):
    assert frame in frames(shared, [sentence])[0]


def test_sentences_without_a_frame_cue_get_no_frame(shared):
    got = frames(shared, ["He was patient with the children and answered every question.",
                          "She asked the reporters to protect their identities.",
                          "The primary reason for the delay was the weather."])
    assert got == [set(), set(), set()]


def test_metaphorical_wars_are_not_security(shared):
    got = frames(shared, ["The trade war hit farmers hard.",
                          "The culture wars reached the school board.",
                          "The war destroyed the bridges of the city."])
    assert "security_defense" not in got[0] and {"economic", "external_regulation_reputation"} <= got[0]
    assert "security_defense" not in got[1] and "cultural_identity" in got[1]
    assert "security_defense" in got[2]


def test_topic_words_are_not_in_the_shared_codebook(shared):
    got = frames(shared, ["The rupee held steady as CPEC talks resumed.",
                          "Pashtun hospitality is famous."])
    assert "economic" not in got[0] and "cultural_identity" not in got[1]


def test_the_bundled_study_adds_its_own_cues():
    use_study(DEFAULT_STUDY)
    books = {"policy_frames": load_codebook("policy_frames")}
    assert Path(books["policy_frames"]["study_cues_path"]).name == "policy_frames_study_cues.yaml"
    got = frames(books, ["The rupee held steady as CPEC talks resumed.", "Pashtun hospitality is famous."])
    assert "economic" in got[0] and "cultural_identity" in got[1]
    use_study("us_politics")
    plain = load_codebook("policy_frames")
    assert "study_cues_path" not in plain and "rupee" not in plain["entries"]["economic"]["terms"]


def _study(folder: Path, cues: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "actors.yaml").write_text(
        "name: actors\nversion: 1\nsource: test\nentries:\n  council:\n    terms: [City Council]\n", encoding="utf-8")
    (folder / "cues.yaml").write_text(
        "name: policy_frames_study_cues\nversion: 1\nsource: test\nentries:\n" + cues, encoding="utf-8")
    (folder / "study.yaml").write_text(
        "name: town\nversion: 1\ntitle: Town\nsource: test\nlexicons:\n  actors: actors.yaml\n"
        "  policy_frames_study_cues: cues.yaml\n", encoding="utf-8")
    return folder


def test_a_study_cue_file_adds_terms_only_to_the_entries_it_names(tmp_path):
    use_study(str(_study(tmp_path / "town", "  quality_of_life:\n    terms: [allotments]\n")))
    cb = load_codebook("policy_frames")
    assert "allotments" in cb["entries"]["quality_of_life"]["terms"]
    assert "allotments" not in load_codebook(SHARED)["entries"]["quality_of_life"]["terms"]
    assert frames({"policy_frames": cb}, ["The allotments were closed."])[0] == {"quality_of_life"}


@pytest.mark.parametrize("cues, message", [
    ("  zoning:\n    terms: [zoning board]\n", "not a cue entry"),
    ("  other:\n    terms: [miscellany]\n", "not a cue entry"),
    ("  economic:\n    terms: [budget]\n", "listed twice"),
])
def test_bad_study_cue_files_name_the_problem(tmp_path, cues, message):
    use_study(str(_study(tmp_path / "town", cues)))
    with pytest.raises(CodebookError, match=message):
        load_codebook("policy_frames")
