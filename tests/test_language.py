"""Deterministic language rule: English news is English, other languages are named, short text is unknown."""
from helpers.text.language import detect_language, language_of

EN = ("The council said on Tuesday that the new budget would be put to a vote next month, and the mayor, who has "
      "opposed the plan, said it was not a fair deal for the people of the town.")
FR = ("Le conseil municipal a annoncé mardi que le nouveau budget sera soumis au vote le mois prochain, et le maire, "
      "qui s'oppose au projet, a déclaré que ce n'est pas un accord juste pour les habitants de la ville.")
DE = ("Der Stadtrat hat am Dienstag mitgeteilt, dass über den neuen Haushalt im nächsten Monat abgestimmt wird, und "
      "der Bürgermeister, der den Plan ablehnt, sagte, es sei kein fairer Handel für die Menschen der Stadt.")
ES = ("El consejo municipal anunció el martes que el nuevo presupuesto se someterá a votación el próximo mes, y el "
      "alcalde, que se opone al plan, dijo que no es un acuerdo justo para los vecinos de la ciudad.")
RU = ("Городской совет объявил во вторник, что новый бюджет будет вынесен на голосование в следующем месяце, а мэр, "
      "который выступает против плана, заявил, что это несправедливая сделка для жителей города и всех нас.")


def test_each_language_is_told():
    assert language_of(EN)[0] == "en"
    assert language_of(FR)[0] == "fr"
    assert language_of(DE)[0] == "de"
    assert language_of(ES)[0] == "es"
    assert language_of(RU)[0] == "non-latin"
    assert language_of("Breaking news: council votes")[0] == "unknown"


def test_english_news_full_of_names_is_still_english(seed_corpus):
    rep = detect_language(seed_corpus["text"])
    assert rep.counts == {"en": 5} and rep.is_english
    assert rep.sentence() == "All 5 articles whose language could be told read as English."


def test_a_french_corpus_is_reported_before_any_model():
    rep = detect_language([FR, FR, DE, EN])
    assert rep.main == "fr" and not rep.is_english
    assert "French 2" in rep.sentence() and "do not apply" in rep.sentence()
    assert detect_language([FR, EN]) == detect_language([FR, EN])
