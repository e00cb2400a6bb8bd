"""Roles of sources from role nouns, titles and appositions (sentences written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, affiliation, load_roles
from helpers.measures.sourcing import extract_attributions
from helpers.text.lexicon import Matcher, load_lexicon

ROLES = load_roles()


@pytest.fixture
def tagger():
    return RoleTagger(ROLES)


@pytest.mark.parametrize("phrase, role", [
    ("a spokesman for the ministry", "spokesperson"),
    ("the interior minister", "politician"),
    ("Sen. Ada Wells", "politician"),
    ("a senior official", "official"),
    ("police in the district", "military_police"),
    ("an economist at the university", "expert"),
    ("the think tank", "expert"),
    ("a local newspaper", "journalist_media"),
    ("a rights group", "activist_advocacy"),
    ("a bartender", "ordinary_person"),
    ("the poll", "document"),
    ("sources", "anonymous"),
])
def test_role_from_the_phrase(tagger, phrase, role):
    assert tagger.role(phrase)[0] == role


def test_unknown_and_empty(tagger):
    assert tagger.role("Ada Wells") == (ROLE_UNKNOWN, "")
    assert tagger.role("") == ("", "")
    # a party or place name alone decides no role; a state of helpers/data/countries.yaml is its government (12ck)
    assert tagger.role("Norlandia")[0] == ROLE_UNKNOWN
    assert tagger.role("Pakistan") == ("official", "country")


def test_title_and_apposition_anywhere_in_the_article(tagger):
    tagger.learn("Interior Minister Omar Faruq visited the border on Monday.")
    tagger.learn("Lena Brandt, a spokeswoman for the port authority, declined to comment.")
    tagger.learn("Lt. Gov. Dana Ruiz opened the session.")
    assert tagger.role("Faruq") == ("politician", "article")
    assert tagger.role("Lena Brandt") == ("spokesperson", "article")
    assert tagger.role("Ruiz")[0] == "politician"  # the nearest title, not "Lt."
    assert tagger.context("Brandt").startswith("Lena Brandt, a spokeswoman")
    tagger.reset()
    assert tagger.role("Faruq")[0] == ROLE_UNKNOWN


def test_plural_before_a_comma_is_not_an_apposition(tagger):
    tagger.learn("Californians, experts say, will decide the race.")
    assert tagger.role("Californians")[0] == ROLE_UNKNOWN


def test_affiliation_from_the_gazetteer():
    m = Matcher(load_lexicon("actors")["entries"])
    assert affiliation("a TTP spokesman", m) == "ttp"
    assert affiliation("a bartender", m) == ""


def test_roles_in_extract_attributions_with_coreference():
    sents = ["Interior Minister Omar Faruq spoke at the border.",
             "Faruq said the crossing would reopen.",
             "He added that trade would resume.",
             "The spokesman for the ministry said talks continue.",
             "A bartender said the town was quiet."]
    df = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": range(5), "paragraph_id": range(5),
                       "text": sents, "role": "body"})
    att = extract_attributions(df)
    got = dict(zip(att["source"], att["role"]))
    assert got["Faruq"] == "politician"
    assert got["He"] == "politician"
    assert got["The spokesman for the ministry"] == "spokesperson"
    assert got["A bartender"] == "ordinary_person"


def test_bad_role_kind(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_text("name: r\nversion: 1\nsource: test\nentries:\n  x:\n    kind: colour\n    terms: [red]\n")
    with pytest.raises(ValueError, match="kind"):
        load_roles(p)


def test_head_of_and_running_for_appositions():
    from helpers.measures.source_roles import RoleTagger, load_roles
    tagger = RoleTagger(load_roles())
    tagger.learn("Ali Noor, head of the Open Doors Forum, an advocacy group, spoke first.")
    tagger.learn("Tom Weil, who is running for the open seat, spoke next.")
    tagger.learn("Rita Holm, founder of Holm Bakeries, also spoke.")
    assert tagger.role("Noor") == ("activist_advocacy", "article")
    assert tagger.role("Weil") == ("politician", "article")
    assert tagger.role("Rita Holm") == ("official", "article")
    # a name with no apposition or title stays unknown
    assert tagger.role("Pat Lee") == ("unknown", "")


def test_pronouns_refer_back_to_people_not_documents_or_plurals():
    import pandas as pd

    from helpers.measures.sourcing import extract_attributions
    sents = ["Ann Cole, a nurse, said the clinic was full.",
             "Customers said the prices were too high.",
             "The new law says clinics must stay open.",
             "She said the law would help."]
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(4), "paragraph_id": range(4),
                          "text": sents, "role": "body"})
    att = extract_attributions(units)
    last = att[att["unit_id"] == 3].iloc[0]
    assert last["source_resolved"] == "Ann Cole, a nurse"
    assert last["role"] == "ordinary_person"


def test_role_before_the_name_and_anonymous_people():
    from helpers.measures.source_roles import RoleTagger, load_roles
    tagger = RoleTagger(load_roles())
    tagger.learn("The group's founder, Lena Marsh, said the march would go ahead.")
    tagger.learn("The mayor's spokesman, Ed Brown, declined to comment.")
    assert tagger.role("Marsh") == ("activist_advocacy", "article")
    assert tagger.role("Ed Brown") == ("spokesperson", "article")
    # a comma list of places is not a role before a name
    tagger.learn("The rally moved through the town's streets, Main Street and Elm Road.")
    assert tagger.role("Elm Road") == ("unknown", "")
    assert tagger.role("a person familiar with the talks") == ("anonymous", "anonymity")
    assert tagger.role("a person at the rally") == ("ordinary_person", "phrase")
    assert tagger.role("an expert witness for the state")[0] == "expert"


def test_ages_and_teaching_give_roles_titles_win():
    from helpers.measures.source_roles import RoleTagger, load_roles
    tagger = RoleTagger(load_roles())
    tagger.learn("\"It works,\" says 22-year-old Lia Berg, who is finishing a degree.")
    tagger.learn("Omar Diaz, 53, said he would vote.")
    tagger.learn("Rosa Lind, who teaches at the law school, says it is unlikely.")
    tagger.learn("Senator Ann Ruiz, 58, spoke first.")
    assert tagger.role("Berg") == ("ordinary_person", "article")
    assert tagger.role("Omar Diaz") == ("ordinary_person", "article")
    assert tagger.role("Lind") == ("expert", "article")
    assert tagger.role("Ruiz") == ("politician", "article")  # the title, not the age
    assert tagger.role("a law enforcement source")[0] == "military_police"
    # a number that is not an age next to a name
    tagger.learn("The vote in Dayton was 12 to 3.")
    # not an age (since issue 12ac-r the place "in Dayton", as a source, speaks for its government)
    assert tagger.role("Dayton") == ("official", "article")
