"""Issue 12at-a: people named with their organisation by a possessive or "of" ("NPR's Ann Lee", "Ann Lee of X")
take the organisation's role when its kind can be read: a known outlet of the project's outlet data, or a body the
article types elsewhere. Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences

from helpers.measures import role_owners as RO


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 232d4b3)
        (["NPR's Tova Brenner said the vote was close."], "NPR's Tova Brenner", "journalist_media"),
        (["Fox's Dario Mendt asked about the vote.", "Mendt said it was late."], "Mendt", "journalist_media"),
        (["WSJ\u2019s Ilse Varga explains the plan."], "WSJ\u2019s Ilse Varga", "journalist_media"),
        (["The Union of Tram Drivers (UTD) called a strike.", "UTD's Pell argues it is unfair."], "UTD's Pell",
         "activist_advocacy"),
        (["Harbor Watch, a nonprofit group, sued the city."], "Harbor Watch's Ivo Marek", "activist_advocacy"),
        (["Harbor Watch, a nonprofit group, sued the city."], "Ivo Marek of Harbor Watch", "activist_advocacy"),
        (["Harbor Watch's Ben Kay asked her.", "Harbor Watch, a nonprofit group, sued the city."], "Kay",
         "activist_advocacy"),
        # merged with issue 12at-b: "Watch" ending a body's name is an advocacy group by the lexicon itself
        ([], "Harbor Watch's Ivo Marek", "activist_advocacy"),
        (["Europol said so.", "The agency Europol is in The Hague.", "Europol's Ivo Marek said no."],
         "Europol's Ivo Marek", "official"),
        # negatives (unchanged): a person's possessive, an owner of unknown kind, a place, an apposition read under
        # the owner's word, a surname that is also an outlet's short name, a role the article states
        (["Ann Kay spoke first.", "Kay's Ivo Marek said no."], "Kay's Ivo Marek", "unknown"),
        ([], "Tallgrass Loop's Ivo Marek", "unknown"),
        ([], "Ivo Marek of Norland", "unknown"),
        (["Harbor's Ivo Marek, a former aide, said it."], "Harbor's Ivo Marek", "unknown"),
        (["Ann Fox said so.", "Fox's Ivo Marek said no."], "Fox's Ivo Marek", "unknown"),
        (["Tova Brenner is a historian."], "NPR's Tova Brenner", "expert"),
        ([], "The Flip Side's Ivo Marek", "unknown"),
        (["Ann Kay, a senator, spoke.", "Ann Kay's Ivo Marek said no."], "Ann Kay's Ivo Marek", "unknown"),
        # review r12at: a body named in a person's apposition or clause does not make the person a body
        (["Ann Kay, who chairs the Senate committee, spoke."], "Ann Kay's Ivo Marek", "unknown"),
        (["Ann Kay was appointed to the Norland Agency."], "Ann Kay's Ivo Marek", "unknown"),
    ],
)
def test_owner_roles(sentences, phrase, role):
    assert _role(sentences, phrase) == role


def test_known_outlets_from_outlet_data():
    keys = RO.known_outlets()
    assert {"npr", "fox news", "fox", "wall street journal", "wsj"} <= keys
    assert "guest writer" not in keys


def test_split_owned():
    assert RO.split_owned("NPR's Tova Brenner, reporting from Oslo") == ("Tova Brenner", "NPR")
    assert RO.split_owned("Ivo Marek of the Harbor Watch") == ("Ivo Marek", "Harbor Watch")
    assert RO.split_owned("the strained history of ties") == ("", "")
