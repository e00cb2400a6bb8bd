"""Review 12bj-v of today's changes (single-mark quotations, plural role nouns at a sentence's start, figure alt
texts, reader headers); invented sentences and data only."""


def _attributions(sentences):
    import warnings

    import pandas as pd

    from helpers.measures.sourcing import extract_attributions

    units = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(sentences))], "unit_id": 0, "text": sentences,
                          "outlet": "X", "role": "body", "paragraph_id": 0})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_attributions(units)


# --- 1. single-mark quotations ---------------------------------------------------------------------------------------


def test_a_nested_double_quotation_inside_single_marks_is_not_a_speaker():
    """British style nests double marks inside single ones; read as double marks, the nested quotation closed the
    outer one, and "He told" inside the quotation became a second attribution (review 12bj-v)."""
    sentences = ["\u2018He told me \u201cwe are done\u201d and then he walked out,\u2019 she said.",
                 "'He told me \"we are done\" and then he walked out,' she said."]
    a = _attributions(sentences)
    assert list(a["source"]) == ["she", "she"], a[["doc_id", "source", "verb"]]
    assert list(a["kind"]) == ["direct", "direct"]


def test_nested_double_marks_become_single_marks_with_length_kept():
    from helpers.text.quotes import single_as_double

    text = "\u2018He told me \u201cwe are done\u201d and then he left,\u2019 she said."
    out = single_as_double(text)
    assert out == "\"He told me \u2018we are done\u2019 and then he left,\" she said." and len(out) == len(text)


def test_an_apostrophe_opening_the_sentence_is_not_a_quotation_mark():
    """"'90s fashion is back, and teens call it 'retro,' a buyer said." was read as a direct quotation from "90s" to
    "retro,": the apostrophe opened it and the scare quote's mark closed it (review 12bj-v). A curly opening mark is
    meant as one and keeps the reading of dogfood 12bj-d ('\u2018Smith, star of \u2018Lakeside,\u2019 was hurt ...')."""
    from helpers.text.quotes import single_as_double

    for text in ["'90s fashion is back, and teens call it 'retro,' a buyer said.",
                 "'Tis the season, the grocer said, and shoppers want 'real value,' she added.",
                 "'Tis the season, the grocer said, and shoppers want \u2018real value,\u2019 she added."]:
        assert single_as_double(text) == text, text
    a = _attributions(["'90s fashion is back, and teens call it 'retro,' a buyer said."])
    assert list(a["kind"]) == ["reported"], a[["source", "kind"]]


def test_a_curly_opening_mark_with_an_inner_single_quotation_is_still_read():
    from helpers.text.quotes import single_as_double

    text = "\u2018Ann Roe, a star of the show \u2018Lakeside,\u2019 was hurt in a fall on Monday, said the studio."
    assert single_as_double(text).startswith('"Ann Roe') and single_as_double(text).count('"') == 2


def test_an_elision_inside_the_quotation_does_not_stop_it():
    from helpers.text.quotes import single_as_double

    text = "'We told 'em to leave the stage at ten,' she said."
    assert single_as_double(text) == "\"We told 'em to leave the stage at ten,\" she said."


def test_a_sentence_that_is_only_a_single_quoted_quotation():
    """A sentence that is only a quotation in single marks was left alone: its first words were read as a speaker
    ("'He" told, "'The mayor" said) and it never continued the previous speaker's quotation, as the same sentence in
    double marks does (review 12bj-v)."""
    from helpers.text.quotes import single_as_double

    text = "'He told me we are done and then he left.'"
    assert single_as_double(text) == "\"He told me we are done and then he left.\""
    assert single_as_double("\u2018The mayor said we are fine.\u2019 ") == "\"The mayor said we are fine.\" "
    a = _attributions(["'He told me we are done and then he walked out.'",
                       "'The mayor said the city is fine and so are we.'"])
    assert not (a["source"].str.contains("'") | a["source"].isin(["He", "The mayor"])).any(), a[["source", "verb"]]


def test_offsets_index_the_shown_sentence():
    """The rules read double marks, the ``sentence`` column keeps the article's: every offset still points at the
    source and the verb as shown."""
    sentences = ["\u2018He told me \u201cwe are done\u201d and then he left,\u2019 said nurse Ann Roe.",
                 "'We walked over the bridge and back,' the mayor told reporters.",
                 "'I won't go, and they can't make me,' according to Kask.",
                 "'We walked over the bridge and back?' asked Ann Roe."]
    a = _attributions(sentences)
    assert len(a) == 4
    for r in a.itertuples():
        assert r.sentence[r.source_start:r.source_start + len(r.source)] == r.source
        assert r.sentence[r.verb_start:r.verb_start + len(r.verb)] == r.verb


# --- 2. plural role nouns at a sentence's start ----------------------------------------------------------------------


def test_a_name_opening_a_coordination_stays_named():
    """"Guaido and his advisers" (dogfood 12bj-d's known misfire): the plural noun ends the phrase but the name opens
    it, with "his"/"the" or an age after it ("Parents and teachers", "Hispanic and immigrant rights groups" stay
    unnamed)."""
    a = _attributions(["Varga and his advisers said the talks would resume.", "Varga, 42 and the father of two young boys, said it.",
                       "Brandt and his lawyers said the ruling was wrong.",
                       "Parents and teachers said the buses were late again.",
                       "Hispanic and immigrant rights groups said the rule was unfair."])
    assert list(a["identity"]) == ["named", "named", "named", "unnamed", "unnamed"], a[["source", "identity"]]


def test_a_plural_word_the_article_gives_a_title_stays_named():
    """"Banks said" after "Rep. Jim Banks" or "Mr. Banks" earlier: a title before the word marks it as a surname, so
    the capital is the name's, not the sentence's. "Democrats said" stays unnamed, as dogfood 12bj-d's lead read it,
    even when the article writes "the Democrats" mid-sentence."""
    import warnings

    import pandas as pd

    from helpers.measures.sourcing import extract_attributions

    texts = [("a", 0, "The motion was tabled by Rep. Jim Banks on Monday."), ("a", 1, "Banks said the vote was close."),
             ("b", 0, "The motion split the Democrats in the chamber."), ("b", 1, "Democrats said the vote was close."),
             ("c", 0, "Riders waited for Mr. Fields at the depot."), ("c", 1, "Fields said the buses were late."),
             ("d", 0, "Riders waited at the depot."), ("d", 1, "Parents said the buses were late again.")]
    units = pd.DataFrame(texts, columns=["doc_id", "unit_id", "text"]).assign(outlet="X", role="body", paragraph_id=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = extract_attributions(units)
    got = dict(zip(a["source"], a["identity"]))
    assert got == {"Banks": "named", "Democrats": "unnamed", "Fields": "named", "Parents": "unnamed"}, a[
        ["source", "identity"]]


# --- 3. figure alt texts on odd tables -------------------------------------------------------------------------------


def _alt(data):
    import matplotlib.pyplot as plt

    from helpers.notebook.output import figure_alt_text

    fig, ax = plt.subplots()
    ax.set_title("T")
    try:
        return figure_alt_text(fig, data)
    finally:
        plt.close(fig)


def test_alt_text_with_repeated_column_names_does_not_crash():
    """A table with two columns of one name (a user's merge) stopped the figure with a KeyError or "truth value of a
    Series is ambiguous" (review 12bj-v)."""
    import pandas as pd

    one = pd.DataFrame([["x", "p", 1], ["x", "q", 2]], columns=["outlet", "outlet", "count"])
    two = pd.DataFrame([["x", "p", "p", 1], ["x", "q", "r", 2]], columns=["outlet", "role", "role", "count"])
    assert "highest count: x (2)" in _alt(one)
    assert "highest count: x, q (2)" in _alt(two)


def test_equal_values_with_missing_rows_are_not_said_to_hold_in_every_row():
    import numpy as np
    import pandas as pd

    alt = _alt(pd.DataFrame({"outlet": ["A", "B", "C"], "share": [np.nan, 0.3, 0.3]}))
    assert "in every row" not in alt.replace("in every row with a value", ""), alt
    assert "share: 0.3 in every row with a value" in alt


def test_a_missing_label_is_not_called_nan():
    import numpy as np
    import pandas as pd

    alt = _alt(pd.DataFrame({"outlet": ["A", np.nan], "share": [0.1, 0.3]}))
    assert "nan" not in alt and "None" not in alt, alt


def test_a_yes_no_column_of_object_type_names_no_row():
    """A yes/no column read back from a CSV with gaps, or built with None, has the object type: it named the rows
    ("highest n: False")."""
    import pandas as pd

    data = pd.DataFrame({"converged": [True, False, None], "outlet": ["A", "B", "C"], "n": [1, 2, 3]})
    alt = _alt(data)
    assert "highest n: C (3)" in alt, alt


# --- 4. reader headers ---------------------------------------------------------------------------------------------


def test_reader_headers_say_what_the_column_counts():
    """`n_coded` counts articles in notebook 04's frames-dev table (DATA_DICTIONARY: "Coded articles") and sentences
    in notebook 03's: "hand-coded sentences" mislabelled the first. `all_labels` is the share by the hand labels of
    all articles (the truth the intervals should cover), not the tagger's share; `outlet_voice` is a share (review
    12bj-v)."""
    from helpers.report.headers import READER_HEADERS

    assert "sentence" not in READER_HEADERS["n_coded"] and "units" in READER_HEADERS["n_coded"]
    assert "hand" in READER_HEADERS["all_labels"]
    assert READER_HEADERS["outlet_voice"].startswith("share")


def test_a_single_quoted_sentence_continues_the_previous_speaker_as_a_double_quoted_one_does():
    """'Kask defended the plan. | 'It will pay for itself within a decade.'': Kask is quoted directly, in single marks
    (straight or curly) as in double marks; before review 12bj-v only double marks were read so (an outlet quoting in
    single marks had fewer direct quotations for the same text)."""
    import warnings

    import pandas as pd

    from helpers.measures.sourcing import extract_attributions

    texts = []
    for doc, (o, c) in {"s": ("'", "'"), "c": ("\u2018", "\u2019"), "d": ('"', '"')}.items():
        texts += [(doc, 0, "Kask defended the plan on Monday."), (doc, 1, f"{o}It will pay for itself within a decade.{c}")]
    units = pd.DataFrame(texts, columns=["doc_id", "unit_id", "text"]).assign(outlet="X", role="body", paragraph_id=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = extract_attributions(units)
    for doc in ("s", "c", "d"):
        rows = a[a["doc_id"] == doc]
        assert list(rows["kind"]) == ["direct", "direct"] and list(rows["source_resolved"]) == ["Kask", "Kask"], doc


# --- 5. representatives (issue 12bj-r) -------------------------------------------------------------------------------


def test_a_representative_for_a_place_is_not_a_spokesperson():
    """"a representative for the district" (a legislator) was read as a spokesperson: "district" has the official
    role; issue 12bj-r kept places out only after "one of" (review 12bj-v)."""
    from helpers.measures.role_titles import representative_of_person
    from helpers.measures.source_roles import RoleTagger, load_roles

    role = RoleTagger(load_roles()).phrase_role
    assert representative_of_person("a representative for the district", role) == ""
    assert representative_of_person("a representative for the singer", role) == "spokesperson"
    assert representative_of_person("a representative for one of the tenants", role) == "spokesperson"
