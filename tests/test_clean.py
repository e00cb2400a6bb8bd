"""Cleaning keeps every body line, drops furniture, and keeps the structure."""
import csv
from pathlib import Path

import pytest

from helpers.core.paths import SEEDS_DIR
from helpers.corpus.clean import clean_article, is_title_like

LABELS = Path(__file__).parent / "data" / "seed_line_labels.csv"


def _hand_labels():
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8")))
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], {})[int(r["line"])] = (r["label"], r["text"])
    return by_doc


@pytest.mark.parametrize("doc_id", sorted(p.stem for p in SEEDS_DIR.glob("*.txt")))
def test_every_seed_line_gets_its_hand_label(doc_id):
    raw = (SEEDS_DIR / f"{doc_id}.txt").read_text(encoding="utf-8")
    expected = _hand_labels()[doc_id]
    got = {raw.count("\n", 0, ln.start) + 1: (ln.label, ln.text) for ln in clean_article(raw).lines}
    assert set(got) == set(expected), "non-empty lines differ from the hand-labelled ones"
    wrong = {n: (got[n][0], expected[n][0], expected[n][1][:60]) for n in expected if got[n][0] != expected[n][0]}
    assert not wrong, f"(got, hand label, line) {wrong}"


def test_body_keeps_every_body_line_verbatim(seed_corpus):
    labels = _hand_labels()
    for row in seed_corpus.itertuples():
        body = [t for _, (lab, t) in sorted(labels[row.doc_id].items()) if lab == "body"]
        assert row.text.split("\n\n") == body


def test_article_without_furniture_passes_untouched():
    raw = (
        "Officials met in Doha on Tuesday.\n\n"
        "\"We want peace,\" the envoy said. The talks will continue.\n\n"
        "Analysts were cautious about the outcome of the meeting."
    )
    res = clean_article(raw)
    assert res.text == raw
    assert res.removed == [] and res.headline == ""


@pytest.mark.parametrize(
    "line, rule",
    [
        ("READ MORE: Ten things to know about the border", "promo"),
        ("Also Read - Army chief visits Quetta", "promo"),
        ("Related: Cabinet approves new budget", "promo"),
        ("Soldiers patrol the border. (Photo: Reuters)", "caption"),
        ("A view of Torkham crossing | Photo credit: AFP", "caption"),
        ("Share this article", "navigation"),
        ("Advertisement", "navigation"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Sign up for our newsletter to get updates by email", "subscription"),
        ("(Reporting by Asif Shahzad; Editing by Gareth Jones)", "credit"),
        ("Copyright 2021 The Associated Press. All rights reserved.", "credit"),
        ("Published in Dawn, November 9th, 2021", "credit"),
        ("The views expressed in this article are the author's own.", "credit"),
        ("Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter to receive all updates.", "social_prompt"),
        ("Image source, Getty Images", "caption"),
        ("Story continues below advertisement", "navigation"),
        ("Listen to this article", "navigation"),
        ("Advertisement:", "navigation"),
        ("[pullquote]", "navigation"),
        ("___", "navigation"),
        ("The Associated Press contributed to this report.", "credit"),
        ("Contributing: The Associated Press", "credit"),
        ("Story Continued Below", "navigation"),
        ("The opinions expressed by columnists are their own and do not represent the views of the site.", "credit"),
        ("Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy",
         "boilerplate"),
    ],
)
def test_general_furniture_rules_on_unseen_lines(line, rule):
    raw = f"Headline About Border Talks\n\nThe first paragraph says something.\n\n{line}\n\nThe second paragraph adds more."
    res = clean_article(raw)
    removed = {r["text"]: r["rule"] for r in res.removed}
    assert removed.get(line) == rule
    assert res.text == "The first paragraph says something.\n\nThe second paragraph adds more."


def test_trailer_block_is_removed_to_the_end_and_header_zone_is_recognised():
    raw = "\n".join([
        "WORLD",
        "Published on",
        "March 3, 2024",
        "5 min read",
        "Border Crossing Reopens After Talks",
        "By Jane Doe",
        "The crossing reopened on Monday after two weeks.",
        "Traders welcomed the decision.",
        "Related Posts",
        "Another headline here",
        "A teaser that runs on and on without an end",
    ])
    res = clean_article(raw)
    assert res.headline == "Border Crossing Reopens After Talks"
    assert res.text == "The crossing reopened on Monday after two weeks.\n\nTraders welcomed the decision."
    rules = [r["rule"] for r in res.removed]
    assert rules == ["section_label", "published_stub", "dateline", "reading_time", "byline",
                     "trailer_marker", "trailer", "trailer"]


def test_trailer_marker_before_any_body_does_not_truncate():
    raw = "Latest\n\nTalks Resume in Kabul\n\nThe talks resumed on Monday, officials said.\n\nMore followed."
    res = clean_article(raw)
    assert res.text == "The talks resumed on Monday, officials said.\n\nMore followed."


def test_subheading_needs_following_prose_and_title_form():
    raw = "Intro sentence of the article is here.\n\nA New Phase Begins\n\nThe next paragraph explains what changed and why.\n\nshort line"
    res = clean_article(raw)
    assert res.subheadings == ["A New Phase Begins"]
    assert "short line" in res.text


def test_removed_offsets_point_into_raw():
    raw = "Body line one is here.\n\nADVERTISEMENT\n\nBody line two is here."
    res = clean_article(raw)
    (r,) = res.removed
    assert raw[r["start"]:r["end"]] == "ADVERTISEMENT" and r["reason"]


@pytest.mark.parametrize("text, expected", [
    ("Pakistan needs Afghanistan's support against TTP", True),
    ("The Road Ahead: More Tension or Possible Cooperation?", True),
    ("Why did the talks fail?", False),
    ("The talks failed, officials said.", False),
    ("Word", False),
])
def test_is_title_like(text, expected):
    assert is_title_like(text) is expected


def test_related_block_inside_the_article_does_not_swallow_the_body():
    para = "The delegation met the interim government in Kabul on Monday and discussed trade, border crossings and security."
    raw = "\n\n".join([
        "First paragraph of the story says what happened in the capital.",
        "Related Articles",
        "Border reopens after talks",
        "Trade resumes at Torkham",
        para,
        para.replace("Monday", "Tuesday"),
        "Previous Story",
        "Some teaser that is cut off without an end",
    ])
    res = clean_article(raw)
    assert res.text.split("\n\n") == [
        "First paragraph of the story says what happened in the capital.", para, para.replace("Monday", "Tuesday")]
    assert [r["text"] for r in res.removed][-1] == "Some teaser that is cut off without an end"


def test_relative_timestamp_in_header():
    res = clean_article("3 hours ago\n\nTalks Resume In Doha\n\nThe talks resumed on Monday after a long pause.")
    assert res.removed[0]["rule"] == "dateline" and res.headline == "Talks Resume In Doha"


def test_long_boilerplate_paragraph_is_removed_but_long_prose_is_not():
    boiler = ("Content created by The Daily Caller News Foundation is available without charge to any eligible news "
              "publisher that can provide a large audience. For licensing opportunities of our original content, "
              "please contact licensing@dailycallernewsfoundation.org.")
    prose = ("The committee said the report, which runs to more than forty pages and cites officials in three "
             "provinces, would be published next week after the ministry had reviewed its findings in full.")
    prose2 = ("Officials in the three provinces said they had not yet seen the report, and the ministry declined to say "
              "when its review would end or whether the committee's findings would change its plans.")
    res = clean_article(f"{prose}\n\n{boiler}\n\n{prose2}")  # two paragraphs: one said twice is a copy (11m)
    assert [r["rule"] for r in res.removed] == ["boilerplate"]
    assert res.text == f"{prose}\n\n{prose2}"
