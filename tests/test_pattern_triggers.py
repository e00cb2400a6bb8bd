"""The literal pre-filter of lexicon patterns: sound literals, and the same matches as the full alternation."""
import random
import re

import pytest

from helpers.text import pattern_triggers as PT
from helpers.text.lexicon import _WORD_START, Matcher, _PatternSet
from helpers.text.pattern_triggers import TriggerIndex, required_literals


@pytest.mark.parametrize("pattern, expected", [
    ("spokeswomen", {"spokeswomen"}),
    ("(?:Rep|Reps|Sen|Sens|Gov)(?=\\s+[A-Z])", {"rep", "sen", "gov"}),   # "reps" holds "rep"
    ("(?<![\\w-])(?!apolog)[a-z]+ologists?(?![\\w-])", {"ologist"}),
    ("(?:firefighters?|fire(?:man|men))", {"firefighter", "fireman", "firemen"}),
    ("[Tt]he\\s+panel", {"panel"}),   # the longest literal wins over "the"
    ("(?:MSP|MEP)s?(?![\\w-])|MECs?(?![\\w-])", {"msp", "mep", "mec"}),   # "M" joined to what follows it
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == frozenset((lit, False) for lit in expected)


@pytest.mark.parametrize("pattern, expected", [
    ("(?-i:(?:Cllr|Cr))(?=\\s+[A-Z][a-z])", {("Cllr", True), ("Cr", True)}),   # as written, not "cr" in "across"
    ("(?-i:[RDI])-(?!Day)[A-Z][a-z]+", {("R-", True), ("D-", True), ("I-", True)}),
    ("(?-i:Rep)s", {("reps", False)}),     # partly case-insensitive: looked for in any case
    ("(?-i:House)|(?:house)\\s+members", {("house", False)}),   # "House" holds "house" in any case
    ("\\d+(?:\\.\\d+)?\\s?%", {("%", True)}),                   # signs have no case
])
def test_case_sensitive_parts_are_looked_for_as_written(pattern, expected):
    assert required_literals(pattern) == frozenset(expected)
    assert required_literals(pattern.replace("(?-i:", "(?:"), ignorecase=False) is not None


def test_optional_parts_give_no_literal_of_their_own():
    assert required_literals("(?:foo)?bar?") == frozenset({("ba", False)})  # "foo" and "r" may be absent


@pytest.mark.parametrize("pattern", [
    "[A-Z][a-z]+",            # no literal at all
    "(\\w+) and \\1",          # refers to a group by number
    "(?P<x>a)(?(x)b|c)",       # conditional on a group
    "a*",                      # may match the empty string
])
def test_no_literal_means_always_tried(pattern):
    assert required_literals(pattern) is None


def test_only_known_non_ascii_characters_match_ascii_case_insensitively():
    # A literal is looked for case-insensitively: every character Python's engine takes for an ASCII letter, digit
    # or sign must be one the index maps back (dotted and dotless I, long s, Kelvin sign).
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set(re.findall(r"(?i)[!-~]", everything))
    assert found == set(PT._NON_ASCII_TWINS)
    for ch, twin in PT._NON_ASCII_TWINS.items():
        assert re.fullmatch(f"(?i){twin}", ch)


def test_index_finds_literals_inside_longer_ones_and_in_any_case():
    index = TriggerIndex(["rep(?=\\s)", "representative\\b", "spokes(?:man|woman)", "(?-i:Dr)\\s"])
    assert index.active("REPRESENTATIVE Smith") == {0, 1}     # "rep" starts where "representative" does
    assert index.active("a spokeſwoman said") == {2}           # long s is an s to the engine
    assert index.active("nothing here, a drive") == frozenset()
    assert index.active("Dr Smith") == {3}


def test_index_is_not_used_when_a_pattern_refers_to_a_group():
    assert not TriggerIndex(["(a)\\1", "spokesman"]).usable


def _old_alternation(pats):
    return re.compile(_WORD_START + "(?:" + "|".join(rf"(?P<p{i}>(?i:{p})(?!\w))" for i, p in enumerate(pats)) + ")")


def test_pattern_set_gives_the_matches_of_the_full_alternation():
    # overlapping and nested patterns, ties at the same start (the earlier pattern wins), lookbehinds
    pats = ["(?-i:Rep)(?=\\s+[A-Z])", "representatives?", "rep\\w*", "(?<=the\\s)panel(?:ists?)?", "panelists",
            "\\d+\\s?%", "(?-i:House)(?!\\s+of)", "house\\s+members?"]
    words = ["Rep", "rep", "Representative", "representatives", "reps", "the", "panel", "panelists", "House",
             "house", "members", "of", "Smith", "5%", "12 %", "x", "said", "-", "'s"]
    rng = random.Random(7)
    ps, old = _PatternSet(tuple(pats)), _old_alternation(pats)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        want = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in old.finditer(text)]
        assert ps.spans(text) == want, text


def test_matcher_results_unchanged_on_a_lexicon_with_patterns():
    entries = {
        "politician": {"terms": ["senator"], "patterns": ["(?-i:(?:Rep|Sen)(?=\\s+[A-Z]))", "lawmakers?"]},
        "expert": {"terms": ["professor"], "patterns": ["[a-z]+ologists?"]},
    }
    m = Matcher(entries)
    found = [(x.entry, x.text) for x in m.find("Sen Smith, a senator, and two sociologists met lawmakers.")]
    assert found == [("politician", "Sen"), ("politician", "senator"), ("expert", "sociologists"),
                     ("politician", "lawmakers")]
    assert m.find("nothing to see") == []


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A small random regular expression: literals, classes, groups, alternations, optional parts, case groups."""
    words = ["rep", "Sen", "chief", "of", "co", "Inc", "state", "ist", "s", "-", "%", "the"]
    pieces = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(9 if depth < 2 else 5)
        if kind == 0:
            pieces.append(re.escape(rng.choice(words)))
        elif kind == 1:
            pieces.append(rng.choice(["[Tt]", "[QK]", "[a-c]", "\\w+", "\\s+", "\\d+", "[^a-z]", "."]))
        elif kind == 2:
            pieces.append(rng.choice(["(?<![\\w-])", "(?=\\s)", "(?!x)", "(?<=[Tt]he\\s)", "\\b"]))
        elif kind == 3:
            pieces.append(re.escape(rng.choice(words)) + rng.choice(["?", "*", "+", "{1,2}", "{0,3}"]))
        elif kind == 4:
            pieces.append(re.escape(rng.choice(words)) + re.escape(rng.choice(words)))
        elif kind == 5:
            pieces.append("(?:" + "|".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(2, 3))) + ")")
        elif kind == 6:
            pieces.append("(?-i:" + _random_pattern(rng, depth + 1) + ")")
        elif kind == 7:
            pieces.append("(?:" + _random_pattern(rng, depth + 1) + ")" + rng.choice(["?", "+", "{1,2}", ""]))
        else:
            pieces.append("(" + _random_pattern(rng, depth + 1) + ")")
    return "".join(pieces)


def _present(literal: tuple[str, bool], text: str) -> bool:
    lit, case_sensitive = literal
    if case_sensitive:
        return lit in text
    return re.search(re.escape(lit), text, re.IGNORECASE) is not None


def test_required_literals_are_sound_on_random_patterns_and_texts():
    # Whenever a pattern matches a text, one of its required literals occurs in the text (as written when
    # case-sensitive, in any case otherwise, with the engine's own case rules: long s, dotless i, Kelvin sign).
    rng = random.Random(61)
    vocab = ["Rep", "rep", "REP", "Sen", "sen", "chief", "Chief", "of", "co", "Co", "Inc", "inc", "state", "State",
             "ist", "s", "-", "%", "the", "The", "x", "Q", "K", "\u017f", "\u0131", "\u0130", "\u212a", "4", " ", "  "]
    checked = 0
    for _ in range(400):
        pattern = _random_pattern(rng)
        try:
            regex = re.compile(f"(?i:{pattern})")
        except re.error:
            continue
        literals = required_literals(pattern)
        for _ in range(60):
            text = "".join(rng.choice(vocab) for _ in range(rng.randint(1, 10)))
            if literals is not None and regex.search(text):
                checked += 1
                assert any(_present(lit, text) for lit in literals), (pattern, text, literals)
    assert checked > 500  # the check ran on many matching texts


def test_pattern_set_matches_the_full_alternation_on_random_patterns():
    rng = random.Random(6161)
    vocab = ["Rep", "rep", "Sen", "chief", "Chief", "of", "co", "Co", "Inc", "state", "ist", "s", "-", "%", "the",
             "The", "x", "\u017f", "\u0131", "4", " ", " ", " "]
    compared = 0
    for _ in range(150):
        pats = []
        while len(pats) < rng.randint(2, 6):
            p = _random_pattern(rng)
            try:
                re.compile(p)
            except re.error:
                continue
            pats.append(p)
        try:
            ps, old = _PatternSet(tuple(pats)), _old_alternation(pats)
        except re.error:  # e.g. a group that cannot stand in an alternation
            continue
        for _ in range(40):
            text = "".join(rng.choice(vocab) for _ in range(rng.randint(1, 14)))
            want = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in old.finditer(text)]
            assert ps.spans(text) == want, (pats, text)
            compared += bool(want)
    assert compared > 300
