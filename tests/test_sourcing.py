"""Quotations, attributions, source classification and hedges on hand-made sentences."""
import numpy as np
import pandas as pd
import pytest
from scipy.stats import t as t_dist

from helpers.measures.sourcing import (
    SourceClassifier,
    extract_attributions,
    find_attributions,
    find_hedges,
    load_source_types,
    load_verbs,
    mask_spans,
    quote_only,
    quote_spans,
    rate_per_1000_words,
    unit_counts,
    verb_table,
)
from helpers.text.lexicon import Matcher, load_lexicon

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
INFO = verb_table(VERBS)


def attrs(sentence):
    return [(a.source, a.verb, a.pattern, a.kind) for a in find_attributions(sentence, VM, INFO)]


def units(sentences, doc="d1", outlet="O", role=None):
    df = pd.DataFrame({"doc_id": doc, "outlet": outlet, "unit_id": range(len(sentences)),
                       "paragraph_id": range(len(sentences)), "text": sentences})
    df["role"] = role or "body"
    return df


# --- quote_spans ---------------------------------------------------------------------------

def test_quote_spans_curly_straight_and_apostrophes():
    t = "\u201cWe reject it,\u201d he said. She said \"no way\". Pakistan\u2019s army."
    spans = quote_spans(t)
    assert [t[s:e] for s, e in spans] == ["We reject it,", "no way"]


def test_quote_spans_single_curly_quotes_but_not_apostrophes():
    t = "He called it \u2018a trap\u2019 and the Taliban\u2019s reply was late."
    assert [t[s:e] for s, e in quote_spans(t)] == ["a trap"]
    assert quote_spans(t, single_quotes=False) == []


def test_unclosed_quote_only_on_request_and_ends_at_paragraph():
    t = "\u201cTerrorist groups impose a threat, the minister said.\nNext paragraph."
    assert quote_spans(t) == []
    (span,) = quote_spans(t, include_unclosed=True)
    assert t[span[0]:span[1]] == "Terrorist groups impose a threat, the minister said."


def test_quote_spans_rejects_non_text():
    with pytest.raises(TypeError, match="text must be a str"):
        quote_spans(None)


def test_mask_spans_keeps_length():
    assert mask_spans("ab\"cd\"ef", [(3, 5)]) == 'ab"  "ef'
    with pytest.raises(ValueError, match="fill"):
        mask_spans("abc", [], fill="xy")


# --- find_attributions --------------------------------------------------------------------

def test_said_inside_a_quotation_is_not_an_attribution():
    # the only attribution is the minister; "He said" and "claimed" are quoted speech
    got = attrs("\u201cHe said nothing and claimed everything,\u201d the minister told reporters.")
    assert got == [("the minister", "told", "subject", "direct")]


def test_said_inside_straight_quotes_alone_gives_nothing():
    assert attrs('The banner read "they said it first" in red.') == []


def test_subject_and_inverted_and_according_to():
    assert attrs("Two officials within the Taliban told Harici on Saturday.") == [
        ("Two officials within the Taliban", "told", "subject", "reported")]
    assert attrs("\u201cThese groups will be eliminated,\u201d claimed the Ambassador, who visits often.") == [
        ("the Ambassador", "claimed", "inverted", "direct")]
    assert attrs("According to officials familiar with the matter, the talks failed.") == [
        ("officials familiar with the matter", "According to", "according_to", "reported")]


def test_passive_and_infinitive_are_not_attributions():
    assert attrs("Pakistani authorities are said to view the assurances as inadequate.") == []
    # a passive with "that" is an attribution whose source is not stated
    assert attrs("The leadership was unequivocally told that attacks must stop.") == [("", "told", "no_source", "reported")]
    assert attrs("They came to say goodbye.") == []
    # but a continuative infinitive is kept
    assert attrs("He went on to add that the border was closed.") == [("He", "add", "subject", "reported")]


def test_noun_forms_need_that():
    # "reports" is a noun here; "said" has the Taliban as subject
    got = attrs("The Taliban, contrary to the Pakistani media reports, said that they discussed trade.")
    assert [g[:2] for g in got] == [("The Taliban", "said")]
    assert attrs("The memo states that the agency will act.") == [("The memo", "states", "subject", "reported")]
    # "states" after anything but a document is the noun: "the United States", "in key states that vote"
    assert attrs("Rust Belt states that vote early matter.") == []
    assert attrs("He said the United States will act.") == [("He", "said", "subject", "reported")]


def test_parenthetical_adverbs_and_elided_subjects():
    assert attrs("He, however, said engagement should continue.") == [("He", "said", "subject", "reported")]
    got = attrs("The Taliban acknowledged the problem, but argued that it was internal.")
    assert [(g[0], g[1], g[2]) for g in got] == [("The Taliban", "acknowledged", "subject"),
                                                 ("The Taliban", "argued", "coordinated")]


def test_comma_before_verb_takes_the_subject_and_its_appositives():
    got = attrs("While talks stalled, the government, particularly the Haqqani network, believes that talks help.")
    assert got == [("the government, particularly the Haqqani network", "believes", "subject", "reported")]
    # relative clauses and adjuncts are skipped
    got = attrs("Chad Griffin, the president of the campaign, who introduced her at lunch, said it was striking.")
    assert [g[0] for g in got] == ["Chad Griffin, the president of the campaign"]
    got = attrs("Bill Clinton, on the campaign trail for Hillary Clinton, told voters that it failed.")
    assert [g[0] for g in got] == ["Bill Clinton"]


def test_quote_only_sentences():
    assert quote_only("\u201cThe meetings were held in a cordial atmosphere.\u201d")
    assert not quote_only("They called it \u201cunacceptable.\u201d")


# --- classification -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def clf():
    return SourceClassifier(load_source_types(), load_lexicon("actors"))


@pytest.mark.parametrize("phrase, stype, ident", [
    ("two officials within the Taliban", "afghan_taliban", "unnamed"),
    ("a Taliban official", "afghan_taliban", "unnamed"),
    ("Pakistan\u2019s Ambassador to Afghanistan Mansoor Ahmed Khan", "pakistan_official", "named"),
    ("The Express Tribune", "media_or_report", "named"),
    ("a UN report", "media_or_report", "named"),
    ("several sources", "anonymous", "anonymous"),
    ("officials familiar with the matter", "anonymous", "anonymous"),
    ("Analysts", "analyst_expert", "unnamed"),
    ("the Taliban in contrary to the Pakistani media reports", "afghan_taliban", "named"),
    ("the Pakistani media", "media_or_report", "named"),
    ("Security officials", "official_unspecified", "unnamed"),
    ("he", "pronoun", "pronoun"),
    ("some Republicans", "other", "unnamed"),
])
def test_classifier(clf, phrase, stype, ident):
    assert clf.source_type(phrase) == stype
    assert clf.identity(phrase, at_sentence_start=True) == ident


def test_anonymity_stated_in_the_sentence(clf):
    s = "Speaking on condition of anonymity, he said the talks failed."
    assert clf.identity("he", s) == "anonymous"


def test_classifier_rejects_unknown_role_and_actor():
    bad = {"entries": {"x": {"role": "colour", "terms": ["a"]}}}
    with pytest.raises(ValueError, match="role 'colour'"):
        SourceClassifier(bad, load_lexicon("actors"))
    bad = {"entries": {"x": {"role": "type", "actors": ["mars"], "terms": ["a"]}}}
    with pytest.raises(ValueError, match="mars"):
        SourceClassifier(bad, load_lexicon("actors"))


# --- extract_attributions over sentences --------------------------------------------------

def test_pronouns_and_definite_descriptions_are_resolved():
    u = units([
        "\u201cWe cannot confirm it,\u201d Pakistan\u2019s Ambassador to Afghanistan Mansoor Ahmed Khan told The Express Tribune.",
        "He, however, said engagement should continue.",
        "\u201cThe groups will be eliminated,\u201d the ambassador said.",
        "Speaking to Harici in condition of anonymity, a Taliban official said that the talks failed.",
        "\u201cThe meetings were held in a cordial atmosphere, and both sides agreed.\u201d",
    ])
    a = extract_attributions(u)
    assert list(a["source_type"]) == ["pakistan_official"] * 3 + ["afghan_taliban"] * 2
    assert list(a["resolution"]) == ["", "pronoun", "definite", "", "quote"]
    assert a.loc[0, "recipient"] == "The Express Tribune"
    assert list(a["kind"]) == ["direct", "reported", "direct", "reported", "direct"]
    assert list(a["identity"])[-2:] == ["anonymous", "anonymous"]
    assert a.loc[1, "source"] == "He" and a.loc[1, "source_resolved"].endswith("Mansoor Ahmed Khan")


def test_pronoun_outside_window_stays_unresolved():
    u = units(["Officials said the border was closed.", "Trade fell.", "Prices rose.", "They said it reopened."])
    a = extract_attributions(u, pronoun_window=1)
    assert list(a["source_type"]) == ["official_unspecified", "pronoun"]


def test_quotation_without_speaker_is_unattributed():
    a = extract_attributions(units(["\u201cWe will never accept any order or command from anyone.\u201d"]))
    assert list(a["source_type"]) == ["unattributed"] and list(a["identity"]) == ["unattributed"]


def test_headlines_are_not_sourcing():
    u = units(["Officials said the border was closed."], role="headline")
    assert extract_attributions(u).empty


def test_sources_without_a_name_are_kept_with_their_role():
    # no plausibility filter: "a bartender" speaks too; a document that states is a document
    att = extract_attributions(units(["A bartender said the place was empty.", "The report stated that attacks rose."]))
    assert att["source"].tolist() == ["A bartender", "The report"]
    assert att["role"].tolist() == ["ordinary_person", "document"]


def test_extract_attributions_checks_columns():
    with pytest.raises(ValueError, match="lacks column"):
        extract_attributions(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))
    with pytest.raises(ValueError, match="pronoun_window"):
        extract_attributions(units(["x"]), pronoun_window=-1)


# --- hedges and rates ---------------------------------------------------------------------

def test_hedges_outside_quotes_only():
    u = units([
        "The two sides reportedly held talks.",
        "Sirajuddin Haqqani is thought to have mediated, and sources indicated a deal.",
        "\u201cThey allegedly lied,\u201d he said.",
    ])
    h = find_hedges(u)
    assert list(zip(h["unit_id"], h["hedge"])) == [(0, "reportedly"), (1, "passive_attribution"),
                                                   (1, "sources_indicated")]


def test_rates_per_1000_words():
    u = units(["one two three four five", "six seven eight nine ten", "a b c d e"])
    u["outlet"] = ["A", "A", "B"]
    u["doc_id"] = ["d1", "d2", "d3"]
    ev = pd.DataFrame({"doc_id": ["d1", "d1"], "unit_id": [0, 0]})
    counts = unit_counts(u, ev)
    assert list(counts) == [2, 0, 0]
    r = rate_per_1000_words(u, counts, "outlet", n_boot=200)
    a = r.set_index("outlet").loc["A"]
    assert a["rate"] == pytest.approx(1000 * 2 / 10) and a["n_articles"] == 2 and a["sentences"] == 2
    # the interval is over the articles (issue 12bf-i); since issue 12bg-i3 the t interval of the log rate, which
    # with two articles (t(1) = 12.7) spanned 1 to 66,000 per 1,000 words: no interval below 3 articles
    assert np.isnan(a["ci_low"]) and np.isnan(a["ci_high"])
    b = r.set_index("outlet").loc["B"]
    assert b["rate"] == 0 and b["n_articles"] == 1 and np.isnan(b["ci_low"])  # one article: no interval
    with pytest.raises(ValueError, match="align"):
        rate_per_1000_words(u, np.zeros(2), "outlet")
    with pytest.raises(ValueError, match="doc_id"):
        rate_per_1000_words(u.drop(columns="doc_id"), counts, "outlet")


def test_rate_interval_resamples_articles_not_sentences():
    """Two articles of one group, one dense in events and one without: the sentences look like 20 independent draws,
    the articles are two; the interval must be as wide as two articles allow (issue 12bf-i)."""
    u = units(["w " * 10] * 20)
    u["doc_id"] = ["d1"] * 10 + ["d2"] * 10
    u["outlet"] = "A"
    counts = np.array([1] * 10 + [0] * 10)
    a = rate_per_1000_words(u, counts, "outlet", n_boot=500).iloc[0]
    assert a["rate"] == pytest.approx(50) and a["n_articles"] == 2
    # two articles give no interval since issue 12bg-i3 (t with 1 degree of freedom); a third article, as sparse
    # as the second, gives the log-scale t interval over the three articles, whatever the sentences say
    assert np.isnan(a["ci_low"]) and np.isnan(a["ci_high"])
    u3 = units(["w " * 10] * 30)
    u3["doc_id"], u3["outlet"] = ["d1"] * 10 + ["d2"] * 10 + ["d3"] * 10, "A"
    b = rate_per_1000_words(u3, np.array([1] * 10 + [0] * 20), "outlet").iloc[0]
    se = np.sqrt(3 / 2 * ((10 - b["rate"] / 1000 * 100) ** 2 + 2 * (b["rate"] / 1000 * 100) ** 2)) / 300
    q = t_dist.ppf(0.975, 2) * se / (b["rate"] / 1000)
    assert b["ci_low"] == pytest.approx(b["rate"] * np.exp(-q)) and b["ci_high"] == pytest.approx(b["rate"] * np.exp(q))
