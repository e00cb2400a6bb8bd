"""Dogfood round 12be-d: input a real user has (invented text only)."""
import re

import pytest

from helpers import CorpusError, load_corpus

BODY = "The council met on Tuesday to discuss the new bridge.\n\nIts members agreed to vote on the budget in March."


def _folder(tmp_path, files: dict, metadata: str):
    folder = tmp_path / "corpus"
    for name, text in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    (folder / "metadata.csv").write_text(metadata, encoding="utf-8")
    return folder


def test_metadata_paths_written_on_windows_or_with_dot_slash_join(tmp_path):
    """A metadata.csv made on Windows names files in subfolders with backslashes ('2024\\a.txt'); one made by a
    script may start them with './'. Both name the file the loader reads as '2024/a.txt'."""
    folder = _folder(tmp_path, {"2024/a.txt": BODY, "2024/b.txt": BODY.replace("bridge", "road"), "c.txt": BODY + " More."},
                     "file,outlet\n2024\\a.txt,X\n./2024/b.txt,Y\n.\\c.txt,Z\n")
    c = load_corpus(folder).set_index("file")
    assert c.loc["2024/a.txt"].outlet == "X" and c.loc["2024/b.txt"].outlet == "Y" and c.loc["c.txt"].outlet == "Z"


def test_bare_file_name_of_a_file_in_subfolders_names_the_paths(tmp_path):
    """'story.txt' in metadata.csv, with the files in a/ and b/: the error says which paths exist and that the
    column takes the path inside the corpus folder, not only 'not in the folder'."""
    folder = _folder(tmp_path, {"a/story.txt": BODY, "b/story.txt": BODY.replace("bridge", "road")},
                     "file,outlet\nstory.txt,X\n")
    with pytest.raises(CorpusError) as exc:
        load_corpus(folder)
    msg = str(exc.value)
    assert "a/story.txt" in msg and "b/story.txt" in msg and "path" in msg, msg


def test_a_pandas_cache_does_not_start_dask_notebooks_at_once(monkeypatch, tmp_path):
    """With engine 'dask' the notebooks build the corpus's Parquet store, not the pandas pickle: a pickle left by
    an earlier pandas run must not let notebook 00 and the others start together, or two of them build the same
    store at once (01_topics FAILED: FileNotFoundError on the store's part-00000.tmp, dogfood 12be-d)."""
    from helpers.core.cache import CACHE_ENV, cache_path
    from helpers.core.paths import SEEDS_DIR
    from helpers.notebook.setup import cache_key
    from helpers.report.runner import _corpus_cached, list_notebooks, notebook_defaults

    nb = list_notebooks(["00"])[0]
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    pandas_run = {"corpus": str(SEEDS_DIR)}
    dask_run = {**pandas_run, "engine": "dask"}
    path = cache_path("corpus", cache_key({**notebook_defaults(nb), **pandas_run}))
    path.write_bytes(b"")
    assert _corpus_cached(nb, pandas_run)
    assert not _corpus_cached(nb, dask_run)  # the pickle is not the store
    path.with_name(f"meta-{path.name}").write_bytes(b"")  # written by the dask loader once its store is finished
    assert _corpus_cached(nb, dask_run)


def test_a_failed_notebook_without_findings_is_not_said_to_have_found_nothing(tmp_path):
    """A notebook that FAILED wrote no result files or only part of them: the index must not say "none of the result
    files it wrote on this corpus compares groups ... (its page says what it found and why)", as of a notebook that
    ran and found nothing to report."""
    from helpers.report import index as ix

    (tmp_path / "figures").mkdir()
    runs = [{"name": "01_topics", "status": "failed", "status_text": "FAILED in cell 4: FileNotFoundError: x",
             "reader": "01.reader.html", "html": "01.html", "ipynb": "01.ipynb", "files": []},
            {"name": "04_validation", "status": "ran", "status_text": "ran",
             "reader": "04.reader.html", "html": "04.html", "ipynb": "04.ipynb", "files": []}]
    page = ix.write_index(tmp_path, {"title": "t", "runs": runs, "corpus_html": "", "software_html": "",
                                     "output_dir": "figures"}).read_text(encoding="utf-8")
    failed, ran = page.split("<h3>04_validation")[0].split("<h3>01_topics")[1], page.split("<h3>04_validation")[1]
    assert "none of the result files it wrote" not in failed and "failed" in failed.lower()
    assert "none of the result files it wrote on this corpus compares groups" in ran


def test_stray_spaces_around_an_outlet_name_are_not_its_group_name(tmp_path):
    """" nytimes " (a hand-typed cell) merged with "NYTimes" and "nytimes" became the group " nytimes ", spaces
    included, in every table and finding ("largest  nytimes  (13 articles"); a lone " Dawn " kept its spaces too."""
    import pandas as pd

    from helpers.corpus.read import outlet_merges

    p = tmp_path / "c.csv"
    names = [" nytimes ", " nytimes ", "NYTimes", "nytimes", " Dawn "]
    pd.DataFrame({"id": [f"d{i}" for i in range(len(names))], "source": names,
                  "text": [BODY + f" Story {i}." for i in range(len(names))]}).to_csv(p, index=False)
    c = load_corpus(p)
    assert c.outlet.tolist() == ["NYTimes"] * 4 + ["Dawn"]
    assert c.outlet_raw.tolist() == names  # as given
    assert outlet_merges(c).articles.sum() == 4  # every changed name is listed (all but "NYTimes")


def _para(i: int) -> str:
    return f"Paragraph {i} of the report says the committee met and the budget for road number {i} was approved."


def test_an_article_far_longer_than_the_rest_is_named_when_loading(tmp_path):
    """One 1 MB file (a merged export, a transcript) among short articles held 82% of the corpus's words: notebook 01
    fit its paragraph-level topics almost only on it ("11 of 11 topics solid", all from that file) and nothing said
    so. Loading names it, with its share of the words; articles of ordinary spread do not warn."""
    import warnings

    from helpers import CorpusWarning

    short = {f"s{i}.txt": "\n\n".join(_para(i * 10 + j) for j in range(3)) for i in range(6)}
    long = "\n\n".join(_para(j) for j in range(600))
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in {**short, "merged_export.txt": long}.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"merged_export.*\d+% of .*words") as rec:
        load_corpus(folder)
    msg = next(str(w.message) for w in rec if "merged_export" in str(w.message))
    assert "split" in msg, msg
    plain = tmp_path / "p"
    plain.mkdir()
    for name, text in {**short, "longer.txt": "\n\n".join(_para(j) for j in range(12))}.items():
        (plain / name).write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        load_corpus(plain)  # four times the median: an ordinary long article


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ('<tweet tweet-id="6673662175"><tweet/>.\nThe mayor spoke.', ["tweet", "id"], ["mayor"]),
        ('<tweet pic="pic.example/f" author="riverfan" timestamp="1457542800" tweet_id="7073">The bridge is open!</tweet>.',
         ["tweet", "pic", "author", "timestamp"], ["bridge", "open", "riverfan"]),
        ("<p>The council voted.</p><br/>It adjourned.", ["p", "br"], ["council", "adjourned"]),
    ],
)
def test_markup_tags_in_plain_text_are_not_words(text, gone, kept):
    """Plain text exported with embed tags (a tweet as <tweet tweet-id="..." timestamp="...">): the tag names and
    attribute names were counted as words and became an outlet's 'distinctive words' (tweet-id, timestamp, pic,
    datetime on a 7-outlet corpus). The tag is blanked; the text between tags is kept."""
    from helpers.text.furniture import count_text

    words = set(re.findall(r"[a-z]+", count_text(text).lower()))
    assert not (set(gone) - set(kept)) & words, count_text(text)
    assert set(kept) - {"riverfan"} <= words, count_text(text)


@pytest.mark.parametrize("text", ["If x < y and y > z, then x < z.", "Profits rose <5% and fell >3%.",
                                  "He typed <3 to her.", "The vote was 5<6 > 4.",
                                  "If a<b and c>d, the rule holds.", "Rates under <3 and >5 percent were rare.",
                                  "The gap x <y and z> w stayed.", "It holds when n<k or m>j for all k."])
def test_comparisons_are_not_markup(text):
    from helpers.text.furniture import count_text

    assert count_text(text) == text


def test_one_missing_file_or_article_is_said_in_the_singular(tmp_path):
    """"1 row names files that are not in ..." / "1 row names articles not in the corpus" (wording, 12be-d)."""
    folder = _folder(tmp_path, {"a.txt": BODY}, "file,outlet\na.txt,X\nmissing.txt,Y\n")
    with pytest.raises(CorpusError) as exc:
        load_corpus(folder)
    assert "1 row names a file that is not in" in str(exc.value), str(exc.value)
    two = _folder(tmp_path / "two", {"a.txt": BODY}, "file,outlet\na.txt,X\nm1.txt,Y\nm2.txt,Z\n")
    with pytest.raises(CorpusError, match="2 rows name files that are not in"):
        load_corpus(two)
    import pandas as pd

    p = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a"], "text": [BODY]}).to_csv(p, index=False)
    (tmp_path / "m.csv").write_text("doc_id,section\nzz,x\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="1 row names an article not in the corpus"):
        load_corpus(p, metadata=tmp_path / "m.csv")


def test_duplicate_warning_names_pairs_in_words_not_as_python_tuples(tmp_path):
    """The report index showed "e.g. [('wash-post_2015-12-23_x', 'wash-post_2015-12-22_x')]" (dogfood 12be-d)."""
    from helpers import CorpusWarning

    folder = _folder(tmp_path, {"b.txt": BODY, "a.txt": BODY.replace("  ", " ")}, "file,outlet\na.txt,X\nb.txt,X\n")
    with pytest.warns(CorpusWarning, match="same body") as rec:
        load_corpus(folder)
    msg = next(str(w.message) for w in rec if "same body" in str(w.message))
    assert "[(" not in msg and "'b' (a copy of 'a')" in msg, msg


def test_duplicate_warning_says_what_the_report_does_with_copies(tmp_path):
    # 12be-d: the warning said "They are kept" while notebooks 01-04 leave the copies out
    import warnings

    from helpers.corpus.read import load_corpus

    body = "The council voted on the budget on Tuesday.\n\nMembers disagreed about the new library."
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(body if name != "c.txt" else "Another story about rain in the valley.", encoding="utf-8")
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        load_corpus(tmp_path)
    text = " ".join(str(w.message) for w in got if "same body" in str(w.message))
    assert "'b.txt'" in text or "'b'" in text
    assert "count each body once" in text and "They are kept" not in text


def test_group_labels_ignore_stray_spaces_in_any_group_column():
    # 12be-d: " left" and "left " were two groups of a bias column; a cell of spaces was a group named " "
    import pandas as pd

    from helpers.corpus.groups import group_labels

    labels, order = group_labels(pd.Series([" left", "left ", "right", "  ", "center  right"]), 5)
    assert list(labels) == ["left", "left", "right", "(unknown)", "center right"]
    assert order[0] == "left"
