"""Do the topic notebook's article shares recover known categories? NMI, NPMI and diversity on labelled dev tasks.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_topics_recovery.py            # all dev tasks, writes the results files
    .venv/bin/python benchmarks/bench_topics_recovery.py --tasks A  # one task, prints only

Development tasks are built from the AllSides corpus (``../shared/data/allsides/
articles.jsonl.gz``; its ``topic`` field holds 108 AllSides topic labels): each
task takes up to ``--per-label`` articles of each of a handful of well-separated
labels (random sample with the task's seed; articles under 300 characters and
articles that mention Pakistan, Afghanistan, the Taliban or the TTP are left
out). The tasks differ in labels, number of labels and seed, so that a choice
is not fitted to one task. They are written to a temporary folder (never next
to the corpus) and read with ``helpers.load_corpus`` as the notebook reads a
corpus.

For every task, each way of getting article topic shares is scored:

* ``nmi``: normalised mutual information between each article's dominant topic
  and its label (:func:`helpers.topics.articles.recovery_nmi`);
* ``npmi_par`` / ``npmi_art``: mean NPMI coherence of the topics' 10 top terms,
  co-occurrence counted in paragraphs / in articles (same vocabulary for all
  rows of a task; :func:`helpers.topics.coherence.topic_coherence`);
* ``diversity``: share of distinct terms among all topics' top 10 terms.

Rows (``k`` = number of labels unless ``auto``):

* ``paragraph fit, <aggregation>``: NMF fit on paragraphs (the notebook before
  this benchmark), article shares by each of
  :data:`helpers.topics.articles.AGGREGATIONS`, and ``fold-in`` (each whole
  article's TF-IDF scored by the paragraph model);
* ``article fit`` (notebook default from 100 articles on): NMF fit on the
  articles' summed paragraph counts (:func:`helpers.topics.articles.article_matrix`);
* ``baseline``: a plain scikit-learn ``TfidfVectorizer(stop_words="english",
  min_df=2, max_df=0.95)`` + NMF on article texts (its own vocabulary; its NPMI
  is counted with its own top terms in the same paragraphs/articles);
* ``... auto k``: the same with k chosen as the notebook does
  (:func:`helpers.topics.sweep.choose_k` over k = 3..12: coherence counted where the
  model is fit, times stability over ``SWEEP_REFITS`` refits with seeds 1, 2, 3,
  measured for the three most coherent diverse k);
  ``coherence only`` rows use the rule before this benchmark (no stability).

Writes ``benchmarks/results/topics_recovery.csv`` and ``.md`` (with the data
set name and the date of the run) unless ``--no-write``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

TASKS = {
    "A": (["immigration", "healthcare", "gun_control_and_gun_rights", "environment", "coronavirus"], 0),
    "B": (["abortion", "trade", "north_korea", "lgbt_rights", "education"], 1),
    "C": (["middle_east", "economy_and_jobs", "supreme_court", "technology", "marijuana_legalization"], 2),
    "D": (["taxes", "terrorism", "religion_and_faith", "labor", "disaster", "sports"], 3),
    "E": (["immigration", "healthcare", "gun_control_and_gun_rights", "environment", "coronavirus"], 4),
}
"""Task name -> (AllSides topic labels, sampling seed). E repeats A's labels with another sample."""

EXCLUDED = re.compile(r"pakistan|afghan|taliban|\bttp\b", re.IGNORECASE)
K_RANGE = (3, 12)


def build_task(df, labels, seed, per_label, folder):
    """Write the task's articles as JSON Lines in ``folder`` and load them as the notebook does."""
    from helpers.corpus.read import load_corpus

    sub = df[df["topic"].isin(labels) & (df["text"].str.len() > 300) & ~df["text"].str.contains(EXCLUDED)]
    sub = sub.sample(frac=1.0, random_state=seed).groupby("topic", sort=True).head(per_label)
    path = Path(folder) / f"task_{seed}.jsonl"
    sub[["ID", "source", "date", "title", "topic", "bias_text", "text"]].to_json(path, orient="records", lines=True)
    arts = load_corpus(path)
    return arts[arts["duplicate_of"] == ""].reset_index(drop=True)


def _scores(tops, dtm, adtm, labels, dominant):
    import numpy as np

    from helpers.topics.articles import recovery_nmi
    from helpers.topics.coherence import topic_coherence, topic_diversity

    return {"nmi": recovery_nmi(labels, dominant),
            "npmi_par": float(np.nanmean(topic_coherence(tops, dtm.counts, dtm.terms))),
            "npmi_art": float(np.nanmean(topic_coherence(tops, adtm.counts, adtm.terms))),
            "diversity": topic_diversity(tops)}


def run_task(arts, n_labels, seed=0):
    """All rows of one task: a list of dicts."""
    import numpy as np
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    from helpers import topics as T
    from helpers.topics import articles as TA
    from helpers.topics.model import _valid  # the top-term ids the notebook keeps (no padding)

    units = T.topic_units(arts, "paragraph", ["outlet"])
    units = units[T.repeated_units(units).to_numpy() == 0].reset_index(drop=True)
    dtm = T.vectorize(units["text"])
    adtm, ids = TA.article_matrix(units, dtm)
    label_of = dict(zip(arts["doc_id"], arts["topic"]))
    y = [label_of[i] for i in ids]
    rows = []

    def tops_of(model):
        return [_valid(t) for t in T.top_term_ids(model.components(), 10)]

    def add(name, k, tops, dom):
        rows.append({"choice": name, "k": k, **_scores(tops, dtm, adtm, y, dom)})

    def fit(matrix, auto, stability=True):
        """As the notebook: a sweep and the chosen k, or k = number of labels."""
        if auto:
            sweep, models = T.sweep_topics(matrix, *K_RANGE, "nmf", seed, 10_000,
                                           stability_seeds=list(range(1, T.SWEEP_REFITS + 1)) if stability else None)
            model = models[T.choose_k(sweep)]
            model.meta.update(sweep=sweep, models=models)
            return model
        return T.fit_topics(matrix, n_labels, "nmf", seed, T.sample_rows(matrix, 10_000, seed))

    # paragraph fit, fixed k and auto k
    for auto in (False, True):
        model = fit(dtm, auto, stability=False)  # the notebook before this benchmark: k by coherence only
        k = model.n_topics
        w = model.transform(dtm)
        suffix = ", auto k" if auto else ""
        for how in (TA.AGGREGATIONS if not auto else ("mean",)):
            _, s = TA.aggregate_unit_shares(units, w, dtm, how)
            add(f"paragraph fit, {how}{' (old default)' if how == 'mean' else ''}{suffix}", k, tops_of(model),
                T.dominant_topic(s))
        if not auto:
            fold = model.transform(TA.with_idf_of(adtm, dtm))
            add("paragraph fit, fold-in", k, tops_of(model), T.dominant_topic(T.topic_shares(fold)))
    # article fit (notebook default on >= ARTICLE_FIT_MIN articles)
    for auto in (False, True):
        model = fit(adtm, auto)
        add(f"article fit (new default){', auto k' if auto else ''}", model.n_topics, tops_of(model),
            T.dominant_topic(T.topic_shares(model.transform(adtm))))
        if auto:  # the same sweep, k by coherence only (the rule before this benchmark)
            sweep = model.meta["sweep"]
            alt = model.meta["models"][T.choose_k(sweep.drop(columns=["stability", "stability_min"]))]
            add("article fit, auto k by coherence only", alt.n_topics, tops_of(alt),
                T.dominant_topic(T.topic_shares(alt.transform(adtm))))
    # external baseline: plain article-level TF-IDF + NMF with its own vocabulary
    tv = TfidfVectorizer(stop_words="english", min_df=2, max_df=0.95)
    Xb = tv.fit_transform(arts.set_index("doc_id").loc[ids, "text"])
    nmf = NMF(n_labels, init="nndsvd", max_iter=400, tol=1e-3, random_state=seed).fit(Xb)
    vocab = {t: i for i, t in enumerate(dtm.terms)}
    names = tv.get_feature_names_out()
    tops = [[vocab[names[j]] for j in np.argsort(-row, kind="stable") if names[j] in vocab][:10] for row in nmf.components_]
    add("baseline: article TF-IDF + NMF (scikit-learn)", n_labels, tops, nmf.transform(Xb).argmax(axis=1))
    return rows, {"articles": len(ids), "paragraphs": len(units), "terms": dtm.n_terms}


def markdown_table(df) -> str:
    """A DataFrame as a GitHub Markdown table (numbers right-aligned, 3 decimals)."""
    import numpy as np
    import pandas as pd

    def cell(v):
        return f"{v:.3f}" if isinstance(v, (float, np.floating)) else str(v)

    num = [pd.api.types.is_numeric_dtype(t) for t in df.dtypes]
    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "|".join("---:" if n else "---" for n in num) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def main(argv=None):
    import pandas as pd

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", nargs="*", default=sorted(TASKS), choices=sorted(TASKS))
    ap.add_argument("--per-label", type=int, default=150)
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args(argv)
    if not ALLSIDES.is_file():
        sys.exit(f"{ALLSIDES} not found: this benchmark needs the AllSides development corpus")
    df = pd.read_json(ALLSIDES, lines=True, dtype={"ID": str})
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.tasks:
            labels, seed = TASKS[name]
            t0 = time.time()
            arts = build_task(df, labels, seed, a.per_label, tmp)
            rows, info = run_task(arts, len(labels))
            for r in rows:
                out.append({"task": name, "labels": len(labels), **info, **r})
            print(f"task {name}: {info['articles']} articles, {len(labels)} labels, {time.time() - t0:.0f} s", flush=True)
    res = pd.DataFrame(out)
    num = ["nmi", "npmi_par", "npmi_art", "diversity"]
    res[num] = res[num].round(3)
    order = list(dict.fromkeys(res["choice"]))
    summary = (res.groupby("choice", sort=False)
               .agg(**{f"{c}_mean": (c, "mean") for c in num}, nmi_min=("nmi", "min"),
                    k=("k", lambda s: "/".join(str(int(v)) for v in s)))
               .loc[order].round(3).reset_index())
    wide = res.pivot(index="choice", columns="task", values="nmi").loc[order]
    wide.columns = [f"nmi {c}" for c in wide.columns]
    table = summary.merge(wide.reset_index(), on="choice")
    print(markdown_table(table))
    if not a.no_write:
        RESULTS.mkdir(exist_ok=True)
        res.to_csv(RESULTS / "topics_recovery.csv", index=False)
        tasks = "; ".join(f"{n}: {', '.join(TASKS[n][0])} (seed {TASKS[n][1]})" for n in a.tasks)
        (RESULTS / "topics_recovery.md").write_text(
            f"# Topic recovery on AllSides dev tasks\n\nData set: AllSides (Baly et al. 2020), `topic` labels; "
            f"up to {a.per_label} articles per label. Run on {dt.date.today().isoformat()}.\n\nTasks: {tasks}.\n\n"
            f"Mean over tasks (k per task in `k`), then NMI per task:\n\n{markdown_table(table)}\n")
        print(f"wrote {RESULTS / 'topics_recovery.csv'} and .md")


if __name__ == "__main__":
    main()
