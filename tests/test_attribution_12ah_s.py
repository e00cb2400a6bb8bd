"""Rule of issue 12ah-s (speaker spans and pronouns): "he" and "she" pass over an antecedent the article marks as the
other gender (a courtesy title in the phrase or before the same surname elsewhere in the article, a gendered person
noun in the phrase's head). Sentences written for the tests."""

import pytest
from test_attribution_12ae import paragraphs

from helpers.measures.pronoun_gender import article_genders, clashes, phrase_gender


def pronoun_rows(paras):
    t = paragraphs(paras)
    return [r.source_resolved for r in t.itertuples() if r.source.strip().lower() in ("he", "she")]


# --- the gender a phrase states ---------------------------------------------------------------------------------

PHRASES = [
    ("Mr. Roe", None, "m"),
    ("Ms. Ann Cole", None, "f"),
    ("his spokeswoman", None, "f"),
    ("the congressman from Ohio", None, "m"),
    ("Mr. Roe's spokeswoman", None, "f"),
    ("the wife of the governor", None, "f"),
    ("Cole", {"cole": "f"}, "f"),
    ("Ann Cole, a historian", {"cole": "f"}, "f"),
]


@pytest.mark.parametrize("phrase, genders, gender", PHRASES)
def test_phrase_gender(phrase, genders, gender):
    assert phrase_gender(phrase, genders) == gender


PHRASES_NONE = [
    ("Cole", None),  # no mark anywhere
    ("Ann Cole, a historian", {"roe": "m"}),  # another surname's title
    ("Mr. and Mrs. Roe", None),  # both genders
    ("Chancellor Karl Huffman", None),  # a surname ending in -man is no noun
    ("German officials", None),
    ("the chairperson", None),
    ("Coretta King", None),  # a capitalised surname, not the noun "king"
]


@pytest.mark.parametrize("phrase, genders", PHRASES_NONE)
def test_phrase_without_gender(phrase, genders):
    assert phrase_gender(phrase, genders) == ""


def test_article_genders_reads_courtesy_titles_and_drops_conflicts():
    g = article_genders(["Ann Cole spoke first.", "Ms. Cole said so.", "Mr. Roe and Mrs. Roe left.", "Mr. Diaz"])
    assert g == {"cole": "f", "diaz": "m"}
    # two first names with one surname: a father and a daughter; the title says nothing about either
    assert article_genders(["John Kemp spoke.", "Mr. Kemp left.", "Lucy Kemp said so."]) == {}
    assert article_genders(["Senator John McKay spoke.", "Mr McKay left.", "Lucy McKay said so."]) == {}


def test_clashes_only_for_he_and_she():
    assert clashes("She", "Mr. Roe")
    assert not clashes("they", "Mr. Roe")
    assert not clashes("he", "Mr. Roe")
    assert not clashes("she", "Roe")


# --- resolution ---------------------------------------------------------------------------------------------------
# each case: the article's sentences (one paragraph) joined by " | ", and the speaker the last "he"/"she" takes


def last_pronoun(text):
    return pronoun_rows([text.split(" | ")])[-1]


SKIP = [
    # the nearest earlier speaker is marked male: "she" takes the woman before him
    (
        "Ms. Ortiz said the bridge would be rebuilt. | Mr. Keller said the money was gone. | She said the vote is set.",
        "Ms. Ortiz",
    ),
    # the nearest speaker is a spokeswoman: "he" takes the senator the article calls "Mr." before her
    (
        "Senator Tom Baird said the bill would pass. | Mr. Baird has chaired the panel since 2014. | "
        "His spokeswoman said the vote was set for Friday. | He said he had the votes.",
        "Mr. Baird",
    ),
    # the article titles the nearest speaker "Mr." and the earlier one "Ms." elsewhere
    (
        "Ann Varga said the strike would go on. | Paul Keller said the talks had failed. | Mr. Keller has led the "
        "company since 2010. | She said the workers would not give in. | Ms. Varga has led the union since 2012.",
        "Ann Varga",
    ),
]


@pytest.mark.parametrize("text, speaker", SKIP)
def test_pronoun_passes_over_the_other_gender(text, speaker):
    assert last_pronoun(text) == speaker


KEEP = [
    # no gender stated: the nearest speaker, as before
    (
        "Ann Varga said the strike would go on. | Paul Keller said the talks had failed. | She said they would not "
        "give in.",
        "Paul Keller",
    ),
    # the same gender: the nearest speaker
    (
        "Ms. Ortiz said the bridge would be rebuilt. | Ms. Keller said the money was gone. | She said the vote is set.",
        "Ms. Keller",
    ),
    # the nearest speaker clashes but no earlier one is marked "she": the nearest is kept (nothing better is known)
    (
        "Ann Varga said the strike would go on. | Mr. Keller said the talks had failed. | She said they would not "
        "give in.",
        "Mr. Keller",
    ),
]


@pytest.mark.parametrize("text, speaker", KEEP)
def test_pronoun_keeps_the_nearest_without_a_clash(text, speaker):
    assert last_pronoun(text) == speaker


def test_gender_nouns_come_from_their_lexicon_and_a_broken_file_is_named(tmp_path):
    import pytest

    from helpers.measures import pronoun_gender as PG

    male, female = PG._read_nouns()
    assert "spokesman" in male and "spokeswoman" in female and not set(male) & set(female)
    bad = tmp_path / "gender_nouns.yaml"
    bad.write_text("name: gender_nouns\nmale: [a, b]\nfemale: c d\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gender_nouns.yaml: needs 'male' and 'female'"):
        PG._read_nouns(bad)
    bad.write_text("name: gender_nouns\nmale: a b\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gender_nouns.yaml: missing top-level key \['female'\]"):
        PG._read_nouns(bad)
    bad.write_text("male: a b\nfemale: c\nmale: d\n", encoding="utf-8")  # read like every lexicon: no repeated key
    with pytest.raises(ValueError, match="the key 'male' appears twice"):
        PG._read_nouns(bad)
