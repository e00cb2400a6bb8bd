"""Attribution patterns added for issue 12, each with sentences that must and must not match (written for the tests)."""
import time

import pandas as pd
import pytest

from helpers.measures.sourcing import (
    MAX_UNIT_CHARS,
    extract_attributions,
    find_attributions,
    load_verbs,
    quote_spans,
    verb_table,
)
from helpers.text.lexicon import Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
INFO = verb_table(VERBS)


def attrs(sentence, **kw):
    return [(a.source, a.verb, a.pattern, a.kind) for a in find_attributions(sentence, VM, INFO, **kw)]


def units(sentences, doc="d1"):
    return pd.DataFrame({"doc_id": doc, "outlet": "O", "unit_id": range(len(sentences)),
                         "paragraph_id": range(len(sentences)), "text": sentences, "role": "body"})


def test_doubled_apostrophes_are_quotation_marks():
    s = "''The plan will not pass the Senate this year,'' said Mara Lind, a budget analyst."
    assert [s[a:b] for a, b in quote_spans(s)] == ["The plan will not pass the Senate this year,"]
    assert attrs(s) == [("Mara Lind", "said", "inverted", "direct")]
    # a possessive plural is not a quotation
    assert quote_spans("The players' union met.") == []


@pytest.mark.parametrize("sentence, verb", [
    ("The mayor encouraged residents to stay home.", "encouraged"),
    ("The senator described the bill as a trap.", "described"),
    ("The council rejected the claim outright.", "rejected"),
    ("The governor promised a new bridge.", "promised"),
    ("The report pointed to rising costs.", "pointed to"),
    ("The union called on members to strike.", "called on"),
    ("The judge reprimanded the lawyers for delays.", "reprimanded"),
    ("The coach perceives the rule as unfair.", "perceives"),
])
def test_new_reporting_verbs(sentence, verb):
    assert [a[1] for a in attrs(sentence)] == [verb]


def test_verbs_that_need_a_that_or_a_document_subject():
    assert attrs("Her views on trade are well known.") == []
    assert [a[:2] for a in attrs("The farmer feels that prices will fall.")] == [("The farmer", "feels")]
    assert attrs("The farmer felt sick after lunch.") == []
    # a poll or a study reports a finding without "that"
    assert [a[:2] for a in attrs("A new poll shows the mayor ahead by five points.")] == [("A new poll", "shows")]
    assert attrs("The mayor shows up late every day.") == []


def test_beliefs_and_findings():
    assert [a[:2] for a in attrs("Aides believe the race is close.")] == [("Aides", "believe")]
    assert [a[:2] for a in attrs("The survey found that most voters were undecided.")] == [("The survey", "found")]
    # first person and modals are hedges or hypotheticals, not reports
    assert attrs("I think the race is close.") == []
    assert attrs("You can say the race is close.") == []


def test_think_tank_is_not_the_verb_think():
    assert attrs("The think tank published its annual ranking.") == []
    assert [a[:2] for a in attrs("A think tank analyst thinks that rates will rise.")] == [("A think tank analyst", "thinks")]


def test_colon_quotation():
    got = attrs('Her answer: "We will not sign this agreement under pressure."')
    assert got == [("Her answer", ":", "colon", "direct")]
    # a colon after a reporting verb is not a second cue
    assert [a[1] for a in attrs('The minister said: "We will not sign this agreement."')] == ["said"]
    # a colon before a list is not a quotation
    assert attrs("The menu: bread, soup and tea.") == []


def test_participle_takes_the_subject():
    got = attrs("The senator left the room, saying that the vote was rigged.")
    assert got == [("The senator", "saying", "participle", "reported")]
    got = attrs("Clinton said the plan was weak, adding that it would fail.")
    assert [a[:3] for a in got] == [("Clinton", "said", "subject"), ("Clinton", "adding", "participle")]
    # a participle that is not after a comma is not an attribution
    assert attrs("The act of saying goodbye is hard.") == []


def test_postposed_source_after_a_comma():
    got = attrs("Even then, the hurdles to a fair outcome are large, said Jon Marsh, the department's director.")
    assert got == [("Jon Marsh", "said", "inverted", "reported")]
    # a comma before "said" with a short subject keeps the subject; a clause after the verb is content, not a source
    assert [a[0] for a in attrs("The mayor, smiling, said the president is fine.")] == ["The mayor, smiling"]


def test_no_source_attribution():
    assert attrs("It was reported that the talks had failed.") == [("", "reported", "no_source", "reported")]
    assert attrs("The bridge was built in 1950.") == []
    att = extract_attributions(units(["It is widely believed that the talks failed."]))
    assert att[["source", "identity", "role"]].values.tolist() == [["", "no_source", ""]]


def test_nested_attributions_only_on_request():
    s = '"He told me the deal was dead before we even sat down," the envoy said.'
    assert [a[:3] for a in attrs(s)] == [("the envoy", "said", "subject")]
    got = attrs(s, nested=True)
    assert ("He", "told", "nested") in [a[:3] for a in got]


def test_a_huge_unsplit_article_does_not_stall():
    piece = 'The minister said that "the talks will go on and on and on," and officials added that nothing was agreed. '
    text = piece * (3 * MAX_UNIT_CHARS // len(piece))
    t0 = time.perf_counter()
    with pytest.warns(UserWarning, match="longer than"):
        att = extract_attributions(units([text]))
    assert time.perf_counter() - t0 < 30
    assert len(att) > 100
    assert att["sentence"].str.len().max() <= MAX_UNIT_CHARS


def test_long_sentence_work_is_linear():
    piece = 'Officials said that "the road is closed for the winter," the agency added. '
    small, big = piece * 200, piece * 800

    def cpu(text):  # CPU time of this process: another process on a busy machine does not count
        t0 = time.process_time()
        n = len(find_attributions(text, VM, INFO))
        return time.process_time() - t0, n

    runs = [(cpu(small), cpu(big)) for _ in range(3)]  # interleaved; the fastest of three of each size
    t_small, n_small = min(r[0] for r in runs)
    t_big, n_big = min(r[1] for r in runs)
    assert n_big == 4 * n_small
    assert t_big < 10 * max(t_small, 1e-3)  # 4x the text: far from 16x (quadratic)


def test_short_quotation_that_ends_the_sentence_makes_it_direct():
    assert attrs('The mayor said his plan had "gotten bigger."') == [("The mayor", "said", "subject", "direct")]
    # a short quotation inside the sentence is a scare quote
    assert attrs('The mayor said the "plan" would cost more than expected.')[0][3] == "reported"


def test_attribution_after_a_quotation_in_the_previous_sentence_is_direct():
    def one_paragraph(sentences):
        return units(sentences).assign(paragraph_id=0)

    att = extract_attributions(one_paragraph(['"If you do not test, how will you measure the results?"', "he said."]))
    assert att.loc[att["verb"] == "said", "kind"].tolist() == ["direct"]
    # without the quotation before it (or in another paragraph), the same sentence is reported speech
    att = extract_attributions(one_paragraph(["The results will be measured next year.", "he said."]))
    assert att.loc[att["verb"] == "said", "kind"].tolist() == ["reported"]
    att = extract_attributions(units(['"If you do not test, how will you measure the results?"', "he said."]))
    assert att.loc[att["verb"] == "said", "kind"].tolist() == ["reported"]


def test_called_and_continued_before_a_quotation():
    assert [a[:2] for a in attrs('The senator called the ruling "a partisan hit job."')] == [("The senator", "called")]
    assert [a[:2] for a in attrs('He continued, "Nobody will be left behind in this city."')] == [("He", "continued")]
    # without a quotation nearby they are actions, not attributions
    assert attrs("The senator called the police after the break-in.") == []
    assert attrs("The rain continued for three days.") == []


def test_quotation_opened_after_the_cue_and_left_open_is_direct():
    # the quotation runs on into the next sentence: its content is a direct quotation
    assert attrs('The mayor said, "In many ways, this city is a family.') == [("The mayor", "said", "subject", "direct")]
    assert attrs("A spokeswoman said in a statement that the team would ''work with everyone who asks.") == [
        ("A spokeswoman", "said", "subject", "direct")]
    # an apostrophe or a closed scare quote is not an open quotation
    assert attrs("The mayor said the players' union met on Monday.")[0][3] == "reported"
    assert attrs('The mayor said it was "clear" that the plan would fail next year.')[0][3] == "reported"


def test_doubled_apostrophes_closing_the_sentence_make_it_direct():
    assert attrs("Asked about the crowd, he said, ''I hope not.''")[-1][3] == "direct"
    assert attrs("Asked about the crowd, he said he hoped not.")[-1][3] == "reported"


def said_kinds(table):
    att = extract_attributions(table)
    return att.loc[att["verb"] == "said", "kind"].tolist()


def test_colon_at_the_end_of_a_sentence_before_a_quotation_is_direct():
    assert said_kinds(units(["The governor said:", '"We will rebuild every road in this state."'])) == ["direct"]
    # no colon, or no quotation opening the next sentence, or the next sentence in another article: reported
    assert said_kinds(units(["The governor said roads come first.", '"We will rebuild every road."'])) == ["reported"]
    assert said_kinds(units(["The governor said:", "Roads come first, then the bridges."])) == ["reported"]
    two = pd.concat([units(["The governor said:"]), units(['"We will rebuild every road in this state."'], doc="d2")])
    assert said_kinds(two.reset_index(drop=True)) == ["reported"]


@pytest.mark.parametrize("sentence, verb", [
    ("The senator vowed to block the nomination.", "vowed to"),
    ("The company refused to release the records.", "refused to"),
    ("The governor seemed to endorse the plan on Friday.", "seemed to"),
    ("The mayor hopes to win a second term.", "hopes to"),
    ("Officials declined to name the donor.", "declined to"),
])
def test_intention_and_stance_cues(sentence, verb):
    assert [a[1] for a in attrs(sentence)] == [verb]


@pytest.mark.parametrize("sentence", [
    "The senator wants to block the nomination.",  # tried and left out: as often an action as a position
    "The plan seemed cheap at first.",  # 'seemed' without an infinitive
    "The vote was refused by the clerk.",
])
def test_intention_cues_negative(sentence):
    assert attrs(sentence) == []
