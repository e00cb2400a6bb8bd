"""Shared helper of the dogfood tests: write an invented corpus folder under ``tmp_path``."""
from __future__ import annotations

__all__ = ["corpus_folder", "notebook_namespace", "BRIDGE_BODY"]


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


BRIDGE_BODY = ("The council voted on Monday to close the old bridge for repairs. Residents said the detour "
               "would add twenty minutes to their commute. The works are planned to last until spring.")
"""An invented article body."""


def notebook_namespace(folder, group_by: str) -> dict:
    """The loading parameters of a notebook run on ``folder`` compared by ``group_by`` (the `general` study)."""
    return {"corpus": str(folder), "metadata": None, "columns": None, "on_bad": "error", "output_dir": None,
            "group_by": group_by, "top_n": 15, "seed": 0, "study": "general", "engine": "pandas", "scheduler": "",
            "day_first": None}
