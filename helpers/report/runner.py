"""Run every notebook on a corpus and build an HTML report.

Usage (from any folder; ``make report`` and ``make notebooks`` call it)::

    python -m helpers.report.runner                                # the bundled seeds -> reports/seeds/
    python -m helpers.report.runner --corpus path/to/corpus -p group_by bias_text
    python -m helpers.report.runner --corpus news --name news-2024 # -> reports/news-2024/
    python -m helpers.report.runner --reference                    # re-execute notebooks/ in place on the seeds
    python -m helpers.report.runner --reference 01                 # only notebooks whose name starts with 01

A report run writes a fresh folder ``reports/<name>/``: each executed
notebook, an HTML page of each (``NN_x.html``) and a variant without code for
readers (``NN_x.reader.html``, see :mod:`helpers.report.html`), the figures
and tables in ``figures/``, the shared page script in ``assets/``, and
``index.html`` (see :mod:`helpers.report.index`): the key findings computed
from the result files, each notebook's status, the corpus files, every
parameter with its origin, the figures and the package versions.
``00_corpus`` runs first when the corpus is not in the cache yet (it fills
the cache); the other notebooks then run in parallel, up to one per CPU core.
When the cache holds the corpus already (a second run), every notebook runs
in parallel from the start. ``<name>`` is ``seeds`` for the bundled seeds, else
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
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata as importlib_metadata
from pathlib import Path

import yaml

from ..core.cache import CACHE_ENV, DEFAULT_CACHE_DIR
from ..core.engine import shared_cluster
from ..core.parallel import worker_count
from ..core.paths import PROJECT_ROOT, REPORTS_DIR, SEEDS_DIR, resolve_cli_path
from ..corpus.read import corpus_files
from ..notebook.params import ParameterError, closest_name
from ..notebook.setup import CLI_ENV, corpus_name, report_folder_name
from ..notebook.specs import NOTEBOOK_SPECS, cross_check, notebook_spec

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
FIRST = "00_"
"""Notebooks whose name starts with this run alone, before the others (they fill the corpus cache)."""


def _skip_slow_imports() -> None:
    """Skip jsonschema's optional IRI format checker: building its grammars takes seconds at import and the
    notebook schema does not use it. Only done when jsonschema is not imported yet."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


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
            f"The notebooks accept {sorted(known - set(RUNNER_OPTIONS))}; see python -m helpers.report.runner --help."
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
                f"{nb.name}: its parameters cell declares {sorted(defaults)}, but helpers/notebook/specs.py "
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
    return report_folder_name(Path(corpus).resolve())


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
            request_save_on_cell_execute=False,  # written when the run ends (or fails), not twice per cell
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
    _skip_slow_imports()
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


def _shown_path(p: Path) -> str:
    p = Path(p).resolve()
    return p.relative_to(PROJECT_ROOT).as_posix() if p.is_relative_to(PROJECT_ROOT) else str(p)


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
    return (f"<p>Source: <code>{e(_shown_path(corpus))}</code> · {len(files):,} file(s) · publication dates: "
            f"{e(_date_range(out_dir))}</p><details><summary>Files and checksums (combined SHA-256 "
            f"<code>{e(fingerprint['sha256'])}</code>)</summary><table><tr><th>file</th><th>bytes</th>"
            f"<th>SHA-256</th></tr>{rows}</table></details>{more}")


def write_index(out_dir: Path, corpus: Path, fingerprint: dict, runs: list[dict]) -> Path:
    """Write ``index.html``: key findings, each notebook's status, corpus, parameters, figures, versions.

    ``runs`` holds one dict per notebook with ``name`` and ``status``
    (``"ran"``, ``"failed"`` with ``cell`` and ``error``, or ``"not run"``
    with ``why``), and for notebooks with output ``ipynb``, ``html``,
    ``reader``, ``seconds``, ``parameters`` (rows of
    :func:`helpers.report.index.parameter_rows`), ``files`` and ``evidence``.
    Every value taken from the corpus or the parameters is HTML-escaped.
    """
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
    }
    return _write(out_dir, ctx)


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
        Corpus folder or file (relative paths: see :func:`helpers.core.paths.resolve_cli_path`).
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
        (out_dir / MARKER).write_text("made by python -m helpers.report.runner; replaced by the next run of this name\n",
                                      encoding="utf-8")
        _skip_slow_imports()
        dask_local = any(v.get("engine") == "dask" and not v.get("scheduler") for v in plans.values())
        with shared_cluster(dask_local):  # one local Dask cluster for the notebooks of this run (helpers.core.engine)
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
    """Export the pages of every notebook with output (marked when the run is incomplete), then the index."""
    from .html import write_assets

    write_assets(out_dir)
    summary = incomplete_summary(runs)
    for r in runs:
        if r.get("ipynb") and (summary or "evidence" not in r):
            _export_run(out_dir, r, _page_banner(r, summary) if summary else "", _page_links(runs))
    return write_index(out_dir, corpus, corpus_fingerprint(corpus), runs)


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


def _run_one(nb: Path, p: dict, target: Path, run: dict, pages: list[tuple[str, str]] | None = None) -> dict:
    print(f"{nb.name}: running ...", flush=True)
    try:
        run["seconds"] = _execute(nb, target, p)
        run["status"] = "ran"
        print(f"{nb.name}: {run['seconds']:.1f} s -> {target}", flush=True)
    except NotebookFailed as exc:
        run.update(status="failed", cell=exc.cell, error=exc.error)
        print(f"{nb.name}: FAILED in cell {exc.cell}: {exc.error}", file=sys.stderr, flush=True)
    if target.is_file():
        run.update(html=target.stem + ".html", reader=target.stem + ".reader.html")
        if run["status"] == "ran" and pages is not None:  # export now, while the other notebooks run
            _export_run(target.parent, run, "", pages)
    return run


def _corpus_cached(nb: Path, params: dict) -> bool:
    """Whether the corpus a notebook loads with ``params`` is in the cache already (a second run).

    Then the notebooks starting with :data:`FIRST` need not run alone first. A wrong answer costs only
    time: cache files are written atomically, so notebooks loading the same corpus at once are safe.
    """
    from ..core.cache import cache_dir, cache_path
    from ..notebook.setup import cache_key

    if cache_dir() is None:
        return False
    try:
        path = cache_path("corpus", cache_key({**notebook_defaults(nb), **params}))
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return path is not None and path.is_file()


def _run_all(selected: list[Path], plans: dict, corpus: Path, out_dir: Path) -> list[dict]:
    """Run the selected notebooks: those starting with :data:`FIRST` alone, then the others in parallel."""
    from .index import parameter_rows

    runs, jobs = [], []
    for nb in list_notebooks():
        if nb not in selected:
            runs.append({"name": nb.stem, "status": "not run", "why": "not selected with --notebooks"})
            continue
        p = {**plans[nb.name], "corpus": str(corpus), "output_dir": str(out_dir / "figures")}
        shown = {"corpus": _shown_path(corpus), "output_dir": _shown_path(out_dir / "figures")}
        params = parameter_rows(notebook_defaults(nb), plans[nb.name], shown)
        run = {"name": nb.stem, "ipynb": nb.name, "parameters": params}
        runs.append(run)
        jobs.append((nb, p, out_dir / nb.name, run))
    links = _page_links(runs)
    jobs = [(*j, links) for j in jobs]
    first = [j for j in jobs if j[0].name.startswith(FIRST)]
    rest = [j for j in jobs if not j[0].name.startswith(FIRST)]
    if first and all(_corpus_cached(j[0], j[1]) for j in first):
        first, rest = [], first + rest  # the cache is filled already: every notebook runs in parallel
    for job in first:
        _run_one(*job)
    workers = max(1, min(len(rest), worker_count()))
    if workers == 1:
        for job in rest:
            _run_one(*job)
    else:
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            for f in [pool.submit(_run_one, *job) for job in rest]:
                f.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    for r in runs:
        if r.get("ipynb") and "status" not in r:  # pragma: no cover - only after an interrupt
            r.update(status="not run", why="interrupted")
        if r.get("ipynb") and not (out_dir / r["ipynb"]).is_file():
            r.pop("ipynb")
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
    ap = argparse.ArgumentParser(prog="python -m helpers.report.runner", description=__doc__.split("\n\n")[0],
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
    _skip_slow_imports()  # before anything reads a notebook (papermill and nbformat import jsonschema)
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
