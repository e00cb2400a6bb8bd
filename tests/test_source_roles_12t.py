"""Role forms and lexicon entries added by issue 12t: party bodies and their chairs, "secretary general", sources
close to an investigation, "the paper reported", a person named by the first word of the full name, an outlet's
analyst, link text with a nickname, "banks such as X", "-ologist" nouns, "Name, a 59-year-old", "who researched",
"vice-president of X" and a dotted acronym the splitter cut from its noun. Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.corpus.segment import split_sentences
from helpers.measures.role_forms import LINK_NICK
from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions

ROLES = load_roles()


def role_after(sentences, name, verb=""):
    t = RoleTagger(ROLES)
    for s in sentences:
        t.learn(s)
    return t.role(name, verb=verb)[0]


def phrase(text, verb=""):
    return RoleTagger(ROLES).role(text, verb=verb)[0]


@pytest.mark.parametrize("sentences, name, role", [
    (["Republican National Committee chairman Ray Ford spoke first."], "Ford", "politician"),
    (["Ana Ruiz, chair of the Democratic Governors Association, said so."], "Ruiz", "politician"),
    (["Labour Party chair Tom Bell spoke."], "Bell", "politician"),
    (["Ohio Republican Party Chairman Bob Benn cited the results."], "Benn", "politician"),
    # not a party body: the body's own role stays
    (["Ann Vale, chair of the Sierra Land Association, said so."], "Vale", "activist_advocacy"),
    (["National Gallery director Ann Lee spoke first."], "Lee", "official"),
    (["Democracy Forward director Ann Lee spoke first."], "Lee", "official"),
])
def test_party_bodies_and_their_chairs_are_politicians(sentences, name, role):
    assert role_after(sentences, name) == role


def test_party_body_as_a_source():
    assert phrase("the Democratic National Committee") == "politician"
    assert phrase("the Republican Jewish Coalition") == "activist_advocacy"  # a coalition, not a party body
    assert phrase("the Conservative Political Action Conference") != "politician"


def test_secretary_general_is_an_official():
    assert role_after(["The alliance's Secretary-General Ola Berg spoke."], "Berg") == "official"
    assert phrase("the UN secretary general") == "official"
    assert role_after(["Secretary of State Ann Dale spoke."], "Dale") == "politician"  # a cabinet secretary


def test_sources_close_to_an_investigation_are_anonymous():
    assert phrase("Sources in Paris close to the ongoing investigation") == "anonymous"
    assert phrase("people familiar with the review") == "anonymous"
    assert phrase("the investigation") == "document"        # a document noun alone stays a document
    assert phrase("a study of unnamed sources") == "document"  # the head is the study


def test_the_paper_reported_is_an_outlet():
    assert phrase("the paper", verb="reported") == "journalist_media"
    assert phrase("The paper", verb="reports") == "journalist_media"
    assert phrase("the paper", verb="found") != "journalist_media"  # a research paper finds
    assert phrase("the paper", verb="said") == ROLE_UNKNOWN


def test_news_story_is_a_document():
    assert phrase("The same story") == "document"
    assert phrase("a news story") == "document"


def test_person_named_by_the_first_word_of_the_full_name():
    s = ["In Bangkok, Prime Minister Prayat Chan-oda met the press."]
    assert role_after(s, "Mr. Prayat") == "politician"
    assert role_after(s, "Prayat") == "politician"
    # two people share the first word with different roles: no guess
    s2 = ["Prime Minister Lin Hao met Professor Lin Wei on Monday."]
    assert role_after(s2, "Mr. Lin") == ROLE_UNKNOWN
    # an organisation's first word is no person
    assert role_after(["The Ford Foundation gave $5 million."], "Ford") == ROLE_UNKNOWN


def test_an_outlets_analyst_is_media():
    assert role_after(["CNN's senior legal analyst Joe Tobin was not buying it."], "Tobin") == "journalist_media"
    assert role_after(["The Daily Post's political analyst Joe Tobin said no."], "Tobin") == "journalist_media"
    # an analyst of a bank or a research group stays an expert
    assert role_after(["Goldman Sachs analyst Joe Tobin said no."], "Tobin") == "expert"
    assert role_after(["Brookings' senior analyst Joe Tobin said no."], "Tobin") == "expert"


def test_link_text_with_a_nickname():
    s = "Senate Majority Leader Mitch Connelly Addison (Mitch) Mitchell ConnellyGOP senators balk MORE (R-Ky.) said."
    assert role_after([s], "Connelly") == "politician"
    assert LINK_NICK.search("Rep. Mark Sand Marshall (Mark) Clement SandEx-GOP")
    # a parenthesis that is no nickname of the first word changes nothing
    assert not LINK_NICK.search("Sen. Ann Lee Hart (R-Ky.) said")
    assert role_after(["Sen. Ann Lee Hart (R-Ky.) said no."], "Hart") == "politician"


@pytest.mark.parametrize("sentence, name, role", [
    ("Regional banks such as Norbank have raised their fees.", "Norbank", "official"),
    ("Experts including Dana Roe, said the plan would fail.", "Dana Roe", "expert"),
    ("Countries such as France have warned of uncertainty.", "France", "official"),  # round 12ck: a state
    ("Countries such as Norlandia have warned of uncertainty.", "Norlandia", ROLE_UNKNOWN),  # no role noun
    ("Reports such as Gallup have warned of it.", "Gallup", ROLE_UNKNOWN),             # a document is no member
    ("A bank such as Norbank, said the note.", "Norbank", ROLE_UNKNOWN),           # singular: an example
])
def test_plural_role_noun_such_as_a_name(sentence, name, role):
    assert role_after([sentence], name) == role


def test_ologist_nouns_and_banks():
    assert phrase("a cardiologist in Ohio") == "expert"
    assert phrase("Ann Ray, a genetic genealogist") == "expert"
    assert phrase("an apologist for the regime") != "expert"
    assert phrase("the bank") == "official"
    assert phrase("a lender") == "official"


def test_age_apposition_and_research_clause():
    assert role_after(['"Not yet," said Rob Stane, a 47-year-old from Millbrook.'], "Stane") == "ordinary_person"
    # a role noun in the apposition wins over the age
    assert role_after(['"No," said Rob Stone, a 59-year-old senator from Ohio.'], "Stone") == "politician"
    assert role_after(["This is according to Jan Zwet, who researched comic art at Leiden University."],
                      "Zwet") == "expert"
    assert role_after(["This is according to Jan Zwet, who searched the files."], "Zwet") == ROLE_UNKNOWN


def test_hyphenated_vice_president_of_a_body():
    assert role_after(["Ann Vale, vice-president of the Sierra Land Association, said so."],
                      "Vale") == "activist_advocacy"
    assert phrase("the vice-president") == "politician"


def test_apposition_across_a_dotted_acronym_cut_by_the_splitter():
    # the sentence splitter keeps "a N.H.T.S.A. official" together (helpers.corpus.segment), so the apposition is read
    para = ('"It is a waste," said Jack Gill, a N.H.T.S.A. official in the 1970s who now publishes a rating. '
            '"It costs money," Gill said.')
    sents = [para[a:b] for a, b in split_sentences(para)]
    assert len(sents) == 2
    u = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": range(2), "paragraph_id": range(2), "text": sents,
                      "role": "body"})
    a = extract_attributions(u, roles=ROLES)
    assert set(a.loc[a["source"].str.contains("Gill"), "role"]) == {"official"}
    # a role noun in the next sentence is not read: no role for Gill
    sents = ['"It is a waste," said Jack Gill, a rater.', "Official figures came in the 1970s."]
    a = extract_attributions(u.assign(text=sents), roles=ROLES)
    assert set(a.loc[a["source"].str.contains("Gill"), "role"]) <= {ROLE_UNKNOWN}


def test_dash_apposition():
    s = ["In his new book, Jon Deane -- the president's legal counsel during the scandal -- made a record."]
    assert role_after(s, "Deane") == "official"
    assert role_after(["Ann Roe \u2014 a retired teacher \u2014 said she would vote."], "Roe") == "ordinary_person"
    # a dash that opens no apposition of a name gives nothing
    assert role_after(["It rained -- then Ann Roe left."], "Roe") == ROLE_UNKNOWN


@pytest.mark.parametrize("sentence, name, role", [
    ("Pia Nord, president of Worried Parents for Ohio, said so.", "Nord", "activist_advocacy"),
    ("Gus Marr, head of Citizens for Lower Fees, said so.", "Marr", "activist_advocacy"),
    # a common-noun body of people is not a named group
    ("Ann Lee, head of the local residents, said so.", "Lee", "ordinary_person"),
])
def test_a_named_body_of_people_is_an_advocacy_group(sentence, name, role):
    assert role_after([sentence], name) == role


def test_lexicon_additions_of_issue_12t():
    assert role_after(["Ben Tob, a film director, said it."], "Tob") == "ordinary_person"
    assert role_after(["Ben Tob, a director, said it."], "Tob") == "official"
    assert role_after(["But Mel Ham, senior research associate at the Martin Center, said it."], "Ham") == "expert"
    assert phrase("Dana Urb, a field organizer for the senator") == "politician"
    assert phrase("an organizer of the march") == "activist_advocacy"


def test_deputies_of_a_cabinet_member_are_officials():
    assert role_after(["Vermont Assistant Chief Deputy Attorney General Ben Kane warned them."], "Kane") == "official"
    assert role_after(["Deputy Secretary of State Ann Ball spoke."], "Ball") == "official"
    assert role_after(["Attorney General Ann Ball spoke."], "Ball") == "politician"  # the cabinet member
    assert role_after(["Saudi Crown Prince Ali bin Saud ordered it."], "Ali bin Saud") == "politician"


def test_a_relative_named_before_the_speaker_is_not_the_speakers():
    # "his father" is Lee's, not the city's
    s = ["Lee, who is 41, succeeded his father, Lee Han, in 2019. On Friday, Seoul said it would recall its envoy."]
    assert role_after(s, "Seoul") == "official"  # round 12ck: the capital speaks for its government
    s = ["Lee, who is 41, succeeded his father, Lee Han, in 2019. On Friday, Norhaven said it would recall its envoy."]
    assert role_after(s, "Norhaven") == ROLE_UNKNOWN
    assert role_after(["Ann Gibb said her grandparents could not escape."], "Gibb") == "ordinary_person"
    assert role_after(['"Like my father, I built this shop," said Ann Gibb.'], "Gibb") == "ordinary_person"


def test_a_named_body_with_a_type_noun_after_people_nouns_keeps_its_type():
    s = ["Jo Pell, director of the Women and Science Institute at Lakeland College, said so."]
    assert role_after(s, "Pell") == "expert"
    assert role_after(["Tia Bram, co-founder of Rural Workers Matter, said so."], "Bram") == "activist_advocacy"
