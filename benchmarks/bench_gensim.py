"""Our topic step against gensim's LdaMulticore, on the same corpus, in the same run.

Run on demand (``make bench`` installs gensim into ``.venv-bench``)::

    .venv-bench/bin/python benchmarks/bench_gensim.py [--articles 37554] [--k 20] [--unit paragraph]

Both models see the same units and the same vocabulary: the corpus is split
into units with :func:`helpers.corpus.segment` and vectorised once with
:func:`helpers.topics.dtm.vectorize`; NMF (the notebooks' default) and
scikit-learn LDA fit on that matrix, gensim ``LdaMulticore`` fits on the same
counts. Every model is scored with the same NPMI coherence
(:func:`helpers.topics.coherence.topic_coherence`, top 10 terms, co-occurrence in
units) and topic diversity. Wall times are for fitting only; vectorising is
timed once and shared. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=37554)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--unit", default="paragraph", choices=["paragraph", "sentence", "article"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--passes", type=int, default=1, help="gensim passes over the corpus")
    ap.add_argument("--sample-size", type=int, default=10000, help="units the sampled NMF fits on (notebook default)")
    ap.add_argument("--with-sklearn-lda", action="store_true",
                    help="also time scikit-learn's batch LDA (slow: minutes at 60k units)")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    os.environ.setdefault("TQDM_DISABLE", "1")

    from gensim.matutils import Sparse2Corpus
    from gensim.models import LdaMulticore

    from helpers import load_corpus
    from helpers.corpus.segment import segment
    from helpers.topics import fit_topics, model_coherence, sample_rows, top_term_ids
    from helpers.topics.coherence import topic_coherence, topic_diversity
    from helpers.topics.dtm import vectorize
    if not ALLSIDES.is_file():
        print(f"benchmark corpus not found: {ALLSIDES}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    corpus = load_corpus(ALLSIDES)
    corpus = corpus[corpus.duplicate_of == ""]
    if args.articles < len(corpus):
        corpus = corpus.sample(n=args.articles, random_state=args.seed).sort_values("doc_id")
    units = corpus.text.tolist() if args.unit == "article" else segment(corpus, args.unit).text.tolist()
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    dtm = vectorize(units)
    t_vec = time.perf_counter() - t0
    print(f"{len(corpus):,} articles, {len(units):,} {args.unit} units, {dtm.n_terms:,} terms; "
          f"load+split {t_load:.1f} s, vectorize {t_vec:.1f} s", file=sys.stderr)

    rows = []
    for method in ("nmf", "lda") if args.with_sklearn_lda else ("nmf",):
        t0 = time.perf_counter()
        model = fit_topics(dtm, args.k, method=method, seed=args.seed)
        secs = time.perf_counter() - t0
        coh = model_coherence(model, dtm, n_top=10)
        tops = top_term_ids(model.components(), 10)
        rows.append((f"ours: {method.upper()} fit on all units (scikit-learn)", secs, float(np.nanmean(coh)),
                     topic_diversity([[t for t in ts if t >= 0] for ts in tops])))
        print(f"  {rows[-1][0]}: {secs:.1f} s", file=sys.stderr)

    # The notebook's default: fit on a sample of units, then score every unit.
    t0 = time.perf_counter()
    model = fit_topics(dtm, args.k, method="nmf", seed=args.seed, rows=sample_rows(dtm, args.sample_size, args.seed))
    model.transform(dtm)
    secs = time.perf_counter() - t0
    tops = top_term_ids(model.components(), 10)
    rows.append((f"ours: NMF fit on {args.sample_size:,} sampled units + scoring all (notebook default)", secs,
                 float(np.nanmean(model_coherence(model, dtm, n_top=10))),
                 topic_diversity([[t for t in ts if t >= 0] for ts in tops])))
    print(f"  {rows[-1][0]}: {secs:.1f} s", file=sys.stderr)

    counts = dtm.counts.astype(np.int64)
    keep = np.flatnonzero(np.diff(counts.indptr) > 0)
    bow = Sparse2Corpus(counts[keep], documents_columns=False)
    id2word = {i: str(t) for i, t in enumerate(dtm.terms)}
    workers = max(1, (os.cpu_count() or 2) - 1)
    t0 = time.perf_counter()
    lda = LdaMulticore(corpus=bow, id2word=id2word, num_topics=args.k, workers=workers,
                       passes=args.passes, random_state=args.seed, chunksize=2000)
    secs = time.perf_counter() - t0
    topics = lda.get_topics()
    tops = top_term_ids(topics, 10)
    coh = topic_coherence([[int(t) for t in ts if t >= 0] for ts in tops], dtm.counts, dtm.terms)
    rows.append((f"gensim LdaMulticore ({workers} worker(s), {args.passes} pass(es))", secs,
                 float(np.nanmean(coh)), topic_diversity([[t for t in ts if t >= 0] for ts in tops])))

    print(f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{len(corpus):,} articles, {len(units):,} {args.unit} units, {dtm.n_terms:,} terms, k={args.k}\n")
    print("| model | fit time (s) | mean NPMI (top 10) | topic diversity |")
    print("|---|---:|---:|---:|")
    for name, secs, c, d in rows:
        print(f"| {name} | {secs:.1f} | {c:.3f} | {d:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
