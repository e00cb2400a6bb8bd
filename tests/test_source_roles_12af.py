"""Issue 12af-r: outlets and journalists that "reported", "one of" a group as a source, a name before a campaign's
staff title, lexicon additions (polling firms, suppliers, graduates, audience members).

All sentences are invented for these tests.
"""

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_refs import reporting_outlet


@pytest.fixture(scope="module")
def role_of():
    """The role and basis of ``phrase`` after the tagger has read ``sentences`` as one article."""
    tagger = SR.RoleTagger(SR.load_roles())

    def read(sentences, phrase, verb="said"):
        tagger.reset()
        for sentence in sentences:
            tagger.learn(sentence)
        return tagger.role(phrase, verb=verb)

    return read


@pytest.mark.parametrize(
    "sentences, phrase, verb",
    [
        (["As NewsHub reported on Monday, the court received the filing."], "NewsHub", "reported"),
        (["TheLedger reports that the plan failed."], "TheLedger", "reports"),
        (["As Newsline's Ann Lee has reported, the movement is loose."], "Newsline's Ann Lee", "reported"),
    ],
)
def test_a_bare_name_that_reported_is_an_outlet(role_of, sentences, phrase, verb):
    assert role_of(sentences, phrase, verb) == ("journalist_media", "verb")


@pytest.mark.parametrize(
    "sentences, phrase, verb, role",
    [
        (["NewsHub said the plan failed."], "NewsHub", "said", SR.ROLE_UNKNOWN),  # not a reporting verb
        (["Norland reported 300 new cases."], "Norland", "reported", SR.ROLE_UNKNOWN),  # a plain word: a country too
        (["She reported the theft."], "She", "reported", SR.ROLE_UNKNOWN),
        (
            ["Ann Ledger saw the crash.", "Ledger reported it to police."],
            "Ledger",
            "reported",
            SR.ROLE_UNKNOWN,
        ),  # a surname
        (["Gov. Ann Ledger spoke.", "Ledger reported a surplus."], "Ledger", "reported", "politician"),  # a stated role
        (
            ["Officials in Norland met.", "Norland reported 300 new cases."],
            "Norland",
            "reported",
            "official",
        ),  # a place
        (["Ann Lee reported the theft."], "Ann Lee", "reported", SR.ROLE_UNKNOWN),  # a full name with no possessive
    ],
)
def test_reporting_outlet_negatives(role_of, sentences, phrase, verb, role):
    assert role_of(sentences, phrase, verb)[0] == role


def test_reporting_outlet_function():
    assert reporting_outlet("TheLedger", "reported", set())
    assert not reporting_outlet("TheLedger", "reported", {"theledger"})
    assert not reporting_outlet("Ledger", "reported", set())
    assert not reporting_outlet("Ledger", "wrote", set())
    assert not reporting_outlet("the crowd outside", "reported", set())


@pytest.mark.parametrize(
    "phrase, role",
    [
        ("One of its suppliers, Vantor", "official"),
        ("Two of the senators", "politician"),
        ("some of his aides", "official"),
    ],
)
def test_one_of_a_group_takes_the_group_role(role_of, phrase, role):
    assert role_of([], phrase)[0] == role


@pytest.mark.parametrize("phrase", ["one of them", "One of the most important questions"])
def test_one_of_without_a_role_noun(role_of, phrase):
    assert role_of([], phrase)[0] in (SR.ROLE_UNKNOWN, "document", "anonymous")
    assert role_of([], "one of them")[0] == SR.ROLE_UNKNOWN


@pytest.mark.parametrize(
    "sentences",
    [
        ["Varga campaign manager Ann Lee spoke to donors.", "Varga said the race was close."],
        ["Ann Lee, a Varga 2024 campaign spokeswoman, spoke.", "Varga said the race was close."],
    ],
)
def test_a_name_before_a_campaign_staff_title_is_a_candidate(role_of, sentences):
    assert role_of(sentences, "Varga")[0] == "politician"


def test_campaign_staff_title_negatives(role_of):
    # the staff member keeps her own title; a foundation's campaign is no candidate's
    assert role_of(["Ann Lee, a Varga campaign spokeswoman, spoke."], "Lee")[0] == "spokesperson"
    assert role_of(["Varga said the race was close."], "Varga")[0] == SR.ROLE_UNKNOWN
    assert role_of(["The Ford Foundation campaign director spoke.", "Ford said no."], "Ford")[0] == SR.ROLE_UNKNOWN


@pytest.mark.parametrize(
    "phrase, role",
    [
        ("Zorbex, a polling firm", "expert"),
        ("the Republican polling company", "expert"),
        ("an audience member", "ordinary_person"),
        ("someone in the crowd", "ordinary_person"),
        ("a rally-goer", "ordinary_person"),
    ],
)
def test_lexicon_additions(role_of, phrase, role):
    assert role_of([], phrase)[0] == role


@pytest.mark.parametrize(
    "phrase, role",
    [
        ("the law firm", "official"),  # a firm stays an official
        ("a Norland College professor", "expert"),
        ("the speaker", SR.ROLE_UNKNOWN),  # not added: a Speaker is also a politician
    ],
)
def test_lexicon_negatives(role_of, phrase, role):
    assert role_of([], phrase)[0] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Fair Ballot Now is a voting-rights group based in Ohio.",
        "Fair Ballot Now is a nonprofit that registers voters.",
    ],
)
def test_a_copula_stating_a_body_kind_gives_advocacy(role_of, sentence):
    assert role_of([sentence], "Fair Ballot Now")[0] == "activist_advocacy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee is a longtime advocate for tenants.",  # a stance
        "Ann Lee is a member of the group.",  # a membership
        "Ann Lee was an activist in the movement.",
    ],
)
def test_a_copula_stating_a_stance_gives_no_role(role_of, sentence):
    assert role_of([sentence], "Ann Lee")[0] == SR.ROLE_UNKNOWN


def test_a_copula_with_another_role_noun_is_not_read_as_advocacy(role_of):
    assert role_of(["The NLF is a militia group in the north."], "The NLF")[0] != "activist_advocacy"
    assert role_of(["Norland says the NLF is a terrorist group."], "The NLF")[0] != "activist_advocacy"


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        (["Norlandian troops crossed the border.", "Norlandia says the attack was staged."], "Norlandia"),
        (["The Vestians say there is no trace.", "Vestia says the attack was staged."], "Vestia"),
        (["North Varian ships left port.", "North Varia said it would respond."], "North Varia"),
    ],
)
def test_a_place_the_article_names_by_its_demonym_speaks_for_its_government(role_of, sentences, phrase):
    assert role_of(sentences, phrase)[0] == "official"


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        (["Norlandia says the attack was staged."], "Norlandia"),  # no demonym in the article
        (["Ann Norlandia met Norlandian voters.", "Norlandia said."], "Norlandia"),  # a surname
        (["Brian Lee spoke.", "Bria said."], "Bria"),  # a first name before a surname is no demonym
        (["The Vargan years were calm.", "Ann Varga said."], "Ann Varga"),  # a person's full name
    ],
)
def test_demonym_place_negatives(role_of, sentences, phrase):
    assert role_of(sentences, phrase)[0] == SR.ROLE_UNKNOWN
