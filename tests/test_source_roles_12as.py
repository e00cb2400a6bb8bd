"""Issue 12as-c: plurals of role nouns that the lexicon had only in the singular (``source_roles.yaml`` v26), a
therapist as an expert and a headline as a document. Plurals whose common sense is another role stay out ("services",
"parties", "officers", "actors"), and occupations that name unions ("teachers", "nurses") stay out so that "the nurses
union's president" keeps the union's role. Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 19703e5)
        ([], "Several Norland governors", "politician"),
        ([], "the delegates", "politician"),
        ([], "both campaigns", "politician"),
        ([], "federal courts", "official"),
        ([], "weapons inspectors", "official"),
        ([], "county commissioners", "official"),
        ([], "car manufacturers", "official"),
        ([], "forecasters", "expert"),
        ([], "a psychotherapist", "expert"),
        ([], "family therapists", "expert"),
        ([], "conservative outlets", "journalist_media"),
        ([], "two unions", "activist_advocacy"),
        ([], "the foundations", "activist_advocacy"),
        ([], "gun owners", "ordinary_person"),
        ([], "small investors", "ordinary_person"),
        ([], "the memos", "document"),
        ([], "one headline", "document"),
        (["Ivo Marek, a family therapist in Dorset, has seen it before."], "Marek", "expert"),
        # negatives (each passes on main too): plurals left out, singular roles unchanged, modifiers of a union
        ([], "intelligence services", "military_police"),
        ([], "the parties", "unknown"),
        (["Ada Crane, the nurses union's president, said it."], "Crane", "activist_advocacy"),
        ([], "the teachers union", "activist_advocacy"),
        ([], "a governor", "politician"),
        ([], "the author", "expert"),
        # plurals dropped after the population read: their changes were wrong as often as right
        ([], "congressional tax writers", "politician"),
        ([], "the chairmen", "unknown"),
        ([], "the challengers", "unknown"),
        ([], "the bill's authors", "politician"),  # round 12bq-l: a bill's authors are legislators
        ([], "Ann Lee, a reporter for Harbor Weekly", "journalist_media"),
        ([], "two police officers", "military_police"),
    ],
)
def test_plural_role_nouns(sentences, phrase, role):
    assert _role(sentences, phrase) == role
