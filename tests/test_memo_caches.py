"""The memos of parsed YAML, trie expressions and matcher tables (issue t8): results equal a fresh build, an
edited file or lexicon is read anew, and what a caller gets can be changed without changing the next result."""

import re

import pandas as pd
import pytest

from helpers.core.study import _parse_yaml, read_yaml_mapping
from helpers.text.lexicon import (
    Matcher,
    _build_matcher_parts,
    entries_key,
    load_lexicon,
    trie_regex,
)
from helpers.text.trie import _trie_regex


def _lexicon(path, terms):
    body = "".join(f"  e{i}:\n    terms: [{t}]\n" for i, t in enumerate(terms))
    path.write_text(f"name: x\nversion: 1\nsource: invented\nentries:\n{body}", encoding="utf-8")
    return path


def test_an_edited_lexicon_file_is_read_anew(tmp_path):
    p = _lexicon(tmp_path / "x.yaml", ["harbour"])
    assert [e["terms"] for e in load_lexicon(p)["entries"].values()] == [["harbour"]]
    _lexicon(p, ["harbour", "ferry"])
    lex = load_lexicon(p)
    assert [e["terms"] for e in lex["entries"].values()] == [["harbour"], ["ferry"]]
    assert Matcher(lex["entries"]).entries_in("The ferry left the harbour.") == ["e1", "e0"]


def test_a_changed_parse_does_not_reach_the_next_reader(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text("name: x\nitems: [a, b]\n", encoding="utf-8")
    doc = read_yaml_mapping(p, {"name"}, {"name", "items"}, ValueError)
    doc["items"].append("c")
    doc["name"] = "changed"
    assert read_yaml_mapping(p, {"name"}, {"name", "items"}, ValueError) == {"name": "x", "items": ["a", "b"]}
    assert _parse_yaml(p.read_text(encoding="utf-8")) == {"name": "x", "items": ["a", "b"]}


def test_trie_regex_memo_gives_the_fresh_pattern_and_takes_any_iterable():
    keys = ["ab", "abc", "ad", "b c"]
    fresh = _trie_regex.__wrapped__(tuple(keys))
    assert trie_regex(keys) == fresh == trie_regex(iter(keys)) == trie_regex(tuple(keys))
    assert re.fullmatch(trie_regex(keys), "b  c")
    assert trie_regex(["ab"]) != fresh


def test_matchers_of_equal_entries_share_tables_and_other_entries_do_not():
    entries = {"a": {"terms": ["US", "talks"], "label": "A"}, "b": {"patterns": [r"cease-?fires?"]}}
    m1, m2 = Matcher(entries), Matcher({k: dict(v) for k, v in entries.items()})
    assert m1._lookup is m2._lookup and m1._terms is m2._terms
    fresh = _build_matcher_parts(entries)
    assert (m1._order, m1._lookup, m1._group_entry) == fresh[:1] + fresh[1:2] + fresh[3:4]
    assert m1._terms.pattern == fresh[2].pattern and m1._patterns.full.pattern == fresh[4].full.pattern
    assert m1.entries_in("us talks on a ceasefire") == ["a", "b"] and [h.text for h in m1.find("us and US")] == ["US"]
    # the same terms in another order, or one term more, make another matcher
    swapped = Matcher({"b": entries["b"], "a": entries["a"]})
    assert swapped._order == {"b": 0, "a": 1}
    more = Matcher({"a": {"terms": ["US", "talks", "truce"]}, "b": entries["b"]})
    assert more.entries_in("a truce") == ["a"] and m1.entries_in("a truce") == []


def test_entries_that_cannot_be_hashed_get_no_memo_key():
    assert entries_key({"a": {"terms": [["harbour"]]}}) is None
    assert entries_key({"a": {"terms": ["harbour"]}, "b": {}}) == (("a", ("harbour",), ()), ("b", (), ()))


def test_cue_scanners_of_equal_lexicons_share_tables_and_a_changed_codebook_is_read_anew():
    from helpers.framing import cues
    from helpers.framing.cues import CueScanner, _build_scanner_parts

    lexicons = {
        "frames": {
            "entries": {
                "cost": {"terms": ["budget cut", "budget"], "label": "Cost"},
                "law": {"patterns": [r"court\w*"]},
            }
        },
        "actors": {"entries": {"un": {"terms": ["UN"]}}},
    }
    a, b = CueScanner(lexicons), CueScanner({k: {"entries": dict(v["entries"])} for k, v in lexicons.items()})
    assert a._terms is b._terms and a._regex is b._regex
    assert a.lexicon_names == ["frames", "actors"] and a.lexicon_names is not b.lexicon_names
    assert a._cache is not b._cache
    fresh = _build_scanner_parts(lexicons)
    assert (a._terms, a._ascii, a._regex.pattern) == (fresh[1], fresh[4], fresh[3].pattern)
    texts = ["The UN said the budget cut went to the courts.", "un budget"]
    with pytest.MonkeyPatch.context() as mp:  # the same scanner built without the memo
        mp.setattr(cues, "_lexicons_key", lambda lexicons: None)
        unmemoised = CueScanner(lexicons)
    assert unmemoised._terms is not a._terms
    pd.testing.assert_frame_equal(a.scan(texts), unmemoised.scan(texts))
    assert {"budget cut", "courts"} <= set(a.scan(texts)["cue"])
    more = {**lexicons, "frames": {"entries": {**lexicons["frames"]["entries"], "tax": {"terms": ["levy"]}}}}
    assert "levy" in set(CueScanner(more).scan(["A new levy."])["cue"]) and a.scan(["A new levy."]).empty
