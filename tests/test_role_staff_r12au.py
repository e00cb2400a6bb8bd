"""Review r12au of issue 12au-b (:mod:`helpers.measures.role_staff` and its hooks in the role reader): defects found on
invented inputs the round's tests did not cover. Every sentence and name is invented."""

import pytest

from helpers.measures import role_staff as RS
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, sents, phrase):
    tagger.reset()
    for s in sents:
        tagger.learn(s)
    return tagger.role(phrase)[0]


@pytest.mark.parametrize(
    "body",
    [
        "the anti-corruption Commission",  # a government's bodies named in lower case, a cause word before them
        "the human-rights Commission",
        "the pro-government Militia",  # a violent head noun
    ],
)
def test_kind_before_name_not_a_government_or_armed_body(tagger, body):
    assert RS.kind_before_name(body, tagger._body_role) == ""


@pytest.mark.parametrize(
    "phrase, role",
    [
        ("Ann Lee, chairman of the anti-corruption Commission", "official"),
        # issue 12aw-l: "militia" is a military/police noun (like "militants"), still not advocacy
        ("Ann Lee, head of the pro-government Militia", "military_police"),
        # unchanged positives of issue 12au-b
        ("Ann Lee, director at the nonprofit group Families First", "activist_advocacy"),
        ("Ann Lee, chief counsel at the nonprofit Open Door Now", "activist_advocacy"),
    ],
)
def test_phrase_roles_government_bodies(tagger, phrase, role):
    assert _role(tagger, [], phrase) == role


@pytest.mark.parametrize(
    "phrase, role",
    [
        # rule (c) of issue 12au-b holds only "when the body is otherwise unknown": a body typed by its own noun keeps
        # the title's role whatever its relative clause says
        ("Ann Lee, director of the Bureau, which represents the state in court", "official"),
        ("Ann Lee, head of the Public Defender Office, which represents poor clients", "official"),
        # unchanged positives
        ("Ann Lee, executive director of Harbor Voice, which opposes the rent rule", "activist_advocacy"),
        ("Ann Lee, executive director of Harbor Voice, which supports the rule", "activist_advocacy"),
    ],
)
def test_relative_clause_only_of_an_unknown_body(tagger, phrase, role):
    assert _role(tagger, [], phrase) == role


@pytest.mark.parametrize(
    "phrase, role",
    [
        # the rule of issue 12au-b is of a person whose staff title makes him or her an official (or a politician by
        # "president"); a title before the name gives its own role, which a staff title after it does not undo
        ("Sen. Ann Lee, founder of the nonprofit Open Door Now", "politician"),
        ("Gov. Ann Lee, president of the conservative Club for Thrift", "politician"),
        # unchanged positives: the role comes from the staff title
        ("Ann Lee, president of the conservative Club for Thrift", "activist_advocacy"),
        ("Ann Lee, founder of the nonprofit Open Door Now", "activist_advocacy"),
    ],
)
def test_title_before_the_name_stands(tagger, phrase, role):
    assert _role(tagger, [], phrase) == role


def test_no_expression_compiled_per_body():
    """A long article names thousands of bodies: the clause and apposition checks compile nothing per body (each new
    body cost a compile of the whole alternation, about 1 ms, on fd93498), and answer as before."""
    import re

    re.purge()
    for i in range(300):
        body = f"Harbor Voice {i}"
        assert RS.advocates_after(f", the founder of {body}, which supports a path to citizenship", body)
        assert not RS.advocates_after(f", the founder of {body}, which makes solar panels", body)
        assert RS.described_in_phrase(body, f"Ann Lee, director for {body}, an advocacy group for tenants")
        assert not RS.described_in_phrase(body, f"Ann Lee, director for {body}, a consulting group")
    assert len(getattr(re, "_cache", {})) < 100


@pytest.mark.parametrize(
    "text, body, found",
    [
        (", head of the Fair Rent Now, which opposes the plan", "Fair Rent Now", True),
        (", head of The Fair Rent Now, which opposes the plan", "the Fair Rent Now", True),
        (", head of Fair Rent, and of Fair Rent Now, which opposes the plan", "Fair Rent", False),
        (", head of Fair Rent Now and Fair Rent, which opposes the plan", "Fair Rent", True),
        ("", "Fair Rent", False),
    ],
)
def test_advocates_after_occurrences(text, body, found):
    assert RS.advocates_after(text, body) is found


def test_listed_groups_linear_in_a_long_token(tagger):
    """A sentence with "group" and a long unbroken capitalised token (unsplit data in a huge article): the search for
    "X, another group" starts only at words (on fd93498 it tried every letter: 8,000 letters took seconds)."""
    import time

    sentence = "The " + "A" * 20_000 + " is a group."
    t0 = time.perf_counter()
    assert not list(RS.listed_groups(sentence, tagger.phrase_role))
    assert time.perf_counter() - t0 < 2.0


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Cy Moss, head of Color of Thrift, another group urging firms to quit, spoke.", ["Color of Thrift"]),
        ("Voice of Tenants, another group urging reform, spoke.", ["Voice of Tenants"]),
        ("Ann Lee, head of Lee and Ray, a consulting group, spoke.", []),
    ],
)
def test_listed_groups_unchanged(tagger, sentence, names):
    assert list(RS.listed_groups(sentence, tagger.phrase_role)) == names
