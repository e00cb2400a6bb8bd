"""The bundled seeds are the original articles, byte for byte, with checked metadata."""
import csv
import hashlib
from pathlib import Path

from helpers.core.paths import SEEDS_DIR


def test_seed_files_match_manifest():
    lines = (SEEDS_DIR / "SHA256SUMS").read_text().split("\n")
    manifest = dict(reversed(line.split("  ", 1)) for line in lines if line.strip())
    files = sorted(p.name for p in SEEDS_DIR.glob("*.txt"))
    assert files == sorted(manifest), "seed files and SHA256SUMS list different files"
    for name, digest in manifest.items():
        assert hashlib.sha256((SEEDS_DIR / name).read_bytes()).hexdigest() == digest, name


def test_metadata_has_one_row_per_seed_and_valid_fields():
    rows = list(csv.DictReader((SEEDS_DIR / "metadata.csv").open(encoding="utf-8")))
    assert sorted(r["file"] for r in rows) == sorted(p.name for p in SEEDS_DIR.glob("*.txt"))
    for r in rows:
        assert r["doc_id"] == Path(r["file"]).stem
        assert r["outlet"]
        assert r["date_precision"] in {"day", "month", "approx", ""}
        assert r["date_basis"], f"{r['doc_id']}: every date (or its absence) needs a basis"
        assert bool(r["date"]) == bool(r["date_precision"]), r["doc_id"]


def test_seeds_are_never_written(seed_corpus):
    # load_corpus ran (fixture); the folder holds exactly the original files
    names = sorted(p.name for p in SEEDS_DIR.iterdir())
    assert names == sorted(["SHA256SUMS", "metadata.csv"] + [f"{d}.txt" for d in seed_corpus.doc_id])
