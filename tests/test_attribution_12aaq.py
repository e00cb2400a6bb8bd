"""Rules added by issue 12aa-q (direct quotations, round "12aa-q"): a cue inside a quotation that another sentence of
its paragraph opens or closes is the quoted speaker's, not the writer's; a sentence after a quotation closed with a
full stop is direct only when nothing but punctuation follows its cue and source. Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.measures.attribution_sentence import cross_sentence_quotes
from helpers.measures.sourcing import extract_attributions


def table(sentences, paragraphs=None, nested=False):
    n = len(sentences)
    u = pd.DataFrame({"doc_id": ["d1"] * n, "outlet": ["O"] * n, "unit_id": list(range(n)),
                      "paragraph_id": paragraphs if paragraphs is not None else [0] * n,
                      "text": sentences, "role": ["body"] * n})
    return extract_attributions(u, nested=nested)


def rows(sentences, paragraphs=None, nested=False):
    return [(r.unit_id, r.verb, r.kind) for r in table(sentences, paragraphs, nested).itertuples() if r.verb]


# --- cues inside a quotation of several sentences -----------------------------------------------------------------

QUOTE_OVER_SENTENCES = [
    ["\u201cThe mill kept this town alive for ninety years.",
     "I say that because my father worked there, and so did his father.",
     "Nobody here wants to see it close,\u201d the mayor said."],
    ['"We knocked on every door in the county.',
     "People told us they wanted the road fixed before anything else.",
     'That is what we will do first," Ms. Ortiz said.'],
    ["''Our members voted for the contract.",
     "They believe the raise is fair.",
     "We will sign it on Friday,'' the union leader said."],
]


@pytest.mark.parametrize("sentences", QUOTE_OVER_SENTENCES)
def test_cue_inside_a_quotation_of_several_sentences_is_not_the_writers(sentences):
    got = rows(sentences)
    assert [r for r in got if r[0] == 1] == []  # "I say", "People told", "They believe": the speaker's words
    assert (2, "said", "direct") in got


@pytest.mark.parametrize("sentences", QUOTE_OVER_SENTENCES)
def test_nested_option_keeps_them_as_nested(sentences):
    t = table(sentences, nested=True)
    inner = t[t["unit_id"] == 1]
    assert len(inner) and set(inner["pattern"]) == {"nested"}


@pytest.mark.parametrize("sentences, unit", [
    # the quotation closes in the same sentence: the next sentence is the writer's
    (['"The mill kept this town alive," the mayor said.', "She said the council would vote on Monday."], 1),
    # other paragraphs: the quotation closed in its own paragraph
    (['"The mill kept this town alive.', 'Nobody wants it to close," the mayor said.',
      "The owners said the plant loses money."], 2),
    # an unclosed quotation (a stray mark) hides nothing
    (['"The mill kept this town alive, the mayor said.', "The owners said the plant loses money."], 1),
])
def test_cue_outside_quotations_stays(sentences, unit):
    paragraphs = [0, 0, 1] if len(sentences) == 3 else None
    got = rows(sentences, paragraphs)
    assert any(r[0] == unit and r[1] == "said" for r in got)


def test_cross_sentence_quotes_spans():
    s = ["He said: \u201cWe will win.", "I know it.", "We will,\u201d he added.", "Then he left."]
    out = cross_sentence_quotes(s)
    assert out[0] == [(10, len(s[0]))]
    assert out[1] == [(0, len(s[1]))]
    assert out[2] == [(0, 8)]
    assert out[3] == []
    assert cross_sentence_quotes(['"One," he said.', "Two."]) == [[], []]
    assert cross_sentence_quotes(["Only one sentence."]) == [[]]


# --- a clause after a quotation that ends with a full stop ---------------------------------------------------------

@pytest.mark.parametrize("sentences", [
    ['The senator called the plan \u201ca gift to developers.\u201d', "She said the vote would be close."],
    ['Residents want "a road that does not flood."', "He says the county has no money for it."],
    ["The mayor praised ''the patience of the residents.''", "He thanked the crews for working overnight."],
])
def test_a_new_clause_after_a_full_stop_quotation_is_reported(sentences):
    got = rows(sentences)
    assert [r[2] for r in got if r[0] == 1] == ["reported"]


@pytest.mark.parametrize("sentences", [
    # the splitter cut the quotation at "?" or "!": the reporting clause is the next sentence
    ['"Where were they when the river rose?"', "she asked the council."],
    ['"Where were they when the river rose?"', "She asked, pointing at the map."],
    ["\u201cWe will not give up!\u201d", "Ortiz told the crowd."],
    # a bare reporting clause after a full stop (a writer's slip)
    ['"We will rebuild the bridge."', "Ortiz said."],
])
def test_the_reporting_clause_of_a_cut_quotation_stays_direct(sentences):
    got = rows(sentences)
    assert [r[2] for r in got if r[0] == 1] == ["direct"]


def test_a_participle_after_the_cue_of_a_full_stop_quotation_stays_direct():
    got = rows(['"We will rebuild the bridge."', "Ortiz said, pointing at the river."])
    assert [r[2] for r in got if r[0] == 1 and r[1] == "said"] == ["direct"]


# --- quotative verbs outside the lexicon, in either order --------------------------------------------------------

def _found(sentence):
    from helpers.measures.sourcing import find_attributions, load_verbs, verb_table
    from helpers.text.lexicon import Matcher
    verbs = load_verbs()
    return [(a.source, a.verb, a.kind) for a in find_attributions(sentence, Matcher(verbs["entries"]),
                                                                     verb_table(verbs))]


@pytest.mark.parametrize("sentence, expected", [
    ('Ms. Ruiz interjected, "Nobody on this council voted for that plan."', ("Ms. Ruiz", "interjected", "direct")),
    ("The old farmer grumbled, \u201cThey never ask us before they close a road.\u201d",
     ("The old farmer", "grumbled", "direct")),
    ("His rival quipped, ''At least the buses run on time now.''", ("His rival", "quipped", "direct")),
    ('"We are not going anywhere," beamed a volunteer from the county office.',
     ("a volunteer", "beamed", "direct")),
    ("\u201cThat bridge has been broken for years!\u201d fumed Tom Alder, a retired driver.",
     ("Tom Alder", "fumed", "direct")),
])
def test_unlisted_quotative_verbs(sentence, expected):
    assert expected in _found(sentence)


@pytest.mark.parametrize("sentence", [
    # a title or a name, not speech
    'The council published a report titled, "Roads We Can Afford."',
    '"Quiet Streets," starred a local actor in its first season.',
    # lower-case continuation: a fragment, not a sentence of direct speech
    'The mayor was pleased, "mostly" with the turnout.',
    # no subject of its own
    'After the vote ended, "Nobody expected this result."',
    # the quotation has fewer than three words
    '"Choke!" blared the front page.',
])
def test_no_unlisted_quotative_cue(sentence):
    assert not [f for f in _found(sentence) if f[1] not in ("said", "told")]


# --- a quotation of several paragraphs: each opens with a mark, only the last closes --------------------------------

def test_cue_inside_a_quotation_that_runs_on_into_the_next_paragraph_is_not_the_writers():
    sentences = ['"We started the shelter with two beds," Ms. Lund said. "I told my husband we would need more.',
                 '"Within a year we had forty, and the city asked us to take more."']
    got = rows(sentences, paragraphs=[0, 1])
    assert (0, "said", "direct") in got
    assert not [r for r in got if r[1] == "told"]


def test_a_paragraph_that_opens_a_quotation_run_on_hides_its_cues():
    sentences = ["\u201cThe report says the dam is safe.", "The engineers believe otherwise.",
                 "\u201cWe asked for a second study.\u201d"]
    got = rows(sentences, paragraphs=[0, 0, 1])
    assert [r for r in got if r[0] in (0, 1)] == []


@pytest.mark.parametrize("sentences, paragraphs", [
    # the next paragraph opens without a quotation mark: an unclosed mark is a slip, the cues stay
    (["\u201cThe report says the dam is safe.", "The engineers believe otherwise."], [0, 1]),
    # a closing mark written as an opening one after "?" is no run-on quotation
    (["\u201cWill the dam hold?\u201c the reporter asked.", "\u201cYes,\u201d the engineer said."], [0, 1]),
])
def test_no_run_on_quotation(sentences, paragraphs):
    got = rows(sentences, paragraphs)
    assert [r for r in got if r[0] == 0]


def test_cross_sentence_quotes_run_on_within_one_sentence():
    s = ['He said, "We will win the vote.']
    assert cross_sentence_quotes(s) == [[]]
    assert cross_sentence_quotes(s, runs_on=True) == [[(10, len(s[0]))]]


# --- naming participles before a quotation ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    'She wrote a book called "Small Towns, Big Bills" about local budgets.',
    "The council backed a plan named \u201cRiver First\u201d that would move the depot.",
    "Shoppers avoid items labeled ''organic'' when prices rise.",
    'Residents joined a group called the "Friends of the Old Mill."',
])
def test_a_naming_participle_before_a_quotation_is_no_cue(sentence):
    assert [f for f in _found(sentence) if f[1] in ("called", "named", "labeled")] == []


@pytest.mark.parametrize("sentence, verb", [
    ('The mayor called the plan "a gift to developers."', "called"),
    ('Critics have called it "a gift to developers."', "called"),
    ('What the two papers each called "a rough week" ended on Friday.', "called"),
    ('Ms. Ortiz repeatedly called the audit "a fishing trip."', "called"),
])
def test_a_verb_of_calling_stays_a_cue(sentence, verb):
    assert [f for f in _found(sentence) if f[1] == verb]


# --- a "that"-clause that goes on after its quotation --------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ('The mayor said that "we need more time to study the bridge" before the council votes.', "reported"),
    ("The lawsuit contends that \u201cthe county ignored every single warning\u201d about the dam.", "reported"),
    # the quotation ends the content, or a conjunction or the next cue follows it
    ('The mayor said that "we need more time to study the bridge."', "direct"),
    ('The mayor said that "we need more time to study the bridge," and the council agreed.', "direct"),
    # no "that": the content opens with the quotation
    ('The mayor said "we need more time to study the bridge" before the vote.', "direct"),
])
def test_that_clause_going_on_after_its_quotation(sentence, kind):
    assert [f[2] for f in _found(sentence) if f[1] in ("said", "contends")] == [kind]


# --- the reporting clause of a quotation, with a verb outside the lexicon -------------------------------------------

@pytest.mark.parametrize("sentence, verb", [
    ("\u201cThe roads are a disgrace,\u201d he mocks.", "mocks"),
    ('"We cannot wait another year for the bridge," she went on.', "went on"),
    ("''Who pays for it?'' the reporter cut in.", "cut in"),
    ('"Nobody asked the farmers!" the crowd cried out, booing.', "cried out"),
])
def test_reporting_clause_after_a_quotation(sentence, verb):
    assert [f for f in _found(sentence) if f[1] == verb and f[2] == "direct"]


@pytest.mark.parametrize("sentence", [
    # a present tense that does not end its clause is the next clause's verb
    'While the mayor called the plan "bold and necessary," Ortiz fixates on its cost.',
    # a plural noun is no verb
    '"We will rebuild," the two leaders.',
])
def test_no_reporting_clause(sentence):
    assert [f for f in _found(sentence) if f[1] in ("fixates", "leaders")] == []


@pytest.mark.parametrize("sentences, verb", [
    (['"Would the plan raise taxes?"', "Hannity pressed."], "pressed"),
    (["\u201cNot again!\u201d", "the crowd groaned, booing."], "groaned"),
])
def test_reporting_clause_cut_off_its_quotation(sentences, verb):
    assert (1, verb, "direct") in rows(sentences)


@pytest.mark.parametrize("sentences", [
    # after a full stop the quotation is complete: the next sentence is the writer's
    ['"The plan will raise taxes."', "Hannity pressed."],
    # not a reporting clause: the verb takes an object
    ['"Would the plan raise taxes?"', "Hannity pressed the senator on the cost."],
])
def test_no_reporting_clause_cut_off(sentences):
    assert [r for r in rows(sentences) if r[0] == 1] == []


def test_what_x_called_keeps_its_cue():
    assert [f for f in _found('He was held in what the police chief called an "unlawful grip."') if f[1] == "called"]


def test_a_stray_opening_mark_hides_no_cue():
    sentences = ["Ana Ruiz, organiser. \u2018", "Ms. Ruiz said the march would go ahead.", "It\u2019s on Friday."]
    assert (1, "said", "reported") in rows(sentences)
