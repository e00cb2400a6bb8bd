"""Small report fixes: unit counts that do not name one unit (notebooks 02 and 03 run on sentences or paragraphs), no pandas warning on an empty tie column."""
from helpers.report.headers import READER_HEADERS, readable_headers


def test_frame_unit_counts_do_not_say_sentences():
    # frame_shares.csv and 03_remedies.csv count units of the parameter `unit` (sentence or paragraph)
    for column in ("n_units", "k_units", "remedies_k"):
        assert "sentence" not in READER_HEADERS[column]
        assert "unit" in READER_HEADERS[column]


def test_readable_headers_renames_k_units():
    out = readable_headers("<table><thead><tr><th>k_units</th><th>n_units</th></tr></thead></table>")
    assert '<th title="k_units">units with the frame</th>' in out
    assert '<th title="n_units">number of units</th>' in out


def test_dominant_frames_with_no_tie_warns_nothing(tmp_path):
    # an empty tied_with column is read as floats: filling it with "" warned (Pandas4Warning) and will raise
    import warnings

    from helpers.report.index import dominant_frames

    p = tmp_path / "dominant_frames.csv"
    p.write_text("doc_id,family,dominant,tied_with\na,generic,conflict,\nb,generic,conflict,\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = dominant_frames(p)
    assert out["families"][0]["k_tied"] == 0 and out["families"][0]["k"] == 2
