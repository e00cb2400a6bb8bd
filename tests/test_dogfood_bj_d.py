"""Dogfood round 12bj-d: a city transit strike corpus (a CSV with its own column names, guillemets, a one-article
outlet, an undated opinion piece); invented text only."""


# --- 1. a plain-text line "# of ..." is text unless the file opens with a Markdown heading ----------------------


def test_a_hash_count_line_in_plain_text_keeps_its_mark():
    """"# of riders rose to 410,000" lost its "# " in a .txt file that is no Markdown (dogfood 12bj-d): only a file
    whose first line is a Markdown heading is read as Markdown."""
    from helpers.corpus.sources import drop_heading_marks

    text = "Riders waited for hours on Monday.\n\n# of riders affected rose to 410,000, the authority said.\n"
    assert drop_heading_marks(text) == text


def test_a_hash_first_line_that_reads_as_a_sentence_is_text():
    from helpers.corpus.sources import drop_heading_marks

    text = "# of depots closed rose to four on Tuesday.\n\nDrivers stayed home.\n"
    assert drop_heading_marks(text) == text


def test_a_markdown_file_keeps_losing_its_heading_marks():
    """A renamed .md file (its first non-blank line a heading) still loses the marks of every heading line."""
    from helpers.corpus.sources import drop_heading_marks

    text = "\n# Tram drivers walk out\n\nBody line.\n\n## Commuters react\n\nMore text.\n"
    assert drop_heading_marks(text) == "\nTram drivers walk out\n\nBody line.\n\nCommuters react\n\nMore text.\n"


def test_a_plain_text_file_read_from_a_folder_keeps_a_hash_line(tmp_path):
    import warnings

    from helpers.corpus.read import load_corpus

    folder = tmp_path / "strike"
    folder.mkdir()
    (folder / "a1.txt").write_text(
        "Ferries ran a reduced timetable on Monday as the strike began.\n\n"
        "# of passengers on the ferries doubled, the operator said.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(folder)
    assert "# of passengers on the ferries doubled" in corpus.set_index("doc_id").loc["a1", "raw"]
