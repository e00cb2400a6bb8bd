"""Dogfood 12bp-d leftover: the tone and naming tables, and the index's findings on them, name each actor by the
study's label as well as its id (invented actors)."""
import html

import pandas as pd

from helpers.measures.tone import with_actor_labels

_ACTORS = {"entries": {"harbor_union": {"label": "Harbor workers' union"}, "port_board": {}}}


def test_the_label_stands_right_after_the_id():
    df = pd.DataFrame({"outlet": ["A", "B", "B"], "actor": ["harbor_union", "port_board", "ghost"], "n": [1, 2, 3]})
    out = with_actor_labels(df, _ACTORS)
    assert list(out.columns) == ["outlet", "actor", "actor_label", "n"]
    assert list(out["actor_label"]) == ["Harbor workers' union", "port_board", "ghost"]  # no label: the id
    assert "actor_label" not in df.columns  # a copy


def test_a_table_without_actors_is_returned_as_is():
    df = pd.DataFrame({"outlet": ["A"], "n": [1]})
    assert with_actor_labels(df, _ACTORS) is df


def test_the_index_finding_names_the_actor_by_its_label(tmp_path):
    from helpers.report.index import notebook_findings

    (tmp_path / "02_actor_tone.csv").write_text(
        "outlet,actor,actor_label,n_sentences,n_articles,mean_tone,ci_low,ci_high\n"
        "A,harbor_union,Harbor workers' union,40,5,0.3,0.2,0.4\nB,harbor_union,Harbor workers' union,30,4,-0.1,-0.2,0\n",
        encoding="utf-8")
    text = html.unescape(notebook_findings(tmp_path, ["02_actor_tone"], {})[0])
    assert "actor = Harbor workers' union" in text, text
    assert "harbor_union" not in text and "actor_label" not in text, text
