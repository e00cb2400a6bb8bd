"""helpers.measures.label_voice: whose words a naming label is (sentences written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.label_voice import VOICES, label_voice
from helpers.measures.sourcing import extract_attributions, load_source_types, load_verbs


def _units(paragraphs):
    rows, uid = [], 0
    for p, sentences in enumerate(paragraphs):
        for s in sentences:
            rows.append({"doc_id": "d1", "unit_id": uid, "paragraph_id": p, "text": s, "outlet": "A"})
            uid += 1
    return pd.DataFrame(rows)


def _voices(paragraphs, term="illegal immigrants"):
    units = _units(paragraphs)
    att = extract_attributions(units, ["outlet"], verbs=load_verbs(), source_types=load_source_types())
    rows = [{"doc_id": "d1", "unit_id": u, "start": t.find(term), "end": t.find(term) + len(term)}
            for u, t in zip(units["unit_id"], units["text"]) if term in t]
    attached = pd.DataFrame(rows)
    return list(label_voice(attached, units, att))


@pytest.mark.parametrize("sentence, voice", [
    ("The bill would give illegal immigrants a path to citizenship.", "writer"),
    ('"We will deport illegal immigrants," Smith said on Monday.', "quoted"),
    ('Smith promised to "round up illegal immigrants" within a year.', "quoted"),
    ("Smith said illegal immigrants would be deported within a year.", "reported"),
    ("Most illegal immigrants would be deported within a year, Smith said.", "reported"),
    ("According to the senator, illegal immigrants cost the state millions.", "reported"),
    # a belief is not words; a first-person source is the writer's own; the recipient is no content
    ("Some voters believe illegal immigrants cost the state millions.", "writer"),
    ("I explained last year why illegal immigrants deserve a hearing.", "writer"),
    ("Trump told a rally of illegal immigrants that he would not give in.", "writer"),
    # after an inverted reporting clause, a relative clause describes the source
    ('"They will go," claimed the sheriff, who has arrested many illegal immigrants.', "writer"),
    ('Most illegal immigrants will go, claimed the sheriff.', "reported"),
])
def test_the_voice_of_a_label_in_one_sentence(sentence, voice):
    assert _voices([[sentence]]) == [voice]


def test_a_quotation_that_spans_sentences_of_a_paragraph_quotes_its_inner_sentences():
    paragraph = ['"We have a border crisis.', "Many illegal immigrants cross every day.", 'We will stop them," Smith said.']
    assert _voices([paragraph]) == ["quoted"]
    # the same sentence standing alone is the writer's
    assert _voices([["Many illegal immigrants cross every day."]]) == ["writer"]


def test_without_attributions_nothing_is_reported_and_bad_input_is_refused():
    units = _units([["Smith said illegal immigrants would be deported."]])
    attached = pd.DataFrame([{"doc_id": "d1", "unit_id": 0, "start": 11, "end": 29}])
    assert list(label_voice(attached, units)) == ["writer"]
    assert label_voice(attached.iloc[:0], units).empty
    with pytest.raises(ValueError, match="attach_labels"):
        label_voice(attached.drop(columns=["start"]), units)
    with pytest.raises(ValueError, match="not in units"):
        label_voice(attached.assign(unit_id=7), units)
    assert set(VOICES) == {"writer", "quoted", "reported"}


def test_label_shares_give_the_share_in_the_writer_s_own_words():
    from helpers.measures.tone import label_shares
    mentions = pd.DataFrame({"group": ["A"] * 4, "doc_id": ["d1", "d1", "d2", "d3"], "unit_id": [0, 1, 0, 0],
                             "actor": ["immigrants"] * 4})
    attached = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "unit_id": [0, 1, 0], "actor": ["immigrants"] * 3,
                             "label": ["illegal_immigrants"] * 3, "voice": ["writer", "quoted", "reported"]})
    t = label_shares(attached, mentions, "group", n_boot=50)
    row = t.iloc[0]
    assert (row["k_sentences"], row["n_sentences"], row["k_own_words"]) == (3, 4, 1)
    assert row["share_own_words"] == pytest.approx(0.25)
    assert "k_own_words" not in label_shares(attached.drop(columns=["voice"]), mentions, "group", n_boot=50)


def test_the_reader_page_merges_the_share_in_the_writer_s_words_with_its_interval():
    from helpers.report.html import drop_row_numbers
    from helpers.report.share_tables import percent_shares

    df = pd.DataFrame({"outlet": ["A"], "share": [0.25], "ci_low": [0.1], "ci_high": [0.4], "share_own_words": [0.125],
                       "own_ci_low": [0.05], "own_ci_high": [0.3]})
    out = percent_shares(drop_row_numbers(df.to_html(float_format=lambda v: f"{v:.3f}")))
    assert "own_ci_low" not in out and "own_ci_high" not in out, out
    assert "<td>12% (95% CI 5-30%)</td>" in out, out


def test_missing_text_in_an_attribution_read_back_from_disk_is_no_error():
    units = _units([["Smith said illegal immigrants would be deported."]])
    att = extract_attributions(units, ["outlet"], verbs=load_verbs(), source_types=load_source_types())
    att["recipient"] = float("nan")  # as a table read back from a file may give it
    attached = pd.DataFrame([{"doc_id": "d1", "unit_id": 0, "start": 11, "end": 29}])
    assert list(label_voice(attached, units, att)) == ["reported"]


def test_a_group_naming_the_actor_without_the_label_gets_a_zero_row():
    # review s76: a group whose articles name the actor but never use the label had no row, so the findings'
    # "lowest" skipped it; an actor no group labels still gets no rows
    from helpers.measures.tone import label_shares
    mentions = pd.DataFrame({"group": ["A", "A", "B", "B", "B", "A"], "doc_id": ["a1", "a2", "b1", "b2", "b3", "a1"],
                             "unit_id": [0, 0, 0, 0, 0, 1], "actor": ["immigrants"] * 5 + ["congress"]})
    attached = pd.DataFrame({"doc_id": ["a1"], "unit_id": [0], "actor": ["immigrants"],
                             "label": ["illegal_immigrants"], "voice": ["writer"]})
    t = label_shares(attached, mentions, "group", n_boot=50)
    assert list(zip(t["group"], t["actor"], t["k_sentences"], t["n_sentences"])) == [
        ("A", "immigrants", 1, 2), ("B", "immigrants", 0, 3)]
    b = t.iloc[1]
    assert b["share"] == 0 and b["k_own_words"] == 0 and b["ci_low"] == 0 and 0 < b["ci_high"] < 1
