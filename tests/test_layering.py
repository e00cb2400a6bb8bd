"""The layering rule of docs/ARCHITECTURE.md: no helpers module imports from a higher layer."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PACKAGE = ROOT / "helpers"
_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*$")
_EXC = re.compile(r"^\|\s*`([\w*]+)`\s*\|\s*`([\w*]+)`\s*\|")


def _section(text: str, heading: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(heading)
    out = []
    for ln in lines[start + 1:]:
        if ln.startswith("## "):
            break
        out.append(ln)
    return out


def parse_layers(text: str) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """Exact names and prefixes (name ending in ``*``) of the layer table, with their layer."""
    exact: dict[str, int] = {}
    prefixes: list[tuple[str, int]] = []
    for ln in _section(text, "## Layer table"):
        m = _ROW.match(ln)
        if not m:
            continue
        layer = int(m.group(1))
        for name in re.findall(r"`([\w*]+)`", m.group(3)):
            if name in exact or any(p == name[:-1] for p, _ in prefixes):
                raise ValueError(f"{name} is listed twice in the layer table of {DOC}")
            if name.endswith("*"):
                prefixes.append((name[:-1], layer))
            else:
                exact[name] = layer
    if not exact:
        raise ValueError(f"no layer table rows found under '## Layer table' in {DOC}")
    return exact, prefixes


def parse_exceptions(text: str) -> set[tuple[str, str]]:
    """(module, imported module) pairs listed under '## Known exceptions'."""
    return {(m.group(1), m.group(2)) for ln in _section(text, "## Known exceptions")
            if (m := _EXC.match(ln))}


def layer_of(name: str, exact: dict[str, int], prefixes: list[tuple[str, int]]) -> int | None:
    if name in exact:
        return exact[name]
    hits = [layer for p, layer in prefixes if name.startswith(p)]
    return hits[0] if hits else None


def helpers_imports(source: str, modules: set[str]) -> set[str]:
    """Names of helpers modules imported anywhere in ``source`` (top level or inside functions).

    ``from . import x`` counts as an import of module ``x`` when ``x`` is a module of the
    package, otherwise as an import of the package façade ``__init__``.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level > 1:
                continue  # above the package: not a helpers module
            if node.level == 1:
                parts = node.module.split(".") if node.module else []
            elif node.module and (node.module == "helpers" or node.module.startswith("helpers.")):
                parts = node.module.split(".")[1:]
            else:
                continue
            if parts:
                found.add(parts[0])
            else:
                found.update(a.name if a.name in modules else "__init__" for a in node.names)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "helpers":
                    found.add("__init__")
                elif a.name.startswith("helpers."):
                    found.add(a.name.split(".")[1])
    return found


def _violations(package: Path, text: str) -> tuple[list[str], list[str], set[tuple[str, str]]]:
    exact, prefixes = parse_layers(text)
    modules = {p.stem for p in package.glob("*.py")}
    unknown, bad, seen = [], [], set()
    for path in sorted(package.glob("*.py")):
        mine = layer_of(path.stem, exact, prefixes)
        if mine is None:
            unknown.append(path.stem)
            continue
        for dep in sorted(helpers_imports(path.read_text(encoding="utf-8"), modules) - {path.stem}):
            theirs = layer_of(dep, exact, prefixes)
            if theirs is None:
                continue  # reported as unknown when the module exists; a missing module fails at import
            if theirs > mine:
                seen.add((path.stem, dep))
                bad.append(f"helpers/{path.name} (layer {mine}) imports {dep} (layer {theirs})")
    return unknown, bad, seen


def test_every_module_has_a_layer():
    unknown, _, _ = _violations(PACKAGE, DOC.read_text(encoding="utf-8"))
    assert not unknown, (f"helpers modules without a layer: {unknown}. Add each name to the row of its "
                         f"layer in the '## Layer table' of {DOC.relative_to(ROOT)}.")


def test_no_import_from_a_higher_layer():
    text = DOC.read_text(encoding="utf-8")
    allowed = parse_exceptions(text)
    _, bad, seen = _violations(PACKAGE, text)
    new = [msg for msg in bad
           if not any(msg.startswith(f"helpers/{m}.py ") and f" imports {d} (layer" in msg for m, d in allowed)]
    assert not new, ("imports from a higher layer (see docs/ARCHITECTURE.md): " + "; ".join(new)
                     + ". Move the imported code down a layer, or the importing code up.")
    stale = sorted(allowed - seen)
    assert not stale, (f"listed under '## Known exceptions' in docs/ARCHITECTURE.md but no longer "
                       f"imported: {stale}; remove these rows.")


# ---- the checker itself, on a small package written here ----

_DOC = """## Layer table

| layer | name | modules |
|---|---|---|
| 1 | bottom | `base` |
| 2 | top | `upper`, `run_*` |

## Known exceptions

| module | imports | why |
|---|---|---|
"""


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    pkg = tmp_path / "helpers"
    pkg.mkdir()
    for name, src in files.items():
        (pkg / f"{name}.py").write_text(src, encoding="utf-8")
    return pkg


def test_checker_accepts_downward_imports(tmp_path):
    pkg = _package(tmp_path, {"base": "import os\n", "upper": "from .base import x\n",
                              "run_all": "from helpers.upper import y\nfrom . import base\n"})
    assert _violations(pkg, _DOC) == ([], [], set())


def test_checker_finds_upward_import_inside_a_function(tmp_path):
    pkg = _package(tmp_path, {"base": "def f():\n    from .upper import y\n    return y\n", "upper": ""})
    unknown, bad, seen = _violations(pkg, _DOC)
    assert unknown == [] and seen == {("base", "upper")}
    assert "helpers/base.py (layer 1) imports upper (layer 2)" in bad


def test_checker_finds_absolute_and_package_imports(tmp_path):
    src = "import helpers.upper\nfrom helpers import run_x\n"
    pkg = _package(tmp_path, {"base": src, "upper": "", "run_x": ""})
    assert _violations(pkg, _DOC)[2] == {("base", "upper"), ("base", "run_x")}


def test_checker_reports_unknown_module(tmp_path):
    pkg = _package(tmp_path, {"base": "", "stray": "from .base import x\n"})
    assert _violations(pkg, _DOC)[0] == ["stray"]


def test_parser_rejects_a_doc_without_table():
    with pytest.raises(ValueError, match="no layer table rows"):
        parse_layers("## Layer table\n\nnothing here\n")


def test_parser_reads_exceptions():
    text = _DOC + "| `base` | `upper` | reason |\n"
    assert parse_exceptions(text) == {("base", "upper")}
