"""Public API hygiene of ``helpers/``: every module declares ``__all__``, and every function or class it
exports has a numpydoc docstring with the sections its code calls for.

The check reads each module with :mod:`ast` (nothing is imported):

- a module that defines public names at top level has a literal ``__all__``, and every name in it exists;
- every function or class named in ``__all__`` has a docstring;
- a function that takes arguments (other than ``self``/``cls``) has a ``Parameters`` section; a class whose
  own ``__init__`` takes arguments has one in the class or the ``__init__`` docstring;
- a function that returns a value has a ``Returns`` section, a generator a ``Yields`` section;
- a function whose own body raises ``ValueError``, ``TypeError`` or ``FileNotFoundError`` (and does not
  catch it itself) has a ``Raises`` section (errors raised by the functions it calls are not seen).

A numpydoc section is a line with its title followed by a line of dashes::

    Parameters
    ----------
"""
from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "helpers"
CHECKED_ERRORS = frozenset({"ValueError", "TypeError", "FileNotFoundError"})
_SECTION = re.compile(r"^[ \t]*([A-Z][A-Za-z ]+?)[ \t]*\n[ \t]*-{3,}[ \t]*$", re.MULTILINE)

# Modules that other helpers are editing at the same time as this check was written: their docstring gaps are
# listed here (module file -> exported names) and skipped until those edits are merged. PENDING: fill these
# docstrings and empty this table; the test warns about an entry that no longer has a gap.
PENDING: dict[str, set[str]] = {
}


def sections(doc: str | None) -> set[str]:
    """Titles of the numpydoc sections of a docstring.

    Parameters
    ----------
    doc : str or None
        The docstring (``None`` when there is none).

    Returns
    -------
    set of str
        The section titles (``"Parameters"``, ``"Returns"``, ...), empty when there are none.
    """
    return {m.group(1) for m in _SECTION.finditer(doc or "")}


def _own_nodes(func: ast.FunctionDef | ast.AsyncFunctionDef):
    """The nodes of a function body, without those of nested functions, lambdas and classes."""
    skip = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
    stack = [n for n in func.body if not isinstance(n, skip)]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, skip):
                stack.append(child)


def _arguments(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = func.args
    names = [x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
    names += [x.arg for x in (a.vararg, a.kwarg) if x is not None]
    return [n for n in names if n not in ("self", "cls")]


def _raised(node: ast.Raise) -> str | None:
    exc = node.exc
    if isinstance(exc, ast.Call):
        exc = exc.func
    return exc.id if isinstance(exc, ast.Name) else None


def _caught(handler: ast.ExceptHandler) -> set[str]:
    types = handler.type
    if types is None:
        return {"BaseException"}
    elts = types.elts if isinstance(types, ast.Tuple) else [types]
    return {t.id if isinstance(t, ast.Name) else t.attr for t in elts if isinstance(t, (ast.Name, ast.Attribute))}


def _escaping_raises(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names of the exceptions the function's own body raises and does not catch itself."""
    found: set[str] = set()
    skip = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)

    def visit(node: ast.AST, caught: frozenset) -> None:
        if isinstance(node, ast.Raise):
            name = _raised(node)
            if name and name not in caught and not caught & {"Exception", "BaseException"}:
                found.add(name)
        if isinstance(node, ast.Try):
            inner = caught | frozenset().union(*(_caught(h) for h in node.handlers))
            for child in node.body:
                visit(child, inner)
            for child in (*node.handlers, *node.orelse, *node.finalbody):
                visit(child, caught)
            return
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, skip):
                visit(child, caught)

    for stmt in func.body:
        if not isinstance(stmt, skip):
            visit(stmt, frozenset())
    return found


def function_gaps(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """What the docstring of one function lacks, given its arguments and body.

    Parameters
    ----------
    func : ast.FunctionDef or ast.AsyncFunctionDef
        The parsed function.

    Returns
    -------
    list of str
        One short description per gap (``"no docstring"``, ``"no Returns section"``, ...); empty when none.
    """
    doc = ast.get_docstring(func)
    if not doc:
        return ["no docstring"]
    have, gaps = sections(doc), []
    if _arguments(func) and "Parameters" not in have:
        gaps.append("no Parameters section")
    nodes = list(_own_nodes(func))
    if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in nodes):
        if "Yields" not in have:
            gaps.append("no Yields section")
    elif any(isinstance(n, ast.Return) and n.value is not None
             and not (isinstance(n.value, ast.Constant) and n.value.value is None) for n in nodes):
        if "Returns" not in have:
            gaps.append("no Returns section")
    errors = sorted(_escaping_raises(func) & CHECKED_ERRORS)
    if errors and "Raises" not in have:
        gaps.append(f"no Raises section (raises {', '.join(errors)})")
    return gaps


def class_gaps(cls: ast.ClassDef) -> list[str]:
    """What the docstrings of one class lack: a docstring, and ``Parameters`` when its ``__init__`` takes any.

    Parameters
    ----------
    cls : ast.ClassDef
        The parsed class.

    Returns
    -------
    list of str
        One short description per gap; empty when none.
    """
    doc = ast.get_docstring(cls)
    if not doc:
        return ["no docstring"]
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
    if init is None or not _arguments(init):
        return []
    if "Parameters" in sections(doc) | sections(ast.get_docstring(init)):
        return []
    return ["no Parameters section (class or __init__ docstring) for the arguments of __init__"]


def declared_all(tree: ast.Module) -> list[str] | None:
    """The names of a module's ``__all__`` (``None`` when the module has none).

    Parameters
    ----------
    tree : ast.Module
        The parsed module.

    Returns
    -------
    list of str or None
        The names, in order.

    Raises
    ------
    ValueError
        When ``__all__`` is not a literal list or tuple of strings (write it out, so that it can be read
        without importing the module).
    """
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            try:
                names = ast.literal_eval(node.value)
            except ValueError:
                names = None
            if not isinstance(names, (list, tuple)) or not all(isinstance(n, str) for n in names):
                raise ValueError(f"line {node.lineno}: __all__ is not a literal list of strings; write the "
                                 f"names out")
            return list(names)
    return None


def _top_level(tree: ast.Module) -> dict[str, ast.AST]:
    """Names bound at the top level of a module (definitions, assignments, imports), with their node."""
    names: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        names[n.id] = node
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for a in node.names:
                names[(a.asname or a.name).split(".")[0]] = node
    return names


def module_gaps(source: str) -> tuple[list[str], dict[str, list[str]]]:
    """The ``__all__`` problems and the docstring gaps of one module's source.

    Parameters
    ----------
    source : str
        The module's source code.

    Returns
    -------
    problems : list of str
        ``__all__`` problems: missing while the module defines public functions, classes or constants, or
        naming something the module does not define or import.
    gaps : dict of str to list of str
        For each function or class of ``__all__`` defined in the module, what its docstring lacks (names
        without a gap are left out).
    """
    tree = ast.parse(source)
    top = _top_level(tree)
    exported = declared_all(tree)
    if exported is None:
        public = sorted(n for n, node in top.items()
                        if not n.startswith("_") and not isinstance(node, (ast.Import, ast.ImportFrom)))
        return ([f"no __all__ but public names {public}"] if public else []), {}
    problems = [f"__all__ names {n!r}, which the module neither defines nor imports"
                for n in exported if n not in top]
    gaps: dict[str, list[str]] = {}
    for name in exported:
        node = top.get(name)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found = function_gaps(node)
        elif isinstance(node, ast.ClassDef):
            found = class_gaps(node)
        else:
            continue
        if found:
            gaps[name] = found
    return problems, gaps


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", _modules(), ids=_rel)
def test_module_exports_are_documented(path):
    problems, gaps = module_gaps(path.read_text(encoding="utf-8"))
    pending = PENDING.get(_rel(path), set())
    stale = sorted(pending - set(gaps))
    gaps = {name: g for name, g in gaps.items() if name not in pending}
    assert not problems, f"{_rel(path)}: {'; '.join(problems)}. List the public names in __all__."
    assert not gaps, (f"{_rel(path)}: docstring gaps {gaps}. Write numpydoc docstrings (Parameters, Returns or "
                      f"Yields, Raises) for these functions and classes, or make them private (_name) when "
                      f"nothing outside the module uses them.")
    if stale:  # a warning, not a failure: the parallel edits may land in any order
        warnings.warn(f"{_rel(path)}: {stale} no longer have a docstring gap; remove them from PENDING in "
                      f"{Path(__file__).name}.", stacklevel=1)


def test_pending_lists_only_existing_modules():
    missing = sorted(m for m in PENDING if not (ROOT / m).is_file())
    if missing:
        warnings.warn(f"PENDING in {Path(__file__).name} names modules that no longer exist: {missing}; remove "
                      f"them.", stacklevel=1)


# ---- the checker itself, on functions written here ----

_GOOD = '''
__all__ = ["load", "Box", "LIMIT"]
LIMIT = 3


def load(path, *, strict=False):
    """Read a file.

    Parameters
    ----------
    path : str
        The file.
    strict : bool
        Fail on bad lines.

    Returns
    -------
    str
        The text.

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist.
    """
    if not path:
        raise FileNotFoundError(path)
    return open(path).read()


class Box:
    """A box.

    Parameters
    ----------
    size : int
        Its size.
    """

    def __init__(self, size):
        self.size = size
'''


def test_checker_accepts_a_documented_module():
    assert module_gaps(_GOOD) == ([], {})


def _gaps(src: str) -> dict[str, list[str]]:
    return module_gaps(src)[1]


def test_checker_finds_missing_sections():
    src = ('__all__ = ["f", "g", "h", "k"]\n'
           'def f(x):\n    """Do."""\n    return x\n'
           'def g():\n    """Go.\n\n    Returns\n    -------\n    int\n    """\n    yield 1\n'
           'def h(x):\n    """Check.\n\n    Parameters\n    ----------\n    x : int\n    """\n'
           '    if x:\n        raise ValueError("x")\n'
           'def k():\n    pass\n')
    assert _gaps(src) == {"f": ["no Parameters section", "no Returns section"], "g": ["no Yields section"],
                          "h": ["no Raises section (raises ValueError)"], "k": ["no docstring"]}


def test_checker_ignores_what_nested_functions_do_and_returns_of_none():
    src = ('__all__ = ["f"]\n'
           'def f():\n    """Run."""\n    def inner():\n        raise TypeError\n        return 1\n'
           '    if inner:\n        return\n    return None\n')
    assert _gaps(src) == {}


def test_checker_ignores_errors_the_function_catches_itself():
    src = ('__all__ = ["f", "g"]\n'
           'def f():\n    """Run."""\n    try:\n        raise ValueError("x")\n    except (ValueError, KeyError):\n'
           '        return\n'
           'def g():\n    """Run."""\n    try:\n        raise ValueError("x")\n    except KeyError:\n        pass\n'
           '    finally:\n        pass\n')
    assert _gaps(src) == {"g": ["no Raises section (raises ValueError)"]}


def test_checker_class_needs_parameters_only_for_its_own_init():
    src = ('__all__ = ["A", "B", "C"]\n'
           'class A:\n    """No init."""\n'
           'class B:\n    """Init with arguments."""\n    def __init__(self, x):\n        self.x = x\n'
           'class C:\n    pass\n')
    assert _gaps(src) == {"B": ["no Parameters section (class or __init__ docstring) for the arguments of "
                                "__init__"], "C": ["no docstring"]}


def test_checker_all_problems():
    assert module_gaps("def f():\n    pass\nX = 1\n")[0] == ["no __all__ but public names ['X', 'f']"]
    assert module_gaps("import os\ndef _f():\n    pass\n")[0] == []
    assert module_gaps('__all__ = ["gone"]\n')[0] == ["__all__ names 'gone', which the module neither defines "
                                                     "nor imports"]
    with pytest.raises(ValueError, match="not a literal list"):
        module_gaps('__all__ = ["a"] + other\n')


def test_sections_need_a_dash_underline():
    assert sections("Text.\n\n    Returns\n    -------\n    int\n") == {"Returns"}
    assert sections("Returns the text.\nParameters are none.\n") == set()
    assert sections(None) == set()
