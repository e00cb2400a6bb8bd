"""Holm's adjustment of a table's p-values (``helpers.stats.association.holm_adjust``) and the notebooks' tables of
permutation tests that carry it (``helpers.measures.tone.article_tests_table``; review s76)."""
from __future__ import annotations

import numpy as np
import pytest

from helpers.measures.tone import article_tests_table
from helpers.stats.association import holm_adjust


def test_holm_multiplies_the_ordered_p_values_and_keeps_them_monotone():
    # sorted 0.005, 0.01, 0.03, 0.04 -> x4, x3, x2, x1 = 0.02, 0.03, 0.06, 0.04 -> made non-decreasing: 0.06
    adj = holm_adjust([0.01, 0.04, 0.03, 0.005, np.nan])
    np.testing.assert_allclose(adj[:4], [0.03, 0.06, 0.06, 0.02])
    assert np.isnan(adj[4])  # no test: not counted, stays NaN
    np.testing.assert_allclose(holm_adjust([0.5, 0.9]), [1.0, 1.0])  # capped at 1
    np.testing.assert_allclose(holm_adjust([0.02]), [0.02])  # one test: unchanged
    assert holm_adjust([]).size == 0
    with pytest.raises(ValueError, match="between 0 and 1"):
        holm_adjust([0.2, 1.5])


def test_holm_agrees_with_the_step_down_definition_on_random_p_values():
    rng = np.random.default_rng(7)
    p = rng.uniform(size=25)
    order = np.argsort(p)
    m = len(p)
    want = np.empty(m)
    running = 0.0
    for i, j in enumerate(order):
        running = max(running, min(1.0, (m - i) * p[j]))
        want[j] = running
    np.testing.assert_allclose(holm_adjust(p), want)


def test_a_table_of_tests_gains_p_holm_and_says_how_many_tests_it_holds():
    rows = [{"actor": f"a{i}", "measure": "tone", "articles": 12, "groups": 3, "p_value": p, "note": ""}
            for i, p in enumerate(["0.016", "0.028", "0.300", "0.700"])]
    rows.append({"actor": "solo", "measure": "tone", "articles": 1, "groups": 1, "p_value": "n/a", "note": "one group"})
    t, note = article_tests_table(rows)
    assert list(t.columns) == ["actor", "measure", "articles", "groups", "p_value", "p_holm", "note"]
    assert list(t["p_holm"]) == ["0.064", "0.084", "0.600", "0.700", "n/a"]
    assert note == ("4 tests in this table: at 0.05, about 0.2 would fall below by chance alone; 2 p-values are below "
                    "0.05, and 0 after Holm's correction for the number of tests (p_holm).")
    t1, note1 = article_tests_table(rows[:1])
    assert list(t1["p_holm"]) == ["0.016"] and note1.startswith("1 test in this table") and "1 p-value is below" in note1
    assert article_tests_table([rows[-1]])[1] == ("No test of this table could be run (1 row; the note column says "
                                                  "why): no p-value to read.")
    assert article_tests_table([])[1] == ""


def test_a_tone_finding_quotes_its_actors_permutation_test(tmp_path):
    # review s76: the index called a tone gap clear (intervals apart) where the page's test gave p = 0.024 and 0.53
    # after Holm's correction for 22 actors
    import html

    from helpers.report.index import notebook_findings

    (tmp_path / "02_actor_tone.csv").write_text(
        "outlet,actor,actor_label,n_sentences,n_articles,mean_tone,ci_low,ci_high\n"
        "A,police,Police,40,5,-0.1,-0.15,-0.05\nB,police,Police,30,4,-0.3,-0.35,-0.25\n", encoding="utf-8")
    (tmp_path / "02_tone_tests.csv").write_text(
        "actor,articles,groups,p_value,p_holm,note\npolice,9,2,0.024,0.528,\nmayor,3,1,n/a,n/a,one group only\n"
        "judges,8,2,0.300,0.600,\n", encoding="utf-8")
    text = html.unescape(notebook_findings(tmp_path, ["02_actor_tone"], {})[0])
    assert ("the page's permutation test over articles gives p = 0.024 for this actor, 0.528 after Holm's correction "
            "for the 2 actors tested: no clear difference once the number of tests is counted") in text, text
    (tmp_path / "02_tone_tests.csv").write_text("actor,articles,groups,p_value,p_holm,note\npolice,9,2,0.001,0.002,\n",
                                                encoding="utf-8")
    text = html.unescape(notebook_findings(tmp_path, ["02_actor_tone"], {})[0])
    assert "0.002 after Holm's correction for the 1 actor tested" in text and "no clear difference once" not in text
    (tmp_path / "02_tone_tests.csv").unlink()  # a run written before the file: no clause
    assert "permutation test" not in html.unescape(notebook_findings(tmp_path, ["02_actor_tone"], {})[0])
