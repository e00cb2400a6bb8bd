"""Review 12bh-v: the validation workflow (coding sheets, ``python -m helpers.validation``) on a user's own corpus.

Invented articles only (a harbour-city ferry dispute in three invented outlets), written into ``tmp_path``.
"""
import zipfile

import pandas as pd
import pytest

from helpers.validation.cli import main
from helpers.validation.coding import SheetWarning, read_coding_sheets

_LABELS = ["conflict", "economic_consequences"]

_SENTENCES = [
    "The ferry union accused the harbour board of breaking its promises and threatened a strike.",
    "Ticket prices rose by a third, and the board said the service had lost money for four years.",
    "A fisherman's widow said she could no longer visit her sister on the island.",
    "Councillors clashed over the timetable during a heated session on Monday.",
    "The board promised new boats and a fare freeze for pensioners.",
]


@pytest.fixture
def corpus(tmp_path):
    """Six invented articles from three outlets, a folder with metadata.csv."""
    folder = tmp_path / "ferry"
    folder.mkdir()
    rows = []
    for i, outlet in enumerate(["Quay Gazette", "Island Post", "Tern Bay Times"] * 2):
        doc = f"f{i}"
        body = " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(3))
        (folder / f"{doc}.txt").write_text(body + "\n", encoding="utf-8")
        rows.append({"doc_id": doc, "file": f"{doc}.txt", "outlet": outlet, "title": f"Ferry row {i}",
                     "date": f"2026-03-0{i + 1}"})
    pd.DataFrame(rows).to_csv(folder / "metadata.csv", index=False)
    return folder


def _sheet(tmp_path, name="ann.csv"):
    """A small filled coding sheet as write_coding_sheet lays it out."""
    return pd.DataFrame({"unit_key": ["f0:0", "f0:1", "f1:0"], "doc_id": ["f0", "f0", "f1"],
                         "stratum": ["Quay Gazette", "Quay Gazette", "Island Post"],
                         "text": ["The ferry union accused ...", "Ticket prices rose ...", "Café owners said ..."],
                         "conflict": ["1", "", "0"], "economic_consequences": ["", "1", ""], "notes": ["", "", "sûr?"]})


def test_sheet_saved_as_windows_1252_is_read_with_a_warning_naming_the_file(tmp_path):
    """Excel on Windows saves "CSV" in Windows-1252: the sheet is read as the corpus's CSVs are, with a warning."""
    p = tmp_path / "bob.csv"
    _sheet(tmp_path).to_csv(p, index=False, encoding="cp1252")
    with pytest.warns(SheetWarning, match="bob.csv"):  # not a CorpusWarning: the report's index lists those as
        # warnings of reading the corpus
        codes = read_coding_sheets([p], _LABELS)
    assert codes.query("label == 'conflict'")["value"].tolist() == [1, 0, 0]


def test_sheet_saved_with_semicolons_is_read(tmp_path):
    """Excel in a French or German locale saves CSV with ';' between cells."""
    p = tmp_path / "chloe.csv"
    _sheet(tmp_path).to_csv(p, index=False, sep=";")
    codes = read_coding_sheets([p], _LABELS)
    assert codes.groupby("label")["value"].sum().to_dict() == {"conflict": 1, "economic_consequences": 1}


def test_sheet_saved_as_a_workbook_says_save_as_csv(tmp_path):
    """A sheet saved as .xlsx (a zip file) names the file and says how to save it as CSV."""
    p = tmp_path / "dana.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(ValueError, match=r"dana\.xlsx.*CSV"):
        read_coding_sheets([p], _LABELS)
    renamed = tmp_path / "dana.csv"  # the same workbook under a .csv name
    renamed.write_bytes(p.read_bytes())
    with pytest.raises(ValueError, match=r"dana\.csv.*workbook.*CSV"):
        read_coding_sheets([renamed], _LABELS)


def test_numbers_written_as_1_0_are_read(tmp_path):
    """A coder who filled the sheet in pandas (float columns) writes 1.0 and 0.0."""
    p = tmp_path / "eli.csv"
    s = _sheet(tmp_path)
    s["conflict"], s["economic_consequences"] = ["1.0", "", "0.0"], ["", "1.0", ""]
    s.to_csv(p, index=False)
    codes = read_coding_sheets([p], _LABELS)
    assert codes.groupby("label")["value"].sum().to_dict() == {"conflict": 1, "economic_consequences": 1}
    s["conflict"] = ["0.5", "", ""]
    s.to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"eli\.csv: row 2, column 'conflict'"):
        read_coding_sheets([p], _LABELS)


def test_cli_sample_refuses_a_sheet_name_that_is_not_csv(corpus, tmp_path, capsys):
    """``--out sheet.xlsx`` wrote a CSV under an Excel name; it is refused in the command line's terms."""
    out = tmp_path / "sheets" / "frames.xlsx"
    assert main(["sample", "--corpus", str(corpus), "--n", "4", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--out" in err and ".csv" in err
    assert not out.exists() and not out.with_suffix(".guide.html").exists()


def test_cli_measure_that_is_not_a_frame_codebook(corpus, tmp_path, capsys):
    """A measure the command does not know: the error says which measures there are (source roles and tone have
    sheets since 2026-12-07, ``tests/test_validation_roles.py``, ``tests/test_validation_tone.py``)."""
    assert main(["sample", "--corpus", str(corpus), "--measure", "sentiment", "--n", "4",
                 "--out", str(tmp_path / "sentiment.csv")]) == 2
    err = capsys.readouterr().err
    assert "--measure" in err and "generic_frames" in err and "policy_frames" in err and "source_roles" in err
    assert "tone" in err


def test_cli_score_gives_corrected_shares_per_group_with_n_coded(corpus, tmp_path, capsys):
    """``score`` puts naive and corrected shares side by side with n coded; a group without coded units says so."""
    out = tmp_path / "frames.csv"
    assert main(["sample", "--corpus", str(corpus), "--n", "12", "--out", str(out)]) == 0
    capsys.readouterr()
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet = sheet[sheet["stratum"] != "Tern Bay Times"].copy()  # the coders never reached one outlet
    sheet["conflict"] = ["1" if ("accused" in t or "clashed" in t) else "" for t in sheet["text"]]
    sheet["economic_consequences"] = ["1" if "prices" in t else "0" for t in sheet["text"]]
    a, b = tmp_path / "ann.csv", tmp_path / "bob.csv"
    sheet.to_csv(a, index=False)
    sheet.assign(conflict=["1"] * len(sheet)).iloc[1:].to_csv(b, index=False)  # disagrees, and deleted a row
    assert main(["score", "--corpus", str(corpus), str(a), str(b)]) == 0
    text = capsys.readouterr().out
    assert "corrected" in text and "n_coded" in text
    assert "Tern Bay Times" in text and "no coded units" in text
    assert "consensus" in text.lower()
    assert main(["score", "--corpus", str(corpus), str(a)]) == 0
    text = capsys.readouterr().out
    assert "agreement cannot be computed" in text and "corrected" in text


def test_cli_score_warns_when_the_groups_are_not_the_strata_of_the_draw(corpus, tmp_path, capsys):
    """The draw takes as many units per outlet as it can: pooled over outlets (--group '') or grouped by another
    column, the coded units are no simple random sample of the group, which the corrected share assumes."""
    out = tmp_path / "frames.csv"
    assert main(["sample", "--corpus", str(corpus), "--n", "6", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet["conflict"] = "1"
    sheet.to_csv(out, index=False)
    capsys.readouterr()
    assert main(["score", "--corpus", str(corpus), str(out)]) == 0
    assert "several strata" not in capsys.readouterr().out
    assert main(["score", "--corpus", str(corpus), "--group", "", str(out)]) == 0
    text = capsys.readouterr().out
    assert "several strata" in text and "--group outlet" in text


def test_notebook_04_reads_the_coders_sheets_given_with_coding_sheets(corpus, tmp_path, monkeypatch, capsys):
    """Notebook 04 told a user to code the sheet it wrote, but read no filled sheet back (``-p blind_codes`` with
    one failed: "missing columns ['sentence', 'policy_frames']"). ``-p coding_sheets`` takes one sheet per coder:
    agreement with its n, the tagger against the consensus, naive and corrected shares with n coded."""
    from helpers.report import runner as report

    out = tmp_path / "frames.csv"
    assert main(["sample", "--corpus", str(corpus), "--n", "12", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet = sheet[sheet["stratum"] != "Tern Bay Times"].copy()
    sheet["conflict"] = ["1" if ("accused" in t or "clashed" in t) else "" for t in sheet["text"]]
    a, b = tmp_path / "ann.csv", tmp_path / "bob.csv"
    sheet.to_csv(a, index=False)
    sheet.assign(conflict="1").to_csv(b, index=False)
    monkeypatch.chdir(tmp_path)  # relative paths on the command line are taken from the current folder
    code = report.main(["--corpus", str(corpus), "--out", str(tmp_path / "run"), "--name", "v", "--notebooks", "04",
                        "-p", "coding_sheets", "[ann.csv, bob.csv]"])
    assert code == 0, capsys.readouterr()
    figures = tmp_path / "run" / "v" / "figures"
    agree = pd.read_csv(figures / "04_sheets_agreement.csv")
    assert agree.set_index("label").loc["conflict", "units"] == len(sheet)
    shares = pd.read_csv(figures / "04_sheets_corrected_shares.csv")
    tern = shares[shares["outlet"] == "Tern Bay Times"]
    assert (tern["n_coded"] == 0).all() and tern["note"].str.contains("no coded units").all()
    scores = pd.read_csv(figures / "04_sheets_scores.csv")
    assert "(micro)" in set(scores["label"])
    page = (tmp_path / "run" / "v" / "04_validation.reader.html").read_text(encoding="utf-8")
    assert "ann.csv" in page and "consensus" in page
    # 12 sentences: too few coded by both coders for an alpha (review s78-B), and the page says how many there are
    assert "by two coders or more" in page and "agreement cannot be computed (only" in page
    summary = pd.read_csv(figures / "04_seed_scores.csv")  # the key findings read the tagger's F1 from here
    assert summary["sample"].str.startswith("your coders' sheets").any()
    index = (tmp_path / "run" / "v" / "index.html").read_text(encoding="utf-8")
    assert "your coders&#x27; sheets" in index or "your coders' sheets" in index
    code = report.main(["--corpus", str(corpus), "--out", str(tmp_path / "run"), "--name", "w", "--notebooks", "04",
                        "-p", "coding_sheets", "[nope.csv]"])
    said = capsys.readouterr()
    assert code != 0 and "-p coding_sheets" in said.out + said.err


def test_a_sheet_without_rows_is_an_error_naming_it(tmp_path):
    """A coder who deleted every row (or returned the header only) was silently no coder at all."""
    p = tmp_path / "fay.csv"
    _sheet(tmp_path).iloc[:0].to_csv(p, index=False)
    other = tmp_path / "ann.csv"
    _sheet(tmp_path).to_csv(other, index=False)
    with pytest.raises(ValueError, match=r"fay\.csv: no coded row"):
        read_coding_sheets([other, p], _LABELS)


def test_two_sheets_with_one_file_name_say_to_rename_them(tmp_path):
    """Each coder returned 'frames.csv' in a folder of their own: the coder's name is the file name."""
    paths = []
    for who in ("c1", "c2"):
        (tmp_path / who).mkdir()
        paths.append(tmp_path / who / "frames.csv")
        _sheet(tmp_path).to_csv(paths[-1], index=False)
    with pytest.raises(ValueError, match=r"Rename the files"):
        read_coding_sheets(paths, _LABELS)


def test_a_unit_coded_twice_names_both_rows(tmp_path):
    p = tmp_path / "gus.csv"
    s = _sheet(tmp_path)
    pd.concat([s, s.iloc[[0]]]).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"gus\.csv: rows 2 and 5 .*'f0:0'"):
        read_coding_sheets([p], _LABELS)


def test_cli_score_of_an_empty_sheet_names_the_sheet(corpus, tmp_path, capsys):
    """An empty sheet gave "error: No objects to concatenat of <corpus>; score the sheets against the corpus ..."."""
    p = tmp_path / "fay.csv"
    p.write_text("unit_key,doc_id,stratum,text,responsibility,conflict,human_interest,economic_consequences,morality,"
                 "notes\n", encoding="utf-8")
    assert main(["score", "--corpus", str(corpus), str(p)]) == 2
    err = capsys.readouterr().err
    assert "fay.csv" in err and "concatenat" not in err


def test_cli_score_says_when_a_bootstrap_interval_has_no_width(corpus, tmp_path, capsys):
    """'score' printed recall 1.000 with the interval [1.0, 1.0] from 6 coded positives, as if certain; it now words
    the scores as notebook 04 does ("no interval: all resamples agree")."""
    out = tmp_path / "frames.csv"
    assert main(["sample", "--corpus", str(corpus), "--n", "12", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet["conflict"] = "1"
    sheet.to_csv(out, index=False)
    capsys.readouterr()
    assert main(["score", "--corpus", str(corpus), str(out)]) == 0
    text = capsys.readouterr().out
    assert "recall_low" not in text and "all resamples agree" in text and "95% CI" in text


def test_guide_keeps_the_taggers_notes_apart_from_the_coding_instructions(corpus, tmp_path):
    """The generic-frames guide put the tagger's version history ("Negated cues still count ...", thresholds re-fit)
    in bold among the instructions to coders; it is now a folded section that says it is about the tagger."""
    out = tmp_path / "frames.csv"
    assert main(["sample", "--corpus", str(corpus), "--n", "4", "--out", str(out)]) == 0
    page = out.with_suffix(".guide.html").read_text(encoding="utf-8")
    head, _, tail = page.partition("<details>")
    assert "Negated cues still count" not in head and "Negated cues still count" in tail
    assert "not coding instructions" in tail.split("</summary>")[0]


def test_a_sheet_of_articles_scored_against_sentences_says_so():
    """Notebook 04 reads sheets of sentences: a sheet drawn with --unit article said only "not among the tagged
    units"."""
    from helpers.validation.cli import sheet_results

    pred = pd.DataFrame({"conflict": [1, 0]}, index=pd.Index(["f0:0", "f0:1"], name="unit_key"))
    codes = pd.DataFrame({"coder": "ann", "unit_key": ["f0", "f1"], "label": "conflict", "value": [1, 0]})
    with pytest.raises(ValueError, match="articles.*sentences"):
        sheet_results(codes, pred)


def test_a_sheet_of_another_measure_says_which_measure_it_fits(tmp_path):
    """A sheet drawn for policy frames read as generic frames: the missing columns, and the measure it fits."""
    p = tmp_path / "hal.csv"
    pd.DataFrame({"unit_key": ["f0:0"], "text": ["..."], "economic": ["1"], "political": [""]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"hal\.csv: missing.*policy_frames"):
        read_coding_sheets([p], _LABELS)


def test_a_filled_sheet_is_never_overwritten_by_a_blank_one(tmp_path):
    """Notebook 04 writes its sheet with overwrite=True: a coder who filled it in the output folder lost the codes
    on the next run of the notebook."""
    from helpers.validation.coding import write_coding_sheet

    smp = pd.DataFrame({"unit_key": ["f0:0"], "doc_id": ["f0"], "stratum": ["Quay Gazette"], "text": ["..."]})
    p = write_coding_sheet(smp, _LABELS, tmp_path / "04_coding_sheet_generic_frames.csv")
    assert write_coding_sheet(smp, _LABELS, p, overwrite=True) == p  # a blank sheet may be replaced
    filled = pd.read_csv(p, dtype=str, keep_default_na=False).assign(conflict="1")
    filled.to_csv(p, index=False)
    with pytest.raises(ValueError, match="codes"):
        write_coding_sheet(smp, _LABELS, p, overwrite=True)
    assert pd.read_csv(p, dtype=str)["conflict"].tolist() == ["1"]


def test_a_report_run_never_deletes_a_sheet_filled_in_the_report_folder(corpus, tmp_path, capsys):
    """Each report run replaces its folder: a coder who filled 04_coding_sheet_*.csv there lost it on the next run
    (with -p coding_sheets pointing at it, the notebook then read the new blank sheet)."""
    from helpers.report import runner as report

    args = ["--corpus", str(corpus), "--out", str(tmp_path / "run"), "--name", "v", "--notebooks", "04"]
    assert report.main(args) == 0
    sheet = tmp_path / "run" / "v" / "figures" / "04_coding_sheet_generic_frames.csv"
    filled = pd.read_csv(sheet, dtype=str, keep_default_na=False).assign(conflict="1")
    filled.to_csv(sheet, index=False)
    capsys.readouterr()
    assert report.main(args + ["-p", "coding_sheets", f"[{sheet}]"]) != 0
    said = capsys.readouterr()
    assert "04_coding_sheet_generic_frames.csv" in said.out + said.err and "move" in said.out + said.err
    assert pd.read_csv(sheet, dtype=str)["conflict"].eq("1").all()


def test_sheet_results_marks_groups_whose_coded_units_mix_strata():
    """Notebook 04 groups by group_by; a sheet drawn by outlet read with another grouping gets a note per group."""
    from helpers.validation.cli import sheet_results

    keys = [f"d{i}:0" for i in range(8)]
    pred = pd.DataFrame({"conflict": [1, 0] * 4}, index=pd.Index(keys, name="unit_key"))
    codes = pd.DataFrame({"coder": "ann", "unit_key": keys[:6], "label": "conflict", "value": [1, 0, 0, 1, 1, 0]})
    groups = pd.Series(["left"] * 4 + ["right"] * 4, index=keys)
    strata = pd.Series(["A", "B", "A", "A", "B", "B"], index=keys[:6])
    shares = sheet_results(codes, pred, groups, n_boot=50, strata=strata)["shares"].set_index("group")
    assert "several strata" in shares.loc["left", "note"] and "several strata" not in shares.loc["right", "note"]


@pytest.mark.parametrize("encoding, sep", [("utf-16", "\t"), ("utf-8-sig", ",")])
def test_unicode_text_and_csv_utf8_from_excel_are_read(tmp_path, encoding, sep):
    """Excel's "Unicode Text" (UTF-16, tab-separated) and "CSV UTF-8" (with a byte-order mark)."""
    p = tmp_path / "ivy.csv"
    _sheet(tmp_path).to_csv(p, index=False, sep=sep, encoding=encoding)
    codes = read_coding_sheets([p], _LABELS)
    assert codes.groupby("label")["value"].sum().to_dict() == {"conflict": 1, "economic_consequences": 1}


def test_frame_share_validation_says_what_was_checked_and_keeps_the_caveat_of_uncoded_families():
    # review s78-B: after adopting a sample of generic frames only, the policy and Entman shares lost "not validated on
    # this corpus", and a generic frame scored F1 0.21 read "validated"
    from helpers.framing import share_validation
    from helpers.framing.hand_codes import NOT_VALIDATED

    metrics = pd.DataFrame({"family": ["generic_frames"] * 3, "frame": ["conflict", "morality", "human_interest"],
                            "status": ["validated", "low support (<5)", "unvalidated"], "F1": [0.2143, 0.5, float("nan")],
                            "support": [14, 2, 0]})
    keys = [("generic_frames", "conflict"), ("generic_frames", "morality"), ("generic_frames", "human_interest"),
            ("policy_frames", "economic"), ("entman_functions", "remedy_military")]
    assert share_validation(keys, metrics, "blind coders") == [
        "checked here (blind coders): F1 0.21 on 14 coded examples", "low support (<5)", "unvalidated", NOT_VALIDATED,
        NOT_VALIDATED]
    assert share_validation(keys[:1], None) == [NOT_VALIDATED]
