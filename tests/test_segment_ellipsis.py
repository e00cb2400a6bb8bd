"""split_sentences: a spaced ellipsis (". . .") makes no sentences of lone full stops (dogfood 12br-d)."""
import pandas as pd
import pytest

from helpers.corpus.segment import segment, split_sentences


def _sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    # a full stop, then the ellipsis: the sentence ended, the next one starts
    ("The council met late. . . . The vote came at dawn.", ["The council met late. . . .", "The vote came at dawn."]),
    # an ellipsis inside a sentence, the next word in lower case
    ("The mayor paused . . . then went on. Nobody asked.", ["The mayor paused . . . then went on.", "Nobody asked."]),
    # several spaces between the dots
    ("Wait.  .  .  . Yes.", ["Wait.  .  .  .", "Yes."]),
    # a paragraph that opens with the ellipsis
    (". . . and then it rained. Done.", [". . . and then it rained.", "Done."]),
    # after listed initials
    ("He flew to the U.S. . . . and stayed. Then he left.", ["He flew to the U.S. . . . and stayed.", "Then he left."]),
])
def test_spaced_ellipsis_stays_in_its_sentence(text, expected):
    assert _sents(text) == expected


def test_quotation_with_a_spaced_ellipsis_stays_with_its_attribution():
    text = "\u201cIt was her call. . . . It was life or death,\u201d the governor said. The board agreed."
    assert _sents(text) == ["\u201cIt was her call. . . . It was life or death,\u201d the governor said.",
                            "The board agreed."]


@pytest.mark.parametrize("text", ["Ends here. . . .", ". . .", "Plain sentence. Another one.", "He said so... Then left."])
def test_no_sentence_is_only_full_stops(text):
    sents = _sents(text)
    assert "".join(sents).replace(" ", "") == text.replace(" ", "")
    assert len(sents) == 1 or not any(s.strip(". ") == "" for s in sents)


def test_segment_gives_no_unit_of_full_stops_only():
    first, second = "The clinic reopened. . . . Staff returned on Monday.", "A second paragraph follows . . . slowly."
    text = f"{first}\n\n{second}"
    corpus = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "raw": [text], "text": [text],
                           "spans": [[("body", 0, len(first)), ("body", len(first) + 2, len(text))]]})
    units = segment(corpus, "sentence")
    assert units["text"].tolist() == ["The clinic reopened. . . .", "Staff returned on Monday.",
                                      "A second paragraph follows . . . slowly."]
