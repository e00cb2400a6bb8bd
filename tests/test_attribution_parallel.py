import warnings

import pandas as pd
import pytest

from helpers.measures import attribution_parallel as AP
from helpers.measures import sourcing as S
from helpers.measures.sourcing import extract_attributions

ARTICLES = [  # invented articles; pronouns and descriptions refer back within an article only
    ["Mayor Jane Orlov said the bridge would reopen in May.", "She added that repairs cost more than planned.",
     '"We are on schedule," the mayor told reporters.'],
    ["He said nothing new.", "A spokesman for the water board declined to comment.",
     "The board's report found leaks in three pipes."],
    ["Residents complained about the noise.", '"It never stops," said Tom Reyes, a baker on Main Street.',
     "He said the council ignored them."],
    ["The weather was mild on Sunday."],
    ["According to the ministry, exports rose.", "Officials said the figures were preliminary.",
     "They warned that prices could rise."],
]


def _units(articles, order=None):
    rows = [{"doc_id": f"d{i}", "outlet": f"O{i % 2}", "unit_id": j, "text": s}
            for i, sents in enumerate(articles) for j, s in enumerate(sents)]
    df = pd.DataFrame(rows)
    return df if order is None else df.iloc[order].reset_index(drop=True)


@pytest.mark.parametrize("n_jobs", [2, 3, 5])
def test_parallel_extraction_gives_the_table_of_one_process(n_jobs):
    units = _units(ARTICLES)
    one = extract_attributions(units, ["outlet"])
    many = AP.extract_attributions(units, ["outlet"], n_jobs=n_jobs)
    assert len(one) > 5
    pd.testing.assert_frame_equal(many, one)
    # an article that opens with a pronoun must not take a source from the article before it
    first = many[(many["doc_id"] == "d1") & (many["source"] == "He")]
    assert (first["resolution"] != "pronoun").all()


def test_bounds_cut_only_between_articles():
    units = _units(ARTICLES)
    bounds = AP._bounds(units["doc_id"].to_numpy(), units["text"].str.len().to_numpy(), 2)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(units) and len(bounds) == 2
    for lo, _ in bounds[1:]:
        assert units["doc_id"].iloc[lo] != units["doc_id"].iloc[lo - 1]
    # an article whose sentences are not consecutive: the table is not cut
    scattered = _units(ARTICLES, order=[0, 3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    assert AP._bounds(scattered["doc_id"].to_numpy(), scattered["text"].str.len().to_numpy(), 2) is None
    pd.testing.assert_frame_equal(AP.extract_attributions(scattered, ["outlet"], n_jobs=2),
                                  extract_attributions(scattered, ["outlet"]))


def test_small_tables_long_units_and_errors_stay_in_one_process(monkeypatch):
    calls = []
    monkeypatch.setattr(AP, "parallel_map", lambda *a, **k: calls.append(1) or [])
    units = _units(ARTICLES)
    AP.extract_attributions(units, ["outlet"])  # 5 articles: below MIN_PARALLEL_ARTICLES
    assert calls == []
    monkeypatch.setattr(S, "MAX_UNIT_CHARS", 300)  # a unit longer than the extractor reads (short, for speed)
    long = pd.concat([units, pd.DataFrame([{"doc_id": "d9", "outlet": "O1", "unit_id": 0, "text": "He said it. " * 30}])],
                     ignore_index=True)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        AP.extract_attributions(long, ["outlet"], n_jobs=2)
    assert calls == [] and sum("longer than" in str(x.message) for x in w) == 1
    with pytest.raises(ValueError):
        AP.extract_attributions(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), n_jobs=2)
    with pytest.raises(ValueError):
        AP.extract_attributions(units, ["outlet"], n_jobs=0)
