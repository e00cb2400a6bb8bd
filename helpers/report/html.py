"""HTML pages of an executed notebook, for the report (``python -m helpers.report``).

Every page-level change is made here, when the executed notebook is exported,
never in the stored notebooks (whose outputs nbval compares):

* a table of contents with anchors to the notebook's headings;
* pandas tables without the index column when the index is only row numbers; a table without any row is
  replaced by a sentence saying so (:data:`EMPTY_TABLE_NOTE`);
* on the reader page, share columns as percentages with their interval merged in
  (:func:`helpers.report.share_tables.percent_shares`; the CSVs and the page with code keep proportions),
  True/False cells as yes/no and missing values as n/a (:func:`plain_values`), and the most common column names
  as words, the CSV name in the header's title (:func:`helpers.report.headers.readable_headers`);
* tables longer than :data:`INTERACTIVE_ROWS` rows become searchable and
  sortable (``assets/report.js``, one file shared by every page, no other host);
  the CSVs a cell saves are linked under its output ("full data");
* figures point to the 200 dpi PNG saved by :func:`helpers.notebook.output.save_figure`
  (the inline copy when the file is unknown), with an alt text;
* the printed output of a *prose cell* is shown as paragraphs and lists of
  escaped text instead of monospace output. A prose cell is a code cell
  tagged ``prose`` (see docs/CONTRACT.md); a code cell right under a Markdown
  heading that starts with "What this" is treated as one too;
* two variants: ``NN_x.html`` with code and every output, and
  ``NN_x.reader.html`` without code, stderr or warnings; the warnings of the
  run are listed once, in a collapsible "Notes on this run" section at the end;
  a failed cell shows its error message there, its traceback only on the page with code;
* no script or style is loaded from another host (no MathJax, require.js or
  mermaid): a report opened offline is complete.

Speed: the pages are exported in the runner's process, as each notebook
finishes; nbconvert's pass that re-parses the whole page with BeautifulSoup
(only to add ``tabindex`` and missing ``alt`` attributes) is replaced by
:func:`_page_fixes` on the page text, and highlighted code is not sanitised
a second time: together about three quarters of the export time.
"""
from __future__ import annotations

import ast
import copy
import html
import re
import threading
from pathlib import Path

from ..core.wording import count
from .headers import readable_headers
from .share_tables import percent_shares

__all__ = ["EMPTY_TABLE_NOTE", "INTERACTIVE_ROWS", "PROSE_TAG", "ASSETS", "save_calls", "saved_names", "prose_html", "drop_row_numbers",
           "plain_values", "collect_warnings", "escaped_list", "add_toc", "write_assets", "export_pages", "figure_info"]

INTERACTIVE_ROWS = 10
"""Tables with more body rows than this get a filter box and sortable columns."""
PROSE_TAG = "prose"
"""Cell tag: the printed output of the cell is shown as prose."""
ASSETS = "assets"
"""Folder of the report that holds the shared script and style."""
TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"
_PARSE_LOCK = threading.Lock()
"""Serialises :func:`ast.parse`: the report runner exports notebooks from several threads, and CPython 3.11's AST
conversion keeps one recursion counter per interpreter, so two parses that interleave (a garbage collection in one
lets the other run) fail with "SystemError: AST constructor recursion depth mismatch" (CPython issue 106905)."""
_SAVED_RE = re.compile(r"save_(figure|table)\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*(f?)([\"'])(.+?)\3")
_HEADING_RE = re.compile(r'<h([1-3]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_TAG_RE = re.compile(r"<[^>]+>")
_WARN_RE = re.compile(r"^(?:.*?:\d+: )?(\w*Warning): (.*)$")
_INT_CELL_RE = re.compile(r"^-?\d+$")


def save_calls(source: str) -> list[tuple[str, str | None]]:
    """The ``save_figure``/``save_table`` calls of a cell's code, read with Python's parser, in source order.

    Parameters
    ----------
    source : str
        The cell's code.

    Returns
    -------
    list of (kind, pattern)
        ``kind`` is ``"figure"`` or ``"table"``; ``pattern`` is a regular expression that the saved file's name
        (without extension) matches in full: the name itself for a string literal, each ``{...}`` of an f-string
        read as ``.+``; None when the name is neither (a variable: docs/CONTRACT.md asks for a literal or an
        f-string). A cell that does not parse (a notebook magic) is read with a simpler pattern, one level of
        brackets in the first argument.
    """
    try:
        with _PARSE_LOCK:
            tree = ast.parse(source)
    except SyntaxError:
        return [(kind, re.escape(name) if not is_f else re.sub(r"\\\{.*?\\\}", ".+", re.escape(name)))
                for kind, is_f, _, name in _SAVED_RE.findall(source)]
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(
            node.func, ast.Attribute) else ""
        if func not in ("save_figure", "save_table"):
            continue
        arg = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "name"), None)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            pattern = re.escape(arg.value)
        elif isinstance(arg, ast.JoinedStr):
            pattern = "".join(re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in arg.values)
        else:
            pattern = None
        calls.append(((node.lineno, node.col_offset), func.removeprefix("save_"), pattern))
    return [(kind, pattern) for _, kind, pattern in sorted(calls)]


def saved_names(source: str, files: set[str]) -> list[tuple[str, str]]:
    """Files a cell saves with ``save_figure``/``save_table``, in source order (:func:`save_calls`).

    Parameters
    ----------
    source : str
        The cell's code.
    files : set of str
        Names (without extension) present in the report's ``figures/``; an
        f-string name such as ``f"03_{fam}"`` matches each of them as a pattern.

    Returns
    -------
    list of (kind, name)
        ``kind`` is ``"figure"`` or ``"table"``; names that match no file are left out, and so are calls whose name
        is a variable (docs/CONTRACT.md: a literal or an f-string in the call).
    """
    out = []
    for kind, pattern in save_calls(source):
        if pattern is not None:
            out += [(kind, n) for n in sorted(files) if re.fullmatch(pattern, n) and (kind, n) not in out]
    return out


def prose_html(text: str) -> str:
    """Printed conclusions as HTML.

    Lines starting with ``-``, ``*`` or ``•`` become list items, a short line
    (at most 60 characters) without final punctuation before a list becomes a
    heading, other lines paragraphs. Every piece of text is HTML-escaped.

    Parameters
    ----------
    text : str
        The printed text.

    Returns
    -------
    str
        A ``<div class="prose">`` element.
    """
    lines = [ln.rstrip() for ln in text.splitlines()]
    out, items = [], []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for i, ln in enumerate(lines):
        s = ln.strip()
        m = re.match(r"^[-*•]\s+(.*)$", s)
        if m:
            items.append(m.group(1))
            continue
        flush()
        if not s:
            continue
        nxt = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
        if len(s) <= 60 and not s.endswith((".", ":", ";", ",")) and re.match(r"^[-*•]\s", nxt):
            out.append(f'<p class="prose-head"><strong>{html.escape(s)}</strong></p>')
        else:
            out.append(f"<p>{html.escape(s)}</p>")
    flush()
    return '<div class="prose">' + "".join(out) + "</div>"


def drop_row_numbers(table_html: str) -> str:
    """Remove the index column of a pandas HTML table when it holds only integers (row numbers).

    A labelled index (names, dates) is kept.

    Parameters
    ----------
    table_html : str
        A table as written by pandas.

    Returns
    -------
    str
        The table without its row-header cells (in the body and the header), or ``table_html`` unchanged
        when it has no row headers or one of them is not an integer.
    """
    body = re.search(r"<tbody>(.*?)</tbody>", table_html, re.S)
    if not body:
        return table_html
    rows = re.findall(r"<tr[^>]*>\s*<th[^>]*>(.*?)</th>", body.group(1), re.S)
    n_rows = len(re.findall(r"<tr[^>]*>", body.group(1)))
    if not rows or len(rows) != n_rows or not all(_INT_CELL_RE.match(r.strip()) for r in rows):
        return table_html
    new_body = re.sub(r"(<tr[^>]*>)\s*<th[^>]*>.*?</th>", r"\1", body.group(1), flags=re.S)
    out = table_html[: body.start(1)] + new_body + table_html[body.end(1):]
    head = re.search(r"<thead>(.*?)</thead>", out, re.S)
    if head:
        new_head = re.sub(r"(<tr[^>]*>)\s*<th[^>]*>.*?</th>", r"\1", head.group(1), flags=re.S)
        out = out[: head.start(1)] + new_head + out[head.end(1):]
    return out


EMPTY_TABLE_NOTE = ('<p class="empty-table"><em>This table has no rows: nothing in this corpus matched (the line '
                    "above it says how many were found).</em></p>")
"""What a reader page shows instead of a table with a header and no row, which looks like a failed run."""


def _mark_long_tables(fragment: str) -> str:
    def mark(m):
        table = drop_row_numbers(m.group(0))
        n = len(re.findall(r"<tr", table.split("<tbody>", 1)[-1]))
        if n == 0 and "<tbody>" in table:
            return EMPTY_TABLE_NOTE
        if n > INTERACTIVE_ROWS:
            table = table.replace('class="dataframe', 'data-interactive="1" class="dataframe', 1)
        return table

    return re.sub(r"<table[^>]*class=\"dataframe.*?</table>", mark, fragment, flags=re.S)


_PLAIN_CELLS = {"True": "yes", "False": "no", "NaN": "n/a", "None": "n/a", "&lt;NA&gt;": "n/a", "NaT": "n/a"}
_MISSING_CELLS = ("NaN", "&lt;NA&gt;", "NaT")
"""pandas' marks of a missing value: "n/a" in every column."""
_TBODY_RE = re.compile(r"<tbody>.*?</tbody>", re.S)
_ROW_RE = re.compile(r"<tr[^>]*>.*?</tr>", re.S)
_CELL_RE = re.compile(r"<td>([^<>]*)</td>")
_NUMBER_RE = re.compile(r"[-+]?(?:\d[\d,]*)?\.?\d+(?:[eE][-+]?\d+)?|[-+]?inf")


def _plain_body(body: str) -> str:
    rows = [[c.group(1) for c in _CELL_RE.finditer(r.group(0))] for r in _ROW_RE.finditer(body)]
    # a column holding any other text (titles, passages, names) keeps True/False/None as written: article text is
    # data (review 12bi-v: a headline "True" became "yes")
    text_columns = {j for row in rows for j, v in enumerate(row)
                    if v not in _PLAIN_CELLS and not _NUMBER_RE.fullmatch(v.strip())}

    def row(m: re.Match) -> str:
        j = -1

        def cell(c: re.Match) -> str:
            nonlocal j
            j += 1
            v = c.group(1)
            if v in _MISSING_CELLS or (v in _PLAIN_CELLS and j not in text_columns):
                return f"<td>{_PLAIN_CELLS[v]}</td>"
            return c.group(0)

        return _CELL_RE.sub(cell, m.group(0))

    return _ROW_RE.sub(row, body)


def plain_values(fragment: str) -> str:
    """The cells of a pandas table that hold only Python's ``True``/``False`` as "yes"/"no", and a missing value
    (``NaN``, ``None``, ``<NA>``, ``NaT``) as "n/a", the word the heat maps use for no interval (reader pages: a
    journalist read "stable: False" and 169 "NaN" bounds on notebook 02's page as Python, review 12bi-x); other
    text unchanged.

    ``True``, ``False`` and ``None`` change only in a column whose other cells are such values or numbers: in a
    column of text (a title, a passage, a name) they are the article's own words and stay (review 12bi-v).

    Parameters
    ----------
    fragment : str
        HTML holding tables as written by pandas.

    Returns
    -------
    str
        The fragment with those cells changed.
    """
    return _TBODY_RE.sub(lambda m: _plain_body(m.group(0)), fragment)


def collect_warnings(text: str) -> list[str]:
    """Warning messages in stderr text, without file names, line numbers or source lines.

    Parameters
    ----------
    text : str
        A cell's stderr output.

    Returns
    -------
    list of str
        ``"Category: message"`` for each warning; other non-blank lines (except the indented source line
        after a warning) stripped but otherwise as they are.
    """
    out, skip_source = [], False
    for ln in text.splitlines():
        if skip_source and ln.startswith((" ", "\t")):
            skip_source = False
            continue
        skip_source = False
        m = _WARN_RE.match(ln)
        if m:
            out.append(f"{m.group(1)}: {m.group(2).strip()}")
            skip_source = True
        elif ln.strip():
            out.append(ln.strip())
    return out


def _is_prose(cell, previous_md: str) -> bool:
    if PROSE_TAG in cell.get("metadata", {}).get("tags", []):
        return True
    heading = re.match(r"^\s*#+\s*(.*)", previous_md)
    return bool(heading and heading.group(1).lower().startswith("what this"))


def figure_info(figures: Path, name: str) -> dict:
    """Title and alt text stored in ``<figures>/<name>.svg`` by :func:`helpers.notebook.output.save_figure`.

    Parameters
    ----------
    figures : Path
        The figures folder.
    name : str
        The figure's name (without suffix).

    Returns
    -------
    dict
        ``title`` (default ``name``) and ``alt`` (default ""), read from the SVG's ``dc:title`` and
        ``dc:description``; the defaults when the SVG is missing.
    """
    svg = figures / f"{name}.svg"
    info = {"title": name, "alt": ""}
    if svg.is_file():
        head = svg.read_text(encoding="utf-8", errors="replace")[:6000]
        for key, tag in (("title", "dc:title"), ("alt", "dc:description")):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", head, re.S)
            if m:
                info[key] = html.unescape(m.group(1)).strip()
    return info


def _links(names: list[tuple[str, str]], csvs: set[str]) -> dict | None:
    shown = [n for _, n in names if n in csvs]
    if not shown:
        return None
    links = " · ".join(f'<a href="figures/{html.escape(n)}.csv">{html.escape(n)}.csv</a>' for n in shown)
    return {"output_type": "display_data", "metadata": {},
            "data": {"text/html": f'<p class="full-data">Full data (CSV): {links}</p>'}}


def _prepare_notebook(nb, figures: Path, reader: bool):
    """A copy of ``nb`` with the page-level changes applied (see the module docstring).

    Returns
    -------
    (notebook, warnings, evidence)
        ``warnings``: distinct warning lines of the run (the reader variant
        drops them from the cells); ``evidence``: file name (without
        extension) saved by a cell to the id of the heading above that cell.
    """
    nb = copy.deepcopy(nb)
    names_here = {p.stem for p in figures.iterdir()} if figures.is_dir() else set()
    csvs = {p.stem for p in figures.glob("*.csv")}
    warnings: list[str] = []
    evidence: dict[str, str] = {}
    previous_md, anchor = "", ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            previous_md = cell.source
            for ln in cell.source.splitlines():
                m = re.match(r"^#{1,3}\s+(.*)", ln)
                if m:
                    anchor = _anchor(m.group(1))
            continue
        if cell.cell_type != "code":
            continue
        names = saved_names(cell.source, names_here)
        # a figure saved inside a helper (the frame families' sections) names itself in its output's metadata
        names += [("figure", n) for n in _shown_figures(cell) if n in names_here and ("figure", n) not in names]
        for _, n in names:
            evidence.setdefault(n, anchor)
        figs = [n for k, n in names if k == "figure"]
        prose = _is_prose(cell, previous_md)
        previous_md = ""
        outputs = []
        images = 0
        for out in cell.get("outputs", []):
            if out.output_type == "stream" and out.name == "stderr":
                for w in collect_warnings(out.text):
                    if w not in warnings:
                        warnings.append(w)
                if reader:
                    continue
            elif out.output_type == "error" and reader:  # the reader page gives the message; the traceback is code
                out = {"output_type": "display_data", "metadata": {}, "data": {"text/html": _error_html(out)}}
            elif out.output_type == "stream" and prose:
                out = {"output_type": "display_data", "metadata": {}, "data": {"text/html": prose_html(out.text)}}
            elif "image/png" in out.get("data", {}):
                out = _figure_output(out, figs, images, figures)
                images += 1
            elif "text/html" in out.get("data", {}):
                table = _mark_long_tables(out.data["text/html"])
                # the CSVs keep proportions and column names
                out.data["text/html"] = readable_headers(plain_values(percent_shares(table))) if reader else table
                out.data.pop("text/plain", None)
            outputs.append(out)
        link = _links(names, csvs)
        if link and outputs:
            outputs.append(link)
        cell.outputs = outputs
    return nb, warnings, evidence


def _error_html(out) -> str:
    """The error of a failed cell as one escaped paragraph (for the reader page, which shows no code)."""
    name, value = html.escape(str(out.get("ename", "Error"))), html.escape(str(out.get("evalue", "")))
    return (f'<div class="run-error"><p><strong>{name}</strong>: {value}</p><p>The notebook stopped here; the '
            "traceback is on the page with code.</p></div>")


def _shown_figures(cell) -> list[str]:
    """Names of the saved figures a code cell shows, from its image outputs' metadata (``figure``, set by
    :func:`helpers.notebook.output.save_figure`'s inline display): the only trace of a figure that a helper saves
    and shows, its ``save_figure`` call not being in the cell (review s80-F: the frame families' evidence links
    landed on another section and their tables had no data link)."""
    names = []
    for out in cell.get("outputs", []):
        md = out.get("metadata", {}) if "image/png" in out.get("data", {}) else {}
        name = (md.get("image/png") or {}).get("figure") or md.get("figure")
        if isinstance(name, str) and name not in names:
            names.append(name)
    return names


def _figure_output(out, figs: list[str], i: int, figures: Path):
    md = dict(out.get("metadata", {}))
    shown = dict(md.pop("image/png", {}) or {})  # IPython keeps per-type metadata under the type
    name = shown.pop("figure", None) or md.pop("figure", None) or (figs[i] if i < len(figs) else None)
    md["alt"] = md.get("alt") or shown.get("alt")
    if name and (figures / f"{name}.png").is_file():
        info = figure_info(figures, name)
        md["alt"] = md.get("alt") or info["alt"] or info["title"]
        md["filenames"] = {"image/png": f"figures/{name}.png"}
    md.setdefault("alt", "Figure (no description was saved with it)")
    return {**out, "metadata": md}


def _anchor(heading: str) -> str:
    """The id nbconvert gives a Markdown heading (spaces to '-', Markdown emphasis dropped)."""
    text = re.sub(r"[*_`]", "", heading).strip()
    return text.replace(" ", "-")


def add_toc(page: str) -> str:
    """Insert a table of contents of the page's h2/h3 headings (with anchors) after its first h1.

    Parameters
    ----------
    page : str
        An HTML page whose headings carry ``id`` attributes.

    Returns
    -------
    str
        The page with a ``<nav class="toc">`` after the first ``</h1>`` (else after ``<main>``, else at the
        start); the page unchanged when it has fewer than two h2/h3 headings.
    """
    heads = [(int(lv), hid, html.unescape(_TAG_RE.sub("", inner)).replace("¶", "").strip())
             for lv, hid, inner in _HEADING_RE.findall(page)]
    entries = [h for h in heads if h[0] in (2, 3)]
    if len(entries) < 2:
        return page
    # hid is an attribute value as written (already escaped): unescape it once, or "&amp;" is escaped twice
    items = "".join(f'<li class="toc-{lv}"><a href="#{html.escape(html.unescape(hid))}">{html.escape(text)}</a></li>'
                    for lv, hid, text in entries)
    nav = f'<nav class="toc" aria-label="Contents"><p class="toc-title">Contents</p><ol>{items}</ol></nav>'
    m = re.search(r"</h1>", page)
    if not m:
        m = re.search(r"<main>", page)
    return page[: m.end()] + nav + page[m.end():] if m else nav + page


def _lab_css() -> str:
    """JupyterLab's page style as shipped with nbconvert (index.css and the light theme)."""
    from jupyter_core.paths import jupyter_path

    for root in jupyter_path("nbconvert", "templates"):
        static = Path(root) / "lab" / "static"
        if (static / "index.css").is_file():
            return "\n".join((static / n).read_text(encoding="utf-8") for n in ("index.css", "theme-light.css"))
    raise FileNotFoundError("nbconvert's lab template (lab/static/index.css) is not installed: run make install")


def write_assets(out_dir: Path) -> Path:
    """Write the shared script and styles into ``<out_dir>/assets/`` (once per report, used by every page).

    Parameters
    ----------
    out_dir : Path
        The report folder.

    Returns
    -------
    Path
        The assets folder, holding ``report.js``, ``report.css`` and ``lab.css``.
    """
    target = out_dir / ASSETS
    target.mkdir(parents=True, exist_ok=True)
    for name in ("report.js", "report.css"):
        (target / name).write_text((TEMPLATE_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (target / "lab.css").write_text(_lab_css(), encoding="utf-8")
    return target


def escaped_list(lines: list[str]) -> str:
    """An HTML bullet list of ``lines``, each escaped (one ``<li>`` per line).

    Parameters
    ----------
    lines : list of str

    Returns
    -------
    str
        ``<ul>...</ul>``.
    """
    return "<ul>" + "".join(f"<li>{html.escape(w)}</li>" for w in lines) + "</ul>"


def _notes(warnings: list[str]) -> str:
    if not warnings:
        return ""
    return (f'<details class="run-notes" id="notes"><summary>Notes on this run ({count(len(warnings), "warning")} '
            f"from the analysis code)</summary>{escaped_list(warnings)}</details>")


_EXPORTERS: dict = {}
_LOCK = threading.Lock()
_FOCUSABLE_RE = re.compile(r'<div class="(jp-Cell-inputWrapper|[^"]*\bjp-OutputArea-output\b[^"]*)"(?![^>]*\btabindex=)')
_IMG_NO_ALT_RE = re.compile(r"<img(?![^>]*\balt=)")


def _page_fixes(page: str) -> str:
    """What nbconvert's HTML exporter adds by re-parsing the whole page with BeautifulSoup (about half of the
    export time), done on the page text: cell inputs and outputs focusable with the keyboard
    (``tabindex="0"``), and an ``alt`` on any image without one. Text in the page is escaped, so a match is
    always markup made by the template."""
    page = _FOCUSABLE_RE.sub(lambda m: f'<div class="{m.group(1)}" tabindex="0"', page)
    return _IMG_NO_ALT_RE.sub('<img alt="Figure (no description was saved with it)"', page)


def _exporter_class():
    """nbconvert's HTML exporter without its BeautifulSoup pass (see :func:`_page_fixes`)."""
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class _PageExporter(HTMLExporter):
        def from_notebook_node(self, nb, resources=None, **kw):
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            self.register_filter("highlight_code", self.filters.get(
                "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources))
            page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return _page_fixes(page), resources

    return _PageExporter


def _exporter(reader: bool):
    """One HTML exporter per variant and thread (building its template environment takes a while)."""
    key = (reader, threading.get_ident())
    with _LOCK:
        if key not in _EXPORTERS:
            exporter = _exporter_class()(template_name="news_report", extra_template_basedirs=[str(TEMPLATE_DIR)])
            exporter.exclude_input = reader
            exporter.exclude_input_prompt = reader
            exporter.exclude_output_prompt = reader
            _EXPORTERS[key] = exporter
        return _EXPORTERS[key]


def export_pages(nb_path: Path, banner_html: str = "", other_pages: list[tuple[str, str]] | None = None
                 ) -> tuple[list[Path], dict[str, str]]:
    """Write ``NN_x.html`` (with code) and ``NN_x.reader.html`` (for readers) beside ``nb_path``.

    Parameters
    ----------
    nb_path : Path
        An executed notebook in a report folder (figures in ``figures/`` beside it).
    banner_html : str
        Already-escaped HTML shown at the top of both pages (incomplete report).
    other_pages : list of (label, href), optional
        Links shown in the navigation bar of each page.

    Returns
    -------
    (pages, evidence)
        The two page paths, and the map of saved file names to heading ids
        (see :func:`_prepare_notebook`).
    """
    import nbformat

    nb = nbformat.read(str(nb_path), as_version=4)
    figures = nb_path.parent / "figures"
    made, evidence = [], {}
    for suffix, reader in (("", False), (".reader", True)):
        prepared, warnings, evidence = _prepare_notebook(nb, figures, reader)
        body, _ = _exporter(reader).from_notebook_node(prepared, resources={"metadata": {"name": nb_path.stem}})
        other = f'<a href="{html.escape(nb_path.stem + ("" if reader else ".reader") + ".html")}">' + \
            ("page with code" if reader else "page for readers") + "</a>"
        nav = ('<nav class="report-nav"><a href="index.html">← Report summary</a> · '
               + " · ".join(f'<a href="{html.escape(h)}">{html.escape(t)}</a>' for t, h in (other_pages or []))
               + f" · {other}</nav>")
        body = body.replace("<main>", "<main>" + nav + banner_html, 1)
        body = add_toc(body)
        if reader:
            body = body.replace("</main>", _notes(warnings) + "</main>", 1)
        target = nb_path.with_name(nb_path.stem + suffix + ".html")
        target.write_text(body, encoding="utf-8")
        made.append(target)
    return made, evidence
