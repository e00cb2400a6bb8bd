"""Round 12bp-c: a gallery whose captions run on one line and end with its widget's controls ("... 6 View Slideshow
Back Continue Share this") is furniture; prose that mentions a slideshow is kept (invented text)."""
from helpers.corpus.clean import clean_article

_BEFORE = ("The council met on Tuesday to discuss the repair budget after the storm, and members argued for three "
           "hours about which roads to fix first.")
_AFTER = ("The mayor said the town would ask the state for emergency funds, and a vote is expected next week after "
          "engineers report on the sea wall.")
_GALLERY = ("A man walks past a fallen oak in Harbor Town on Monday. Wire Photos Volunteers stack sandbags outside the "
            "library, where the water reached the steps. Staff Photo A flooded street near the pier. Wire Photos Ad Up "
            "Next Close Ferry service resumes after the storm Boats returned to the harbor on Friday after... 6 View "
            "Slideshow Back Continue Share this: Facebook")


def _clean(raw: str) -> str:
    return clean_article(raw).text


def test_a_gallery_ending_in_its_controls_is_removed():
    text = _clean(f"{_BEFORE}\n\n{_GALLERY}\n\n{_AFTER}\n")
    assert "sandbags" not in text and "View Slideshow" not in text and "Ferry service" not in text
    assert "repair budget" in text and "emergency funds" in text


def test_prose_that_mentions_a_slideshow_is_kept():
    prose = (f"{_BEFORE}\n\nVisitors can view slideshow after slideshow of the flood in the library, and the "
             f"council said it will go back and continue the exhibit in May.\n\n{_AFTER}\n")
    assert "view slideshow after slideshow" in _clean(prose)
