"""The article's usual role for a speaker whose role the rules cannot read (issue 12aa-r,
``helpers/measures/role_prior.py``). Sentences written for the tests."""
import pandas as pd
import pytest
from test_sourcing import units

from helpers.measures.role_prior import PRIOR_BASIS, article_majority, fill_unknown
from helpers.measures.sourcing import extract_attributions


def test_majority_counts_stated_roles_only():
    roles = ["politician", "unknown", "document", "document", "anonymous", "expert", "politician"]
    bases = ["phrase", "", "phrase", "phrase", "anonymity", "article", "article"]
    assert article_majority(roles, bases) == "politician"


def test_majority_tie_goes_to_the_first_role_of_the_article():
    assert article_majority(["expert", "official", "official", "expert"], ["phrase"] * 4) == "expert"


@pytest.mark.parametrize("roles, bases", [
    ([], []),
    (["unknown", "document", "anonymous"], ["", "phrase", "anonymity"]),
    (["journalist_media"], ["author"]),  # the author's own "I wrote" says nothing of the speakers
    (["politician"], [PRIOR_BASIS]),  # a guess never votes
])
def test_no_stated_role_gives_no_majority(roles, bases):
    assert article_majority(roles, bases) == ""


def test_fill_unknown_per_article():
    docs = ["a", "b", "a", "b", "c"]
    roles = ["official", "unknown", "unknown", "expert", "unknown"]
    bases = ["phrase", "", "", "article", ""]
    out, how = fill_unknown(docs, roles, bases)
    assert out == ["official", "expert", "official", "expert", "unknown"]  # article c has no stated role
    assert how == ["phrase", PRIOR_BASIS, PRIOR_BASIS, "article", ""]


def test_fill_unknown_rejects_sequences_of_other_lengths():
    with pytest.raises(ValueError):
        fill_unknown(["a"], ["unknown", "expert"], [""])


def _roles(sentences, guess_roles=True):
    a = extract_attributions(units(sentences), guess_roles=guess_roles)
    return dict(zip(a["source_resolved"].where(a["source_resolved"] != "", a["source"]), zip(a["role"], a["role_basis"])))


def test_a_name_without_a_role_takes_the_articles_usual_role():
    got = _roles([
        "Sen. Ann Vale said the bill would pass.",
        "Rep. Tom Ruiz said he would vote for it.",
        "Kim Adair said the vote was close.",
    ])
    assert got["Kim Adair"] == ("politician", PRIOR_BASIS)
    assert got["Sen. Ann Vale"] == ("politician", "phrase")


def test_the_guess_is_off_by_default():
    got = _roles(["Sen. Ann Vale said the bill would pass.", "Rep. Tom Ruiz said he would vote for it.",
                  "Kim Adair said the vote was close."], guess_roles=False)
    assert got["Kim Adair"] == ("unknown", "")


def test_stated_roles_are_kept_and_a_lone_unknown_stays():
    got = _roles([
        "A professor at the university said the data were clear.",
        "Mayor Ben Okoro said the city would act.",
        "Professor Lina Ward said so too.",
    ])
    assert got["Mayor Ben Okoro"][0] == "politician"  # a stated role never yields to the majority
    assert _roles(["Kim Adair said the vote was close."])["Kim Adair"] == ("unknown", "")


def test_documents_do_not_decide_the_milieu():
    got = _roles([
        "The report said the river was polluted.",
        "The study found high levels of lead.",
        "Kim Adair said the water tasted odd.",
    ])
    assert got["Kim Adair"] == ("unknown", "")


def test_every_attribution_column_is_kept():
    a = extract_attributions(units(["Sen. Ann Vale said no.", "Kim Adair said yes."]))
    assert isinstance(a, pd.DataFrame) and {"role", "role_basis", "affiliation"} <= set(a.columns)
