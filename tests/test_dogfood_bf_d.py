"""Dogfood round 12bf-d: input handling and run honesty (invented text only)."""
import warnings

import pytest

from helpers import load_corpus
from helpers.corpus.sources import CorpusWarning

BODY = "The council met on Tuesday to discuss the new bridge.\n\nIts members agreed to vote on the budget in March."


def _folder(tmp_path, files: dict, metadata: bytes | None):
    folder = tmp_path / "corpus"
    for name, text in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    if metadata is not None:
        (folder / "metadata.csv").write_bytes(metadata)
    return folder


def test_metadata_csv_in_cp1252_is_read_like_an_article_file(tmp_path):
    """A metadata.csv saved by Excel on Windows (CP1252: 'Café Times', a curly apostrophe) was refused ('not valid
    UTF-8') while article files in the same encoding were read with a warning: read it the same way."""
    meta = "file,outlet,title\na.txt,Café Times,The mayor\u2019s plan\nb.txt,Daily Post,Budget\n".encode("cp1252")
    folder = _folder(tmp_path, {"a.txt": BODY, "b.txt": BODY.replace("bridge", "road")}, meta)
    with pytest.warns(CorpusWarning, match=r"metadata\.csv: not valid UTF-8.*decoded as cp1252"):
        c = load_corpus(folder).set_index("file")
    assert c.loc["a.txt"].outlet == "Café Times"
    assert c.loc["a.txt"].title == "The mayor\u2019s plan"


def test_table_corpus_in_cp1252_and_utf16_is_read(tmp_path):
    """A corpus table in CP1252 is read with the same warning; one in UTF-16 (Excel's 'Unicode text') silently."""
    rows = "doc_id,outlet,text\n1,Café Times,\"" + BODY + " The café\u2019s owner spoke.\"\n2,Daily Post,\"" + BODY + "\"\n"
    p = tmp_path / "t.csv"
    p.write_bytes(rows.encode("cp1252"))
    with pytest.warns(CorpusWarning, match=r"t\.csv: not valid UTF-8.*cp1252"):
        c = load_corpus(p)
    assert "café\u2019s" in c.set_index("doc_id").loc["1", "text"]
    q = tmp_path / "u.csv"
    q.write_bytes(rows.encode("utf-16"))
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*not valid UTF-8.*")
        c = load_corpus(q)
    assert list(c["outlet"]) == ["Café Times", "Daily Post"]
