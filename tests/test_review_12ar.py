"""Fixes made by the integrator while merging issue 12ar's rounds (2026-12-02). Every sentence below is invented."""

from __future__ import annotations

from test_review_12aq import _resolved


def test_a_pronoun_resolved_to_an_unnamed_group_keeps_the_groups_anonymous_role():
    # found by issue 12ar-d: the pronoun's own "unknown" overwrote the group's "anonymous"
    att = _resolved(
        [
            "Opponents of the measure argued that it would raise rents.",
            "They said tenants would be pushed out of the city.",
        ]
    )
    assert att["source"].tolist() == ["Opponents of the measure", "They"]
    assert att["role"].tolist() == ["anonymous", "anonymous"]
    assert att["identity"].tolist() == ["unnamed", "unnamed"]


def test_a_pronoun_resolved_to_a_stated_role_keeps_that_role_and_an_unresolved_one_stays_unknown():
    att = _resolved(["Ann Lee, a nurse at the clinic, said the wait was long.", "She said staff were tired."])
    assert att["role"].tolist() == ["ordinary_person", "ordinary_person"]
    att = _resolved(["The wait was long.", "She said staff were tired."])
    assert att["role"].tolist() == ["unknown"]
