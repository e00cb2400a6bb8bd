"""Review s80-A (awkward and broken input): the faults it found, each with the case that showed it (rows and
bytes written for the tests, modelled on the reviewer's AllSides corpora)."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

QUOTE = '"I don\'t know how to build something that\'s only 80% complete," Chung told CNN.'
PARAS = ["Officials say the website will work better but warn that some problems will persist in the weeks ahead.",
         QUOTE,
         "Republicans pounced on the news, with the House Speaker urging the president to delay the law by a year.",
         "The agency said it had fixed hundreds of bugs since the launch and would publish its figures next week."]


def _load(path, **kw):
    from helpers.corpus.read import load_corpus

    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        df = load_corpus(path, **kw)
    return df, [str(w.message) for w in rec]


# --- finding 1: <p> bodies in a table corpus ------------------------------------------------------------------

def test_drop_block_tags_makes_paragraphs_and_drops_scripts():
    from helpers.text.normalize import drop_block_tags

    assert drop_block_tags("<p>One two.</p><p>Three four.</p>") == "One two.\n\nThree four."
    assert drop_block_tags("<div class='a'>\n<h1>Head</h1>\n<p>Body.</p>\n</div>\n") == "Head\n\nBody."
    assert drop_block_tags("<li>a</li><li>b</li>") == "a\n\nb"
    assert drop_block_tags('<p>x.</p>\n<script>document.body.innerHTML="PWNED";</script>\n<p>y.</p>') == "x.\n\ny."
    assert drop_block_tags("<p>x.</p><style>b{display:none}</style><iframe src='e'></iframe><p>y.</p>") == "x.\n\ny."
    assert drop_block_tags("<noscript>Turn on scripts</noscript>Text.") == "Text."


@pytest.mark.parametrize("text", ["Plain text.\n\nTwo paragraphs, no tags.", "a <3 rating", "if x < y and y > z",
                                  "line<br>line", "<b>bold</b> only", "  spaces kept \n\n\n", "<script>alert(1)"])
def test_drop_block_tags_leaves_other_text_byte_for_byte(text):
    from helpers.text.normalize import drop_block_tags

    assert drop_block_tags(text) == text


@pytest.mark.parametrize("line, markup", [
    ("<p>" + QUOTE + "</p>", False),
    ("<p>Latest snafu: small businesses can't enroll online</p>", False),
    ('<iframe width="476" height="267" src="https://example.org/embed/1" allowfullscreen></iframe>', True),
    ('<img src=x onerror="alert(2)">', True),
    ("<span>Advertisement</span>", True),
    ('[ { "name": "Ad - Inline", "slot": "3" } ]', True),
])
def test_the_markup_rule_never_drops_prose_between_tags(line, markup):
    from helpers.corpus.clean import clean_article
    from helpers.corpus.clean_rules import has_prose_between_tags

    p1 = "The county board approved the new ferry schedule on Monday after months of complaints from residents."
    p2 = "Commuters said the extra morning crossing would let them reach the mainland before the first shift."
    rules = {ln.text: ln.rule for ln in clean_article("\n\n".join([p1, line, p2])).lines}
    assert (rules.get(line) == "markup") is markup, rules
    if line.startswith("<p>"):
        assert has_prose_between_tags(line)


def test_a_table_of_p_bodies_keeps_every_paragraph(tmp_path):
    one_line = "".join(f"<p>{p}</p>" for p in PARAS)
    per_line = "\n".join(f"<p>{p}</p>" for p in PARAS)
    plain = "\n\n".join(PARAS) + "\n\nA plain <3 body keeps its bytes &amp; all."
    path = tmp_path / "cms.csv"
    pd.DataFrame({"id": ["h0", "h3", "p0"], "outlet": ["A", "B", "C"],
                  "text": [one_line, per_line + '\n<script>alert("x")</script>', plain]}).to_csv(path, index=False)
    df, msgs = _load(path)
    df = df.set_index("doc_id")
    for d in ("h0", "h3"):
        text = df.loc[d, "text"]
        assert "<p>" not in text and "alert" not in text, text
        for p in PARAS:
            assert p in text, (d, p)
        assert not [x for x in df.loc[d, "removed"] if x["rule"] == "markup"]
    assert df.loc["p0", "raw"] == plain.replace("&amp;", "&")  # only the entity, as before
    assert not [m for m in msgs if "no body text" in m]
