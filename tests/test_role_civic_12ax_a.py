"""Issue 12ax-a: heads and staff of bodies whose name's head word marks a non-governmental body
(:mod:`helpers.measures.role_civic`). Every sentence and name is invented."""

import pytest

from helpers.measures import role_civic as RCV
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
    "phrase",
    [
        # positives: official or politician on main
        "Ann Lee, general counsel for the Norland Retail Federation",
        "Harbor Action CEO Ann Lee",
        "Ann Lee, the CEO of Harbor Action",
        "Ann Lee, senior counsel at the Brightwater Fund for Quiet Streets",
        "Ann Lee, chief counsel at the Judicial Fairness Network",
        "Ann Lee, executive director of the Lawyers' Committee for Fair Courts",
        "Ann Lee, general counsel for the Norland Shooting Sports Foundation",
        "Ann Lee, general counsel for the Clean Streets Coalition",
        "Ann Lee, chief counsel at Harbor Rights Watch",
        "Ann Lee, general counsel of the Norland Civic League",
    ],
)
def test_phrase_positives(tagger, phrase):
    assert _role(tagger, [], phrase) == "activist_advocacy"


@pytest.mark.parametrize(
    "phrase, role",
    [
        # near-misses of the unsafe senses: roles as on main
        ("Ann Lee, president of the European Union", "politician"),
        ("European Union President Ann Lee", "politician"),
        ("Ann Lee, chairman of the Norland County Council", "official"),
        ("Ann Lee, director of the National Security Council", "official"),
        ("Ann Lee, chair of the Democratic Governors Association", "politician"),
        ("Ann Lee, executive director of the Committee to Elect Bob Ray", "official"),
        ("Ann Lee, chairman of the House Budget Committee", "politician"),
        ("Ann Lee, director of the International Monetary Fund", "official"),
        ("Ann Lee, commissioner of the National Football League", "official"),
        ("Ann Lee, a spokeswoman for the Harbor Tenants Coalition", "spokesperson"),
        ("Ann Lee, a senior fellow at the Harbor Freedom Foundation", "expert"),
        ("Ann Lee, president of the Norland Fox News Network", "journalist_media"),
        ("Ann Lee, director of the Norland Medical Center", "expert"),
        ("Ann Lee, the CEO of Harbor Rising", "official"),
        # controls: advocacy on main too
        ("Ann Lee, chief counsel for the Open Rivers Project", "activist_advocacy"),
        ("Ann Lee, president of the Norland Growers Association", "activist_advocacy"),
    ],
)
def test_phrase_negatives(tagger, phrase, role):
    assert _role(tagger, [], phrase) == role


ARTICLES = {
    "Hale": ["Gus Hale, executive director of Harbor Action, did not reply."],
    "Moss": ["Cy Moss, the general counsel for the Norland Retail Federation, spoke on Monday."],
    "Park": ["Flo Park, chairman of the Norland County Council, declined to comment."],
    "Ward": ["Eli Ward, president of the Norland Union, spoke."],
}


@pytest.mark.parametrize(
    "name, role",
    [
        ("Hale", "activist_advocacy"),
        ("Moss", "activist_advocacy"),  # a control (advocacy on main: the article's staff body)
        ("Park", "official"),
        ("Ward", "activist_advocacy"),  # a control: the lexicon's "union" (as on main)
    ],
)
def test_article_roles(tagger, name, role):
    assert _role(tagger, ARTICLES[name], name) == role


@pytest.mark.parametrize(
    "body, head",
    [
        ("the National Tenants Association", "Association"),
        ("Harbor Rising Action ", "Action"),
        ("the Brightwater Fund for Quiet Streets", "Fund"),
        ("the Committee to Protect Reporters", "Committee"),
        ("the European Union", ""),
        ("the Food Network", ""),
        ("the Committee to Elect Ann Lee", ""),
        ("the House Ethics Committee", ""),
        ("the Federal Credit Union", ""),
        ("Action", ""),
        ("the Norland City Council", ""),
        ("the Norland Project on Climate Change", ""),  # restricted after the first read: a research project
        ("the Norland Development Fund", ""),  # the yaml's "Fund" exclusions
    ],
)
def test_civic_head(body, head):
    assert RCV.civic_head(body) == head
