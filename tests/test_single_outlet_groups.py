"""A group that holds one outlet, compared by another column (a rating, a country), is that outlet: the group table
counts outlets per group, and the notebook's and the index's caveats name such groups. Rows invented."""
import pandas as pd

from helpers.measures.outlets import describe_groups
from helpers.notebook.narrative import single_outlet_sentence


def _articles():
    return pd.DataFrame({"group": ["left", "left", "right", "right", "right"],
                         "outlet": ["Daily Lantern", "Daily Lantern", "Evening Post", "Morning Star", " "],
                         "n_words": [10, 20, 30, 40, 50], "date": [""] * 5})


def test_describe_groups_counts_distinct_named_outlets():
    out = describe_groups(_articles(), "group", ["left", "right", "centre"])
    assert list(out["outlets"]) == [1, 2, 0]
    no_outlet = describe_groups(_articles().drop(columns="outlet"), "group", ["left"])
    assert list(no_outlet["outlets"]) == [0]


def test_sentence_names_single_outlet_groups_only_when_groups_are_not_outlets():
    desc = describe_groups(_articles(), "group", ["left", "right"])
    s = single_outlet_sentence(desc, "bias")
    assert s.startswith("1 of the 2 bias groups holds a single outlet (left): for it a difference is also")
    assert single_outlet_sentence(desc, "outlet") == ""
    both = desc.assign(outlets=[1, 1])
    assert single_outlet_sentence(both, "bias").startswith("Each bias group holds a single outlet (left, right)")
    assert single_outlet_sentence(desc.assign(outlets=[2, 3]), "bias") == ""
    assert single_outlet_sentence(desc.assign(outlets=[0, 0]), "bias") == ""  # no outlet column: nothing is known
    assert single_outlet_sentence(desc.iloc[:1], "bias") == ""  # one group: nothing is compared


def test_index_finding_names_single_outlet_groups(tmp_path):
    from helpers.report.index import group_sizes, notebook_findings

    (tmp_path / "g.csv").write_text("bias,articles,words,outlets\nleft,4,900,1\nright,5,800,3\n<b>x</b>,2,10,1\n",
                                    encoding="utf-8")
    g = group_sizes(tmp_path / "g.csv")
    assert g["single_outlet_groups"] == ["<b>x</b>", "left"]
    text = notebook_findings(tmp_path, ["g"], {})[0]
    assert "2 groups hold a single outlet (&lt;b&gt;x&lt;/b&gt;, left)" in text and "<b>x" not in text
    (tmp_path / "o.csv").write_text("outlet,articles,words,outlets\nA,4,900,1\nB,5,800,1\n", encoding="utf-8")
    assert group_sizes(tmp_path / "o.csv")["single_outlet_groups"] == []
    assert "single outlet" not in notebook_findings(tmp_path, ["o"], {})[0]


def test_the_pool_of_small_groups_is_not_counted_as_a_group():
    desc = pd.DataFrame({"group": ["left", "right", "(other)"], "articles": [4, 5, 9], "outlets": [1, 3, 1]})
    assert single_outlet_sentence(desc, "bias").startswith("1 of the 2 bias groups holds a single outlet (left)")
