"""Issue 12ae-r: roles an article states by an election, an appointment, a seat on a body, a district represented,
news work for an outlet, advice to a campaign, "remains"/"is still" before a role noun, the office of a body a person
runs, and a capitalised "Press Secretary" after a body's name. Every sentence is invented for the test."""

import pytest
import test_source_roles_12acr as base

from helpers.measures import role_acts as RA

tagger, _role = base.tagger, base._role  # the tagger fixture and the learn-then-role helper of issue 12ac-r


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Ann Kerr, who was elected to the Senate in 2010, opposed the plan.", "politician"),
        ("Ann Kerr was re-elected governor last year.", "politician"),
        ("Ann Kerr won the Senate seat in a close race.", "politician"),
        ("Ann Kerr, who lost the Democratic primary, opposed the plan.", "politician"),
        ("Ann Kerr, who was appointed to the appeals court in 2015, opposed the plan.", "official"),
        ("Ann Kerr, who sits on the city council, opposed the plan.", "politician"),
        ("Ann Kerr, who serves on the House Intelligence Committee, opposed the plan.", "politician"),
        ("Ann Kerr, who sits on the board of Acme Widgets, opposed the plan.", "official"),
        ("Ann Kerr, who has represented the district since 2004, opposed the plan.", "politician"),
        ("Ann Kerr, who represented Norland in the Senate, opposed the plan.", "politician"),
        ("Ann Kerr, who covers the courts for the Lake Ledger, opposed the plan.", "journalist_media"),
        ("Ann Kerr, who writes for Lake Weekly, opposed the plan.", "journalist_media"),
        ("Ann Kerr, who has written for Lake Weekly, opposed the plan.", "journalist_media"),
        ("Ann Kerr, who hosts a morning show on Lake Radio, opposed the plan.", "journalist_media"),
        ("Ann Kerr, who advises the campaign, opposed the plan.", "politician"),
        ("Ann Kerr remains prime minister, despite the vote.", "politician"),
        ("Ann Kerr is still mayor of the town.", "politician"),
        (
            "Ann Kerr, who runs the Ohio office of the Prairie Conservation Alliance, opposed the plan.",
            "activist_advocacy",
        ),
    ],
)
def test_a_role_stated_by_an_act_or_a_seat(tagger, sentence, expected):
    assert _role(tagger, [sentence, "Kerr said the plan would fail."], "Kerr") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Kerr won the lottery last year.",  # no race
        "Ann Kerr was elected chairman of the book club.",  # no political office
        "Ann Kerr, who writes a blog about gardening, opposed the plan.",  # no outlet named
        "Ann Kerr, who wrote a letter to the editor, opposed the plan.",
        "Ann Kerr, who advises clients on taxes, opposed the plan.",  # no campaign or office
        "Ann Kerr, who sits on the porch every morning, opposed the plan.",
        "Ann Kerr, who represented herself at the hearing, opposed the plan.",
        "Ann Kerr remains hopeful about the vote.",
        "Ann Kerr was still hopeful, she said.",  # "hopeful" as an adjective, not a candidate
        "Ann Kerr, who has written a memoir on her time at the White House, opposed the plan.",
    ],
)
def test_no_role_without_an_office_or_an_outlet(tagger, sentence):
    assert _role(tagger, [sentence, "Kerr said the plan would fail."], "Kerr") == "unknown"


def test_the_agent_of_an_active_verb_is_not_the_one_elected(tagger):
    # "Voters elected Kerr": the voters are not elected; "the governor appointed Kerr": not the governor's office
    assert _role(tagger, ["Ben Moss appointed Ann Kerr to the court."], "Moss") == "unknown"
    assert _role(tagger, ["Ben Moss elected Ann Kerr to lead the club."], "Moss") == "unknown"


def test_a_capitalised_press_secretary_after_a_body_is_a_title(tagger):
    s = "White House Press Secretary Ben Moss spoke to reporters on Monday."
    assert _role(tagger, [s, "Mr. Moss said the plan would pass."], "Mr. Moss") == "spokesperson"
    # negative: an outlet named "... Press" still is one
    assert _role(tagger, [], "the Lake City Press") == "journalist_media"


def test_owner_of_unit():
    assert RA.owner_of_unit("the Ohio office of the Prairie Trust") == "the Prairie Trust"
    assert RA.owner_of_unit("a state chapter of Clean Lakes Now") == "Clean Lakes Now"
    assert RA.owner_of_unit("the Prairie Trust") == ""


@pytest.mark.parametrize(
    "sentence,phrase,expected",
    [
        ("Tech companies like Zorbo and Pintrix have banned the ads.", "Pintrix", "official"),
        ("Tech companies like Zorbo, Pintrix and Quoll have banned the ads.", "Zorbo", "official"),
        ("Advocacy groups such as Clean Lakes Now oppose the bill.", "Clean Lakes Now", "activist_advocacy"),
    ],
)
def test_names_given_as_examples_of_a_plural_role_noun(tagger, sentence, phrase, expected):
    assert _role(tagger, [sentence], phrase) == expected


@pytest.mark.parametrize(
    "sentence,phrase",
    [
        ("Famous people like Ann Kerr came to the opening.", "Kerr"),  # too vague to type anyone
        ("He likes small towns like Bexley.", "Bexley"),  # no role noun
        ("Social media platforms like Zorbo and Pintrix removed the posts.", "Zorbo"),  # the head noun is a thing
    ],
)
def test_no_role_from_examples_of_a_vague_or_unknown_class(tagger, sentence, phrase):
    assert _role(tagger, [sentence], phrase) == "unknown"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ('"It is fine," said Ann Kerr with the Lake Teachers Union.', "activist_advocacy"),
        ('"It is fine," said Ann Kerr from the Lake Policy Institute.', "expert"),
    ],
)
def test_a_name_with_or_from_a_body_named_with_its_type(tagger, sentence, expected):
    assert _role(tagger, [sentence], "Ann Kerr") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Kerr met with the Lake Teachers Union on Monday.",  # a verb before "with"
        '"It is fine," said Ann Kerr with a smile.',  # no body
    ],
)
def test_no_role_from_with_without_a_body(tagger, sentence):
    assert _role(tagger, [sentence], "Kerr") == "unknown"


@pytest.mark.parametrize(
    "phrase",
    ["Some Norlandians", "Nearly three-quarters of Norlandians surveyed", "Most Bexleyites", "Norlandese polled"],
)
def test_people_named_by_a_place_with_a_quantifier_are_ordinary(tagger, phrase):
    assert _role(tagger, [], phrase) == "ordinary_person"


@pytest.mark.parametrize("phrase", ["Norlandians", "Ann Myers", "Some Lanterns"])
def test_no_ordinary_people_from_a_bare_plural_or_a_name(tagger, phrase):
    # "Norlandians" alone may stand for a government
    assert _role(tagger, [], phrase) == "unknown"
