"""Write the fingerprints of the development sets (``helpers/data/dev_fingerprints/<set>.txt``).

The project warns when a user's corpus overlaps the data its rules were developed on
(:mod:`helpers.corpus.devsets`). This script reads each set as users' text is read (``load_corpus``), takes the
fingerprint of each article's raw text (12 hex digits of a SHA-1; no text is written) and writes them sorted, one per
line. Run it from the project root after a set changes (needs ``../shared/data``)::

    .venv/bin/python benchmarks/dev_fingerprints.py
"""
from __future__ import annotations

import gzip
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
SETS = {"allsides": SHARED / "allsides" / "articles.jsonl.gz", "cleaning-dev": SHARED / "cleaning-dev" / "html",
        "frames-dev": SHARED / "frames-dev" / "nfc_dev.csv"}

from helpers import load_corpus  # noqa: E402
from helpers.corpus.devsets import DEV_SETS, FINGERPRINT_DIR, raw_fingerprint  # noqa: E402


def main() -> None:
    missing = [str(p) for p in SETS.values() if not p.exists()]
    if missing:
        sys.exit(f"not found: {', '.join(missing)}: this script needs ../shared/data beside the project")
    assert set(SETS) == set(DEV_SETS), "every set of helpers.corpus.devsets.DEV_SETS needs a path here"
    FINGERPRINT_DIR.mkdir(parents=True, exist_ok=True)
    for name, path in SETS.items():
        with warnings.catch_warnings(), tempfile.TemporaryDirectory() as tmp:
            warnings.simplefilter("ignore")
            if path.is_dir():  # saved pages, gzipped: as a user's folder of .html files
                for page in sorted(path.glob("*.html.gz")):
                    (Path(tmp) / page.name[:-3]).write_bytes(gzip.decompress(page.read_bytes()))
                path = Path(tmp)
            corpus = load_corpus(path, clean=False)
        prints = sorted({raw_fingerprint(r) for r in corpus["raw"].fillna("").astype(str)})
        (FINGERPRINT_DIR / f"{name}.txt").write_text("\n".join(prints) + "\n", encoding="utf-8")
        print(f"{name}: {len(corpus):,} articles, {len(prints):,} fingerprints")


if __name__ == "__main__":
    main()
