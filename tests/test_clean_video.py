"""Video-player labels and the video titles between them (round 11p).

All lines here were written for these tests. Positive examples are player furniture (labels alone, labels and
titles run together on one line, a title between two label lines); negative ones are prose or headings that use the
same words and must stay.
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere
from helpers.corpus.clean_video import is_player_strip


def _rule(text):
    hit = furniture_anywhere(split_lines(text)[0], None)
    return None if hit is None else hit[0]


@pytest.mark.parametrize("text", [
    "JUST WATCHED", "Replay", "More Videos ...", "MUST WATCH", "Now Playing", "UP NEXT", "Video Ad Feedback",
    "Replay 02:14",
    "JUST WATCHED Harbour bridge reopens after storm Replay More Videos ... MUST WATCH Harbour bridge reopens "
    "after storm 01:37",
    "JUST WATCHED Why the mayor vetoed the budget? Replay More Videos ... MUST WATCH",
    "Now Playing Farmers count the cost of a dry spring Up Next Council votes on the new tram line 03:05",
])
def test_player_labels_and_strips_are_named(text):
    assert _rule(text) == "video_player"


@pytest.mark.parametrize("text", [
    "He just watched the replay of the match twice.",
    "Replay the tape and you see the referee turn away before the foul.",
    "MUST WATCH: the mayor's speech at the harbour, posted by a reader",
    "The coach said fans must watch the replay before judging the team.",
    "More videos of the flood were posted on Tuesday by residents of the valley.",
    "Up next for the council is a vote on the tram line.",
    "Replays",
    "Replay: how the vote went",
    "The committee, which just watched the footage, said the Replay button on its site had been removed "
    "and now playing the clip is no longer possible for visitors.",
])
def test_prose_with_player_words_is_not_named(text):
    assert _rule(text) != "video_player"
    assert not is_player_strip(text, len(text.split()))


def test_strip_with_a_paragraph_between_labels_is_not_a_strip():
    para = " ".join(["word"] * 25)
    assert not is_player_strip(f"JUST WATCHED {para} Replay", 27)


_STORY = ("The harbour bridge reopened on Monday after engineers spent three weeks repairing the damage that the "
          "storm caused to its northern span, the city said in a statement.\n\n"
          "Traffic was light in the morning, but officials expect the usual queues to return by the end of the week "
          "as schools reopen and the ferries resume their normal timetable.\n\n")
_MORE = ("The city will publish a report on the repairs and their cost in the spring, and the council has asked "
         "for an independent review of how the bridge was inspected before the storm.\n\n"
         "Residents who were cut off during the closure said the ferry service had been crowded but reliable, "
         "and several asked for it to keep running after the bridge reopened.\n")


def test_title_lines_between_labels_are_removed_and_story_stays():
    player = ("JUST WATCHED\n\nEngineers inspect the northern span\n\nReplay\n\nMore Videos ...\n\nMUST WATCH\n\n"
              "Engineers inspect the northern span 02:11\n\n")
    res = clean_article("Harbour bridge reopens\n\n" + _STORY + player + _MORE)
    removed = {r["text"]: r["rule"] for r in res.removed}
    assert removed.get("Engineers inspect the northern span") == "video_player"
    assert removed.get("Engineers inspect the northern span 02:11") == "video_player"
    assert removed.get("Replay") == "video_player"
    assert "independent review" in res.text and "ferry service" in res.text
    assert "JUST WATCHED" not in res.text and "northern span\n" not in res.text


def test_short_line_not_between_labels_stays():
    page = "Harbour bridge reopens\n\n" + _STORY + "Engineers inspect the northern span\n\n" + _MORE
    res = clean_article(page)
    assert all(r["rule"] != "video_player" for r in res.removed)


def test_one_line_strip_inside_the_story_is_removed():
    strip = ("JUST WATCHED Engineers inspect the northern span Replay More Videos ... MUST WATCH Engineers inspect "
             "the northern span 02:11\n\n")
    res = clean_article("Harbour bridge reopens\n\n" + _STORY + strip + _MORE)
    assert "MUST WATCH" not in res.text
    assert "independent review" in res.text
