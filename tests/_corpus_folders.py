"""Shared helper of the dogfood tests: write an invented corpus folder under ``tmp_path``."""
from __future__ import annotations

__all__ = ["corpus_folder", "notebook_namespace", "BRIDGE_BODY", "GLACIER_FILES", "GLACIER_METADATA"]


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
            "day_first": None, "periods": []}


GLACIER_FILES = {
    "g1.txt": ("Research board ends glacier station funding\n\nThe Provincial Research Board voted on Tuesday to stop "
               "paying for the Lakeshore glacier stations, which have measured ice loss in the Brannock Range since "
               "1998.\n\nBoard chair Delia Moreno said the decision was painful. \"We have a fixed budget,\" Moreno "
               "said.\n\nGlaciologist Tomas Reyes said a gap of two winters would break the record."),
    "g2.txt": ("Scientists ask board to keep glacier stations\n\nGlaciologists from four universities asked the "
               "Provincial Research Board on Thursday to reverse its decision on the glacier stations.\n\nThe "
               "stations cost less than one percent of the board's budget, their letter said.\n\nBoard spokesperson "
               "Ian Holt said the board would answer the letter at its next meeting."),
    "g3.txt": ("Water agency offers to share glacier station costs\n\nThe provincial water agency said on Wednesday it "
               "would pay half the cost of the glacier stations for three years.\n\nAgency director Samuel Okafor "
               "said the stations' meltwater forecasts saved the agency far more than they cost.\n\nThe research "
               "board said it would consider the offer next month."),
    "g4.txt": ("Board restores half of glacier station funding\n\nThe Provincial Research Board voted on Tuesday to "
               "restore half of its funding for the glacier stations.\n\nBoard chair Delia Moreno called the shared "
               "plan a fair compromise.\n\nGlaciologist Tomas Reyes said three years was not long and warned the "
               "board that the record was still at risk."),
    "g5.html": ("<!DOCTYPE html><html><head><title>Valley towns welcome glacier deal | Valley Courier</title>"
                '<meta property="og:site_name" content="Valley Courier">'
                '<meta property="article:published_time" content="2025-06-20T09:00:00Z"></head><body>'
                "<article><h1>Valley towns welcome glacier deal</h1><p>Mayors of three towns in the Brannock valley "
                "said on Friday they welcomed the agreement that keeps the glacier stations running.</p><p>Our "
                "farmers plan their season around the meltwater forecast, said Greta Lindqvist, mayor of Pell "
                "Crossing.</p><p>The water cooperative said it would publish the forecasts every week from April "
                "to September.</p></article></body></html>"),
}
"""An invented corpus of five articles on a research board's glacier-station funding (dogfood 12bi-d): four text
files and one saved web page whose own date (2025-06-20) is not the date of its metadata row."""

GLACIER_METADATA = """doc_id,file,outlet,title,date,desk,period
g1,g1.txt,Harbor Ledger,Research board ends glacier station funding,2025-03-04,science,before deal
g2,g2.txt,Valley Courier,Scientists ask board to keep glacier stations,2025-03-06,science,before deal
g3,g3.txt,Northgate Science Wire,Water agency offers to share glacier station costs,2025-05-07,politics,before deal
g4,g4.txt,Harbor Ledger,Board restores half of glacier station funding,2025-06-10,science,after deal
g5,g5.html,Valley Courier,Valley towns welcome glacier deal,2025-06-13,politics,after deal
"""
"""The metadata of :data:`GLACIER_FILES`: its own ``desk`` and ``period`` columns (the invented story's phases)."""
