"""The one cache (helpers.core.cache): keys cover every input, misses when one changes, clearing."""
import pytest

from helpers.core import cache
from helpers.corpus.segment import segment
from helpers.notebook import setup
from helpers.notebook.params import check_params
from helpers.notebook.setup import corpus_params, load_from_params


def _params(**kw):
    ns = {"corpus": "seeds", "metadata": None, "columns": None, "on_bad": "error", "output_dir": None,
          "group_by": "outlet", "top_n": 15, "seed": 0, "study": "pak_afg_ttp", "engine": "pandas", "scheduler": "", "day_first": None, "periods": []}
    ns.update(kw)
    return check_params(ns, corpus_params())


def test_cache_misses_when_a_data_file_changes(tmp_path, monkeypatch):
    src = tmp_path / "src"
    (src / "data").mkdir(parents=True)
    aliases = src / "data" / "outlet_aliases.yaml"
    aliases.write_text("version: 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "CACHE_SOURCE_DIRS", (src,))
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    P = _params()
    load_from_params(P)
    load_from_params(P)
    assert len(list(folder.glob("corpus-*.pkl"))) == 1  # a hit
    aliases.write_text("version: 2\n", encoding="utf-8")
    load_from_params(P)
    assert len(list(folder.glob("corpus-*.pkl"))) == 2  # a miss: the data file changed


def test_units_are_cached_with_their_corpus_and_miss_with_it(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    (src / "abbreviations.txt").write_text("gen\n", encoding="utf-8")
    monkeypatch.setattr(cache, "CACHE_SOURCE_DIRS", (src,))
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    corpus = load_from_params(_params())
    first = segment(corpus, "sentence")
    assert len(list(folder.glob("units-*.pkl"))) == 1
    assert segment(corpus, "sentence").equals(first)  # read back, same table
    segment(corpus.iloc[:2], "sentence")  # another set of articles: another entry
    assert len(list(folder.glob("units-*.pkl"))) == 2
    (src / "abbreviations.txt").write_text("gen\ncol\n", encoding="utf-8")
    segment(load_from_params(_params()), "sentence")
    assert len(list(folder.glob("units-*.pkl"))) == 3


def test_cache_key_covers_every_package_file_subfolders_and_load_parameters(tmp_path):
    names = {name for name, _ in cache.source_files()}
    assert {"helpers/data/outlet_aliases.yaml", "helpers/text/lexicon.py", "helpers/corpus/read.py",
            "helpers/corpus/clean.py", "studies/pak_afg_ttp/actors.yaml", "studies/us_politics/study.yaml"} <= names
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("One article about the talks.", encoding="utf-8")
    P = _params(corpus=str(folder))
    key = setup.cache_key(P)
    assert setup.cache_key({**P, "on_bad": "skip"}) != key
    assert setup.cache_key({**P, "columns": {"text": "body"}}) != key
    (folder / "sub" / "a.txt").write_text("One article about the talks, changed.", encoding="utf-8")
    assert setup.cache_key(P) != key


def test_cache_off_without_the_environment_variable(monkeypatch):
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    assert cache.cache_dir() is None and cache.cache_path("corpus", "abc") is None
    cache.write_cached(None, {"nothing": "written"})
    assert cache.read_cached(None) is None


def test_unknown_cache_kind_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    with pytest.raises(ValueError, match="CACHE_PATTERNS"):
        cache.cache_path("parquet", "abc")


def test_clear_cache_deletes_only_cache_files(tmp_path, capsys):
    from helpers.core.cache import clear_cache

    (tmp_path / "corpus-abc.pkl").write_bytes(b"x")
    (tmp_path / "units-abc.pkl").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
    assert clear_cache(tmp_path) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert clear_cache(tmp_path / "missing") == 0

