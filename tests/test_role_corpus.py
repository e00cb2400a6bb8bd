"""A named speaker's role from the other articles of the corpus (issue 12ar-a, ``helpers/measures/role_corpus.py``).
Names and sentences invented for the tests."""

import pandas as pd
import pytest

from helpers.measures import attribution_parallel as AP
from helpers.measures import source_roles as SR
from helpers.measures.role_corpus import (
    CORPUS_BASIS,
    DOMINANT_BASIS,
    SURNAME_BASIS,
    corpus_roles,
    person_key,
    role_word,
)
from helpers.measures.sourcing import extract_attributions

IS_ROLE = role_word(SR.RoleTagger(SR.load_roles()))


def _units(articles):
    rows = [
        {"doc_id": f"d{i}", "outlet": "O", "unit_id": j, "paragraph_id": j, "text": s, "role": "body"}
        for i, sents in enumerate(articles)
        for j, s in enumerate(sents)
    ]
    return pd.DataFrame(rows)


def _row(att, doc, name):
    got = att[(att["doc_id"] == doc) & (att["source"].str.startswith(name) | (att["source_resolved"] == name))]
    assert len(got) == 1, att[["doc_id", "source", "source_resolved", "role", "role_basis"]]
    return got.iloc[0]


BARE = ["Orla Brandvik said the new tariff would hurt farmers."]
STATED_A = ["Senator Orla Brandvik said the vote would be close."]
STATED_B = ["Orla Brandvik, a senator from the north, said she would oppose the plan."]


@pytest.mark.parametrize(
    "phrase, key",
    [
        ("Vice President Orla Brandvik", "orla brandvik"),
        ("Acme CEO Orla Brandvik", "orla brandvik"),
        ("Orla J. Brandvik Jr.", "orla brandvik"),
        ("Orla Brandvik's", "orla brandvik"),
        ("Orla Brandvik, the senator", "orla brandvik"),
        ("Brandvik", ""),  # a bare surname
        ("Mr. Brandvik", ""),
        ("the Fenwick Department", ""),  # a body, not a person
        ("Brandvik campaign", ""),
        ("officials", ""),
        ("Senator Ann Lee of New Fenwick", ""),  # the name before "of" is not at the end; the place is no person
        ("a rally in New Fenwick", ""),
        ("former attorney Orla Brandvik", "orla brandvik"),
        ("Fenwick Tribune editor Orla Brandvik", "orla brandvik"),
    ],
)
def test_person_key(phrase, key):
    assert person_key(phrase, IS_ROLE) == key


def test_two_other_articles_give_the_role():
    att = extract_attributions(_units([BARE, STATED_A, STATED_B]))
    r = _row(att, "d0", "Orla Brandvik")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("politician", CORPUS_BASIS, "d1;d2")
    assert _row(att, "d1", "Senator Orla Brandvik")["role_basis"] == "phrase"  # stated roles are kept


def test_corpus_roles_off():
    att = extract_attributions(_units([BARE, STATED_A, STATED_B]), corpus_roles=False)
    r = _row(att, "d0", "Orla Brandvik")
    assert (r["role"], r["role_from"]) == (SR.ROLE_UNKNOWN, "")


def test_parallel_parts_see_the_whole_corpus():
    units = _units([BARE, STATED_A, STATED_B] * 2)
    one = extract_attributions(units)
    many = AP.extract_attributions(units, n_jobs=3)
    pd.testing.assert_frame_equal(many, one)
    assert (one["role_basis"] == CORPUS_BASIS).sum() == 2


@pytest.mark.parametrize(
    "articles",
    [
        [BARE, STATED_A],  # one other article only
        [
            BARE,
            STATED_A,
            STATED_B,
            ["Orla Brandvik, a professor of economics, said prices would rise."],
            ["Orla Brandvik, an economist at the university, said the data were weak."],
        ],  # conflicting roles: 2 vs 2
        [
            BARE,
            ["Senator Edda Brandvik said the vote would be close."],
            ["Edda Brandvik, a senator from the north, said she would oppose it."],
        ],  # same surname, other first name
    ],
)
def test_no_role_without_agreement_on_the_same_person(articles):
    att = extract_attributions(_units(articles))
    assert _row(att, "d0", "Orla Brandvik")["role"] == SR.ROLE_UNKNOWN


def test_the_articles_own_role_is_not_replaced():
    att = extract_attributions(
        _units([["Orla Brandvik, a professor of history, said the law was old."], STATED_A, STATED_B])
    )
    assert _row(att, "d0", "Orla Brandvik")["role"] == "expert"
    # a row the article leaves unknown while another row of the same article states the person's role
    out, _, _ = corpus_roles(
        ["a", "a", "b", "c"],
        ["Orla Brandvik"] * 4,
        [True] * 4,
        ["unknown", "expert", "politician", "politician"],
        ["", "phrase", "phrase", "phrase"],
        IS_ROLE,
    )
    assert out[0] == "unknown"


def test_a_body_takes_no_corpus_role():
    docs, phrases = ["a", "b", "c"], ["Fenwick Holdings Group", "Fenwick Holdings Group", "Fenwick Holdings Group"]
    roles, bases, _ = corpus_roles(
        docs,
        phrases,
        [True] * 3,
        ["unknown", "official", "official"],
        ["", "phrase", "phrase"],
        lambda w: w in ("Holdings", "Group"),
    )
    assert roles[0] == "unknown"


def test_guessed_roles_do_not_vote():
    docs = ["a", "b", "c", "d"]
    phrases = ["Orla Brandvik"] * 4
    roles = ["unknown", "politician", "politician", "expert"]
    for bases in (["", "article_majority", "pronoun_context", "phrase"], ["", CORPUS_BASIS, "phrase", "phrase"]):
        out, _, _ = corpus_roles(docs, phrases, [True] * 4, roles, bases, IS_ROLE)
        assert out[0] == "unknown"
    out, how, origin = corpus_roles(docs, phrases, [True] * 4, roles, ["", "phrase", "article", "phrase"], IS_ROLE)
    assert (out[0], how[0], origin[0]) == ("politician", CORPUS_BASIS, "b;c")  # 2 of 3 votes


def test_unnamed_rows_neither_vote_nor_take_a_role():
    docs, phrases = ["a", "b", "c"], ["Orla Brandvik"] * 3
    out, _, _ = corpus_roles(
        docs, phrases, [False, True, True], ["unknown", "expert", "expert"], ["", "phrase", "phrase"], IS_ROLE
    )
    assert out[0] == "unknown"
    out, _, _ = corpus_roles(
        docs, phrases, [True, False, True], ["unknown", "expert", "expert"], ["", "phrase", "phrase"], IS_ROLE
    )
    assert out[0] == "unknown"


def test_lengths_must_match():
    with pytest.raises(ValueError, match="one entry per attribution"):
        corpus_roles(["a"], [], [True], ["unknown"], [""], IS_ROLE)


def _surname(phrases_by_doc, roles_by_doc, bases_by_doc):
    docs = [d for d, ps in phrases_by_doc.items() for _ in ps]
    phrases = [p for ps in phrases_by_doc.values() for p in ps]
    roles = [r for rs in roles_by_doc.values() for r in rs]
    bases = [b for bs in bases_by_doc.values() for b in bs]
    return corpus_roles(docs, phrases, [True] * len(docs), roles, bases, IS_ROLE)


def test_a_bare_surname_takes_the_role_of_the_one_full_name_of_the_corpus():
    roles, bases, origin = _surname(
        {"a": ["Ms. Brandvik"], "b": ["Senator Orla Brandvik"], "c": ["Orla Brandvik"]},
        {"a": ["unknown"], "b": ["politician"], "c": ["politician"]},
        {"a": [""], "b": ["phrase"], "c": ["article"]},
    )
    assert (roles[0], bases[0], origin[0]) == ("politician", SURNAME_BASIS, "b;c")


def test_a_bare_surname_of_two_full_names_or_named_in_full_in_its_article_takes_nothing():
    two = _surname(
        {"a": ["Brandvik"], "b": ["Senator Orla Brandvik"], "c": ["Orla Brandvik"], "d": ["Edda Brandvik"]},
        {"a": ["unknown"], "b": ["politician"], "c": ["politician"], "d": ["unknown"]},
        {"a": [""], "b": ["phrase"], "c": ["article"], "d": [""]},
    )
    assert two[0][0] == "unknown"
    own = _surname(
        {"a": ["Brandvik", "Edda Brandvik"], "b": ["Senator Orla Brandvik"], "c": ["Orla Brandvik"]},
        {"a": ["unknown", "unknown"], "b": ["politician"], "c": ["politician"]},
        {"a": ["", ""], "b": ["phrase"], "c": ["article"]},
    )
    assert own[0][0] == "unknown"  # the article's own Brandvik is not the corpus's


# issue 12ar-e: full names written in any sentence of other articles (mentions), and dominant surnames
BARE_SURNAME = ["Brandvik said the new tariff would hurt farmers."]


def _mentions(n, title="Senator", first="Orla"):
    return [[f"{title} {first} Brandvik visited the farm on Monday."] for _ in range(n)]


def test_a_dominant_full_name_gives_a_bare_surname_its_role():
    att = extract_attributions(_units([BARE_SURNAME, *_mentions(5)]))
    r = _row(att, "d0", "Brandvik")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("politician", DOMINANT_BASIS, "d1;d2;d3;d4;d5")


def test_a_dominant_full_name_at_the_threshold_fills():
    att = extract_attributions(_units([BARE_SURNAME, *_mentions(9), ["Professor Edda Brandvik taught a class."]]))
    assert _row(att, "d0", "Brandvik")["role_basis"] == DOMINANT_BASIS  # 9 of 10 articles: 90%


@pytest.mark.parametrize(
    "articles",
    [
        [BARE_SURNAME, *_mentions(6), ["Professor Edda Brandvik taught a class."]],  # 6 of 7 (86%): no leader
        [BARE_SURNAME, *_mentions(4)],  # fewer than 5 articles
        [BARE_SURNAME + ["Edda Brandvik visited the plant."], *_mentions(5)],  # the own article names another
        [BARE_SURNAME, *[["Senator Brandvik visited the farm on Monday."] for _ in range(5)]],  # no full name
    ],
)
def test_no_dominant_full_name_no_role(articles):
    att = extract_attributions(_units(articles))
    assert _row(att, "d0", "Brandvik")["role"] == SR.ROLE_UNKNOWN


def test_a_title_of_another_person_with_the_surname_is_no_mention_vote():
    one = [["President Brandvik met Orla Brandvik at the farm on Monday."] for _ in range(5)]
    att = extract_attributions(_units([BARE_SURNAME, *one]))
    assert _row(att, "d0", "Brandvik")["role"] == SR.ROLE_UNKNOWN


def test_mention_votes_alone_do_not_fill_a_full_name():
    # the mention-voter sub-rule of issue 12ar-e failed its read and is not applied to full-name rows
    att = extract_attributions(_units([BARE, *_mentions(3)]))
    assert _row(att, "d0", "Orla Brandvik")["role"] == SR.ROLE_UNKNOWN


def test_mention_votes_read_titles_and_appositions():
    from helpers.measures.role_corpus import mention_votes

    tagger = SR.RoleTagger(SR.load_roles())
    sentences = {
        "a": ["Vice President Orla Brandvik announced the plan."],
        "b": ["Acme CEO Orla Brandvik, who founded the firm, spoke."],
        "c": ["Orla Brandvik went to the store."],
        "d": ["President Brandvik met Orla Brandvik."],
    }
    votes, named = mention_votes(sentences, {"brandvik"}, tagger, IS_ROLE)
    assert votes == {"orla brandvik": {"a": "politician", "b": "official"}}
    assert named["c"] == {"orla brandvik"}


def test_whole_corpus_roles_with_the_units_table_gives_the_dominant_surname():
    from helpers.measures.sourcing import whole_corpus_roles

    units = _units([BARE_SURNAME, *_mentions(5)])
    one = extract_attributions(units)
    parts = extract_attributions(units, corpus_roles=False)
    pd.testing.assert_frame_equal(whole_corpus_roles(parts.copy(), sentences=units), one)
    assert whole_corpus_roles(parts.copy())["role_basis"].eq(DOMINANT_BASIS).sum() == 0  # no sentences: not run


# review r12ar: integer ids, sentence-opening words, companies, non-ASCII names, linear work, the parallel path
def test_integer_doc_ids_fill_and_join():
    units = _units([BARE_SURNAME, *_mentions(5)])
    units["doc_id"] = units["doc_id"].str[1:].astype(int)
    att = extract_attributions(units)
    r = att[att["doc_id"] == 0].iloc[0]
    assert (r["role"], r["role_basis"], r["role_from"]) == ("politician", DOMINANT_BASIS, "1;2;3;4;5")


def test_an_articles_own_mention_is_not_another_article_with_integer_ids():
    # the row's own article names the person (a mention vote) and 2 other articles vote: 2 others are needed
    units = _units([["Senator Orla Brandvik visited.", "Brandvik said it was fine."], *_mentions(1)])
    units["doc_id"] = units["doc_id"].str[1:].astype(int)
    out = extract_attributions(units)
    assert (out["role_basis"] == DOMINANT_BASIS).sum() == 0


@pytest.mark.parametrize(
    "phrase, key",
    [
        ("But Brandvik", ""),
        ("Then Brandvik", ""),
        ("When Orla Brandvik", "orla brandvik"),
        ("Monday Orla Brandvik", "orla brandvik"),
        ("José Núñez", "josé núñez"),
        ("Ángela Ruiz", "ángela ruiz"),
        ("Ann O'Brien", "ann o'brien"),
        ("Mayor Bill de Blasio", "bill de blasio"),
        ("Ann Ng", "ann ng"),
        ("Orla Brandvik V", "orla brandvik"),
    ],
)
def test_person_key_review(phrase, key):
    assert person_key(phrase, IS_ROLE) == key


def test_a_sentence_opening_word_is_no_first_name():
    own = ["Brandvik said the new tariff would hurt farmers.", "But Brandvik conceded the point."]
    att = extract_attributions(_units([own, *_mentions(5)]))
    assert set(att.loc[att["doc_id"] == "d0", "role_basis"]) == {DOMINANT_BASIS}
    others = [m + ["But Orla Brandvik was late."] for m in _mentions(5)]
    att = extract_attributions(_units([BARE_SURNAME, *others]))
    assert _row(att, "d0", "Brandvik")["role_basis"] == DOMINANT_BASIS


@pytest.mark.parametrize("company", ["Fordham Motor Co. recalled 10,000 cars.", "Fordham Inc. recalled cars."])
def test_a_company_named_by_the_surname_takes_no_role(company):
    own = [company, "Fordham said the fault was rare."]
    att = extract_attributions(
        _units([own, *_mentions(5, first="Doug", title="Premier")]).replace("Brandvik", "Fordham", regex=True)
    )
    r = att[(att["doc_id"] == "d0") & (att["source"] == "Fordham")]
    assert len(r) == 1 and r.iloc[0]["role_basis"] != DOMINANT_BASIS
    bare = extract_attributions(
        _units([["Fordham said the fault was rare."], *_mentions(5, first="Doug", title="Premier")]).replace(
            "Brandvik", "Fordham", regex=True
        )
    )
    assert _row(bare, "d0", "Fordham")["role_basis"] == DOMINANT_BASIS


@pytest.mark.parametrize("first, last", [("José", "Núñez"), ("Ann", "Ng"), ("Ann", "O'Brien")])
def test_non_ascii_apostrophe_and_two_letter_surnames_fill(first, last):
    articles = [[f"{last} said the new tariff would hurt farmers."]]
    articles += [[f"Senator {first} {last} visited the farm on Monday."] for _ in range(5)]
    att = extract_attributions(_units(articles))
    assert _row(att, "d0", last)["role_basis"] == DOMINANT_BASIS


def test_the_parallel_path_passes_the_sentences():
    units = _units([BARE_SURNAME, *_mentions(5)] * 2)
    many = AP.extract_attributions(units, n_jobs=2)
    pd.testing.assert_frame_equal(many, extract_attributions(units))
    assert many["role_basis"].eq(DOMINANT_BASIS).sum() == 2


def test_a_body_takes_no_corpus_role_by_the_role_lexicon():
    docs, phrases = ["a", "b", "c"], ["Orla Department"] * 3
    roles, _, _ = corpus_roles(
        docs, phrases, [True] * 3, ["unknown", "official", "official"], ["", "phrase", "phrase"], IS_ROLE
    )
    assert roles[0] == "unknown"
