"""Run every notebook on a corpus and build an HTML report.

Usage (from any folder; ``make report`` and ``make notebooks`` call it)::

    python -m helpers.report                                # the bundled seeds -> reports/seeds/
    python -m helpers.report --corpus path/to/corpus -p group_by bias_text
    python -m helpers.report --corpus news --name news-2024 # -> reports/news-2024/
    python -m helpers.report --reference                    # re-execute notebooks/ in place on the seeds
    python -m helpers.report --reference 01                 # only notebooks whose name starts with 01

A report run writes a fresh folder ``reports/<name>/``: each executed
notebook, an HTML page of each (``NN_x.html``) and a variant without code for
readers (``NN_x.reader.html``), the figures and tables in ``figures/``, and
``index.html`` with each notebook's status, the corpus files, the parameters
and the package versions. ``<name>`` is ``seeds`` for the bundled seeds, else
the corpus file or folder name plus a short digest of its full path (two
corpora called ``news`` never share a folder), or ``--name``. The previous
report of that name is replaced when the run ends, and restored if the run is
interrupted (Ctrl-C). When a notebook fails, the others still run, the index
and every page say the report is incomplete, and the exit status is 1. The
committed notebooks are never touched by a report run.

Parameters given with ``-p name value`` go to every notebook that declares
``name``; every value is checked for every notebook before any notebook runs.
Values are read as YAML (``5`` is a number, ``null`` or ``None`` is None,
``{text: body}`` a mapping). Relative paths (``--corpus``, ``--out``,
``-p metadata``) are taken from the current folder when they exist there,
otherwise from the project root. Loaded corpora are cached in ``.cache/``
(or ``$NEWS_CACHE_DIR``); ``make clean-cache`` empties it.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import html
import json
import os
import re
import shutil
import sys
import time
from importlib import metadata as importlib_metadata
from pathlib import Path

import yaml

from .corpus import corpus_files
from .notebook import CLI_ENV, corpus_name
from .notebook_params import NOTEBOOK_SPECS, cross_check, notebook_spec
from .params import ParameterError, closest_name
from .paths import CACHE_ENV, DEFAULT_CACHE_DIR, PROJECT_ROOT, REPORTS_DIR, SEEDS_DIR, resolve_cli_path

__all__ = ["ReportError", "NotebookFailed", "list_notebooks", "parse_value", "declared_parameters",
           "check_parameters", "plan_parameters", "report_name", "corpus_fingerprint", "write_index",
           "run_report", "run_reference", "main"]

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
PACKAGES = ("pandas", "numpy", "scikit-learn", "scipy", "matplotlib", "nltk", "vaderSentiment",
            "papermill", "nbconvert", "nbval", "jupyterlab", "ipykernel", "PyYAML", "pyarrow")
RUNNER_OPTIONS = {"corpus": "--corpus PATH", "output_dir": "--out FOLDER (and --name NAME)"}
"""Notebook parameters that the runner sets itself, with the option to use instead of ``-p``."""
MARKER = ".news-report"
"""File that marks a folder as made by this runner (only such folders are replaced)."""
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
"""Keep the kernel's own log (TCP transport warning, 'KeyboardInterrupt caught in kernel') off the console."""
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


class ReportError(RuntimeError):
    """A report could not be built; the message names the notebook or parameter."""


class NotebookFailed(ReportError):
    """A notebook raised an error; ``cell`` is its execution count, ``error`` the exception."""

    def __init__(self, message: str, cell: int | None, error: str):
        super().__init__(message)
        self.cell = cell
        self.error = error


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


def _parameter_cell(nb: Path) -> dict:
    import papermill

    params = papermill.inspect_notebook(str(nb))
    if not params:
        raise ReportError(f"{nb.name}: no cell tagged 'parameters'")
    return params


def declared_parameters(nbs: list[Path]) -> dict[str, set[str]]:
    """Parameter names declared by each notebook (from its ``parameters`` cell)."""
    return {nb.name: set(_parameter_cell(nb)) for nb in nbs}


def notebook_defaults(nb: Path) -> dict:
    """The literal defaults of a notebook's ``parameters`` cell."""
    out = {}
    for name, info in _parameter_cell(nb).items():
        try:
            out[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError) as exc:
            raise ReportError(f"{nb.name}: the default of {name!r} is not a literal ({info['default']!r})") from exc
    return out


def _option(name: str, value) -> str:
    shown = "null" if value is None else json.dumps(value) if not isinstance(value, str) else value
    return f"-p {name} {shown}"


def check_parameters(given: dict, declared: dict[str, set[str]]) -> None:
    """Raise :class:`ReportError` for a ``-p`` name no notebook declares, or one the runner sets itself.

    The message suggests the closest known name, or the option to use
    (``--corpus``, ``--out``).
    """
    for name, option in RUNNER_OPTIONS.items():
        if name in given:
            raise ReportError(f"-p {name} is set by the runner: use {option} instead.")
    known = set().union(*declared.values()) if declared else set()
    unknown = sorted(set(given) - known)
    if unknown:
        raise ReportError(
            f"unknown parameter(s) {unknown}.{closest_name(unknown[0], known)} "
            f"The notebooks accept {sorted(known - set(RUNNER_OPTIONS))}; see python -m helpers.report --help."
        )


def plan_parameters(nbs: list[Path], given: dict) -> dict[str, dict]:
    """Check every ``-p`` value for every notebook before any notebook runs.

    Parameters
    ----------
    nbs : list of Path
        The notebooks of the run.
    given : dict
        ``-p`` names and values.

    Returns
    -------
    dict
        Notebook file name to the parameters passed to it (those it declares).

    Raises
    ------
    ReportError
        For an unknown name (with the closest known one), ``-p corpus`` or
        ``-p output_dir`` (naming the option to use), a value of the wrong type
        or out of range for any notebook, or a bad combination (``k_min > k_max``).
    """
    every = list_notebooks()
    check_parameters(given, declared_parameters(every))
    plans = {}
    for nb in nbs:
        defaults = notebook_defaults(nb)
        spec = notebook_spec(nb.stem)
        if set(defaults) != set(spec):
            raise ReportError(
                f"{nb.name}: its parameters cell declares {sorted(defaults)}, but helpers/notebook_params.py "
                f"specifies {sorted(spec)}: make them agree."
            )
        mine = {k: v for k, v in given.items() if k in spec}
        values = {**defaults, **mine}
        try:
            for k, v in mine.items():
                values[k] = spec[k].check(k, v)
            cross_check(nb.stem, values)
        except ParameterError as exc:
            shown = ", ".join(_option(k, v) for k, v in mine.items())
            raise ReportError(f"{nb.stem}: {exc} (given: {shown or 'defaults'})") from exc
        plans[nb.name] = mine
    return plans


def report_name(corpus: Path) -> str:
    """Folder name of a corpus's report: ``seeds`` for the bundled seeds, else ``<name>-<digest of the path>``."""
    corpus = Path(corpus).resolve()
    if corpus == SEEDS_DIR.resolve():
        return "seeds"
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", corpus_name(str(corpus))).strip("._-")[:60] or "corpus"
    return f"{stem}-{hashlib.sha256(str(corpus).encode()).hexdigest()[:8]}"


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
    """Run one notebook with papermill; :class:`NotebookFailed` names the cell and the error."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    t0 = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(nb), str(out), parameters=params, kernel_name="python3", cwd=str(NOTEBOOK_DIR),
            progress_bar=False, log_output=False, report_mode=False, extra_arguments=KERNEL_ARGS,
        )
    except PapermillExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
        raise NotebookFailed(
            f"{nb.name} failed in cell {exc.exec_count} ({error}). The partial output is kept in {out}.",
            exc.exec_count, error,
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
    """Files, sizes and SHA-256 of a corpus: a file, or every file of a folder and its subfolders.

    Links out of the folder are not followed (see :func:`helpers.corpus.corpus_files`);
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
    return {"files": rows, "sha256": digest.hexdigest(),
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


_BANNER_STYLE = "background:#fde2e1;border:2px solid #b00020;padding:8px 12px;margin:8px 0;font-family:sans-serif"


def _banner(text: str) -> str:
    return f'<div class="report-incomplete" style="{_BANNER_STYLE}"><strong>{html.escape(text)}</strong></div>'


def _export_html(nb_path: Path, banner: str = "") -> list[Path]:
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
        target.write_text(_with_banner(body, banner), encoding="utf-8")
        made.append(target)
    return made


def _with_banner(page: str, banner: str) -> str:
    if not banner:
        return page
    m = re.search(r"<body[^>]*>", page)
    at = m.end() if m else 0
    return page[:at] + _banner(banner) + page[at:]


def _date_range(out_dir: Path) -> str:
    tl = out_dir / "figures" / "00_timeline.csv"
    if not tl.is_file():
        return "unknown"
    import pandas as pd

    dates = pd.to_datetime(pd.read_csv(tl)["date_parsed"], errors="coerce").dropna()
    if dates.empty:
        return "no usable dates"
    return f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d} ({len(dates):,} dated articles)"


def _status_text(r: dict) -> str:
    if r["status"] == "ran":
        return "ran"
    if r["status"] == "failed":
        return f"FAILED in cell {r.get('cell')}: {r.get('error', '')}"
    return f"NOT RUN ({r.get('why', '')})"


def incomplete_summary(runs: list[dict]) -> str:
    """One sentence for an incomplete report (a notebook failed or did not run), or ``""``."""
    failed = [r["name"] for r in runs if r["status"] == "failed"]
    not_run = [r["name"] for r in runs if r["status"] == "not run"]
    if not failed and not not_run:
        return ""
    parts = ([f"failed: {', '.join(failed)}"] if failed else []) + ([f"not run: {', '.join(not_run)}"] if not_run else [])
    return f"INCOMPLETE REPORT ({'; '.join(parts)}). See index.html for each notebook's status."


def write_index(out_dir: Path, corpus: Path, fingerprint: dict, runs: list[dict]) -> Path:
    """Write ``index.html``: each notebook's status, corpus, parameters, versions, figure gallery.

    ``runs`` holds one dict per notebook with ``name`` and ``status``
    (``"ran"``, ``"failed"`` with ``cell`` and ``error``, or ``"not run"``
    with ``why``), and for notebooks with output ``ipynb``, ``html``,
    ``reader``, ``seconds`` and ``parameters``. Every value taken from the
    corpus or the parameters is HTML-escaped.
    """
    e = html.escape
    files = fingerprint["files"]
    file_rows = "".join(
        f"<tr><td>{e(f['file'])}</td><td>{f['bytes']:,}</td><td><code>{e(f['sha256'])}</code></td></tr>"
        for f in files[:50]
    )
    more = f"<p>… and {len(files) - 50:,} more files.</p>" if len(files) > 50 else ""
    not_read = fingerprint.get("not_read", [])
    if not_read:
        more += (f"<p>Not read ({len(not_read):,}): " + "; ".join(e(x) for x in not_read[:20])
                 + (" …" if len(not_read) > 20 else "") + "</p>")
    nb_rows = "".join(
        f"<tr><td>{e(r['name'])}</td><td>{e(_status_text(r))}</td><td>"
        + (f"<a href=\"{e(r['html'])}\">with code</a> · <a href=\"{e(r['reader'])}\">for readers</a> · "
           f"<a href=\"{e(r['ipynb'])}\">notebook</a>" if r.get("html") else "")
        + f"</td><td>{(str(round(r['seconds'], 1)) + ' s') if r.get('seconds') is not None else ''}</td>"
        f"<td><pre>{e(json.dumps(r.get('parameters', {}), indent=1, sort_keys=True, default=str))}</pre></td></tr>"
        for r in runs
    )
    summary = incomplete_summary(runs)
    banner = _banner(summary.split(" See index.html")[0]) if summary else ""
    figs = sorted((out_dir / "figures").glob("*.png"))
    gallery = "".join(
        f"<figure><a href=\"figures/{e(p.name)}\"><img src=\"figures/{e(p.name)}\" alt=\"{e(p.stem)}\"></a>"
        f"<figcaption>{e(p.stem)} · <a href=\"figures/{e(p.stem)}.csv\">data</a></figcaption></figure>"
        for p in figs
    )
    versions = "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in _versions().items())
    title = e(corpus_name(str(corpus))) + (" (incomplete)" if summary else "")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self' data:; script-src 'none'; style-src 'unsafe-inline'">
<title>News analysis report: {title}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}}
pre{{margin:0;font-size:12px}}figure{{display:inline-block;width:320px;margin:8px;vertical-align:top}}
img{{width:100%;border:1px solid #ddd}}figcaption{{font-size:12px}}</style></head><body>
{banner}
<h1>News analysis report: {title}</h1>
<h2>Notebooks</h2>
<table><tr><th>notebook</th><th>status</th><th>pages</th><th>run time</th><th>parameters</th></tr>{nb_rows}</table>
<h2>Corpus</h2>
<p>Source: <code>{e(str(corpus.name))}</code> · {len(files):,} file(s) · combined SHA-256 <code>{e(fingerprint['sha256'])}</code><br>
Publication dates: {e(_date_range(out_dir))}</p>
<table><tr><th>file</th><th>bytes</th><th>SHA-256</th></tr>{file_rows}</table>{more}
<h2>Figures</h2>
<p>Each figure has the data drawn in it beside it as CSV. Only notebooks that ran in this run have figures here.</p>
{gallery}
<h2>Software</h2>
<table><tr><th>package</th><th>version</th></tr>{versions}</table>
</body></html>
"""
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _inside(a: Path, b: Path) -> bool:
    return a == b or a.is_relative_to(b)


def check_locations(corpus: Path, out_root: Path, out_dir: Path) -> None:
    """Refuse an output folder inside the corpus, or a corpus inside the output folder.

    Raises
    ------
    ReportError
        Naming both paths and what to do.
    """
    corpus, out_root, out_dir = corpus.resolve(), out_root.resolve(), out_dir.resolve()
    if corpus.is_dir() and _inside(out_root, corpus):
        raise ReportError(f"--out {out_root} is inside the corpus folder {corpus}: a report never writes into "
                          "its corpus. Choose an --out folder outside it (the default is reports/ in the project).")
    if _inside(corpus, out_root) or _inside(corpus, out_dir):
        raise ReportError(f"the corpus {corpus} is inside the output folder {out_root}: a report run replaces its "
                          "folder, so choose an --out folder that does not contain the corpus.")
    if out_dir.exists() and (not out_dir.is_dir() or (not (out_dir / MARKER).exists()
                                                       and not (out_dir / "index.html").exists()
                                                       and any(out_dir.iterdir()))):
        raise ReportError(f"{out_dir} exists and is not a report made by this runner: choose another --name or --out.")


def run_report(corpus: Path, params: dict, prefixes: list[str] | None = None, out_root: Path = REPORTS_DIR,
               name: str | None = None) -> Path:
    """Execute the notebooks on ``corpus`` and write a fresh ``<out_root>/<name>/``.

    Parameters
    ----------
    corpus : Path
        Corpus folder or file (relative paths: see :func:`helpers.paths.resolve_cli_path`).
    params : dict
        ``-p`` parameters; each goes to every notebook that declares it.
    prefixes : list of str, optional
        Run only the notebooks whose names start with these; the others are
        listed as not run and the report is marked incomplete.
    out_root : Path
        Folder that holds the reports.
    name : str, optional
        Report folder name (default: :func:`report_name`).

    Returns
    -------
    Path
        The ``index.html`` of the report.

    Raises
    ------
    ReportError
        Before anything runs: a missing corpus, an output folder inside the
        corpus (or the reverse), a bad ``--name``, an unknown or invalid
        parameter. After the run, when a notebook failed (the other notebooks
        ran, and the index gives each notebook's status).
    KeyboardInterrupt
        After restoring the previous report of that name.
    """
    corpus = resolve_cli_path(corpus)
    if not corpus.exists():
        raise ReportError(f"corpus {str(corpus)!r} does not exist (relative paths are taken from the current "
                          f"folder, then from the project root {PROJECT_ROOT}).")
    name = name or report_name(corpus)
    if not _NAME_RE.match(name):
        raise ReportError(f"--name {name!r}: use letters, digits, '_', '-' or '.', starting with a letter or digit.")
    out_root = resolve_cli_path(out_root)
    out_dir = out_root / name
    check_locations(corpus, out_root, out_dir)
    selected = list_notebooks(prefixes)
    plans = plan_parameters(selected, params)
    if isinstance(params.get("metadata"), str):
        meta = resolve_cli_path(params["metadata"])
        if not meta.is_file():
            raise ReportError(f"-p metadata {params['metadata']}: no such file ({meta}). Give the path of a CSV "
                              "file (relative to the current folder or the project root), or leave it out.")
        plans = {k: {**v, "metadata": str(meta)} for k, v in plans.items()}
    previous = out_root / f".{name}.previous"
    if previous.exists():
        shutil.rmtree(previous)
    if out_dir.exists():
        out_dir.rename(previous)
    env = {CACHE_ENV: os.environ.get(CACHE_ENV), CLI_ENV: os.environ.get(CLI_ENV)}
    os.environ.setdefault(CACHE_ENV, str(DEFAULT_CACHE_DIR))
    os.environ[CLI_ENV] = "1"
    try:
        (out_dir / "figures").mkdir(parents=True)
        (out_dir / MARKER).write_text("made by python -m helpers.report; replaced by the next run of this name\n",
                                      encoding="utf-8")
        runs = _run_all(selected, plans, corpus, out_dir)
        index = _write_pages(out_dir, corpus, runs)
    except BaseException:
        if out_dir.exists():
            shutil.rmtree(out_dir)
        if previous.exists():
            previous.rename(out_dir)
        raise
    finally:
        for k, v in env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    if previous.exists():
        shutil.rmtree(previous)
    print(f"report: {index}")
    failed = [r for r in runs if r["status"] == "failed"]
    if failed:
        raise ReportError("; ".join(f"{r['name']} failed in cell {r['cell']} ({r['error']})" for r in failed)
                          + f". The other selected notebooks ran; each notebook's status is in {index}.")
    summary = incomplete_summary(runs)
    if summary:
        print(f"note: {summary}")
    return index


def _write_pages(out_dir: Path, corpus: Path, runs: list[dict]) -> Path:
    """Mark the pages of an incomplete run, and write the index."""
    summary = incomplete_summary(runs)
    if summary:
        for r in runs:
            if r.get("html"):
                _export_html(out_dir / r["ipynb"], banner=_page_banner(r, summary))
    return write_index(out_dir, corpus, corpus_fingerprint(corpus), runs)


def _page_banner(r: dict, summary: str) -> str:
    if r["status"] == "failed":
        return f"This notebook FAILED in cell {r['cell']} ({r['error']}); its output stops there. " + summary
    return summary


def _run_all(selected: list[Path], plans: dict, corpus: Path, out_dir: Path) -> list[dict]:
    runs = []
    for nb in list_notebooks():
        if nb not in selected:
            runs.append({"name": nb.stem, "status": "not run", "why": "not selected with --notebooks"})
            continue
        p = {**plans[nb.name], "corpus": str(corpus), "output_dir": str(out_dir / "figures")}
        target = out_dir / nb.name
        shown = {k: (corpus.name if k == "corpus" else ("figures" if k == "output_dir" else v)) for k, v in p.items()}
        print(f"{nb.name}: running ...", flush=True)
        run = {"name": nb.stem, "ipynb": target.name, "parameters": shown}
        try:
            run["seconds"] = _execute(nb, target, p)
            run["status"] = "ran"
            print(f"{nb.name}: {run['seconds']:.1f} s -> {target}")
        except NotebookFailed as exc:
            run.update(status="failed", cell=exc.cell, error=exc.error)
            print(f"{nb.name}: FAILED in cell {exc.cell}: {exc.error}", file=sys.stderr)
        if target.is_file():
            html_page, reader = _export_html(target)
            run.update(html=html_page.name, reader=reader.name)
        runs.append(run)
    return runs


def _parameter_help() -> str:
    specs = list(NOTEBOOK_SPECS.items())
    first = specs[0][1]
    common = set.intersection(*(set(spec) for _, spec in specs))
    lines = ["notebook parameters (-p NAME VALUE goes to every notebook that declares NAME):", "  every notebook:"]
    lines += [f"    {k:<20} {first[k].help} [{first[k].describe()}]"
              for k in first if k in common and k not in RUNNER_OPTIONS]
    lines.append("    (corpus and output_dir are not -p parameters: use --corpus, --out and --name)")
    for nb, spec in specs:
        own = [k for k in spec if k not in common or (k not in RUNNER_OPTIONS and spec[k] != first[k])]
        if own:
            lines.append(f"  {nb}:")
            lines += [f"    {k:<20} {spec[k].help} [{spec[k].describe()}]" for k in own]
    lines.append("Defaults are in each notebook's parameters cell and in README.md.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.split("\n\n")[0],
                                 epilog=_parameter_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=None, help="corpus folder or file (default: the bundled seeds/)")
    ap.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                    help="notebook parameter, repeatable (listed below)")
    ap.add_argument("--reference", nargs="*", metavar="PREFIX",
                    help="re-execute the committed notebooks in place on the seeds (optionally only those starting with PREFIX)")
    ap.add_argument("--notebooks", nargs="*", metavar="PREFIX", help="only run notebooks starting with these prefixes")
    ap.add_argument("--out", default=str(REPORTS_DIR), help="folder that holds the reports (default: reports/)")
    ap.add_argument("--name", default=None,
                    help="report folder name (default: seeds, or the corpus name plus a digest of its path)")
    args = ap.parse_args(argv)
    # Progress bars stay out of the stored notebooks and HTML pages; the runner
    # reports progress per notebook on the console instead.
    os.environ.setdefault("TQDM_DISABLE", "1")
    try:
        if args.reference is not None:
            if args.parameter or args.corpus is not None or args.name is not None:
                raise ReportError("--reference runs on the seeds with default parameters; drop --corpus, --name and -p")
            run_reference(args.reference or None)
            return 0
        params = {name: parse_value(value) for name, value in args.parameter}
        run_report(Path(args.corpus) if args.corpus else SEEDS_DIR, params, args.notebooks or None,
                   Path(args.out), name=args.name)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the previous report of this name (if any) is left as it was.", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
