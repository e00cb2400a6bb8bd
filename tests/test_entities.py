"""HTML character references left in plain-text, CSV and JSON corpora are read (invented texts)."""
import json

from helpers import load_corpus
from helpers.text.normalize import unescape_entities

BODY = ("The harbour board said it&apos;s too early to judge the new pier &amp; its cranes.\n\n"
        "Engineers didn&#39;t expect the tide gauge to fail, the board&#x2019;s chair added on Tuesday.\n\n"
        "Local traders, from the R&D; office to the AT&T shop, said little about it all week.")


def test_known_references_become_characters():
    assert unescape_entities("it&apos;s &amp; don&#39;t &#x2019;") == "it's & don't \u2019"
    assert unescape_entities("&lt;b&gt;") == "<b>"   # text, not markup: the report escapes it again


def test_incomplete_unknown_and_control_references_stay():
    for s in ("AT&T", "R&D;", "&madeup;", "&#0;", "&copy 2020", "fish & chips", "&#x110000;"):
        assert unescape_entities(s) == s
    assert unescape_entities("&amp;amp;") == "&amp;"   # one pass only


def test_csv_jsonl_and_txt_corpora_unescaped(tmp_path):
    csv = tmp_path / "c.csv"
    csv.write_text('doc_id,title,text\nd1,"Tides &amp; piers","' + BODY.replace('"', '""') + '"\n', encoding="utf-8")
    jl = tmp_path / "c.jsonl"
    jl.write_text(json.dumps({"doc_id": "d1", "title": "Tides &amp; piers", "text": BODY}) + "\n", encoding="utf-8")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "d1.txt").write_text(BODY, encoding="utf-8")
    for src in (csv, jl, folder):
        df = load_corpus(src)
        text = df["text"].iloc[0]
        assert "it's too early" in text and "pier & its" in text and "didn't" in text, src
        assert "&apos;" not in text and "&#39;" not in text
        assert "AT&T" in text and "R&D;" in text
    assert load_corpus(csv)["title"].iloc[0] == "Tides & piers"
