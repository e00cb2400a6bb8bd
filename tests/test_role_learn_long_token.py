"""A run of letters with no space (encoded data, a table run together) does not stall the role reader's ``learn``."""
import time

from helpers.measures import source_roles as SR


def test_learn_reads_a_long_unbroken_token_in_bounded_time():
    tagger = SR.RoleTagger(SR.load_roles())
    sentence = "The group said " + "A" * 8000 + " was wrong, said Ann Lee, the mayor."
    start = time.process_time()
    tagger.learn(sentence)
    assert time.process_time() - start < 2.0  # about 22 s of CPU before the long run was read as one word
    assert tagger.role("Ann Lee")[0] == "politician"  # the names around the run are still read


def test_only_runs_of_64_or_more_word_characters_are_shortened():
    assert SR._LONG_TOKEN.search("b" * 63) is None  # the longest real words and names are far shorter
    assert SR._LONG_TOKEN.search("x" + "b" * 63) is not None
    assert SR._LONG_TOKEN.search("https://example.org/" + "a" * 40 + "/" + "b" * 40) is None  # a link's parts
