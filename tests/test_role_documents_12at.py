"""Issue 12au-c: a document named after a body whose name holds a joining word ("a Department of Education study").

The reader cuts a source phrase's head at its first preposition or "and"; inside a body's name ("Department of
Education", "NBC News and The Harbor Journal") that cut made the body the head although the document noun is
(protocol item 7: "a Justice Department report" is a document). Every phrase below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _READER, _role

from helpers.measures import role_forms as F
from helpers.measures.role_documents import named_body_document


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main b1b6a63: official, expert or journalist_media)
        ([], "A 2011 Norland Department of Education study", "document"),
        ([], "a 2011 U.S. Department of Education study", "document"),
        ([], "a new Department of Justice memo", "document"),
        ([], "a Bureau of Farm Statistics report", "document"),
        ([], "the Department of Justice's 2016 report", "document"),
        ([], "The Department of Harbor Security's data", "document"),
        ([], "an Office of Management and Budget analysis released Tuesday", "document"),
        ([], "a 2019 Department of Education study of rural students", "document"),
        ([], "A recent Norland News and Harbor Journal poll", "document"),
        ([], "One Department of Justice-funded study", "document"),
        ([], "a University of Norland survey", "document"),
        ([], "a Center for Harbor Policy analysis", "document"),
        # already right on main (no joining word, or the document first)
        ([], "A Justice Department report", "document"),
        ([], "a report by Ann Lee", "document"),
        ([], "a study by the Department of Education", "document"),
        # near-misses that must not change
        ([], "the Secretary of State's statement", "politician"),
        ([], "the Department of Justice statement", "official"),
        ([], "Director of the Survey Office Ann Lee", "official"),
        ([], "the author of the report, Ann Lee", "expert"),
        ([], "the Department of Education", "official"),
        ([], "a Department of Education spokesman", "official"),
        ([], "Ann Lee, a Department of Education report author", "official"),
        ([], "the Norland Department of Education officials", "official"),
    ],
)
def test_named_body_document(sentences, phrase, role):
    assert _role(sentences, phrase) == role


@pytest.mark.parametrize(
    "phrase",
    [
        "Opponents of Norland's strict immigration law",  # a group capitalised as the first word
        "the author of the report",  # a lower-case word after the joining word
        "the Department of Education",  # no noun after the name
        "Ann Lee, head of the Department of Education study group",  # a comma before the name
        "the Secretary of State's statement",  # 'statement' is no document noun of the lexicon
    ],
)
def test_not_read(phrase):
    assert not named_body_document(phrase, _READER._hits, F.HEAD_SPLIT)


def _fastest(phrase):  # the fastest of three runs: one run slowed by a busy machine does not decide
    import time
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        named_body_document(phrase, _READER._hits, F.HEAD_SPLIT)
        times.append(time.perf_counter() - t0)
    return min(times)


def test_initials_do_not_backtrack_exponentially():
    # each "A." could be read two ways as a capitalised word: 2**n tries when the tail fails (24 -> tens of seconds)
    assert _fastest("a Department of " + " ".join(["A."] * 24) + " x Y") < 1.0


def test_long_name_chain_work_is_linear():
    # every joining word was tried as the one inside the name (n starts, each scanning the rest: quadratic)
    small, big = "the " + " ".join(["Baz of Foo"] * 200), "the " + " ".join(["Baz of Foo"] * 800)
    assert _fastest(big) < 10 * max(_fastest(small), 1e-3)  # 4x the phrase: far from 16x (quadratic)


def test_run_of_particles_work_is_linear():
    # "the", "de", "la" may sit inside a name; a run of them was tried as name and as tail at every word (quadratic)
    small, big = "a Baz of Foo " + " ".join(["the"] * 250) + " Y", "a Baz of Foo " + " ".join(["the"] * 1000) + " Y"
    assert _fastest(big) < 10 * max(_fastest(small), 1e-3)  # 4x the phrase: far from 16x (quadratic)
