"""Issue 12au-d: a partisan or campaign consultant ("a Republican consultant", "GOP consultant X", "a political
consultant") and a campaign's advisers and staffers ("a former Romney campaign adviser") are politicians (party and
campaign staff, the role protocol's item 3), not experts or officials; other consultants, partisan pollsters, aides,
lobbyists, donors and voters keep the role of their noun. Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures.source_roles import load_roles
from helpers.measures.sourcing import extract_attributions


def _row(sents, source):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                          "paragraph_id": range(len(sents)), "text": sents, "role": "body"})
    att = extract_attributions(units)
    rows = att[att["source"] == source]
    assert len(rows), att[["source", "source_resolved", "role"]]
    return rows.iloc[-1]


@pytest.mark.parametrize(
    "sents, source, role",
    [
        # positives (main fd93498: expert by "consultant", official by "adviser" or "staffer")
        (["Ryan Willis, a Republican consultant, said the ad was weak."],
         "Ryan Willis, a Republican consultant", "politician"),
        (["GOP consultant Ryan Willis said the ad was weak."], "GOP consultant Ryan Willis", "politician"),
        (["Ryan Willis, a Democratic media consultant, said the ad was weak."],
         "Ryan Willis, a Democratic media consultant", "politician"),
        (["Ryan Willis, a political consultant in Ohio, said the ad was weak."],
         "Ryan Willis, a political consultant in Ohio", "politician"),
        (["A conservative consultant said the ad was weak."], "A conservative consultant", "politician"),
        (["Ryan Willis was a longtime Labour consultant before the vote.", "Willis said the ad was weak."],
         "Willis", "politician"),
        (["Ryan Willis, a former Norland campaign adviser, said the ad was weak."],
         "Ryan Willis, a former Norland campaign adviser", "politician"),
        (["Ann Lee, a senior campaign staffer, said the ad was weak."],
         "Ann Lee, a senior campaign staffer", "politician"),
        (["Campaign advisers said the ad was weak."], "Campaign advisers", "politician"),
        # near-misses (unchanged)
        (["Ryan Willis, a management consultant, said the ad was weak."],
         "Ryan Willis, a management consultant", "expert"),
        (["Ryan Willis, a consultant, said the ad was weak."], "Ryan Willis, a consultant", "expert"),
        (["Ryan Willis, an IT consultant, said the ad was weak."], "Ryan Willis, an IT consultant", "expert"),
        (["Ryan Willis, a Republican voter, said the ad was weak."],
         "Ryan Willis, a Republican voter", "ordinary_person"),
        (["Ryan Willis, a conservative economist, said the ad was weak."],
         "Ryan Willis, a conservative economist", "expert"),
        (["Ryan Willis, a Democratic donor, said the ad was weak."],
         "Ryan Willis, a Democratic donor", "ordinary_person"),
        (["Ryan Willis, a Republican pollster, said the ad was weak."],
         "Ryan Willis, a Republican pollster", "expert"),
        (["Ryan Willis, a GOP aide, said the ad was weak."], "Ryan Willis, a GOP aide", "official"),
        (["Ryan Willis, a Republican lobbyist, said the ad was weak."],
         "Ryan Willis, a Republican lobbyist", "activist_advocacy"),
        (["Democratic strategist Ann Lee said the ad was weak."], "Democratic strategist Ann Lee", "politician"),
        (["Ryan Willis, a senior adviser at the bank, said the ad was weak."],
         "Ryan Willis, a senior adviser at the bank", "official"),
    ],
)
def test_partisan_consultants(sents, source, role):
    assert _row(sents, source)["role"] == role


def test_lexicon_version():
    assert load_roles()["version"] >= 30
