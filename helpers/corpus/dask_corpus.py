"""Load a corpus in partitions on a Dask cluster: the ``engine="dask"`` path of the loader.

The result is the table :func:`helpers.corpus.load_corpus` returns, row for
row and column for column; only the work is spread. The corpus is cut into
partitions (:func:`corpus_partitions`): blocks of about :data:`BLOCK_BYTES`
of a JSON Lines file, row groups of a Parquet file, whole CSV or compressed
files, :data:`PARTITION_FILES` files of a folder; a glob (``news/*.jsonl``)
gives the partitions of every file it matches, in name order. Then:

1. every partition is read and each of its articles cleaned on a worker
   (the expensive step); the result is written as Parquet (``clean/``);
2. the site templates, which depend on every article of an outlet, are
   found from per-partition counts of short lines (each distinct article
   counted once, the first copy in corpus order, as in
   :mod:`helpers.corpus.templates`) summed on the client;
3. every partition is finished on a worker with those templates (template
   lines removed, word counts, body keys) and written as Parquet
   (``final/part-NNNNN.parquet``), the store the notebooks of one run share;
4. the client reads the final parts, marks duplicate bodies, merges outlet
   names and sorts by ``doc_id``, exactly as the pandas loader does.

The store is ``<cache folder>/dask-<cache key>/`` when a cache folder is set
(the report runner sets one, so the notebooks of one report load it once),
else a temporary folder removed after loading. Columns holding lists or
dicts (``spans``, ``removed``, ...) are stored as JSON text.

Limits (documented, checked): a ``metadata`` file is accepted only for a
folder of ``.txt`` files; :func:`load_corpus_dask` returns the whole table
(memory grows with the corpus), while the notebooks read only the metadata
and the text of a sample (``gather=False`` and :mod:`helpers.corpus.dask_meta`); warnings
raised while a partition is read (skipped files, files without a metadata
row) stay in the worker (the skipped items are in ``attrs["skipped"]``), except the one warning per file for JSON
lines left out with ``on_bad="skip"``, given by the client as the pandas loader gives it.
"""
from __future__ import annotations

import glob
import io
import json
import shutil
import tempfile
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from ..core.engine import EngineError
from ..core.paths import PROJECT_ROOT, did_you_mean
from . import html as H
from . import read as C
from . import tables as T
from .sources import _OPTION_STYLE, warn_skipped

__all__ = ["BLOCK_BYTES", "PARTITION_FILES", "STORE_DONE", "corpus_partitions", "load_corpus_dask", "read_store",
           "read_part", "partition_sizes"]

BLOCK_BYTES = 16 * 2**20
"""Bytes of a JSON Lines file per partition (about 2,500 articles of 6 kB)."""
PARTITION_FILES = 2000
"""Files of a corpus folder per partition."""
_GLOB_CHARS = set("*?[")
STORE_DONE = "done.json"


def _expand(source: str | Path) -> list[Path] | Path:
    """The path of ``source``, or the sorted files of a glob pattern."""
    text = str(source)
    if not _GLOB_CHARS & set(text):
        return C.resolve_path(source)
    pattern = text if Path(text).expanduser().is_absolute() else str(PROJECT_ROOT / text)
    files = sorted(Path(p) for p in glob.glob(str(Path(pattern).expanduser()), recursive=True) if Path(p).is_file())
    if not files:
        raise C.CorpusError(f"corpus pattern {text!r} matches no file. Check the pattern (relative paths are "
                            "taken from the project root), e.g. 'data/news-*.jsonl'.")
    return files


def _file_partitions(path: Path, block_bytes: int) -> list[dict]:
    kind = T._table_kind(path)
    gz = path.name.lower().endswith(".gz")
    if kind in (".jsonl", ".ndjson") and not gz:
        size = path.stat().st_size
        return [{"kind": "jsonl", "path": str(path), "start": a, "end": min(a + block_bytes, size)}
                for a in range(0, max(size, 1), block_bytes)]
    if kind == ".parquet" and not gz:
        import pyarrow.parquet as pq

        n = pq.ParquetFile(path).num_row_groups
        return [{"kind": "parquet", "path": str(path), "group": g} for g in range(max(n, 1))]
    return [{"kind": "table", "path": str(path)}]


def corpus_partitions(source: str | Path, block_bytes: int = BLOCK_BYTES,
                      files_per_partition: int = PARTITION_FILES) -> list[dict]:
    """The partitions a corpus is read in.

    Parameters
    ----------
    source : str or Path
        A folder of ``.txt``/``.html`` files, a ``.jsonl``/``.csv``/``.tsv``/``.parquet``
        file (optionally ``.gz``), or a glob pattern of such files.
    block_bytes : int
        Bytes per partition of an uncompressed JSON Lines file.
    files_per_partition : int
        Files per partition of a folder.

    Returns
    -------
    list of dict
        One dict per partition (``kind`` and where to read it), in corpus order.

    Raises
    ------
    CorpusError
        For a missing path, a pattern matching nothing, an unknown file type
        or a folder without article files.
    """
    if block_bytes < 1 or files_per_partition < 1:
        raise ValueError("block_bytes and files_per_partition must be positive.")
    where = _expand(source)
    if isinstance(where, list):
        return [p for f in where for p in _file_partitions(f, block_bytes)]
    if not where.exists():
        raise C.CorpusError(f"corpus {str(where)!r} does not exist.{did_you_mean(source)} Give a folder of .txt or "
                            ".html files, a "
                            ".csv, .tsv (tab-separated), .jsonl, .json or .parquet file or a glob pattern of them.")
    if where.is_file():
        return _file_partitions(where, block_bytes)
    every, links = C.corpus_files(where)
    warn_skipped(links, where, stacklevel=3)
    files = [p for p in every if p.suffix.lower() == ".txt" or H.is_html_name(p.name)]
    if not files:
        C._folder_frame(where, None, "error")  # raises the loader's message for a folder without articles
    stems = pd.Series([H.html_stem(p.name) if H.is_html_name(p.name) else p.stem for p in files])
    clash = sorted(set(stems[stems.duplicated(keep=False)]))
    return [{"kind": "folder", "path": str(where), "files": [str(f) for f in files[i:i + files_per_partition]],
             "clash": clash} for i in range(0, len(files), files_per_partition)]


def partition_sizes(parts: list[dict]) -> list[int]:
    """Bytes to read per partition (for logs and benchmarks).

    Parameters
    ----------
    parts : list of dict
        Partitions as the store's reader plans them (``kind`` "jsonl" with ``start``/``end`` byte offsets,
        "folder" with ``files``, or another kind with one ``path``).

    Returns
    -------
    list of int
        The bytes of each partition, in order.
    """
    out = []
    for p in parts:
        if p["kind"] == "jsonl":
            out.append(p["end"] - p["start"])
        elif p["kind"] == "folder":
            out.append(sum(Path(f).stat().st_size for f in p["files"]))
        else:
            out.append(Path(p["path"]).stat().st_size)
    return out


def _jsonl_block(path: Path, start: int, end: int, on_bad: str = "error") -> pd.DataFrame:
    """The JSON lines that start in bytes [start, end) of the file (with ``on_bad="skip"``, those that cannot be read
    are left out and listed in ``attrs["bad_lines"]`` with their line numbers in the file)."""
    with open(path, "rb") as fh:
        if start > 0:
            fh.seek(start - 1)
            fh.readline()  # the rest of a line begun before the block belongs to the previous block
        begin = fh.tell()
        chunks = []
        while fh.tell() < end:
            line = fh.readline()
            if not line:
                break
            chunks.append(line)
    data = b"".join(chunks)
    if start == 0 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        return pd.DataFrame()
    try:
        return T.arrow_json_lines(io.BytesIO(data))  # dates as written, as the loader reads them
    except Exception:  # noqa: BLE001 - as the loader: fall back to the line-by-line reader with its messages
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
            tmp.write(data)
            tmp.flush()
            return T._read_jsonl(Path(tmp.name), shown=path, first_line=_lines_before(path, begin) + 1,
                                 on_bad=on_bad)


def _warn_bad_lines(skipped: list[dict]) -> None:
    """One warning per file for its JSON lines left out (``on_bad="skip"``), as the pandas loader gives: the blocks of a
    file are read apart, in workers whose warnings the user does not see (dogfood 12bq-e)."""
    files: dict[str, list[dict]] = {}
    for s in skipped:
        if "line" in s:
            files.setdefault(s["source"], []).append({"line": s["line"], "reason": s["reason"]})
    for source, bad in files.items():
        warnings.warn(T.bad_lines_skipped(source, bad)[1], C.CorpusWarning, stacklevel=4)


def _lines_before(path: Path, pos: int) -> int:
    """Lines of the file that end before byte ``pos`` (a block's first line is this plus one)."""
    n = 0
    with open(path, "rb") as fh:
        while pos > 0:
            chunk = fh.read(min(pos, 1 << 20))
            if not chunk:
                break
            n += chunk.count(b"\n")
            pos -= len(chunk)
    return n


def _read_partition(part: dict, cols: dict, on_bad: str, meta_path: str | None, found: dict | None = None):
    """(frame before cleaning, skipped items, column mapping) of one partition; ``found`` is given, for a table, the
    rows of the partition and the position of each article in them, and the content keys of its articles when their
    ids are made from content (see :func:`helpers.corpus.tables._table_frame`): the client checks the ids over the
    whole corpus."""
    path = Path(part["path"])
    if part["kind"] == "folder":
        df, skipped = C._folder_frame(path, Path(meta_path) if meta_path else None, on_bad,
                                      part=[Path(f) for f in part["files"]], clash=set(part["clash"]), cols=cols)
        return df, skipped, {"text": "<file content>", "doc_id": "<file stem>", **df.attrs.get("columns", {})}
    if part["kind"] == "jsonl":
        table = _jsonl_block(path, part["start"], part["end"], on_bad)
    elif part["kind"] == "parquet":
        import pyarrow.parquet as pq

        table = pq.ParquetFile(path).read_row_group(part["group"]).to_pandas()
    else:
        table = T._read_table(path, on_bad)
    if table.empty:  # no line of this block could be read: its lines are still counted as left out
        return pd.DataFrame(columns=["doc_id", "raw"]), T.bad_lines_skipped(str(path), table.attrs.get("bad_lines", []))[0], None
    df, skipped, mapping = C._table_frame(path, cols, on_bad, table=table, found=found)
    return df, skipped, mapping


# --------------------------------------------------------------------------
# Parquet with nested columns as JSON text

_NESTED = "_nested_json"


def _write(df: pd.DataFrame, path: Path) -> None:
    nested = [c for c in df.columns if df[c].dtype == object and df[c].map(lambda v: isinstance(v, (list, dict))).any()]
    out = df.assign(**{c: [json.dumps(v, ensure_ascii=False) for v in df[c]] for c in nested})
    out.attrs = {}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    out.to_parquet(tmp, index=False)
    import pyarrow.parquet as pq

    table = pq.read_table(tmp)
    meta = {**(table.schema.metadata or {}), _NESTED.encode(): json.dumps(nested).encode()}
    pq.write_table(table.replace_schema_metadata(meta), path)
    tmp.unlink()


def read_part(path: Path, columns: list[str] | None = None, doc_ids=None) -> pd.DataFrame:
    """One Parquet part of a store as a DataFrame, with its nested columns (lists, spans) restored.

    Parameters
    ----------
    path : Path
        A part written by the loader.
    columns : list of str, optional
        Only these columns (default: all).
    doc_ids : iterable of str, optional
        Only the rows of these articles (in part order). They are chosen before
        the nested columns are decoded, so a few rows of a part cost little.

    Returns
    -------
    DataFrame
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=columns)
    nested = json.loads((table.schema.metadata or {}).get(_NESTED.encode(), b"[]"))
    if doc_ids is not None:
        ids = table.column("doc_id").cast(pa.string())
        table = table.filter(pc.is_in(ids, value_set=pa.array(sorted(set(map(str, doc_ids))), type=pa.string())))
    df = table.to_pandas()
    for c in nested:
        if c in df.columns:
            values = [json.loads(v) for v in df[c]]
            if c.endswith("spans"):
                values = [[tuple(s) for s in v] for v in values]
            df[c] = pd.Series(values, index=df.index, dtype=object)
    return df


# --------------------------------------------------------------------------
# the three steps run on the workers

_LIST_COLS = {k: f"_clean_{k}" for k in C.CLEAN_LISTS}


def _step_clean(i: int, part: dict, store: str, cols: dict, on_bad: str, meta_path: str | None, clean: bool,
                style: str = "python") -> dict:
    """Read and clean one partition; write it; return what the client needs (ids, first copies).

    ``style``: the caller's :func:`helpers.corpus.sources.option_style`, which a worker does not inherit (its errors
    said "pass outlet_col=..." and "on_bad='skip'" to a user of ``-p engine dask``, dogfood 12bq-d).
    """
    from .sources import option_style
    from .templates import _signature

    found: dict = {}
    with option_style(style):
        df, skipped, mapping = _read_partition(part, cols, on_bad, meta_path, found)
    unlisted = df.attrs.get("unlisted")  # files of this partition without a metadata row (dogfood 12bf-d)
    lists = C._clean_rows(df, clean) if len(df) else {k: [] for k in C.CLEAN_LISTS}
    _write(df.assign(**{_LIST_COLS[k]: pd.Series(v, index=df.index, dtype=object) for k, v in lists.items()}),
           Path(store) / "clean" / f"part-{i:05d}.parquet")
    groups = C.template_groups(df)  # the outlet, else the site a page names (dogfood 12bg-d)
    firsts = {}
    if clean:
        for pos, (raw, sp, g) in enumerate(zip(df["raw"], lists["spans"], groups)):
            sig = _signature(raw, sp)
            if sig is not None and (g, sig) not in firsts:
                firsts[(g, sig)] = pos
    return {"i": i, "n": len(df), "doc_ids": df["doc_id"].astype(str).tolist(), "skipped": skipped,
            "mapping": mapping, "firsts": [(g, s, p) for (g, s), p in firsts.items()], "unlisted": unlisted,
            "content_keys": found.get("keys", []), "rows": found.get("rows"), "n_rows": found.get("n_rows", 0),
            "files": df["file"].astype(str).tolist() if "file" in df.columns else None}


def _step_count(i: int, store: str, owned: list[int]) -> Counter:
    """Short-line counts per (outlet, line) over the articles of this partition that count (first copies)."""
    from .templates import _unit_keys

    if not owned:
        return Counter()
    path = Path(store) / "clean" / f"part-{i:05d}.parquet"
    import pyarrow.parquet as pq

    names = pq.read_schema(path).names
    df = read_part(path, columns=[c for c in ("outlet", "_page_site_name", "raw", _LIST_COLS["spans"]) if c in names])
    groups = C.template_groups(df)
    spans = df[_LIST_COLS["spans"]].tolist()
    raws = df["raw"].tolist()
    out: Counter = Counter()
    for pos in owned:
        for k in {k for k in _unit_keys(raws[pos], spans[pos]) if k is not None}:
            out[(groups[pos], k)] += 1
    return out


def _step_finish(i: int, store: str, clean: bool, templates: dict, ids: list[str] | None) -> int:
    """Apply the corpus's site templates to one partition; write the final part with its body keys.

    ``ids``: the ids of the partition's rows, in order, when they are made from content
    (:func:`helpers.corpus.tables.content_ids` over the whole corpus: articles alike in two partitions are told apart
    as the pandas loader tells them apart).
    """
    df = read_part(Path(store) / "clean" / f"part-{i:05d}.parquet")
    lists = {k: df.pop(c).tolist() for k, c in _LIST_COLS.items()}
    if ids is not None:
        df["doc_id"] = ids
    if len(df):
        df, keys = C._cleaned_frame(df, lists, clean, templates=templates)
        df["_body_key"] = keys
    _write(df, Path(store) / "final" / f"part-{i:05d}.parquet")
    return len(df)


# --------------------------------------------------------------------------
# the client side


def _templates_from(results: list[dict], client, store: str) -> dict:
    from .templates import MIN_ARTICLES, MIN_SHARE

    seen: set = set()
    owned: dict[int, list[int]] = {r["i"]: [] for r in results}
    n_distinct: Counter = Counter()
    for r in sorted(results, key=lambda r: r["i"]):
        for g, sig, pos in sorted(r["firsts"], key=lambda t: t[2]):
            if (g, sig) not in seen:
                seen.add((g, sig))
                owned[r["i"]].append(pos)
                n_distinct[g] += 1
    counts: Counter = Counter()
    for c in client.gather(client.map(_step_count, list(owned), [store] * len(owned), list(owned.values()), pure=False)):
        counts.update(c)
    out: dict[str, dict] = {}
    for (g, k), v in counts.items():
        if v >= max(MIN_ARTICLES, MIN_SHARE * n_distinct[g]):
            out.setdefault(g, {})[k] = (v, n_distinct[g])
    return out


def read_store(store: str | Path, source: str = "") -> pd.DataFrame:
    """The corpus table from a finished store (see the module docstring), as ``load_corpus`` returns it.

    Parameters
    ----------
    store : str or Path
        The store folder written by a ``engine="dask"`` load.
    source : str, default ""
        The corpus path named in the warning about duplicate bodies; empty names the path recorded in the store.

    Returns
    -------
    DataFrame
        The whole corpus with every column, in corpus order.

    Raises
    ------
    FileNotFoundError
        When ``store`` holds no finished load.
    """
    store = Path(store)
    done = json.loads((store / STORE_DONE).read_text(encoding="utf-8"))
    parts = [read_part(p) for p in sorted((store / "final").glob("part-*.parquet"))]
    parts = [p for p in parts if len(p)]
    df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    keys = df.pop("_body_key").tolist()
    df["duplicate_of"] = C._duplicate_of(df, keys, source or done["source"])
    df["duplicate_of"] = C.mark_near_duplicates(df, source or done["source"])  # round nd1, as load_corpus
    C.warn_dev_overlap(df, source or done["source"])  # review s77, as load_corpus
    C.warn_shared_addresses(df, source or done["source"])  # as load_corpus (dogfood 12br-d)
    C.warn_mojibake(df, source or done["source"])  # as load_corpus (review s80-A)
    df = C.normalize_outlets(df, "outlet_aliases")
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)
    _store_attrs(df, done)
    return df


def _store_attrs(df: pd.DataFrame, done: dict) -> None:
    """Set the ``attrs`` of a corpus read from a store as :func:`helpers.corpus.read.load_corpus` sets them: source,
    columns, skipped files, the dates' file and column, the files without a metadata row and the site templates
    (shared by :func:`read_store` and :func:`helpers.corpus.dask_meta.read_meta`)."""
    from .templates import template_summary

    df.attrs.update({"source": done["source"], "columns": done["mapping"], "skipped": done["skipped"],
                     "dates": C.date_options(done.get("dates_where", f"{done['source']}, column 'date'"))})
    if done.get("unlisted") is not None:
        df.attrs["unlisted"] = done["unlisted"]
    if done["clean"]:
        df.attrs["site_templates"] = template_summary({g: {k: tuple(v) for k, v in t.items()}
                                                       for g, t in done["templates"].items()})


def load_corpus_dask(source: str | Path, client, metadata: str | Path | None = None, *, columns: dict | None = None,
                     clean: bool = True, on_bad: str = "error", store: str | Path | None = None,
                     block_bytes: int = BLOCK_BYTES, files_per_partition: int = PARTITION_FILES,
                     gather: bool = True) -> pd.DataFrame | None:
    """:func:`helpers.corpus.load_corpus`, run in partitions on a Dask cluster.

    Parameters
    ----------
    source, metadata, clean, on_bad
        As in :func:`helpers.corpus.load_corpus`; ``source`` may also be a
        glob pattern of table files.
    client : distributed.Client
        The cluster's client (:func:`helpers.core.engine.get_client`).
    columns : dict, optional
        Column roles to names, as the notebooks' ``columns`` parameter.
    store : str or Path, optional
        Folder for the partitioned Parquet; a finished store there is read
        without recomputing. Default: a temporary folder removed afterwards.
    block_bytes, files_per_partition
        Partition sizes (see :func:`corpus_partitions`).
    gather : bool
        Read the whole table into this process (default). False: only build
        the store (``store`` is then required) and return None; read it in
        parts with :mod:`helpers.corpus.dask_meta`.

    Returns
    -------
    DataFrame or None
        The same table as ``load_corpus``; ``attrs["dask_store"]`` names the
        store when it is kept. None when ``gather`` is False.

    Raises
    ------
    CorpusError
        As ``load_corpus``.
    EngineError
        For a ``metadata`` file with a table corpus (join it into the table first).
    ValueError
        For ``gather=False`` without a ``store``.
    """
    if not gather and store is None:
        raise ValueError("gather=False builds a store to read later: give the store folder.")
    if on_bad not in ("error", "skip"):
        raise C.CorpusError(f"on_bad must be 'error' or 'skip', got {on_bad!r}.")
    where = _expand(source)
    if metadata is not None and not (isinstance(where, Path) and where.is_dir()):
        raise EngineError("engine 'dask' reads a metadata file only for a folder of .txt files; for a table corpus, "
                          "join the metadata columns into the table, or use engine 'pandas'.")
    if isinstance(where, Path) and where.is_dir() and columns:  # the loader's errors for a folder's columns
        T._folder_metadata(where, Path(metadata) if metadata else None, columns)
    keep = store is not None
    store = Path(store) if keep else Path(tempfile.mkdtemp(prefix="news-dask-"))
    try:
        if not (store / STORE_DONE).is_file():
            _build_store(source, where, client, metadata, columns or {}, clean, on_bad, store, block_bytes,
                         files_per_partition)
        if not gather:
            return None
        df = read_store(store)
    finally:
        if not keep:
            shutil.rmtree(store, ignore_errors=True)
    if keep:
        df.attrs["dask_store"] = str(store)
    return df


def _check_ids(results: list[dict], parts: list[dict], ids: pd.Series, mapping: dict | None, shown: str) -> None:
    """Stop when two articles of the corpus have one id, naming the user's column and the rows (or files) as the
    pandas loader names them (:func:`helpers.corpus.tables.duplicate_ids_error`): a table's rows are numbered across
    the partitions of its file, and each file of a glob is named."""
    column = (mapping or {}).get("doc_id")
    if all(r["files"] is not None for r in results):  # a folder: its files
        frame = pd.DataFrame({"doc_id": ids, "file": [f for r in results for f in r["files"]]})
        C._check_unique_ids(frame, shown, None if column in (None, "<file stem>") else column)
        return
    before: dict[str, int] = {}
    where = []
    files = {parts[r["i"]]["path"] for r in results}
    for r in results:
        path = parts[r["i"]]["path"]
        first = before.get(path, 0)
        where += [(path if len(files) > 1 else None, first + p + 1) for p in (r["rows"] or range(r["n"]))]
        before[path] = first + (r["n_rows"] or r["n"])
    error = T.duplicate_ids_error(shown, column or "doc_id", ids.tolist(), where)
    if error is not None:
        raise error


def _build_store(source, where, client, metadata, columns, clean, on_bad, store, block_bytes, files_per_partition):
    parts = corpus_partitions(source, block_bytes, files_per_partition)
    shutil.rmtree(store, ignore_errors=True)
    meta = str(C.resolve_path(metadata)) if metadata is not None else None
    n = len(parts)
    style = _OPTION_STYLE.get()  # the caller's wording of options, for errors raised on the workers
    futures = client.map(_step_clean, range(n), parts, [str(store)] * n, [columns] * n, [on_bad] * n, [meta] * n,
                         [clean] * n, [style] * n, pure=False)
    results = sorted(client.gather(futures), key=lambda r: r["i"])
    skipped = [s for r in results for s in r["skipped"]]
    shown = str(where if isinstance(where, Path) else source)
    _warn_bad_lines(skipped)
    ids = pd.Series([d for r in results for d in r["doc_ids"]], dtype=object)
    if ids.empty:
        reasons = "\n  ".join(s["reason"] for s in skipped[:10])
        raise C.CorpusError(f"{shown}: every article was left out ({len(skipped)} skipped), so nothing is left to "
                            f"analyse:\n  {reasons}\nFix or replace these files or rows.")
    mapping = next((r["mapping"] for r in results if r["mapping"] is not None), None)
    generated = mapping is not None and mapping.get("doc_id") is None
    if not generated:
        _check_ids(results, parts, ids, mapping, shown)
    templates = _templates_from(results, client, str(store)) if clean else {}
    firsts: list = [None] * n
    if generated:  # ids made from content, over every partition (review s81-A)
        made, run = T.content_ids([k for r in results for k in r["content_keys"]]), 0
        for r in results:
            firsts[r["i"]] = made[run:run + r["n"]]
            run += r["n"]
    from .dask_units import scatter_one

    templates_f = scatter_one(client, templates)  # one copy per worker, not one in every task of the graph
    client.gather(client.map(_step_finish, range(n), [str(store)] * n, [clean] * n, [templates_f] * n, firsts,
                             pure=False))
    del templates_f
    lists = [r["unlisted"] for r in results if r.get("unlisted") is not None]
    unlisted = ({"metadata": lists[0]["metadata"], "doc_ids": [d for u in lists for d in u["doc_ids"]]}
                if lists else None)
    done = {"source": shown, "mapping": mapping, "skipped": skipped, "clean": clean, "n_partitions": n,
            "templates": {g: {k: list(v) for k, v in t.items()} for g, t in templates.items()},
            "dates_where": C._date_where(Path(source) if not isinstance(where, Path) else where,
                                         Path(meta) if meta else None, mapping or {}),
            "unlisted": unlisted}
    (store / STORE_DONE).write_text(json.dumps(done, ensure_ascii=False), encoding="utf-8")
