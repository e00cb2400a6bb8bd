"""Leftovers of round bq: notebook 00 counted duplicate bodies that every other notebook leaves out; a study's
``topic_stopwords`` did not reach notebook 02's distinctive words; ``python -m helpers.validation sample`` drew from
every article where notebook 04 reads a sample of ``max_articles``. Invented corpora only."""

import json
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def _code(name: str) -> str:
    nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


def _body(i: int, outlet: str) -> str:
    words = ("council budget school teachers union strike mayor police funding hospital road bridge vote court "
             "judge tax housing rent river park").split()
    sents = [" ".join(words[(i * 7 + s * 3 + k) % len(words)] for k in range(9)).capitalize() + "." for s in range(8)]
    return f"The {outlet} desk filed story {i}. " + " ".join(sents[:4]) + "\n\n" + " ".join(sents[4:])


def _dup_corpus(tmp_path: Path) -> Path:
    """Ten articles of three outlets, and three copies of Alpha Times articles (two of d0, one of d1)."""
    rows, k = [], 0
    for outlet, n in (("Alpha Times", 4), ("Beta Post", 3), ("Gamma News", 3)):
        for _ in range(n):
            rows.append({"doc_id": f"d{k}", "outlet": outlet, "title": f"Story {k}", "date": f"2024-03-{k + 1:02d}",
                         "text": _body(k, outlet)})
            k += 1
    for j, (doc, day) in enumerate((("d0", 20), ("d0", 21), ("d1", 22))):
        src = next(r for r in rows if r["doc_id"] == doc)
        rows.append({**src, "doc_id": f"{doc}copy{j}", "date": f"2024-03-{day}"})
    path = tmp_path / "dup.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


# --- 1. notebook 00 counts the articles analysed, with the duplicates left out of each group ------------------------


def test_group_summary_counts_the_articles_analysed_and_the_duplicates_of_each_group(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.notebook.overview import group_summary

    corpus = load_corpus(_dup_corpus(tmp_path))
    assert int((corpus["duplicate_of"] != "").sum()) == 3
    g = group_summary(corpus, "outlet", top_n=15).set_index("group")
    # main counted Alpha Times 7 (its three copies in), where notebooks 01-04 analyse 4
    assert g.loc["Alpha Times", "articles"] == 4
    assert g.loc["Alpha Times", "duplicates"] == 3
    assert g["duplicates"].tolist() == [3, 0, 0]
    assert g["articles"].sum() == 10
    words = corpus.loc[corpus["duplicate_of"] == ""].groupby("outlet")["n_words"].sum()
    assert g.loc["Alpha Times", "words"] == words["Alpha Times"]


def test_a_duplicate_whose_group_has_no_article_analysed_is_counted_in_the_other_pool():
    from helpers.corpus.groups import OTHER
    from helpers.notebook.overview import group_summary

    c = pd.DataFrame({"outlet": ["A", "A", "B", "C"], "n_words": [10, 20, 5, 10],
                      "duplicate_of": ["", "", "", "x"]})  # C's only article repeats A's
    g = group_summary(c, "outlet", top_n=15).set_index("group")
    assert "C" not in g.index
    assert g.loc[OTHER].tolist() == [0, 0, 0.0, 1, 1]
    assert g["duplicates"].sum() == 1


def test_notebook_00_first_line_and_index_finding_agree_with_notebook_02(tmp_path):
    from helpers.corpus.read import load_corpus
    from helpers.notebook.group_mix import compared_groups
    from helpers.notebook.overview import analysed_articles, group_summary, size_line
    from helpers.report.index import notebook_findings

    corpus = load_corpus(_dup_corpus(tmp_path))
    articles = analysed_articles(corpus)
    assert len(articles) == 10 and (articles["duplicate_of"] == "").all()
    line = size_line(corpus, "outlet", compared_groups(articles, "outlet", 15))
    assert line.startswith("10 articles analysed (3 duplicate bodies of the 13 articles read left out"), line
    group_summary(corpus, "outlet", 15).rename(columns={"group": "outlet"}).to_csv(
        tmp_path / "00_words_per_group.csv", index=False)
    text = notebook_findings(tmp_path, ["00_words_per_group"], {})[0]
    assert "10 articles," in text and "most articles Alpha Times (4 articles" in text, text
    assert "3 duplicate bodies" in text and "(by group: Alpha Times 3)" in text, text


def test_notebook_00_counts_groups_dates_and_mix_after_duplicates_are_left_out():
    src = _code("00_corpus")
    assert "articles = overview.analysed_articles(read)" in src
    assert 'overview.group_summary(read, G, P["top_n"])' in src
    assert "overview.article_table(read," in src  # the table of articles read keeps the copies, flagged
    assert "overview.timeline_table(articles, G)" in src


# --- 2. a study's topic stop words are not listed as distinctive words ----------------------------------------------


def _speech_texts():
    texts, groups = [], []
    for outlet, lead in (("Alpha", "President Trump said"), ("Beta", "the governor noted"), ("Gamma", "lawmakers argued")):
        for i in range(3):
            texts.append(" ".join(f"{lead} that the council budget {w} rose." for w in ("school", "road", "tax", "rent")))
            groups.append(outlet)
    return texts, groups


def test_topic_stopwords_count_in_the_totals_but_get_no_distinctive_row():
    from helpers.measures import vocabulary as V

    texts, groups = _speech_texts()
    X, vocab = V.count_matrix(texts, min_count=1)
    scores = V.fightin_words(X, vocab, groups)
    top_before = V.top_terms(scores, 3)
    assert {"trump", "president"} <= set(top_before.loc[top_before["group"] == "Alpha", "term"])  # main listed them
    kept, aside = V.set_aside_terms(scores, ("Trump", "president"))
    assert not kept["term"].isin(["trump", "president"]).any()
    assert set(aside["term"]) == {"trump", "president"}
    # the other words' numbers are those of fightin_words: the stop words still count in every total
    pd.testing.assert_frame_equal(kept, scores[~scores["term"].isin(["trump", "president"])].reset_index(drop=True))
    note = V.stopword_note(("trump", "president"), aside, V.top_terms(kept, 3), "us_politics")
    assert note.startswith("The study's topic stop words (us_politics, topic_stopwords: president, trump) are not "
                           "listed"), note
    assert "Alpha: president (z " in note and "trump (z " in note and "Beta:" not in note, note
    assert V.stopword_note((), aside.iloc[:0], kept, "general") == ""


def test_notebook_02_sets_the_study_topic_stopwords_aside_and_says_so():
    src = _code("02_outlets")
    assert "V.set_aside_terms(scores, STUDY.topic_stopwords)" in src
    assert "V.stopword_note(STUDY.topic_stopwords, stopped, top, STUDY.name)" in src
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "notebook 02 does not list them as distinctive words" in readme


def test_the_us_politics_study_lists_topic_stopwords_the_distinctive_words_now_leave_out():
    from helpers.core.study import load_study

    assert set(load_study("us_politics").topic_stopwords) == {"trump", "president"}


# --- 3. `python -m helpers.validation sample` draws from the article sample notebook 04 reads ------------------------


def _big_corpus(tmp_path: Path, sizes=(("Alpha Times", 30), ("Beta Post", 20), ("Gamma News", 10))) -> Path:
    rows, k = [], 0
    for outlet, n in sizes:
        for _ in range(n):
            rows.append({"doc_id": f"a{k}", "outlet": outlet, "title": f"T{k}", "date": "2024-05-01",
                         "text": _body(k, outlet) + f" Case {k} closed."})
            k += 1
    path = tmp_path / "big.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _notebook_04_doc_ids(path: Path, max_articles: int, seed: int = 0, top_n: int = 15) -> set:
    from helpers.notebook.prepare import prepare_corpus

    P = {"corpus": str(path), "group_by": "outlet", "top_n": top_n, "seed": seed, "max_articles": max_articles}
    return set(prepare_corpus(P, unit="sentence").sample["doc_id"])


def test_the_sample_command_draws_only_sentences_of_notebook_04s_articles(tmp_path, capsys):
    from helpers.validation.cli import main

    path = _big_corpus(tmp_path)
    read = _notebook_04_doc_ids(path, max_articles=24)
    assert len(read) == 24
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", str(path), "--n", "40", "--max-articles", "24", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(sheet) == 40
    # main drew from all 60 articles: a third of the sheet's articles lay outside notebook 04's 24
    assert set(sheet["doc_id"]) <= read
    said = capsys.readouterr().out
    assert "stratified sample of 24 of the 60 articles that notebook 04 reads" in said, said


def test_the_default_sample_is_notebook_04s_default_sample(tmp_path):
    from helpers.corpus.groups import DEFAULT_MAX_ARTICLES, DEFAULT_TOP_N
    from helpers.validation.cli import _units

    path = _big_corpus(tmp_path, sizes=(("Alpha Times", 1300), ("Beta Post", 900)))
    units = _units(str(path), "sentence", "outlet", option="--stratum",
                   sample={"group_by": "outlet", "top_n": DEFAULT_TOP_N, "max_articles": DEFAULT_MAX_ARTICLES, "seed": 3})
    assert units.attrs["sampled"] == (2000, 2200)
    assert set(units["doc_id"]) == _notebook_04_doc_ids(path, DEFAULT_MAX_ARTICLES, seed=3)


def test_a_coded_sheet_of_the_sample_runs_through_notebook_04s_corrected_shares(tmp_path):
    from helpers import framing as F
    from helpers.notebook.prepare import prepare_corpus
    from helpers.validation.cli import _units, corrected_shares, frame_labels, main, tag_units
    from helpers.validation.coding import consensus, read_coding_sheets

    path = _big_corpus(tmp_path)
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", str(path), "--n", "30", "--max-articles", "24", "--seed", "5",
                 "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    labels = [c for c in sheet.columns if c not in ("unit_key", "doc_id", "stratum", "text", "notes")]
    for coder in ("ann", "bob"):
        sheet.assign(**{c: "0" for c in labels}).to_csv(tmp_path / f"{coder}.csv", index=False)
    codes = consensus(read_coding_sheets([tmp_path / "ann.csv", tmp_path / "bob.csv"], labels))
    # the units notebook 04 tags with the same parameters (prepare_corpus's sample)
    P = {"corpus": str(path), "group_by": "outlet", "top_n": 15, "seed": 5, "max_articles": 24}
    units = prepare_corpus(P, unit="sentence").units.reset_index(drop=True)
    pred = frame_labels(units, tag_units(units, "generic_frames"), F.load_codebook("generic_frames"))
    assert len(corrected_shares(pred, codes))  # main: "coded units ... are not among the tagged units"
    cli_units = _units(str(path), "sentence", "outlet", sample={"group_by": "outlet", "top_n": 15,
                                                                 "max_articles": 24, "seed": 5})
    assert list(cli_units["doc_id"] + ":" + cli_units["unit_id"].astype(str)) == \
        list(units["doc_id"] + ":" + units["unit_id"].astype(str))  # score tags the same sentences as notebook 04


def test_the_options_are_said_in_the_command_lines_terms(tmp_path, capsys):
    from helpers.validation.cli import main

    path = _big_corpus(tmp_path)
    assert main(["sample", "--corpus", str(path), "--max-articles", "0", "--out", str(tmp_path / "s.csv")]) == 2
    assert "--max-articles must be at least 1" in capsys.readouterr().err
    assert main(["sample", "--corpus", str(path), "--group-by", "desk", "--out", str(tmp_path / "s.csv")]) == 2
    assert "--group-by 'desk' is not a column" in capsys.readouterr().err
