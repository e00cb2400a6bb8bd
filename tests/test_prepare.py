"""The notebooks' common preamble (helpers.notebook.prepare)."""
import pytest

from helpers.notebook.params import check_params
from helpers.notebook.prepare import prepare_corpus
from helpers.notebook.setup import corpus_params
from helpers.text.lexicon import load_lexicon


def _params(**kw):
    ns = {"corpus": "tests/data/local_election", "metadata": None, "columns": None, "on_bad": "error",
          "output_dir": None, "group_by": "outlet", "top_n": 15, "seed": 0, "study": "pak_afg_ttp",
          "engine": "pandas", "scheduler": "", "day_first": None, "periods": []}
    ns.update(kw)
    spec = corpus_params()
    if "max_articles" in kw:
        from helpers.notebook.specs import _MAX_ARTICLES
        spec["max_articles"] = _MAX_ARTICLES
    return check_params(ns, spec)


def test_prepare_without_sample_keeps_every_article_and_says_so():
    prep = prepare_corpus(_params(), keep_every=True)
    assert len(prep.sample) == len(prep.articles) == len(prep.every) and prep.units is None
    assert prep.sampled.all() and prep.order and "(other)" not in prep.targets
    assert prep.summary().startswith("corpus: local_election: 6 articles, 0 duplicate bodies left out")


def test_prepare_samples_splits_and_labels_every_article():
    prep = prepare_corpus(_params(max_articles=3), unit="sentence")
    assert len(prep.sample) == 3 == int(prep.sampled.sum())
    assert set(prep.units["doc_id"]) == set(prep.sample["doc_id"])
    assert {"outlet", "group"} <= set(prep.units.columns)
    assert "stratified random sample of 3 of 6 articles (max_articles=3" in prep.summary()
    assert prep.every is None  # released unless asked for


def test_prepare_focus_filter_keeps_articles_naming_the_actors_and_refuses_an_empty_result():
    from helpers.core.study import use_study

    use_study("pak_afg_ttp")
    actors = load_lexicon("actors")
    prep = prepare_corpus(_params(corpus="seeds"), focus=(actors, ["ttp"], 1))
    assert 0 < len(prep.articles) <= 5 and "focus:" in prep.summary()
    with pytest.raises(ValueError, match="lower min_focus_mentions or choose other focus_actors"):
        prepare_corpus(_params(), focus=(actors, ["ttp"], 1))  # a local election names no TTP


def test_a_duplicate_left_out_is_counted_in_the_singular_with_the_rule(tmp_path):
    """Bodies equal but for punctuation are one story (issue 12bd-e); the summary says what counted as a duplicate."""
    body = ("The ferry to Holm Island will run twice a day from May, the harbour board said on Monday. "
            "Tickets will cost the same as last year, and bicycles travel free.")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text(body.replace("May,", "May").replace("year,", "year"), encoding="utf-8")
    (tmp_path / "c.txt").write_text("A new bakery opened on the high street of Holm on Saturday morning.", encoding="utf-8")
    with pytest.warns(Warning):
        prep = prepare_corpus(_params(corpus=str(tmp_path), study="general"))
    assert len(prep.articles) == 2
    assert "3 articles, 1 duplicate body left out (the same words and numbers, ignoring case, spacing and " \
           "punctuation, as an earlier article; or a near-copy of an earlier article of the same outlet" in prep.summary()
