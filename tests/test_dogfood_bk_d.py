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
