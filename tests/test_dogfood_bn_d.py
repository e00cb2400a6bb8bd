"""Dogfood round 12bn-d: a court-news Parquet file grouped by outlet (with a corpus's pseudo-outlets) and a small
folder of technology stories with metadata.csv; invented sentences and rows only."""

import json
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
BODY = ("The appeals court heard the case on Tuesday. A lawyer for the county said the ruling would be appealed, "
        "and the clerk said the hearing had been moved twice.")


# --- 1. pseudo-outlets (a debate digest, guest-writer pools) are pooled, never compared as outlets --------------


def _with_pseudo() -> pd.DataFrame:
    """Two outlets of four articles, a debate digest of five and a guest-writer pool of one, marked as the corpus
    reader marks them (``outlet_kind``)."""
    rows = []
    for outlet, kind, n in (("Harbour Ledger", "", 4), ("Valley Courier", "", 4), ("Both Sides Digest", "pseudo", 5),
                            ("Guest Pen - Right", "pseudo", 1)):
        for i in range(n):
            rows.append({"doc_id": f"{outlet[:3]}{i}", "outlet": outlet, "outlet_raw": outlet, "outlet_kind": kind,
                         "rating": "left" if i % 2 else "right", "n_words": 100 + i, "text": BODY})
    return pd.DataFrame(rows)


def test_pseudo_outlets_are_pooled_and_take_no_place_among_the_top_groups():
    from helpers.corpus.groups import NOT_GROUPS, PSEUDO, group_labels, pseudo_outlets

    df = _with_pseudo()
    labels, order = group_labels(df["outlet"], top_n=2, weights=df["n_words"], pseudo=pseudo_outlets(df, "outlet"))
    # the digest has the most articles, but is no outlet: both outlets keep their names, no "(other)" pool
    assert order == ["Harbour Ledger", "Valley Courier", PSEUDO]
    assert (labels[df["outlet_kind"] == "pseudo"] == PSEUDO).all()
    assert PSEUDO in NOT_GROUPS


def test_pseudo_outlets_stay_in_their_groups_when_the_groups_are_not_outlets():
    from helpers.corpus.groups import pseudo_note, pseudo_outlets

    df = _with_pseudo()
    assert pseudo_outlets(df, "rating") is None and pseudo_note(df, "rating") == ""
    assert pseudo_outlets(df.drop(columns="outlet_kind"), "outlet") is None
    assert pseudo_outlets(df, "outlet_raw") is not None  # the names as given: the same pseudo-outlets


def test_the_pseudo_outlet_pool_goes_after_the_other_pool_and_before_unknown():
    from helpers.corpus.groups import OTHER, PSEUDO, UNKNOWN, pools_last

    t = pd.DataFrame({"g": [UNKNOWN, PSEUDO, OTHER, "Harbour Ledger"], "v": [1, 2, 3, 4]})
    assert pools_last(t, "g")["g"].tolist() == ["Harbour Ledger", OTHER, PSEUDO, UNKNOWN]


def test_prepare_corpus_pools_pseudo_outlets_and_says_so(tmp_path, monkeypatch):
    from helpers.corpus.groups import PSEUDO
    from helpers.notebook.params import check_params
    from helpers.notebook.prepare import prepare_corpus
    from helpers.notebook.setup import corpus_params

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    rows = []
    for outlet, n in (("Harbour Ledger", 3), ("Valley Courier", 3), ("The Flip Side", 4), ("Guest Writer - Left", 2)):
        for i in range(n):
            rows.append({"doc_id": f"{outlet[:3]}{i}", "outlet": outlet, "date": "2024-03-01",
                         "text": f"{BODY} Story {outlet} {i}."})
    path = tmp_path / "court.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    ns = {"corpus": str(path), "metadata": None, "columns": None, "on_bad": "error", "output_dir": None,
          "group_by": "outlet", "top_n": 15, "seed": 0, "study": "general", "engine": "pandas", "scheduler": "",
          "day_first": None, "periods": []}
    prep = prepare_corpus(check_params(ns, corpus_params()), keep_every=True)
    assert prep.targets == ["Harbour Ledger", "Valley Courier"]
    assert prep.order[-1] == PSEUDO and PSEUDO not in prep.targets
    assert (prep.every["group"] == PSEUDO).sum() == 6
    note = prep.summary()
    assert "pseudo-outlets: 6 articles are of 2 names" in note, note
    assert "The Flip Side (4), Guest Writer - Left (2)" in note and "never compared as an outlet" in note, note


def test_notebook_00_group_table_pools_pseudo_outlets():
    from helpers.corpus.groups import PSEUDO
    from helpers.notebook.overview import group_summary

    g = group_summary(_with_pseudo(), "outlet", 15)
    assert g["group"].tolist() == ["Harbour Ledger", "Valley Courier", PSEUDO]
    row = g[g["group"] == PSEUDO].iloc[0]
    assert row["articles"] == 6 and row["groups_pooled"] == 2


def test_the_index_never_ranks_the_pseudo_outlet_pool_and_names_it(tmp_path):
    from helpers.corpus.groups import PSEUDO
    from helpers.report.index import group_differences, group_sizes

    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", PSEUDO], "share": [0.8, 0.6, 0.05],
                  "ci_low": [0.7, 0.5, 0.01], "ci_high": [0.9, 0.7, 0.1], "n_articles": [20, 20, 12]}
                 ).to_csv(tmp_path / "02_source_identity.csv", index=False)
    d = group_differences(tmp_path / "02_source_identity.csv")
    assert d["low"]["group"] == "Valley Courier"
    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", PSEUDO], "articles": [20, 20, 12],
                  "words": [9000, 8000, 5000], "mean_words": [450, 400, 416], "groups_pooled": [1, 1, 3]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    s = group_sizes(tmp_path / "00_words_per_group.csv")
    assert s["groups"] == 2 and s["pseudo"] == (12, 3) and s["smallest"][0] == "Valley Courier"


def test_the_index_corpus_line_says_the_pseudo_outlets_are_not_compared(tmp_path):
    from helpers.corpus.groups import PSEUDO
    from helpers.report.index import notebook_findings

    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", PSEUDO], "articles": [20, 20, 12],
                  "words": [9000, 8000, 5000], "mean_words": [450, 400, 416], "groups_pooled": [1, 1, 3]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    text = " ".join(notebook_findings(tmp_path, ["00_words_per_group"], {}))
    assert "2 outlet groups" in text, text
    assert f"{PSEUDO} pools 12 articles of 3 names that are no news outlet" in text, text
    assert "never compared as an outlet" in text


def test_notebook_00_prints_the_pseudo_outlet_note():
    nb = json.loads((ROOT / "notebooks" / "00_corpus.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "pseudo_note(articles, G)" in src and "print(note)" in src


# --- 2. notebook 04 says which coded sentences this run has; its Data paragraph no longer says they are the corpus's


def _units(doc_ids=("a1", "a2")) -> pd.DataFrame:
    rows = []
    for d in doc_ids:
        for i, t in enumerate(["The appeals court heard the case on Tuesday.", "A lawyer said the ruling would be appealed."]):
            rows.append({"doc_id": d, "unit_id": i, "text": t})
    return pd.DataFrame(rows)


def _coded(path: Path, doc_ids) -> Path:
    pd.DataFrame([{"doc_id": d, "sentence": t, "generic_frames": "conflict" if i else ""}
                  for d in doc_ids for i, t in enumerate(["The appeals court heard the case on Tuesday.",
                                                          "A lawyer said the ruling would be appealed."])]
                 ).to_csv(path, index=False)
    return path


def test_the_coded_data_note_says_a_general_study_has_nothing_to_score_without_sheets():
    from helpers.validation.cli import coded_data_note

    note = coded_data_note("general", None, None, _units(), "generic_frames", ["conflict", "economic"])
    assert "study 'general'" in note and "ships no hand-coded sentences" in note, note
    assert "no coders' sheets given" in note and "nothing to score on this corpus" in note, note
    assert "frames-dev" in note and "same on every corpus" in note


def test_the_coded_data_note_counts_the_coded_sentences_found_in_this_corpus(tmp_path):
    from helpers.validation.cli import coded_data_note

    author = _coded(tmp_path / "author.csv", ["a1", "a2"])
    blind = _coded(tmp_path / "blind.csv", ["a2", "zz"])   # one article coded that this corpus does not hold
    note = coded_data_note("court", author, blind, _units(), "generic_frames", ["conflict"], [tmp_path / "ann.csv"])
    assert "all 4 coded sentences of the cue author's sample (in-sample) are sentences of this corpus" in note, note
    assert "2 of the 4 coded sentences of the blind coder's sample are in this corpus" in note, note
    assert "your coders' sheets: ann.csv" in note and "the rest were coded on articles this corpus does not hold" in note
    other = coded_data_note("court", author, None, _units(["b1"]), "generic_frames", ["conflict"])
    assert "none of the 4 coded sentences of the cue author's sample (in-sample) is in this corpus" in other, other
    assert "nothing to score on this corpus" in other


def test_notebook_04_prints_the_coded_data_of_the_run_and_its_data_paragraph_is_conditional():
    nb = json.loads((ROOT / "notebooks" / "04_validation.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "V.coded_data_note(STUDY.name, IN_SAMPLE, BLIND, units" in src
    data = next(line for line in nb["cells"][0]["source"] if line.startswith("**Data.**"))
    assert "with two coded samples of its sentences" not in data   # read as if every corpus had them
    assert "is printed below" in data and "the `general` study ships none" in data
    out = "".join("".join(o.get("text", [])) for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", []))
    assert "Coded data of this run (study 'pak_afg_ttp'): all 119 coded sentences" in out, out[:2000]


# --- 3. the notebooks count the groups compared, not the pools, as groups -------------------------------------


def test_groups_shown_counts_the_groups_and_names_the_pools_apart():
    from helpers.corpus.groups import OTHER, PSEUDO, UNKNOWN, groups_shown

    assert groups_shown(["Harbour Ledger", "Valley Courier", OTHER, PSEUDO], "outlet") == (
        f"2 outlet groups and the pools {OTHER} and {PSEUDO}")
    assert groups_shown(["left", UNKNOWN], "lean") == f"1 lean group and the pool {UNKNOWN}"
    assert groups_shown(["a", "b", "c"], "author") == "3 author groups"


@pytest.mark.parametrize("name", ["02_outlets", "03_framing", "04_validation"])
def test_notebooks_count_the_groups_shown_without_the_pools(name):
    nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "groups_shown(ORDER, G)" in src


# --- 4. a topic that is one article's story is said to be so ---------------------------------------------------


def _one_article_table():
    import numpy as np

    from helpers.topics.tables import topic_table

    class _Model:   # two topics over a three-word vocabulary
        n_topics = 2

        def components(self):
            return np.array([[3.0, 1.0, 0.0], [0.0, 1.0, 3.0]])

    class _Dtm:
        terms = ["ruling", "court", "phone"]

    # units of three articles: topic 1 is spread over a1 and a2, topic 2 comes almost only from a3
    shares = np.array([[0.9, 0.1], [0.8, 0.2], [0.9, 0.1], [0.7, 0.3], [0.1, 0.9], [0.0, 1.0], [np.nan, np.nan]])
    docs = ["a1", "a1", "a2", "a2", "a3", "a3", "a3"]
    return topic_table(_Model(), _Dtm(), shares, np.array([0.2, 0.3]), np.array([0.9, 0.9]), n_top=2, doc_ids=docs)


def test_the_topic_table_gives_the_article_that_carries_most_of_each_topic():
    t = _one_article_table()
    assert t["top_article"].tolist() == ["a1", "a3"]
    # review s77: counted over the topic's own units (dominant topic), not its shares summed over all units
    assert t["top_article_share"].tolist() == [0.5, 1.0]


def test_a_topic_that_is_mostly_one_article_is_named():
    from helpers.topics.tables import one_article_topics

    t = _one_article_table()
    text = one_article_topics(t, "paragraph")
    assert text.startswith("1 of 2 topics have more than 50% of their paragraphs (those whose main topic it is) in a "
                           "single article"), text
    assert "T2 (phone / court): 100% from article a3" in text and "T1" not in text, text
    assert one_article_topics(t.assign(top_article_share=0.3)) == ""
    assert one_article_topics(t.drop(columns=["top_article", "top_article_share"])) == ""


def test_notebook_01_passes_the_articles_and_prints_the_one_article_topics():
    nb = json.loads((ROOT / "notebooks" / "01_topics.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'doc_ids=units["doc_id"].to_numpy()' in src and "print(T.one_article_topics(table, UNIT))" in src


# --- 5. a byline column that lists several names: each combination is a group, and the notebooks say so ---------


def _bylines() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "outlet": ["Harbour Ledger"] * 6,
                         "author": ["Ann Lee, Bo Park", "Ann Lee and Cy Diaz", "Ann Lee", "Dee Moss; Bo Park", "",
                                    "Lee, Ann"]})


def test_a_group_column_that_lists_several_names_is_said_to_split_people():
    from helpers.corpus.groups import name_list_note

    note = name_list_note(_bylines(), "author")
    assert note.startswith("author: 3 articles have a value that lists several names (3 distinct lists"), note
    assert "'Ann Lee, Bo Park'" in note and "each combination of names is one group" in note, note
    assert "Ann Lee is in 2 of them" in note and "add a column with one name per article" in note, note


def test_places_surname_first_names_and_outlets_are_no_lists_of_names():
    from helpers.corpus.groups import name_list_note

    places = pd.DataFrame({"place": ["Portland, OR", "Austin, TX", "Lee, Ann", "Fox Harbor, Inc."]})
    assert name_list_note(places, "place") == ""
    one = pd.DataFrame({"author": ["Ann Lee, Bo Park", "Ann Lee", "Bo Park"]})
    assert name_list_note(one, "author") == ""   # a single list is no pattern
    outlets = pd.DataFrame({"outlet": ["Harbour Ledger, Valley Courier", "Coast Wire and Pier Post"]})
    assert name_list_note(outlets, "outlet") == ""


def test_prepare_corpus_says_the_group_values_list_several_names(tmp_path, monkeypatch):
    from helpers.notebook.params import check_params
    from helpers.notebook.prepare import prepare_corpus
    from helpers.notebook.setup import corpus_params

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    t = _bylines().assign(text=[f"{BODY} Story {i}." for i in range(6)], date="2024-03-01")
    t.to_csv(tmp_path / "bylines.csv", index=False)
    ns = {"corpus": str(tmp_path / "bylines.csv"), "metadata": None, "columns": None, "on_bad": "error",
          "output_dir": None, "group_by": "author", "top_n": 15, "seed": 0, "study": "general", "engine": "pandas",
          "scheduler": "", "day_first": None, "periods": []}
    prep = prepare_corpus(check_params(ns, corpus_params()))
    assert "author: 3 articles have a value that lists several names" in prep.summary()


def test_the_index_marks_a_solid_topic_that_is_mostly_one_article(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"topic": ["T1", "T2"], "label": ["ruling / court", "phone / hack"], "stable": [True, True],
                  "stability": [0.8, 0.9], "coherence": [0.2, 0.3], "top_article": ["a1", "a3"],
                  "top_article_share": [0.31, 0.74]}).to_csv(tmp_path / "topics.csv", index=False)
    text = " ".join(notebook_findings(tmp_path, ["topics"], {}))
    assert "T1 (ruling / court); T2 (phone / hack; mostly one article)" in text, text
    assert "1 of them takes more than half its weight from a single article" in text, text


def test_the_new_notes_name_parameters_in_the_words_of_the_caller(monkeypatch):
    from helpers.core.wording import CLI_ENV
    from helpers.corpus.groups import name_list_note
    from helpers.topics.tables import one_article_topics

    t = _one_article_table()
    monkeypatch.delenv(CLI_ENV, raising=False)
    assert "fewer topics (the parameter n_topics)" in one_article_topics(t)
    assert name_list_note(_bylines(), "author").endswith("give it with the parameter group_by")
    monkeypatch.setenv(CLI_ENV, "1")
    assert "fewer topics (-p n_topics)" in one_article_topics(t)
    assert name_list_note(_bylines(), "author").endswith("give it with -p group_by")
