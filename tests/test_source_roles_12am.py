"""Issue 12am-o: a person who holds a staff title in a body that is no government or company takes the body's kind
(advocacy group, think tank, outlet, party, police force) when the body's name or the article says what it is; a
committee chair with a party-state tag is a legislator. Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences

from helpers.measures.role_titles import body_kind, described_bodies, staff_body, staff_body_before
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.mark.parametrize(
    "sentences, role",
    [
        # a title after the name, a body whose name says its kind (each positive was 'official' before)
        # issue 12ar-d: a chief medical officer is a physician, an expert (the judges of role draws 925 and 937)
        (
            ["Ann Lee, the chief medical officer of the American Foundation for Better Sleep, said it was fine."],
            "expert",
        ),
        (
            ["Ann Lee, the chief operating officer of the American Foundation for Better Sleep, said it was fine."],
            "activist_advocacy",
        ),
        (["Ann Lee, legislative director at the Civic Rights Coalition, said it was fine."], "activist_advocacy"),
        (
            ["Ann Lee, state legislative director and senior counsel at the Civic Rights Campaign, said it was fine."],
            "activist_advocacy",
        ),
        (["Ann Lee, CEO of the Open Harbor Project, said it was fine."], "activist_advocacy"),
        (
            ["Ann Lee, policy director for the nonpartisan Campaign for Open Ballots Center, said it was fine."],
            "activist_advocacy",
        ),
        (
            [
                "Ann Lee, a former intelligence officer, wrote the essay.",
                "Lee, a senior fellow with the Foundation for Open Seas, has long argued for it.",
            ],
            "expert",
        ),
        (
            ["Ann Lee, deputy director of Brightline Educational Fund, which advocates for tenants, said it was fine."],
            "activist_advocacy",
        ),
        # the article says what the body is
        (
            [
                "Brightline, a progressive group founded by a senator, said it would sue.",
                "Brightline Chairman Ann Lee said she would challenge the delegation.",
            ],
            "activist_advocacy",
        ),
        (
            ["Ann Lee, who heads Brightline, said it was fine.", "Brightline is a nonprofit advocacy group."],
            "activist_advocacy",
        ),
        (
            [
                "Brightline, a dark-money 501(c)(4) group founded by a senator, is suing.",
                "Brightline Chairman Ann Lee said she would challenge the delegation.",
            ],
            "activist_advocacy",
        ),
        # a committee chair with a party-state tag
        (["Committee Chairman Ann Lee (R-S.C.) said it was fine."], "politician"),
        (["Ann Lee, the chairman of the Budget Committee, said it was fine.", "Lee (R-Ohio) disagreed."], "politician"),
    ],
)
def test_staff_of_a_body_take_its_kind(sentences, role):
    assert _role(sentences, "Lee") == role


@pytest.mark.parametrize(
    "sentences, role",
    [
        # companies and governments keep the title's role
        (["Ann Lee, chief financial officer of Acme Corp., said it was fine."], "official"),
        (["Ann Lee, deputy director of the Norland Development Fund, said it was fine."], "official"),
        (["Ann Lee, legislative director at the Norland Department of Transport, said it was fine."], "official"),
        # a candidate's campaign written in lower case is a campaign; a university's project is no advocacy group
        (["Ann Lee, director of the Norland Project on Climate Change, said it was fine."], "official"),
        # a legislature's staff are no legislators; a fund named for law enforcement is no police force
        (["Ann Lee, staff director of the House Budget Committee, said it was fine."], "official"),
        # (issue 12at-b: a "... Fund" is a charity or advocacy fund, so its officer is an advocate, not police)
        (["Ann Lee, the chief operating officer of the Law Enforcement Legal Fund, said it was fine."],
         "activist_advocacy"),
        # a committee chair without a party-state tag keeps the title's role
        (["Committee Chairman Ann Lee said it was fine."], "official"),
        # a spokesperson stays a spokesperson
        (["Ann Lee, a spokeswoman for the Civic Rights Coalition, said it was fine."], "spokesperson"),
    ],
)
def test_other_titles_keep_their_role(sentences, role):
    assert _role(sentences, "Lee") == role


def test_staff_body_forms():
    assert staff_body(", executive director of the Harbor Fund, which advocates for renters, said") == (
        "Harbor Fund",
        "advocates",
    )
    assert staff_body(", a senior fellow at the Harbor Institute, said") == ("Harbor Institute", "fellow")
    assert staff_body(", who said it was fine") == ("", "")
    assert staff_body_before("Fair Deal Now Chairman ") == "Fair Deal Now"
    assert staff_body_before("the senator said the ") == ""


def test_described_bodies():
    role = RoleTagger(load_roles()).phrase_role
    assert list(described_bodies("Brightline, a dark-money 501(c)(4) group founded in 2016, sued.", role)) == [
        ("Brightline", "activist_advocacy")
    ]
    assert list(described_bodies("Ann Lee, a member of the group, sued.", role)) == []
    assert list(described_bodies("Kaba, a militant group, attacked.", role)) == []


def test_body_kind_reads_the_body_name_then_the_article():
    no_role = lambda body: ""  # noqa: E731
    assert body_kind("the Civic Rights Campaign", no_role, no_role) == "activist_advocacy"
    assert body_kind("Grace Church", no_role, no_role) == "activist_advocacy"
    assert body_kind("the Lee Campaign", no_role, no_role) == ""
    assert body_kind("Brightline", no_role, lambda body: "expert") == "expert"
    assert body_kind("Brightline", no_role, lambda body: "official") == ""
