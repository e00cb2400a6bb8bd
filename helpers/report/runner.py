"""Run every notebook on a corpus and build an HTML report.

Usage (from any folder; ``make report`` and ``make notebooks`` call it)::

    python -m helpers.report                                # the bundled seeds -> reports/seeds/
    python -m helpers.report --corpus path/to/corpus -p group_by bias_text
    python -m helpers.report --corpus news --name news-2024 # -> reports/news-2024/
    python -m helpers.report --reference                    # re-execute notebooks/ in place on the seeds
    python -m helpers.report --reference 01                 # only notebooks whose name starts with 01

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
import json
import os
import re
import shutil
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..core.cache import CACHE_ENV, DEFAULT_CACHE_DIR
from ..core.engine import shared_cluster
from ..core.parallel import worker_count
from ..core.paths import PROJECT_ROOT, REPORTS_DIR, SEEDS_DIR, did_you_mean, is_within, resolve_cli_path
from ..core.study import AUTO, StudyChoice, StudyError, resolve_study
from ..notebook.setup import CLI_ENV, REFERENCE_ENV, report_folder_name
from .kernels import SOCKET_ENV, kernel_server
from .pages import _export_run, _page_links, _shown_path, _write_pages, incomplete_summary, input_files
from .plan import (
    FIRST,
    NOTEBOOK_DIR,
    NotebookFailed,
    ReportError,
    _parameter_help,
    list_notebooks,
    notebook_defaults,
    parse_value,
    plan_parameters,
)

__all__ = ["ReportError", "NotebookFailed", "failure_summary", "report_name", "run_report", "run_reference", "main",
           "unquoted_value_hint"]

MARKER = ".news-report"
"""File that marks a folder as made by this runner (only such folders are replaced)."""
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
"""Keep the kernel's own log (TCP transport warning, 'KeyboardInterrupt caught in kernel') off the console."""
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


def _skip_slow_imports() -> None:
    """Skip jsonschema's optional IRI format checker: building its grammars takes seconds at import and the
    notebook schema does not use it. Only done when jsonschema is not imported yet."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


def report_name(corpus: Path) -> str:
    """Folder name of a corpus's report: ``seeds`` for the bundled seeds, else ``<name>-<digest of the path>``.

    Parameters
    ----------
    corpus : Path
        The corpus folder or file.

    Returns
    -------
    str
        As :func:`helpers.notebook.setup.report_folder_name` of the resolved path.
    """
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


def _stable_outputs(outputs: list[dict]) -> list[dict]:
    """Warnings and tracebacks without machine paths, kernel file names or memory addresses
    (:func:`helpers.notebook.output.stable_text`; review 12bi-x). Printed results (stdout) are left as they are."""
    from ..notebook.output import stable_text

    for o in outputs:
        if o.get("output_type") == "stream" and o.get("name") == "stderr":
            o["text"] = stable_text("".join(o["text"])).splitlines(keepends=True)
        elif o.get("output_type") == "error":
            o["evalue"] = stable_text(str(o.get("evalue", "")))
            o["traceback"] = [stable_text(t) for t in o.get("traceback", [])]
    return outputs


def _strip_volatile(path: Path) -> None:
    """Remove papermill's timing metadata, fix the injected cell's id, merge split streams and name no machine
    path in a warning, a traceback (:func:`_stable_outputs`) or the injected parameters, nor Python's patch version.

    Committed notebooks then diff cleanly, and two report runs give the same files.
    """
    from ..notebook.output import stable_text

    nb = json.loads(path.read_text(encoding="utf-8"))
    nb.get("metadata", {}).pop("papermill", None)
    nb["metadata"]["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    info = nb["metadata"].get("language_info")
    if isinstance(info, dict) and isinstance(info.get("version"), str):  # 3.11.7 and 3.11.9 give one file (s80-B)
        info["version"] = ".".join(info["version"].split(".")[:2])
    for cell in nb.get("cells", []):
        md = cell.get("metadata", {})
        if "injected-parameters" in md.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives it a random id; a report must not change run to run
            # its corpus and output_dir as the index shows them: no machine's folder (review s80-B)
            cell["source"] = stable_text("".join(cell.get("source", ""))).splitlines(keepends=True)
        md.pop("papermill", None)
        md.pop("execution", None)
        if md.get("tags") == []:
            md.pop("tags")
        if "outputs" in cell:
            cell["outputs"] = _stable_outputs(_coalesce_streams(cell["outputs"]))
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


_KERNEL_START_FAILED = re.compile(r"Kernel (?:didn't respond|died before replying)")
"""jupyter_client's errors for a kernel that did not start (no reply to ``kernel_info`` in time, or died first)."""


def _execute(nb: Path, out: Path, params: dict) -> float:
    """Run one notebook with papermill; :class:`NotebookFailed` names the cell and the error."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    t0 = time.perf_counter()
    forked = {}
    if os.environ.get(SOCKET_ENV):  # a kernel server runs (helpers.report.kernels): fork the kernel from it
        from .kernels import fork_kernel_manager

        forked["kernel_manager_class"] = fork_kernel_manager()

    def run(**kernel):
        papermill.execute_notebook(
            str(nb), str(out), parameters=params, kernel_name="python3", cwd=str(NOTEBOOK_DIR),
            progress_bar=False, log_output=False, report_mode=False, extra_arguments=KERNEL_ARGS,
            request_save_on_cell_execute=False,  # written when the run ends (or fails), not twice per cell
            **kernel,
        )

    try:
        try:
            run(**forked)
        except RuntimeError as exc:
            if not forked or not _KERNEL_START_FAILED.match(str(exc)):
                raise
            # a forked kernel that does not start (seen once in many CI runs, not reproduced) must not cost the
            # report: the notebook runs again in an ordinary kernel, which gives the same outputs
            print(f"note: {nb.name}: the forked kernel did not start ({exc}); running it in an ordinary kernel",
                  file=sys.stderr)
            run()
    except PapermillExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
        raise NotebookFailed(
            f"{nb.name} failed in cell {exc.exec_count} ({error}). The partial output is kept in {out}.",
            exc.exec_count, error,
        ) from exc
    return time.perf_counter() - t0


def run_reference(prefixes: list[str] | None = None) -> None:
    """Re-execute the committed notebooks in place on the bundled seeds.

    Progress bars and the corpus cache are off, and volatile metadata is stripped from the notebooks.

    Parameters
    ----------
    prefixes : list of str, optional
        Only the notebooks whose file name starts with one of these.

    Raises
    ------
    ReportError
        When ``prefixes`` match no notebook.
    NotebookFailed
        When a notebook raises an error.
    """
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.pop(CACHE_ENV, None)
    os.environ[REFERENCE_ENV] = "1"  # the seeds' default output_dir is the committed figures/ only here (s79-G)
    _skip_slow_imports()
    for nb in list_notebooks(prefixes):
        secs = _execute(nb, nb, {})
        _strip_volatile(nb)
        print(f"{nb.name}: re-executed in {secs:.1f} s")


def _check_out_is_folder(out_root: Path) -> None:
    """Refuse an ``--out`` that is a file, or lies under one, in one sentence (review s80-A: a traceback ended in
    ``NotADirectoryError``)."""
    where = resolve_cli_path(out_root)
    for p in [where, *where.parents]:
        if p.exists():
            if not p.is_dir():
                what = "is a file" if p == where else f"lies under the file {p}"
                raise ReportError(f"--out {out_root} {what}, not a folder. Give a folder for the reports (it is "
                                  "created if missing), e.g. --out my_reports.")
            return


def _check_locations(corpus: Path, out_root: Path, out_dir: Path) -> None:
    """Refuse an output folder inside the corpus (or the folder that holds a corpus file), or a corpus inside it.

    Raises
    ------
    ReportError
        Naming both paths and what to do.
    """
    corpus, out_root, out_dir = corpus.resolve(), out_root.resolve(), out_dir.resolve()
    if corpus.is_dir() and is_within(out_root, corpus):
        raise ReportError(f"--out {out_root} is inside the corpus folder {corpus}: a report never writes into "
                          "its corpus. Choose an --out folder outside it (the default is reports/ in the project).")
    holder = corpus.parent
    if corpus.is_file() and holder != PROJECT_ROOT.resolve() and is_within(out_root, holder):
        raise ReportError(f"--out {out_root} is inside the folder {holder} that holds the corpus file {corpus.name}: "
                          "a later run on that folder would read the report's pages as articles. Choose an --out "
                          "folder outside it (the default is reports/ in the project), or move the corpus file into "
                          "a folder of its own.")
    if is_within(corpus, out_root) or is_within(corpus, out_dir):
        raise ReportError(f"the corpus {corpus} is inside the output folder {out_root}: a report run replaces its "
                          "folder, so choose an --out folder that does not contain the corpus.")
    if out_dir.exists() and (not out_dir.is_dir() or (not (out_dir / MARKER).exists()
                                                       and not (out_dir / "index.html").exists()
                                                       and any(out_dir.iterdir()))):
        raise ReportError(f"{out_dir} exists and is not a report made by this runner: choose another --name or --out.")


def _keep_filled_sheets(out_dir: Path) -> None:
    """Refuse a run that would delete a coding sheet a coder filled inside the report folder it replaces."""
    from ..validation.coding import sheet_has_codes

    filled = [p for p in sorted((out_dir / "figures").glob("04_coding_sheet_*.csv")) if sheet_has_codes(p)]
    if filled:
        raise ReportError(f"{filled[0]} holds a coder's codes, and this run replaces the report folder {out_dir}: "
                          "move the sheet out of the report folder first, then give it with "
                          f"-p coding_sheets '[{filled[0].name}]' (nothing was changed).")


def _console_warnings(out_dir: Path, runs: list[dict], width: int = 2000) -> list[str]:
    """The corpus's warnings of a finished run, one line each, for the console: whole up to ``width`` characters (cut
    at 300, the overlap warning lost its point, "a score computed on these articles is in-sample": review s78-E)."""
    from .index import corpus_warnings

    try:
        found = corpus_warnings(out_dir, runs)
    except (OSError, ValueError):
        return []
    return [f"warning: {w if len(w) <= width else w[: width - 1].rstrip() + '…'}" for w in found]


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
    _check_out_is_folder(out_root)
    given, corpus = corpus, resolve_cli_path(corpus)
    if not corpus.exists():
        raise ReportError(f"corpus {str(corpus)!r} does not exist (relative paths are taken from the current "
                          f"folder, then from the project root {PROJECT_ROOT}).{did_you_mean(given)}")
    name = name or report_name(corpus)
    if not _NAME_RE.match(name):
        raise ReportError(f"--name {name!r}: use letters, digits, '_', '-' or '.', starting with a letter or digit.")
    out_root = resolve_cli_path(out_root)
    out_dir = out_root / name
    _check_locations(corpus, out_root, out_dir)
    selected = list_notebooks(prefixes)
    plans = plan_parameters(selected, params)
    choice = _study_choice(params, corpus)
    if choice is not None:
        print(f"study: {choice.name}: {choice.reason}", flush=True)
    if isinstance(params.get("metadata"), str):
        meta = resolve_cli_path(params["metadata"])
        if not meta.is_file():
            raise ReportError(f"-p metadata {params['metadata']}: no such file ({meta})."
                              f"{did_you_mean(params['metadata'])} Give the path of a CSV file (relative to the "
                              "current folder or the project root), or leave it out.")
        plans = {k: {**v, "metadata": str(meta)} for k, v in plans.items()}
    for key in ("coding_sheets", "role_sheets", "tone_sheets"):  # frame sheets (04), role and tone sheets (02)
        if not params.get(key):
            continue
        sheets = [resolve_cli_path(s) for s in params[key]]
        gone = [s for s, p in zip(params[key], sheets) if not p.is_file()]
        if gone:
            raise ReportError(f"-p {key}: no such file {gone[0]!r} ({resolve_cli_path(gone[0])}). Give the "
                              "filled coding sheets (CSV, relative to the current folder or the project root), e.g. "
                              f"-p {key} '[ann.csv, bob.csv]'.")
        plans = {k: {**v, key: [str(p) for p in sheets]} if key in v else v for k, v in plans.items()}
    _keep_filled_sheets(out_dir)
    previous = out_root / f".{name}.previous"
    if previous.exists():
        shutil.rmtree(previous)
    if out_dir.exists():
        out_dir.rename(previous)
    env = {CACHE_ENV: os.environ.get(CACHE_ENV), CLI_ENV: os.environ.get(CLI_ENV), SOCKET_ENV: os.environ.get(SOCKET_ENV)}
    os.environ.setdefault(CACHE_ENV, str(DEFAULT_CACHE_DIR))
    os.environ[CLI_ENV] = "1"
    try:
        (out_dir / "figures").mkdir(parents=True)
        (out_dir / MARKER).write_text("made by python -m helpers.report; replaced by the next run of this name\n",
                                      encoding="utf-8")
        _skip_slow_imports()
        dask_local = any(v.get("engine") == "dask" and not v.get("scheduler") for v in plans.values())
        # one local Dask cluster for the notebooks of this run (helpers.core.engine); one kernel server that
        # has imported the libraries and forks the notebooks' kernels (helpers.report.kernels)
        with shared_cluster(dask_local), kernel_server() as socket_path:
            if socket_path:
                os.environ[SOCKET_ENV] = socket_path
            runs = _run_all(selected, plans, corpus, out_dir)
        index = _write_pages(out_dir, corpus, runs, input_files(plans, choice.name if choice else None, corpus))
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
    for line in _console_warnings(out_dir, runs):  # review s78-C/D: the corpus's warnings reached the HTML only
        print(line)
    failed = [r for r in runs if r["status"] == "failed"]
    if failed:
        raise ReportError(failure_summary(runs, index))
    summary = incomplete_summary(runs)
    if summary:
        print(f"note: {summary}")
    return index


def _study_choice(params: dict, corpus: Path) -> StudyChoice | None:
    """The study the notebooks will use (:func:`helpers.core.study.resolve_study`), or None when no notebook
    run has a ``study`` parameter. A bad ``-p study`` was reported by :func:`plan_parameters` already."""
    given = params.get("study", AUTO)
    try:
        return resolve_study(given if isinstance(given, str) else str(given), corpus)
    except StudyError:  # pragma: no cover - plan_parameters checked the value
        return None


_SAY_LOCK = threading.Lock()


def _say(line: str, stream=None) -> None:
    """Print one whole line: notebooks started together printed ``a: running ...b: running ...`` and a blank line
    (review s80-A, finding 12), since ``print`` writes the text and its newline apart."""
    stream = sys.stdout if stream is None else stream
    with _SAY_LOCK:
        stream.write(line + "\n")
        stream.flush()


def _run_one(nb: Path, p: dict, target: Path, run: dict, pages: list[tuple[str, str]] | None = None) -> dict:
    _say(f"{nb.name}: running ...")
    try:
        run["seconds"] = _execute(nb, target, p)
        run["status"] = "ran"
        _strip_volatile(target)
        _say(f"{nb.name}: {run['seconds']:.1f} s -> {target}")
    except NotebookFailed as exc:
        run.update(status="failed", cell=exc.cell, error=exc.error)
        _say(f"{nb.name}: FAILED in cell {exc.cell}: {exc.error}", sys.stderr)
        if target.is_file():  # the partial notebook: its traceback is shown on the page with code (review 12bi-x)
            _strip_volatile(target)
    if target.is_file():
        run.update(html=target.stem + ".html", reader=target.stem + ".reader.html")
        if run["status"] == "ran" and pages is not None:  # export now, while the other notebooks run
            _export_run(target.parent, run, "", pages)
    return run


def _corpus_cached(nb: Path, params: dict) -> bool:
    """Whether the corpus a notebook loads with ``params`` is in the cache already (a second run).

    Then the notebooks starting with :data:`FIRST` need not run alone first. With the pandas engine a wrong
    answer costs only time: cache files are written atomically, so notebooks loading the same corpus at once are
    safe. With the dask engine the answer is whether the corpus's store is finished: two notebooks building the
    same store at once fail.
    """
    from ..core.cache import cache_dir, cache_path
    from ..notebook.setup import cache_key, dask_meta_path

    if cache_dir() is None:
        return False
    try:
        merged = {**notebook_defaults(nb), **params}
        path = cache_path("corpus", cache_key(merged))
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if path is not None and merged.get("engine") == "dask":
        # the dask engine builds a Parquet store, not the pandas pickle: two notebooks building one store at once
        # break it, so wait for its metadata table, cached once the store is finished
        path = dask_meta_path(path)
    return path is not None and path.is_file()


_LOAD_ERRORS = ("CorpusError:", "ParameterError:")
"""Errors of loading the corpus (a file it cannot read, a ``group_by`` that is not a column): every notebook loads
the corpus with the same parameters, so after the first notebook fails with one the others are not started."""


def _corpus_failure(runs: list[dict]) -> str | None:
    """Why the other notebooks are not run when a first notebook could not load the corpus, else None."""
    for r in runs:
        if r.get("status") == "failed" and str(r.get("error", "")).startswith(_LOAD_ERRORS):
            return f"{r['name']} could not load the corpus with these parameters; fix the error shown for it"
    return None


def failure_summary(runs: list[dict], index: Path) -> str:
    """The console message after a run with failed notebooks: each distinct error once, with the notebooks it hit.

    Parameters
    ----------
    runs : list of dict
        The runs (``name``, ``status``, and for a failed notebook ``cell`` and ``error``).
    index : Path
        The report's ``index.html``.

    Returns
    -------
    str
        One clause per distinct error (``00_corpus failed in cell 4 (...)``, or ``01_topics, 02_outlets failed
        (...)`` when several notebooks failed with the same error), then what ran and where the status is.
    """
    failed = [r for r in runs if r["status"] == "failed"]
    by_error: dict[str, list[dict]] = {}
    for r in failed:
        by_error.setdefault(str(r["error"]), []).append(r)
    parts = []
    for error, group in by_error.items():
        cells = {r["cell"] for r in group}
        where = f" in cell {group[0]['cell']}" if len(cells) == 1 else ""
        parts.append(f"{', '.join(r['name'] for r in group)} failed{where} ({error})")
    ran = [r["name"] for r in runs if r["status"] == "ran"]
    skipped = [r["name"] for r in runs if r["status"] == "not run"]
    tail = f"ran: {', '.join(ran)}" if ran else "no notebook ran to the end"
    if skipped:
        tail += f"; not run: {', '.join(skipped)}"
    return "; ".join(parts) + f". {tail[0].upper()}{tail[1:]}; each notebook's status is in {index}."


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
    unreadable = _corpus_failure([j[3] for j in first])
    if unreadable:  # every other notebook loads the same corpus the same way: it would fail the same way
        for job in rest:
            job[3].update(status="not run", why=unreadable)
        rest = []
    workers = max(1, min(len(rest), worker_count()))
    started = [j[3] for j in first]

    def start(job) -> None:
        """Run a job unless a notebook before it could not load the corpus (a warm cache starts them all at once)."""
        unreadable = _corpus_failure(started)
        if unreadable:
            job[3].update(status="not run", why=unreadable)
            return
        started.append(job[3])
        _run_one(*job)

    if workers == 1:
        for job in rest:
            start(job)
    else:
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            for f in [pool.submit(start, job) for job in rest]:
                f.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    for r in runs:
        if r.get("ipynb") and "status" not in r:  # pragma: no cover - only after an interrupt
            r.update(status="not run", why="interrupted")
        if r.get("ipynb") and not (out_dir / r["ipynb"]).is_file():
            r.pop("ipynb")
    return runs


_VALUE_COUNTS = {"--corpus": 1, "--out": 1, "--name": 1, "-p": 2, "--parameter": 2}
"""Options of the command line and the number of words each takes."""


def unquoted_value_hint(argv: list[str], extra: list[str]) -> str:
    """How to quote an option's value that the shell split at its spaces, or ``""``.

    ``-p group_by AllSides Rating`` stopped with argparse's "unrecognized arguments: Rating" and no word on what to
    do (dogfood 12bp-d: a metadata column named with a space); the words left over after an option's value are taken
    as the rest of that value.

    Parameters
    ----------
    argv : list of str
        The command line's arguments, as given.
    extra : list of str
        The arguments argparse did not recognise.

    Returns
    -------
    str
        A sentence such as ``A value with spaces must be quoted: -p group_by 'AllSides Rating'.``, or ``""`` when
        the left-over words follow no option that takes a value.
    """
    import shlex

    for i, arg in enumerate(argv):
        n = _VALUE_COUNTS.get(arg)
        if n is None or i + n >= len(argv):
            continue
        end = i + 1 + n
        k = end
        while k < len(argv) and not argv[k].startswith("-"):
            k += 1
        if k > end and argv[end] in extra:
            value = " ".join(argv[end - 1:k])
            return f" A value with spaces must be quoted: {' '.join(argv[i:end - 1])} {shlex.quote(value)}."
    return ""


def main(argv: list[str] | None = None) -> int:
    """The command line ``python -m helpers.report``.

    Parameters
    ----------
    argv : list of str, optional
        The arguments (default: ``sys.argv[1:]``); ``--help`` lists them and the notebook parameters.

    Returns
    -------
    int
        The exit status: 0 on success, 1 on a :class:`ReportError` (printed on stderr), 130 when interrupted.
    """
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
    args, extra = ap.parse_known_args(argv)
    if extra:
        given = sys.argv[1:] if argv is None else list(argv)
        ap.error(f"unrecognized arguments: {' '.join(extra)}.{unquoted_value_hint(given, extra)}")
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
