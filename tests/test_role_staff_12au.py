"""Issue 12au-b: staff of bodies the text says are advocacy groups (:mod:`helpers.measures.role_staff`). Every sentence
and name is invented."""

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
    "phrase, role",
    [
        # positives: a source phrase that says what the body is (official or politician on main)
        ("Ann Lee, the managing director for Bright Harbor, an advocacy group for tenants", "activist_advocacy"),
        ("Ann Lee, director at the nonprofit group Families First", "activist_advocacy"),
        ("Ann Lee, president of the conservative Club for Thrift", "activist_advocacy"),
        ("Ann Lee, executive director of Harbor Voice, which opposes the rent rule", "activist_advocacy"),
        # a control (advocacy on main too) and negatives: near-misses that keep their role
        ("Ann Lee, chief counsel at the nonprofit Open Door Now", "activist_advocacy"),
        ("Ann Lee, the CEO of Acme Corp.", "official"),
        ("Ann Lee, the chief executive of Norland Mining Company", "official"),
        ("Ann Lee, the House Ethics Committee's chief counsel", "official"),
        ("Ann Lee, executive director of the Norland Dairy Board", "official"),
        ("Ann Lee, the president of Norland University", "expert"),
        ("Ann Lee, a senior fellow at the conservative Lakeside Institute", "expert"),
        ("Ann Lee, the CEO of Harbor Rising", "official"),  # a body named bare: no statement of its kind (12ax-a: "Harbor Action" now advocacy by its head word)
        ("Ann Lee, the managing director for Bright Harbor, a consulting group", "official"),
        ("Ann Lee, executive director of Harbor Labs, which makes solar panels", "official"),
    ],
)
def test_phrase_roles(tagger, phrase, role):
    assert _role(tagger, [], phrase) == role


ARTICLES = {
    "Lee": ["Ann Lee, president of the conservative Club for Thrift, spoke on Monday."],
    "Kay": ["Ben Kay, the founder of Harbor Voice, which supports a path to citizenship for tenants, spoke too."],
    "Moss": ["Cy Moss, executive director of Color of Thrift, another group urging firms to quit, was there."],
    "Rao": ["Dee Rao, director of the nonprofit Tenants First organization that backed the suit, agreed."],
    "Ward": ["Eli Ward, the CEO of Acme Corp., disagreed."],
    "Park": ["Flo Park, the staff director of the House Ethics Committee, declined to comment."],
    "Hale": ["Gus Hale, executive director of Harbor Rising, did not reply."],
    "Marr": ["Ida Marr, the founder of Harbor Labs, which makes solar panels, did not reply."],
}


@pytest.mark.parametrize(
    "name, role",
    [
        # positives (official on main)
        ("Lee", "activist_advocacy"),
        ("Kay", "activist_advocacy"),
        ("Moss", "activist_advocacy"),
        ("Rao", "activist_advocacy"),
        # negatives: roles as on main
        ("Ward", "official"),
        ("Park", "politician"),  # a legislature's committee (main's role; no advocacy)
        ("Hale", "official"),  # a body named bare
        ("Marr", "official"),  # a relative clause that is no advocacy
    ],
)
def test_article_roles(tagger, name, role):
    assert _role(tagger, ARTICLES[name], name) == role


@pytest.mark.parametrize(
    "body, role",
    [
        ("the nonprofit group Families First", "activist_advocacy"),
        ("the conservative Club for Thrift", "activist_advocacy"),
        ("the advocacy group Open Door", "activist_advocacy"),
        ("the anti-tax group Norland Taxpayers Union", "activist_advocacy"),
        ("the nonprofit Council for Fair Rent", "activist_advocacy"),
        ("the conservative Lakeside Institute", ""),
        ("the conservative Harbor Foundation", ""),
        ("the nonprofit Harbor Foundation", "activist_advocacy"),
        ("the liberal think tank Data Forward", ""),
        ("the conservative Supreme Court", ""),
        ("the state Department of Health", ""),
        ("Acme Corp.", ""),
    ],
)
def test_kind_before_name(tagger, body, role):
    assert RS.kind_before_name(body, tagger._body_role) == role


def test_described_in_phrase():
    assert RS.described_in_phrase("Bright Harbor", "Ann Lee, director for Bright Harbor, an advocacy group for tenants")
    assert RS.described_in_phrase("Bright Harbor", "Ann Lee, director for Bright Harbor, a nonprofit organization")
    assert not RS.described_in_phrase("Bright Harbor", "Ann Lee, director for Bright Harbor, a consulting group")
    assert not RS.described_in_phrase("Bright Harbor", "Ann Lee, director for Bright Harbor, a militant rights group")


def test_advocates_after():
    assert RS.advocates_after(", the founder of Harbor Voice, which supports a path to citizenship", "Harbor Voice")
    assert RS.advocates_after(", head of Fair Rent Now, which opposes the plan", "Fair Rent Now")
    assert not RS.advocates_after(", head of 99 Steps, which since its founding has trained 500 people", "99 Steps")
    assert not RS.advocates_after(", the founder of Harbor Labs, which makes solar panels", "Harbor Labs")


def test_listed_groups(tagger):
    found = list(RS.listed_groups("New groups like Run Ahead and Civic Path train first-time candidates.",
                                  tagger.phrase_role))
    assert found == ["Run Ahead", "Civic Path"]
    assert list(RS.listed_groups("Cy Moss, head of Color of Thrift, another group urging firms to quit, spoke.",
                                 tagger.phrase_role)) == ["Color of Thrift"]
    assert not list(RS.listed_groups("Militant groups like Red Dawn claimed the attack.", tagger.phrase_role))
    assert not list(RS.listed_groups("News organizations such as the Harbor Times asked for the files.",
                                     tagger.phrase_role))
    assert not list(RS.listed_groups("Ann Lee, head of Lee and Ray, a consulting group, spoke.", tagger.phrase_role))
