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


# --- 2. every column shown on a reader page of the seeds report has a readable header ------------------------------


def _reader_headers() -> dict[str, set[str]]:
    """Visible header texts of every pandas table on the reader pages of the committed (seeds) notebooks."""
    import html
    import re

    import nbformat

    from helpers.core.paths import PROJECT_ROOT
    from helpers.report.html import _prepare_notebook

    shown: dict[str, set[str]] = {}
    for path in sorted((PROJECT_ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        nb, _, _ = _prepare_notebook(nbformat.read(path, as_version=4), PROJECT_ROOT / "figures", True)
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                fragment = out.get("data", {}).get("text/html", "")
                for head in re.findall(r"<thead>.*?</thead>", fragment, re.S):
                    for text in re.findall(r"<th(?: [^<>]*)?>([^<>]+)</th>", head):
                        shown.setdefault(html.unescape(text).strip(), set()).add(path.stem)
    return shown


def test_every_column_on_a_seeds_reader_page_has_a_readable_header():
    """Less common columns kept their CSV names on the reader pages (``tp_gold``, ``k_units``, ``macro_F1`` ...), and
    a share column shown in percent (``share_negative, %``) lost the header it has without the unit (dogfood 12bj-d).
    A cleaning rule's name (the columns of 00_cleaning_removed.csv) is a value, named as in the audit, and stays."""
    import pandas as pd

    from helpers.core.paths import PROJECT_ROOT

    rules = set(pd.read_csv(PROJECT_ROOT / "figures" / "00_cleaning_removed.csv", nrows=0).columns) - {"doc_id"}
    shown = _reader_headers()
    raw = {h: pages for h, pages in shown.items() if "_" in h and h not in rules}
    assert not raw, (f"add a header in words for {sorted(raw)} to helpers/report/headers.py READER_HEADERS (a reader "
                     f"page shows these column names: {raw})")
    cryptic = {"tp", "fp", "fn", "mbfc"} & set(shown)
    assert not cryptic, cryptic


def test_a_percent_share_column_keeps_its_readable_header():
    from helpers.report.headers import READER_HEADERS, readable_headers

    out = readable_headers("<table><thead><tr><th>share_negative, %</th></tr></thead></table>")
    assert f'<th title="share_negative, %">{READER_HEADERS["share_negative"]}, %</th>' in out


# --- 3. a figure's alt text names its rows by their text columns, never by a yes/no column ---------------------------


def _alt(data, title="T"):
    import matplotlib.pyplot as plt

    from helpers.notebook.output import figure_alt_text

    fig, ax = plt.subplots()
    ax.set_title(title)
    try:
        return figure_alt_text(fig, data)
    finally:
        plt.close(fig)


def test_a_yes_no_column_is_not_the_label_of_the_highest_value():
    """01_k_sweep's alt text read "highest stability_min: True (0.717); lowest: True (0.667)": the solver's
    `converged` column named the rows (dogfood 12bj-d)."""
    import pandas as pd

    data = pd.DataFrame({"k": [3, 4, 5], "coherence": [0.1, 0.2, 0.05], "converged": [True, True, True],
                         "stability_min": [0.667, 0.717, 0.7]})
    alt = _alt(data)
    assert "True (" not in alt


def test_rows_named_by_two_text_columns_are_told_apart():
    """02_source_roles read "highest count: Radio Lakeport (7); lowest: Radio Lakeport (0)": the role was missing."""
    import pandas as pd

    data = pd.DataFrame({"outlet": ["Radio Lakeport", "Radio Lakeport", "Harbour Gazette", "Harbour Gazette"],
                         "role": ["official", "worker", "official", "worker"], "count": [7, 0, 3, 2]})
    alt = _alt(data)
    assert "highest count: Radio Lakeport, official (7); lowest: Radio Lakeport, worker (0)" in alt


def test_equal_values_are_not_called_highest_and_lowest():
    """02_text_reuse read "highest pairs_with_shared_passage: Radio Lakeport (0); lowest: Radio Lakeport (0)"."""
    import pandas as pd

    data = pd.DataFrame({"outlet_a": ["A", "B"], "outlet_b": ["B", "C"], "pairs_with_shared_passage": [0, 0]})
    alt = _alt(data)
    assert "highest" not in alt and "pairs_with_shared_passage: 0 in every row" in alt


# --- 4. a quotation in single quotes is a direct quotation with its speaker ------------------------------------------


def _attributions(sentences):
    import warnings

    import pandas as pd

    from helpers.measures.sourcing import extract_attributions

    units = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(sentences))], "unit_id": 0, "text": sentences,
                          "outlet": "X", "role": "body", "paragraph_id": 0})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_attributions(units)


def test_single_quotes_as_double_keeps_length_and_apostrophes():
    from helpers.text.quotes import single_as_double

    cases = {
        "'I left home at five and I'm still late,' said nurse Teodor Kask.":
            "\"I left home at five and I'm still late,\" said nurse Teodor Kask.",
        "\u2018We walked over the bridge,\u2019 one caller said.": "\"We walked over the bridge,\" one caller said.",
        "The drivers' union said the rock 'n' roll era of the '90s was over.":
            "The drivers' union said the rock 'n' roll era of the '90s was over.",
        "\"He told me 'no' twice,\" she said.": "\"He told me 'no' twice,\" she said.",  # nested: stays
        "Residents called the strike 'a disgrace', and the mayor agreed.":
            "Residents called the strike 'a disgrace', and the mayor agreed.",  # mid-sentence: the rules' own
        "'No deal,' she said.": "'No deal,' she said.",  # fewer than 4 words: not a direct quotation either way
        "The plan: \u2018Project Hope for the city\u2019 was chosen.":
            "The plan: \u2018Project Hope for the city\u2019 was chosen.",
    }
    for text, expected in cases.items():
        out = single_as_double(text)
        assert out == expected and len(out) == len(text), text


def test_a_single_quoted_quotation_is_direct_with_its_speaker():
    """British-style quotations ('...,' said X) gave no source, or 'We and we (the author) as sources (dogfood
    12bj-d); the sentence shown keeps its own marks."""
    sentences = ["'I left home at five and I'm still late,' said nurse Teodor Kask.",
                 "'We are not asking for luxury, we are asking for rest breaks,' said driver Rasmus Tamm.",
                 "\u2018We are not asking for luxury,\u2019 said driver Rasmus Tamm."]
    a = _attributions(sentences)
    assert len(a) == 3, a[["doc_id", "source"]]
    assert list(a["kind"]) == ["direct"] * 3
    assert list(a["source"]) == ["nurse Teodor Kask", "driver Rasmus Tamm", "driver Rasmus Tamm"]
    assert list(a["sentence"]) == sentences


# --- 5. a plural role noun that opens the sentence is no name -------------------------------------------------------


def test_a_capitalised_plural_role_noun_at_the_sentence_start_is_unnamed():
    """"Listeners told us ...", "Business groups said ...", "Parents said ..." were counted as named sources: the
    capital of the sentence's first word read as a name (dogfood 12bj-d); the share of named sources is a key
    finding."""
    sentences = ["Listeners told us about their journeys.", "Business groups said footfall in the old town fell.",
                 "Parents said the buses were late again.", "Unions said the offer was too low."]
    a = _attributions(sentences)
    assert list(a["identity"]) == ["unnamed"] * 4, a[["source", "identity"]]


def test_names_at_the_sentence_start_stay_named():
    sentences = ["Brandt said the drivers would vote next week.", "Reuters reported that the talks had resumed.",
                 "Mayor Ilse Varga said the city would not negotiate.", "Fox News reported the strike."]
    a = _attributions(sentences)
    assert list(a["identity"]) == ["named"] * 4, a[["source", "identity"]]


# --- 6. notebook 00 says "1 article", not "1 articles" or "1 article ...; they are" ------------------------------


def test_notebook_00_counts_articles_in_the_right_number():
    """"1 outlet name merged ..., covering 1 articles" and "1 article without a usable date; they are left out"
    (dogfood 12bj-d): the counts go through helpers.core.wording.count."""
    import re

    import nbformat

    from helpers.core.paths import PROJECT_ROOT

    nb = nbformat.read(PROJECT_ROOT / "notebooks" / "00_corpus.ipynb", as_version=4)
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert not re.search(r"covering \{int\(merges\.articles\.sum\(\)\):,\} articles", source)
    assert not re.search(r"^print\(f\"\{len\(articles\):,\} articles", source, re.M)
    assert "without a usable date; they are" not in source


def test_the_outlet_merge_table_has_readable_headers():
    """Notebook 00's merge table showed `outlet_raw` and `outlet_kind` on a corpus with "radio lakeport" and
    "Radio Lakeport" (not on the seeds, which merge nothing)."""
    from helpers.report.headers import readable_headers

    out = readable_headers("<table><thead><tr><th>outlet</th><th>outlet_raw</th><th>outlet_kind</th></tr></thead>"
                           "</table>")
    assert "<th>outlet_raw</th>" not in out and "<th>outlet_kind</th>" not in out


def test_the_second_label_is_the_column_that_tells_rows_apart():
    """03_remedies read "highest share: Radio Lakeport, entman_functions (0.292)": the codebook column, the same in
    every row, was joined instead of the remedy (dogfood 12bj-d)."""
    import pandas as pd

    data = pd.DataFrame({"outlet": ["Radio Lakeport", "Radio Lakeport", "Harbour Gazette"],
                         "family": ["entman_functions"] * 3,
                         "frame": ["remedy_dialogue", "remedy_protest", "remedy_dialogue"], "share": [0.29, 0.0, 0.1]})
    alt = _alt(data)
    assert "highest share: Radio Lakeport, remedy_dialogue (0.29); lowest: Radio Lakeport, remedy_protest (0)" in alt


def test_single_mark_quotation_does_not_change_how_the_paragraphs_other_marks_pair():
    # A paragraph quoting in single marks across sentences: reading one sentence's quotation as double marks must
    # not leave the other sentences' reporting clauses inside a quotation paired anew (they were all lost).
    sentences = ["He said the plan is creating 'great value, and buyers are coming from all over the region.",
                 "''We will not lose that value.",
                 "We will not lose it on dreams, which frankly are not working well,' Lund said, once again.",
                 "'I want clean streets.",
                 "I want a rich town and that is a good thing because it lets us care for people,' Lund said.",
                 "He concluded his remarks.",
                 "'We can take care of people we could not afford to care for before, thank you,' he concluded.",
                 "Lund was due at the session, but his chair stayed empty while other mayors pledged a modest sum.",
                 "'He was not in the room but his team was there,' Mayor Ana Berg said."]
    import pandas as pd

    from helpers.measures.sourcing import extract_attributions

    units = pd.DataFrame({"doc_id": "d1", "unit_id": range(len(sentences)), "paragraph_id": 0, "text": sentences,
                          "outlet": "X"})
    att = extract_attributions(units, ["outlet"])
    found = set(zip(att["unit_id"], att["source"]))
    assert {(2, "Lund"), (4, "Lund"), (6, "he"), (8, "Mayor Ana Berg")} <= found
    assert att.loc[att["unit_id"] == 8, "sentence"].iloc[0] == sentences[8]  # the article's own marks are shown
