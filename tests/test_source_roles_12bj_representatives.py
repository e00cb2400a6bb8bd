"""Issue 12bj-r: representatives of one person of a group, of a company, and "rep" written out in lower case speak
for their principal (spokespeople), while legislators, delegates of places and representatives of unions, parties
and governments keep their role. Every sentence below is invented.
"""

import pytest

from helpers.measures.role_titles import names_principal, representative_of_person
from helpers.measures.source_roles import RoleTagger, load_roles

_READER = RoleTagger(load_roles())


def _role(sentences, phrase):
    """What the reader makes of ``phrase`` after ``sentences`` (one article)."""
    _READER.reset()
    list(map(_READER.learn, sentences))
    role, _basis = _READER.role(phrase, verb="said")
    return role


@pytest.mark.parametrize(
    "phrase",
    [
        "a representative for one of the tenants",
        "a representative for one of the plaintiffs' families",
        "a representative of one of the senators",
        "a representative for the company",
        "No representatives for either company",
        "representatives for each firm",
        "a representative for one of the firms",
        "another representative for the corporation",
        "a rep for the singer",
        "reps for both women",
        "a rep for him",
    ],
)
def test_representatives_speak_for_their_principal(phrase):
    assert _role([], phrase) == "spokesperson"


@pytest.mark.parametrize(
    "phrase, role",
    [
        # legislators and delegates of places
        ("a state representative for the district", "politician"),
        ("a representative for one of the districts", "politician"),
        ("a representative of one of the states", "politician"),
        ("a representative for one of the countries", "politician"),
        ("Rep. for the district", "politician"),
        # bodies that are not companies keep their role
        ("representatives of one of the unions", "politician"),
        ("representatives of both parties", "politician"),
        ("a representative for the government", "politician"),
        ("a representative for one of the agencies", "politician"),
        # a group that is not one person, a company named by its name, other titles before the noun
        ("representatives of the workers", "politician"),
        ("sales reps for the company", "official"),
        ("an aide to representatives of the company", "official"),
    ],
)
def test_other_representatives_keep_their_role(phrase, role):
    assert _role([], phrase) == role


def test_helper_reads_only_its_form():
    assert representative_of_person("a representative for one of the tenants", lambda s: "ordinary_person") == (
        "spokesperson"
    )
    assert representative_of_person("a reporter for the company", lambda s: "official") == ""
    assert representative_of_person("Rep. Ann Lee", lambda s: "politician") == ""


@pytest.mark.parametrize(
    "source, resolved, expected",
    [
        # the principal named by its own noun, resolved to its representative: the principal speaks
        ("The tenant", "a representative for one of the tenants", True),
        ("the singer", "a representative for the singer", True),
        ("that company", "No representatives for either company", True),
        # the representative itself, a pronoun, a name, an unresolved phrase or another noun: left alone
        ("the representative", "a representative for the singer", False),
        ("she", "a representative for the singer", False),
        ("Ann Lee", "a representative for the singer", False),
        ("The tenant", "The tenant", False),
        ("the owner", "a representative for one of the tenants", False),
        ("the tenant", "a spokesman for the tenant", False),
    ],
)
def test_names_principal(source, resolved, expected):
    assert names_principal(source, resolved) is expected
