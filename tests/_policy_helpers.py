"""Shared helpers for the policy-codebook tests: the shared codebook alone, and the counted frames of sentences.

Not a test module (the leading underscore keeps pytest from collecting it); test files import it by name, since
pytest puts this folder on ``sys.path``.
"""
from __future__ import annotations

import pandas as pd

from helpers import framing as F
from helpers.framing.codebooks import CODEBOOK_DIR, load_codebook

SHARED = CODEBOOK_DIR / "policy_frames.yaml"


def shared_books() -> dict:
    """The shared policy codebook alone (no study cues), as the ``codebooks`` mapping the tagger takes."""
    return {"policy_frames": load_codebook(SHARED)}


def frames(books, sentences):
    """The counted policy frames of each sentence, as sets."""
    units = pd.DataFrame({"text": sentences})
    tagged = F.tag_frames(units, F.find_cues(units, books), books, keep=())
    tagged = tagged[tagged["counted"]]
    return [set(tagged.loc[tagged["unit"] == i, "frame"]) for i in range(len(sentences))]
