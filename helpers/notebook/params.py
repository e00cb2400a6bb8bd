"""Validation of notebook parameters.

papermill only logs a warning for a parameter a notebook does not declare, and
accepts any value. Every notebook therefore calls :func:`check_params` right
after its ``parameters`` cell, so that a misspelt name or an out-of-range value
stops the run with a message that names the parameter and says what to do.
"""
from __future__ import annotations

import difflib
import types
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import yaml

from ..core.wording import noun
from ..corpus.sources import colon_keys

__all__ = ["Param", "ParameterError", "check_params", "closest_name", "parse_value"]

IPYTHON_NAMES = frozenset({"In", "Out", "get_ipython", "exit", "quit", "open"})


class ParameterError(ValueError):
    """A notebook parameter is unknown or has a bad value."""


@dataclass(frozen=True)
class Param:
    """Specification of one notebook parameter.

    Parameters
    ----------
    types : tuple of type
        Accepted Python types (``bool`` is never accepted as an ``int``).
    none_ok : bool
        Whether ``None`` is an accepted value.
    min, max : float, optional
        Inclusive bounds for numbers.
    choices : sequence, optional
        The only accepted values.
    help : str
        What the parameter means, shown in error messages.
    """

    types: tuple = (str,)
    none_ok: bool = False
    min: float | None = None
    max: float | None = None
    choices: Sequence[Any] | None = None
    help: str = ""
    item_types: tuple | None = field(default=None)

    def describe(self) -> str:
        """Type and range in words, e.g. ``"int, 1 to 200, or None"``."""
        parts = [_type_names(self.types)]
        if self.item_types is not None:
            parts[0] += f" of {_type_names(self.item_types)}"
        if self.choices is not None:
            parts.append("one of " + ", ".join(repr(c) for c in self.choices))
        if self.min is not None and self.max is not None:
            parts.append(f"{_number(self.min)} to {_number(self.max)}")
        elif self.min is not None:
            parts.append(f">= {_number(self.min)}")
        elif self.max is not None:
            parts.append(f"<= {_number(self.max)}")
        text = ", ".join(parts)
        return text + ", or None" if self.none_ok else text

    def check(self, name: str, value: Any) -> Any:
        """Return ``value`` if valid, else raise :class:`ParameterError`."""
        hint = f" ({self.help})" if self.help else ""
        if value is None:
            if self.none_ok:
                return None
            raise ParameterError(f"parameter {name!r} must not be None{hint}.")
        if isinstance(value, str) and str not in self.types and {list, dict, bool} & set(self.types):
            # review s79-F: papermill's -p passes '[2017-12-22]', '{date: pub_date}' and 'true' as text; read them as
            # the report runner reads its -p values (YAML), and keep the text when that gives another type
            parsed = parse_value(value)
            if parsed is None and self.none_ok:  # "-p day_first none", as the runner reads it (review s79-G)
                return None
            if isinstance(parsed, self.types) and not (isinstance(parsed, bool) and bool not in self.types):
                value = parsed
        if isinstance(value, bool) and bool not in self.types:
            raise ParameterError(
                f"parameter {name!r} must be {_type_names(self.types)}, got {value!r}{hint}."
            )
        if not isinstance(value, self.types):
            if float in self.types and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            else:
                raise ParameterError(
                    f"parameter {name!r} must be {_type_names(self.types)}, "
                    f"got {type(value).__name__} {value!r}{hint}.{_list_hint(self.types, name, value)}"
                )
        if self.item_types is not None:
            bad = [v for v in value if not isinstance(v, self.item_types) or isinstance(v, bool)]
            if bad:
                raise ParameterError(
                    f"parameter {name!r} must hold only {_type_names(self.item_types)}, "
                    f"got {bad[0]!r}{hint}."
                )
        if self.choices is not None and value not in self.choices:
            raise ParameterError(
                f"parameter {name!r} must be one of {list(self.choices)!r}, got {value!r}{hint}."
            )
        if self.min is not None and value < self.min:
            raise ParameterError(
                f"parameter {name!r} must be >= {self.min}, got {value!r}{hint}."
            )
        if self.max is not None and value > self.max:
            raise ParameterError(
                f"parameter {name!r} must be <= {self.max}, got {value!r}{hint}."
            )
        return value


def parse_value(text: str):
    """Read a ``-p`` value as YAML; ``None`` also means None.

    Parameters
    ----------
    text : str
        The value as typed.

    Returns
    -------
    object
        The YAML value (number, bool, list, mapping, ...); None for "None" or "none"; ``text`` itself when
        it is not valid YAML.
    """
    if text in ("None", "none"):
        return None
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    return _plain_dates(colon_keys(value) if isinstance(value, dict) else value)


def _plain_dates(value):
    """YAML's dates (``[2018-02-14]`` for ``-p periods``) as the text typed, so that a notebook receives a string."""
    import datetime

    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_dates(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_dates(v) for k, v in value.items()}
    return value


def _list_hint(types_: tuple, name: str, value: Any) -> str:
    """How to write one value as the list a parameter takes (dogfood 12br-d: ``-p periods 2020-03-15`` was told only
    "must be list, got str"): " Write a list in brackets: -p periods '[2020-03-15]'." (in a notebook:
    ``periods = ['2020-03-15']``); "" when ``types_`` takes no list or ``value`` is no single value."""
    import os

    from ..core.wording import CLI_ENV

    if list not in types_ or isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    if isinstance(value, str) and value.strip()[:1] in "[{":  # a list already, that did not read (review s79-F)
        return (f" It does not read as a list: close the brackets ({name} = ['a', 'b'] in a notebook, -p {name} "
                "'[a, b]' with papermill).")
    if os.environ.get(CLI_ENV):
        return f" Write a list in brackets, even of one value: -p {name} '[{value}]'."
    return (f" Write a list in brackets, even of one value: {name} = {[value]!r} (with papermill: -p {name} "
            f"'[{value}]').")


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def _type_names(types_: tuple) -> str:
    names = [t.__name__ for t in types_]
    return " or ".join(names)


def _is_user_variable(name: str, value: Any) -> bool:
    if name.startswith("_") or name in IPYTHON_NAMES:
        return False
    if isinstance(value, (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type)):
        return False
    return not callable(value)


def closest_name(name: str, known) -> str:
    """The hint ``" Did you mean 'top_n'?"`` for a misspelt name.

    Parameters
    ----------
    name : str
        The name as given.
    known : iterable of str
        The valid names.

    Returns
    -------
    str
        The hint (with a leading space) naming the closest valid name, or ``""`` when nothing is close.
    """
    match = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" Did you mean {match[0]!r}?" if match else ""


def check_params(namespace: Mapping[str, Any], spec: Mapping[str, Param] | str) -> dict:
    """Validate the parameters a notebook received.

    Call it in the first cell after the ``parameters`` cell, before anything
    else defines variables, as ``P = check_params(globals(), "02_outlets")``.

    Parameters
    ----------
    namespace : mapping
        The notebook's ``globals()``. Every variable in it (modules, functions,
        classes and IPython's own names are ignored) must be declared in
        ``spec``; papermill injects misspelt names silently, so an undeclared
        variable means an unknown parameter.
    spec : mapping of str to Param, or str
        The declared parameters, or a notebook name whose specification is
        in :mod:`helpers.notebook.specs` (its checks across parameters,
        e.g. ``k_min <= k_max``, then run too).

    Returns
    -------
    dict
        Parameter name to validated value, in the order of ``spec``.

    Raises
    ------
    ParameterError
        For an unknown parameter name, a missing declared parameter, or a
        value of the wrong type or out of range.
    """
    notebook = None
    if isinstance(spec, str):
        from .specs import notebook_spec

        notebook, spec = spec, notebook_spec(spec)
    unknown = sorted(
        k for k, v in namespace.items() if _is_user_variable(k, v) and k not in spec
    )
    if unknown:
        from .specs import NOTEBOOK_SPECS

        owners = {k: sorted(nb for nb, sp in NOTEBOOK_SPECS.items() if k in sp) for k in unknown}
        if notebook is not None and all(owners.values()):  # review s79-F: 'n_boot' is no misspelling on 00
            said = "; ".join(f"{k!r} is a parameter of {', '.join(v)}" for k, v in owners.items())
            raise ParameterError(f"{said}, not of {notebook}: leave {noun(len(unknown), 'it', 'them')} out when "
                                 f"running this notebook (it accepts {sorted(spec)}).")
        raise ParameterError(
            f"unknown {noun(len(unknown), 'parameter')} {unknown}: this notebook accepts {sorted(spec)}."
            + closest_name(unknown[0], spec) + " Check the spelling of the parameter names."
        )
    missing = [k for k in spec if k not in namespace]
    if missing:
        raise ParameterError(
            f"{noun(len(missing), 'parameter')} {missing} are declared but not set: keep them in the "
            "cell tagged 'parameters'."
        )
    values = {k: p.check(k, namespace[k]) for k, p in spec.items()}
    if notebook is not None:
        from .specs import activate, cross_check

        cross_check(notebook, values)
        values = activate(values)
    return values
