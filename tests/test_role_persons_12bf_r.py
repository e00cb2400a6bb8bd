"""Issue 12bf-r: a named person is never a document ("Mr. Lee, the Dunmore law graduate"; "Tova Law, spokesman for
..."); bodies and documents named like people keep their role. Every sentence is invented."""

import pytest

from helpers.measures.role_persons import person_name, surname_document


@pytest.mark.parametrize(
    "sents, name, role",
    [
        # positives: a document noun modifying a person's description, or a surname (document on main bcfbdf3)
        (["Mr. Marek, the 51-year-old Dunmore law graduate, sees himself as a thinker.", "Mr. Marek said no."],
         "Mr. Marek", ("unknown", "")),
        (["Mr. Marek, the 51-year-old Dunmore law graduate, sees himself as a thinker.",
          "Mayor Ivo Marek spoke on Monday.", "Mr. Marek said no."], "Mr. Marek", ("politician", "article")),
        (["\u201cIt is bad,\u201d says Ivo Sharn, who teaches constitutional law at Dunmore University."],
         "Ivo Sharn", ("expert", "article")),
        (["\u201cIt is bad,\u201d said Tova Law, spokesman for the Dunmore Party Committee."], "Tova Law",
         ("spokesperson", "article")),
        (["\u201cIt is bad,\u201d said Ivo Book, president of the Dunmore Leadership Fund."], "Ivo Book",
         ("activist_advocacy", "article")),
        (["\u201cIt is bad,\u201d wrote Ivo Book, an analyst at Dunmore Partners.", "Mr. Book said no."],
         "Mr. Book", ("expert", "article")),
        (["\u201cIt is bad,\u201d wrote Ivo Book, an analyst at Dunmore Partners.", "Mr. Book, the analyst, said no."],
         "Mr. Book, the analyst", ("expert", "article")),
        # negatives: documents and bodies keep their role; a plain name with an apposition is read as on main
        (["Ivo Marek, the mayor's son-in-law and senior adviser, said it.", "Ivo Marek is a teacher."],
         "Ivo Marek, the mayor's son-in-law and senior adviser", ("document", "phrase")),
        (["The Marek Report said it."], "The Marek Report", ("document", "phrase")),
        (["Dunmore Political Report said the race was close."], "Dunmore Political Report", ("document", "phrase")),
        (["The Lancet, a medical journal, said it.", "The Lancet said no."], "The Lancet", ("document", "article")),
        (["The report said it."], "The report", ("document", "phrase")),
        (["Ivo Marek said it."], "Ivo Marek", ("unknown", "")),
        # the restriction after the first read: a time phrase and a name with an insider are no person
        (["Earlier Tuesday, a Marek ad said the plan was bad.", "Earlier Tuesday said no."], "Earlier Tuesday",
         ("document", "article")),
        (["According to Dunmore Insider, the plan failed.", "Dunmore Insider, a memo said, was right."],
         "Dunmore Insider", ("document", "article")),
        # a last word alone ("Law said") is read as on main (a document): the article may name a law
        (["\u201cIt is bad,\u201d said Tova Law, spokesman for the Dunmore Party Committee.", "Law said no."], "Law",
         ("document", "phrase")),
    ],
)
def test_person_is_no_document(article_role, sents, name, role):
    assert article_role(sents, name) == role


@pytest.mark.parametrize(
    "name, expected",
    [("Mr. Marek", True), ("Dr. Ann Lee", True), ("Ivo Sharn", True), ("Ann B. Lee", True),
     ("Acme", False), ("The Lancet", False), ("Dunmore Political Report", False), ("Dunmore Energy Probe", False),
     ("Dunmore Matters Fund", False), ("National Dunmore Review", False), ("Study Group Report", False),
     ("Earlier Tuesday", False), ("Ann Lee Monday", False)],
)
def test_person_name(role_tagger, name, expected):
    assert person_name(name, role_tagger.phrase_role) is expected


def test_surname_document():
    names = {"tova law": "activist_advocacy", "law": "activist_advocacy", "marek report": "document"}
    assert surname_document("Tova Law", names, "tova law") == "activist_advocacy"
    assert surname_document("Marek Report", names, "marek report") == ""
    assert surname_document("The Tova Law", names, "tova law") == ""
    assert surname_document("Law", names, "law") == ""
    assert surname_document("Ann Law", names, "ann law") == ""
    assert surname_document("Mr. Law", names, "law") == "activist_advocacy"
    assert surname_document("Mr. Marek Report", {}, "marek report") == ""


@pytest.mark.parametrize(
    "phrase, role",
    [
        # lexicon v36 (positives)
        ("The American Meteorological Society", "expert"),
        ("the Dunmore Geophysical Union", "expert"),
        ("Tova Brill, an agronomist", "expert"),
        ("opinionist Tova Brill", "journalist_media"),
        # negatives: other societies, unions and associations keep their role
        ("the Dunmore Audubon Society", "activist_advocacy"),
        ("the Royal Society for the Protection of Birds", "activist_advocacy"),
        ("the Dunmore Medical Association", "activist_advocacy"),
        ("the teachers union", "activist_advocacy"),
        ("an opinion poll", "document"),
    ],
)
def test_lexicon_v36(role_tagger, phrase, role):
    assert role_tagger.phrase_role(phrase) == role
