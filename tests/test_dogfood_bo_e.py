"""Dogfood round 12bo-e: the dask engine against pandas on 3,000 AllSides articles (invented rows here)."""
import pandas as pd

from helpers.corpus.read import corpus_columns
from helpers.notebook.group_mix import group_mix, mix_columns


def _meta_table():
    """A metadata table as the dask engine's read_meta gives it: derived columns computed from the text."""
    n = 40
    df = pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)], "outlet": ["A", "B", "C", "D"] * 10, "title": ["t"] * n,
        "date": [""] * n, "n_words": [100] * n, "duplicate_of": [""] * n, "n_removed_lines": [1] * n,
        "bias": ["left", "right"] * 20, "desk": ["news", "news", "opinion", "opinion"] * 10,
        # computed from the text on the workers: engine pandas has none of them in the table
        "n_paragraphs": [3] * n, "removed_words": [4] * n,
        "removed_rules": ["credit:1", "promo:1; credit:1"] * 20, "language": ["en", "fr"] * 20,
        "raw_sha256_16": [f"{i:016x}" for i in range(n)], "_part": [i // 20 for i in range(n)],
    })
    df.attrs.update({"metadata_only": True, "derived": ["n_paragraphs", "removed_words", "removed_rules",
                                                         "language", "raw_sha256_16"]})
    return df


def test_dask_derived_columns_are_not_metadata():
    meta = _meta_table()
    cols = corpus_columns(meta)
    assert "removed_rules" not in cols and "language" not in cols and "_part" not in cols
    assert "bias" in cols and "desk" in cols
    assert mix_columns(meta, "bias") == ["desk"]
    assert set(group_mix(meta, "bias", mix_columns(meta, "bias"))["column"]) <= {"desk"}


def test_a_users_own_language_column_stays_metadata():
    meta = _meta_table()
    plain = meta.drop(columns=["n_paragraphs", "removed_words", "removed_rules", "raw_sha256_16", "_part"])
    plain.attrs = {}   # engine pandas: a corpus column named 'language' is the user's metadata
    assert "language" in corpus_columns(plain)


def _reuse_rows(longest):
    return pd.DataFrame({"doc_a": [f"a{i}" for i in range(len(longest))], "doc_b": [f"b{i}" for i in range(len(longest))],
                         "same_group": [False] * len(longest), "longest_words": longest})


def test_shared_passages_of_near_duplicates_only_say_so():
    from helpers.notebook.corpus_wide import shared_passage_sentence

    empty = _reuse_rows([])
    minhash = {"method": "MinHash LSH near-duplicates", "clusters": pd.DataFrame()}
    text = shared_passage_sentence(empty, minhash, 12)
    assert not text.startswith("0 pairs share")   # no claim that the corpus has no shared passage
    assert "near-duplicate" in text and "not a count of shared passages in the corpus" in text
    exact = shared_passage_sentence(_reuse_rows([15, 3, 40]), {"method": "all pairs"}, 12)
    assert exact == "2 pairs share a passage of 12+ words (2 across groups)."


def test_a_profile_cell_without_estimate_needs_no_formula_escape(tmp_path):
    import numpy as np

    from helpers.measures.outlets import cell
    from helpers.notebook.output import save_table

    empty = cell(np.nan, np.nan, np.nan, "0 pairs")
    save_table(pd.DataFrame({"group": ["left"], "max cosine with another group": [empty]}), "profile", tmp_path)
    written = next(tmp_path.rglob("profile.csv")).read_text()
    assert "'" not in written and "n/a (0 pairs)" in written   # was "'- (0 pairs)" in outlet_profile.csv


def test_the_dask_language_codes_never_overwrite_a_users_language_column(tmp_path):
    """The dask engine's metadata step wrote its detected language codes into ``language``, overwriting a corpus's
    own column of that name (found by reading the code in dogfood 12bo-e); the codes now go to a private column."""
    from helpers import load_corpus
    from helpers.notebook.setup import LANGUAGE_COLUMN, corpus_language, derived_columns

    body = ("The council met on Tuesday to discuss the new bridge over the river and its cost to the town.\n\n"
            "Its members agreed to vote on the final plan in March, after a public hearing in the town hall.")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text(body.replace("bridge", "harbour"), encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,language\na.txt,Coast Wire,English (UK)\n"
                                           "b.txt,Pier Post,English (US)\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    extra = derived_columns(corpus)
    assert LANGUAGE_COLUMN in extra.columns and "language" not in extra.columns
    assert corpus["language"].tolist() == ["English (UK)", "English (US)"]  # the user's own column, untouched
    meta = corpus.drop(columns=["text"]).assign(**{LANGUAGE_COLUMN: extra[LANGUAGE_COLUMN].to_numpy()})
    assert corpus_language(meta).counts == {"en": 2}  # the report reads the private column
