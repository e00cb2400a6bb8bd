"""The summary of hand-checked role draws shown in notebook 02: one row per draw, newest first. Rows invented."""
import pandas as pd

from helpers.measures.outlets import role_check_summary


def _checks():
    return pd.DataFrame({
        "sample": ["seed5_first"] * 3 + ["seed77_second"] * 4,
        "role_ok": ["yes", "no", "n/a", "yes", "yes", "no", ""],
        "is_attribution": ["yes", "yes", "no", "yes", "yes", "yes", "yes"],
    })


def test_one_row_per_draw_newest_first_with_counts():
    t = role_check_summary(_checks(), n_boot=200, seed=0)
    assert list(t["draw"]) == [2, 1] and list(t["seed"]) == ["77", "5"]
    assert list(t["n"]) == [3, 2] and list(t["right"]) == [2, 1]
    assert list(t["not_attributions"]) == [0, 1] and list(t["unjudged"]) == [1, 0]
    assert t.loc[0, "interval"].startswith("67% (95% CI") and t.loc[0, "sample"] == "seed77_second"


def test_a_name_without_a_seed_and_no_checks():
    t = role_check_summary(pd.DataFrame({"sample": ["pilot"], "role_ok": ["yes"]}), n_boot=50)
    assert t.loc[0, "seed"] == "" and t.loc[0, "not_attributions"] == 0
    assert role_check_summary(pd.DataFrame(columns=["sample", "role_ok"])).empty


def test_shipped_checks_of_other_sites_are_news_pages_of_the_listed_sites():
    from pathlib import Path

    from helpers.measures.outlets import load_role_checks

    rc = load_role_checks(corpus="news_pages")
    listed = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "role_check_news_pages.txt"
    pages = {w for line in listed.read_text().splitlines() if not line.startswith("#") for w in line.split()}
    assert set(rc["doc_id"]) <= pages and rc["sample"].str.startswith("news_seed").all()
    assert set(rc["role_ok"]) <= {"yes", "no", "n/a"}
    assert ((rc["role_ok"] == "n/a") == (rc["is_attribution"] == "no")).all()


def test_shipped_checks_of_another_topic_are_climate_articles_drawn_fifty_at_a_time():
    from helpers.measures.outlets import load_role_checks

    rc = load_role_checks(corpus="climate")
    assert rc["doc_id"].str.fullmatch(r"nfc\d{4}").all() and rc["sample"].str.startswith("climate_seed").all()
    assert (rc.groupby("sample").size() == 50).all()
    assert set(rc["role_ok"]) <= {"yes", "no", "n/a"}
    assert ((rc["role_ok"] == "n/a") == (rc["is_attribution"] == "no")).all()


def test_an_unknown_corpus_of_checks_names_the_choices():
    import pytest

    from helpers.measures.outlets import load_role_checks

    with pytest.raises(ValueError, match="allsides.*news_pages"):
        load_role_checks(corpus="polnear")


def test_pooled_sums_right_and_judged_over_draws():
    from helpers.measures.outlets import role_check_pooled

    assert role_check_pooled(role_check_summary(_checks(), n_boot=50)) == (3, 5, 2)
    assert role_check_pooled(role_check_summary(pd.DataFrame(columns=["sample", "role_ok"]))) == (0, 0, 0)
