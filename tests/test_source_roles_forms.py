"""Role forms read since issue 12r: 'a <role> named X', a title with its body before the name, the role of the body
an executive heads, outlets known from the article (not from a list), a speaker who speaks of a relative, link text
after a name, and lexicon additions. Sentences written for the tests."""
import pytest

from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles

ROLES = load_roles()


def role_after(sentences, name):
    t = RoleTagger(ROLES)
    for s in sentences:
        t.learn(s)
    return t.role(name)[0]


def phrase(text):
    return RoleTagger(ROLES).role(text)[0]


def test_role_noun_then_named():
    assert role_after(["A school nurse named Ida Vale said the wing was shut."], "Vale") == "ordinary_person"
    assert role_after(["The jury heard from a juror named Ben Kaye."], "Kaye") == "ordinary_person"
    # no role noun before 'named'
    assert role_after(["A ferry named Ida Vale sank near the port."], "Vale") == ROLE_UNKNOWN


@pytest.mark.parametrize("sentence, name, role", [
    ("They met Director of National Security Ana Berg on Monday.", "Berg", "official"),   # not military: the head
    ("The envoy to the African Union Tomas Lind arrived late.", "Lind", "official"),
    ("He thanked Minister of Foreign Affairs Kofi Mensah for the visit.", "Mensah", "politician"),
    ("Questions went to the president of the Lagos Policy Institute Ada Obi, who declined.", "Obi", "expert"),
])
def test_title_with_its_body_before_the_name(sentence, name, role):
    assert role_after([sentence], name) == role


def test_title_with_body_needs_a_person_title_and_a_name():
    # an institution noun is no title; a body's name is no person
    assert role_after(["The ministry of Health Care Reform said little."], "Reform") == ROLE_UNKNOWN
    assert role_after(["She met the director of the film Ana Berg liked."], "Berg") == ROLE_UNKNOWN


def test_executive_of_a_research_body_or_outlet_takes_its_role():
    s = "Ida Moe, the founding director of the Kano Institute of Ethics, said the data were thin."
    assert role_after([s], "Moe") == "expert"
    assert role_after(["Tom Ade, the longtime publisher of the Accra Daily Star, said so."], "Ade") == "journalist_media"
    # an ordinary body leaves the executive an official
    assert role_after(["Ida Moe, the founding director of the port, said it was shut."], "Moe") == "official"


def test_executive_apposition_in_the_source_phrase():
    assert phrase("Ida Moe, executive director of the Kano Policy Institute") == "expert"
    assert phrase("Ida Moe, executive director of the water board") == "official"


@pytest.mark.parametrize("evidence, name", [
    ("Ann Lee told KQAB on Monday that she would run.", "KQAB"),
    ("In an interview with Radio Kaduna, the mayor said the roads were closed.", "Radio Kaduna"),
    ("KQAB host Ann Lee asked the minister twice.", "KQAB"),
    ("The report aired on Sky News at noon.", "Sky"),   # "X News": X alone later
])
def test_outlet_known_from_the_article(evidence, name):
    assert role_after([evidence], name) == "journalist_media"


def test_outlet_evidence_is_not_a_person_or_a_journal():
    assert role_after(["Ann Lee told Smith on Monday that she would run."], "Smith") == ROLE_UNKNOWN
    assert phrase("the Journal of Clinical Ethics") == "document"   # a scientific journal
    assert phrase("the journal Cell") == "document"
    assert phrase("the British Medical Journal") != "journalist_media"
    assert phrase("The Lagos Journal") == "journalist_media"          # a newspaper's name
    assert role_after(["The Lagos Journal broke the story."], "the Journal") == "journalist_media"


def test_speaker_of_a_relative_is_a_private_person():
    assert role_after(["Ola Dee said her grandparents died in the fire."], "Dee") == "ordinary_person"
    assert role_after(["Ola Dee said the fire spread fast."], "Dee") == ROLE_UNKNOWN
    # two speakers: whose relative is unclear
    assert role_after(["Ola Dee told Ben Kay her son was safe."], "Dee") == ROLE_UNKNOWN
    # any stated role wins over the weak one
    assert role_after(["Senator Ola Dee said her son was safe."], "Dee") == "politician"


def test_link_text_after_a_name_is_cut():
    s = "Speaker Ana Roe Ana RoeBudget talks stall in Senate MORE said the vote would wait."
    assert role_after([s], "Roe") == "politician"
    assert role_after(["Ann Lee Smith, a senator, spoke."], "Ann Lee Smith") == "politician"


def test_capitalised_speaker_before_a_name():
    assert role_after(["Speaker Ann Roe said the vote would wait."], "Roe") == "politician"
    assert phrase("a speaker at the rally") != "politician"


@pytest.mark.parametrize("text, role", [
    ("the UN", "official"),
    ("the European Union", "official"),
    ("state representatives", "politician"),
    ("a juror", "ordinary_person"),
    ("53%", "ordinary_person"),          # a share of respondents, like "53 percent"
])
def test_lexicon_additions(text, role):
    assert phrase(text) == role


def test_role_stated_with_a_copula():
    assert role_after(["Ana Berg is a historian at the state university."], "Berg") == "expert"
    assert role_after(["Tomas Lind was the party's treasurer until May."], "Lind") == "politician"  # a party officer
    # a pronoun or an adverbial opener is no name; an evaluation is no role
    t = RoleTagger(ROLES)
    t.learn("He is a lawyer.")
    assert t.role("he")[0] == ROLE_UNKNOWN
    assert role_after(["Ana Berg is the best at this."], "Berg") == ROLE_UNKNOWN


def test_apposition_sworn_in_or_appointed_as():
    assert role_after(["Ida Moe, who was sworn in as the 9th labor secretary, spoke."], "Moe") == "politician"
    assert role_after(["Ida Moe, who was appointed as a judge in 2010, ruled."], "Moe") == "official"
    assert role_after(["Ida Moe, who was sworn at by the crowd, left."], "Moe") == ROLE_UNKNOWN


def test_acronym_of_an_organisation_named_in_full():
    s = "The Lagos Federation of Market Traders backed the strike."
    assert role_after([s, "LFMT said it would march."], "LFMT") == "activist_advocacy"
    assert role_after([s], "LFT") == ROLE_UNKNOWN


def test_copula_with_a_stance_noun_gives_no_role():
    assert role_after(["Ana Berg has been a longtime advocate of lower taxes."], "Berg") == ROLE_UNKNOWN
    assert role_after(["Ana Berg became a star overnight."], "Berg") == ROLE_UNKNOWN


# Issue 12r, after the seed-401 check (in-sample: these classes were seen on that draw)
def test_head_of_a_police_or_military_body_is_police_or_military():
    assert role_after(["Chief of Police Ana Ruiz wrote in the letter that he broke the rules."], "Ruiz") == \
        "military_police"
    assert role_after(["Chief of Staff Ana Ruiz wrote in the letter that he broke the rules."], "Ruiz") == "official"


def test_who_managed_a_body():
    s = "Ana Ruiz, who managed the city government's flood response, told me so."
    assert role_after([s], "Ruiz") == "official"
    assert role_after(["Ana Ruiz, who managed to escape, told me so."], "Ruiz") != "official"


def test_space_before_the_apposition_comma():
    assert role_after(["said Tom Ade , a senior adviser."], "Ade") == "official"
    assert role_after(["said Tom Ade , who was there."], "Ade") == ROLE_UNKNOWN


def test_coordinated_apposition_with_the_role_noun_last():
    # issue 12bc-w: "firefighter" is a role noun now (not before "and"), so a noun with no role stands in for it
    assert role_after(["Jon Feal, a retired glassblower and advocate, said the fund was due."], "Feal") == \
        "activist_advocacy"
    # the role noun does not end the apposition: a title of something else
    assert role_after(["Jon Feal, a firefighter and president of the local union, spoke."], "Feal") == ROLE_UNKNOWN


@pytest.mark.parametrize("text, role", [
    ("a patrol officer", "military_police"),
    ("British interviewer Ann Cole", "journalist_media"),
    ("an officer of the court", "official"),
])
def test_lexicon_additions_after_the_check(text, role):
    assert phrase(text) == role


def test_possessive_inside_an_apposition_head():
    # "the mayor's senior adviser" is an adviser, not a mayor
    assert role_after(["said Tom Ade, the mayor's senior adviser."], "Ade") == "official"
    assert role_after(["said Tom Ade, the mayor's son."], "Ade") == "ordinary_person"
    assert role_after(["said Tom Ade, the city's mayor."], "Ade") == "politician"


def test_head_of_police_in_the_source_phrase():
    assert phrase("the head of the city police") == "military_police"
    assert phrase("the head of the city water board") == "official"


def test_tagger_patterns_read_only_the_role_nouns_given():
    from helpers.measures.role_forms import tagger_patterns

    name_after, appos, copula, _, _, _, _, _, title_cue, party_tag = tagger_patterns("(?i:baker)")
    assert appos.search("Ann Lee, a baker at the market, said").group(1) == "Ann Lee"
    assert appos.search("Ann Lee, a nurse at the market, said") is None  # "nurse" is not among the nouns given
    assert copula.search("Ann Lee is a baker in town.").group(1) == "Ann Lee"
    assert copula.search("Ann Lee is a nurse in town.") is None
    assert title_cue.search("Ann Lee will open a shop, the local baker said.").group(2) == "baker"
    assert party_tag.search("Steve King (R-Iowa) said").group(1) == "Steve King"
    assert party_tag.search("Ann Lee (R-Day) said") is None
    assert name_after.match(" Ann Lee said").group(1) == "Ann Lee"
