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
