"""helpers.text.lexicon.Matcher resolves overlapping matches longest first, then by entry order; the bisect-based
check (session 72, linear in practice on a long text with many matches) keeps the result of the pairwise check it
replaced (entries and texts written for the tests)."""
import random

from helpers.text.lexicon import Matcher


def _pairwise(cands, order):
    cands = sorted(cands, key=lambda c: (-(c[1] - c[0]), order[c[2]], c[0]))
    taken, kept = [], []
    for s, e, eid in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        kept.append((s, e, eid))
    return sorted(kept)


def test_overlaps_resolved_as_the_pairwise_check():
    entries = {"long": {"terms": ["is said to", "said to be"]}, "short": {"terms": ["said", "to be", "is"]},
               "pat": {"patterns": [r"said\s+to\s+(?:be|have)"]}}
    m = Matcher(entries)
    rng = random.Random(7)
    words = ["is", "said", "to", "be", "have", "the", "man", "was"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        got = sorted((x.start, x.end, x.entry) for x in m.find(text))
        want = _pairwise(m._candidates(text.lower()), m._order)
        assert got == want, text


def test_adjacent_spans_both_kept():
    m = Matcher({"a": {"terms": ["said"]}, "b": {"terms": ["to be"]}})
    assert [x.text for x in m.find("said to be")] == ["said", "to be"]
