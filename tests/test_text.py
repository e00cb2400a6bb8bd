from helpers.text.normalize import fold, normalize


def test_fold_keeps_length_and_positions():
    t = "\u201cTalks\u201d \u2014 Pakistan\u2019s\u00a0army\u2026 done"
    f = fold(t)
    assert len(f) == len(t)
    assert f == "\"Talks\" - Pakistan's army. done"
    assert fold("plain ascii") == "plain ascii"


def test_normalize_nfkc_spaces_and_case():
    assert normalize("  The\ufb01nal\n\n word\u2019s  ") == "Thefinal word's"
    assert normalize("Kabul TALKS", lower=True) == "kabul talks"
