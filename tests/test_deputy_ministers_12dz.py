"""Round 12dz: a deputy, vice or assistant minister with a portfolio ("Deputy Foreign Minister Ann Lee") is an official,
as "deputy minister" already was (appointed, not the cabinet member); a deputy prime minister or vice premier stays
a politician (source_roles.yaml version 52). Invented names."""
import pytest


@pytest.mark.parametrize("phrase", [
    "Deputy Foreign Minister Ann Lee", "Norland's deputy foreign minister", "Vice Finance Minister Ann Lee",
    "Assistant Foreign Minister Ann Lee", "the deputy defence minister", "Norland's Deputy Foreign Minister for Legal "
    "Affairs Ann Lee",
])
def test_deputy_ministers_with_a_portfolio(role_of, phrase):
    assert role_of(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "Deputy Prime Minister Ann Lee", "the deputy prime minister", "Vice Premier Ann Lee",
    "First Deputy Prime Minister Ann Lee", "Foreign Minister Ann Lee",
])
def test_cabinet_members_stay_politicians(role_of, phrase):
    assert role_of(phrase) == "politician"


def test_a_chief_or_prime_minister_between_stays_a_politician(role_of):
    """The seeds' "deputy economic chief minister of the Taliban" heads a government's economic side (a cabinet member)."""
    assert role_of("Ann Lee, deputy economic chief minister of the Norland government") == "politician"
    assert role_of("the deputy economic prime minister") == "politician"
