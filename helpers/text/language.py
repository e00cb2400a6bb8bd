"""Which language a corpus is written in: a deterministic rule on stop-word shares.

The measures of this collection (lexicons, sentence splitting, VADER tone,
English stop words in the topic model) are written for English. Before any
model is fitted, the notebooks check that the corpus is English and say so
when it is not. The rule needs no model and no download: in running text of
any language a few dozen function words make up a large share of the tokens
(in English news "the", "of", "to", "and", "a", "in" alone are about a fifth),
so the language whose function words cover the most tokens is the text's
language. Seven languages written in the Latin alphabet are told apart; text
in another script has almost no Latin-alphabet tokens and is reported as
"non-Latin script".
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..core.wording import count

__all__ = ["LanguageReport", "detect_language", "language_of", "report_from_codes"]

_FUNCTION_WORDS = {
    "en": "the of and to a in is that for it on was with as by be at from this are have has not but an or "
          "they his her their which were been would will its who said he she we also after than more",
    "fr": "le la les de des du et un une est en que qui dans pour pas sur au aux par plus ne se ce il elle "
          "sont avec ont été mais son sa ses leur nous vous cette",
    "de": "der die das und den dem des ein eine einer ist nicht zu mit von auf für sich im ist auch es sie "
          "wird wurde bei aus nach oder als noch wie sind hat haben dass",
    "es": "el la los las de del y en un una que es por para con no se su sus al lo como más pero fue ha "
          "son este esta entre sobre también",
    "it": "il lo la gli le di del della dei e un una che è per con non si su al nel sono come più ma "
          "anche stato questa questo degli delle",
    "pt": "o a os as de do da dos das e um uma que é em no na por para com não se seu sua ao mais como "
          "mas foi são também pelo pela",
    "nl": "de het een en van in is dat op te met voor zijn niet aan er ook als bij door maar om wordt "
          "werd heeft hebben deze naar",
}
_WORDS = {lang: frozenset(ws.split()) for lang, ws in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
         "nl": "Dutch", "non-latin": "non-Latin script", "unknown": "unknown (too little text)"}
MIN_TOKENS = 20
"""Fewer word tokens than this and a text's language is ``"unknown"``."""


def language_of(text: str) -> tuple[str, float]:
    """The language of one text and the share of its tokens that are that language's function words.

    Parameters
    ----------
    text : str

    Returns
    -------
    (str, float)
        A code (``"en"``, ``"fr"``, ``"de"``, ``"es"``, ``"it"``, ``"pt"``,
        ``"nl"``, ``"non-latin"`` or ``"unknown"``) and the share (0-1).
        Ties between languages go to the first in the order above.
    """
    tokens = [t.lower() for t in _TOKEN.findall(text or "")]
    if len(tokens) < MIN_TOKENS:
        return "unknown", 0.0
    latin = sum(1 for t in tokens if _LATIN.fullmatch(t))
    if latin < 0.5 * len(tokens):
        return "non-latin", 0.0
    counts = Counter(tokens)
    shares = {lang: sum(counts[w] for w in ws) / len(tokens) for lang, ws in _WORDS.items()}
    best = max(shares, key=lambda lang: (shares[lang], -list(_WORDS).index(lang)))
    return best, round(shares[best], 4)


@dataclass(frozen=True)
class LanguageReport:
    """The languages of a corpus, by article.

    Attributes
    ----------
    counts : dict of str to int
        Articles per language code, most frequent first (ties by code).
    main : str
        The code of the most frequent language among articles whose language
        could be told (``"unknown"`` when none could).
    english_share : float
        Share of the articles whose language could be told that are English.
    """

    counts: dict
    main: str
    english_share: float

    @property
    def is_english(self) -> bool:
        """True when at least half the articles whose language could be told are English."""
        return self.english_share >= 0.5

    def sentence(self) -> str:
        """One plain sentence for a report, e.g. "All 5 articles read as English."."""
        known = {k: v for k, v in self.counts.items() if k != "unknown"}
        n = sum(self.counts.values())
        if not known:
            return f"The language of the {count(n, 'article')} could not be told (each has fewer than {MIN_TOKENS} words)."
        parts = ", ".join(f"{NAMES[k]} {v:,}" for k, v in known.items())
        if set(known) == {"en"}:
            extra = f" ({self.counts['unknown']:,} too short to tell)" if "unknown" in self.counts else ""
            return f"All {count(known['en'], 'article')} whose language could be told read as English{extra}."
        verdict = ("Most read as English; the others are analysed as if they were English, which they are not"
                   if self.is_english else
                   f"Most read as {NAMES[self.main]}: the measures of this collection are written for English, "
                   "so word lists, tone and frames below do not apply to this corpus")
        return f"Articles by language (function-word rule): {parts}. {verdict}."


def detect_language(texts: Iterable[str]) -> LanguageReport:
    """Tell the language of every text of a corpus (deterministic, no model).

    Parameters
    ----------
    texts : iterable of str
        Article texts.

    Returns
    -------
    LanguageReport
    """
    return report_from_codes(language_of(t)[0] for t in texts)


def report_from_codes(codes: Iterable[str]) -> LanguageReport:
    """The :class:`LanguageReport` of articles whose language codes (from :func:`language_of`) are known already.

    Parameters
    ----------
    codes : iterable of str
        One code per article (``"en"``, ``"unknown"``, ...), e.g. computed per partition on a cluster.

    Returns
    -------
    LanguageReport
        As :func:`detect_language` of the same articles.
    """
    counts = Counter(codes)
    ordered = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    known = {k: v for k, v in ordered.items() if k != "unknown"}
    main = next(iter(known), "unknown")
    share = known.get("en", 0) / sum(known.values()) if known else 0.0
    return LanguageReport(counts=ordered, main=main, english_share=round(share, 4))
