"""Glue shared by every notebook: the common parameters and corpus loading.

Each notebook's ``parameters`` cell declares, with literal defaults::

    corpus = "seeds"        # folder of .txt (+ metadata.csv) or .csv/.jsonl/.json/.parquet[.gz]
    metadata = None         # metadata CSV, if not <corpus>/metadata.csv
    columns = None          # column names for a table corpus (or a folder's metadata file), e.g. {"outlet": "site"}
    on_bad = "error"        # "error" or "skip" for empty/binary files and empty rows
    output_dir = None       # where figures and CSVs go; None: figures/ for the bundled seeds,
                            # reports/notebook-runs/<corpus>-<digest>/figures for any other corpus
    group_by = "outlet"     # metadata column to compare groups by
    top_n = 15              # groups shown in plots; the rest are pooled as "(other)"
    seed = 0                # random seed
    study = "auto"          # the study: actors, labels, codebooks, validation samples (helpers.core.study);
                            # "auto": pak_afg_ttp on the bundled seeds, general on any other corpus
    engine = "pandas"       # "pandas" or "dask" (helpers.core.engine)
    scheduler = ""          # with engine "dask": "" for a local cluster, or a scheduler address

and validates them with ``P = check_params(globals(), "NN_name")`` (the
specifications are in :mod:`helpers.notebook.specs`, built on :func:`corpus_params`).
"""
from __future__ import annotations

import hashlib
import os
import re
import warnings
from pathlib import Path

import pandas as pd

from ..core import cache as _cache
from ..core.cache import CACHE_ENV
from ..core.engine import ENGINES
from ..core.paths import PROJECT_ROOT, SEEDS_DIR, resolve_path
from ..core.wording import CLI_ENV, count, noun
from ..corpus.dask_meta import DERIVED_PREFIX
from ..corpus.read import corpus_files, load_corpus, option_style
from .group_alias import add_group_alias, source_column
from .params import Param, ParameterError, closest_name

__all__ = ["COLUMN_ROLES", "CLI_ENV", "CACHE_ENV", "LOAD_PARAMETERS", "NOTEBOOK_RUNS_DIR",
           "corpus_params", "cache_key", "load_from_params", "corpus_name", "report_folder_name",
           "default_output_dir", "output_folder", "output_line", "REFERENCE_ENV", "reference_run", "quiet_warnings", "corpus_language", "dask_meta_path", "LOAD_WARNINGS",
           "replay_load_warnings", "LANGUAGE_COLUMN"]

NOTEBOOK_RUNS_DIR = PROJECT_ROOT / "reports" / "notebook-runs"
"""Where a notebook run directly (papermill, JupyterLab) on a corpus other than
the bundled seeds writes its figures when ``output_dir`` is None, so that the
committed ``figures/`` stay the seeds' reference."""

COLUMN_ROLES = ("text", "doc_id", "outlet", "title", "date")


def corpus_params(**extra: Param) -> dict:
    """The parameter specification shared by all notebooks, plus ``extra``.

    Parameters
    ----------
    **extra : Param
        The notebook's own parameters (a name given here replaces the shared one).

    Returns
    -------
    dict of str to Param
        ``corpus``, ``metadata``, ``columns``, ``on_bad``, ``output_dir``, ``group_by``, ``top_n``, ``seed``,
        ``study``, ``engine``, ``scheduler``, ``day_first``, ``periods``, then ``extra``.
    """
    spec = {
        "corpus": Param((str,), help="folder of .txt or .html files or a .csv/.tsv/.jsonl/.json/.parquet file"),
        "metadata": Param((str,), none_ok=True, help="metadata CSV path, or None"),
        "columns": Param((dict,), none_ok=True, help=f"mapping of {list(COLUMN_ROLES)} to column names of a table corpus (for a folder: of its metadata file, "
                        "text excepted), or None"),
        "on_bad": Param((str,), choices=("error", "skip"), help="what to do with empty or binary files, empty rows and broken JSON lines"),
        "output_dir": Param((str,), none_ok=True,
                            help="folder for figures and tables; None: figures/ for the seeds, "
                                 "reports/notebook-runs/<corpus>/figures otherwise"),
        "group_by": Param((str,), help="metadata column to compare by, e.g. 'outlet'"),
        "top_n": Param((int,), min=1, max=200, help="number of groups shown in plots"),
        "seed": Param((int,), min=0, max=2**32 - 1, help="random seed"),
        "study": Param((str,), help="study name in studies/ or path of a study folder (actors, labels, codebooks); "
                                    "'auto': pak_afg_ttp on the bundled seeds, general on any other corpus"),
        "engine": Param((str,), choices=ENGINES,
                        help="'pandas' (one process) or 'dask' (per-partition steps on a Dask cluster)"),
        "scheduler": Param((str,), help="with engine 'dask': '' for a local cluster, or a scheduler address "
                                        "(tcp://host:8786) or scheduler file (.json)"),
        "day_first": Param((bool,), none_ok=True,
                           help="read numeric dates such as 12/01/2023 day first (true) or month first (false); "
                                "None: decided from the dates that can be read only one way, else dotted dates "
                                "(12.01.2023) day first and others month first"),
        "periods": Param((list,), help="days that split the corpus into periods, e.g. [2018-02-14]: adds the column "
                                       "'period' (before 2018-02-14, from 2018-02-14) to compare with "
                                       "-p group_by period; [] for none"),
    }
    spec.update(extra)
    return spec


def _column_args(columns: dict | None) -> dict:
    columns = columns or {}
    unknown = sorted(set(columns) - set(COLUMN_ROLES))
    if unknown:
        raise ParameterError(f"parameter 'columns' has unknown {noun(len(unknown), 'key')} {unknown}; use {list(COLUMN_ROLES)}.")
    return {f"{k}_col": v for k, v in columns.items()}


LOAD_PARAMETERS = ("corpus", "metadata", "columns", "on_bad")
"""The parameters that change what :func:`load_from_params` returns."""


def cache_key(P: dict) -> str:
    """Key of the cached corpus for these parameters.

    It covers every input the loaded corpus depends on: the loading
    parameters (``LOAD_PARAMETERS``), the path, size and modification time of
    every corpus file (in subfolders too) and of the metadata file, the
    content of every file under ``helpers/`` (and ``studies/`` if present),
    and the Python and pandas versions (pickles are not portable across them).

    Parameters
    ----------
    P : dict
        A notebook's validated parameters (``corpus`` and, when set, ``metadata`` and the loading parameters).

    Returns
    -------
    str
        24 hexadecimal characters.
    """
    src = resolve_path(P["corpus"])
    loading = [sorted(v.items()) if isinstance(v := P.get(k), dict) else v for k in LOAD_PARAMETERS]
    files = corpus_files(src)[0] if src.is_dir() else [src]
    if P.get("metadata"):
        files = [*files, resolve_path(P["metadata"])]
    stamps = [f"{p}:{st.st_size}:{st.st_mtime_ns}" for p in files if p.exists() and (st := p.stat())]
    return _cache.cache_key("corpus", str(src), loading, stamps)


def load_from_params(P: dict) -> pd.DataFrame:
    """Load the corpus named by a notebook's validated parameters.

    Checks that ``group_by`` is a column of the corpus. Uses the cache folder
    named by ``NEWS_CACHE_DIR`` when set.

    With ``engine="dask"`` the corpus is loaded in partitions into a Parquet
    store (:mod:`helpers.corpus.dask_corpus`) and the table returned holds
    the *metadata* of every article, not its text
    (:func:`helpers.corpus.dask_meta.read_meta`, ``attrs["metadata_only"]``):
    every column of ``load_corpus`` but ``raw``, ``text``, ``removed`` and
    ``spans``, plus ``_n_paragraphs``, ``_removed_words``, ``_removed_rules``,
    ``_language`` (:data:`LANGUAGE_COLUMN`) and ``_raw_sha256_16``, computed per partition on the cluster (private
    names: a corpus's own columns keep theirs, :func:`derived_columns`). The text of
    chosen articles is read from the store when needed
    (:func:`helpers.corpus.dask_meta.fetch_rows`), so the notebook's memory
    does not grow with the length of the articles.

    Parameters
    ----------
    P : dict
        A notebook's validated parameters (:func:`helpers.notebook.params.check_params`): ``corpus``,
        ``group_by`` and optionally ``metadata``, ``columns``, ``on_bad``, ``engine``, ``scheduler``.

    Returns
    -------
    DataFrame
        The corpus table (:func:`load_corpus`), or its metadata table with ``engine="dask"``.

    Raises
    ------
    ParameterError
        For bad ``columns`` keys or a ``group_by`` that is not a column.
    CorpusError
        For any problem with the corpus itself (see :func:`load_corpus`).
    """
    kwargs = _column_args(P.get("columns"))
    path = _cache.cache_path("corpus", cache_key(P)) if _cache.cache_dir() is not None else None
    if P.get("engine", "pandas") == "dask":
        return _with_engine(_merge_group_case(add_group_alias(_with_periods(_load_dask(P, path), P), P), P), P)
    corpus = _cache.read_cached(path)
    if corpus is not None:
        replay_load_warnings(corpus)  # a cached corpus says what loading it said (dogfood 12bg-d)
        _check_group_by(corpus, source_column(P), _derived(P))
        return _with_engine(_merge_group_case(add_group_alias(_with_periods(corpus, P), P), P), P)
    with option_style("cli" if os.environ.get(CLI_ENV) else "notebook"), _recorded() as said:
        corpus = load_corpus(P["corpus"], metadata=P.get("metadata"), on_bad=P.get("on_bad", "error"), **kwargs)
    corpus.attrs[LOAD_WARNINGS] = said
    _check_group_by(corpus, source_column(P), _derived(P))
    _check_some_text(corpus)
    if path is not None:
        corpus.attrs["cache_key"] = path.stem
        _cache.write_cached(path, corpus)
    return _with_engine(_merge_group_case(add_group_alias(_with_periods(corpus, P), P), P), P)


LOAD_WARNINGS = "load_warnings"
"""Key of a loaded corpus's ``attrs`` that holds the corpus warnings given while reading it, as
``(category name, message, filename, lineno)`` (text and numbers only, so that a table carrying them can still
be described by content, :func:`helpers.core.cache.content_digest`): :func:`replay_load_warnings` gives them again when the table comes from
the cache, so that a second run of a report says what the first said (dogfood 12bg-d: it lost the skipped file, the
files without a metadata row and the duplicate bodies)."""


class _recorded:
    """Record the corpus warnings given inside the block (and give every warning on, as it would have been)."""

    def __enter__(self) -> list:
        self._catch = warnings.catch_warnings(record=True)
        self._caught = self._catch.__enter__()
        self.said: list = []
        return self.said

    def __exit__(self, *exc) -> bool:
        from ..corpus.sources import CorpusWarning

        self._catch.__exit__(*exc)
        for w in self._caught:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            if issubclass(w.category, CorpusWarning):
                self.said.append((w.category.__name__, str(w.message), str(w.filename), int(w.lineno)))
        return False


def replay_load_warnings(corpus: pd.DataFrame) -> None:
    """Give again the corpus warnings recorded when ``corpus`` was read (:data:`LOAD_WARNINGS`).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table (or the dask engine's metadata table) read from the cache.
    """
    from ..corpus import dates  # noqa: F401  (defines DateOrderWarning)
    from ..corpus.sources import CorpusWarning

    kinds, todo = {}, [CorpusWarning]
    while todo:
        c = todo.pop()
        kinds[c.__name__] = c
        todo.extend(c.__subclasses__())
    for name, message, filename, lineno in corpus.attrs.get(LOAD_WARNINGS, []):
        warnings.warn_explicit(message, kinds.get(name, CorpusWarning), filename, lineno)


def dask_meta_path(path: Path) -> Path:
    """Where the dask engine caches a corpus's metadata table, beside the pandas cache file ``path``.

    Parameters
    ----------
    path : Path
        The corpus's cache file (``helpers.core.cache.cache_path("corpus", key)``).

    Returns
    -------
    Path
        ``meta-<name>`` in the same folder: written once the corpus's Parquet store is finished, so its presence
        says the store is complete (the report runner waits for it before starting notebooks side by side).
    """
    return path.with_name(f"meta-{path.name}")


def _load_dask(P: dict, path: Path | None) -> pd.DataFrame:
    """The metadata table of the corpus (see :func:`load_from_params`), cached beside its store."""
    from ..core.engine import get_client
    from ..corpus import dask_corpus
    from ..corpus.dask_meta import read_meta

    meta_path = None if path is None else dask_meta_path(path)
    meta = _cache.read_cached(meta_path)
    if meta is not None and Path(meta.attrs.get("dask_store", "")).is_dir():
        replay_load_warnings(meta)
        _check_group_by(meta, source_column(P), _derived(P))
        return meta
    store = path.with_name(f"dask-{path.stem}") if path is not None else _process_store()
    client = get_client(P.get("scheduler", ""))
    with option_style("cli" if os.environ.get(CLI_ENV) else "notebook"), _recorded() as said:
        dask_corpus.load_corpus_dask(P["corpus"], client, metadata=P.get("metadata"), columns=P.get("columns"),
                                     on_bad=P.get("on_bad", "error"), store=store, gather=False,
                                     block_bytes=dask_corpus.BLOCK_BYTES)
        meta = read_meta(store, client, derive=derived_columns)
        _check_group_by(meta, source_column(P), _derived(P))
        if len(meta) and not (meta["n_words"] > 0).any():
            from ..corpus.dask_meta import fetch_rows

            _check_some_text(fetch_rows(meta, meta["doc_id"].head(1000), client))
        _warn_emptied_dask(meta, client)
        if "n_words" in meta.columns:
            from ..corpus.read import warn_outsized

            warn_outsized(meta["doc_id"], meta["n_words"], meta.attrs.get("source", "the corpus"))
    meta.attrs[LOAD_WARNINGS] = said
    if meta_path is not None:
        meta.attrs["cache_key"] = path.stem
        _cache.write_cached(meta_path, meta)
    return meta


def _warn_emptied_dask(meta: pd.DataFrame, client) -> None:
    """The pandas loader's warning about articles that cleaning emptied, from the metadata table and a few rows."""
    if "n_removed_lines" not in meta.columns:
        return
    emptied = (meta["n_words"] == 0) & (meta["n_removed_lines"] > 0)
    if not emptied.any() or emptied.all():
        return
    from ..corpus.dask_meta import fetch_rows
    from ..corpus.read import _warn_emptied

    rows = fetch_rows(meta, meta.loc[emptied, "doc_id"].head(1000), client, heavy=["raw", "text", "removed"])
    _warn_emptied(rows, meta.attrs.get("source", "the corpus"), total=len(meta), n=int(emptied.sum()))


def _process_store() -> Path:
    """A store folder for this process when no cache folder is set, removed when the process ends."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="news-dask-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


LANGUAGE_COLUMN = DERIVED_PREFIX + "language"
"""The language code of each article in the ``dask`` engine's metadata table (:func:`derived_columns`): private, so
that it never overwrites a corpus's own ``language`` column (dogfood 12bo-e)."""


def derived_columns(part: pd.DataFrame) -> pd.DataFrame:
    """The per-article columns the notebooks need from the text, computed on a worker for one partition.

    Every name begins with :data:`helpers.corpus.dask_meta.DERIVED_PREFIX`, so that a corpus's own columns keep
    their values (dogfood 12bo-e for ``language``; round 12bp-m for the others, which overwrote a corpus's
    ``removed_rules``, ``n_paragraphs``, ``removed_words`` or ``raw_sha256_16`` with ``engine="dask"`` only).

    Parameters
    ----------
    part : DataFrame
        One partition as ``load_corpus`` columns (``text``, ``raw``, ``removed``).

    Returns
    -------
    DataFrame
        One row per row of ``part`` (index 0..n-1): ``_n_paragraphs``, ``_removed_words`` and ``_removed_rules``
        (:func:`helpers.notebook.overview.removal_columns` under :data:`helpers.notebook.overview.METADATA_REMOVAL`
        names), :data:`LANGUAGE_COLUMN` (:func:`helpers.text.language.language_of`) and the fingerprint of ``raw``
        that validation samples are matched by (:data:`helpers.notebook.narrative.FINGERPRINT_COLUMN`).
    """
    from ..text.language import language_of
    from .narrative import FINGERPRINT_COLUMN, text_fingerprint
    from .overview import METADATA_REMOVAL, removal_columns

    out = removal_columns(part).rename(columns=METADATA_REMOVAL)
    out[LANGUAGE_COLUMN] = [language_of(t)[0] for t in part["text"]] if len(part) else pd.Series(dtype=object)
    out[FINGERPRINT_COLUMN] = part["raw"].map(text_fingerprint).astype(object)
    return out.reset_index(drop=True)


def corpus_language(articles: pd.DataFrame):
    """:func:`helpers.text.language.detect_language` of a corpus table, also of a metadata table (its ``language`` column).

    Parameters
    ----------
    articles : DataFrame
        A corpus table with ``text``, or a metadata table with :data:`LANGUAGE_COLUMN` (language codes computed
        per partition).

    Returns
    -------
    LanguageReport
    """
    from ..text.language import detect_language, report_from_codes

    if "text" not in articles.columns and LANGUAGE_COLUMN in articles.columns:
        return report_from_codes(articles[LANGUAGE_COLUMN])
    return detect_language(articles["text"])


def _merge_group_case(corpus: pd.DataFrame, P: dict) -> pd.DataFrame:
    """The corpus with the ``group_by`` column's case variants merged (:func:`merge_case_variants`), said in a
    warning that names each merge; outlets were merged while the corpus was read (dogfood 12bp-d)."""
    from ..corpus.groups import case_merge_note, merge_case_variants
    from ..corpus.sources import CorpusWarning

    col = P["group_by"]
    if col == "outlet" or col not in corpus.columns:
        return corpus
    merged, merges = merge_case_variants(corpus[col])
    if not merges:
        return corpus
    warnings.warn(case_merge_note(source_column(P), merges), CorpusWarning, stacklevel=3)
    out = corpus.assign(**{col: merged})
    out.attrs = dict(corpus.attrs)
    return out


def _with_engine(corpus: pd.DataFrame, P: dict) -> pd.DataFrame:
    """Record the engine in ``attrs``: :func:`helpers.corpus.segment.segment` then splits on the cluster; and the
    ``day_first`` parameter with the file and column of the dates, read by :func:`helpers.corpus.dates.parse_dates`
    (its warning then names them and this parameter, dogfood 12bf-d)."""
    from ..corpus.read import date_options

    corpus.attrs["engine"] = P.get("engine", "pandas")
    corpus.attrs["scheduler"] = P.get("scheduler", "")
    where = corpus.attrs.get("dates", {}).get("where") or f"{corpus.attrs.get('source', P['corpus'])}, column 'date'"
    with option_style("cli" if os.environ.get(CLI_ENV) else "notebook"):
        corpus.attrs["dates"] = date_options(where, P.get("day_first"))
    return corpus


def _check_some_text(corpus: pd.DataFrame) -> None:
    """Stop with a clear message when cleaning left no article with any body text."""
    if len(corpus) and not (corpus["n_words"] > 0).any():
        from collections import Counter

        from ..corpus.read import CorpusError

        rules = Counter(r["rule"] for removed in corpus["removed"] for r in removed).most_common(3)
        if [r for r, _ in rules] == ["markup"]:  # HTML stored in a text column: removed whole as markup
            what = ("The text is HTML markup: give a table's HTML in a column named 'html' (read as web pages) "
                    "or save the pages as .html files")
        else:
            what = "Check that the files hold the articles and not only page furniture (menus, promos)"
        raise CorpusError(
            f"{corpus.attrs.get('source', 'the corpus')}: no article has any body text after cleaning "
            f"({count(len(corpus), 'article')}; every line was removed as site furniture, most often by the rules "
            f"{[r for r, _ in rules]}). {what}; load_corpus(..., clean=False) in Python shows every line."
        )


def _derived(P: dict) -> tuple[str, ...]:
    """Columns the parameters add to the corpus after loading (``-p periods``: ``period``)."""
    from ..corpus.dates import PERIOD_COLUMN

    return (PERIOD_COLUMN,) if P.get("periods") else ()


def _with_periods(corpus: pd.DataFrame, P: dict) -> pd.DataFrame:
    """The corpus with the column ``period`` from ``-p periods`` (:func:`helpers.corpus.dates.period_labels`), a new
    table (the cached one is not changed); a corpus with its own ``period`` column is refused, naming both ways out."""
    from ..corpus.dates import PERIOD_COLUMN, period_labels

    if not P.get("periods"):
        return corpus
    if PERIOD_COLUMN in corpus.columns:
        how = "-p periods" if os.environ.get(CLI_ENV) else "the parameter periods"
        raise ParameterError(f"{how} adds the column {PERIOD_COLUMN!r}, but the corpus has its own {PERIOD_COLUMN!r} "
                             f"column: compare by it with group_by {PERIOD_COLUMN} and leave {how} out, or rename it "
                             "in the file.")
    if "date" not in corpus.columns:
        raise ParameterError("parameter 'periods' splits the articles by their dates, but the corpus has no date "
                             "column: name it with -p columns '{date: <column name>}'.")
    out = corpus.assign(**{PERIOD_COLUMN: period_labels(corpus["date"], P["periods"], P.get("day_first")).to_numpy()})
    out.attrs = {**corpus.attrs, "periods": [str(d) for d in P["periods"]]}  # the notes say why a period is missing
    return out


def _check_group_by(corpus: pd.DataFrame, group_by: str, derived: tuple[str, ...] = ()) -> None:
    if group_by not in corpus.columns and group_by not in derived:
        from ..corpus.read import corpus_columns

        choices = ["outlet", *corpus_columns(corpus)]
        how = "-p group_by <column>" if os.environ.get(CLI_ENV) else "the parameter group_by"
        read_as = [role for role, col in (corpus.attrs.get("columns") or {}).items()
                   if col == group_by and role in corpus.columns]
        if read_as:  # the file's column was read as the outlet (or date, title): it is known by that name now
            how = f"-p group_by {read_as[0]}" if os.environ.get(CLI_ENV) else f'group_by = "{read_as[0]}"'
            raise ParameterError(
                f"parameter 'group_by' is {group_by!r}: that column of the file was read as the {read_as[0]} "
                f"and is called {read_as[0]!r} in the corpus; use {how}."
            )
        periods = ""
        if _PERIOD_NAME.fullmatch(str(group_by).strip()):  # the periods notebook 01 makes are no column (dogfood 12bm-d)
            split = ("-p periods '[2018-02-14]'" if os.environ.get(CLI_ENV) else 'periods = ["2018-02-14"]')
            periods = (" Periods of publication are not a column: notebook 01 compares them by itself (its sections "
                       "'Prevalence over time' and 'Topics over time within each group', from the dates). To compare "
                       f"every measure before and after a day, give {split} (the first day of each new period) "
                       "and group by 'period'; for years or another division, add a column holding it (e.g. year, "
                       f"from the date) to the corpus and use {how}.")
        hint = closest_name(group_by, choices)
        if hint and os.environ.get(CLI_ENV):  # the command to type, quoted when the name has spaces (12bp-d)
            import difflib
            import shlex

            best = difflib.get_close_matches(group_by, sorted(choices), n=1, cutoff=0.6)[0]
            hint += f" Give it as -p group_by {shlex.quote(best)}."
        raise ParameterError(
            f"parameter 'group_by' is {group_by!r}, which is not a column of this corpus. "
            f"Choose one of {choices} with {how}." + periods + hint
        )


_PERIOD_NAME = re.compile(r"(date_?)?(period|year|month|quarter|week|decade)s?", re.I)
"""Names of periods a user may try to group by (``date_period``, the column notebook 01 derives and the index names)."""


def corpus_name(corpus: str) -> str:
    """A short display name for a corpus path: the file or folder name without extensions.

    Parameters
    ----------
    corpus : str
        The corpus path as given.

    Returns
    -------
    str
        The last path component without ``.gz``, ``.csv``, ``.tsv``, ``.jsonl``, ``.ndjson``, ``.json`` or
        ``.parquet``;
        "corpus" when nothing is left.
    """
    name = Path(str(corpus).rstrip("/")).name
    for suf in (".gz", ".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"):
        if name.lower().endswith(suf):
            name = name[: -len(suf)]
    return name or "corpus"


def report_folder_name(corpus: str | Path) -> str:
    """Folder name for a corpus's outputs: ``seeds`` for the bundled seeds, else ``<name>-<digest of its path>``.

    Two corpora with the same folder name in different places never share a
    folder, and the same corpus always gets the same one.

    Parameters
    ----------
    corpus : str or Path
        The corpus path (relative paths are taken from the project root).

    Returns
    -------
    str
        "seeds", or the :func:`corpus_name` (characters other than letters, digits, "_", "." and "-" replaced,
        at most 60) followed by "-" and 8 hexadecimal characters of the SHA-256 of the resolved path.
    """
    path = resolve_path(corpus).resolve()
    if path == SEEDS_DIR.resolve():
        return "seeds"
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", corpus_name(str(path))).strip("._-")[:60] or "corpus"
    return f"{stem}-{hashlib.sha256(str(path).encode()).hexdigest()[:8]}"


REFERENCE_ENV = "NEWS_REFERENCE_RUN"
"""Set by the runs that write the committed reference ``figures/`` (``make notebooks``, the runner's ``--reference``,
and the test suite's nbval run, through the project's ``conftest.py``). Review s79-G: a notebook of the project edited
and saved in JupyterLab with ``top_n = 2`` still overwrote ``figures/``; without this flag a run on the bundled seeds
writes to ``reports/notebook-runs/seeds/figures``."""


def reference_run() -> bool:
    """Whether this process writes the committed reference (:data:`REFERENCE_ENV` is set).

    Returns
    -------
    bool
    """
    return os.environ.get(REFERENCE_ENV, "").strip() == "1"  # review s79-I: "0" had switched it on too


def output_folder(output_dir: str | None, corpus: str | Path) -> str:
    """The folder a notebook writes to, from its ``output_dir`` parameter.

    Parameters
    ----------
    output_dir : str or None
        The parameter as given.
    corpus : str or Path
        The corpus (for the default).

    Returns
    -------
    str
        None: :func:`default_output_dir` (``figures`` only in a reference run). A relative path: outside a reference
        run, from the current folder (review s79-G: ``-p output_dir .`` from the folder papermill ran in filled the
        project's root, ``figures`` rewrote the reference), as an absolute path. An absolute path: itself.

    Raises
    ------
    ParameterError
        Outside a reference run, when the folder is the project's ``figures/``, the project's own folder, or inside
        the corpus folder, the folder that holds a corpus file (unless that is the project's folder) or the bundled
        seeds.
    """
    from .params import ParameterError

    if output_dir is None:
        return default_output_dir(corpus)
    p = Path(output_dir).expanduser()
    if reference_run():
        return str(p)
    folder = p if p.is_absolute() else Path.cwd() / p
    where = folder.resolve()
    if where == (PROJECT_ROOT / "figures").resolve():
        raise ParameterError(f"output_dir {str(output_dir)!r} is the project's figures/, the committed reference that "
                             "make notebooks writes and the tests read: give another folder (or leave output_dir at "
                             "None).")
    if where == PROJECT_ROOT.resolve():
        raise ParameterError(f"output_dir {str(output_dir)!r} is the project's own folder: give a folder of its own "
                             "(or leave output_dir at None).")
    for c in ([resolve_path(corpus).resolve()] if str(corpus) else []) + [SEEDS_DIR.resolve()]:
        if c.is_dir() and where.is_relative_to(c):  # review s79-I: "-p output_dir seeds" wrote into the seeds
            raise ParameterError(f"output_dir {str(output_dir)!r} is inside the corpus folder {str(c)!r}: nothing is "
                                 "ever written into a corpus; give a folder outside it.")
        if c.is_file() and c.parent != PROJECT_ROOT.resolve() and where.is_relative_to(c.parent):  # review s80-A
            raise ParameterError(f"output_dir {str(output_dir)!r} is inside the folder {str(c.parent)!r} that holds "
                                 f"the corpus file {c.name!r}: a later run on that folder would read these outputs as "
                                 "articles. Give a folder outside it (or leave output_dir at None), or move the "
                                 "corpus file into a folder of its own.")
    return str(folder)


def output_line(P: dict) -> str:
    """One line saying where a notebook's figures and tables go (review s79-F: a student could not find them).

    Parameters
    ----------
    P : dict
        The checked parameters, with ``output_dir`` filled in.

    Returns
    -------
    str
        "Figures and tables of this run: <folder>/ (parameter output_dir)." with the absolute folder; in a reference
        run the folder relative to the project root (the stored outputs name no machine's path); "" in a run of the
        report runner, whose index lists its folder.
    """
    if os.environ.get(CLI_ENV):
        return ""
    folder = resolve_path(P["output_dir"]).resolve()
    if reference_run():  # the stored outputs name no machine's path
        shown = (folder.relative_to(PROJECT_ROOT.resolve()).as_posix() if folder.is_relative_to(PROJECT_ROOT.resolve())
                 else folder.name)
        return (f"Figures and tables of this run: {shown}/ (parameter output_dir; the committed reference that make "
                "notebooks writes and the tests read).")
    return f"Figures and tables of this run: {folder.as_posix()}/ (parameter output_dir)."


def default_output_dir(corpus: str | Path) -> str:
    """The ``output_dir`` used when the parameter is None.

    ``figures`` (the committed reference) for the bundled seeds in a reference run (:func:`reference_run`),
    ``reports/notebook-runs/seeds/figures`` for them in any other run; for any other
    corpus ``reports/notebook-runs/<report_folder_name>/figures``, so a
    notebook run directly on another corpus never overwrites the reference.

    Parameters
    ----------
    corpus : str or Path
        The corpus path.

    Returns
    -------
    str
        The folder, relative to the project root.
    """
    name = report_folder_name(corpus)
    if name == "seeds":
        return "figures" if reference_run() else str((NOTEBOOK_RUNS_DIR / "seeds" / "figures").relative_to(PROJECT_ROOT))
    return str((NOTEBOOK_RUNS_DIR / name / "figures").relative_to(PROJECT_ROOT))


def quiet_warnings() -> None:
    """Hide third-party deprecation noise that would make stored outputs unstable.

    Corpus warnings (:class:`helpers.CorpusWarning`) are left on.
    """
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
