"""Rounds 12cf and 12cf-2: "others" set against a quantified group of its own sentence takes the group's role ("Some
Democrats ..., but others agreed": politician). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.measures.role_contrast import CONTRAST_BASIS, contrast_roles
from helpers.measures.source_roles import RoleTagger, load_roles
from tests._attribution_rows import row_of


@pytest.mark.parametrize("sentences, verb, role", [
    (("Some Norland senators praised the budget, but others warned that it was too small.",), "warned", "politician"),
    (("Some legal experts call the ruling sound, but others say it is murky.",), "say", "expert"),
    (("A few local teachers backed the plan; still others argued it came too late.",), "argued", "ordinary_person"),
    (("Several studies found a link, while others suggest the link is weak.",), "suggest", "document"),
    (("Many lawmakers back the bill, while others say it goes too far.",), "say", "politician"),
])
def test_others_take_the_role_of_the_group_they_are_set_against(sentences, verb, role):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == role and row["role_basis"] == CONTRAST_BASIS


@pytest.mark.parametrize("sentences, verb", [
    (("Some of the issues were old, and others said nothing had changed.",), "said"),  # no role in the group
    (("The council met on Monday.", "Others said the meeting was short."), "said"),  # no quantified group
    (("Some Norland senators praised the budget.", "The mayor spoke next.", "Others warned that it was small."),
     "warned"),  # two sentences back: too far
    (("Some Norland officials say the plan is safe.", "Yet others contend that it is not."), "contend"),  # round
    # 12cf-2: a group in the sentence before is not read (the others may be the officials' critics)
])
def test_others_with_no_contrasting_group_stay_an_unnamed_group(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == "anonymous" and row["role_basis"] == "unnamed_group"


def test_a_named_group_keeps_its_own_role():
    row = row_of("Some Norland senators praised the budget, but city officials warned that it was too small.",
               verb="warned")
    assert row["role"] == "official" and row["role_basis"] != CONTRAST_BASIS


def test_contrast_roles_reads_only_unnamed_group_rows():
    tagger = RoleTagger(load_roles())
    units = {"d": {0: "Some Norland senators praised the budget, but others warned."}}
    roles, bases = contrast_roles(["d", "d"], [0, 0], ["others", "others"], ["others", "others"], [52, 52],
                                  ["anonymous", "unknown"], ["unnamed_group", ""], tagger, units)
    assert roles == ["politician", "unknown"] and bases == [CONTRAST_BASIS, ""]
