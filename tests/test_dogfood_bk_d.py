"""Dogfood round 12bk-d: a gun-policy corpus exported as one JSON file (an array of records with the user's own
field names) and a health-care corpus as a folder of per-outlet subfolders; invented text only."""

import json

import pytest

BODY_A = ("The county council voted on Tuesday to fund a new firearm safety course for school staff. "
          "Supporters said the course would save lives, while opponents called it a distraction from the budget.")
BODY_B = ("State lawmakers heard testimony on a bill that would require background checks at gun shows. "
          "A sheriff told the committee that the measure would be hard to enforce in rural counties.")


def _records():
    return [
        {"headline": "Council funds safety course", "body": BODY_A, "publication": "Daily Ledger",
         "published": "March 3, 2021"},
        {"headline": "Hearing on background checks", "body": BODY_B, "publication": "Evening Post",
         "published": "2021-03-04T14:00:00Z"},
    ]


# --- 1. a .json file (an array of records, or an API response holding one) is a table corpus -------------------


def test_a_json_array_file_is_read_as_a_table(tmp_path):
    from helpers.corpus.read import load_corpus

    path = tmp_path / "guns.json"
    path.write_text(json.dumps(_records(), indent=1), encoding="utf-8")
    df = load_corpus(path, text_col="body", outlet_col="publication", title_col="headline", date_col="published")
    assert len(df) == 2
    assert set(df["outlet"]) == {"Daily Ledger", "Evening Post"}
    assert df["text"].str.contains("background checks").any()


def test_a_json_object_holding_one_list_of_articles_is_read(tmp_path):
    """The shape of a news API's response: {"status": "ok", "totalResults": 2, "articles": [...]}."""
    from helpers.corpus.read import load_corpus

    path = tmp_path / "response.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": _records()}), encoding="utf-8")
    df = load_corpus(path, text_col="body", outlet_col="publication")
    assert len(df) == 2


def test_a_gzipped_json_file_is_read(tmp_path):
    import gzip

    from helpers.corpus.read import load_corpus

    path = tmp_path / "guns.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(_records(), fh)
    assert len(load_corpus(path, text_col="body", outlet_col="publication")) == 2


def test_json_lines_saved_as_json_is_read(tmp_path):
    from helpers.corpus.read import load_corpus

    path = tmp_path / "guns.json"
    path.write_text("\n".join(json.dumps(r) for r in _records()) + "\n", encoding="utf-8")
    assert len(load_corpus(path, text_col="body", outlet_col="publication")) == 2


def test_a_json_file_without_a_list_of_records_says_what_to_give(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus

    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"a": [_records()[0]], "b": [_records()[1]]}), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.json.*'a'.*'b'"):
        load_corpus(path, text_col="body")
    path.write_text(json.dumps(["just", "strings"]), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.json.*array of objects"):
        load_corpus(path, text_col="body")


def test_a_damaged_json_file_names_line_and_column(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus

    path = tmp_path / "bad.json"
    path.write_text('[\n {"body": "x"},\n {"body": \n]', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.json.*line 4"):
        load_corpus(path, text_col="body")


def test_the_report_folder_name_drops_the_json_suffix():
    from helpers.notebook.setup import corpus_name

    assert corpus_name("/data/guns.json") == "guns"
    assert corpus_name("/data/guns.json.gz") == "guns"


# --- 2. a web slideshow's captions ("Photos: ... Hide Caption 3 of 12") are furniture, not the article ----------

_SLIDE = ("Photos: Storm damage along the coast Photos: Storm damage along the coast Storm damage along the coast - "
          "A man walks past a fallen oak in Harbor Town on Monday. Hide Caption 1 of 3 Photos: Storm damage along the "
          "coast Storm damage along the coast - Volunteers stack sandbags outside the library. Hide Caption 2 of 3 "
          "Photos: Storm damage along the coast Storm damage along the coast - A flooded street near the pier. "
          "Hide Caption 3 of 3")
_BEFORE = ("The council met on Tuesday to discuss the repair budget after the storm, and members argued for three "
           "hours about which roads to fix first.")
_AFTER = ("The mayor said the town would ask the state for emergency funds, and a vote is expected next week after "
          "engineers report on the sea wall.")


def _clean_text(raw: str) -> str:
    from helpers.corpus.clean import clean_article

    return clean_article(raw).text


def test_a_slideshow_on_one_line_is_removed():
    text = _clean_text(f"{_BEFORE}\n\n{_SLIDE}\n\n{_AFTER}\n")
    assert "Hide Caption" not in text and "sandbags" not in text
    assert "repair budget" in text and "emergency funds" in text


def test_a_slideshow_split_over_lines_is_removed():
    """The extractor sometimes breaks the slideshow at each caption: every piece goes, the prose stays."""
    split = (f"{_BEFORE}\n\nPhotos: Storm damage along the coast A man walks past a fallen oak in Harbor Town on "
             "Monday, the morning after the storm.\n\nHide Caption 1 of 3\n\nVolunteers stack sandbags outside the "
             "library, where the water reached the steps.\n\nHide Caption 2 of 3 Photos: Storm damage along the coast "
             f"A flooded street near the pier.\n\nHide Caption 3 of 3\n\n{_AFTER}\n")
    text = _clean_text(split)
    assert "Hide Caption" not in text and "sandbags" not in text and "fallen oak" not in text
    assert "repair budget" in text and "emergency funds" in text


def test_prose_about_photos_is_kept():
    prose = (f"{_BEFORE}\n\nPhotos: the council released pictures of the damage, and residents said the images "
             f"showed how close the water came to the school.\n\n{_AFTER}\n")
    assert "residents said the images" in _clean_text(prose)


# --- 3. the timeline's "date unknown" note is not drawn under the dots of the earliest articles -----------------


def test_the_date_unknown_note_stays_clear_of_the_dots():
    """On the gun corpus "date unknown (2 articles)" was written over the markers of articles of the first months
    (the note sat at the left edge of the plot area, where the earliest dates are drawn)."""
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from helpers.plotting import timeline

    dates = pd.to_datetime(["2013-01-02", "2013-01-20", "2013-02-03", "2020-06-01", "2013-01-05", None, None])
    tl = pd.DataFrame({"group": ["Daily Ledger"] * 4 + ["Evening Post"] * 3, "date_parsed": dates,
                       "approximate": [False] * 7, "not_before": [pd.NaT] * 7})
    fig = timeline(tl)
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    note = next(t for t in ax.texts if t.get_text().startswith("date unknown"))
    box = note.get_window_extent(renderer)
    plot_area = ax.get_window_extent(renderer)
    assert box.x0 >= plot_area.x1 or box.x1 <= plot_area.x0  # outside the plot area, beside its row
    assert 0 <= box.x0 and box.x1 <= fig.bbox.x1  # and inside the figure


# --- 4. labels discounted for a cue inside a name are not called negated -----------------------------------------


def test_the_discount_lines_do_not_call_a_cue_inside_a_name_negated():
    """Notebook 03 printed "567 labels discounted because every cue was negated" and "Labels with a negated cue" over
    rows such as "defense" in "the Defense of Marriage Act" (discounted because it is inside a name, not negated)."""
    import pandas as pd

    from helpers.notebook.frame_sections import discount_lines

    frames_all = pd.DataFrame({"counted": [False, True, True], "negated_cues": ["defense", "compromise", ""],
                               "voice": ["", "quoted", "outlet"]})
    frames = frames_all[frames_all["counted"]]
    summary, heading = discount_lines(frames_all, frames)
    assert summary.startswith("1 label discounted because every cue was negated or used in another sense")
    assert "1 counted label only inside quotations" in summary
    assert heading.startswith("Labels with a discounted cue (2):")
    assert "inside a name" in heading


# --- 5. a folder of per-outlet subfolders without metadata.csv: the subfolder is kept and named ------------------


def _outlet_folders(tmp_path):
    folder = tmp_path / "health"
    for outlet, body in (("Daily Ledger", BODY_A), ("Evening Post", BODY_B)):
        (folder / outlet).mkdir(parents=True)
        for i in range(2):
            (folder / outlet / f"story-{i}.txt").write_text(f"{body} Story {i} of {outlet}.\n", encoding="utf-8")
    return folder


def test_subfolders_without_metadata_are_kept_as_a_column_and_named(tmp_path):
    """health/Vox/*.txt, health/Townhall/*.txt ... without a metadata.csv: every article had no outlet, the report
    said only 'the group column is empty for every article', and no column held the subfolder to compare by."""
    import warnings

    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import option_style

    folder = _outlet_folders(tmp_path)
    with warnings.catch_warnings(record=True) as caught, option_style("cli"):
        warnings.simplefilter("always")
        df = load_corpus(folder)
    assert sorted(df["folder"].unique()) == ["Daily Ledger", "Evening Post"]
    said = " ".join(str(w.message) for w in caught)
    assert "2 subfolders" in said and "-p group_by folder" in said and "metadata.csv" in said


def test_a_flat_folder_and_a_folder_with_metadata_get_no_folder_column(tmp_path):
    import warnings

    from helpers.corpus.read import load_corpus

    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "a.txt").write_text(BODY_A, encoding="utf-8")
    (flat / "b.txt").write_text(BODY_B, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert "folder" not in load_corpus(flat).columns
    folder = _outlet_folders(tmp_path)
    (folder / "metadata.csv").write_text(
        "file,outlet\nDaily Ledger/story-0.txt,Ledger\nDaily Ledger/story-1.txt,Ledger\n"
        "Evening Post/story-0.txt,Post\nEvening Post/story-1.txt,Post\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = load_corpus(folder)
    assert "folder" not in df.columns and set(df["outlet"]) == {"Ledger", "Post"}


# --- 6. a CSV saved with semicolons (Excel in much of Europe) is read ----------------------------------------------


def test_a_semicolon_separated_csv_with_a_bom_is_read(tmp_path):
    """'Headline;Body;Publication;Published' stopped with "cannot be read as .csv (Error tokenizing data ...)" and no
    word of what to do."""
    import csv

    from helpers.corpus.read import load_corpus

    path = tmp_path / "guns.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Headline", "Body", "Publication", "Published"])
        for r in _records():
            w.writerow([r["headline"], r["body"], r["publication"], r["published"]])
    df = load_corpus(path, text_col="Body", outlet_col="Publication", date_col="Published", title_col="Headline")
    assert len(df) == 2 and set(df["outlet"]) == {"Daily Ledger", "Evening Post"}
    assert df["text"].str.contains("while opponents called it").any()  # commas inside the text stay in it


def test_a_comma_csv_whose_header_has_a_semicolon_in_a_name_stays_comma_separated(tmp_path):
    from helpers.corpus.read import load_corpus

    path = tmp_path / "c.csv"
    path.write_text(f'text,"outlet;name"\n"{BODY_A}",Ledger\n', encoding="utf-8")
    assert list(load_corpus(path).columns[:1]) == ["doc_id"] and len(load_corpus(path)) == 1


# --- 7. column names as spreadsheets write them ("Headline", "Body", "Publication") are found --------------------


def test_capitalised_usual_column_names_and_publication_are_found(tmp_path):
    """A spreadsheet's header "Headline;Body;Publication;Published" found no text column; "publication" (the name
    in the widely used All the News dataset) was not taken as the outlet."""
    import pandas as pd

    from helpers.corpus.read import load_corpus

    path = tmp_path / "guns.csv"
    rows = _records()
    pd.DataFrame({"Headline": [r["headline"] for r in rows], "Body": [r["body"] for r in rows],
                  "Publication": [r["publication"] for r in rows], "Published ": [r["published"] for r in rows]}
                 ).to_csv(path, index=False)
    df = load_corpus(path)
    assert set(df["outlet"]) == {"Daily Ledger", "Evening Post"}
    assert df["title"].tolist() == ["Council funds safety course", "Hearing on background checks"]
    assert df["date"].tolist() == ["March 3, 2021", "2021-03-04T14:00:00Z"]


def test_an_exact_usual_name_wins_over_one_that_differs_in_case(tmp_path):
    import pandas as pd

    from helpers.corpus.read import load_corpus

    path = tmp_path / "t.csv"
    pd.DataFrame({"Text": ["a summary of the story, short"], "text": [BODY_A]}).to_csv(path, index=False)
    assert "firearm safety course" in load_corpus(path)["text"].iloc[0]


# --- 8. the empty-row message lists rows as a reader counts them, without a Python list ---------------------------


def test_empty_rows_are_listed_as_numbers_not_as_a_python_list(tmp_path):
    """"1 row has an empty 'body' (rows [118]...)": a Python list, and "..." though nothing was left out."""
    from helpers.corpus.read import CorpusError, load_corpus
    from helpers.corpus.sources import option_style

    recs = _records() + [{"headline": "Empty", "body": "", "publication": "Evening Post"}]
    path = tmp_path / "guns.json"
    path.write_text(json.dumps(recs), encoding="utf-8")
    with option_style("cli"), pytest.raises(CorpusError) as err:
        load_corpus(path, text_col="body")
    assert "(row 3, counting the first article as 1)" in str(err.value) and "[" not in str(err.value)
    recs = _records() + [{"body": " "} for _ in range(12)]
    path.write_text(json.dumps(recs), encoding="utf-8")
    with option_style("cli"), pytest.raises(CorpusError, match=r"\(rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more, "):
        load_corpus(path, text_col="body")


def test_skipped_empty_rows_are_said_to_be_listed_by_notebook_00_on_the_command_line(tmp_path):
    """The report's index said "(listed in corpus.attrs['skipped'])", a Python attribute, to a command-line user."""
    import warnings

    from helpers.corpus.read import load_corpus
    from helpers.corpus.sources import option_style

    path = tmp_path / "guns.json"
    path.write_text(json.dumps(_records() + [{"body": ""}]), encoding="utf-8")
    for style, said in (("cli", "listed by notebook 00_corpus"), ("python", "corpus.attrs['skipped']")):
        with warnings.catch_warnings(record=True) as caught, option_style(style):
            warnings.simplefilter("always")
            load_corpus(path, text_col="body", on_bad="skip")
        assert any(said in str(w.message) for w in caught), style


# --- 9. a k chosen only because every larger k fell below the diversity floor is said to be so -------------------


def test_the_sweep_says_when_the_smallest_k_was_the_only_one_eligible():
    """On both one-story corpora (guns, health care) k = 3 reached diversity 0.9 exactly and every k from 4 to 12 was
    below it, so k = 3 was 'chosen' without a comparison; the note then advised lowering k_min."""
    import pandas as pd

    from helpers.topics.sweep import sweep_notes

    sweep = pd.DataFrame({"k": [3, 4, 5, 6], "coherence": [0.164, 0.158, 0.137, 0.205],
                          "coherence_min": [0.05, 0.07, 0.006, 0.006], "diversity": [0.9, 0.8, 0.84, 0.83],
                          "stability": [0.58, None, None, None], "converged": [True] * 4})
    text = " ".join(sweep_notes(sweep, 3))
    assert "the only eligible k" in text and "k = 6" in text and "n_topics" in text
    assert "lower k_min" not in text


# --- 10. notebook 00 lists what was left out while loading, as the warnings promise -------------------------------


def test_the_overview_lists_each_item_left_out_while_loading():
    """Notebook 00 printed only "left out while loading: 1", though the warning said the item was listed there."""
    from helpers.notebook.overview import skipped_lines

    skipped = [{"doc_id": "row000118", "source": "/data/guns.json", "reason": "empty text"},
               {"doc_id": "x", "source": "/data/x.txt", "reason": "/data/x.txt: the file is empty."}]
    lines = skipped_lines(skipped, duplicates=2)
    assert lines[0] == ("left out while loading: 2; duplicate bodies left out of every count below (listed in "
                        "corpus.csv, duplicate_of): 2")  # round bq: no longer counted in notebook 00
    assert "row000118 (/data/guns.json): empty text" in lines[1]
    assert lines[2].endswith("(/data/x.txt): the file is empty.")  # the path once, not twice
    assert len(skipped_lines(skipped * 20, duplicates=0)) == 1 + 10 + 1  # ten listed, then how many more


# --- 11. a record column's suggested field is one that holds text ------------------------------------------------


def test_a_news_api_source_record_suggests_its_name_field(tmp_path):
    """A news API's "source": {"id": null, "name": "Daily Ledger"} was answered with "-p columns '{outlet:
    source.id}'", the first field in alphabetical order, which is empty in every row."""
    from helpers.corpus.read import CorpusError, load_corpus
    from helpers.corpus.sources import option_style

    arts = [{"source": {"id": None, "name": r["publication"]}, "title": r["headline"], "content": r["body"]}
            for r in _records()]
    path = tmp_path / "response.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": arts}), encoding="utf-8")
    with option_style("cli"), pytest.raises(CorpusError, match=r"\{outlet: source\.name\}"):
        load_corpus(path)
    with option_style("cli"):
        df = load_corpus(path, outlet_col="source.name")
    assert set(df["outlet"]) == {"Daily Ledger", "Evening Post"}


def test_usual_names_are_found_across_underscores_and_camel_case(tmp_path):
    """The news API's "publishedAt" was not taken as the date ("published_at" is a usual name)."""
    import pandas as pd

    from helpers.corpus.read import load_corpus

    path = tmp_path / "t.csv"
    pd.DataFrame({"content": [BODY_A], "publishedAt": ["2021-03-03T14:00:00Z"], "Source Name": ["Ledger"]}
                 ).to_csv(path, index=False)
    df = load_corpus(path)
    assert df["date"].iloc[0] == "2021-03-03T14:00:00Z" and df["outlet"].iloc[0] == "Ledger"


def test_the_discount_lines_name_only_the_sense_rules_applied():
    # only "name" is applied by default (title and speaker were left out by issue 14v): the line must not claim them
    import pandas as pd

    from helpers.notebook.frame_sections import discount_lines

    frames_all = pd.DataFrame({"counted": [False], "negated_cues": ["defense"], "voice": [""]})
    summary, heading = discount_lines(frames_all, frames_all[frames_all["counted"]])
    assert "(inside a name)" in summary and "negated, or inside a name;" in heading
    assert "title" not in summary + heading and "speaker of an attribution" not in summary + heading
    summary, _ = discount_lines(frames_all, frames_all[frames_all["counted"]], senses=("name", "title"))
    assert "(inside a name or as a person's title)" in summary
