"""Notebook 00 on a corpus without line breaks and without headlines found (review s77, frames-dev)."""
import pandas as pd

from helpers.notebook.overview import single_line_note, structure_sentence, structure_table


def test_a_corpus_of_one_line_articles_is_told_that_cleaning_cannot_work():
    table = pd.DataFrame({"n_paragraphs": [1] * 9 + [6], "n_words": [400] * 10})
    note = single_line_note(table)
    assert note.startswith("9 of the 10 articles of 100 words or more are a single line of text")
    assert '"removed no line" below does not mean the text is clean' in note
    assert single_line_note(table.assign(n_paragraphs=1)).startswith("All 10 articles")
    assert single_line_note(table.assign(n_paragraphs=[1] * 8 + [6, 6])) == ""  # 80%: paragraphs exist
    assert single_line_note(table.assign(n_words=50)) == ""  # short items may well be one paragraph
    assert single_line_note(table.drop(columns="n_paragraphs")) == ""


def test_the_structure_table_keeps_only_articles_with_structure_and_says_so():
    read = pd.DataFrame({"doc_id": ["a", "b", "c"], "headline": ["Flood hits town", "", ""],
                         "standfirst": ["", "", ""], "subheadings": [[], [], ["Aftermath"]]})
    st = structure_table(read)
    assert st["doc_id"].tolist() == ["a", "c"] and st["subheadings"].tolist() == [0, 1]
    assert structure_sentence(read, st).startswith("2 of 3 articles have a headline")
    none = read.assign(headline="", subheadings=[[], [], []])
    assert structure_table(none).empty
    assert structure_sentence(none, structure_table(none)).startswith("None of the 3 articles has a headline")


def test_articles_in_another_language_are_named_in_a_corpus_warning():
    # review s77: 10 German pages made the index's only numeric finding, and no warning named them
    import warnings

    from helpers.corpus.sources import CorpusWarning
    from helpers.notebook.overview import language_note

    en = "The council said that the harbour wall will be repaired before the winter and that the ferry will run. " * 3
    de = "Der Rat sagte, dass die Mauer im Hafen vor dem Winter repariert wird und dass die Fähre fährt. " * 3
    arts = pd.DataFrame({"doc_id": ["e1", "e2", "e3", "g1"], "text": [en, en, en, de]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sentence = language_note(arts)
    assert "German 1" in sentence
    msgs = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert len(msgs) == 1 and msgs[0].startswith("1 article reads as another language than English") and "'g1'" in msgs[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        language_note(arts.iloc[:3])
    assert not [w for w in caught if issubclass(w.category, CorpusWarning)]
