"""Issue 12be-a: a role stated in a sentence-initial "As a <role noun phrase> of/at X," ("As a professor of economics
at Yale, Ms. Lee said ...", also before "he"/"she" resolved to a name) or with a copula and an activist's noun ("Kim
Park is an advocate for renters", weak). Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures.role_as import activist_copula, tail_ok
from helpers.measures.source_roles import RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions


@pytest.fixture(scope="module")
def roles():
    return load_roles()


@pytest.fixture(scope="module")
def tagger(roles):
    return RoleTagger(roles)


def _role(tagger, sents, name):
    tagger.reset()
    for s in sents:
        tagger.learn(s)
    tagger.learn_epithets(sents)
    return tagger.role(name)


@pytest.mark.parametrize(
    "sents, name, role",
    [
        # positives (each `unknown` on main b5b6e61)
        (["As a professor of economics at Dunmore University, Ms. Brill said the tariffs would hurt farmers."],
         "Ms. Brill", "expert"),
        (["As mayor of Dunmore, Ivo Marek has pushed for new housing.", "Marek said the plan would work."], "Marek",
         "politician"),
        (["As the director of the Lake Policy Institute, Tova Brill said the plan was bad."], "Tova Brill", "expert"),
        (["As the head of the Dunmore teachers union, Ivo Marek has fought the plan.", "Marek said it was bad."],
         "Marek", "activist_advocacy"),
        (["\u201cAs a member of the city council, Ivo Marek voted no.", "Marek said it was bad."], "Marek",
         "politician"),
        # review r12be2: a participle used as an adjective inside the tail ("of applied economics") is no verb
        (["As a professor of applied economics at Dunmore University, Tova Brill said prices would rise."],
         "Tova Brill", "expert"),
        # kept from main: a role noun before the comma, with no tail, anywhere in the sentence
        (["Now, facing his biggest fight yet as a candidate for president, Ivo Marek is grappling with it.",
          "Marek said the plan would work."], "Marek", "politician"),
        # the copula with an activist's noun (weak)
        (["Kim Park is an advocate for renters.", "Park said the rents are too high."], "Park", "activist_advocacy"),
        (["Tova Brill is an organizer with the Dunmore Tenants Union.", "Brill said it was bad."], "Brill",
         "activist_advocacy"),
        (["Tova Brill has been a campaigner for clean air.", "Brill said it was bad."], "Brill", "activist_advocacy"),
    ],
)
def test_as_and_copula_read(tagger, sents, name, role):
    assert _role(tagger, sents, name) == (role, "article")


@pytest.mark.parametrize(
    "sents, name",
    [
        # near-misses that must stay `unknown`
        (["As the senator from Norland spoke, Tova Brill said the plan was bad."], "Tova Brill"),
        (["Lawmakers met on Monday, and as a professor of law at Dunmore, Tova Brill said it was bad."],
         "Tova Brill"),  # not sentence-initial: a tail is read only there
        (["As a result of the vote, Tova Brill said the plan was dead."], "Tova Brill"),
        (["As his campaign against Ivo Marek heats up, Tova Brill said the plan was dead."], "Tova Brill"),
        (["As a child of immigrants, Tova Brill said she knew the cost."], "Tova Brill"),
        (["Tova Brill is a longtime advocate of lower taxes.", "Brill said it was bad."], "Brill"),
        (["Tova Brill is a strong advocate for the plan.", "Brill said it was bad."], "Brill"),
        (["Tova Brill is an advocate.", "Brill said it was bad."], "Brill"),
        (["Tova Brill is a vocal activist.", "Brill said it was bad."], "Brill"),
        (["Tova Brill is not an activist.", "Brill said it was bad."], "Brill"),
        (["Tova Brill was an organizer for the union in her youth.", "Brill said it was bad."], "Brill"),  # a past
        (["Tova Brill is a big fan of the team.", "Brill said it was bad."], "Brill"),
        (["Tova Brill is the reason the plan failed.", "Brill said it was bad."], "Brill"),
    ],
)
def test_as_and_copula_not_read(tagger, sents, name):
    assert _role(tagger, sents, name)[0] == "unknown"


def test_weak_activist_loses_to_a_title(tagger):
    sents = ["Tova Brill is an advocate for renters.", "Sen. Tova Brill said it was bad.", "Brill said more."]
    assert _role(tagger, sents, "Brill")[0] == "politician"


def test_ordinary_noun_after_as_gives_no_person_role(tagger):
    assert _role(tagger, ["As a parent of two, Tova Brill said the schools failed."], "Tova Brill")[0] in (
        "unknown", "ordinary_person")


def test_tail_and_copula_helpers():
    assert tail_ok(" of economics at Dunmore")
    assert not tail_ok(" from Norland spoke")
    assert not tail_ok(" of the city walked")
    assert not tail_ok(" with former Vice President Ivo Marek heats up")
    assert tail_ok(" of economics at Dunmore University and the Lake Institute")
    assert tail_ok(" of the Dunmore teachers union")
    assert not tail_ok(" from Norland speaks")
    assert tail_ok(" of applied economics at Dunmore") and tail_ok(" at a licensed clinic in Dunmore")
    assert not tail_ok(" of the union addressed the crowd") and not tail_ok(" of the board stepped down")
    assert not tail_ok(" at the plant finished")
    assert activist_copula("", "advocate", " for renters")
    assert not activist_copula("", "advocate", " of lower taxes")
    assert not activist_copula("longtime ", "activist", " in Dunmore")
    assert not activist_copula("", "activists", "")
    assert not activist_copula("", "activist", " in the movement", " was ")


def _rows(paras):
    return pd.DataFrame([dict(doc_id="d1", unit_id=i, outlet="X", text=p, role="body", paragraph_id=i)
                         for i, p in enumerate(paras)])


def test_as_before_a_resolved_pronoun(roles):
    out = extract_attributions(_rows(["Tova Brill spoke on Monday.", "As a professor of economics at Dunmore "
                                      "University, she said the tariffs would hurt farmers."]), roles=roles)
    row = out[out["source"] == "she"].iloc[0]
    assert (row["source_resolved"], row["role"]) == ("Tova Brill", "expert")


def test_as_parent_before_a_pronoun_gives_nothing(roles):
    out = extract_attributions(_rows(["Tova Brill spoke on Monday.", "As a parent, she said the schools were "
                                      "failing."]), roles=roles)
    assert out[out["source"] == "she"].iloc[0]["role"] == "unknown"


def test_tailed_pattern_reads_no_possessive_pronoun(tagger):
    from helpers.measures.role_as import as_names
    sentence = "As his deputy director of the Norland Energy Office, Tova Brill named Ivo Marek."
    assert list(as_names(sentence, tagger._as_name, tagger.phrase_role, tagger._head_role)) == []
    sentence = "As the deputy director of the Norland Energy Office, Tova Brill named Ivo Marek."
    assert [r[:2] for r in as_names(sentence, tagger._as_name, tagger.phrase_role, tagger._head_role)] == [
        ("Tova Brill", "official")]
    assert list(as_names("As president of the Border Council, I represent 9,000 agents.", tagger._as_name,
                         tagger.phrase_role, tagger._head_role)) == []
