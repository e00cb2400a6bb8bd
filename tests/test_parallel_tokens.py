"""The one parallel map (helpers.core.parallel) and the one tokeniser (helpers.text.tokens)."""
import re

import pytest

from helpers.core import parallel
from helpers.core.parallel import parallel_map, shared_data, worker_count
from helpers.text.tokens import COMPOUND_WORDS, PASSAGE_WORDS, WORDS, tokenize, word_pattern


def _slice_sum(start, stop):
    return sum(shared_data()[start:stop])


def _square(x):
    return x * x


@pytest.mark.parametrize("jobs", [1, 2])
def test_parallel_map_keeps_order_and_reads_shared_data(jobs):
    data = list(range(100))
    tasks = [(i, i + 10) for i in range(0, 100, 10)]
    assert parallel_map(_slice_sum, tasks, jobs, shared=data) == [sum(range(i, i + 10)) for i in range(0, 100, 10)]
    assert shared_data() is None  # cleared after the map


def test_parallel_map_without_fork_gives_the_same_results():
    assert parallel_map(_square, [(i,) for i in range(6)], 2, fork=False) == [0, 1, 4, 9, 16, 25]


def test_worker_count_choice_environment_and_small_work(monkeypatch):
    monkeypatch.setenv(parallel.N_JOBS_ENV, "3")
    assert worker_count() == 3
    assert worker_count(n_items=10, min_items=100) == 1  # too small to be worth workers
    assert worker_count(2, n_items=10, min_items=100) == 2  # the caller's choice wins
    monkeypatch.setenv(parallel.N_JOBS_ENV, "many")
    with pytest.raises(ValueError, match="NEWS_N_JOBS='many'"):
        worker_count()
    with pytest.raises(ValueError, match="n_jobs must be a positive integer"):
        worker_count(0)


def test_word_patterns_differ_only_where_measures_need_it():
    text = "Tehreek-e-Taliban's 2 spokesmen didn't say A word."
    assert tokenize(text, WORDS) == ["tehreek", "taliban", "spokesmen", "didn", "say", "word"]
    assert tokenize(text, COMPOUND_WORDS) == ["tehreek-e-taliban", "spokesmen", "didn", "say", "word"]
    assert tokenize(text, PASSAGE_WORDS) == ["tehreek-e-taliban's", "2", "spokesmen", "didn't", "say", "a", "word"]


def test_tokenize_spans_trace_to_the_text():
    text = "Mr. Ali—the envoy—said “yes”."
    words, spans = tokenize(text, PASSAGE_WORDS, lower=False, spans=True)
    assert [text[a:b] for a, b in spans] == words == ["Mr", "Ali", "the", "envoy", "said", "yes"]


def test_topic_pattern_matches_scikit_learn_style_tokens():
    assert re.fullmatch(WORDS, "ab") and not re.fullmatch(WORDS, "a") and not re.fullmatch(WORDS, "ab1")


def test_bad_pattern_options_and_input():
    with pytest.raises(ValueError, match="min_length"):
        word_pattern(min_length=0)
    with pytest.raises(ValueError, match="apostrophes=True needs compounds=True"):
        word_pattern(apostrophes=True)
    with pytest.raises(TypeError, match="text must be a str"):
        tokenize(None)
