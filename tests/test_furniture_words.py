"""Furniture inside body lines is not counted as words (helpers.text.furniture); all texts are invented."""

import re

import pytest

from helpers.measures.vocabulary import count_matrix
from helpers.text.furniture import blank_furniture, count_text, furniture_spans
from helpers.topics.dtm import vectorize


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        (
            "Senator Jane Doe Jane Quincy DoeCouncil passes farm bill | Court rules on maps Bakers win prize MORE (D-Ore.) "
            "said the plan would work.",
            ["council", "bakers", "more", "quincy"],
            ["doe", "jane", "plan", "ore"],
        ),
        ("Rep. Sam Roe Samuel RoeMORE (R-Ohio) agreed.", ["more", "samuel"], ["roe", "sam", "agreed"]),
        (
            "Sen. Ann McAdam Ann (Annie) Ray McAdamVote delayed again MORE said no.",
            ["ray", "annie", "vote"],
            ["mcadam"],
        ),
        ("Mayor Bo Lee said that the CityFair plan | Bus fares rise MORE was late.", ["fair", "bus"], ["city", "late"]),
        (
            "The council approved the budget. Hide Caption 3 of 12 Photos: Residents wade through water.",
            ["hide", "caption", "photos"],
            ["residents", "budget"],
        ),
        ("Protesters gather outside the court. (AP Photo/Jane Doe) The judge ruled.", ["photo", "jane"], ["judge"]),
        ("It was late. ARCHIVED RECORDING (A MAYOR): We will build it.", ["archived", "recording", "mayor"], ["build"]),
        ("Sign up for our weekly politics newsletter. The river rose.", ["newsletter", "weekly"], ["river"]),
        ("Get The Digest. Choose your country Albania Algeria Andorra Angola", ["albania", "angola"], ["digest"]),
        (
            "Doe J. Flu shots work. Lancet. 2020;1:2. CrossrefMedlineGoogle Scholar PMID: 12345 doi:10.1000/xyz",
            ["crossref", "medline", "google", "scholar", "pmid", "doi"],
            ["flu", "shots"],
        ),
        ("Hide caption A crowd waits at the gate.", ["hide", "caption"], ["crowd"]),
        ("FILE PHOTO: The mayor speaks in the hall.\nThe budget passed.", ["file", "photo"], ["mayor"]),
        ("The mayor speaks in the hall. AGENCY/Jane Doe\nThe budget passed.", ["agency", "jane"], ["mayor"]),
        ("Crowds cheered the team. Jane Doe/Getty Images", ["getty", "images"], ["crowds"]),
        ("Read or Share this story: http://exm.ly/2abcDe", ["share", "http", "exm", "ly"], []),
        ("Write to jane.doe@example.com or see pic.twitter.com/AbC123 today.", ["example", "com", "pic"], ["today"]),
        ("Update at 2:15 p.m. ET. The vote was delayed.", ["update", "et"], ["vote"]),
        (
            "[AUDIO PLAYBACK]\narchived recording (a senator)\nWe will vote. [END PLAYBACK]",
            ["audio", "playback", "archived", "recording", "senator"],
            ["vote"],
        ),
        ("The river rose.\nEditor’s note: This coverage is free for all readers.", ["editor", "coverage"], ["river"]),
        ("The bill is gov\u00aderning the city.", ["gov", "erning"], ["governing"]),
        # capitals: the rule is case-insensitive, and so is the look for its needle (issue qa4 follow-up)
        ("The river rose.\nEDITOR'S NOTE: This story was updated.", ["editor", "updated"], ["river"]),
        ("SIGN UP FOR OUR WEEKLY NEWSLETTER. The river rose.", ["weekly", "newsletter"], ["river"]),
    ],
)
def test_furniture_is_not_counted(text, gone, kept):
    words = set(re.findall(r"[a-z]+", count_text(text).lower()))
    assert not (set(gone) & words), count_text(text)
    assert set(kept) <= words, count_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "The iPhone maker said MORE than once that McDonald's is a client.",
        "The HIV/Aids epidemic hit the region; AP/NORC polls show support.",
        "The FBI/Justice Department inquiry went on for months.",
        "He said [the mayor] and [NATO] were at the table.",
        "Photos of the flood were shared widely, and the update at noon was brief.",
        "The editor noted that the story would run.",
        "Voters can sign up at the town hall until Friday.",
    ],
)
def test_prose_is_kept(text):
    assert furniture_spans(text) == []
    assert count_text(text) == text


def test_count_matrix_and_topic_terms_skip_furniture():
    texts = [
        "Floods hit the valley town. Hide Caption 1 of 9 (AP Photo/Jane Doe)",
        "Floods hit the river town. Hide Caption 2 of 9 (AP Photo/Jane Doe)",
        "Floods closed the valley road. Hide Caption 3 of 9 (AP Photo/Jane Doe)",
    ]
    X, vocab = count_matrix(texts, min_count=1)
    assert {"floods", "valley"} <= set(vocab)
    assert not {"hide", "caption", "photo", "jane"} & set(vocab)
    dtm = vectorize(texts, min_df=1, max_df=1.0)
    assert "floods" in set(dtm.terms) and not {"caption", "hide caption", "photo"} & set(dtm.terms)


def test_blank_furniture_keeps_offsets_and_text_reuse_skips_a_shared_form():
    from helpers.measures.reuse import pair_overlap

    form = "Sign up to receive the top stories in your inbox. Choose your country " + " ".join(
        f"Land{i}" for i in range(60)
    )
    a = "The mill closed on Monday after a long strike by its workers.\n" + form
    b = "A new bakery opened downtown and hired twelve local residents.\n" + form
    assert len(blank_furniture(a)) == len(a) and blank_furniture(a).startswith("The mill closed")
    out = pair_overlap(a, b)
    assert out["shared_shingles"] == 0 and out["longest_words"] == 0
