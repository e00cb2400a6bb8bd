"""The one parallel map of the package: worker count from the machine, overridable.

Every step that runs in parallel (sentence splitting, word counting, topic
tokenizing, model fits) calls :func:`parallel_map`. Worker processes are
forked where the platform allows it, so large read-only inputs passed as
``shared`` are inherited by the workers instead of being pickled; elsewhere
the map falls back to joblib (or runs in this process when ``shared`` is
given, which cannot be sent to spawned workers cheaply).

The worker count is ``n_jobs`` when given, else ``$NEWS_N_JOBS`` when set,
else the number of CPUs this process may use.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from typing import Any, Callable, Sequence

from .progress import progress

__all__ = ["N_JOBS_ENV", "worker_count", "parallel_map", "shared_data"]

N_JOBS_ENV = "NEWS_N_JOBS"
"""Environment variable that sets the default number of worker processes."""

_SHARED: Any = None


def _machine_workers() -> int:
    value = os.environ.get(N_JOBS_ENV, "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise ValueError(f"{N_JOBS_ENV}={value!r}: set it to a positive whole number of worker processes, "
                             "or unset it to use every CPU.")
        return int(value)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(n_jobs: int | None = None, n_items: int | None = None, min_items: int = 0) -> int:
    """Number of worker processes for a step.

    Parameters
    ----------
    n_jobs : int, optional
        The caller's choice; None means the machine's default (see module docstring).
    n_items : int, optional
        Size of the work (documents, characters...).
    min_items : int
        Below this size the step runs in this process (1 worker) unless
        ``n_jobs`` asks otherwise: starting workers would cost more than it saves.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        For an ``n_jobs`` that is not a positive integer, or a bad ``NEWS_N_JOBS``.
    """
    if n_jobs is not None:
        if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) and not hasattr(n_jobs, "__index__") or n_jobs < 1:
            raise ValueError(f"n_jobs must be a positive integer or None, got {n_jobs!r}")
        return int(n_jobs)
    if n_items is not None and n_items < min_items:
        return 1
    return _machine_workers()


def shared_data() -> Any:
    """The ``shared`` object of the running :func:`parallel_map`.

    Returns
    -------
    object
        What was passed as ``shared`` to :func:`parallel_map`, in a worker process or in this process; None
        outside a map or when nothing was shared.
    """
    return _SHARED


def parallel_map(func: Callable, tasks: Sequence[tuple], n_jobs: int = 1, desc: str | None = None,
                 shared: Any = None, fork: bool = True) -> list:
    """``[func(*task) for task in tasks]``, in order, on up to ``n_jobs`` worker processes.

    Parameters
    ----------
    func : callable
        A module-level function (workers find it by name).
    tasks : sequence of tuple
        The arguments of each call; keep them small (bounds, ids).
    n_jobs : int
        Worker processes (from :func:`worker_count`); 1 runs in this process.
    desc : str, optional
        Label of the progress bar.
    shared : object, optional
        Read-only data the calls read through :func:`shared_data`
        (inherited by forked workers, not pickled).
    fork : bool
        Fork workers (cheap, inherit ``shared``). False uses joblib's fresh
        worker processes, safer for work that runs multi-threaded numerical
        libraries (model fits); ``shared`` must then be None.

    Returns
    -------
    list
        One result per task, in task order.
    """
    global _SHARED
    tasks = list(tasks)
    jobs = max(1, min(int(n_jobs), len(tasks)))
    forking = fork and "fork" in mp.get_all_start_methods()
    _SHARED = shared
    try:
        if jobs == 1 or (shared is not None and not forking):
            return [func(*t) for t in progress(tasks, desc=desc, total=len(tasks))]
        if forking:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork")) as pool:
                futures = [pool.submit(func, *t) for t in tasks]
                return [f.result() for f in progress(futures, desc=desc, total=len(futures))]
        from joblib import Parallel, delayed

        gen = Parallel(n_jobs=jobs, return_as="generator")(delayed(func)(*t) for t in tasks)
        return list(progress(gen, desc=desc, total=len(tasks)))
    finally:
        _SHARED = None
