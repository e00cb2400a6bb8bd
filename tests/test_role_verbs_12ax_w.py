"""Issue 12ax-w: a named speaker whose role the article states with a verb: a verb of holding or leaving a post with
"as" ("Ivo Marek resigned as governor"), a copula before "head of" a body ("Ivo Marek is the founder of the Lake Policy
Institute") or a relative "who has been" ("Ivo Marek, who has been a senator since 2010"). Every sentence is invented."""

import pytest

from helpers.measures.role_verbs import verb_roles


@pytest.mark.parametrize(
    "sents, name, role",
    [
        # positives (each `unknown` on main 11dddc0)
        (["Ivo Marek stepped down as governor in May.", "Marek said the plan was dead."], "Marek", "politician"),
        (["Ivo Marek resigned as chief of staff last year.", "Marek said the plan was dead."], "Marek", "official"),
        (["Tova Brill, who resigned as the agency's director in May, said the plan was dead."], "Tova Brill",
         "official"),
        (["Tova Brill, who until last month served as a deputy minister, said the plan was dead."], "Tova Brill",
         "official"),
        (["Tova Brill, who served as interim head of the Norland Democratic Party, said the plan was dead."],
         "Tova Brill", "politician"),
        (["Ivo Marek is also the director of the Lake Policy Institute.", "Marek said the plan was dead."], "Marek",
         "expert"),
        (["Ivo Marek spoke.", "Mr. Marek is also a co-president of the Dunmore Teachers Union.",
          "Marek said the plan was dead."], "Marek", "activist_advocacy"),
        (["Ivo Marek is the president of the health care charity Brightwell, which works abroad.",
          "Marek said the plan was dead."], "Marek", "activist_advocacy"),
        (["Tova Brill, who has been a senator since 2010, said the plan was dead."], "Tova Brill", "politician"),
    ],
)
def test_verb_roles_read(article_role, sents, name, role):
    assert article_role(sents, name) == (role, "article")


@pytest.mark.parametrize(
    "sents, name",
    [
        # near-misses that must stay `unknown`: no role noun heads the post, a private person's noun, a stance
        (["Ivo Marek served as a mentor to many young players.", "Marek said the plan was dead."], "Marek"),
        (["Ivo Marek once served as a bodyguard to the current leader.", "Marek said the plan was dead."], "Marek"),
        (["Ivo Marek is the owner of a small bakery.", "Marek said the plan was dead."], "Marek"),
        (["Tova Brill, who has been a longtime advocate of the plan, said it was dead."], "Tova Brill"),
        (["Tova Brill, who has been struggling to find work, said the plan was dead."], "Tova Brill"),
        (["Ivo Marek quit as soon as he could.", "Marek said the plan was dead."], "Marek"),
        (["Ivo Marek is the subject of a new film.", "Marek said the plan was dead."], "Marek"),
        # restricted after the first population read: an owner's or founder's noun, a one-word subject that is no
        # surname of the article, a bare participle
        (["Ivo Marek is the founder of the Lake Policy Institute.", "Marek said the plan was dead."], "Marek"),
        (["Ivo Marek is also a co-founder of a travel website.", "Marek said the plan was dead."], "Marek"),
        (["Ivo Tarn and Ivo Marek met on Monday.", "Ivo resigned as deputy minister in May.", "Ivo said so."],
         "Ivo"),
        (["The city is better off without Ivo Marek serving as mayor.", "Marek said the plan was dead."], "Marek"),
    ],
)
def test_verb_roles_near_misses(article_role, sents, name):
    assert article_role(sents, name)[0] == "unknown"


def test_title_elsewhere_wins(article_role):
    """A role the article states with a title wins over the verb's (the verb's role is read after the names')."""
    sents = ["Ivo Marek stepped down as governor in May.", "Sen. Ivo Marek said the plan was dead."]
    assert article_role(sents, "Marek")[0] == "politician"
    sents = ["Dr. Ivo Marek, a professor at Lake State University, spoke.", "Ivo Marek resigned as mayor in 2001."]
    assert article_role(sents, "Marek")[0] == "expert"


def test_no_subject_pronoun(role_tagger):
    assert not list(verb_roles("He stepped down as governor in May.", role_tagger.phrase_role, role_tagger._body_role,
                               role_tagger._hits, set()))
    assert not list(verb_roles("The Senate served as a check on the governor.", role_tagger.phrase_role,
                               role_tagger._body_role, role_tagger._hits, {"senate"}))
