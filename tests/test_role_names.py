"""Source roles in words on the reader's side (review s76): the role shares carry ``role_label`` and the key findings
name a role by it ("for Military or police", not "for military_police")."""
from __future__ import annotations

import pandas as pd

from helpers.measures.source_roles import ROLE_UNKNOWN, load_roles, role_names
from helpers.report.index import _gloss


def test_every_role_of_the_lexicon_and_unknown_has_words():
    lex = load_roles()
    names = role_names(lex)
    assert set(names) == set(lex["entries"]) | {ROLE_UNKNOWN}
    assert names["military_police"] == "Military or police"
    assert all(v and "_" not in v for v in names.values())


def test_a_finding_on_role_shares_names_the_role_in_words(tmp_path):
    pd.DataFrame({"outlet": ["A", "B"], "measure": ["military_police"] * 2, "role_label": ["Military or police"] * 2,
                  "share": [0.1, 0.2]}).to_csv(tmp_path / "02_source_roles_shares.csv", index=False)
    assert _gloss("measure", "military_police", tmp_path, "02_source_roles_shares") == "Military or police"
    assert _gloss("measure", "politician", tmp_path, "02_source_roles_shares") == "politician"  # no label: the id
    (tmp_path / "02_source_roles_shares.csv").unlink()  # a run written before the column: the id, as before
    assert _gloss("measure", "military_police", tmp_path, "02_source_roles_shares") == "military_police"
