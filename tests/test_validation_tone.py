"""Coding sheets for tone toward actors (``python -m helpers.validation sample|score --measure tone``); the bundled
seeds with their study, invented corpora and codes."""
import pandas as pd
import pytest

from helpers.core.paths import SEEDS_DIR
from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.validation import tone_sheets as T
from helpers.validation.cli import main


@pytest.fixture(autouse=True)
def _restore_default_study():
    """The tone command makes its study the active one (as a notebook does); later tests expect the default."""
    yield
    use_study(DEFAULT_STUDY)


def test_sample_and_score_tone_on_the_seeds(tmp_path, capsys):
    out = tmp_path / "tone.csv"
    assert main(["sample", "--corpus", str(SEEDS_DIR), "--measure", "tone", "--n", "10", "--out", str(out)]) == 0, \
        capsys.readouterr().err
    assert "(10 sentence-actor rows, study pak_afg_ttp)" in capsys.readouterr().out
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(sheet.columns) == list(T.TONE_SHEET_COLUMNS) and len(sheet) == 10
    assert sheet["tone"].eq("").all() and "compound" not in sheet.columns  # the software's score is never shown
    assert out.with_suffix(".guide.html").read_text(encoding="utf-8").count("<code>negative</code>") >= 1
    sheet["tone"] = "Negative"  # case does not matter
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    assert main(["score", "--corpus", str(SEEDS_DIR), "--measure", "tone", str(tmp_path / "ann.csv")]) == 0, \
        capsys.readouterr().err
    said = capsys.readouterr().out
    assert "Naive and corrected shares of sentence-actor rows per outlet" in said


def test_a_tone_that_is_no_code_is_named_with_its_row(tmp_path):
    p = tmp_path / "ann.csv"
    pd.DataFrame({"unit_key": ["a:0:x", "a:1:x"], "tone": ["neutral", "hostile"]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"row 3, column 'tone': 'hostile' is not a code of this measure; write one of "
                                         r"negative, neutral, positive"):
        T.read_tone_sheets([p])


def test_predictions_follow_vaders_thresholds():
    u = pd.DataFrame({"unit_key": ["a", "b", "c"], "tone": ["negative", "neutral", "positive"]})
    pred = T.tone_predictions(u)
    assert pred.loc["a", "negative"] == 1 and pred.loc["c", "positive"] == 1 and (pred.sum(axis=1) == 1).all()


def test_a_study_without_actors_and_a_corpus_naming_none_are_said_in_the_options_terms(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("The council met on Monday. The mayor said the budget was late.\n", encoding="utf-8")
    assert main(["sample", "--corpus", str(folder), "--measure", "tone", "--out", str(tmp_path / "t.csv")]) == 2
    assert "the study 'general' lists no actors" in capsys.readouterr().err
    assert main(["sample", "--corpus", str(folder), "--measure", "tone", "--study", "pak_afg_ttp",
                 "--out", str(tmp_path / "t.csv")]) == 2
    assert "no body sentence names one of the" in capsys.readouterr().err
    assert not (tmp_path / "t.csv").exists()


def test_notebook_02s_tone_scoring_corrects_vader_with_the_sheets(tmp_path):
    """``score_tone_sheets`` (notebook 02 with ``-p tone_sheets``): a coder who calls every coded row negative moves
    the corrected negative share of a group above VADER's; rows of another run are named."""
    from helpers.measures.tone import load_labels
    from helpers.text.lexicon import load_study_lexicon
    from helpers.validation.cli import _units

    use_study("pak_afg_ttp")
    units = _units(str(SEEDS_DIR), "sentence", "outlet")
    actors, labels = load_study_lexicon("actors"), load_labels()
    rows = T.tone_units(units, "outlet", actors, labels)
    one = rows[rows["outlet"] == rows["outlet"].iloc[0]]
    p = tmp_path / "ann.csv"
    pd.DataFrame({"unit_key": one["unit_key"], "tone": "negative"}).to_csv(p, index=False)  # every row of one outlet
    res = T.score_tone_sheets(units, [p], actors, labels, "outlet", n_boot=50)
    neg = res["shares"].set_index(["label", "group"]).loc[("negative", one["outlet"].iloc[0])]
    assert neg["n_coded"] == len(one) and neg["corrected"] == 1.0 and neg["naive"] < 1.0
    pd.DataFrame({"unit_key": ["nope:0:x"], "tone": ["neutral"]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"1 coded row of -p tone_sheets \('nope:0:x'|1 coded row of -p tone_sheets \(e\.g\."):
        T.score_tone_sheets(units, [p], actors, labels, "outlet", n_boot=50)


@pytest.mark.parametrize("key", ["role_sheets", "tone_sheets"])
def test_the_report_runner_names_a_missing_sheet(tmp_path, key):
    from helpers.report import runner as report

    with pytest.raises(report.ReportError, match=f"-p {key}: no such file 'nope.csv'"):
        report.run_report(SEEDS_DIR, {key: ["nope.csv"]}, ["02"], out_root=tmp_path)


def test_the_sheets_rows_are_notebook_02s_scored_rows():
    """The rows a tone sheet draws from carry the very scores notebook 02 reports (its committed seeds table)."""
    from helpers.core.paths import PROJECT_ROOT
    from helpers.measures.tone import load_labels
    from helpers.text.lexicon import load_study_lexicon
    from helpers.validation.cli import _units

    use_study("pak_afg_ttp")
    rows = T.tone_units(_units(str(SEEDS_DIR), "sentence", "outlet"), "outlet", load_study_lexicon("actors"),
                        load_labels())
    nb = pd.read_csv(PROJECT_ROOT / "figures" / "02_tone_sentences.csv")
    both = rows.merge(nb, on=["doc_id", "unit_id", "actor"], suffixes=("", "_nb"))
    assert len(both) == len(rows) == len(nb)
    assert (both["compound"] - both["tone_nb"]).abs().max() < 1e-12
