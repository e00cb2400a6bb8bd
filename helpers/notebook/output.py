"""Deterministic figures and tables for notebooks.

Convention: a notebook writes each figure as ``<output_dir>/<name>.png``
(200 dpi, for print) and ``<output_dir>/<name>.svg`` (vector), and the data
drawn in it as ``<output_dir>/<name>.csv``, and its key tables as CSV, so
results can be reused without re-running code. Figures carry no timestamp or
software tag, so the same data gives the same bytes. Each saved figure gets
an alt text made from its title and its data (:func:`figure_alt_text`),
stored in the SVG (``<title>``/``<desc>`` metadata) and attached to the figure
shown inline, so the HTML report can describe every image.

Exported tables are safe to open in a spreadsheet: a text cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (which Excel,
LibreOffice and Google Sheets would run as a formula) is written with the
prefix ``FORMULA_PREFIX`` (a single quote ``'``), e.g. ``'=HYPERLINK(...)``.
Numbers, including negative ones, and text that is a plain number
(``-3.5``) are written as they are. Only the CSV changes, never the analysis.
"""
from __future__ import annotations

import io
import re
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.paths import PROJECT_ROOT, resolve_path
from ..core.spreadsheet import FORMULA_PREFIX, neutralize_formulas  # re-exported: tests and notebooks import them here
from ..core.wording import reader_formatted
from ..corpus.groups import top_groups  # re-exported: notebooks import it from here

__all__ = ["FIG_DPI", "SCREEN_DPI", "MIN_FONT_PT", "raise_small_text", "FORMULA_PREFIX", "setup_notebook", "figure_alt_text", "prepare_output_dir", "neutralize_formulas",
           "stable_formatwarning", "stable_text", "show_warning_in_order", "name_group_columns", "with_group", "save_table", "save_figure", "show_table", "rounded", "top_groups"]

FIG_DPI = 200
"""Resolution of the saved PNG (print quality)."""
SCREEN_DPI = 100
"""Resolution of the figure shown inline in the notebook."""
MIN_FONT_PT = 8.0
"""Smallest text size in a saved figure: smaller text (ticks, annotations) is raised to it when saving."""
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_KERNEL_CELL = re.compile(r"(?:^|[/\\])ipykernel_\d+[/\\](\d+)\.py$")
"""The file name IPython gives a cell's code: ``<tmp>/ipykernel_<process id>/<hash of the code>.py``."""
_KERNEL_CELL_IN_TEXT = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s\"'<>:/\\\x1b]+)*[/\\]ipykernel_\d+[/\\]\d+\.py")
"""The same file name anywhere in a text (a traceback line, a warning)."""
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]{6,}(?=>)")
"""The memory address in a Python object's default name (``<Thing object at 0x7f3a2c1d9e50>``)."""


def setup_notebook() -> None:
    """Set matplotlib and pandas options shared by every notebook.

    The shared figure style of :func:`helpers.plotting.base.apply_style` (fixed
    size, readable font sizes, a font that ships with matplotlib, a fixed SVG
    hash salt), pandas display limits suited to evidence tables, and, inside
    IPython, an inline PNG display that carries the alt text and the file
    name of figures saved with :func:`save_figure`. Warnings raised from a
    cell name the cell, not the kernel's temporary file (:func:`stable_formatwarning`), and
    are stored in the order they were given among the printed lines (:func:`show_warning_in_order`).
    """
    from ..plotting.base import apply_style

    apply_style(screen_dpi=SCREEN_DPI, save_dpi=FIG_DPI)
    _register_inline_figures()
    warnings.formatwarning = stable_formatwarning
    warnings.showwarning = show_warning_in_order
    pd.set_option("display.max_colwidth", 320)  # 240 cut the list of remedies before the leading one's count
    pd.set_option("display.max_columns", 100)  # 20 hid five rules of the cleaning table behind "..." (review s76)
    pd.set_option("display.max_rows", 60)
    pd.set_option("display.width", 160)


def stable_formatwarning(message, category, filename, lineno, line=None) -> str:
    """Format a warning as :func:`warnings.formatwarning` does, but name a notebook cell ``<cell>``.

    IPython compiles each cell into ``<tmp>/ipykernel_<process id>/<digest>.py``; a warning raised from a cell
    (``parse_dates`` called in notebook 01) began with that name, so two runs of the same corpus stored different
    outputs (dogfood 12bg-d). A file of this project is named from the project's root (``helpers/...``), not by the
    machine's absolute path (review 12bh-x). The cell's source line is still shown. The project's own warnings
    (:class:`helpers.CorpusWarning` and the others defined in ``helpers``) are given as their class and message
    only (review s79-F).

    Parameters
    ----------
    message, category, filename, lineno, line
        As for :func:`warnings.formatwarning`.

    Returns
    -------
    str
        The warning's text.
    """
    import linecache

    if str(getattr(category, "__module__", "")).startswith("helpers."):
        # review s79-F: the project's own warnings speak to the reader (a corpus, a sheet, dates): without the file,
        # line and source line of the helper that raised them, which read as a crash in a red box
        return f"{category.__name__}: {message}\n"
    if line is None:
        line = linecache.getline(str(filename), lineno)
    if _KERNEL_CELL.search(str(filename)):
        filename = "<cell>"
    else:
        filename = _stable_path(str(filename))
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    return text + f"  {line.strip()}\n" if line and line.strip() else text


def _machine_roots() -> list[str]:
    """Folders whose absolute path depends on the machine, most specific first: the installed packages
    (``site-packages``, which may lie inside the project's ``.venv``), the standard library, the project."""
    import sysconfig

    roots = []
    for key in ("purelib", "platlib", "stdlib", "platstdlib"):
        path = sysconfig.get_paths().get(key)
        if path:
            roots += [path, str(Path(path).resolve())]
    roots += [str(PROJECT_ROOT), str(PROJECT_ROOT.resolve())]
    return list(dict.fromkeys(r.rstrip("/\\") for r in roots if len(r) > 1))


def _stable_path(filename: str) -> str:
    """A file of this project as a path from the project's root (``helpers/notebook/setup.py``), an installed
    library's from its package (``sklearn/decomposition/_lda.py``, review 12bi-x) and the standard library's from
    its folder, so that a warning reads the same on every machine; other files as given."""
    for root in _machine_roots():
        if filename.startswith(root + "/") or filename.startswith(root + "\\"):
            return filename[len(root) + 1:].replace("\\", "/")
    return filename


def stable_text(text: str) -> str:
    """``text`` (a warning, a traceback) without what changes from one machine or kernel to the next.

    A cell's code file ``<tmp>/ipykernel_<process id>/<digest>.py`` becomes ``<cell>``; a file of this project, of
    an installed library or of the standard library is named as :func:`stable_formatwarning` names it; a memory
    address in an object's default name (``<Thing object at 0x7f3a...>``) is dropped. The traceback of a failed
    notebook named ``/work/<checkout>/helpers/...`` on its page with code (review 12bi-x).

    Parameters
    ----------
    text : str
        Any text; escape sequences (a traceback's colours) are kept.

    Returns
    -------
    str
        The text with those names replaced; other text unchanged.
    """
    text = _KERNEL_CELL_IN_TEXT.sub("<cell>", text)
    for root in _machine_roots():
        # the rest of the path with "/" as stable_formatwarning writes it (a Windows path kept its "\\", 12bi-v)
        text = re.sub(re.escape(root) + r"[/\\]([^\s\"'<>|:*?]*)", lambda m: m.group(1).replace("\\", "/"), text)
    home = str(Path.home())
    if len(home) > 1:  # a corpus in the user's home folder: "~/...", not the user's name (review s80-B)
        text = re.sub(re.escape(home.rstrip("/\\")) + r"(?=[/\\])", "~", text)
    return _ADDRESS.sub("", text)


def show_warning_in_order(message, category, filename, lineno, file=None, line=None) -> None:
    """Show a warning as :func:`warnings.showwarning` does, after what was printed before it.

    The kernel sends what a cell prints (stdout) and its warnings (stderr) each on its own schedule, so a stored
    notebook held its loading warnings once before and once after the next printed lines: two runs of one corpus
    differed (dogfood 12bh-d). The printed lines are sent first, then the warning.

    Parameters
    ----------
    message, category, filename, lineno, file, line
        As for :func:`warnings.showwarning`.
    """
    err = file if file is not None else sys.stderr
    if err is None:
        return
    try:
        sys.stdout.flush()
        err.write(warnings.formatwarning(message, category, filename, lineno, line))
        err.flush()
    except OSError:
        pass  # the stream is gone, as warnings.showwarning does


def prepare_output_dir(output_dir: str | Path) -> Path:
    """Resolve ``output_dir`` (relative to the project root) and create it.

    Parameters
    ----------
    output_dir : str or Path
        The folder for tables and figures.

    Returns
    -------
    Path
        The resolved folder, which exists.

    Raises
    ------
    ValueError
        If the path exists and is not a folder (choose another ``output_dir``).
    """
    out = resolve_path(output_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"output_dir {str(out)!r} exists and is not a folder: choose another output_dir.")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _target(output_dir: str | Path, name: str, suffix: str) -> Path:
    if not _NAME_RE.match(name):
        raise ValueError(f"output name {name!r} must be letters, digits, '_', '-' or '.' only")
    return prepare_output_dir(output_dir) / f"{name}{suffix}"


_OWN_OUTLET = {"outlet": "article_outlet", "outlet_a": "article_outlet_a", "outlet_b": "article_outlet_b"}
"""The article's own outlet columns of a table that also has display-group columns, and their names in a CSV."""
_GROUP_OF = {"outlet": "group", "outlet_a": "group_a", "outlet_b": "group_b"}
"""The display-group column that goes with each own outlet column of a table of articles or pairs."""


def _group_names(group_by: str) -> dict[str, str]:
    """The display-group columns (``group``, ``group_a``, ``group_b``) and their names after ``group_by``."""
    return {"group": group_by, "group_a": f"{group_by}_a", "group_b": f"{group_by}_b"}


def name_group_columns(df: pd.DataFrame, group_by: str) -> pd.DataFrame:
    """Name a table's display-group columns after ``group_by`` and the article's own outlet ``article_outlet``.

    A table of articles carries the display group (``group``, or ``group_a`` and ``group_b`` for a pair of
    articles: the ``group_by`` value, with small groups pooled as ``(other)`` and missing ones ``(unknown)``)
    and the article's own ``outlet`` value (``outlet``, ``outlet_a``, ``outlet_b``). Renaming only the groups
    after ``group_by`` gave ``02_hedges.csv`` two columns ``outlet`` and ``text_reuse.csv`` two ``outlet_a``
    and two ``outlet_b`` (dogfood 12bg-d). The own outlet columns are called ``article_outlet``,
    ``article_outlet_a`` and ``article_outlet_b`` whatever ``group_by`` is, so that a script reading the CSV
    finds them under one name.

    Parameters
    ----------
    df : DataFrame
        The table (not changed).
    group_by : str
        The notebook's ``group_by`` parameter.

    Returns
    -------
    DataFrame
        A copy with ``group`` renamed to ``group_by``, ``group_a``/``group_b`` to ``<group_by>_a``/``_b``, and,
        when the table has a group column, the outlet columns as above.
    """
    groups = _group_names(group_by)
    has_group = any(c in df.columns for c in groups)
    names = {**(_OWN_OUTLET if has_group else {}), **groups}
    return df.rename(columns={c: n for c, n in names.items() if c in df.columns})



def with_group(df: pd.DataFrame, columns: list[str], group_by: str) -> pd.DataFrame:
    """The ``columns`` of a table of articles (or pairs of articles) to show, with each row's group beside its outlet.

    A table of attributions, hedges or article pairs carries the article's own ``outlet`` and its display group
    (``group``; ``group_a``/``group_b`` for pairs). Showing only the outlet hides the group the rows are compared by:
    grouped by author, "the first two attributions of each role in each group" listed "Harbor Times" and no author,
    and a reuse row read "Harbor Times / Harbor Times, same_group False" (review 12bh-w). So, unless the groups are
    the outlets, the group column is put just before each outlet column of ``columns``, named after ``group_by``
    (``<group_by>_a`` and ``_b`` for pairs); the outlet keeps its name. Grouped by outlet, the outlet is the group
    and is shown alone, under its own name (an outlet pooled into "(other)" beyond ``top_n`` keeps its name).

    Parameters
    ----------
    df : DataFrame
        The rows, with ``group`` (or ``group_a``/``group_b``) beside the selected columns.
    columns : list of str
        The columns to show, in order.
    group_by : str
        The notebook's ``group_by`` parameter (after :func:`helpers.notebook.group_alias.alias_group_by`).

    Returns
    -------
    DataFrame
        A new table of ``columns`` with the group columns as above; ``df`` is not changed.

    Examples
    --------
    >>> rows = pd.DataFrame({"doc_id": ["a1"], "outlet": ["Ledger"], "group": ["Ann Lee"]})
    >>> with_group(rows, ["doc_id", "outlet"], "author").columns.tolist()
    ['doc_id', 'author', 'outlet']
    >>> with_group(rows, ["doc_id", "outlet"], "outlet").columns.tolist()
    ['doc_id', 'outlet']
    """
    if group_by == "outlet":
        return df[list(columns)].copy()
    group_names = _group_names(group_by)
    order, names = [], {}
    for c in columns:
        g = _GROUP_OF.get(c)
        if g is not None and g in df.columns and g not in order:
            order.append(g)
            names[g] = group_names[g]
        order.append(c)
    return df[order].rename(columns=names)


def save_table(df: pd.DataFrame, name: str, output_dir: str | Path, float_digits: int = 6) -> Path:
    """Write ``df`` as ``<output_dir>/<name>.csv`` (UTF-8, no index).

    Floats are written with ``float_digits`` significant digits so that the
    file does not change with the last bits of floating-point arithmetic.
    Text cells that a spreadsheet would run as a formula get the prefix
    :data:`FORMULA_PREFIX` (see :func:`neutralize_formulas`); ``df`` itself is
    not changed.

    Parameters
    ----------
    df : DataFrame
        The table.
    name : str
        File name without suffix: letters, digits, "_", "-" or "." only.
    output_dir : str or Path
        The folder (created when missing).
    float_digits : int, default 6
        Significant digits of floats.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    ValueError
        For a ``name`` with other characters, an ``output_dir`` that exists and is not a folder, or a table
        whose columns repeat a name (a reader could not tell them apart; :func:`name_group_columns`).
    """
    repeated = sorted({str(c) for c in df.columns[df.columns.duplicated()]})
    if repeated:
        raise ValueError(f"table {name!r}: column {', '.join(map(repr, repeated))} appears more than once; give "
                         "each column its own name before saving (e.g. name_group_columns)")
    path = _target(output_dir, name, ".csv")
    neutralize_formulas(df).to_csv(path, index=False, float_format=f"%.{float_digits}g", lineterminator="\n")
    return path


def _figure_title(fig) -> str:
    """The title of a figure: its suptitle, else the titles of its axes joined with " | ", else its first
    figure text, else ""."""
    sup = getattr(fig, "_suptitle", None)
    if sup is not None and sup.get_text().strip():
        return " ".join(sup.get_text().split())
    titles = [" ".join(ax.get_title(loc).split()) for ax in fig.axes for loc in ("left", "center", "right")]
    titles = [t for t in dict.fromkeys(titles) if t]
    if not titles:  # a title drawn as figure text
        titles = [" ".join(t.get_text().split()) for t in fig.texts if t.get_text().strip()][:1]
    return " | ".join(titles)


_VALUE_COLUMNS = ("share", "estimate", "rate", "mean_tone", "mean", "value", "F1", "z", "words", "count", "n")


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3g}"
    return str(v)


def _yes_no(col: pd.Series) -> bool:
    """Whether a column holds yes/no values only, of a bool type or of the object type (with gaps: review 12bj-v)."""
    return pd.api.types.is_bool_dtype(col) or pd.api.types.infer_dtype(col, skipna=True) == "boolean"


def _label_text(col: pd.Series) -> pd.Series:
    """A label column as text, a missing label as "(no label)", not "nan" (review 12bj-v)."""
    return col.astype(str).reset_index(drop=True).mask(col.isna().to_numpy(), "(no label)")


def figure_alt_text(fig, data: pd.DataFrame | None = None, max_chars: int = 400) -> str:
    """A text description of a figure for readers who cannot see it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    data : DataFrame, optional
        The numbers drawn in it.
    max_chars : int
        Longer descriptions are cut at a word boundary and end with "…".

    Returns
    -------
    str
        "<title>. Data: N rows of <columns>; highest <value column>: <label>
        (<value>), lowest: ..." (each part only when it can be computed), or
        "Figure without a title" when there is nothing to say. A row's label is its first text column, with
        the text column of the most distinct values joined when the first repeats ("Radio Lakeport,
        official"); a yes/no column names no row; a value equal in every row is said once ("count: 0 in
        every row"), not as a highest and a lowest.
    """
    parts = [_figure_title(fig) or "Figure without a title"]
    if data is not None and len(data.columns):
        cols = [str(c) for c in data.columns]
        parts.append(f"Data: {len(data):,} rows of {', '.join(cols[:8])}{' …' if len(cols) > 8 else ''}")
        data = data.loc[:, ~data.columns.duplicated()]  # review 12bj-v: a repeated name is read once (its first)
        num = [c for c in data.columns if pd.api.types.is_numeric_dtype(data[c]) and not pd.api.types.is_bool_dtype(data[c])
               and not str(c).startswith("ci_")]
        lab = [c for c in data.columns if c not in num and not str(c).startswith("ci_")
               and not _yes_no(data[c])]  # a yes/no column names no row
        if num and lab and len(data):
            col = next((c for c in _VALUE_COLUMNS if c in num), num[-1])
            value = pd.to_numeric(data[col], errors="coerce").reset_index(drop=True)
            labels = _label_text(data[lab[0]])
            if len(lab) > 1 and labels.duplicated().any():  # "Radio Lakeport, official": one row, not its group
                second = max(lab[1:], key=lambda c: data[c].astype(str).nunique())  # not a column equal throughout
                labels = labels + ", " + _label_text(data[second])
            if value.notna().any() and value.max() == value.min():
                every = "in every row" if value.notna().all() else "in every row with a value"  # review 12bj-v
                parts.append(f"{col}: {_fmt(value.max())} {every}")
            elif value.notna().any():
                hi, lo = value.idxmax(), value.idxmin()
                parts.append(f"highest {col}: {labels[hi]} ({_fmt(value[hi])}); "
                             f"lowest: {labels[lo]} ({_fmt(value[lo])})")
    text = ". ".join(parts)
    if len(text) > max_chars:
        text = text[: max_chars - 1].rsplit(" ", 1)[0] + "…"
    return text


def raise_small_text(fig, min_pt: float = MIN_FONT_PT) -> int:
    """Raise every text of ``fig`` smaller than ``min_pt`` points (tick labels, annotations, legends) to it.

    Tick labels drawn later follow the axis' tick parameters, which are raised too.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure, changed in place.
    min_pt : float, default MIN_FONT_PT
        The smallest font size kept, in points.

    Returns
    -------
    int
        How many texts were changed.
    """
    from matplotlib.text import Text

    changed = 0
    for t in fig.findobj(Text):
        if t.get_text() and t.get_fontsize() < min_pt:
            t.set_fontsize(min_pt)
            changed += 1
    for ax in fig.axes:  # tick labels made later (on draw) follow the axis' tick parameters
        for axis in (ax.xaxis, ax.yaxis):
            for which in ("major", "minor"):
                ticks = axis.get_major_ticks() if which == "major" else axis.get_minor_ticks()
                if ticks and ticks[0].label1.get_fontsize() < min_pt:
                    axis.set_tick_params(which=which, labelsize=min_pt)
    return changed


def _inline_png(fig):
    """The inline PNG of ``fig``: the copy made by :func:`save_figure` when the figure has not changed since
    (drawing a figure again costs about as much as saving it), else a new drawing at :data:`SCREEN_DPI`."""
    info = getattr(fig, "_news_figure", None)
    if info and info.get("inline") and not fig.stale:
        png = info["inline"]
    else:
        from IPython.core.pylabtools import print_figure

        png = print_figure(fig, "png", bbox_inches="tight")
    if not info:
        return png
    return png, {"alt": info["alt"], "figure": info["name"]}


def _screen_copy(png: bytes) -> bytes:
    """The saved :data:`FIG_DPI` PNG reduced to :data:`SCREEN_DPI` (averaging blocks of pixels), as PNG bytes."""
    from PIL import Image

    factor = max(1, round(FIG_DPI / SCREEN_DPI))
    with Image.open(io.BytesIO(png)) as im:
        small = im.convert("RGB").reduce(factor)
    buf = io.BytesIO()
    small.save(buf, format="png")
    return buf.getvalue()


def _register_inline_figures() -> None:
    """Inside IPython, show figures as PNG with ``alt`` and ``figure`` (file name) in the output metadata."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of the notebooks
        return
    ip = get_ipython()
    if ip is None:
        return
    from matplotlib.figure import Figure

    ip.display_formatter.formatters["image/png"].for_type(Figure, _inline_png)


def _draw(fig, name: str, data: pd.DataFrame | None) -> dict:
    """Draw ``fig`` as 200 dpi PNG, SVG and inline PNG: the bytes, the title and the alt text."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    raise_small_text(fig)
    title, alt = _figure_title(fig), figure_alt_text(fig, data)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=FIG_DPI, metadata={"Software": None, "Title": title or name, "Description": alt})
    # The SVG keeps the layout the PNG drawing computed: a constrained layout is not solved a second time.
    engine = fig.get_layout_engine()
    frozen = isinstance(engine, ConstrainedLayoutEngine)
    if frozen:
        fig.set_layout_engine("none")
    svg = io.BytesIO()
    try:
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None, "Title": title or name, "Description": alt})
    finally:
        if frozen:
            fig.set_layout_engine(engine)
    # The copy shown inline is this PNG at screen resolution.
    return {"png": buf.getvalue(), "svg": svg.getvalue(), "inline": _screen_copy(buf.getvalue()),
            "title": title, "alt": alt}


def _figure_cache(fig, name: str, data: pd.DataFrame | None):
    """Cache path of the drawing of ``fig``, or None when caching is off or the figure has no usable recipe.

    The key: the recipe of the plotting call (:func:`helpers.plotting.base.figure_recipe`, which holds the
    function, its arguments and the matplotlib settings), the file name (the PNG title when the figure has
    none), the data (alt text), the resolutions and the smallest font size, and every package file.
    """
    from ..core.cache import Undigestible, cache_dir, cache_key, cache_path, content_digest
    from ..plotting.base import figure_recipe

    if cache_dir() is None:
        return None
    recipe = figure_recipe(fig)
    if recipe is None:
        return None
    try:
        data_digest = None if data is None else content_digest(data)
    except Undigestible:
        return None
    return cache_path("figure", cache_key("figure", recipe, name, data_digest, FIG_DPI, SCREEN_DPI, MIN_FONT_PT))


def save_figure(fig, name: str, output_dir: str | Path, data: pd.DataFrame | None = None) -> Path:
    """Save ``fig`` as a deterministic PNG (200 dpi) and SVG, and the data behind it as CSV.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure; it stays open so the notebook can show it inline.
    name : str
        File name without extension, e.g. ``"00_words_per_outlet"``.
    output_dir : str or Path
        Folder, relative to the project root unless absolute.
    data : DataFrame, optional
        The numbers drawn in the figure, written to ``<name>.csv``.

    Text smaller than :data:`MIN_FONT_PT` is raised to it first (legible in
    print), in the figure shown inline too.

    When the cache is on (``$NEWS_CACHE_DIR``, set by the report runner) and
    the figure comes unchanged from a plotting function of
    :mod:`helpers.plotting` (see :func:`helpers.plotting.base.recorded`), the
    drawing is cached: the next run with the same call, data and package
    files copies the same bytes instead of drawing again.

    Returns
    -------
    Path
        The PNG path. The SVG beside it holds the figure's title and alt text
        (:func:`figure_alt_text`) as metadata; the figure remembers both, so
        the inline copy in the notebook carries them too.

    Raises
    ------
    ValueError
        For a name with characters other than letters, digits, ``_``, ``-``, ``.``.
    """
    from ..core.cache import read_cached, write_cached

    path = _target(output_dir, name, ".png")
    cache = _figure_cache(fig, name, data)
    drawn = read_cached(cache)
    if drawn is None:
        drawn = _draw(fig, name, data)
        write_cached(cache, drawn)
    else:
        raise_small_text(fig)  # as after a drawing, should the figure be changed and drawn again
    path.write_bytes(drawn["png"])
    path.with_suffix(".svg").write_bytes(drawn["svg"])
    fig._news_figure = {"name": name, "title": drawn["title"], "alt": drawn["alt"], "inline": drawn["inline"]}
    _register_inline_figures()  # again: the inline backend sets its own formatter when the first figure is made
    # The inline copy is used unless the figure changes before it is shown (any change to an artist marks the
    # figure stale again, and it is then drawn anew).
    fig.stale = False
    if data is not None:
        save_table(data, name, output_dir)
    return path


def show_table(df: pd.DataFrame, max_rows: int = 20, empty: str | None = None, by: str | None = None,
               rank: str | None = None) -> pd.DataFrame | None:
    """Return the first ``max_rows`` rows for display, saying what was cut.

    Prints ``showing N of M rows`` when rows are left out, so that a reader
    of a truncated evidence table knows the table is longer (the CSV beside
    the notebook holds all rows). With ``empty`` given, a table without rows
    is not drawn as a bare header: the sentence is printed instead. Text is
    left as data: pandas escapes it in HTML output. Line breaks inside a text cell are shown as one space: pandas
    prints them as a literal ``\\n`` in HTML (review s78-A: a shared passage read "efforts.\\n\\n"W..."); the CSV keeps
    them.

    A table at most a tenth (and at least two rows) longer than ``max_rows`` is shown whole: cutting 2 rows of 32
    hid the last measure of two groups (review s77).

    With ``by`` (the group column) a table cut to ``max_rows`` keeps the first rows of every group, as equal a number
    per group as the groups' sizes allow, in the table's order: a table sorted by group showed only its first groups
    before (review s76: "right" was missing from a left / center / right comparison's tables).

    Parameters
    ----------
    df : DataFrame
        The table.
    max_rows : int, default 20
        Rows shown.
    empty : str, optional
        The sentence printed instead of a table without rows.
    by : str, optional
        The group column; ignored when the table has no such column or only one group.
    rank : str, optional
        With ``by``: a cut table keeps each group's rows with the largest ``rank`` (the actors named in most
        sentences, not the first in the alphabet: review s76), shown in that order within the group.

    Returns
    -------
    DataFrame or None
        ``df`` itself, or ``max_rows`` of its rows; None (nothing to display) for a table without rows
        when ``empty`` is given.
    """
    if len(df) == 0 and empty is not None:
        print(empty)
        return None
    return _unbroken(_cut(df, max_rows, by, rank))


def rounded(df: pd.DataFrame, decimals: int = 3) -> pd.DataFrame:
    """``df`` with its numeric columns rounded for display, but for the shares, estimates and bounds the reader pages
    format from the value themselves (:func:`helpers.core.wording.reader_formatted`).

    A share rounded to 0.405 here and then to a whole percent on the page read "40%" where the CSV's 0.4053 reads
    "41%", so the page and the CSV gave two intervals for one share (review s80-D). Those columns are left as
    computed; the page writes them as "43% (95% CI 41-45%)".

    Parameters
    ----------
    df : DataFrame
    decimals : int, default 3

    Returns
    -------
    DataFrame
        A copy with the other float columns rounded to ``decimals``.
    """
    plain = [c for c in df.columns if pd.api.types.is_float_dtype(df[c]) and not reader_formatted(str(c))]
    return df.round(dict.fromkeys(plain, decimals)) if plain else df.copy()


def _cut(df: pd.DataFrame, max_rows: int, by: str | None, rank: str | None) -> pd.DataFrame:
    """:func:`show_table`'s rows, with its note on what was cut printed."""
    if len(df) <= max_rows + _slack(max_rows):
        return df
    if by is not None and by in df.columns and df[by].nunique(dropna=False) > 1:
        if rank is not None and rank in df.columns:  # each group's largest rows first, the groups in table order
            first = pd.Series(pd.factorize(df[by], use_na_sentinel=False)[0], index=df.index)
            order = np.lexsort((-pd.to_numeric(df[rank], errors="coerce").fillna(-np.inf).to_numpy(),
                                first.to_numpy()))
            df = df.iloc[order]
        keep, per = _rows_per_group(df[by], max_rows)
        which = f"each {by} group's rows with the largest {rank}" if rank in df.columns else f"the first rows of each {by} group"
        print(f"showing {len(keep)} of {len(df):,} rows, {which} ({per}; all rows are in the CSV)")
        return df.iloc[keep]
    print(f"showing {max_rows} of {len(df):,} rows (all rows are in the CSV)")
    return df.head(max_rows)


_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _unbroken(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every line break inside a text cell (and the spaces around it) replaced by one space; ``df``
    itself when no cell holds one."""
    def broken(v) -> bool:
        return isinstance(v, str) and ("\n" in v or "\r" in v)

    def values(i: int) -> pd.Series:  # as plain objects: a categorical column has no .any() of its map
        col = df.iloc[:, i]
        return pd.Series(col.to_numpy(dtype=object), index=col.index)

    hit = [i for i in range(df.shape[1]) if (df.iloc[:, i].dtype == object or pd.api.types.is_string_dtype(
        df.iloc[:, i]) or isinstance(df.iloc[:, i].dtype, pd.CategoricalDtype)) and values(i).map(broken).any()]
    if not hit:
        return df
    out = df.copy()
    for i in hit:
        out.isetitem(i, values(i).map(lambda v: _BREAKS.sub(" ", v) if isinstance(v, str) else v))
    return out


def _slack(max_rows: int) -> int:
    """Rows past ``max_rows`` that a table may have and still be shown whole (a tenth, at least two)."""
    return max(2, max_rows // 10)


def _rows_per_group(groups: pd.Series, max_rows: int) -> tuple[np.ndarray, str]:
    """Positions of ``max_rows`` rows, the first rows of each group as evenly as the sizes allow, in table order; and
    what was kept per group in words ("center 10 of 30, left 10 of 12, right 10 of 24"; past six groups "1-2 of
    each of 20 groups")."""
    codes, uniques = pd.factorize(groups, use_na_sentinel=False)  # groups in order of first appearance
    sizes = np.bincount(codes, minlength=len(uniques))
    quota = np.zeros(len(uniques), dtype=int)
    left = max_rows
    while left > 0:
        open_ = np.flatnonzero(quota < sizes)
        if not len(open_):
            break
        step = max(left // len(open_), 1)
        for g in open_:
            add = min(step, sizes[g] - quota[g], left)
            quota[g] += add
            left -= add
            if left == 0:
                break
    rank = pd.Series(codes).groupby(codes).cumcount().to_numpy()
    keep = np.flatnonzero(rank < quota[codes])
    if len(uniques) <= 6:  # a blank group (the time rows of a model) is named, not left as a gap (review s77)
        per = ", ".join(f"{g if str(g).strip() and not pd.isna(g) else '(blank)'} {q} of {n}"
                        for g, q, n in zip(uniques, quota, sizes))
    else:
        span = str(quota.max()) if quota.min() == quota.max() else f"{quota.min()}-{quota.max()}"
        per = f"{span} of each of {len(uniques)} groups"
    return keep, per
