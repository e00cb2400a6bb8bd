"""Shared helper of the dogfood tests: write an invented corpus folder under ``tmp_path``."""
from __future__ import annotations

__all__ = ["corpus_folder"]


def corpus_folder(tmp_path, files: dict, metadata: str | bytes | None):
    """Write ``files`` (name -> text, UTF-8; names may hold subfolders) and an optional ``metadata.csv`` (text is
    written as UTF-8, bytes as given) into ``tmp_path / "corpus"``, and return that folder."""
    folder = tmp_path / "corpus"
    for name, text in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    if metadata is not None:
        meta = folder / "metadata.csv"
        if isinstance(metadata, bytes):
            meta.write_bytes(metadata)
        else:
            meta.write_text(metadata, encoding="utf-8")
    return folder
