"""The layering rule of docs/ARCHITECTURE.md: no helpers module imports from a higher layer."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PACKAGE = ROOT / "helpers"
_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|")
_EXC = re.compile(r"^\|\s*`([\w./]+)`\s*\|\s*`([\w.]+)`\s*\|")
FACADE = "__init__"
"""The package façade ``helpers/__init__.py``: a unit of its own in the table."""


def _section(text: str, heading: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(heading)
    out = []
    for ln in lines[start + 1:]:
        if ln.startswith("## "):
            break
        out.append(ln)
    return out


def parse_layers(text: str) -> dict[str, int]:
    """Sub-package names (and ``__init__``) of the layer table, with their layer."""
    layers: dict[str, int] = {}
    for ln in _section(text, "## Layer table"):
        m = _ROW.match(ln)
        if not m:
            continue
        for name in re.findall(r"`([\w]+)/?`", m.group(3)):
            if name in layers:
                raise ValueError(f"{name} is listed twice in the layer table of {DOC}")
            layers[name] = int(m.group(1))
    if not layers:
        raise ValueError(f"no layer table rows found under '## Layer table' in {DOC}")
    return layers


def parse_exceptions(text: str) -> set[tuple[str, str]]:
    """(module file, imported sub-package) pairs listed under '## Known exceptions'."""
    return {(m.group(1), m.group(2)) for ln in _section(text, "## Known exceptions")
            if (m := _EXC.match(ln))}


def imported_units(source: str, unit: str, units: set[str]) -> set[str]:
    """Sub-packages (or the façade) of ``helpers`` imported anywhere in ``source`` (also inside functions).

    ``unit`` is the sub-package of the module (``__init__`` for the façade);
    relative imports are resolved against it.
    """
    here = [] if unit == FACADE else [unit]
    found: set[str] = set()

    def add(parts: list[str], names: list[str]) -> None:
        if parts:
            found.add(parts[0] if parts[0] in units else FACADE)
        else:  # from helpers import x / from .. import x
            found.update(n if n in units else FACADE for n in names)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            mod = node.module.split(".") if node.module else []
            if node.level:
                base = (["helpers", *here])[: len(here) + 2 - node.level]
                if not base:
                    continue  # above the package
                full = base + mod
            elif mod and mod[0] == "helpers":
                full = mod
            else:
                continue
            add(full[1:], [a.name for a in node.names])
        elif isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                if parts[0] == "helpers":
                    add(parts[1:], [FACADE])
    return found


def _violations(package: Path, text: str) -> tuple[list[str], list[str], set[tuple[str, str]]]:
    layers = parse_layers(text)
    units = {p.name for p in package.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    unknown = sorted(u for u in units | {FACADE} if u not in layers)
    bad, seen = [], set()
    files = [(package / "__init__.py", FACADE)] + [(p, p.parent.name) for u in sorted(units)
                                                     for p in sorted((package / u).glob("*.py"))]
    for path, unit in files:
        if not path.is_file() or unit not in layers:
            continue
        mine = layers[unit]
        for dep in sorted(imported_units(path.read_text(encoding="utf-8"), unit, units) - {unit}):
            theirs = layers.get(dep)
            if theirs is not None and theirs > mine:
                rel = path.relative_to(package.parent).as_posix()
                seen.add((rel, dep))
                bad.append(f"{rel} ({unit}, layer {mine}) imports {dep} (layer {theirs})")
    stray = sorted(p.name for p in package.glob("*.py") if p.name != "__init__.py")
    unknown += [f"{s} (a module outside every sub-package)" for s in stray]
    return unknown, bad, seen


def test_every_subpackage_has_a_layer():
    unknown, _, _ = _violations(PACKAGE, DOC.read_text(encoding="utf-8"))
    assert not unknown, (f"helpers sub-packages or modules without a layer: {unknown}. Put each module in a "
                         f"sub-package and add each sub-package to the row of its layer in the "
                         f"'## Layer table' of {DOC.relative_to(ROOT)}.")


_MODULE_ROW = re.compile(r"^\|\s*`(\w+)/`\s*\|([^|]*)\|")


def parse_modules(text: str) -> dict[str, set[str]]:
    """Module names listed per sub-package under '## Modules'."""
    return {m.group(1): set(re.findall(r"`(\w+)`", m.group(2)))
            for ln in _section(text, "## Modules") if (m := _MODULE_ROW.match(ln))}


def _module_gaps(package: Path, text: str) -> tuple[list[str], list[str]]:
    listed = parse_modules(text)
    present = {p.parent.name: {f.stem for f in p.parent.glob("*.py") if f.name != "__init__.py"}
               for p in package.glob("*/__init__.py")}
    missing = sorted(f"{u}/{m}" for u, ms in present.items() for m in ms - listed.get(u, set()))
    gone = sorted(f"{u}/{m}" for u, ms in listed.items() for m in ms - present.get(u, set()))
    return missing, gone


def test_every_module_is_listed():
    missing, gone = _module_gaps(PACKAGE, DOC.read_text(encoding="utf-8"))
    assert not missing, (f"modules not listed under '## Modules' in {DOC.relative_to(ROOT)}: {missing}; add each "
                         f"to the row of its sub-package.")
    assert not gone, f"listed under '## Modules' in {DOC.relative_to(ROOT)} but not in helpers/: {gone}; remove them."


def test_every_module_is_named_in_the_readme():
    # review s79-C: the README's folder listing, the map a newcomer reads first, missed six modules (two of them the
    # registries every new output column must join) while ARCHITECTURE.md listed them
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## Where things are"):text.index("**Where a change belongs.**")]
    families = [g.replace("*", "") for g in re.findall(r"([a-z_]+\*)\.py", block)]  # "role_*.py"
    missing = sorted(f"{f.parent.name}/{f.name}" for f in PACKAGE.glob("*/*.py")
                     if f.stem not in ("__init__", "__main__")
                     and not re.search(rf"(?<![\w.]){re.escape(f.stem)}(?:\.py)?(?!\w)", block)
                     and not any(f.stem.startswith(g) for g in families))
    assert not missing, f"modules the README's 'Where things are' does not name: {missing}; add each to its line."


def test_no_import_from_a_higher_layer():
    text = DOC.read_text(encoding="utf-8")
    allowed = parse_exceptions(text)
    _, bad, seen = _violations(PACKAGE, text)
    new = [msg for msg in bad if not any(msg.startswith(f"{m} ") and f" imports {d} (layer" in msg for m, d in allowed)]
    assert not new, ("imports from a higher layer (see docs/ARCHITECTURE.md): " + "; ".join(new)
                     + ". Move the imported code down a layer, or the importing code up.")
    stale = sorted(allowed - seen)
    assert not stale, (f"listed under '## Known exceptions' in docs/ARCHITECTURE.md but no longer "
                       f"imported: {stale}; remove these rows.")


# ---- the checker itself, on a small package written here ----

_DOC = """## Layer table

| layer | name | sub-packages |
|---|---|---|
| 1 | bottom | `base/` |
| 2 | top | `upper/`, `__init__` |

## Known exceptions

| module | imports | why |
|---|---|---|
"""


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    pkg = tmp_path / "helpers"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    for name, src in files.items():
        path = pkg / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(src, encoding="utf-8")
    return pkg


def test_checker_accepts_downward_imports(tmp_path):
    pkg = _package(tmp_path, {"base/a": "import os\n", "upper/b": "from ..base.a import x\nfrom .c import y\n",
                              "upper/c": "from helpers.base import a\nfrom .. import base\n"})
    assert _violations(pkg, _DOC) == ([], [], set())


def test_checker_finds_upward_import_inside_a_function(tmp_path):
    pkg = _package(tmp_path, {"base/a": "def f():\n    from ..upper.b import y\n    return y\n", "upper/b": ""})
    unknown, bad, seen = _violations(pkg, _DOC)
    assert unknown == [] and seen == {("helpers/base/a.py", "upper")}
    assert "helpers/base/a.py (base, layer 1) imports upper (layer 2)" in bad


def test_checker_finds_absolute_and_facade_imports(tmp_path):
    src = "import helpers.upper.b\nfrom helpers import load\n"
    pkg = _package(tmp_path, {"base/a": src, "upper/b": ""})
    assert _violations(pkg, _DOC)[2] == {("helpers/base/a.py", "upper"), ("helpers/base/a.py", "__init__")}


def test_checker_reports_unknown_subpackage_and_stray_module(tmp_path):
    pkg = _package(tmp_path, {"base/a": "", "extra/x": "", "stray": ""})
    assert _violations(pkg, _DOC)[0] == ["extra", "stray.py (a module outside every sub-package)"]


def test_parser_rejects_a_doc_without_table():
    with pytest.raises(ValueError, match="no layer table rows"):
        parse_layers("## Layer table\n\nnothing here\n")


def test_module_check_finds_unlisted_and_gone_modules(tmp_path):
    pkg = _package(tmp_path, {"base/a": "", "base/b": "", "upper/c": ""})
    doc = "## Modules\n\n| sub-package | modules |\n|---|---|\n| `base/` | `a`, `old` |\n| `upper/` | `c` |\n"
    assert _module_gaps(pkg, doc) == (["base/b"], ["base/old"])


def test_parser_reads_exceptions():
    text = _DOC + "| `helpers/base/a.py` | `upper` | reason |\n"
    assert parse_exceptions(text) == {("helpers/base/a.py", "upper")}
