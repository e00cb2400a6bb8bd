"""Outlets and bodies named bare, typed from the corpus itself (issue 12bc-b,
``helpers/measures/role_bodies_corpus.py``). Names and sentences invented for the tests."""

import pandas as pd
import pytest

from helpers.measures import attribution_parallel as AP
from helpers.measures import source_roles as SR
from helpers.measures.role_bodies_corpus import (
    BODY_BASIS,
    OUTLET_BASIS,
    attested_outlets,
    body_key,
    body_roles,
    outlet_names,
)
from helpers.measures.role_corpus import role_word
from helpers.measures.sourcing import extract_attributions, whole_corpus_roles

IS_ROLE = role_word(SR.RoleTagger(SR.load_roles()))


def _units(articles, outlets=None, kinds=None):
    outlets = outlets or ["O"] * len(articles)
    rows = [
        {"doc_id": f"d{i}", "outlet": outlets[i], "unit_id": j, "paragraph_id": j, "text": s, "role": "body",
         **({"outlet_kind": kinds[i]} if kinds else {})}
        for i, sents in enumerate(articles)
        for j, s in enumerate(sents)
    ]
    return pd.DataFrame(rows)


def _row(att, doc, name):
    got = att[(att["doc_id"] == doc) & (att["source"] == name)]
    assert len(got) == 1, att[["doc_id", "source", "role", "role_basis"]]
    return got.iloc[0]


@pytest.mark.parametrize(
    "phrase, key",
    [
        ("the ZBI", "zbi"),
        ("The ZBI's", "zbi"),
        ("U.N.", "u.n."),
        ("Zentrox", "zentrox"),
        ("Zentrox, the phone maker", "zentrox"),  # a voting row's apposition
        ("Bank of Norlandia", "bank of norlandia"),
        ("the agency", ""),
        ("Mrs. Brandvik", ""),  # a courtesy title: a person
        ("July", ""),  # a month
        ("But Zentrox", ""),  # a sentence opener
        ("Zentrox officials", ""),
        ("A B C D E F", ""),  # too long
    ],
)
def test_body_key(phrase, key):
    assert body_key(phrase) == key


def test_outlet_names_leave_out_pseudo_groups_and_lexicon_names():
    got = outlet_names(["Quillpost", "The Norvik Ledger", "Brightside", "Ann Cole", "the senator"],
                       IS_ROLE, pseudo=["Brightside"], groups=["NPR"])
    assert got["quillpost"] == ("Quillpost", False, False)
    assert got["ann cole"] == ("Ann Cole", True, False)  # a person's form: taken only if the corpus writes "the Ann Cole"
    assert "brightside" not in got and "senator" not in got
    assert "npr" not in got  # a label of the outlet file that is a group label of this corpus, not its outlet
    assert "guest writer" not in got  # a pseudo-outlet of the outlet file


# (a) an outlet of the corpus
OUT = ["Quillpost reported that the mayor would resign."]


def test_an_outlet_of_the_corpus_is_a_journalist_or_outlet():
    att = extract_attributions(_units([OUT, ["The council met on Monday."]], outlets=["X", "Quillpost"]))
    r = _row(att, "d0", "Quillpost")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("journalist_media", OUTLET_BASIS, "")


def test_an_outlet_with_the_and_in_capitals():
    arts = [["The Quillpost said the mayor would resign."], ["QUILLPOST said taxes rose."],
            ["The mayor told the Quillpost he would stay."]]  # issue 12bc-g: the corpus uses it as an outlet
    att = extract_attributions(_units(arts, outlets=["The Quillpost", "Y", "Y"]))
    assert _row(att, "d0", "The Quillpost")["role_basis"] == OUTLET_BASIS
    assert _row(att, "d1", "QUILLPOST")["role_basis"] == OUTLET_BASIS


def test_an_outlet_of_the_outlet_file_is_read():
    att = extract_attributions(_units([["NPR said the mayor would resign."]]))  # label of the file
    assert _row(att, "d0", "NPR")["role_basis"] == OUTLET_BASIS


@pytest.mark.parametrize(
    "articles, outlets, kinds",
    [
        ([OUT], ["Y"], None),  # no such outlet in the corpus
        ([OUT], ["Quillpost"], ["pseudo"]),  # a pseudo-outlet of the reader
        ([["Orla Brandvik said the tariff would hurt farmers."]], ["Orla Brandvik"], None),  # a columnist's name
        ([["Sen. Ann Quillpost spoke on Monday.", "Quillpost said she would vote no."]], ["Quillpost"], None),
        ([["Kel Quillpost visited the farm.", "Quillpost said the crop was poor."]], ["Quillpost"], None),
        ([["the quillpost reported that the mayor would resign."]], ["Quillpost"], None),  # lower case
    ],
)
def test_no_outlet_role(articles, outlets, kinds):
    att = extract_attributions(_units(articles, outlets=outlets, kinds=kinds))
    assert not att["role_basis"].eq(OUTLET_BASIS).any(), att[["source", "role", "role_basis"]]


def test_a_person_like_outlet_name_written_with_the():
    arts = [["Norvik Ledger reported that the mayor would resign."], ["A story in the Norvik Ledger said so."]]
    att = extract_attributions(_units(arts, outlets=["Norvik Ledger", "Y"]))
    assert _row(att, "d0", "Norvik Ledger")["role_basis"] == OUTLET_BASIS


# (b) a body named bare
BODY = ["The ZBI said the suspect had been arrested."]
BODY_A = ["The ZBI, the federal police agency, said the suspect was armed."]
BODY_B = ["The ZBI, a federal agency, said the case was closed."]


def test_two_other_articles_type_a_body():
    att = extract_attributions(_units([BODY, BODY_A, BODY_B]))
    r = _row(att, "d0", "The ZBI")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("official", BODY_BASIS, "d1;d2")


def test_a_place_named_bare_takes_the_role_other_articles_give_it():
    arts = [["Norlandia warned that the talks would fail."],
            ["Officials met in Norlandia on Monday.", "Norlandia said it would retaliate."],
            ["Talks were held in Norlandia.", "Norlandia said the deal was dead."]]
    att = extract_attributions(_units(arts))
    r = _row(att, "d0", "Norlandia")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("official", BODY_BASIS, "d1;d2")


@pytest.mark.parametrize(
    "articles",
    [
        [BODY, BODY_A],  # one other article only
        [BODY, BODY_A, ["The ZBI, a civil rights group, said the arrest was unlawful."]],  # 1 vs 1
        [BODY + BODY_A[:1], BODY_B, BODY_A],  # the article states a role itself
    ],
)
def test_no_body_role_without_agreement(articles):
    att = extract_attributions(_units(articles))
    assert _row(att, "d0", "The ZBI")["role_basis"] != BODY_BASIS


def test_a_surname_is_no_body():
    stated = [["Zentrox, the phone maker, said sales rose."], ["Zentrox, a technology company, said profits fell."]]
    own = [["Kel Zentrox visited the farm.", "Zentrox said the crop was poor."]]
    att = extract_attributions(_units(own + stated))
    assert _row(att, "d0", "Zentrox")["role_basis"] != BODY_BASIS  # the article writes it after a first name
    speaker = [["Zentrox said the phone would ship in May."], ["Kel Zentrox said the weather was fine."]]
    att = extract_attributions(_units(speaker + stated))
    assert _row(att, "d0", "Zentrox")["role_basis"] != BODY_BASIS  # a speaker's surname in the corpus


def test_a_voting_article_that_writes_a_surname_does_not_vote():
    doc, phrases = ["a", "b", "c"], ["Zentrox", "Zentrox", "Zentrox"]
    sents = {"a": ["Zentrox said so."], "b": ["Zentrox said so."], "c": ["Mayor Kel Zentrox said so."]}
    roles, bases, origin = body_roles(doc, phrases, [True] * 3, ["unknown", "official", "politician"],
                                      ["", "article", "article"], sents, IS_ROLE)
    assert roles[0] == "unknown"  # one vote left ("b"): too few
    sents["c"] = ["Zentrox said so."]
    roles, bases, origin = body_roles(doc, phrases, [True] * 3, ["unknown", "official", "official"],
                                      ["", "article", "article"], sents, IS_ROLE)
    assert (roles[0], bases[0], origin[0]) == ("official", BODY_BASIS, "b;c")


def test_lengths_must_agree():
    with pytest.raises(ValueError):
        body_roles(["a"], [], [True], ["unknown"], [""], {}, IS_ROLE)


def test_the_parallel_path_gives_the_same_roles():
    arts = [BODY, BODY_A, BODY_B, OUT, ["The council met on Monday."]] * 2
    units = _units(arts, outlets=["X", "Y", "Z", "W", "Quillpost"] * 2)
    one = extract_attributions(units)
    many = AP.extract_attributions(units, n_jobs=2)
    pd.testing.assert_frame_equal(many, one)
    assert one["role_basis"].eq(BODY_BASIS).sum() == 2 and one["role_basis"].eq(OUTLET_BASIS).sum() == 2
    parts = pd.concat([extract_attributions(units.iloc[:4], corpus_roles=False),
                       extract_attributions(units.iloc[4:], corpus_roles=False)], ignore_index=True)
    pd.testing.assert_frame_equal(whole_corpus_roles(parts, sentences=units), one)


def test_a_corpus_grouped_by_outlet_keeps_its_outlets():
    got = outlet_names(["Quillpost", "Y"], IS_ROLE, groups=["Quillpost", "Y", "Left"], aliases=None)
    assert "quillpost" in got


class _CountingSentences(dict):
    """A dict of sentences that counts how often all of them are read."""

    reads = 0

    def values(self):
        type(self).reads += 1
        return super().values()


def test_person_like_outlets_are_looked_up_in_one_scan_of_the_corpus():
    # review r12bc: each person-like outlet name a row needed scanned every sentence of the corpus (quadratic in
    # the corpus when it has many bylines as outlets); one scan must serve them all, with the same answers
    n = 40
    outlets = {f"ann cole{i}": (f"Ann Cole{i}", True) for i in range(n)}
    docs = [f"d{i}" for i in range(n)]
    phrases = [f"Ann Cole{i}" for i in range(n)]
    sentences = _CountingSentences({f"d{i}": [f"Ann Cole{i} reported that the vote was close."] for i in range(n)})
    sentences["d0"] = ["The story ran in the Ann Cole3 on Monday.", "Ann Cole0 reported it."]
    _CountingSentences.reads = 0
    roles, bases, _ = body_roles(docs, phrases, [True] * n, ["unknown"] * n, ["verb"] * n, sentences, IS_ROLE,
                                 outlets)
    assert _CountingSentences.reads <= 1
    assert [i for i, b in enumerate(bases) if b == OUTLET_BASIS] == [3]
    assert roles[3] == "journalist_media"


# issue 12bc-g: an outlet value that is an everyday word or a demonym is taken only where the corpus uses it as one
_EVERYDAY = [
    ["Bus fares will rise in March.", "Metro said the new buses would arrive late."],
    ["Ivo Marek won the final.", "The Texan said he was tired."],
    ["The trains will be faster.", "Express said the line would open in May."],
]
_EVERYDAY_OUTLETS = ["Metro", "The Texan", "Express"]


def test_an_everyday_outlet_name_the_corpus_never_uses_as_an_outlet_is_left_alone():
    att = extract_attributions(_units(_EVERYDAY, outlets=_EVERYDAY_OUTLETS))
    for doc, name in [("d0", "Metro"), ("d1", "The Texan"), ("d2", "Express")]:
        assert _row(att, doc, name)["role_basis"] != OUTLET_BASIS


def test_an_everyday_outlet_name_the_corpus_uses_as_an_outlet_is_taken():
    more = [["The mayor told Metro the line would open."], ["Ivo Marek won, the Texan's reporter wrote."],
            ["Dana Kovic, writing for Express, called it a win."]]
    att = extract_attributions(_units(_EVERYDAY + more, outlets=_EVERYDAY_OUTLETS + ["Metro", "The Texan", "X"]))
    for doc, name in [("d0", "Metro"), ("d1", "The Texan"), ("d2", "Express")]:
        assert _row(att, doc, name)["role_basis"] == OUTLET_BASIS
        assert _row(att, doc, name)["role"] == "journalist_media"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor told the Texan the vote was close.",
        "The mayor told The Texan the vote was close.",
        "According to Metro, the vote was close.",
        "She said in an interview with Sky that she would run.",
        "Dana Kovic wrote in Nature that the data were new.",
        "Dana Kovic, writing for the Texan, called it a win.",
        "The plan was first reported by Metro on Monday.",
        "The letter was published by Express.",
        "In an op-ed in the Texan, she called it a win.",
        "Metro reported that the vote was close.",
        "The Texan first reported the deal.",
        "METRO reports that the vote was close.",
        "The Texan has reported on the deal.",
        "Metro's reporter asked the mayor.",
        "Metro\u2019s editorial board backed the plan.",
        "The Texan's correspondents were there.",
        "Metro, the free newspaper, ran the story.",
        "The Texan, a weekly magazine, ran the story.",
        "Sky, the broadcaster, ran the story.",
    ],
)
def test_a_news_outlet_frame_attests_the_outlet(sentence):
    names = {"metro": "Metro", "texan": "Texan", "sky": "Sky", "nature": "Nature", "express": "Express"}
    assert attested_outlets(names, {"d": [sentence]})


@pytest.mark.parametrize(
    "sentence",
    [
        "Metro said the new buses would arrive late.",
        "The Texan said he was tired.",
        "Bus fares will rise, Metro said.",
        "The mayor met the Texan on Monday.",
        "Metro's buses will arrive late.",  # a possessive before no newsroom noun
        "The Texan's coach was tired.",
        "Metro, the transit agency, said fares would rise.",  # an apposition with no news noun
        "The Metropolitan reported the deal.",  # another word that starts with the name
        "He told metro riders to wait.",  # lower case
        "Skyline reports were late.",
        "He told Texans to wait.",  # a plural demonym
    ],
)
def test_no_news_outlet_frame_attests_nothing(sentence):
    names = {"metro": "Metro", "texan": "Texan", "sky": "Sky", "nature": "Nature"}
    assert not attested_outlets(names, {"d": [sentence]})


def test_the_attestation_scan_reads_each_sentence_once_and_grows_linearly():
    names = {f"quill{i}": f"Quill{i}" for i in range(500)}
    sentences = {f"d{i}": [f"Quill{i} said the vote was close.", f"The mayor told Quill{i * 2} it was."]
                 for i in range(500)}
    got = attested_outlets(names, sentences)
    assert got == {f"quill{i * 2}" for i in range(250)}
