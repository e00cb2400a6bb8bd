"""Actor mentions, naming labels, VADER tone and the article-level permutation test."""
import numpy as np
import pandas as pd
import pytest

from helpers.measures.tone import (
    actor_mentions,
    actor_sentences,
    actor_tone,
    attach_labels,
    find_labels,
    name_variants,
    permutation_test,
    score_tone,
)


def units(rows):
    """rows: (doc_id, outlet, role, text)."""
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "role", "text"])
    df["unit_id"] = df.groupby("doc_id").cumcount()
    return df


def test_actor_named_only_in_headline_has_no_mention():
    u = units([("d1", "A", "headline", "TTP attacks rise"),
               ("d1", "A", "body", "Attacks rose in the north.")])
    assert actor_mentions(u).empty


def test_longest_name_wins_and_offsets_point_into_the_sentence():
    u = units([("d1", "A", "body", "The Pakistani Taliban and Islamabad met in Kabul.")])
    m = actor_mentions(u)
    assert list(zip(m.actor, m.mention)) == [("ttp", "Pakistani Taliban"), ("pakistan_state", "Islamabad"),
                                             ("afghan_taliban", "Kabul")]
    s = u.text[0]
    assert all(s[a:b] == t for a, b, t in zip(m.start, m.end, m.mention))


def test_labels_attach_to_the_nearest_allowed_actor_within_the_window():
    u = units([("d1", "A", "body", "Pakistan fought the banned Tehreek-e-Taliban Pakistan (TTP)."),
               ("d1", "A", "body", "The outlawed faction regrouped."),
               ("d1", "A", "body", "Officials met the Islamic Emirate in Kabul.")])
    m = actor_mentions(u)
    lab = attach_labels(find_labels(u), m)
    assert list(zip(lab.unit_id, lab.label, lab.actor)) == [(0, "banned", "ttp"),
                                                            (2, "islamic_emirate", "afghan_taliban")]
    # a verb between label and actor blocks the attachment
    u3 = units([("d1", "A", "body", "Attacks could leave the militant group losing the Taliban's support.")])
    assert attach_labels(find_labels(u3), actor_mentions(u3)).empty
    u4 = units([("d1", "A", "body", "The TTP and other militant groups operate there.")])
    assert list(attach_labels(find_labels(u4), actor_mentions(u4)).actor) == ["ttp"]
    # "banned" may describe the TTP, never Pakistan, however close
    u2 = units([("d1", "A", "body", "Pakistan banned imports.")])
    assert attach_labels(find_labels(u2), actor_mentions(u2)).empty
    with pytest.raises(ValueError, match="window"):
        attach_labels(find_labels(u), m, window=-1)


def test_masking_removes_label_words_from_tone():
    u = units([("d1", "A", "body", "The banned terrorists met.")])
    raw = score_tone(u).iloc[0]
    masks = find_labels(u)[["doc_id", "unit_id", "start", "end"]]
    masked = score_tone(u, masks).iloc[0]
    assert raw < -0.3 and masked == pytest.approx(0.0)


def test_tone_by_group_and_actor_with_cap():
    u = units([("d1", "A", "body", "Pakistan welcomed the wonderful agreement."),
               ("d1", "A", "body", "Pakistan praised the great progress."),
               ("d2", "B", "body", "Pakistan condemned the horrible attack."),
               ("d2", "B", "body", "The weather was mild.")])
    m = actor_mentions(u)
    s = actor_sentences(u, m, "outlet")
    assert len(s) == 3 and set(s.actor) == {"pakistan_state"}
    s["tone"] = score_tone(s)
    t = actor_tone(s, "outlet", n_boot=200).set_index("outlet")
    assert t.loc["A", "mean_tone"] > 0 > t.loc["B", "mean_tone"]
    assert t.loc["A", "n_sentences"] == 2 and t.loc["B", "n_articles"] == 1
    capped = actor_sentences(u, m, "outlet", max_per_cell=1, seed=3)
    assert len(capped) == 2 and capped.set_index("outlet").loc["A", "n_in_cell"] == 2
    with pytest.raises(ValueError, match="tone"):
        actor_tone(s.drop(columns="tone"), "outlet")


def test_actor_tone_interval_resamples_articles():
    """Ten sentences of one article are one editorial choice: the interval resamples the articles (issue 12bf-i)."""
    s = pd.DataFrame({"doc_id": ["d1"] * 10 + ["d2"] * 10 + ["d3"] * 3, "unit_id": range(23),
                      "outlet": ["A"] * 20 + ["B"] * 3, "actor": "x",
                      "tone": [0.8] * 10 + [-0.6] * 10 + [0.1, 0.2, 0.3]})
    t = actor_tone(s, "outlet", n_boot=500).set_index("outlet")
    a = t.loc["A"]
    assert a["mean_tone"] == pytest.approx(0.1) and a["n_sentences"] == 20 and a["n_articles"] == 2
    # since issue 12bg-i3 the t interval over the articles; with two (1 degree of freedom: 0.1 -/+ 12.7 * 0.7, all
    # of [-1, 1]) no interval; the percentile bootstrap gave the two articles' tones, [-0.6, 0.8]
    assert np.isnan(a["ci_low"]) and np.isnan(a["ci_high"])
    b = t.loc["B"]
    assert b["mean_tone"] == pytest.approx(0.2) and np.isnan(b["ci_low"]) and np.isnan(b["ci_high"])  # one article
    with pytest.raises(ValueError, match="doc_id"):
        actor_tone(s.drop(columns="doc_id"), "outlet")


def test_permutation_test_refuses_one_article_per_group():
    r = permutation_test([1, 2, 3, 4], ["A", "A", "B", "B"], ["d1", "d1", "d2", "d2"])
    assert np.isnan(r["p_value"]) and "single article" in r["note"]


def test_permutation_test_detects_a_clear_group_difference():
    rng = np.random.default_rng(0)
    docs = [f"d{i}" for i in range(12) for _ in range(5)]
    groups = ["A" if int(d[1:]) < 6 else "B" for d in docs]
    values = [(1.0 if g == "A" else -1.0) + rng.normal(0, 0.1) for g in groups]
    r = permutation_test(values, groups, docs, n_perm=499, seed=1)
    assert r["p_value"] < 0.01
    # no difference: p is not small
    r0 = permutation_test(rng.normal(0, 1, len(docs)), groups, docs, n_perm=499, seed=1)
    assert r0["p_value"] > 0.05
    assert r == permutation_test(values, groups, docs, n_perm=499, seed=1)


def test_permutation_test_errors():
    with pytest.raises(ValueError, match="more than one group"):
        permutation_test([1, 2], ["A", "B"], ["d1", "d1"])
    with pytest.raises(ValueError, match="same length"):
        permutation_test([1, 2], ["A"], ["d1", "d2"])
    with pytest.raises(ValueError, match="n_perm"):
        permutation_test([1, 2], ["A", "B"], ["d1", "d2"], n_perm=0)


def test_name_variants():
    u = units([("d1", "A", "body", "The TTP and the Pakistani Taliban and the TTP.")])
    v = name_variants(actor_mentions(u), "outlet")
    assert list(zip(v.variant, v["count"])) == [("TTP", 2), ("Pakistani Taliban", 1)]
