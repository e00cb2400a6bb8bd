"""Dogfood 12bp-d leftover: a body whose first line repeats the metadata's title loses that line (invented text)."""
import warnings

import pandas as pd

from helpers.corpus.read import load_corpus
from helpers.corpus.title_line import strip_title_line, title_key

_BODY = ("The council met on Tuesday to discuss the repair budget after the storm, and members argued for three hours "
         "about which roads to fix first.\n\nThe mayor said the town would ask the state for emergency funds, and a "
         "vote is expected next week after engineers report on the sea wall.\n")


def _corpus(tmp_path, first_line, title):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{first_line}\n\n{_BODY}", encoding="utf-8")
    pd.DataFrame({"file": ["a.txt"], "title": [title], "outlet": ["Norland Times"], "date": ["2020-05-01"]}).to_csv(
        folder / "metadata.csv", index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(folder).iloc[0]


def test_a_first_line_repeating_a_question_title_leaves_the_body(tmp_path):
    row = _corpus(tmp_path, "Will the sea wall hold?", "Will the sea wall hold?")
    assert not row["text"].startswith("Will the sea wall hold")
    assert row["text"].startswith("The council met") and "emergency funds" in row["text"]


def test_the_title_matches_across_case_and_punctuation(tmp_path):
    row = _corpus(tmp_path, "Will the sea-wall hold ?", "WILL THE SEA WALL HOLD?")
    assert row["text"].startswith("The council met")


def test_a_first_line_that_says_more_than_the_title_is_kept(tmp_path):
    row = _corpus(tmp_path, "Will the sea wall hold? Engineers are not sure.", "Will the sea wall hold?")
    assert row["text"].startswith("Will the sea wall hold? Engineers")


def test_without_a_metadata_title_nothing_moves():
    text = "Will the sea wall hold?\n\n" + _BODY
    assert strip_title_line("", text, "", [("body", 0, 23)]) == (text, "", [("body", 0, 23)], False)


def test_strip_title_line_labels_the_span_and_fills_an_empty_headline():
    text = "Will the sea wall hold?\n\n" + _BODY
    body, head, spans, moved = strip_title_line("Will the sea wall hold?", text, "", [("body", 0, 23), ("body", 25, 90)])
    assert moved and head == "Will the sea wall hold?" and spans[0] == ("headline", 0, 23)
    assert body.startswith("The council met")


def test_a_body_that_is_only_the_title_is_kept():
    assert strip_title_line("Sea wall vote", "Sea wall vote", "", [("body", 0, 13)])[3] is False


def test_title_key():
    assert title_key("  Will the Sea-Wall hold? ") == "will the sea wall hold"


def test_the_dask_engine_moves_the_title_line_as_load_corpus_does(tmp_path):
    import json

    from helpers.core.engine import close_client, get_client
    from helpers.corpus.dask_corpus import load_corpus_dask

    rows = [{"id": f"a{i}", "source": "Norland Times", "title": f"Will sea wall {i} hold?",
             "text": f"Will sea wall {i} hold?\n\n{_BODY}"} for i in range(6)]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    client = get_client(n_workers=1, processes=False)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = load_corpus(path)
            b = load_corpus_dask(path, client, block_bytes=600)
    finally:
        close_client()
    assert a["text"].str.startswith("The council met").all()
    assert list(a["text"]) == list(b["text"]) and list(a["headline"]) == list(b["headline"])
