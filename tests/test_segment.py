"""segment: units trace back to raw text; sentence splitting handles titles and quotes."""
import pandas as pd
import pytest

from helpers.corpus.segment import segment, split_sentences


def _sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, n", [
    ("Qureshi was accompanied by DG ISI Lt General Faiz Hameed and other officials, the report said. Next.", 2),
    ("The U.S. said it would help. Mr. Khan disagreed with Dr. Ali on Jan. 5. Then he left.", 3),
    ("Lt. Gen. Asim Munir met Sen. Smith in Washington, D.C. on Tuesday. It went well.", 2),
])
def test_abbreviations_do_not_split(text, n):
    assert len(_sents(text)) == n


def test_quotation_stays_with_its_attribution():
    text = "\u201cWe strongly reject the claim. We have evidence,\u201d he said. Another sentence follows."
    assert _sents(text) == ["\u201cWe strongly reject the claim. We have evidence,\u201d he said.", "Another sentence follows."]


def test_unclosed_quotation_does_not_swallow_the_paragraph():
    text = "\u201cTerrorist groups impose a threat, the minister said. The talks ended. Nothing changed."
    assert len(_sents(text)) == 3


def test_offsets_trace_to_raw(seed_corpus, seed_sentences):
    raw = seed_corpus.set_index("doc_id").raw
    for r in seed_sentences.itertuples():
        assert raw[r.doc_id][r.start:r.end] == r.text
    assert seed_sentences.groupby("doc_id").unit_id.apply(lambda s: (s.diff().dropna() == 1).all()).all()


def test_paragraphs_equal_clean_text(seed_corpus):
    paras = segment(seed_corpus, "paragraph")
    rebuilt = paras.groupby("doc_id").text.apply("\n\n".join)
    assert rebuilt.to_dict() == seed_corpus.set_index("doc_id").text.to_dict()


def test_structure_is_separate_from_body(seed_corpus):
    units = segment(seed_corpus, "sentence", include_structure=True)
    heads = units[units.role == "headline"]
    assert "Islamabad requests Taliban to clamp down on TTP" in heads.text.tolist()
    assert (units[units.role != "body"].paragraph_id == -1).all()
    body = segment(seed_corpus, "sentence")
    assert set(body.role) == {"body"}
    assert not body.text.isin(heads.text).any()


def test_seed_sentences_are_sensible(seed_sentences):
    s = seed_sentences
    assert list(s.columns) == ["doc_id", "outlet", "unit_id", "paragraph_id", "role", "text", "start", "end"]
    assert s.text.str.contains("DG ISI Lt General Faiz Hameed and other officials, the report said.").sum() == 1
    assert len(s) > 100 and (s.text.str.len() > 10).all()


def test_bad_unit_and_column(seed_corpus):
    with pytest.raises(ValueError, match="unit must be"):
        segment(seed_corpus, "word")
    with pytest.raises(ValueError, match="not in the corpus"):
        segment(seed_corpus, "sentence", columns=["nope"])


def test_table_without_spans_falls_back(seed_corpus):
    c = seed_corpus.drop(columns=["spans"])
    pd.testing.assert_frame_equal(segment(c, "paragraph"), segment(seed_corpus, "paragraph"))


def test_parallel_split_gives_the_same_units(seed_corpus):
    one = segment(seed_corpus, "sentence", n_jobs=1)
    two = segment(seed_corpus, "sentence", n_jobs=2)
    pd.testing.assert_frame_equal(one, two)
    with pytest.raises(ValueError, match="n_jobs"):
        segment(seed_corpus, "sentence", n_jobs=0)


def test_segment_cache_is_keyed_on_the_documents(seed_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path))
    c = seed_corpus.copy()
    c.attrs["cache_key"] = "k"
    full = segment(c, "sentence")
    part = segment(c[c.doc_id != c.doc_id.iloc[0]], "sentence")
    assert len(list(tmp_path.glob("units-*.pkl"))) == 2
    assert set(part.doc_id) == set(c.doc_id[1:])
    pd.testing.assert_frame_equal(segment(c, "sentence"), full)


@pytest.mark.parametrize("text, expected", [
    ("Extremism researcher J.M. Berger said the group had grown. Others disagreed.",
     ["Extremism researcher J.M. Berger said the group had grown.", "Others disagreed."]),
    ("Former F.B.I. Director Ann Ruiz testified. She was calm.",
     ["Former F.B.I. Director Ann Ruiz testified.", "She was calm."]),
    ("District Judge T.S. Ellison said the case was weak. He adjourned.",
     ["District Judge T.S. Ellison said the case was weak.", "He adjourned."]),
    # a lower-case word after initials never opens a sentence
    ("Maria Soto, a N.T.S.B. investigator in Denver, said the valve failed.",
     ["Maria Soto, a N.T.S.B. investigator in Denver, said the valve failed."]),
    ("Two F.B.I. agents met the mayor, and the F.B.I. officials left early. Then rain fell.",
     ["Two F.B.I. agents met the mayor, and the F.B.I. officials left early.", "Then rain fell."]),
    ("The memo named the C.D.C. and the N.I.H. as partners.",
     ["The memo named the C.D.C. and the N.I.H. as partners."]),
    # initials closing a bracket: a party label before the verb
    ("Rep. Dana Ortiz (D-N.M.) said the tariff would hurt growers. Others agreed.",
     ["Rep. Dana Ortiz (D-N.M.) said the tariff would hurt growers.", "Others agreed."]),
    ("Sen. Lou Park (R-N.D.) told reporters the vote would slip.",
     ["Sen. Lou Park (R-N.D.) told reporters the vote would slip."]),
])
def test_initials_do_not_end_a_sentence_before_a_name(text, expected):
    assert _sents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The plan was approved by the F.B.I. The agency declined to comment.",
     ["The plan was approved by the F.B.I.", "The agency declined to comment."]),
    ("It was approved by the F.B.I. In a statement, it said so.",
     ["It was approved by the F.B.I.", "In a statement, it said so."]),
    ('She joined the C.I.A. "Nobody expected it," a friend said.',
     ["She joined the C.I.A.", '"Nobody expected it," a friend said.']),
    # initials the abbreviation list keeps (U.S., a.m., D.C., U.K.) before a usual sentence opener or a quotation
    ("The drone was flown into the U.S. The pilot was never found.",
     ["The drone was flown into the U.S.", "The pilot was never found."]),
    ("The council met at 9 a.m. It adjourned at noon.", ["The council met at 9 a.m.", "It adjourned at noon."]),
    ("She moved to Washington, D.C. In 2010 she ran for office.",
     ["She moved to Washington, D.C.", "In 2010 she ran for office."]),
    ("Farmers sold less grain to the U.K. \u201cWe lost a market,\u201d one grower said.",
     ["Farmers sold less grain to the U.K.", "\u201cWe lost a market,\u201d one grower said."]),
    # a bracket closed by initials before a usual sentence opener
    ("The bill was filed by Rep. Dana Ortiz (D-N.M.) The vote is next week.",
     ["The bill was filed by Rep. Dana Ortiz (D-N.M.)", "The vote is next week."]),
])
def test_initials_at_the_end_of_a_sentence_still_end_it(text, expected):
    assert _sents(text) == expected


@pytest.mark.parametrize("text", [
    "The U.S. Navy and U.S. officials met at 9 p.m. Tuesday in Washington, D.C. on the pier.",
    "He became the U.S. No. 2 envoy last spring.",
    "Farm Group Asks U.S. For Help With Drought",
    "\u201cWe sailed to the U.S. The trip took weeks,\u201d the captain said.",
])
def test_listed_initials_inside_a_sentence_do_not_end_it(text):
    assert _sents(text) == [text]
