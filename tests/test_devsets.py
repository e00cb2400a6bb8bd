"""A corpus that overlaps the project's development data is named in a loading warning (review s77)."""
import warnings

import pandas as pd

from helpers import load_corpus
from helpers.corpus import devsets as D


def test_overlap_is_counted_per_set_and_said(tmp_path):
    a = "The council met on Tuesday.\n\nIt agreed to repair the wall."
    b = "Another   article,\nwith other words."
    (tmp_path / "frames-dev.txt").write_text(D.raw_fingerprint(a) + "\n", encoding="utf-8")
    (tmp_path / "allsides.txt").write_text(D.raw_fingerprint(b) + "\n" + "0" * 12 + "\n", encoding="utf-8")
    assert D.raw_fingerprint("x  y\n z") == D.raw_fingerprint("x y z") and len(D.raw_fingerprint("x")) == 12
    assert D.dev_overlap([a, "Another article, with other words.", "new text"], tmp_path) == {"frames-dev": 1,
                                                                                               "allsides": 1}
    message = D.dev_overlap_warning([a, a.upper()], "c.csv", tmp_path)
    assert message.startswith("c.csv: this corpus overlaps the data the project's rules were developed on (1 of its 2 "
                              "articles are in frames-dev"), message
    assert "in-sample" in message and D.dev_overlap_warning(["new text"], "c.csv", tmp_path) == ""
    assert D.dev_overlap([a], tmp_path / "none") == {}


def test_load_corpus_warns_on_an_overlapping_corpus(tmp_path, monkeypatch):
    text = ("The river rose in the night and the council closed the harbour road. " * 5).strip()
    folder = tmp_path / "prints"
    folder.mkdir()
    (folder / "allsides.txt").write_text(D.raw_fingerprint(text) + "\n", encoding="utf-8")
    monkeypatch.setattr(D, "FINGERPRINT_DIR", folder)
    pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [text, "Something else entirely."]}).to_csv(
        tmp_path / "c.csv", index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_corpus(tmp_path / "c.csv")
    assert any("1 of its 2 articles are in the AllSides corpus" in str(w.message) for w in caught)


def test_the_shipped_fingerprints_cover_each_set():
    # written by benchmarks/dev_fingerprints.py: one line per distinct article text
    counts = {name: len((D.FINGERPRINT_DIR / f"{name}.txt").read_text(encoding="utf-8").split()) for name in D.DEV_SETS}
    assert counts == {"allsides": 37547, "cleaning-dev": 163, "frames-dev": 214}
    # the seeds are no development set
    from helpers.core.paths import SEEDS_DIR
    raws = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    assert raws and D.dev_overlap(raws) == {}
