"""Role rules of issue 12h: appositions without an article, party-state tags, legislatures and their committees,
owners of titles and names, collectives, "head of X", given names that are role nouns, a politician's office, and
outlets that report (sentences written for the tests)."""
import pytest

from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles

ROLES = load_roles()


def role_after(sentences, name, verb=""):
    t = RoleTagger(ROLES)
    for s in sentences:
        t.learn(s)
    return t.role(name, verb=verb)[0]


def phrase(text):
    return RoleTagger(ROLES).phrase_role(text)


@pytest.mark.parametrize("sentence, name, role", [
    ("Dana Vogt, Republican party chairman for two rural counties, said turnout would rise.", "Vogt", "politician"),
    ("But Rana Hadid, activist with an exile coalition, said the strikes were late.", "Hadid", "activist_advocacy"),
    ("He cited Sen. Ellen Marsh, Ohio Republican, on the bill.", "Marsh", "politician"),
    ("said Joe Varga, longtime Nevada journalist and editor of a weekly.", "Varga", "journalist_media"),
])
def test_apposition_without_an_article(sentence, name, role):
    assert role_after([sentence], name) == role


@pytest.mark.parametrize("sentence, name", [
    ("In New York, officials said the plan was dead.", "New York"),  # an adverbial, not a name
    ("On Monday, officials said the plan was dead.", "Monday"),
    ('"It failed," Ann Lee, said the spokesman.', "Lee"),            # a cue, not an apposition
    ("Ann Lee, Tom Ray, and others said so.", "Lee"),                 # a list of names
    ("Ann Lee, Republicans said, would win.", "Lee"),                 # a plural is no apposition
])
def test_no_apposition_without_an_article(sentence, name):
    assert role_after([sentence], name) == ROLE_UNKNOWN


@pytest.mark.parametrize("text, role", [
    ("Rep. Ann Cole, R-Calif.", "politician"),
    ("Cole (D-N.Y.)", "politician"),
    ("Lee, I-Vt.", "politician"),
])
def test_party_state_tag_is_a_politician(text, role):
    assert phrase(text) == role


def test_party_state_tag_is_learnt_and_not_d_day():
    assert role_after(["Ann Cole, R-Texas, said the cuts were deep."], "Cole") == "politician"
    assert role_after(["Ann Cole (D-Ore.) voted no."], "Cole") == "politician"
    assert phrase("D-Day veterans") == "ordinary_person"
    assert role_after(["Ann Cole, D-Day veteran, said so."], "Cole") == "ordinary_person"


@pytest.mark.parametrize("text, role", [
    ("the House of Representatives", "politician"),
    ("The Senate", "politician"),
    ("Congress", "politician"),
    ("the state legislature", "politician"),
    ("the House", "politician"),
    ("the White House", "official"),                      # the executive, not a legislature
    ("House Foreign Affairs Committee Chairman Ed Royce", "politician"),
    ("the Senate Finance Committee", "politician"),
    ("a House committee", "politician"),
    ("the Judiciary Committee chairwoman", "politician"),  # issue 12ak-r: a committee chair (was official)
    ("the company chairman", "official"),
    ("the White House Council chairman", "official"),
])
def test_legislatures_and_their_committees(text, role):
    assert phrase(text) == role


@pytest.mark.parametrize("sentence, name, role", [
    ("A House of Dior designer, Ann Vole, said so.", "Vole", ROLE_UNKNOWN),        # a named "House of X" is no legislature
    ("Kevin Marsh, a star of House of Cards, said so.", "Marsh", "ordinary_person"),
    ("Ann Cole, a member of the House of Representatives, said so.", "Cole", "politician"),
])
def test_house_of_a_name_is_not_the_house(sentence, name, role):
    assert role_after([sentence], name) == role


def test_committee_chair_title_before_a_name_is_learnt():
    assert role_after(["Senate Banking Committee Chairman Tim Ross said no."], "Ross") == "politician"
    assert role_after(["The company's board chairman Tim Ross said no."], "Ross") == "official"


@pytest.mark.parametrize("text, role", [
    ("Ana Ruiz, BBC's vice president for news", "journalist_media"),
    ("the university's president", "expert"),
    ("Mexico's president", "politician"),      # a country owns no executive title: its president
    ("Trump's vice president", "politician"),
])
def test_executive_title_takes_its_owner_role(text, role):
    assert phrase(text) == role


def test_apposition_with_owner_title_and_owned_names():
    assert role_after(["said Ana Ruiz, BBC's vice president for news."], "Ruiz") == "journalist_media"
    assert role_after(["Bo Kim told KQAB on Monday.", "The panel, KQAB's Carl Quinn and Bo Kim, asked first."],
                      "Quinn") == "journalist_media"
    assert role_after(["ABC News' Martha Ray asked him."], "Ray") == "journalist_media"
    # a person's possessive is no owner, nor a title with a name after it
    assert role_after(["Judge Ida Marr's Tuesday ruling stands."], "Tuesday") == ROLE_UNKNOWN
    assert role_after(["Trump's Mike Penn spoke."], "Penn") == ROLE_UNKNOWN


@pytest.mark.parametrize("text, role", [
    ("a group of aviation experts", "expert"),
    ("a bipartisan group of senators", "politician"),
    ("a handful of residents", "ordinary_person"),
    ("a group of Broadway shows", "activist_advocacy"),   # members with no role: the group itself
])
def test_collective_takes_its_members_role(text, role):
    assert phrase(text) == role


@pytest.mark.parametrize("text, role", [
    ("the former head of the site security team", "official"),
    ("the head of the Democratic Party", "politician"),
    ("the founder of the advocacy group", "activist_advocacy"),
])
def test_head_of_x(text, role):
    assert phrase(text) == role


def test_role_noun_that_is_a_given_name():
    assert role_after(["Tory Gavin, co-founder of a donor network, said so."], "Gavin") == "activist_advocacy"
    assert phrase("Tory Gavin") == ""
    assert phrase("a Tory") == "politician"
    assert phrase("Tory MP Ann Lee") == "politician"


@pytest.mark.parametrize("sentence, name", [
    ("Lowe's administration rejected the claim.", "Lowe"),
    ("The Marsh administration said no.", "Marsh"),
    ("The Romney/Ryan ticket wants votes.", "Ryan"),
    ("Okafor's veto stands.", "Okafor"),
    ("Lee's constituents were angry.", "Lee"),
    ("Diaz's State of the Union was long.", "Diaz"),
])
def test_only_politicians_have_these(sentence, name):
    assert role_after([sentence], name) == "politician"


@pytest.mark.parametrize("sentence, name", [
    ("Nadal's second ticket was sold.", "Nadal"),
    ("The Food and Drug Administration said no.", "Food"),
    ("The Transportation Security Administration said no.", "Transportation"),
])
def test_not_a_politician_office(sentence, name):
    assert role_after([sentence], name) != "politician"


def test_name_of_an_organisation():
    assert role_after(["Until then, Mia Hart of the Brookings Institution warns."], "Hart") == "expert"
    assert role_after(["Mia Hart of the Sierra Club Foundation warns."], "Hart") == "activist_advocacy"
    assert role_after(["Mia Hart of Texas warns."], "Hart") == ROLE_UNKNOWN


def test_a_name_after_the_that_reported_is_an_outlet():
    assert role_after([], "the Globe", verb="reported") == "journalist_media"
    assert role_after([], "The Daily Ledger", verb="reported") == "journalist_media"
    assert role_after([], "the Ledger", verb="said") == ROLE_UNKNOWN
    assert role_after([], "the NXB", verb="reported") == ROLE_UNKNOWN       # an acronym: no outlet
    assert role_after([], "the FBI", verb="reported") == "military_police"  # round 12cq: a body of the gazetteer
    assert role_after([], "Ann Cole", verb="reported") == ROLE_UNKNOWN      # a person, not an outlet
    assert role_after([], "He", verb="reported") == ROLE_UNKNOWN


@pytest.mark.parametrize("text, role", [
    ("congressional findings associated with the law", "document"),
    ("US intelligence assessments", "document"),
    ("the evidence", "document"),
    ("his biography", "document"),
    ("The various investigations of the attack", "document"),
    ("Pope Leo", "activist_advocacy"),
    ("the architect", "expert"),
    ("the rapper", "ordinary_person"),
    ("a donor network", "activist_advocacy"),
    ("the cable network", "journalist_media"),
])
def test_lexicon_additions(text, role):
    assert phrase(text) == role


def test_roman_numeral_is_no_surname():
    assert role_after(["Pope Benedict XVI said he would resign.", "said Benedict, 85."], "Benedict") == \
        "activist_advocacy"


def test_age_and_ownership_are_weak_evidence():
    # an age gives an ordinary person only when the article gives no other role, before or after it
    assert role_after(["Mr. Hale, 59, placed second.", "Tom Hale, the former governor, said no."], "Hale") == "politician"
    assert role_after(["Mr. Hale, 59, placed second."], "Hale") == "ordinary_person"
    assert role_after(["Bo Kerr, who owns the ranch, said so."], "Kerr") == "ordinary_person"
    assert role_after(["Bo Kerr, who owns the ranch, said so.", "Bo Kerr, a state senator, voted."], "Kerr") == \
        "politician"


@pytest.mark.parametrize("sentence, role", [
    ("Ann Lee, who chairs the Senate Finance Committee, said no.", "politician"),
    ("Ann Lee, who represents Ohio's 4th District, said no.", "politician"),
    ("Ann Lee, who heads the advocacy group, said no.", "activist_advocacy"),
    ("Ann Lee, who founded the Harbor Institute, said no.", "expert"),
    ("Ann Lee, who runs a bakery, said no.", "ordinary_person"),
    ("Ann Lee, who represents the plaintiffs, said no.", ROLE_UNKNOWN),   # a lawyer or an agent: not stated
    ("Ann Lee, who likes the plan, said no.", ROLE_UNKNOWN),
])
def test_who_clause(sentence, role):
    assert role_after([sentence], "Lee") == role


def test_definite_title_later_in_the_sentence_names_the_subject():
    s = "Mike Hale will raise $25 million before declaring, the former Arkansas governor told a newspaper."
    assert role_after([s], "Hale") == "politician"
    # the title must speak ("told", "said"), and the sentence must open with the name
    assert role_after(["Mike Hale will raise money, the governor hopes."], "Hale") == ROLE_UNKNOWN
    assert role_after(["Later, Mike Hale met voters, the governor told a newspaper."], "Hale") == ROLE_UNKNOWN


def test_school_principal_is_an_official():
    assert phrase("a high school principal in Louisville") == "official"


@pytest.mark.parametrize("sentence", [
    "Donald Hale signed the order, the White House said.",
    "Donald Hale signed the order, the committee said.",
    "Donald Hale signed the order, the President told reporters.",
    "Donald Hale signed the order, the officials said.",
])
def test_institution_or_capitalised_title_later_in_the_sentence_is_not_the_subject(sentence):
    assert role_after([sentence], "Hale") == ROLE_UNKNOWN


@pytest.mark.parametrize("evidence, text, role", [
    # issue 12r: no list of newspapers' last words; the article names the outlet in full first
    ("The Lagos Times ran the story on Monday.", "the Times", "journalist_media"),
    ("It was in the Boston Globe first.", "The Globe", "journalist_media"),
    ("The Jerusalem Post had the leak.", "the Post", "journalist_media"),
    ("The Lagos Times ran the story on Monday.", "Times Square officials", "official"),   # not an outlet
    ("The Jerusalem Post had the leak.", "a post", "document"),
])
def test_newspaper_named_by_its_last_word(evidence, text, role):
    assert role_after([evidence], text) == role


def test_newspaper_last_word_needs_the_article_naming_it():
    # without the outlet named in full, "the Post" is no outlet (nor a scientific journal "the Journal")
    assert phrase("the Post") != "journalist_media"
    assert role_after(["The Journal of Clinical Ethics printed the study."], "the Journal") != "journalist_media"


def test_names_with_particles():
    assert role_after(["More died, according to Gaza health official Ashraf al-Kidra."], "al-Kidra") == "official"
    # a particle never starts a lower-case word
    t = RoleTagger(ROLES)
    t.learn("She heard co-host Rachel Martin detailing the inquiry.")
    assert t.role("Martin") == ("journalist_media", "article")
    assert "rachel martin de" not in t.names


@pytest.mark.parametrize("text, role", [
    ("Capt. Ron Jones with the state highway patrol", "military_police"),
    ("the infotech giant Google", "official"),
    ("the automaker", "official"),
    ("a private citizen", "ordinary_person"),
])
def test_ranks_and_company_nouns(text, role):
    assert phrase(text) == role


def test_title_chains():
    assert role_after(["White House spokesman Jay Kearney said no."], "Kearney") == "spokesperson"
    assert role_after(["Pentagon spokesman Rear Adm. John Kirk said no."], "Kirk") == "spokesperson"
    assert phrase("Pentagon spokesman Rear Adm. John Kirk") == "spokesperson"
    assert role_after(["Lt. Gen. Ann Ray said no."], "Ray") == "military_police"
    assert role_after(["Retired Army Lt. Col. Ann Ray said no."], "Ray") == "military_police"
    assert role_after(["Health official Ali al-Taishi said no."], "Mr Taishi") == "official"


def test_rank_after_a_military_noun_keeps_its_role():
    assert role_after(["Retired Army Gen. Dan Pierce is testifying."], "Pierce") == "military_police"
    assert role_after(["Marine Gen. Joe Dunn told reporters."], "Dunn") == "military_police"
    # issue 12t: "Secretary General" of a body is one official title (neither a cabinet secretary nor a general)
    assert role_after(["The alliance's Secretary General Jens Stolt appeared on TV."], "Stolt") == "official"


def test_document_or_prepositional_phrase_before_a_comma_is_no_role_of_the_name():
    assert role_after(["On the special counsel's Russia probe, Cohen says: no."], "Cohen") == ROLE_UNKNOWN
    assert role_after(["In his interview with ABC's Tom Ray, Cohen said no."], "Cohen") == ROLE_UNKNOWN
    assert role_after(["The group's founder, Larry Pratt, said no."], "Pratt") == "activist_advocacy"


@pytest.mark.parametrize("text, role", [
    ("one high-profile Cabinet member", "politician"),
    ("investigators", "official"),
    ("an undocumented immigrant", "ordinary_person"),
])
def test_lexicon_after_the_seed87_check(text, role):
    assert phrase(text) == role


def test_title_with_of_before_a_comma_still_counts():
    assert role_after(["The head of the agency, Ann Lee, said no."], "Lee") == "official"


def test_plural_before_a_comma_is_no_title():
    assert role_after(["He backed an amnesty for illegal immigrants, Earnest said."], "Earnest") == ROLE_UNKNOWN
    assert phrase("the international organization") == ""   # intergovernmental, advocacy or militant: not stated
