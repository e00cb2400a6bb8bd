"""A rating group made mostly of one pseudo-outlet (a pool of pieces under one name, such as AllSides' "The Flip
Side") is named as such, not as one outlet whose house style may explain the group (a leftover of dogfood 12bn-d);
invented rows only."""

import pandas as pd

BODY = "The council met on Tuesday to discuss the new bridge."


def _rated(pseudo: bool) -> pd.DataFrame:
    rows = [{"doc_id": f"a{i}", "outlet": "Reader Letters", "outlet_kind": "pseudo" if pseudo else "outlet",
             "rating": "centre", "text": BODY} for i in range(6)]
    rows += [{"doc_id": f"b{i}", "outlet": o, "outlet_kind": "outlet", "rating": "centre", "text": BODY}
             for i, o in enumerate(["Coast Wire", "Pier Post", "Bay Times"])]
    rows += [{"doc_id": f"c{i}", "outlet": o, "outlet_kind": "outlet", "rating": "left", "text": BODY}
             for i, o in enumerate(["Valley Courier", "Town Crier", "Dock Daily", "Gull Gazette", "Tide News"])]
    return pd.DataFrame(rows)


def test_a_pseudo_outlet_at_the_top_of_a_group_is_named_as_one():
    from helpers.notebook.group_mix import outlet_concentration, outlet_sentences

    table = outlet_concentration(_rated(True), "rating")
    assert table["top_is_pseudo"].tolist() == [True]
    text = " ".join(outlet_sentences(table, "rating"))
    assert "one pseudo-outlet, Reader Letters" in text and "pool's mix" in text
    assert "that outlet's style" not in text


def test_an_ordinary_outlet_keeps_the_outlet_wording():
    from helpers.notebook.group_mix import outlet_concentration, outlet_sentences

    table = outlet_concentration(_rated(False), "rating")
    assert table["top_is_pseudo"].tolist() == [False]
    text = " ".join(outlet_sentences(table, "rating"))
    assert "one outlet, Reader Letters" in text and "that outlet's style" in text


def test_the_flag_survives_the_csv_the_index_reads(tmp_path):
    from helpers.notebook.group_mix import outlet_concentration
    from helpers.report.index import group_mix_note

    outlet_concentration(_rated(True), "rating").to_csv(tmp_path / "00_group_outlets.csv", index=False)
    note = group_mix_note(tmp_path, [{"files": ["00_group_outlets"]}])
    assert "one pseudo-outlet, Reader Letters" in note
