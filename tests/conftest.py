"""Shared fixtures: the bundled seed corpus, loaded once per test session."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("TQDM_DISABLE", "1")


@pytest.fixture(scope="session")
def seed_corpus():
    from helpers import load_corpus

    return load_corpus("seeds")


@pytest.fixture(scope="session")
def seed_sentences(seed_corpus):
    from helpers.corpus.segment import segment

    return segment(seed_corpus, "sentence")


@pytest.fixture
def write_folder(tmp_path):
    """Make a corpus folder: write_folder({"a.txt": "text" or b"bytes"}, metadata="csv text")."""

    def make(files: dict, metadata: str | None = None):
        folder = tmp_path / "corpus"
        folder.mkdir()
        for name, content in files.items():
            p = folder / name
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        if metadata is not None:
            (folder / "metadata.csv").write_text(metadata, encoding="utf-8")
        return folder

    return make
