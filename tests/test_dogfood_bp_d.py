"""Dogfood round 12bp-d: an abortion-policy corpus as a folder of .txt files with a metadata CSV that uses the user's
own column names ("Filename", "Publication", "Headline", "Date Published"), files in Windows-1252 and with a byte-order
mark, empty and very short files, duplicates under two names and dates in four formats; invented text only."""

import warnings

import pytest

BODY_A = ("The state senate voted on Tuesday to move a clinic licensing bill to the floor. "
          "Supporters said the measure protected patients, while opponents called it a ban by another name.")
BODY_B = ("A federal judge heard arguments on a waiting-period law that took effect in the spring. "
          "Lawyers for the clinic told the court that the rule would close two of its three sites.")
BODY_C = ("Hundreds of marchers gathered outside the capitol as a committee weighed a funding rider. "
          "An organiser said the crowd was the largest the group had brought to the building in years.")


def _folder(tmp_path, header="Filename,Publication,Headline,Date Published,Rating", rows=None):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, body in (("a1.txt", BODY_A), ("a2.txt", BODY_B), ("a3.txt", BODY_C)):
        (folder / name).write_text(body, encoding="utf-8")
    rows = rows or ["a1.txt,Valley Ledger,Bill moves to floor,2019-05-14,Left",
                    'a2.txt,Evening Courier,Judge hears arguments,"June 3, 2019",Right',
                    "a3.txt,Valley Ledger,Marchers at the capitol,07/21/2019,Left"]
    meta = tmp_path / "my_list.csv"
    meta.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8-sig")
    return folder, meta


# --- 1. a folder's metadata file under the user's own column names ----------------------------------------------


def test_a_metadata_column_called_filename_is_the_file_column(tmp_path):
    from helpers.corpus.read import load_corpus

    folder, meta = _folder(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = load_corpus(folder, metadata=meta)
    assert len(df) == 3
    assert df.set_index("doc_id").loc["a2", "Rating"] == "Right"


def test_a_folder_metadata_publication_and_headline_are_outlet_and_title(tmp_path):
    """They were kept as other columns, and every article had no outlet and no title, without a word."""
    from helpers.corpus.read import load_corpus

    folder, meta = _folder(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = load_corpus(folder, metadata=meta).set_index("doc_id")
    assert df.loc["a1", "outlet"] == "Valley Ledger"
    assert df.loc["a2", "title"] == "Judge hears arguments"
    assert df.attrs["columns"]["outlet"] == "Publication"


def test_a_folder_metadata_without_a_usual_date_column_warns_and_names_the_option(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusWarning, option_style

    folder, meta = _folder(tmp_path)
    with option_style("cli"), pytest.warns(CorpusWarning, match=r"-p columns '\{date: Date Published\}'"):
        load_corpus(folder, metadata=meta)


def test_the_columns_option_names_a_folder_metadata_column(tmp_path):
    """`-p columns` stopped with "column names apply to table files" on a folder: a user could not name the date."""
    from helpers.corpus.dates import parse_dates
    from helpers.corpus.read import load_corpus

    folder, meta = _folder(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = load_corpus(folder, metadata=meta, date_col="Date Published").set_index("doc_id")
    assert df.loc["a2", "date"] == "June 3, 2019"
    assert "Date Published" in df.attrs["dates"]["where"]
    parsed = parse_dates(df["date"])
    assert str(parsed.iloc[0]["date_parsed"])[:10] == "2019-05-14"


def test_a_misspelt_folder_metadata_column_says_did_you_mean(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusError, option_style

    folder, meta = _folder(tmp_path)
    with option_style("cli"), pytest.raises(CorpusError, match=r"Did you mean 'Date Published'\? Add -p columns"):
        load_corpus(folder, metadata=meta, date_col="Date Publshed")


def test_the_text_of_a_folder_cannot_be_named_as_a_metadata_column(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusError, option_style

    folder, meta = _folder(tmp_path)
    with option_style("cli"), pytest.raises(CorpusError, match=r"takes its text from its files.*-p columns"):
        load_corpus(folder, metadata=meta, text_col="Headline")


def test_the_columns_option_on_a_folder_without_metadata_says_give_the_metadata(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusError, option_style

    folder, meta = _folder(tmp_path)
    meta.unlink()
    with option_style("cli"), pytest.raises(CorpusError, match=r"no metadata.csv.*-p metadata path/to/file.csv"):
        load_corpus(folder, date_col="Date Published")


def test_a_metadata_file_without_any_file_column_says_how_to_fix_it(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusError

    folder, meta = _folder(tmp_path, header="Doc,Publication,Headline,Date Published,Rating")
    with pytest.raises(CorpusError, match=r"Rename the column that holds the file names to 'file'"):
        load_corpus(folder, metadata=meta)


def test_a_canonical_metadata_file_reads_as_before(tmp_path):
    """file, outlet, title, date: unchanged; an 'id' column is kept as the user's, not taken as the doc_id."""
    from helpers.corpus.read import load_corpus

    folder, meta = _folder(tmp_path, header="file,outlet,title,date,id",
                           rows=["a1.txt,Valley Ledger,T1,2019-05-14,17", "a2.txt,Evening Courier,T2,2019-06-03,18",
                                 "a3.txt,Valley Ledger,T3,2019-07-21,19"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        df = load_corpus(folder, metadata=meta)
    assert list(df["doc_id"]) == ["a1", "a2", "a3"]
    assert list(df["id"]) == ["17", "18", "19"]
    assert df.attrs["columns"] == {"text": "<file content>", "doc_id": "<file stem>"}


# --- 2. many files in Windows-1252: one warning, not one per file -------------------------------------------------


def test_files_decoded_as_windows_1252_give_one_warning_naming_them(tmp_path):
    """Fifteen such files gave fifteen warnings, which filled the top of the report's index."""
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusWarning

    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(12):
        (folder / f"w{i:02d}.txt").write_bytes(("\u201cWe will appeal,\u201d the clinic\u2019s lawyer said on day "
                                                f"{i}. " + BODY_A).encode("cp1252"))
    (folder / "u.txt").write_text(BODY_B, encoding="utf-8-sig")
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always")
        df = load_corpus(folder)
    decoded = [str(w.message) for w in heard if issubclass(w.category, CorpusWarning) and "UTF-8" in str(w.message)]
    assert len(df) == 13
    assert df.set_index("doc_id").loc["w00", "raw"].startswith("\u201cWe will appeal")
    assert len(decoded) == 1
    assert decoded[0].startswith("12 files in ")
    assert "'w00.txt' (offset 0)" in decoded[0] and "and 2 more" in decoded[0]
    assert "Windows-1252" in decoded[0]


def test_one_file_decoded_as_windows_1252_keeps_its_own_message(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusWarning

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "w.txt").write_bytes(("Caf\u00e9 owners said " + BODY_A).encode("cp1252"))
    (folder / "u.txt").write_text(BODY_B, encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"w\.txt: not valid UTF-8 \(first bad byte at offset 3\); decoded as cp1252"):
        load_corpus(folder)


def test_decoding_summary_leaves_other_messages_alone():
    from helpers.corpus.tables import decoding_summary

    grouped, others = decoding_summary(
        ["/c/a.txt: not valid UTF-8 (first bad byte at offset 4); decoded as cp1252. Check ...",
         "/c/b.txt: not valid UTF-8 (first bad byte at offset 9); decoded as cp1252. Check ...",
         "skipped /c/e.txt: the file is empty."], "/c")
    assert others == ["skipped /c/e.txt: the file is empty."]
    assert grouped == ["2 files in '/c' are not valid UTF-8 and were decoded as cp1252 (Windows-1252): 'a.txt' "
                       "(offset 4), 'b.txt' (offset 9) (offset: the first byte that is not UTF-8). Check accented "
                       "characters and quotes, and re-save the files as UTF-8 to silence this."]


# --- 3. a naming label inside an actor's own name is not a naming choice ------------------------------------------


def _label_frames(sentence):
    import pandas as pd

    from helpers.measures.tone import attach_labels, find_labels
    from helpers.text.lexicon import Matcher

    actors = {"rights_group": {"label": "rights group", "terms": ["Coalition for Choice", "NARAL Pro-Choice America"]},
              "clinic": {"label": "clinic", "terms": ["Valley Clinic"]}}
    labels = {"name": "naming_labels", "version": 1, "source": "invented", "description": "",
              "entries": {"pro_choice": {"actors": ["rights_group", "clinic"], "stance": "self", "terms": ["pro-choice"]}}}
    units = pd.DataFrame({"doc_id": ["d1"], "unit_id": [0], "text": [sentence]})
    mentions = pd.DataFrame([{"doc_id": "d1", "unit_id": 0, "actor": m.entry, "mention": m.text, "start": m.start,
                              "end": m.end} for m in Matcher(actors).find(sentence)])
    return attach_labels(find_labels(units, labels), mentions, labels)


def test_a_label_inside_an_actors_name_is_not_attached():
    """'Pro-Choice' in 'NARAL Pro-Choice America' counted as the outlet calling the group pro-choice: on the
    dogfood corpus every such label of one group came from the organisation's name."""
    assert _label_frames("NARAL Pro-Choice America sued the state on Monday.").empty


def test_a_label_the_outlet_chose_is_still_attached():
    out = _label_frames("The pro-choice Coalition for Choice sued the state on Monday.")
    assert list(out["actor"]) == ["rights_group"]
    out = _label_frames("The pro-choice Valley Clinic sued the state.")
    assert list(out["actor"]) == ["clinic"]


# --- 4. notebook 04's closing caveat names the seeds' sample only where it is used ---------------------------------


def test_the_corrected_shares_caveat_names_no_shipped_sample_on_another_corpus():
    from helpers.validation.cli import corrected_shares_caveat

    other = corrected_shares_caveat(0)
    assert "119" not in other and "shipped" not in other
    assert other.startswith("Corrected shares are valid only for a random sample of units")
    assert "the shipped 119-sentence sample was not drawn at random" in corrected_shares_caveat(119)


def test_notebook_04_takes_its_closing_caveat_from_the_helper():
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "04_validation.ipynb").read_text("utf-8"))
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "119-sentence" not in code
    assert "V.corrected_shares_caveat(" in code


# --- 5. a command-line value with spaces that the shell split -----------------------------------------------------


def test_an_unquoted_value_with_spaces_says_how_to_quote_it(capsys):
    from helpers.report.runner import main

    with pytest.raises(SystemExit) as exc:
        main(["--corpus", "my_articles", "-p", "group_by", "AllSides", "Rating", "-p", "on_bad", "skip"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: Rating." in err
    assert "A value with spaces must be quoted: -p group_by 'AllSides Rating'." in err


def test_an_unquoted_corpus_path_with_spaces_says_how_to_quote_it():
    from helpers.report.runner import unquoted_value_hint

    argv = ["--corpus", "/data/My", "Articles", "--name", "x"]
    assert unquoted_value_hint(argv, ["Articles"]) == " A value with spaces must be quoted: --corpus '/data/My Articles'."
    assert unquoted_value_hint(["--bogus"], ["--bogus"]) == ""


# --- 6. the dask engine reads a folder's metadata columns the same way ---------------------------------------------


def test_a_dask_partition_of_a_folder_takes_the_named_metadata_columns(tmp_path):
    from helpers.corpus.dask_corpus import _read_partition

    folder, meta = _folder(tmp_path)
    part = {"path": str(folder), "kind": "folder", "files": [str(folder / f"a{i}.txt") for i in (1, 2, 3)], "clash": []}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df, skipped, mapping = _read_partition(part, {"date": "Date Published"}, "error", str(meta))
    df = df.set_index("doc_id")
    assert df.loc["a2", "date"] == "June 3, 2019" and df.loc["a3", "outlet"] == "Valley Ledger"
    assert mapping["date"] == "Date Published"


def test_the_dask_loader_refuses_a_folders_text_column_before_starting(tmp_path):
    from helpers.corpus.dask_corpus import load_corpus_dask
    from helpers.corpus.sources import CorpusError

    folder, meta = _folder(tmp_path)
    with pytest.raises(CorpusError, match="takes its text from its files"):
        load_corpus_dask(folder, None, metadata=meta, columns={"text": "Headline"})


# --- 7. the index fingerprints the metadata file and a study of one's own ------------------------------------------


def test_the_index_lists_the_metadata_file_and_an_own_study_with_checksums(tmp_path):
    """A metadata file given with -p metadata decides every outlet, date and group, yet the index listed only the
    corpus folder's files."""
    import hashlib

    from helpers.report.pages import _corpus_fingerprint, _corpus_html, input_files

    folder, meta = _folder(tmp_path)
    study = tmp_path / "my_study"
    study.mkdir()
    (study / "study.yaml").write_text("name: my_study\nversion: 1\ntitle: Clinic laws\nsource: invented\n"
                                      "description: invented\n", encoding="utf-8")
    plans = {"00_corpus": {"metadata": str(meta)}, "01_topics": {"metadata": str(meta)}}
    inputs = input_files(plans, str(study), folder)
    assert [(w, p.name) for w, p in inputs] == [("metadata", "my_list.csv"), ("study", "study.yaml")]
    page = _corpus_html(tmp_path, folder, _corpus_fingerprint(folder, inputs))
    assert "my_list.csv" in page and hashlib.sha256(meta.read_bytes()).hexdigest()[:16] in page
    assert input_files({"00_corpus": {"metadata": str(folder / "a1.txt")}}, "general", folder) == []


# --- 8. group values that differ only in case are one group -----------------------------------------------------


def test_merge_case_variants_takes_the_most_common_spelling():
    import pandas as pd

    from helpers.corpus.groups import merge_case_variants

    values = pd.Series(["Left", "left", "Left", "Right ", "right", "Right", "Right", "", "Center"])
    merged, merges = merge_case_variants(values)
    assert merged.tolist() == ["Left", "Left", "Left", "Right", "Right", "Right", "Right", "", "Center"]
    assert merges == [("left", "Left", 1), ("right", "Right", 1)]
    same, none = merge_case_variants(pd.Series(["Left", "Center "]))
    assert none == [] and same.tolist() == ["Left", "Center "]


def test_the_report_groups_values_that_differ_only_in_case_once_and_says_so(tmp_path, monkeypatch):
    """A rating typed 'Left' and 'left' gave six groups of three ratings, each compared with the others."""
    from helpers.core import cache
    from helpers.corpus.sources import CorpusWarning
    from helpers.notebook.params import check_params
    from helpers.notebook.setup import corpus_params, load_from_params

    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    folder, meta = _folder(tmp_path, rows=["a1.txt,Valley Ledger,Bill moves to floor,2019-05-14,Left",
                                           'a2.txt,Evening Courier,Judge hears arguments,"June 3, 2019",right',
                                           "a3.txt,Valley Ledger,Marchers at the capitol,07/21/2019,left"])
    P = check_params({"corpus": str(folder), "metadata": str(meta), "columns": None, "on_bad": "error",
                      "output_dir": None, "group_by": "Rating", "top_n": 15, "seed": 0, "study": "general",
                      "engine": "pandas", "scheduler": "", "day_first": None, "periods": []}, corpus_params())
    with pytest.warns(CorpusWarning, match=r"group_by 'Rating': values that differ only in case are one group: "
                                           r"'left' \(1 article\) as 'Left'"):
        corpus = load_from_params(P)
    assert sorted(corpus["Rating"]) == ["Left", "Left", "right"]


# --- 9. a metadata file in the folder under another name ----------------------------------------------------------


def test_a_csv_file_in_a_folder_without_metadata_csv_is_pointed_out(tmp_path):
    """'article_list.csv' beside the articles was ignored without a word: no outlet, title or date."""
    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import CorpusWarning, option_style

    folder, meta = _folder(tmp_path)
    meta.rename(folder / "article_list.csv")
    with option_style("cli"), pytest.warns(CorpusWarning, match=r"has no metadata.csv, so its articles have no outlet"
                                                                 r".*add -p metadata .*article_list.csv \(or rename"):
        load_corpus(folder)


def test_a_folder_with_metadata_csv_says_nothing_of_other_tables(tmp_path):
    from helpers.corpus.read import load_corpus

    folder, meta = _folder(tmp_path, header="file,outlet,title,date,Rating")
    meta.rename(folder / "metadata.csv")
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_corpus(folder)) == 3


def test_the_supervised_option_says_what_this_run_trained_on():
    from helpers.validation.cli import blind_sample_label, supervised_note

    none = supervised_note("general", 0)
    assert "60" not in none and "no blind coder's sentences of this corpus" in none and "frames-dev" in none
    assert "the blind coder's 60 sentences of this corpus (study 'pak_afg_ttp')" in supervised_note("pak_afg_ttp", 60)
    assert blind_sample_label("abortion_policy") == "abortion_policy, blind sample (sentences)"


def test_notebook_04_names_no_seeds_sample_as_this_runs_training_data():
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "04_validation.ipynb").read_text("utf-8"))
    src = "".join("".join(c["source"]) for c in nb["cells"])
    assert 'data="seeds, blind sample (sentences)"' not in src
    assert "trained on the blind coder's 60 sentences and" not in src
    assert "V.supervised_note(STUDY.name, n_blind)" in src


def test_notebook_03_mentions_the_other_pool_only_when_there_is_one():
    """'in 3 AllSides Rating groups (top 15 by articles, the rest pooled as '(other)')' with nothing pooled."""
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_framing.ipynb").read_text("utf-8"))
    src = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "by articles, the rest pooled as '(other)'); headlines" not in src
    assert 'if "(other)" in ORDER else ""' in src
    shown = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                    for o in c.get("outputs", []))
    assert "sentences of body text from 5 articles in 5 outlet groups; headlines" in shown


# --- 10. a column name with spaces in the commands the messages suggest -------------------------------------------


def test_how_group_by_quotes_a_column_name_with_spaces():
    """'to compare by AllSides Rating, add -p group_by AllSides Rating' could not be typed as printed."""
    from helpers.corpus.sources import how_group_by, option_style

    with option_style("cli"):
        assert how_group_by("AllSides Rating") == "add -p group_by 'AllSides Rating'"
        assert how_group_by("bias_text") == "add -p group_by bias_text"
    with option_style("validation"):
        assert "--stratum 'AllSides Rating'" in how_group_by("AllSides Rating")


def test_a_misspelt_group_by_with_spaces_gives_the_quoted_command(tmp_path, monkeypatch):
    from helpers.core import cache
    from helpers.core.wording import CLI_ENV
    from helpers.notebook.params import ParameterError, check_params
    from helpers.notebook.setup import corpus_params, load_from_params

    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv(CLI_ENV, "1")
    folder, meta = _folder(tmp_path, header="Filename,Publication,Headline,Date Published,AllSides Rating")
    P = check_params({"corpus": str(folder), "metadata": str(meta), "columns": None, "on_bad": "error",
                      "output_dir": None, "group_by": "Allsides rating", "top_n": 15, "seed": 0, "study": "general",
                      "engine": "pandas", "scheduler": "", "day_first": None, "periods": []}, corpus_params())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ParameterError, match=r"Did you mean 'AllSides Rating'\? Give it as -p group_by "
                                                 r"'AllSides Rating'\."):
            load_from_params(P)


# --- 11. a coding sheet drawn by the command line matches the report's units --------------------------------------


def test_the_sample_command_leaves_out_duplicate_bodies_as_the_report_does(tmp_path):
    """A sheet drawn with 'python -m helpers.validation sample' held sentences of a duplicate article ('x-copy'),
    which notebook 04 leaves out: the report stopped with 'coded units are not among the tagged units'."""
    import shutil

    from helpers.corpus.sources import CorpusWarning
    from helpers.validation.cli import _units

    folder, meta = _folder(tmp_path, header="file,outlet,title,date,Rating",
                           rows=["a1.txt,Valley Ledger,T1,2019-05-14,Left", "a2.txt,Evening Courier,T2,2019-06-03,Right",
                                 "a3.txt,Valley Ledger,T3,2019-07-21,Left", "a1-copy.txt,Valley Ledger,T1,2019-05-14,Left"])
    shutil.copy(folder / "a1.txt", folder / "a1-copy.txt")
    with pytest.warns(CorpusWarning, match=r"1 article whose body duplicates an earlier one is left out"):
        units = _units(str(folder), "sentence", "Rating", option="--stratum", metadata=str(meta))
    assert "a1-copy" not in set(units["doc_id"]) and {"a1", "a2", "a3"} <= set(units["doc_id"])


def test_coded_units_outside_the_run_say_why_and_what_to_do():
    import pandas as pd

    from helpers.validation.cli import corrected_shares

    pred = pd.DataFrame({"conflict": [1, 0]}, index=["a1:0", "a1:1"])
    codes = pd.DataFrame({"conflict": [1.0]}, index=["a1-copy:0"])
    with pytest.raises(ValueError, match=r"left out as a duplicate body.*python -m helpers.validation sample"):
        corrected_shares(pred, codes)
