"""Reader headers of unit counts must not name one unit: notebooks 02 and 03 run on sentences or paragraphs."""
from helpers.report.headers import READER_HEADERS, readable_headers


def test_frame_unit_counts_do_not_say_sentences():
    # frame_shares.csv and 03_remedies.csv count units of the parameter `unit` (sentence or paragraph)
    for column in ("n_units", "k_units"):
        assert "sentence" not in READER_HEADERS[column]
        assert "unit" in READER_HEADERS[column]


def test_readable_headers_renames_k_units():
    out = readable_headers("<table><thead><tr><th>k_units</th><th>n_units</th></tr></thead></table>")
    assert '<th title="k_units">units with the frame</th>' in out
    assert '<th title="n_units">number of units</th>' in out
