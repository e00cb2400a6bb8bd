"""Direct quotations added by issue 12u: a long quotation that closes in a sentence of its own, a long reporting
clause after a quotation ended by "?" or "!", a capitalised "Will" or "May" as a name after the verb, and a closing
quotation mark of either direction before the next sentence. Sentences written for the tests."""
import pandas as pd

from helpers.measures.attribution_sentence import closes_before
from helpers.measures.sourcing import extract_attributions, find_attributions, load_verbs, verb_table
from helpers.text.lexicon import Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
INFO = verb_table(VERBS)


def units(sentences, paragraphs=None):
    n = len(sentences)
    return pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": range(n),
                         "paragraph_id": paragraphs if paragraphs is not None else [0] * n, "text": sentences,
                         "role": "body"})


def kinds(sentences, paragraphs=None):
    a = extract_attributions(units(sentences, paragraphs))
    return [(r.verb, r.kind) for r in a.itertuples() if r.verb]


def test_closes_before_reads_the_first_quotation_mark():
    s = "It will not happen again,\u201d the coach said."
    a = find_attributions(s, VM, INFO)[0]
    assert closes_before(s, a)
    s = "The coach said it would not happen \u201cever again.\u201d"
    assert not closes_before(s, find_attributions(s, VM, INFO)[0])


def test_long_quotation_closing_in_its_own_sentence_is_direct():
    sents = ["\u201cWe trained all winter.", "We ran every morning.", "We never missed a day.", "We swam too.",
             "We lifted weights.", "It will pay off,\u201d the coach said."]
    assert kinds(sents) == [("said", "direct")]


def test_no_open_quotation_no_direct():
    # the quotation closed in an earlier sentence: the later cue reports
    sents = ["\u201cWe trained all winter,\u201d the coach said.", "The team lost, the captain said."]
    assert kinds(sents) == [("said", "direct"), ("said", "reported")]
    # a quotation open in another paragraph does not count
    sents = ["\u201cWe trained all winter.", "The team lost, the captain said."]
    assert kinds(sents, [0, 1]) == [("said", "reported")]


def test_participle_after_the_closing_cue_stays_reported():
    sents = ["\u201cWe trained all winter.", "We ran every morning.", "We never missed a day.", "We swam too.",
             "We lifted weights.", "It will pay off,\u201d the coach said, referring to the final."]
    assert kinds(sents) == [("said", "direct"), ("referring to", "reported")]


def test_long_reporting_clause_after_a_question_quotation():
    q = "\u201cWho will pay for the new bridge over the river?\u201d"
    tail = ("said Ann Roe, the chair of the regional association of county road engineers and planners, at its "
            "annual meeting in the state capital on Friday.")
    assert kinds([q, tail]) == [("said", "direct")]
    tail = ("Roe said of the county board on Friday, when its members voted to postpone the repair of the "
            "old bridge for the third year in a row.")
    assert kinds([q, tail]) == [("said", "direct")]
    # a long clause of its own after the cue is reported
    tail = ("Ann Roe said the county board would postpone the repair of the old bridge for the third year in a row "
            "because the state grant had not arrived.")
    assert kinds([q, tail]) == [("said", "reported")]


def test_opening_curly_mark_used_to_close_a_quotation():
    assert kinds(["\u201cWho will pay for the bridge?\u201c", "she asked."]) == [("asked", "direct")]


def test_capitalised_modal_after_the_verb_is_a_name():
    s = "\u201cThe bridge is unsafe,\u201d said Will Barton, a county engineer."
    assert [(a.source, a.pattern, a.kind) for a in find_attributions(s, VM, INFO)] == [
        ("Will Barton", "inverted", "direct")]
    # a lower-case auxiliary after the verb is a clause, not a source
    s = "\u201cThe bridge is unsafe,\u201d said the engineer will resign."
    assert all(a.source != "the engineer will resign" for a in find_attributions(s, VM, INFO))


def test_clause_with_a_month_after_the_verb_is_not_a_postposed_source():
    s = "Appearing on a talk show, the author of the report, Ann Cole, said the meeting took place May 17 in Ohio."
    assert [(a.source, a.verb) for a in find_attributions(s, VM, INFO)] == [
        ("the author of the report, Ann Cole", "said")]
