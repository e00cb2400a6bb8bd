"""Issue 12ao-a: role nouns in a named speaker's apposition that the role reader did not read.

- the lexicon's lower-case noun patterns ("a pathologist", "a deputy assistant treasury secretary") are read in
  appositions, copulas and titles, as its terms are;
- general role nouns the lexicon lacked ("a surgeon", "a biographer", "a landscaper", "an environmentalist").

All sentences are invented for these tests.
"""

import pytest
from test_source_roles_12ak import _role_after  # the role of a phrase once the tagger has read an article


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # lower-case noun patterns of the lexicon, in an apposition
        (["Ann Roe, a pathologist, said yes.", "Roe said no."], "Roe", "expert"),
        (["Ann Roe, a forensic pathologist at Norland Hospital, said yes.", "Roe said no."], "Roe", "expert"),
        (["Ann Roe, an anthropologist at Vela College, said yes.", "Roe said no."], "Roe", "expert"),
        (
            ["Ann Roe, former assistant Treasury secretary for public affairs, said yes.", "Roe said no."],
            "Roe",
            "official",
        ),
        # role nouns the lexicon lacked
        (["Ann Roe, a surgeon, said yes.", "Roe said no."], "Roe", "expert"),
        (["Ann Roe, a pediatrician in Vela, said yes.", "Roe said no."], "Roe", "expert"),
        (["Ann Roe, a theologian, said yes.", "Roe said no."], "Roe", "expert"),
        (["Ann Roe, an oceanographer at the Vela Laboratory, said yes.", "Roe said no."], "Roe", "expert"),
        (["The governor's biographer Ann Roe said the two were close.", "Roe said no."], "Roe", "expert"),
        (["Ann Roe, a landscaper in Norland, said yes.", "Roe said no."], "Roe", "ordinary_person"),
        (["Ann Roe, a diesel mechanic from Vela, said yes.", "Roe said no."], "Roe", "ordinary_person"),
        (["Ann Roe, a bookkeeper at the Lakeside Center, said yes.", "Roe said no."], "Roe", "ordinary_person"),
        (["Ann Roe, an environmentalist, said yes.", "Roe said no."], "Roe", "activist_advocacy"),
        (["Conservationists said the dam would kill the river."], "Conservationists", "activist_advocacy"),
    ],
)
def test_apposition_role_nouns_are_read(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        (["Ann Roe, an apologist for the regime, spoke.", "Roe said no."], "Roe"),  # not an "-ologist"
        (["Ann Roe, a glassblower in Norland, spoke.", "Roe said no."], "Roe"),  # no role noun
        (["Ann Roe studies the mechanics of flight.", "Roe said no."], "Roe"),  # "mechanics" is not added
        (["Kai Moss, a firefighter and president of the local union, spoke first.", "Moss said no."], "Moss"),
    ],
)
def test_no_role_from_these_forms(sentences, phrase):
    assert _role_after(sentences, phrase) == "unknown"
