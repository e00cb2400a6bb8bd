"""The execution engine of a run: pandas in one process, or Dask on a cluster.

Every notebook takes two parameters (see :func:`engine_params`):

``engine``
    ``"pandas"`` (default): everything runs in the notebook's process.
    ``"dask"``: the per-article steps (reading, cleaning, sentence splitting)
    run per partition on a Dask cluster (:mod:`helpers.corpus.dask_corpus`), and the
    results are combined from the partitions.
``scheduler``
    ``""`` (default): a local cluster on this machine, with one worker process
    per core (at most :data:`MAX_LOCAL_WORKERS`; ``NEWS_DASK_WORKERS``
    overrides the count). Otherwise the address of a running scheduler
    (``tcp://10.0.0.5:8786``, as printed by ``dask-scheduler``) or the path of
    a scheduler file (``.json``, as written by ``dask-scheduler
    --scheduler-file`` or by dask-jobqueue).

The client is made once per process (:func:`get_client`) and closed when the
process ends (or by :func:`close_client`). Nothing of it is printed: no
address, port or time reaches a notebook's output, and the cluster's own log
is kept below the error level.
"""
from __future__ import annotations

import atexit
import logging
import os
import re
from contextlib import contextmanager
from pathlib import Path

__all__ = ["ENGINES", "SCHEDULER_ENV", "WORKERS_ENV", "PROCESSES_ENV", "MAX_LOCAL_WORKERS", "EngineError",
           "check_scheduler", "local_worker_count", "get_client", "close_client", "active_client", "shared_cluster"]

ENGINES = ("pandas", "dask")
SCHEDULER_ENV = "NEWS_DASK_SCHEDULER"
"""Set by the report runner to the address of the local cluster it started, so
that the notebooks of one run share one cluster; used when ``scheduler`` is
empty. Not a notebook parameter, so no address is shown in a report."""
WORKERS_ENV = "NEWS_DASK_WORKERS"
"""Number of worker processes of a local cluster (default: one per core)."""
PROCESSES_ENV = "NEWS_DASK_PROCESSES"
"""``0``: a local cluster runs its workers as threads of the notebook's process
(starts in a fraction of a second; used by the tests). Default: worker processes."""
MAX_LOCAL_WORKERS = 8
"""A local cluster never gets more worker processes than this unless asked."""

_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ws|wss|ucx|inproc)://)?[A-Za-z0-9_.\-\[\]:]+:\d{1,5}$")
_STATE: dict = {"client": None, "cluster": None, "key": None}


class EngineError(ValueError):
    """The engine or the scheduler cannot be used."""


def check_scheduler(value: str) -> str:
    """Check the form of a ``scheduler`` value (not whether it answers).

    Parameters
    ----------
    value : str
        ``""``, an address ``[protocol://]host:port`` or the path of a
        scheduler file ending in ``.json``.

    Returns
    -------
    str
        ``value`` stripped of surrounding spaces.

    Raises
    ------
    EngineError
        For any other value, with examples of valid ones.
    """
    value = str(value).strip()
    if value == "" or value.lower().endswith(".json") or _ADDRESS.match(value):
        return value
    raise EngineError(
        f"parameter 'scheduler' is {value!r}, which is neither an address nor a scheduler file. Give the "
        "address printed by dask-scheduler (e.g. 'tcp://10.0.0.5:8786'), the path of its scheduler file "
        "(e.g. '~/scheduler.json'), or '' for a local cluster on this machine."
    )


def local_worker_count(n_workers: int | None = None) -> int:
    """Worker processes of a local cluster.

    Parameters
    ----------
    n_workers : int or None, default None
        The count to use. When None: ``$NEWS_DASK_WORKERS`` when set, else one
        per available core (at most :data:`MAX_LOCAL_WORKERS`).

    Returns
    -------
    int
        The number of worker processes, at least 1.

    Raises
    ------
    EngineError
        When the count (given or from the environment) is not a positive integer.
    """
    if n_workers is None and os.environ.get(WORKERS_ENV, "").strip():
        text = os.environ[WORKERS_ENV].strip()
        if not text.isdigit():
            raise EngineError(f"{WORKERS_ENV}={text!r}: give a positive whole number of worker processes, e.g. 2.")
        n_workers = int(text)
    if n_workers is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return max(1, min(cores, MAX_LOCAL_WORKERS))
    if int(n_workers) < 1:
        raise EngineError(f"the number of workers must be at least 1, got {n_workers!r}.")
    return int(n_workers)


def _quiet_logs() -> None:
    for name in ("distributed", "bokeh", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)


def get_client(scheduler: str = "", n_workers: int | None = None, processes: bool | None = None, timeout: float = 30):
    """The Dask client of this process, made on the first call.

    Parameters
    ----------
    scheduler : str
        As the notebook parameter (see the module docstring). Empty: the
        cluster named by ``$NEWS_DASK_SCHEDULER`` when set (the report
        runner's), else a new local cluster.
    n_workers : int, optional
        Worker processes of a new local cluster (see :func:`local_worker_count`).
    processes : bool, optional
        Local cluster with worker processes (the text steps are pure Python
        and need processes to use several cores) or threads in this process
        (fast to start; used by the tests). Default: processes, unless
        ``$NEWS_DASK_PROCESSES`` is ``0``.

    Returns
    -------
    distributed.Client
        The same client for the same arguments; a call with other arguments
        closes the previous client first.

    Raises
    ------
    EngineError
        For a malformed scheduler, or one that does not answer within ``timeout``.
    """
    from distributed import Client, LocalCluster

    scheduler = check_scheduler(scheduler) or os.environ.get(SCHEDULER_ENV, "").strip()
    if processes is None:
        processes = os.environ.get(PROCESSES_ENV, "1").strip() != "0"
    workers = local_worker_count(n_workers) if not scheduler else None
    key = (scheduler, workers, processes)
    if _STATE["client"] is not None and _STATE["key"] == key:
        return _STATE["client"]
    close_client()
    _quiet_logs()
    try:
        if scheduler:
            if scheduler.lower().endswith(".json"):
                client = Client(scheduler_file=str(Path(scheduler).expanduser()), timeout=f"{timeout}s")
            else:
                client = Client(scheduler, timeout=f"{timeout}s")
            cluster = None
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,  # ":0": a free port,
                                   dashboard_address=":0", silence_logs=logging.ERROR)  # no warning if 8787 is taken
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        raise EngineError(
            f"cannot reach the Dask scheduler {scheduler or '(local cluster)'} ({type(exc).__name__}: {exc}). "
            "Check that dask-scheduler runs there and that this machine can reach its port, or use -p scheduler '' "
            "for a local cluster."
        ) from exc
    _STATE.update(client=client, cluster=cluster, key=key)
    return client


def active_client():
    """The client made by :func:`get_client`.

    Returns
    -------
    distributed.Client or None
        The client, or None when none has been made (or it was closed).
    """
    return _STATE["client"]


def close_client() -> None:
    """Close the client (and the local cluster it started), if any. Safe to call twice."""
    client, cluster = _STATE["client"], _STATE["cluster"]
    _STATE.update(client=None, cluster=None, key=None)
    if client is not None:
        try:
            client.close()
        finally:
            if cluster is not None:
                cluster.close()


atexit.register(close_client)


@contextmanager
def shared_cluster(needed: bool, n_workers: int | None = None):
    """A local cluster for the notebooks of one report run, named to them by ``$NEWS_DASK_SCHEDULER``.

    Parameters
    ----------
    needed : bool
        Whether some notebook runs with ``engine="dask"`` and an empty
        ``scheduler``; when False nothing is started.
    n_workers : int, optional
        As in :func:`local_worker_count`.

    Yields
    ------
    distributed.LocalCluster or None
        Closed, and the environment restored, when the block ends.
    """
    if not needed:
        yield None
        return
    from distributed import LocalCluster

    _quiet_logs()
    processes = os.environ.get(PROCESSES_ENV, "1").strip() != "0"
    cluster = LocalCluster(n_workers=local_worker_count(n_workers), threads_per_worker=1, processes=processes,
                           protocol="tcp://", host="127.0.0.1", dashboard_address=":0", silence_logs=logging.ERROR)
    before = os.environ.get(SCHEDULER_ENV)
    os.environ[SCHEDULER_ENV] = cluster.scheduler_address
    try:
        yield cluster
    finally:
        if before is None:
            os.environ.pop(SCHEDULER_ENV, None)
        else:
            os.environ[SCHEDULER_ENV] = before
        cluster.close()
