import numpy as np
import pandas as pd
import pytest

from helpers import framing as F
from helpers.framing.articles import (
    DEFAULT_MIN_CUES,
    DEVELOPMENT,
    HELD_OUT,
    article_cue_counts,
    article_cue_table,
    article_frame_use,
    codebook_article_with,
    codebook_cue_caps,
    codebook_thresholds,
    codebook_voices,
    fit_min_cues,
    hash_split,
)


@pytest.fixture(scope="module")
def generic():
    return F.load_codebooks(["generic_frames"])


def _tag(texts, codebooks):
    units = pd.DataFrame({"doc_id": [d for d, _ in texts], "text": [t for _, t in texts]})
    cues = F.find_cues(units, codebooks)
    return F.tag_frames(units, cues, codebooks, keep=("doc_id",))


def test_cue_score_per_article(generic):
    frames = _tag([("a", "The cost rose."), ("a", "The cost and the prices rose."), ("b", "Nothing here.")], generic)
    counts = article_cue_counts(frames, ["a", "b", "c"], generic)
    # cost in two sentences (economic cap 2) + prices
    assert counts.loc["a", ("generic_frames", "economic_consequences")] == 3
    assert counts.loc["b"].sum() == 0 and counts.loc["c"].sum() == 0


def test_rule_applies_threshold(generic):
    frames = _tag([("a", "The cost, the prices and the taxes."), ("b", "The cost.")], generic)
    counts = article_cue_counts(frames, ["a", "b"], generic)
    th = pd.Series(3, index=counts.columns)
    use = article_frame_use(counts, th)
    assert bool(use.loc["a", ("generic_frames", "economic_consequences")])
    assert not bool(use.loc["b", ("generic_frames", "economic_consequences")])
    with pytest.raises(ValueError, match="threshold"):
        article_frame_use(counts, th.iloc[:1])


def test_codebook_thresholds(generic):
    th = codebook_thresholds(generic)
    assert (th >= 1).all() and len(th) == 5
    bad = {"x": {"entries": {"f": {"label": "F", "article_min_cues": 0, "terms": ["a"]}}}}
    with pytest.raises(ValueError, match="positive integer"):
        codebook_thresholds(bad)
    none = {"x": {"entries": {"f": {"label": "F", "terms": ["a"]}}}}
    assert codebook_thresholds(none).iloc[0] == DEFAULT_MIN_CUES


def test_fit_min_cues_picks_separating_threshold():
    counts = np.array([0, 1, 2, 5, 6, 7])
    gold = np.array([0, 0, 0, 1, 1, 1], dtype=bool)
    assert fit_min_cues(counts, gold) in (3, 4, 5)
    assert fit_min_cues(counts, gold) == 3  # ties go to the smaller threshold
    with pytest.raises(ValueError):
        fit_min_cues(counts, gold[:2])


def test_missing_doc_col(generic):
    frames = _tag([("a", "cost")], generic).drop(columns="doc_id")
    with pytest.raises(ValueError, match="doc_id"):
        article_cue_counts(frames, ["a"], generic)


def _econ_book(cap=None):
    entry = {"label": "Economic", "terms": ["cost", "prices"]}
    if cap is not None:
        entry["article_cue_cap"] = cap
    return {"econ": {"name": "econ", "entries": {"economic": entry}}}


def test_cue_cap_counts_a_repeated_cue_up_to_the_cap():
    texts = [
        ("a", "The cost rose."),
        ("a", "The cost fell."),
        ("a", "The cost rose again."),
        ("a", "Prices too."),
        ("b", "The cost rose."),
        ("b", "Prices too."),
    ]
    distinct = article_cue_counts(_tag(texts, _econ_book()), ["a", "b"], _econ_book())
    assert distinct.loc["a", ("econ", "economic")] == 2  # default cap 1: distinct cues
    capped = article_cue_counts(_tag(texts, _econ_book(2)), ["a", "b"], _econ_book(2))
    assert capped.loc["a", ("econ", "economic")] == 3  # cost twice (capped from 3) + prices once
    assert capped.loc["b", ("econ", "economic")] == 2  # nothing repeated: same as distinct
    assert codebook_cue_caps(_econ_book(2)).iloc[0] == 2
    with pytest.raises(ValueError, match="article_cue_cap"):
        codebook_cue_caps(_econ_book(0))


def test_shipped_caps_are_small(generic):
    caps = codebook_cue_caps(generic)
    assert caps.between(1, 3).all()
    assert caps[("generic_frames", "human_interest")] == 1


def test_morality_cues_obligation_and_faith(generic):
    frames = _tag(
        [
            ("a", "We must act now, for our grandchildren."),
            ("a", "The clergy called it a matter of conscience."),
            ("b", "The company reported higher sales and paid a dividend."),
        ],
        generic,
    )
    counts = article_cue_counts(frames, ["a", "b"], generic)
    assert counts.loc["a", ("generic_frames", "morality")] >= 3  # we must, our grandchildren, clergy, conscience
    assert counts.loc["b", ("generic_frames", "morality")] == 0
    # "we need to" is not a moral cue: it stays a responsibility cue ("need to"); morality's 1 is not a cue but the
    # outlet's collective voice ("We" outside quotations; evidence since codebook version 10, issue 14ad)
    need = _tag([("c", "We need to fix the roads.")], generic)
    c = article_cue_counts(need, ["c"], generic)
    assert c.loc["c", ("generic_frames", "morality")] == 1 and c.loc["c", ("generic_frames", "responsibility")] >= 1
    assert "morality" not in set(article_cue_table(need, generic)["frame"])


def _two_entry_book(voice=None, with_=None):
    moral = {"label": "Moral", "terms": ["shameful", "evil", "cruel"]}
    human = {"label": "Human", "terms": ["mother", "tears"]}
    if voice is not None:
        moral["article_voice"] = voice
    if with_ is not None:
        human["article_with"] = with_
    return {"g": {"name": "g", "entries": {"human": human, "moral": moral}}}


def test_outlet_voice_counts_only_cues_outside_quotations():
    texts = [
        ("a", 'The senator said: "This plan is shameful and evil."'),
        ("a", "The plan is cruel."),
        ("b", '"It is cruel," a critic said.'),
        ("c", "Shameful, evil and cruel: the plan."),
    ]
    both = article_cue_counts(_tag(texts, _two_entry_book()), ["a", "b", "c"], _two_entry_book())
    assert both[("g", "moral")].tolist() == [3, 1, 3]
    book = _two_entry_book(voice="outlet")
    own = article_cue_counts(_tag(texts, book), ["a", "b", "c"], book)
    assert own[("g", "moral")].tolist() == [1, 0, 3]  # only "cruel", said by the outlet, in a; nothing in b
    assert codebook_voices(book).to_dict() == {("g", "human"): "any", ("g", "moral"): "outlet"}


def test_cue_table_lists_the_parts_of_the_score():
    texts = [
        ("a", "The cost rose."),
        ("a", "The cost fell."),
        ("a", "The cost rose again."),
        ("a", "Prices too."),
        ("b", "Nothing here."),
    ]
    t = article_cue_table(_tag(texts, _econ_book(2)), _econ_book(2))
    assert list(t.columns) == ["doc_id", "family", "frame", "cue", "n"]
    assert t[["doc_id", "cue", "n"]].values.tolist() == [["a", "cost", 2], ["a", "prices", 1]]  # capped; b has none
    book = _two_entry_book(voice="outlet", with_=["moral"])
    q = article_cue_table(_tag([("a", '"It is cruel," she said.'), ("a", "A mother wept.")], book), book)
    assert q["cue"].tolist() == ["mother"]  # the quoted moral cue is left out; article_with is not applied here
    with pytest.raises(ValueError, match="doc_id"):
        article_cue_table(_tag(texts, _econ_book()).drop(columns="doc_id"), _econ_book())


def test_outlet_voice_errors():
    with pytest.raises(ValueError, match="article_voice must be one of"):
        codebook_voices(_two_entry_book(voice="quoted"))
    book = _two_entry_book(voice="outlet")
    frames = _tag([("a", "It is evil.")], book).drop(columns="quoted_cues")
    with pytest.raises(ValueError, match="quoted_cues"):
        article_cue_counts(frames, ["a"], book)


def test_article_with_adds_the_other_entry_score():
    texts = [
        ("a", "A mother in tears."),
        ("a", "It was cruel and shameful."),
        ("b", "A mother spoke."),
        ("c", "An evil plan."),
    ]
    book = _two_entry_book(with_=["moral"])
    c = article_cue_counts(_tag(texts, book), ["a", "b", "c"], book)
    assert c[("g", "human")].tolist() == [4, 1, 1]  # own cues plus the moral ones
    assert c[("g", "moral")].tolist() == [2, 0, 1]  # not the other way round
    assert codebook_article_with(book) == {("g", "human"): ["moral"]}
    assert codebook_article_with(_two_entry_book()) == {}
    for bad in (["human"], ["unknown"], "moral", []):
        with pytest.raises(ValueError, match="article_with"):
            codebook_article_with(_two_entry_book(with_=bad))


def test_shipped_article_rules(generic):
    assert codebook_voices(generic)[("generic_frames", "morality")] == "outlet"
    assert (codebook_voices(generic).drop(("generic_frames", "morality")) == "any").all()
    assert codebook_article_with(generic) == {("generic_frames", "human_interest"): ["morality"]}


@pytest.mark.parametrize(
    "sentence, moral",
    [
        ("The answer lies in better insulation.", False),
        ("Therein lies the problem.", False),
        ("Old mines lie below the town.", False),
        ("The boat was lying on the beach.", False),
        ("The Department of Justice filed the case.", False),
        ("Groups working on environmental justice met.", False),
        ("He lies about the numbers.", True),
        ("Their lies cost lives.", True),
        ("Stop lying to voters.", True),
        ("She lied.", True),
        ("This is a grave injustice.", True),
    ],
)
def test_morality_lie_and_justice_senses(generic, sentence, moral):
    c = article_cue_counts(_tag([("a", sentence)], generic), ["a"], generic)
    assert bool(c.loc["a", ("generic_frames", "morality")]) is moral


def test_hash_split_is_fixed_by_the_id_alone():
    ids = [f"story-{i}" for i in range(400)]
    split = hash_split(ids)
    assert list(split.index) == ids and set(split) == {DEVELOPMENT, HELD_OUT}
    assert 150 < int((split == HELD_OUT).sum()) < 250  # about one in two
    # order and company do not matter: each id keeps its side
    again = hash_split(list(reversed(ids[:50])) + ["a new story"])
    assert (again.loc[ids[:50]] == split.loc[ids[:50]]).all()
    # held out with parts=2 when the digest is odd ("a" ends in bb and "b" in 9d: odd; "c" and "d": even)
    assert hash_split(["a", "b", "c", "d"]).tolist() == [HELD_OUT, HELD_OUT, DEVELOPMENT, DEVELOPMENT]


def test_hash_split_parts_and_errors():
    ids = [str(i) for i in range(300)]
    third = hash_split(ids, parts=3)
    assert 60 < int((third == HELD_OUT).sum()) < 140  # about one in three
    assert hash_split([]).empty
    for bad in (1, 0, 2.5, True):
        with pytest.raises(ValueError, match="parts"):
            hash_split(ids, parts=bad)


def test_shipped_thresholds_are_those_the_codebook_rule_fits(generic):
    """The benchmark result file records both; a codebook edit without a benchmark re-run fails here.

    Since codebook version 7 (issue 14z3): fit on all articles, counting cues found in at least two of them; the
    same thresholds as rule (e) of ``bench_framing_14z3.py`` fit on all articles.
    """
    import json
    from pathlib import Path

    res = json.loads(
        (Path(__file__).resolve().parent.parent / "benchmarks" / "results" / "bench_framing_results.json").read_text()
    )
    th = codebook_thresholds(generic)
    shipped = {lab: int(th[("generic_frames", fr)]) for lab, fr in res["mapping"].items()}
    assert shipped == res["shipped_thresholds"] == res["codebook_fit_thresholds"]
    z3 = json.loads(
        (Path(__file__).resolve().parent.parent / "benchmarks" / "results" / "bench_framing_all_14z3.json").read_text()
    )
    assert z3["decision"]["ship"] == "(e) attested >= 2"
    # since version 8 (issue 14aa): rule (e) with morality's religious references, as bench_framing_14aa.py fits it
    aa = json.loads(
        (Path(__file__).resolve().parent.parent / "benchmarks" / "results" / "bench_framing_14aa.json").read_text()
    )
    assert aa["decision"]["ship"]
    # since version 9 (issue 14ab): plus remedy effects (resolution) and politicians' voices (conflict)
    ab = json.loads(
        (Path(__file__).resolve().parent.parent / "benchmarks" / "results" / "bench_framing_14ab.json").read_text()
    )
    assert ab["decision"]["ship"] == ab["decision"]["candidate"]
    # since version 10 (issue 14ad): plus the collective voice (morality)
    ad = json.loads(
        (Path(__file__).resolve().parent.parent / "benchmarks" / "results" / "bench_framing_14ad.json").read_text()
    )
    assert ad["decision"]["ship"] == ad["decision"]["candidate"]
    assert shipped == {lab: v[ad["decision"]["ship"]] for lab, v in ad["fit_on_all"].items()}


def test_cue_counts_only_cues_found_in_enough_articles(generic):
    frames = _tag(
        [("a", "The cost and the prices rose."), ("b", "The cost fell."), ("c", "Wages and the cost.")], generic
    )
    col = ("generic_frames", "economic_consequences")
    every = article_cue_counts(frames, ["a", "b", "c"], generic)
    assert every[col].tolist() == [2, 1, 2]
    # "cost" is found in three articles; "prices" and "wages" in one each
    two = article_cue_counts(frames, ["a", "b", "c"], generic, min_articles=2)
    assert two[col].tolist() == [1, 1, 1]
    assert article_cue_counts(frames, ["a", "b", "c"], generic, min_articles=4)[col].sum() == 0
    # attestation is counted among the given articles only
    assert article_cue_counts(frames, ["a", "c"], generic, min_articles=2)[col].tolist() == [1, 1]
    assert article_cue_counts(frames, ["a"], generic, min_articles=2)[col].tolist() == [0]
    for bad in (0, 1.5, True):
        with pytest.raises(ValueError, match="min_articles"):
            article_cue_counts(frames, ["a"], generic, min_articles=bad)
