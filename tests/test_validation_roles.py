"""Coding sheets for source roles (``python -m helpers.validation sample|score --measure source_roles``); invented
articles and codes only."""
import pandas as pd
import pytest

from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.measures.source_roles import load_roles
from helpers.validation import roles as R
from helpers.validation.cli import main, sheet_results


@pytest.fixture(autouse=True)
def _restore_default_study():
    """The role command makes the report's study the active one (its lexicons); later tests expect the default."""
    yield
    use_study(DEFAULT_STUDY)

_BODIES = {
    "Harbor Ledger": ("Mayor Ann Cole said the port would reopen on Monday. "
                      "A crane driver, Bo Park, said he had not seen his children for a week. "
                      "Union spokesman Dan Ruiz said the strike would go on."),
    "Bay Wire": ("Senator Joan Lee said the walkout was costly. "
                 "Economist Ray Kent, a professor at Norland University, said prices would rise. "
                 "Critics say the deal is weak."),
}


@pytest.fixture
def port_corpus(tmp_path):
    """Six invented articles on a port strike from two outlets (a JSON-lines table)."""
    rows = [{"id": f"p{i}", "source": outlet, "title": f"Port strike day {i}", "date": f"2026-05-0{i + 1}",
             "text": _BODIES[outlet]} for i, outlet in enumerate(["Harbor Ledger", "Bay Wire"] * 3)]
    p = tmp_path / "port.jsonl"
    pd.DataFrame(rows).to_json(p, orient="records", lines=True)
    return p


def _attributions(rows):
    base = {"source_resolved": "", "verb": "said", "sentence": "Ann Cole said so.", "source": "Ann Cole"}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_labels_are_the_lexicons_roles_then_unknown_and_not_attribution():
    labels = R.role_labels(load_roles())
    assert labels[-2:] == [R.UNKNOWN, R.NOT_ATTRIBUTION]
    assert {"politician", "official", "expert", "ordinary_person", "document", "anonymous"} <= set(labels)
    assert len(labels) == len(set(labels))


def test_units_keep_the_typed_attributions_with_their_keys_and_the_sentences_before():
    att = _attributions([
        {"doc_id": "a", "unit_id": 2, "verb_start": 9, "role": "politician", "source": "he",
         "source_resolved": "Ann Cole"},
        {"doc_id": "a", "unit_id": 0, "verb_start": 4, "role": "", "source": ""},  # no source: no role, not coded
        {"doc_id": "b", "unit_id": 0, "verb_start": 3, "role": "unknown", "source": "Bo Park"},
    ])
    sents = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "unit_id": [0, 1, 2, 0],
                          "text": ["First.", "Second.", "Third.", "Only."]})
    u = R.role_units(att, sents)
    assert list(u["unit_key"]) == ["a:2:9", "b:0:3"]
    assert list(u["speaker_found"]) == ["Ann Cole", "Bo Park"]  # the resolved source, else the source
    assert list(u["before"]) == ["First. Second.", ""]


def test_units_refuse_a_table_without_the_attribution_columns():
    with pytest.raises(ValueError, match="extract_attributions"):
        R.role_units(pd.DataFrame({"doc_id": ["a"], "role": ["expert"]}))


def _sheet(tmp_path, name, codes, keys=("a:0:4", "a:1:9", "b:0:3")):
    p = tmp_path / f"{name}.csv"
    pd.DataFrame({"unit_key": list(keys)[: len(codes)], "role": codes}).to_csv(p, index=False)
    return p


def test_sheets_are_read_as_one_label_per_role(tmp_path):
    labels = R.role_labels(load_roles())
    codes = R.read_role_sheets([_sheet(tmp_path, "ann", ["Politician", " ordinary person ", "not-attribution"])],
                               labels)
    on = codes[codes["value"] == 1].set_index("unit_key")["label"].to_dict()
    assert on == {"a:0:4": "politician", "a:1:9": "ordinary_person", "b:0:3": R.NOT_ATTRIBUTION}
    assert len(codes) == 3 * len(labels)  # every other label is 0 for a coded row


def test_a_blank_role_skips_the_row(tmp_path):
    labels = R.role_labels(load_roles())
    codes = R.read_role_sheets([_sheet(tmp_path, "ann", ["expert", "", "unknown"])], labels)
    assert sorted(codes["unit_key"].unique()) == ["a:0:4", "b:0:3"]


@pytest.mark.parametrize("codes, message", [
    (["expert", "senator", ""], r"row 3, column 'role': 'senator' is not a code of this measure; write one of "),
    (["", "", ""], "every role cell is blank"),
])
def test_bad_role_cells_are_named_with_what_to_write(tmp_path, codes, message):
    with pytest.raises(ValueError, match=message):
        R.read_role_sheets([_sheet(tmp_path, "ann", codes)], R.role_labels(load_roles()))


def test_a_unit_coded_twice_is_refused(tmp_path):
    p = _sheet(tmp_path, "ann", ["expert", "expert"], keys=("a:0:4", "a:0:4"))
    with pytest.raises(ValueError, match="rows 2 and 3 both code unit 'a:0:4'"):
        R.read_role_sheets([p], R.role_labels(load_roles()))


def test_predictions_never_say_not_an_attribution():
    labels = R.role_labels(load_roles())
    u = pd.DataFrame({"unit_key": ["a:0:4", "b:0:3"], "role": ["expert", "unknown"]})
    pred = R.role_predictions(u, labels)
    assert pred.loc["a:0:4", "expert"] == 1 and pred.loc["b:0:3", R.UNKNOWN] == 1
    assert pred[R.NOT_ATTRIBUTION].sum() == 0 and (pred.sum(axis=1) == 1).all()


def test_a_census_gives_the_coded_shares_and_errors_move_the_corrected_share(tmp_path):
    """Every attribution of the group coded: the corrected share is the coders' share, not the rules'."""
    labels = R.role_labels(load_roles())
    keys = [f"d{i}:0:1" for i in range(4)]
    pred = R.role_predictions(pd.DataFrame({"unit_key": keys, "role": ["expert"] * 4}), labels)
    codes = R.read_role_sheets([_sheet(tmp_path, "ann", ["expert", "official", "official", "expert"], keys=keys)],
                               labels)
    shares = sheet_results(codes, pred, n_boot=50)["shares"].set_index("label")
    assert shares.loc["expert", "naive"] == 1.0
    assert shares.loc["expert", "corrected"] == pytest.approx(0.5)
    assert shares.loc["official", "corrected"] == pytest.approx(0.5)


def test_the_sheet_never_shows_the_rules_role_and_is_never_overwritten(tmp_path):
    u = R.role_units(_attributions([{"doc_id": "a", "unit_id": 0, "verb_start": 9, "role": "politician",
                                     "sentence": "=SUM(A1) Ann Cole said so."}]))
    smp = u.assign(stratum="(all)")
    p = R.write_role_sheet(smp, tmp_path / "roles.csv")
    sheet = pd.read_csv(p, dtype=str, keep_default_na=False)
    assert list(sheet.columns) == list(R.ROLE_SHEET_COLUMNS)
    assert "politician" not in sheet.to_csv() and sheet.loc[0, "role"] == ""
    assert sheet.loc[0, "text"].startswith("'=")  # a formula guard, as every CSV of the project
    with pytest.raises(ValueError, match="never overwritten"):
        R.write_role_sheet(smp, p)
    R.write_role_sheet(smp, p, overwrite=True)  # an unfilled sheet may be replaced on request
    sheet.loc[0, "role"] = "politician"
    sheet.to_csv(p, index=False)
    with pytest.raises(ValueError, match="holds a coder's codes"):
        R.write_role_sheet(smp, p, overwrite=True)


def test_the_guide_lists_every_code_and_escapes_the_lexicon():
    lex = load_roles()
    lex = {**lex, "entries": {**lex["entries"], "expert": {**lex["entries"]["expert"], "label": "Expert <b>"}}}
    page = R.role_guide_html(lex, R.role_labels(lex))
    assert "Expert &lt;b&gt;" in page and "<code>not_attribution</code>" in page and "<code>unknown</code>" in page


def test_sample_and_score_from_the_command_line(port_corpus, tmp_path, capsys):
    out = tmp_path / "coding" / "roles.csv"
    assert main(["sample", "--corpus", str(port_corpus), "--measure", "source_roles", "--n", "6",
                 "--out", str(out)]) == 0, capsys.readouterr().err
    assert out.with_suffix(".guide.html").is_file()
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(sheet) == 6 and sorted(sheet["stratum"].unique()) == ["Bay Wire", "Harbor Ledger"]
    sheet["role"] = "official"
    sheet.loc[0, "role"] = R.NOT_ATTRIBUTION
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    capsys.readouterr()
    assert main(["score", "--corpus", str(port_corpus), "--measure", "source_roles",
                 str(tmp_path / "ann.csv")]) == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert "Naive and corrected shares of attributions per outlet" in said and "not_attribution" in said


def test_adopt_and_article_units_are_refused_in_the_options_terms(port_corpus, tmp_path, capsys):
    assert main(["adopt", "--corpus", str(port_corpus), "--measure", "source_roles", "--study", str(tmp_path),
                 str(tmp_path / "ann.csv")]) == 2
    assert "score --measure source_roles" in capsys.readouterr().err
    assert main(["sample", "--corpus", str(port_corpus), "--measure", "source_roles", "--unit", "article",
                 "--out", str(tmp_path / "r.csv")]) == 2
    assert "--unit article: a source role is coded per attribution" in capsys.readouterr().err


def test_notebook_02s_scoring_gives_shares_per_group_and_names_sheets_of_other_articles(tmp_path):
    """``score_role_sheets`` (notebook 02 with ``-p role_sheets``): the run's attributions against the sheets."""
    att = _attributions([
        {"doc_id": f"d{i}", "unit_id": 0, "verb_start": 5, "role": role, "group": grp}
        for i, (role, grp) in enumerate([("expert", "left"), ("expert", "left"), ("official", "right"),
                                         ("official", "right")])])
    sheet = _sheet(tmp_path, "ann", ["expert", "official", "official"], keys=("d0:0:5", "d1:0:5", "d2:0:5"))
    res = R.score_role_sheets(att, [sheet], load_roles(), "group", n_boot=50)
    shares = res["shares"].set_index(["label", "group"])
    assert shares.loc[("expert", "left"), "naive"] == 1.0 and shares.loc[("expert", "left"), "corrected"] == 0.5
    assert shares.loc[("official", "right"), "n_coded"] == 1
    other = _sheet(tmp_path, "bob", ["expert"], keys=("d9:0:5",))
    with pytest.raises(ValueError, match=r"1 coded attribution of -p role_sheets \(e\.g\. 'd9:0:5'\) is not among"):
        R.score_role_sheets(att, [other], load_roles(), "group", n_boot=50)



def test_the_corrected_shares_sentence_reads_a_results_file_and_says_nothing_without_one(tmp_path):
    import json

    from helpers.validation.choice import corrected_shares_sentence
    from helpers.validation.tone_sheets import corrected_tone_sentence

    res = {"date": "2030-01-02", "dataset": "Invented news (20 articles); 90 rows", "coded_units": 30,
           "shares": [{"label": "unknown", "group": "(all)", "naive": 0.2, "corrected": 0.05, "corrected_low": 0.0,
                       "corrected_high": 0.12},
                      {"label": "unknown", "group": "left", "naive": 0.9, "corrected": 0.9, "corrected_low": 0.0,
                       "corrected_high": 1.0},
                      {"label": "expert", "group": "(all)", "naive": 0.1, "corrected": None, "corrected_low": None,
                       "corrected_high": None}]}
    f = tmp_path / "r.json"
    f.write_text(json.dumps(res), encoding="utf-8")
    s = corrected_shares_sentence(f, {"unknown": "unknown sources", "expert": "experts"}, "bench.py")
    assert s == ("On the project's benchmark sample (Invented news), shares corrected with a hand-coded "
                 "random sample (30 coded; bench.py, 2030-01-02): unknown sources 20% by the software, 5% corrected "
                 "(95% CI 0%-12%).")
    assert corrected_shares_sentence(tmp_path / "missing.json", {"unknown": "x"}, "bench.py") == ""
    assert corrected_tone_sentence(tmp_path / "missing.json") == ""
    assert R.corrected_role_sentence().startswith("On the project's benchmark sample (AllSides")
