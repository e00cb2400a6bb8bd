"""The pages of a report: HTML export of each executed notebook, the corpus fingerprint and the index."""
from __future__ import annotations

import hashlib
import html
import sys
from importlib import metadata as importlib_metadata
from pathlib import Path

from ..core.paths import PROJECT_ROOT, shown_path
from ..core.wording import count
from ..corpus.read import corpus_files
from ..notebook.setup import corpus_name

__all__ = ["PACKAGES", "incomplete_summary", "input_files", "write_index"]


PACKAGES = ("pandas", "numpy", "scikit-learn", "scipy", "matplotlib", "nltk", "vaderSentiment",
            "papermill", "nbconvert", "nbval", "jupyterlab", "ipykernel", "PyYAML", "pyarrow")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def input_files(plans: dict, study: str | None, corpus: Path) -> list[tuple[str, Path]]:
    """The files besides the corpus that decide a run's results: metadata file, coders' sheets, a study of one's own.

    The index listed the SHA-256 of every corpus file but not of a metadata file given with ``-p metadata`` (its
    outlets, dates and groups decide every comparison) nor of a study folder outside the project (dogfood 12bp-d).

    Parameters
    ----------
    plans : dict
        Each notebook's parameters, as the runner passes them (paths resolved).
    study : str or None
        The study used (a bundled name or a path).
    corpus : Path
        The corpus: a metadata file inside a corpus folder is listed with the corpus already.

    Returns
    -------
    list of (str, Path)
        ``("metadata", path)``, ``("coding sheet", path)`` and ``("study", path)`` for each file of a study folder
        outside the project, in that order, each once.
    """
    from ..core.study import load_study

    out: list[tuple[str, Path]] = []
    seen: set[Path] = set()

    def add(what: str, p: Path) -> None:
        p = Path(p).resolve()
        inside = corpus.is_dir() and p.is_relative_to(corpus.resolve())
        if p.is_file() and p not in seen and not inside:
            seen.add(p)
            out.append((what, p))

    for v in plans.values():
        if isinstance(v.get("metadata"), str):
            add("metadata", Path(v["metadata"]))
    for v in plans.values():
        for sheet in (v.get("coding_sheets") or []) + (v.get("role_sheets") or []) + (v.get("tone_sheets") or []):
            add("coding sheet", Path(sheet))
    if study:
        try:
            folder = load_study(study).folder.resolve()
        except Exception:  # noqa: BLE001 - the notebooks reported a bad study; the index is written all the same
            folder = None
        if folder is not None and not folder.is_relative_to(PROJECT_ROOT.resolve()):
            for f in sorted(q for q in folder.rglob("*") if q.is_file()):
                add("study", f)
    return out


def _corpus_fingerprint(corpus: Path, inputs: list[tuple[str, Path]] = ()) -> dict:
    """Files, sizes and SHA-256 of a corpus: a file, or every file of a folder and its subfolders.

    Links out of the folder are not followed (see :func:`helpers.corpus.read.corpus_files`);
    file names are relative to the folder.
    """
    files, skipped = corpus_files(corpus) if corpus.is_dir() else ([corpus], [])
    digest = hashlib.sha256()
    rows = []
    for p in files:
        name = p.relative_to(corpus).as_posix() if corpus.is_dir() else p.name
        d = _sha256(p)
        digest.update(f"{name}:{d}\n".encode())
        rows.append({"file": name, "bytes": p.stat().st_size, "sha256": d})
    other = [{"what": what, "file": str(p), "bytes": p.stat().st_size, "sha256": _sha256(p)} for what, p in inputs]
    return {"files": rows, "sha256": digest.hexdigest(), "inputs": other,
            "not_read": [Path(s["source"]).relative_to(corpus).as_posix() + ": " + s["reason"].split(": ", 1)[-1]
                         for s in skipped]}


def _versions() -> dict:
    out = {"python": sys.version.split()[0]}
    for pkg in PACKAGES:
        try:
            out[pkg] = importlib_metadata.version(pkg)
        except importlib_metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _banner(text: str) -> str:
    return f'<div class="report-incomplete"><strong>{html.escape(text)}</strong></div>'


def _export_html(nb_path: Path, banner: str = "", pages: list[tuple[str, str]] | None = None):
    """Write the two HTML pages of an executed notebook; returns ``(pages, evidence)``."""
    from .html import export_pages

    return export_pages(nb_path, _banner(banner) if banner else "", pages)


def _date_range(out_dir: Path) -> str:
    tl = out_dir / "figures" / "00_timeline.csv"
    if not tl.is_file():
        return "unknown"
    import pandas as pd

    table = pd.read_csv(tl)
    every = pd.to_datetime(table["date_parsed"], errors="coerce")
    dates = every.dropna()
    if dates.empty:
        return "no usable dates"
    prec = (table["precision"] if "precision" in table.columns else pd.Series("day", index=table.index)).fillna("day")
    of = f"all {len(every):,}" if len(dates) == len(every) else f"{len(dates):,} of {len(every):,}"
    # "28 dated articles" hid 12 undated; a date known only to its year was given as 1 January (review 12bh-x)
    coarse = [f"{int(n):,} known only to the {p}" for p, n in prec[every.notna()].value_counts().sort_index().items()
              if p in _SHOWN]
    first, last = every.idxmin(), every.idxmax()
    return (f"{_at_precision(every[first], prec[first])} to {_at_precision(every[last], prec[last])} "
            f"({'; '.join([f'{of} articles dated'] + coarse)})")


_SHOWN = {"year": "%Y", "month": "%Y-%m"}
"""How a date known only to its year or month is written (:func:`_date_range`); any other precision as a day."""


def _at_precision(date, precision: str) -> str:
    return f"{date:{_SHOWN.get(precision, '%Y-%m-%d')}}"


def _status_text(r: dict) -> str:
    if r["status"] == "ran":
        return "ran"
    if r["status"] == "failed":
        return f"FAILED in cell {r.get('cell')}: {r.get('error', '')}"
    return f"NOT RUN ({r.get('why', '')})"


def incomplete_summary(runs: list[dict]) -> str:
    """One sentence for an incomplete report (a notebook failed or did not run).

    Parameters
    ----------
    runs : list of dict
        One dict per notebook with ``name`` and ``status`` ("ran", "failed" or "not run").

    Returns
    -------
    str
        ``"INCOMPLETE REPORT (failed: ...; not run: ...). See index.html ..."``, or ``""`` when every notebook ran.
    """
    failed = [r["name"] for r in runs if r["status"] == "failed"]
    not_run = [r["name"] for r in runs if r["status"] == "not run"]
    if not failed and not not_run:
        return ""
    parts = ([f"failed: {', '.join(failed)}"] if failed else []) + ([f"not run: {', '.join(not_run)}"] if not_run else [])
    return f"INCOMPLETE REPORT ({'; '.join(parts)}). See index.html for each notebook's status."


def _shown_path(p: Path) -> str:
    return shown_path(p)  # the project's folder and the user's home are not shown (review s80-B)


def _corpus_html(out_dir: Path, corpus: Path, fingerprint: dict) -> str:
    e = html.escape
    files = fingerprint["files"]
    rows = "".join(f"<tr><td>{e(f['file'])}</td><td>{f['bytes']:,}</td><td><code>{e(f['sha256'][:16])}…</code></td></tr>"
                   for f in files[:50])
    more = f"<p>… and {len(files) - 50:,} more files.</p>" if len(files) > 50 else ""
    not_read = fingerprint.get("not_read", [])
    if not_read:
        more += (f"<p>Not read ({len(not_read):,}): " + "; ".join(e(x) for x in not_read[:20])
                 + (" …" if len(not_read) > 20 else "") + "</p>")
    inputs = fingerprint.get("inputs", [])
    if inputs:
        more += ("<p>Other input files (their contents decide the results as the corpus's do):</p><table><tr>"
                 "<th>input</th><th>file</th><th>bytes</th><th>SHA-256</th></tr>"
                 + "".join(f"<tr><td>{e(f['what'])}</td><td>{e(_shown_path(Path(f['file'])))}</td><td>{f['bytes']:,}"
                           f"</td><td><code>{e(f['sha256'][:16])}…</code></td></tr>" for f in inputs) + "</table>")
    meta = sum(1 for f in files if Path(f["file"]).name.lower() == "metadata.csv")
    said = (f"{count(len(files) - meta, 'article file')} and metadata.csv" if meta and len(files) > 1  # s78-C: "956 files"
            else count(len(files), 'file'))
    return (f"<p>Source: <code>{e(_shown_path(corpus))}</code> · {said} · publication dates: "
            f"{e(_date_range(out_dir))}</p><details><summary>Files and checksums (combined SHA-256 "
            f"<code>{e(fingerprint['sha256'])}</code>)</summary><table><tr><th>file</th><th>bytes</th>"
            f"<th>SHA-256</th></tr>{rows}</table>{more}</details>")  # inside the fold (review s78-C)


def write_index(out_dir: Path, corpus: Path, fingerprint: dict, runs: list[dict]) -> Path:
    """Write ``index.html``: key findings, each notebook's status, corpus, parameters, figures, versions.

    Every value taken from the corpus or the parameters is HTML-escaped.

    Parameters
    ----------
    out_dir : Path
        The report folder.
    corpus : Path
        The corpus the report was built from.
    fingerprint : dict
        The corpus's ``files`` and ``sha256``, shown in the corpus section.
    runs : list of dict
        One dict per notebook with ``name`` and ``status``
        (``"ran"``, ``"failed"`` with ``cell`` and ``error``, or ``"not run"``
        with ``why``), and for notebooks with output ``ipynb``, ``html``,
        ``reader``, ``seconds``, ``parameters`` (rows of
        :func:`helpers.report.index.parameter_rows`), ``files`` and ``evidence``.

    Returns
    -------
    Path
        The written ``index.html``.
    """
    from .index import study_used
    from .index import write_index as _write

    e = html.escape
    summary = incomplete_summary(runs)
    versions = "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in _versions().items())
    ctx = {
        "title": corpus_name(str(corpus)) + (" (incomplete)" if summary else ""),
        "banner": _banner(summary.split(" See index.html")[0]) if summary else "",
        "runs": [{**r, "status_text": _status_text(r)} for r in runs],
        "corpus_html": _corpus_html(out_dir, corpus, fingerprint),
        "software_html": f"<table><tr><th>package</th><th>version</th></tr>{versions}</table>",
        "output_dir": _shown_path(out_dir / "figures"),
        "study": study_used(runs, corpus),
    }
    return _write(out_dir, ctx)


def _write_pages(out_dir: Path, corpus: Path, runs: list[dict], inputs: list[tuple[str, Path]] = ()) -> Path:
    """Export the pages of every notebook with output (marked when the run is incomplete), then the index."""
    from .html import write_assets

    write_assets(out_dir)
    summary = incomplete_summary(runs)
    for r in runs:
        if r.get("ipynb") and (summary or "evidence" not in r):
            _export_run(out_dir, r, _page_banner(r, summary) if summary else "", _page_links(runs))
    return write_index(out_dir, corpus, _corpus_fingerprint(corpus, inputs), runs)


def _page_links(runs: list[dict]) -> list[tuple[str, str]]:
    return [(r["name"], r["name"] + ".reader.html") for r in runs if r.get("ipynb")]


def _export_run(out_dir: Path, r: dict, banner: str, pages: list[tuple[str, str]]) -> None:
    """Export one notebook's pages; records the files it saved and where (``files``, ``evidence``)."""
    _, evidence = _export_html(out_dir / r["ipynb"], banner, pages)
    r["evidence"] = {k: (r["name"] + ".reader.html", v) for k, v in evidence.items()}
    r["files"] = sorted(k for k in evidence if (out_dir / "figures" / f"{k}.csv").is_file())


def _page_banner(r: dict, summary: str) -> str:
    if r["status"] == "failed":
        return f"This notebook FAILED in cell {r['cell']} ({r['error']}); its output stops there. " + summary
    return summary
