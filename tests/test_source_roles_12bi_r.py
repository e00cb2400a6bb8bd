"""Issue 12bi-r: an official or officer of an armed service ("military officials", "an Army officer") is military or
police, as "police officials" and "military spokesman" already are; before, the last noun ("official", "officer")
made them officials. Negatives: civilian defence officials, other military nouns with a role of their own, and the
charity whose name ends in "Army". Every sentence is invented."""

import pytest


@pytest.mark.parametrize(
    "phrase",
    [
        # positives (main b7cc21f: official)
        "Military officials",
        "Norlandian military officials",
        "A former senior military official",
        "a military officer",
        "the country's top military officer",
        "an Army officer",
        "Army officials",
        "Navy officials",
        "an Air Force officer",
        "a Marine Corps official",
        "Coast Guard officials",
        "a National Guard officer",
        "military intelligence officials",
        "Ivo Marek, a retired Navy officer",
    ],
)
def test_armed_service_officials_12bi_r(role_of, phrase):
    assert role_of(phrase) == "military_police"


@pytest.mark.parametrize(
    "phrase, role",
    [
        # negatives: roles unchanged
        ("defense officials", "official"),
        ("a ministry of defence official", "official"),
        ("Salvation Army officials", "official"),
        ("a military historian", "expert"),
        ("a military analyst", "expert"),
        ("an army spokesman", "spokesperson"),
        ("a military spokesman", "military_police"),
        ("police officials", "military_police"),
        ("a security official", "official"),
        ("Ivo Marek, a loan officer", "official"),
        ("Ivo Marek, the chief financial officer", "official"),
        ("Ivo Marek, an election official", "official"),
    ],
)
def test_other_officials_unchanged_12bi_r(role_of, phrase, role):
    assert role_of(phrase) == role


def test_name_keeps_service_role_12bi_r(role_of):
    assert role_of("Marek", ["Ivo Marek, a senior military official, spoke to reporters."]) == "military_police"
    assert role_of("Marek", ["Ivo Marek, an Army officer, arrived."]) == "military_police"
    assert role_of("Marek", ["Ivo Marek, a defense official, arrived."]) == "official"
