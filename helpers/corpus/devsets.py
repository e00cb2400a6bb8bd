"""Whether a corpus overlaps the data the project's rules were developed on, so that its figures are in-sample.

Review s77: a report on frames-dev (the climate articles the generic-frame cues were tuned on) said "not validated
on this corpus" in one place and quietly showed a flattering in-sample score in another. A user who analyses a
corpus the rules were developed or checked on must be told, whatever the pages say about validation.

``helpers/data/dev_fingerprints/<set>.txt`` holds one fingerprint per article of each development set (the first 12
hex digits of the SHA-1 of the article's raw text with its runs of white space made one space; no text is stored),
written by ``benchmarks/dev_fingerprints.py`` from ``../shared/data``. :func:`dev_overlap` counts a corpus's
articles in each set, and :func:`dev_overlap_warning` turns that into the loading warning.
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Iterable

from ..core.paths import DATA_DIR

__all__ = ["DEV_SETS", "FINGERPRINT_DIR", "dev_overlap", "dev_overlap_warning", "overlap_message", "overlap_of_prints",
           "raw_fingerprint"]

FINGERPRINT_DIR = DATA_DIR / "dev_fingerprints"

DEV_SETS = {
    "allsides": ("the AllSides corpus of Baly et al. (2020)", "the project's cleaning rules, source roles, tone, "
                 "naming labels and shared frame codebooks were developed on random samples of it and its hand checks "
                 "were drawn from it (a study's own codebook or lexicons were not, unless their authors used it)"),
    "cleaning-dev": ("cleaning-dev, saved web pages of trafilatura's evaluation set", "the cleaning rules were "
                     "developed on 105 of its 163 pages"),
    "frames-dev": ("frames-dev, half of the Narrative Frames Corpus", "the generic-frame cues and the article "
                   "threshold were tuned on it, and 187 of its articles were read for the climate role check"),
}
"""Each development set: its name in words, and what was developed or checked on it."""


def raw_fingerprint(raw: str) -> str:
    """The fingerprint of an article's raw text: SHA-1 of the text with white space runs made one space, 12 digits.

    Parameters
    ----------
    raw : str
        The article's text as read (before cleaning).

    Returns
    -------
    str
        Twelve hexadecimal digits.
    """
    return hashlib.sha1(" ".join(str(raw).split()).encode("utf-8")).hexdigest()[:12]


@functools.lru_cache(maxsize=8)
def _load_set(name: str, folder: Path) -> frozenset:
    path = folder / f"{name}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def dev_overlap(raws: Iterable[str], folder: Path | None = None) -> dict[str, int]:
    """How many articles of a corpus are in each development set.

    Parameters
    ----------
    raws : iterable of str
        The raw texts of the corpus's articles.
    folder : Path, optional
        The fingerprint folder (default :data:`FINGERPRINT_DIR`).

    Returns
    -------
    dict
        Set name -> number of the corpus's articles in it, for the sets with at least one.
    """
    return overlap_of_prints([raw_fingerprint(r) for r in raws], folder)


def overlap_of_prints(prints: list[str], folder: Path | None = None) -> dict[str, int]:
    """:func:`dev_overlap` from the articles' fingerprints (:func:`raw_fingerprint`), computed where the texts are
    (the Dask engine's workers, review s79-H).

    Parameters
    ----------
    prints : list of str
        One fingerprint per article.
    folder : Path, optional
        As :func:`dev_overlap`.

    Returns
    -------
    dict
        As :func:`dev_overlap`.
    """
    folder = Path(folder) if folder is not None else FINGERPRINT_DIR
    out = {}
    for name in DEV_SETS:
        known = _load_set(name, folder)
        k = sum(1 for p in prints if p in known) if known else 0
        if k:
            out[name] = k
    return out


def dev_overlap_warning(raws: list[str], source: str, folder: Path | None = None) -> str:
    """The loading warning when a corpus overlaps a development set, or "".

    Parameters
    ----------
    raws : list of str
        The raw texts of the corpus's articles.
    source : str
        The corpus path, named in the warning.
    folder : Path, optional
        As :func:`dev_overlap`.

    Returns
    -------
    str
        The sets the corpus overlaps with what was developed on each, and that scores on those articles are
        in-sample; "" when the corpus overlaps none.
    """
    return overlap_message(dev_overlap(raws, folder), len(raws), source)


def overlap_message(found: dict[str, int], n: int, source: str) -> str:
    """The loading warning for an overlap :func:`dev_overlap` or :func:`overlap_of_prints` found, or "".

    Parameters
    ----------
    found : dict
        Set name -> the corpus's articles in it.
    n : int
        The corpus's articles.
    source : str
        The corpus path, named in the warning.

    Returns
    -------
    str
    """
    if not found:
        return ""
    parts = [f"{'its one article is' if n == 1 else f'all {n:,} articles are' if k == n else f'{k:,} of its {n:,} articles are'}"
             f" in {DEV_SETS[name][0]}: {DEV_SETS[name][1]}" for name, k in found.items()]
    return (f"{source}: this corpus overlaps the data the project's rules were developed on ({'; '.join(parts)}). "
            "The rules were shaped on this data, so they may do better on it than on a corpus they have not seen: "
            "a score computed on these articles is in-sample, and the README's trust table says which figures are "
            "out of sample.")
