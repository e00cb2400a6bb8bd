"""Run every notebook on a corpus and build an HTML report.

Usage (from the project root; ``make report`` and ``make notebooks`` call it)::

    python -m helpers.report                                # the bundled seeds -> reports/seeds/
    python -m helpers.report --corpus path/to/corpus -p group_by bias_text
    python -m helpers.report --reference                    # re-execute notebooks/ in place on the seeds
    python -m helpers.report --reference 01                 # only notebooks whose name starts with 01

A report run writes, under ``reports/<name>/`` (``<name>`` is the corpus file
or folder name without extensions): each executed notebook, an HTML page of
each (``NN_x.html``) and a variant without code for readers
(``NN_x.reader.html``), the figures and tables in ``figures/``, and
``index.html`` describing the corpus, the parameters and the package versions.
The committed notebooks are never touched by a report run.

Parameters given with ``-p name value`` go to every notebook that declares
``name``; a name no notebook declares is an error. Values are read as YAML
(``5`` is a number, ``null`` or ``None`` is None, ``{text: body}`` a mapping).
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import sys
import time
from importlib import metadata as importlib_metadata
from pathlib import Path

import yaml

from .notebook import CACHE_ENV, corpus_name
from .paths import PROJECT_ROOT, REPORTS_DIR

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
PACKAGES = ("pandas", "numpy", "scikit-learn", "scipy", "matplotlib", "nltk", "vaderSentiment",
            "papermill", "nbconvert", "nbval", "jupyterlab", "ipykernel", "PyYAML", "pyarrow")


class ReportError(RuntimeError):
    """A report could not be built; the message names the notebook or parameter."""


def list_notebooks(prefixes: list[str] | None = None) -> list[Path]:
    """Numbered notebooks in ``notebooks/``, in reading order.

    Parameters
    ----------
    prefixes : list of str, optional
        Keep only notebooks whose file name starts with one of these.
    """
    nbs = sorted(p for p in NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
    if prefixes:
        nbs = [p for p in nbs if any(p.name.startswith(x) for x in prefixes)]
        if not nbs:
            raise ReportError(f"no notebook in {NOTEBOOK_DIR} starts with {prefixes}")
    return nbs


def parse_value(text: str):
    """Read a ``-p`` value as YAML; ``None`` also means None."""
    if text in ("None", "none"):
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def declared_parameters(nbs: list[Path]) -> dict[str, set[str]]:
    """Parameter names declared by each notebook (from its ``parameters`` cell)."""
    import papermill

    out = {}
    for nb in nbs:
        params = papermill.inspect_notebook(str(nb))
        if not params:
            raise ReportError(f"{nb.name}: no cell tagged 'parameters'")
        out[nb.name] = set(params)
    return out


def check_parameters(given: dict, declared: dict[str, set[str]]) -> None:
    """Raise :class:`ReportError` for a parameter no notebook declares."""
    known = set().union(*declared.values()) if declared else set()
    unknown = sorted(set(given) - known)
    if unknown:
        raise ReportError(f"unknown parameter(s) {unknown}; the notebooks accept {sorted(known)}")


def _coalesce_streams(outputs: list[dict]) -> list[dict]:
    """Merge consecutive stream outputs of the same name (the kernel's chunking varies run to run)."""
    out: list[dict] = []
    for o in outputs:
        if (o.get("output_type") == "stream" and out and out[-1].get("output_type") == "stream"
                and out[-1].get("name") == o.get("name")):
            prev = out[-1]
            text = "".join(prev["text"]) + "".join(o["text"])
            prev["text"] = text.splitlines(keepends=True)
        else:
            out.append(o)
    return out


def _strip_volatile(path: Path) -> None:
    """Remove papermill's timing metadata and merge split streams, so committed notebooks diff cleanly."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb.get("metadata", {}).pop("papermill", None)
    nb["metadata"]["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for cell in nb.get("cells", []):
        md = cell.get("metadata", {})
        md.pop("papermill", None)
        md.pop("execution", None)
        if md.get("tags") == []:
            md.pop("tags")
        if "outputs" in cell:
            cell["outputs"] = _coalesce_streams(cell["outputs"])
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _execute(nb: Path, out: Path, params: dict) -> float:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    t0 = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(nb), str(out), parameters=params, kernel_name="python3", cwd=str(NOTEBOOK_DIR),
            progress_bar=False, log_output=False, report_mode=False,
        )
    except PapermillExecutionError as exc:
        raise ReportError(
            f"{nb.name} failed in cell {exc.exec_count} ({exc.ename}: {exc.evalue}). "
            f"The partial output is kept in {out}."
        ) from exc
    return time.perf_counter() - t0


def run_reference(prefixes: list[str] | None = None) -> None:
    """Re-execute the committed notebooks in place on the bundled seeds."""
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.pop(CACHE_ENV, None)
    for nb in list_notebooks(prefixes):
        secs = _execute(nb, nb, {})
        _strip_volatile(nb)
        print(f"{nb.name}: re-executed in {secs:.1f} s")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def corpus_fingerprint(corpus: Path) -> dict:
    """Files, sizes and SHA-256 of a corpus (a file, or every file of a folder)."""
    files = sorted(p for p in corpus.iterdir() if p.is_file()) if corpus.is_dir() else [corpus]
    digest = hashlib.sha256()
    rows = []
    for p in files:
        d = _sha256(p)
        digest.update(f"{p.name}:{d}\n".encode())
        rows.append({"file": p.name, "bytes": p.stat().st_size, "sha256": d})
    return {"files": rows, "sha256": digest.hexdigest()}


def _versions() -> dict:
    out = {"python": sys.version.split()[0]}
    for pkg in PACKAGES:
        try:
            out[pkg] = importlib_metadata.version(pkg)
        except importlib_metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _export_html(nb_path: Path) -> list[Path]:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(nb_path), as_version=4)
    made = []
    for suffix, exclude in (("", False), (".reader", True)):
        exporter = HTMLExporter(template_name="lab")
        exporter.exclude_input = exclude
        exporter.exclude_input_prompt = exclude
        exporter.exclude_output_prompt = exclude
        body, _ = exporter.from_notebook_node(nb)
        target = nb_path.with_name(nb_path.stem + suffix + ".html")
        target.write_text(body, encoding="utf-8")
        made.append(target)
    return made


def _date_range(out_dir: Path) -> str:
    tl = out_dir / "figures" / "00_timeline.csv"
    if not tl.is_file():
        return "unknown"
    import pandas as pd

    dates = pd.to_datetime(pd.read_csv(tl)["date_parsed"], errors="coerce").dropna()
    if dates.empty:
        return "no usable dates"
    return f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d} ({len(dates):,} dated articles)"


def write_index(out_dir: Path, corpus: Path, fingerprint: dict, runs: list[dict]) -> Path:
    """Write ``index.html``: corpus, parameters, versions, notebook links, figure gallery.

    Every value taken from the corpus or the parameters is HTML-escaped.
    """
    e = html.escape
    files = fingerprint["files"]
    file_rows = "".join(
        f"<tr><td>{e(f['file'])}</td><td>{f['bytes']:,}</td><td><code>{e(f['sha256'])}</code></td></tr>"
        for f in files[:50]
    )
    more = f"<p>… and {len(files) - 50:,} more files.</p>" if len(files) > 50 else ""
    nb_rows = "".join(
        f"<tr><td>{e(r['name'])}</td><td><a href=\"{e(r['html'])}\">with code</a> · "
        f"<a href=\"{e(r['reader'])}\">for readers</a> · <a href=\"{e(r['ipynb'])}\">notebook</a></td>"
        f"<td>{r['seconds']:.1f} s</td><td><pre>{e(json.dumps(r['parameters'], indent=1, sort_keys=True, default=str))}</pre></td></tr>"
        for r in runs
    )
    figs = sorted((out_dir / "figures").glob("*.png"))
    gallery = "".join(
        f"<figure><a href=\"figures/{e(p.name)}\"><img src=\"figures/{e(p.name)}\" alt=\"{e(p.stem)}\"></a>"
        f"<figcaption>{e(p.stem)} · <a href=\"figures/{e(p.stem)}.csv\">data</a></figcaption></figure>"
        for p in figs
    )
    versions = "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in _versions().items())
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self' data:; script-src 'none'; style-src 'unsafe-inline'">
<title>News analysis report: {e(corpus_name(str(corpus)))}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}}
pre{{margin:0;font-size:12px}}figure{{display:inline-block;width:320px;margin:8px;vertical-align:top}}
img{{width:100%;border:1px solid #ddd}}figcaption{{font-size:12px}}</style></head><body>
<h1>News analysis report: {e(corpus_name(str(corpus)))}</h1>
<h2>Corpus</h2>
<p>Source: <code>{e(str(corpus.name))}</code> · {len(files):,} file(s) · combined SHA-256 <code>{e(fingerprint['sha256'])}</code><br>
Publication dates: {e(_date_range(out_dir))}</p>
<table><tr><th>file</th><th>bytes</th><th>SHA-256</th></tr>{file_rows}</table>{more}
<h2>Notebooks</h2>
<table><tr><th>notebook</th><th>pages</th><th>run time</th><th>parameters</th></tr>{nb_rows}</table>
<h2>Figures</h2>
<p>Each figure has the data drawn in it beside it as CSV.</p>
{gallery}
<h2>Software</h2>
<table><tr><th>package</th><th>version</th></tr>{versions}</table>
</body></html>
"""
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def run_report(corpus: Path, params: dict, prefixes: list[str] | None = None, out_root: Path = REPORTS_DIR) -> Path:
    """Execute the notebooks on ``corpus`` and write ``reports/<name>/``.

    Raises
    ------
    ReportError
        For a missing corpus, an unknown parameter, or a failing notebook
        (naming the notebook and cell; the partial output is kept).
    """
    corpus = corpus.resolve()
    if not corpus.exists():
        raise ReportError(f"corpus {str(corpus)!r} does not exist")
    nbs = list_notebooks(prefixes)
    declared = declared_parameters(nbs)
    check_parameters(params, declared)
    out_dir = out_root / corpus_name(str(corpus))
    fig_dir = out_dir / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    old_cache = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(out_dir / ".cache")
    try:
        runs = _run_all(nbs, declared, params, corpus, fig_dir, out_dir, out_root)
    finally:
        if old_cache is None:
            os.environ.pop(CACHE_ENV, None)
        else:
            os.environ[CACHE_ENV] = old_cache
    index = write_index(out_dir, corpus, corpus_fingerprint(corpus), runs)
    print(f"report: {index}")
    return index


def _run_all(nbs, declared, params, corpus, fig_dir, out_dir, out_root) -> list[dict]:
    runs = []
    for nb in nbs:
        p = {k: v for k, v in params.items() if k in declared[nb.name]}
        p.update({"corpus": str(corpus), "output_dir": str(fig_dir)})
        p = {k: v for k, v in p.items() if k in declared[nb.name]}
        target = out_dir / nb.name
        print(f"{nb.name}: running ...", flush=True)
        secs = _execute(nb, target, p)
        html_page, reader = _export_html(target)
        shown = {k: (corpus.name if k == "corpus" else ("figures" if k == "output_dir" else v)) for k, v in p.items()}
        runs.append({"name": nb.stem, "ipynb": target.name, "html": html_page.name, "reader": reader.name,
                     "seconds": secs, "parameters": shown})
        print(f"{nb.name}: {secs:.1f} s -> {target}")
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(PROJECT_ROOT / "seeds"), help="corpus folder or file (default: seeds/)")
    ap.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                    help="notebook parameter, repeatable")
    ap.add_argument("--reference", nargs="*", metavar="PREFIX",
                    help="re-execute the committed notebooks in place on the seeds (optionally only those starting with PREFIX)")
    ap.add_argument("--notebooks", nargs="*", metavar="PREFIX", help="only run notebooks starting with these prefixes")
    ap.add_argument("--out", default=str(REPORTS_DIR), help="reports folder (default: reports/)")
    args = ap.parse_args(argv)
    # Progress bars stay out of the stored notebooks and HTML pages; the runner
    # reports progress per notebook on the console instead.
    os.environ.setdefault("TQDM_DISABLE", "1")
    try:
        if args.reference is not None:
            if args.parameter or args.corpus != str(PROJECT_ROOT / "seeds"):
                raise ReportError("--reference runs on the seeds with default parameters; drop --corpus and -p")
            run_reference(args.reference or None)
            return 0
        params = {name: parse_value(value) for name, value in args.parameter}
        run_report(Path(args.corpus), params, args.notebooks or None, Path(args.out).resolve())
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
