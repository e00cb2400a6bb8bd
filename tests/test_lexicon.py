import re

import pytest

from helpers.text.lexicon import LexiconError, Matcher, load_lexicon


def _write(tmp_path, text):
    p = tmp_path / "lex.yaml"
    p.write_text(text, encoding="utf-8")
    return p


GOOD = "name: t\nversion: 1\nsource: test\nentries:\n  a:\n    terms: [TTP, Pakistan]\n  b:\n    terms: [Tehreek-e-Taliban Pakistan]\n"


def test_actor_gazetteer_loads():
    lex = load_lexicon("actors")
    assert {"pakistan_state", "afghan_taliban", "ttp", "china", "united_states", "afghan_refugees"} <= set(lex["entries"])


@pytest.mark.parametrize("text, msg", [
    ("name: t\nversion: 1\nsource: s\nentries:\n  a:\n    terms: []\n", "cue list is empty"),
    ("name: t\nversion: 1\nsource: s\nentries:\n  a:\n    terms: [x]\n    colour: red\n", r"unknown key \['colour'\]"),
    ("name: t\nversion: 1\nsource: s\nentries:\n  a:\n    patterns: ['(unclosed']\n", "not a valid regular expression"),
    ("name: t\nversion: 1\nentries:\n  a:\n    terms: [x]\n", r"missing top-level key \['source'\]"),
    ("name: t\nversion: 1\nsource: s\nextra: 1\nentries:\n  a:\n    terms: [x]\n", "unknown top-level key"),
    ("name: t\nversion: 1\nsource: s\nentries:\n  a:\n    terms: [1]\n", "non-empty string"),
    ("name: [unclosed\n", "not valid YAML"),
    # a second entry of the same id would silently replace the first (YAML keeps the last value)
    ("name: t\nversion: 1\nsource: s\nentries:\n  a:\n    terms: [x]\n  a:\n    terms: [y]\n",
     r"lex\.yaml: not valid YAML \(.*the key 'a' appears twice in one mapping \(lines 5 and 7\)"),
    ("name: t\nversion: 1\nsource: s\nentries:\n  a:\n    terms: [x]\n    terms: [y]\n", "the key 'terms' appears twice"),
])
def test_bad_lexicons_name_file_and_entry(tmp_path, text, msg):
    with pytest.raises(LexiconError, match=msg):
        load_lexicon(_write(tmp_path, text))


def test_missing_file():
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon("/nonexistent/file.yaml")


def test_longest_match_wins_and_caps_terms_are_case_sensitive(tmp_path):
    m = Matcher(load_lexicon(_write(tmp_path, GOOD))["entries"])
    found = m.find("The Tehreek-e-Taliban Pakistan and ttp met Pakistan.")
    assert [(x.entry, x.text) for x in found] == [("b", "Tehreek-e-Taliban Pakistan"), ("a", "Pakistan")]


def test_curly_quotes_and_offsets(tmp_path):
    m = Matcher({"x": {"terms": ["Pakistan's army"]}})
    text = "Then Pakistan\u2019s army moved."
    (hit,) = m.find(text)
    assert text[hit.start:hit.end] == "Pakistan\u2019s army"


def test_word_boundaries():
    m = Matcher({"us": {"terms": ["US"]}, "ban": {"terms": ["ban"]}})
    assert m.entries_in("USA banned US goods; a ban.") == ["us", "ban"]
    assert [h.start for h in m.find("USA banned US goods; a ban.")] == [11, 23]


def test_terms_match_across_any_white_space_and_longest_at_a_position():
    m = Matcher({"a": {"terms": ["Afghan Taliban", "Afghan"]}, "b": {"terms": ["Taliban leadership"]}})
    assert [(h.entry, h.text) for h in m.find("The Afghan\n  Taliban met.")] == [("a", "Afghan\n  Taliban")]
    assert [(h.entry, h.text) for h in m.find("An Afghanistan visit.")] == []


def test_patterns_and_terms_combine():
    m = Matcher({"t": {"terms": ["talks"]}, "p": {"patterns": [r"cease-?fires?"]}})
    assert m.entries_in("Ceasefire talks and cease-fires.") == ["p", "t"]


def test_trie_regex_and_a_matcher_without_terms():
    from helpers.text.lexicon import trie_regex

    assert trie_regex([]) == ""
    assert re.fullmatch(trie_regex(["ab", "abc", "ad"]), "abc")
    m = Matcher({"a": {"patterns": [r"condition\s+of\s+anonymity"]}})
    assert [h.entry for h in m.find("Speaking on condition of anonymity, he said.")] == ["a"]


def test_patterns_keep_their_order_word_starts_and_lookbehinds():
    # one alternation scanned left to right: at a position the first listed pattern that matches wins, even a
    # shorter one; a match starts only where no word character precedes it, also for a pattern that starts
    # with punctuation; a pattern's own lookbehind reads the text before its start
    m = Matcher({"short": {"patterns": [r"vowed"]}, "long": {"patterns": [r"vowed\s+to"]},
                 "num": {"patterns": [r"-\d+"]}, "pm": {"patterns": [r"(?-i:(?<=[Tt]he\s)PM)"]}})
    found = [(h.entry, h.text) for h in m.find("She vowed to act; he disavowed it; x-5 and -7; the PM and PM.")]
    assert found == [("short", "vowed"), ("num", "-7"), ("pm", "PM")]
    m = Matcher({"long": {"patterns": [r"vowed\s+to"]}, "short": {"patterns": [r"vowed"]}})
    assert [(h.entry, h.text) for h in m.find("She vowed to act.")] == [("long", "vowed to")]


def test_remembered_matches_are_the_same_and_callers_cannot_change_them(monkeypatch):
    from helpers.text import lexicon

    m = Matcher({"t": {"terms": ["talks"]}, "p": {"patterns": [r"cease-?fires?"]}})
    first = m.find("talks on a ceasefire")
    first.append("changed by the caller")
    assert m.find("talks on a ceasefire") == [lexicon.Match("t", 0, 5, "talks"), lexicon.Match("p", 11, 20, "ceasefire")]
    long_text = "talks " * 60  # longer than the remembered length: matched afresh, not stored
    assert len(m.find(long_text)) == 60 and long_text not in m._found
    monkeypatch.setattr(lexicon, "_FIND_CACHE_SIZE", 2)
    for text in ("talks one", "talks two", "talks three"):
        m.find(text)
    assert len(m._found) <= 2  # the memory is cleared when full
