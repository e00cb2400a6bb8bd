"""Documents of a topic model: stop words, units (paragraphs, sentences or articles) and repeated boilerplate units."""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.paths import DATA_DIR
from ..core.wording import noun
from ..text.tokens import WORDS

__all__ = ["REPEATED_MIN_DOCS", "TOKEN_PATTERN", "UNITS", "default_stop_words", "load_topic_stopwords", "repeated_passages", "repeated_units", "topic_units"]

UNITS = ("paragraph", "sentence", "article")

TOKEN_PATTERN = WORDS
"""Words of two or more letters; numbers and tokens with digits are dropped."""

REPEATED_MIN_DOCS = 10
"""A unit whose text occurs verbatim in this many articles is a template (see
:func:`repeated_units`) and is left out of the topic model."""



# --------------------------------------------------------------------------
# stop words and units


def load_topic_stopwords(path=None) -> list[str]:
    """The domain stop words of the topic model, from the data file.

    Parameters
    ----------
    path : str or Path, optional
        A lexicon YAML file (see :func:`helpers.text.lexicon.load_lexicon`);
        default ``helpers/data/topic_stopwords.yaml``.

    Returns
    -------
    list of str
        Lower-case terms, sorted, without duplicates.

    Raises
    ------
    LexiconError
        If the file is malformed.
    ValueError
        If a term is not a single token of :data:`TOKEN_PATTERN` (it could
        never match a token, so it would silently do nothing).
    """
    from ..text.lexicon import load_lexicon

    doc = load_lexicon(path or DATA_DIR / "topic_stopwords.yaml")
    rx = re.compile(TOKEN_PATTERN)
    out = set()
    for eid, entry in doc["entries"].items():
        for term in entry.get("terms", []):
            t = term.strip().lower()
            if rx.fullmatch(t) is None:
                raise ValueError(
                    f"{doc['path']}: entry {eid!r} holds {term!r}, which is not one token of two or more "
                    "letters; stop words are removed token by token, so list single words only."
                )
            out.add(t)
    return sorted(out)


def default_stop_words() -> frozenset:
    """The stop words of the topic model.

    Returns
    -------
    frozenset of str
        scikit-learn's English stop list, :func:`load_topic_stopwords` and the active study's ``topic_stopwords``.
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from ..core.study import active_study

    return (frozenset(ENGLISH_STOP_WORDS) | frozenset(load_topic_stopwords())
            | frozenset(active_study().topic_stopwords))


def topic_units(corpus: pd.DataFrame, unit: str = "paragraph", columns: Sequence[str] = ("outlet",)) -> pd.DataFrame:
    """The documents of the topic model: paragraphs, sentences or whole articles.

    Parameters
    ----------
    corpus : DataFrame
        From :func:`helpers.load_corpus` (needs ``doc_id``, ``text`` and, for
        paragraphs and sentences, ``raw``).
    unit : {"paragraph", "sentence", "article"}
        The unit of analysis.
    columns : sequence of str
        Metadata columns copied to every unit (e.g. the ``group_by`` column).

    Returns
    -------
    DataFrame
        One row per unit, in document order: ``doc_id``, the ``columns``,
        ``unit_id`` and ``text`` (for paragraphs and sentences also
        ``paragraph_id``, ``role``, ``start``, ``end``; see
        :func:`helpers.corpus.segment`). An article is one unit with ``unit_id`` 0
        and its cleaned body as ``text``.

    Raises
    ------
    ValueError
        For an unknown ``unit`` or a column not in ``corpus``.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    cols = [c for c in ([columns] if isinstance(columns, str) else list(columns)) if c != "doc_id"]
    cols = list(dict.fromkeys(cols))
    missing = [c for c in ["doc_id", "text", *cols] if c not in corpus.columns]
    if missing:
        raise ValueError(f"{noun(len(missing), 'column')} {missing} not in the corpus; it has {list(corpus.columns)}")
    if unit != "article":
        from ..corpus.segment import segment

        return segment(corpus, unit, columns=cols)
    out = corpus[["doc_id", *cols]].copy()
    out["unit_id"] = 0
    out["text"] = corpus["text"].to_numpy()
    return out.reset_index(drop=True)


def repeated_units(units: pd.DataFrame, min_docs: int = REPEATED_MIN_DOCS) -> pd.Series:
    """Flag units whose text recurs verbatim in many different articles.

    A passage printed word for word in ``min_docs`` or more articles is a
    template (a copyright line, a newsletter promo, "The Associated Press
    contributed to this report.") or copied text, not reporting of its own.
    Left in, such passages form "topics" of their own and, because their words
    always occur together, they score the highest NPMI coherence of all.

    Parameters
    ----------
    units : DataFrame
        With ``doc_id`` and ``text``.
    min_docs : int
        Number of distinct articles (>= 2) from which a text counts as repeated.
        Texts are compared after stripping and lower-casing.

    Returns
    -------
    Series of int, same index as ``units``
        For each unit, the number of distinct articles that contain its text
        when that number is at least ``min_docs``, else 0.

    Raises
    ------
    ValueError
        When ``min_docs`` is not an integer >= 2.
    """
    if not isinstance(min_docs, (int, np.integer)) or min_docs < 2:
        raise ValueError(f"min_docs must be an int >= 2, got {min_docs!r}")
    if len(units) == 0:
        return pd.Series(np.zeros(0, dtype=np.int64), index=units.index)
    key = pd.factorize(units["text"].str.strip().str.lower())[0].astype(np.int64)
    doc = pd.factorize(units["doc_id"])[0].astype(np.int64)
    width = int(doc.max()) + 1
    pairs = np.unique(key * width + doc)
    n_docs = np.bincount(pairs // width, minlength=int(key.max()) + 1)[key]
    return pd.Series(np.where(n_docs >= min_docs, n_docs, 0), index=units.index, dtype="int64")


def repeated_passages(units: pd.DataFrame, counts: pd.Series) -> pd.DataFrame:
    """The repeated texts flagged by :func:`repeated_units`, most widespread first.

    Parameters
    ----------
    units : DataFrame
        The unit table (``text``).
    counts : Series of int
        From :func:`repeated_units`, aligned with ``units``.

    Returns
    -------
    DataFrame
        ``text`` (as first seen), ``n_articles``, ``n_units``; sorted by
        ``n_articles`` (descending), then text.
    """
    flagged = units.loc[counts.to_numpy() > 0, ["text"]].assign(n_articles=counts[counts > 0].to_numpy())
    if flagged.empty:
        return pd.DataFrame({"text": pd.Series(dtype=str), "n_articles": pd.Series(dtype="int64"),
                             "n_units": pd.Series(dtype="int64")})
    flagged["key"] = flagged["text"].str.strip().str.lower()
    out = flagged.groupby("key", sort=False).agg(text=("text", "first"), n_articles=("n_articles", "first"),
                                                  n_units=("text", "size"))
    out["text"] = out["text"].str.strip()
    return out.sort_values(["n_articles", "text"], ascending=[False, True], kind="stable").reset_index(drop=True)


