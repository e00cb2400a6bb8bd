"""Round 12et: a head title after a body noun in an apposition or a copula takes the body's role, as the same words
read as a phrase do (rounds 12bk-h and 12bl-h2; sentences written for the tests)."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles

ROLES = load_roles()


def role_after(sentences, name):
    t = RoleTagger(ROLES)
    for s in sentences:
        t.learn(s)
    return t.role(name)[0]


@pytest.mark.parametrize("sentence, role", [
    ("“The line is too fast,” said Ana Pike, a local union president in Dorrel.", "activist_advocacy"),
    ("Ana Pike, a nurses union president, said the wards were short of staff.", "activist_advocacy"),
    ("Ana Pike, the association president, said members would vote.", "activist_advocacy"),
    ("Ana Pike, a bank president, said rates would rise.", "official"),
    ("Ana Pike, the company president, said the plant would close.", "official"),
    ("Ana Pike, a college president, said tuition would be frozen.", "expert"),
    ("Ana Pike is the union president and said the strike would go on.", "activist_advocacy"),
])
def test_head_title_after_a_body_noun_takes_the_body_role(sentence, role):
    assert role_after([sentence], "Pike") == role


@pytest.mark.parametrize("sentence, role", [
    ("Ana Pike, the country's president, said the border would open.", "politician"),
    ("Ana Pike, a county board president, said the budget was tight.", "politician"),
    ("Ana Pike, a former state senator, said the plan would fail.", "politician"),
    ("Ana Pike, the union's lawyer, said the contract was void.", "official"),
    ("Ana Pike, a union leader, said the talks had failed.", "activist_advocacy"),
])
def test_other_appositions_keep_their_head_role(sentence, role):
    assert role_after([sentence], "Pike") == role
