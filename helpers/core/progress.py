"""Progress bars for long steps, silenced for tests and reference runs.

``tqdm.auto`` shows a widget in JupyterLab and a text bar on a terminal. Bars
are turned off when the environment variable ``TQDM_DISABLE`` is set to a
non-empty value other than ``0`` (the Makefile sets it for ``make test`` and
``make notebooks`` so that nbval compares no progress output), and for short
loops, where a bar is noise.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, TypeVar

__all__ = [
    "MIN_ITEMS",
    "T",
    "progress",
]

T = TypeVar("T")

MIN_ITEMS = 2000
"""Loops shorter than this get no bar."""


def _progress_disabled() -> bool:
    """Return True when progress bars are switched off by ``TQDM_DISABLE``."""
    return os.environ.get("TQDM_DISABLE", "") not in ("", "0")


def progress(iterable: Iterable[T], desc: str = "", total: int | None = None) -> Iterator[T]:
    """Wrap ``iterable`` in a tqdm progress bar when that is useful.

    Parameters
    ----------
    iterable : iterable
        The items to loop over.
    desc : str
        Label shown before the bar.
    total : int, optional
        Number of items, when ``len(iterable)`` is not available.

    Returns
    -------
    iterator
        The same items, in the same order.
    """
    if total is None:
        try:
            total = len(iterable)  # type: ignore[arg-type]
        except TypeError:
            total = None
    if _progress_disabled() or (total is not None and total < MIN_ITEMS):
        return iter(iterable)
    from tqdm.auto import tqdm

    return iter(tqdm(iterable, desc=desc, total=total, leave=False))
