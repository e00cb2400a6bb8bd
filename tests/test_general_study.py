"""The general study and which study a notebook or report uses when none is given (helpers.core.study.resolve_study).

The bundled seeds keep their own study; any other corpus gets ``general``, which lists no topic's actors; a study
given by name or path always wins. The actor-dependent measures run on an empty actor list and find nothing.
Sentences are invented for the tests.
"""
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import framing as F
from helpers.core.paths import SEEDS_DIR
from helpers.core.study import (
    AUTO,
    DEFAULT_STUDY,
    GENERAL_STUDY,
    SEEDS_STUDY,
    StudyError,
    is_bundled_seeds,
    load_study,
    no_actors_note,
    resolve_study,
    use_study,
)
from helpers.measures import tone as TN
from helpers.measures.sourcing import extract_attributions
from helpers.text.lexicon import load_study_lexicon


@pytest.fixture(autouse=True)
def _restore_default_study():
    yield
    use_study(DEFAULT_STUDY)


def _other_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "clinics"
    folder.mkdir()
    (folder / "a.txt").write_text("The clinic opened a second ward on Monday, the director said.\n", encoding="utf-8")
    return folder


# --- the rule -----------------------------------------------------------------------------------------------------

def test_seeds_get_their_own_study_by_path_and_by_name():
    for corpus in (SEEDS_DIR, "seeds", str(SEEDS_DIR)):
        c = resolve_study(AUTO, corpus)
        assert (c.name, c.given) == (SEEDS_STUDY, False)
        assert "bundled seeds" in c.reason


def test_a_byte_identical_copy_of_the_seeds_is_the_seeds(tmp_path):
    copy = tmp_path / "seeds_copy"
    shutil.copytree(SEEDS_DIR, copy)
    assert is_bundled_seeds(copy)
    assert resolve_study(AUTO, copy).name == SEEDS_STUDY
    first = sorted(copy.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "One more invented line.\n", encoding="utf-8")
    assert not is_bundled_seeds(copy)  # one article changed: another corpus
    assert resolve_study(AUTO, copy).name == GENERAL_STUDY


def test_any_other_corpus_gets_the_general_study(tmp_path):
    folder = _other_corpus(tmp_path)
    for study in (AUTO, "Auto", None, ""):
        c = resolve_study(study, folder)
        assert (c.name, c.given) == (GENERAL_STUDY, False)
    assert "not the bundled seeds" in c.reason and "Start your own study" in c.reason
    table = tmp_path / "news.csv"
    table.write_text("text\nThe council met.\n", encoding="utf-8")
    assert resolve_study(AUTO, table).name == GENERAL_STUDY


def test_an_explicit_study_wins_on_any_corpus(tmp_path):
    assert resolve_study("us_politics", _other_corpus(tmp_path)).name == "us_politics"
    assert resolve_study(GENERAL_STUDY, SEEDS_DIR).name == GENERAL_STUDY
    c = resolve_study(SEEDS_STUDY, tmp_path)
    assert (c.name, c.given) == (SEEDS_STUDY, True) and "was given" in c.reason


def test_a_bad_study_name_errors_with_advice(tmp_path):
    with pytest.raises(StudyError, match="Start your own study") as err:
        resolve_study("harbour_strike", tmp_path)
    assert "general" in str(err.value) and "us_politics" in str(err.value)


def test_auto_must_be_resolved_before_use():
    with pytest.raises(StudyError, match="resolve_study"):
        use_study(AUTO)


def test_notebook_parameters_resolve_auto_from_the_corpus(tmp_path):
    from helpers.core.study import active_study
    from helpers.notebook.specs import activate

    activate({"study": AUTO, "corpus": str(_other_corpus(tmp_path)), "output_dir": str(tmp_path / "out")})
    assert active_study().name == GENERAL_STUDY
    activate({"study": AUTO, "corpus": "seeds", "output_dir": str(tmp_path / "out")})
    assert active_study().name == SEEDS_STUDY


# --- the general study --------------------------------------------------------------------------------------------

def test_general_study_has_no_topic():
    s = load_study(GENERAL_STUDY)
    assert not s.has_actors and s.lexicons == {} and s.sides == {} and s.focus_actors == ()
    assert s.topic_stopwords == () and s.validation == {} and s.validation_corpus is None
    assert load_study(SEEDS_STUDY).has_actors
    note = no_actors_note(s, "tone toward actors")
    assert note.startswith("This study lists no actors") and "Start your own study" in note


def test_shared_remedies_are_general_and_the_seeds_keep_their_own():
    use_study(GENERAL_STUDY)
    shared = F.load_codebooks(["entman_functions"])["entman_functions"]["entries"]
    remedies = {e for e, v in shared.items() if v["function"] == "treatment_recommendation"}
    assert {"remedy_legislation", "remedy_legal_action", "remedy_funding", "remedy_dialogue",
            "remedy_military_action", "remedy_protest", "remedy_research"} <= remedies
    assert not remedies & {"remedy_repatriation", "remedy_mediation", "remedy_verifiable_action"}
    cues = {t for v in shared.values() for t in v.get("terms", [])}
    assert not cues & {"safe havens", "militancy", "harbouring", "repatriation"}
    use_study(SEEDS_STUDY)
    own = F.load_codebooks(["entman_functions"])["entman_functions"]
    assert Path(own["path"]).parent.name == SEEDS_STUDY and "remedy_repatriation" in own["entries"]


def _general_entman_labels(texts):
    """(unit, frame) pairs the general study's Entman codebook gives ``texts``."""
    use_study(GENERAL_STUDY)
    books = F.load_codebooks(["entman_functions"])
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(texts)), "outlet": "O", "text": texts})
    cues = F.find_cues(units, books, actors=load_study_lexicon("actors"),
                       negation=F.load_codebook("negation", kind="negation"))
    fr = F.tag_frames(units, cues, books)
    return set(zip(fr["unit"], fr["frame"]))


def test_general_remedies_tag_news_of_other_topics():
    got = _general_entman_labels([
        "The senator introduced a bill to cap the price of insulin.",
        "Parents filed a lawsuit against the school district.",
        "The weather was mild all week."])
    assert (0, "remedy_legislation") in got and (1, "remedy_legal_action") in got
    assert not any(u == 2 for u, _ in got)


# --- actor-dependent measures with an empty actor list ------------------------------------------------------------

def _units():
    return pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "outlet": ["North Post", "North Post", "South Star"],
                         "group": ["North Post", "North Post", "South Star"], "unit_id": [0, 1, 0],
                         "paragraph_id": [0, 1, 0], "role": "body", "text": [
                             "The hospital board blamed the regional council for the closure, a nurse said.",
                             "\u201cWe will reopen in spring,\u201d the director told reporters.",
                             "Terrorist attacks were not mentioned by the mayor, who praised the volunteers."]})


def test_study_lexicons_are_empty_without_actors():
    use_study(GENERAL_STUDY)
    assert load_study_lexicon("actors")["entries"] == {}
    assert TN.load_labels()["entries"] == {}
    use_study(SEEDS_STUDY)
    assert load_study_lexicon("actors")["entries"]


def test_actor_measures_run_on_an_empty_actor_list():
    use_study(GENERAL_STUDY)
    units, actors = _units(), load_study_lexicon("actors")
    mentions = TN.actor_mentions(units, ["outlet", "group"], actors)
    assert len(mentions) == 0
    labels = TN.load_labels()
    attached = TN.attach_labels(TN.find_labels(units, labels), mentions, labels, window=25)
    assert len(attached) == 0
    att = extract_attributions(units, ["outlet", "group"], actors=actors)
    assert len(att) >= 2 and set(att["affiliation"]) == {""}  # attributions found, none affiliated
    roles_cb = F.load_codebook("actor_roles", kind="roles")
    books = F.load_codebooks()
    cues = F.find_cues(units.reset_index(drop=True), books, actors=actors,
                       negation=F.load_codebook("negation", kind="negation"), roles=roles_cb)
    roles = F.actor_roles(units, cues, roles_cb, keep=("doc_id", "outlet", "group"))
    assert len(roles) == 0


def test_who_is_blamed_has_no_column_without_actors():
    from helpers.validation.cli import blamed_labels, unit_keys

    use_study(GENERAL_STUDY)
    units = _units()
    blamed = blamed_labels(units)
    assert blamed.shape == (3, 0) and list(blamed.index) == list(unit_keys(units))


# --- the report says which study was used and why ------------------------------------------------------------------

def _runs(value, origin):
    return [{"name": "02_outlets", "parameters": [("seed", "0", "default"), ("study", value, origin)]}]


def test_index_names_the_study_and_the_reason(tmp_path):
    from helpers.report import index as ix

    info = ix.study_used(_runs('"auto"', "default"), _other_corpus(tmp_path))
    assert (info["name"], info["given"], info["has_actors"]) == (GENERAL_STUDY, False, False)
    note = ix._study_note(info)
    assert "General" in note and "not the bundled seeds" in note and "left out" in note
    seeds = ix.study_used(_runs('"auto"', "default"), SEEDS_DIR)
    assert seeds["name"] == SEEDS_STUDY and "left out" not in ix._study_note(seeds)
    given = ix.study_used(_runs('"us_politics"', "-p"), SEEDS_DIR)
    assert given["given"] and "was given" in ix._study_note(given)
    assert ix.study_used([{"name": "x", "parameters": []}], SEEDS_DIR) == {}


def test_a_study_with_actors_but_no_naming_labels_gets_an_empty_label_list(tmp_path):
    folder = tmp_path / "clinic_study"
    folder.mkdir()
    (folder / "actors.yaml").write_text(
        "name: actors\nversion: 1\nsource: test\nentries:\n  board:\n    terms: [hospital board]\n", encoding="utf-8")
    (folder / "study.yaml").write_text(
        "name: clinic\nversion: 1\ntitle: Clinics\nsource: test\nlexicons:\n  actors: actors.yaml\n", encoding="utf-8")
    use_study(folder)
    assert TN.load_labels()["entries"] == {}
    mentions = TN.actor_mentions(_units(), ["outlet", "group"], load_study_lexicon("actors"))
    assert list(mentions["actor"]) == ["board"]


def test_actor_mentions_default_to_the_active_study_and_find_none_without_actors():
    use_study(GENERAL_STUDY)
    assert len(TN.actor_mentions(_units(), ["outlet"])) == 0


def test_attributions_with_default_lexicons_under_the_general_study():
    use_study(GENERAL_STUDY)
    att = extract_attributions(_units())  # no actors passed: the study's (empty) gazetteer, not an error
    assert len(att) and (att["affiliation"] == "").all()


def test_general_cues_in_their_other_senses_are_no_frames():
    """Dogfood 12br-d: "hospitality" (the Pakistan study's Pashtun virtue) and "state-sanctioned" (approved) tagged
    moral evaluation and a sanctions remedy in pandemic news; the shared codebook (version 5) drops both cues."""
    got = _general_entman_labels([
        "Hotel and hospitality workers lost their jobs in March.",
        "The clinic followed a state-sanctioned order to close.",
        "The union called for sanctions on the company."])
    assert (0, "moral_evaluation") not in got and (1, "remedy_economic_pressure") not in got
    assert (2, "remedy_economic_pressure") in got
    use_study(SEEDS_STUDY)
    own = F.load_codebooks(["entman_functions"])["entman_functions"]["entries"]["moral_evaluation"]["terms"]
    assert "hospitality" in own
