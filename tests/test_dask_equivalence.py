"""engine="dask" gives the tables engine="pandas" gives.

The report runs notebooks 00 and 02 on the bundled seeds with ``-p engine dask`` (one local cluster of one worker
thread for the run, a fresh cache so the partitioned loader really runs) and every table they save must equal the
committed pandas reference in ``figures/``: identical counts and text, floating-point values within a relative
tolerance of 1e-9. Notebook 00 runs the partitioned loader; notebook 02 runs ``prepare_corpus`` on the store (the
only dask step notebooks 01, 03 and 04 take on five articles) and has code of its own for the engine (term counts
summed per group and outlet). The helpers the notebooks call are compared on small corpora cut into several
partitions (on the five seeds the notebooks' other steps stay below the sizes from which the cluster is used, so
running them here would test nothing more); ``benchmarks/bench_equivalence.py`` compares all five notebooks on 2,000
AllSides articles.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.engine import close_client, get_client
from helpers.core.paths import FIGURES_DIR, PROJECT_ROOT
from helpers.corpus.read import load_corpus
from helpers.corpus.segment import segment
from helpers.measures import vocabulary
from helpers.report import runner as report

RTOL = 1e-9
NOTEBOOKS = ("00", "02")  # 01, 03, 04: only prepare_corpus (run by 02) on the seeds (test_dask_meta.py; bench_equivalence.py)


@pytest.fixture(scope="module")
def dask_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("dask")
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWS_CACHE_DIR", str(out / "cache"))
    mp.setenv("NEWS_DASK_PROCESSES", "0")
    mp.setenv("NEWS_DASK_WORKERS", "1")
    try:
        code = report.main(["--corpus", "seeds", "--out", str(out), "--name", "seeds-dask", "--notebooks", *NOTEBOOKS,
                            "-p", "engine", "dask"])
    finally:
        mp.undo()
    return code, out / "seeds-dask"


def test_dask_report_runs_and_keeps_its_store(dask_report):
    code, folder = dask_report
    assert code == 0
    stores = list((folder.parent / "cache").glob("dask-corpus-*/final/part-*.parquet"))
    assert len(stores) == 1


def test_every_table_equals_the_pandas_reference(dask_report):
    _, folder = dask_report
    made = sorted((folder / "figures").glob("*.csv"))
    assert len(made) >= 5
    for path in made:
        ref = FIGURES_DIR / path.name
        assert ref.is_file(), f"{path.name}: no pandas reference in figures/"
        a = pd.read_csv(ref, keep_default_na=False)
        b = pd.read_csv(path, keep_default_na=False)
        pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=RTOL, obj=path.name)


def test_no_address_and_no_stderr_in_outputs(dask_report):
    import json

    _, folder = dask_report
    notebooks = sorted(folder.glob("*.ipynb"))
    assert len(notebooks) == len(NOTEBOOKS), [nb.name for nb in notebooks]  # else the loop checks nothing
    for nb in notebooks:
        text = nb.read_text(encoding="utf-8")
        assert "tcp://" not in text and "127.0.0.1" not in text, nb.name
        streams = [o for c in json.loads(text)["cells"] for o in c.get("outputs", []) if o.get("name") == "stderr"]
        assert streams == [], f"{nb.name}: {streams[:1]}"


@pytest.fixture(scope="module")
def client():
    c = get_client(n_workers=1, processes=False)
    yield c
    close_client()


@pytest.mark.parametrize("corpus", ["seeds", "tests/data/local_election"])
@pytest.mark.parametrize("structure", [False, True])
def test_units_split_on_the_cluster_are_the_same(client, corpus, structure, monkeypatch):
    import sys

    import helpers.corpus.dask_units

    calls = []
    monkeypatch.setattr(helpers.corpus.dask_units, "ROWS_PER_TASK", 2)
    monkeypatch.setattr(sys.modules["helpers.corpus.segment"], "PARALLEL_MIN_DOCS", 2)  # the cluster is used from 2 articles on
    monkeypatch.setattr(client, "map", lambda fn, *a, _map=client.map, **kw: calls.append(len(a[0])) or _map(fn, *a, **kw))
    articles = load_corpus(PROJECT_ROOT / corpus)
    ref = segment(articles, "sentence", columns=["outlet"], include_structure=structure, n_jobs=1)
    articles.attrs["engine"] = "dask"
    pd.testing.assert_frame_equal(ref, segment(articles, "sentence", columns=["outlet"], include_structure=structure))
    assert calls == [-(-len(articles) // 2)]  # one task per two articles


def test_term_counts_combined_from_chunks_are_the_same(client, seed_sentences, monkeypatch):
    ref_X, ref_v = vocabulary.count_matrix(seed_sentences["text"], min_count=2)
    monkeypatch.setattr(vocabulary, "CLUSTER_CHUNK", 7)
    texts = seed_sentences["text"].copy()
    texts.attrs["engine"] = "dask"
    X, v = vocabulary.count_matrix(texts, min_count=2)
    assert (v == ref_v).all() and (X != ref_X).nnz == 0
