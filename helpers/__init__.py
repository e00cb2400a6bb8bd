"""Helpers for the news-analysis notebooks: load, clean and segment a corpus,
and the analysis functions the notebooks call.

The two entry points most users need::

    from helpers import load_corpus
    from helpers.corpus.segment import segment
    articles = load_corpus("seeds")            # one row per article
    sentences = segment(articles, "sentence")  # one row per sentence, with offsets
"""
from .corpus.read import CorpusError, CorpusWarning, load_corpus
from .corpus.segment import segment
from .text.normalize import fold, normalize

__all__ = ["load_corpus", "segment", "CorpusError", "CorpusWarning", "fold", "normalize"]
