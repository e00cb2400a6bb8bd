"""The notebooks of a report and their parameters: listing, defaults, validation of every -p value before any notebook runs."""
from __future__ import annotations

import ast
import json
import os
from pathlib import Path

from ..core.paths import PROJECT_ROOT
from ..core.wording import CLI_ENV, noun
from ..notebook.params import ParameterError, closest_name, parse_value
from ..notebook.specs import NOTEBOOK_SPECS, cross_check, notebook_spec

__all__ = ["NotebookFailed", "ReportError", "FIRST", "NOTEBOOK_DIR", "RUNNER_OPTIONS", "list_notebooks", "notebook_defaults", "parse_value", "plan_parameters"]


class ReportError(RuntimeError):
    """A report could not be built; the message names the notebook or parameter."""


class NotebookFailed(ReportError):
    """A notebook raised an error.

    Parameters
    ----------
    message : str
        The error message.
    cell : int or None
        The execution count of the failing cell (None when unknown); kept as ``cell``.
    error : str
        The exception, as text; kept as ``error``.
    """

    def __init__(self, message: str, cell: int | None, error: str):
        super().__init__(message)
        self.cell = cell
        self.error = error


NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"


RUNNER_OPTIONS = {"corpus": "--corpus PATH", "output_dir": "--out FOLDER (and --name NAME)"}
"""Notebook parameters that the runner sets itself, with the option to use instead of ``-p``."""


FIRST = "00_"
"""Notebooks whose name starts with this run alone, before the others (they fill the corpus cache)."""


def list_notebooks(prefixes: list[str] | None = None) -> list[Path]:
    """Numbered notebooks in ``notebooks/``, in reading order.

    Parameters
    ----------
    prefixes : list of str, optional
        Keep only notebooks whose file name starts with one of these.

    Returns
    -------
    list of Path
        The notebooks ``NN_*.ipynb``, sorted by name.

    Raises
    ------
    ReportError
        When ``prefixes`` match no notebook.
    """
    nbs = sorted(p for p in NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
    if prefixes:
        nbs = [p for p in nbs if any(p.name.startswith(x) for x in prefixes)]
        if not nbs:
            raise ReportError(f"no notebook in {NOTEBOOK_DIR} starts with {prefixes}")
    return nbs


def _parameter_cell(nb: Path) -> dict:
    import papermill

    params = papermill.inspect_notebook(str(nb))
    if not params:
        raise ReportError(f"{nb.name}: no cell tagged 'parameters'")
    return params


def _declared_parameters(nbs: list[Path]) -> dict[str, set[str]]:
    """Parameter names declared by each notebook (from its ``parameters`` cell)."""
    return {nb.name: set(_parameter_cell(nb)) for nb in nbs}


def notebook_defaults(nb: Path) -> dict:
    """The literal defaults of a notebook's ``parameters`` cell.

    Parameters
    ----------
    nb : Path
        The notebook.

    Returns
    -------
    dict
        Parameter name -> default value.

    Raises
    ------
    ReportError
        When a default is not a Python literal.
    """
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


def _check_parameters(given: dict, declared: dict[str, set[str]]) -> None:
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
            f"unknown {noun(len(unknown), 'parameter')} {unknown}.{closest_name(unknown[0], known)} "
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
    _check_parameters(given, _declared_parameters(every))
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
        before = os.environ.get(CLI_ENV)
        os.environ[CLI_ENV] = "1"  # the messages name -p options, as in the run itself (dogfood 12br-d)
        try:
            for k, v in mine.items():
                values[k] = spec[k].check(k, v)
            cross_check(nb.stem, values)
        except ParameterError as exc:
            shown = ", ".join(_option(k, v) for k, v in mine.items())
            raise ReportError(f"{nb.stem}: {exc} (given: {shown or 'defaults'})") from exc
        finally:
            if before is None:
                os.environ.pop(CLI_ENV, None)
            else:
                os.environ[CLI_ENV] = before
        plans[nb.name] = mine
    return plans


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
