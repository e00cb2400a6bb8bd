"""Issue 12 (bk-h): a head title whose body is named in the same phrase takes the body's role.

"The union president, Ann Cole," "Association president Ann Cole", "the group's executive director", "President Ann
Cole of the X Association" and "Ann Cole, general secretary of the X and Y Union" read like "Ann Cole, president of
the X Association" (the body's head noun decides); a country, a person or a body the lexicon does not type changes
nothing. All sentences are invented for these tests.
"""

import pytest

from helpers.measures import role_heads as RH


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a body noun right before the title (source phrase, comma name, later surname)
        (["The union president, Ivo Marek, said the deal was fair."], "The union president, Ivo Marek",
         "activist_advocacy"),
        (["The union president, Ivo Marek, spoke.", "Marek said the deal was fair."], "Marek", "activist_advocacy"),
        (["Association president Ana Vos said the rules were unfair."], "Association president Ana Vos",
         "activist_advocacy"),
        (["Association president Ana Vos spoke.", "Vos said the rules were unfair."], "Vos", "activist_advocacy"),
        (["The company president, Ivo Marek, said sales rose."], "The company president, Ivo Marek", "official"),
        (["University president Ana Vos said the campus was safe."], "University president Ana Vos", "expert"),
        # a possessive body before the title, with modifiers
        (["The federation's executive director, Ana Vos, said the law was wrong."], "Ana Vos", "activist_advocacy"),
        (["The association's president, Ana Vos, said the rules were unfair."], "Ana Vos", "activist_advocacy"),
        (["The federation's executive director, Ana Vos, said the law was wrong."],
         "The federation's executive director, Ana Vos", "activist_advocacy"),
        # "of" and a body right after a titled name
        (["President Ana Vos of the Norland Hotel and Lodging Association said bookings fell."],
         "President Ana Vos of the Norland Hotel and Lodging Association", "activist_advocacy"),
        (["President Ana Vos of the Norland Hotel and Lodging Association spoke.", "Vos said bookings fell."], "Vos",
         "activist_advocacy"),
        (["Chairman Ivo Marek of the Norland Teachers Union spoke.", "Marek said no."], "Marek", "activist_advocacy"),
        # a head title after a name, its body's head noun before any "of" (not the first word of "X and Y")
        (["Ana Vos, general secretary of the University and College Union, said staff would strike."],
         "Ana Vos, general secretary of the University and College Union", "activist_advocacy"),
        (["Ana Vos, general secretary of the University and College Union, spoke.", "Vos said no."], "Vos",
         "activist_advocacy"),
        (["Ana Vos, president of the National Rifle Association, said the bill was bad."],
         "Ana Vos, president of the National Rifle Association", "activist_advocacy"),
    ],
)
def test_head_title_takes_the_body_role(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # what was right stays: a party, a bare title, a country, an intergovernmental body, a person
        (["Party chairman Ivo Marek said the vote was close."], "Party chairman Ivo Marek", "politician"),
        (["President Ivo Marek said the economy grew."], "President Ivo Marek", "politician"),
        (["President Ana Vos of Norland said the election was free."], "President Ana Vos of Norland", "politician"),
        (["President Ana Vos of Norland spoke.", "Vos said the election was free."], "Vos", "politician"),
        (["Ana Vos, Secretary-General of the United Nations, said peace was needed."],
         "Ana Vos, Secretary-General of the United Nations", "official"),
        (["The country's president, Ivo Marek, said the economy grew."], "Ivo Marek", "politician"),
        (["Union leader Ana Vos said workers would strike."], "Union leader Ana Vos", "activist_advocacy"),
        # not a head title ("secretary", "spokesman") or no body noun before it ("former president")
        (["The union spokesman, Ivo Marek, said the deal was fair."], "Ivo Marek", "spokesperson"),
        (["The former president, Ivo Marek, said the deal was fair."], "Ivo Marek", "politician"),
        (["Senate President Ivo Marek said the vote was close."], "Senate President Ivo Marek", "politician"),
    ],
)
def test_other_titles_keep_their_role(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role


def test_body_before_title_needs_a_body_noun(role_tagger):
    t = role_tagger
    hits = t._hits
    assert RH.body_before_title("The union ", hits, t._last_role) == "activist_advocacy"
    assert RH.body_before_title("the association's executive ", hits, t._last_role) == "activist_advocacy"
    assert RH.body_before_title("the group's executive ", hits, t._last_role) == ""  # 12bl-h2: no group
    assert RH.body_before_title("The former ", hits, t._last_role) == ""
    assert RH.body_before_title("the country's ", hits, t._last_role) == ""
    assert RH.body_before_title("the report ", hits, t._last_role) == ""


def test_named_body_head_is_before_of(role_tagger):
    hits, last = role_tagger._hits, role_tagger._last_role
    assert RH.named_body_role("the University and College Union", hits, last) == "activist_advocacy"
    assert RH.named_body_role("the University of Norland", hits, last) == "expert"
    assert RH.named_body_role("Norland", hits, last) == ""
    assert RH.named_body_role("the United States", hits, last) == ""


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a body the lexicon names in full, an alliance, a secretary general: as before
        (["European Union President Ana Vos said the talks went well."], "European Union President Ana Vos",
         "politician"),
        (["The alliance's Secretary-General Ivo Marek spoke.", "Marek said no."], "Marek", "official"),
        (["The coalition leader, Ivo Marek, said the vote was close."], "Ivo Marek", "politician"),
    ],
)
def test_named_bodies_and_alliances_keep_their_role(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a titled name with a possessive is no "Name of Body" ("President Ivo Marek's State of the Union")
        (["President Ivo Marek's State of the Union speech set a record.", "Marek said he would veto it."], "Marek",
         "politician"),
        # "chief of staff" is no head title "chief" ("a Senate chief of staff": an aide)
        (["One former Senate chief of staff said the bill would fail."], "One former Senate chief of staff",
         "official"),
    ],
)
def test_possessive_names_and_chiefs_of_staff(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # the one restriction after the AllSides read: a commission or an authority may be a government
        (["Norland Authority President Ivo Marek said the talks failed."], "Norland Authority President Ivo Marek",
         "politician"),
        (["The Norland commission president, Ana Vos, said the budget was fair."], "Ana Vos", "politician"),
        # their official titles were officials before and stay officials
        (["Trade Commission chairman Ana Vos said the rule was final."], "Trade Commission chairman Ana Vos",
         "official"),
    ],
)
def test_commissions_and_authorities_keep_a_politician(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a name with a title of its own keeps it before its apposition's body (read in PolNeAR train): the title
        # before a name is learnt first, so the phrase reads it first too
        ([], "Rep. Ivo Marek (D-Md.), chair of the Platform Committee", "politician"),
        ([], "Rabbi Ana Vos, the founder of the Norland Peace Center in Norton", "activist_advocacy"),
    ],
)
def test_a_titled_name_keeps_its_title_before_the_apposition(sentences, phrase, role, article_role):
    assert article_role(sentences, phrase)[0] == role
