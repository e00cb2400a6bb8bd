"""Notebook kernels forked from one process that has imported the libraries already.

Starting a Python kernel and importing pandas, matplotlib, scikit-learn and
the package costs every notebook 1.5-2.5 s of CPU, most of a notebook's time
on a small corpus. A report run therefore starts one *kernel server*
(:func:`serve`, in its own process) that imports them once
(:data:`PRELOAD`) and then forks one kernel per notebook: a fork shares the
imported modules and starts in milliseconds. The kernel is the usual
IPython kernel (``ipykernel``), run in the forked process with the
notebook's connection file, working folder and environment, so a notebook
runs as in a kernel of its own; only imports it shares with the list are
already done.

How it plugs into papermill: :func:`fork_kernel_manager` replaces the kernel
command by a small launcher (``fork_launcher.py``, standard library only),
which hands its arguments, folder, environment and standard streams to the
server and waits for the kernel to end; it forwards interrupts to the kernel,
and when it is killed the server kills the kernel. When the server is not
running or cannot be reached, the launcher starts an ordinary kernel instead.

Used on Linux only (``fork`` is unsafe with macOS system libraries and
missing on Windows); set ``NEWS_FORK_KERNELS=0`` to start every kernel
the ordinary way.
"""
from __future__ import annotations

import functools
import gc
import importlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

__all__ = ["FORK_ENV", "PRELOAD", "fork_available", "kernel_server", "fork_kernel_manager", "serve", "SOCKET_ENV"]

FORK_ENV = "NEWS_FORK_KERNELS"
"""Set to ``0`` to start every notebook kernel as its own process (no kernel server)."""
SOCKET_ENV = "NEWS_KERNEL_SOCKET"
"""Set by the runner to the kernel server's socket while notebooks run."""
PRELOAD = (
    "numpy", "pandas", "scipy.sparse", "scipy.stats", "yaml", "PIL.Image",
    "matplotlib", "matplotlib.pyplot",
    "sklearn.feature_extraction.text", "sklearn.decomposition", "sklearn.linear_model",
    "nltk.tokenize.punkt",
    "IPython", "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
    "helpers.notebook.setup", "helpers.notebook.output", "helpers.notebook.prepare", "helpers.notebook.params",
    "helpers.notebook.narrative", "helpers.notebook.overview", "helpers.notebook.frame_sections",
    "helpers.plotting", "helpers.topics", "helpers.measures.sourcing", "helpers.measures.vocabulary",
    "helpers.framing", "helpers.validation.cli", "helpers.validation.coding", "helpers.validation.supervised",
)
"""Modules the kernel server imports before forking (a module that fails to import is skipped: the
notebook that needs it imports it, and reports the error, itself). Not the inline matplotlib backend:
it connects itself to the IPython shell when it is imported, which must happen in the kernel."""
LAUNCHER = Path(__file__).with_name("fork_launcher.py")
_INLINE = "module://matplotlib_inline.backend_inline"  # what ipykernel sets when MPLBACKEND is unset


def fork_available() -> bool:
    """Whether kernels are forked from a kernel server.

    Returns
    -------
    bool
        True on Linux with ``os.fork``, unless ``NEWS_FORK_KERNELS=0``.
    """
    return sys.platform.startswith("linux") and hasattr(os, "fork") and os.environ.get(FORK_ENV, "1") != "0"


def _preload() -> None:
    os.environ.setdefault("MPLBACKEND", _INLINE)  # as the kernel would, before matplotlib reads it
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the notebook that needs the module reports the error
            pass


def _freeze_for_forks() -> None:
    """Move every object made so far (the preloaded modules) out of the garbage collector's sight.

    A forked kernel inherits them. Unfrozen, each full collection in a kernel walks all of them (about
    0.25 s of CPU each on a small corpus, once or twice per notebook) and, by touching them, copies their
    memory pages from the server into the kernel. ``gc.freeze`` after a collection is what the Python
    documentation advises before ``fork`` without ``exec``; it changes no result (the objects are the
    imported modules, which live as long as the kernel anyway).
    """
    gc.collect()
    gc.freeze()


def _as_in_a_kernel() -> None:
    """Undo what a preloaded library decided at import because it was not imported inside a kernel.

    pandas shows at most 20 columns in a kernel but fits tables to the terminal outside one
    (``pandas.core.config_init``); the server imported it outside one.
    """
    pd = sys.modules.get("pandas")
    if pd is not None and pd.get_option("display.max_columns") == 0:
        pd.set_option("display.max_columns", 20)


def _child(sockets: list[socket.socket], request: dict, fds: list[int]) -> None:
    """In the forked process: become the kernel the launcher asked for; never returns."""
    code = 1
    try:
        for s in sockets:  # the server's: the listener and the connections of the other kernels
            s.close()
        for target, fd in enumerate(fds[:3]):
            os.dup2(fd, target)
        for fd in fds:
            os.close(fd)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        os.setsid()  # a session of its own, as jupyter_client gives an ordinary kernel: Ctrl-C in the terminal
        # reaches the runner, which interrupts or shuts down the kernel through its channels
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.setdefault("MPLBACKEND", _INLINE)
        _as_in_a_kernel()
        sys.argv = [sys.executable, *request["argv"]]
        from ipykernel.kernelapp import IPKernelApp

        IPKernelApp.launch_instance(argv=request["argv"])
        code = 0
        import atexit

        atexit._run_exitfuncs()  # as at the end of an ordinary kernel (os._exit below skips them)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - report, then leave: the launcher gets the status
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _flags, _addr = socket.recv_fds(conn, 1 << 20, 3)
    buf = data
    while not buf.endswith(b"\n"):
        more = conn.recv(1 << 20)
        if not more:
            raise ConnectionError("launcher closed the connection")
        buf += more
    return json.loads(buf), list(fds)


def serve(path: str) -> None:
    """Run the kernel server on the Unix socket ``path`` until it is terminated (SIGTERM) or its parent ends.

    Parameters
    ----------
    path : str
        The socket path to listen on.
    """
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the runner, which then ends the server
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    parent = os.getppid()
    _preload()
    _freeze_for_forks()
    kernels: dict[socket.socket, int] = {}
    while not stop and os.getppid() == parent:  # the runner ends it, or it ends when the runner is gone
        try:
            ready, _, _ = select.select([listener, *kernels], [], [], 0.05)
        except InterruptedError:  # pragma: no cover - a signal during select
            continue
        for s in ready:
            if s is listener:
                conn, _ = listener.accept()
                try:
                    request, fds = _receive(conn)
                except (OSError, ValueError):
                    conn.close()
                    continue
                pid = os.fork()
                if pid == 0:
                    _child([listener, conn, *kernels], request, fds)
                for fd in fds:
                    os.close(fd)
                conn.sendall(f"{pid}\n".encode())
                kernels[conn] = pid
            else:  # the launcher closed its end: it was killed, so the kernel goes too
                _kill(kernels.pop(s), s)
        for conn, pid in list(kernels.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                del kernels[conn]
                try:
                    conn.sendall(f"exit {os.waitstatus_to_exitcode(status)}\n".encode())
                except OSError:
                    pass
                conn.close()
    for conn, pid in kernels.items():
        _kill(pid, conn)
    listener.close()


def _kill(pid: int, conn: socket.socket) -> None:
    """End a kernel whose launcher is gone (or the server stops), and reap it."""
    conn.close()
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


@contextmanager
def kernel_server():
    """Run a kernel server for the duration of the block (a context manager).

    The server is started at once, so its imports run while the caller prepares the notebooks. It is
    started with the caller's environment at this moment (cache folder, progress bars), which the
    forked kernels replace by their own anyway. It is terminated when the block ends.

    Yields
    ------
    str or None
        The server's socket path, or None when kernels are not forked (:func:`fork_available`).
    """
    if not fork_available():
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="news-kernels-") as tmp:
        path = str(Path(tmp) / "kernels.sock")
        code = f"import sys; from helpers.report.kernels import serve; serve({path!r})"
        proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL,
                                cwd=str(Path(__file__).resolve().parents[2]))
        try:
            yield path
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover - a server stuck in a kernel fork
                proc.kill()
                proc.wait()


START_TIMEOUT = 60.0
"""Seconds a forked kernel may take to listen on its shell port before it counts as not started."""


async def _until_listening(manager) -> None:
    """Wait until the kernel of ``manager`` listens on its shell port; raise when it died first or never does.

    A forked kernel that died at start (seen a few times in many CI runs) left the client blocked for good in its
    first ``kernel_info`` send to a port nobody listens on (a ZeroMQ socket with no peer blocks), where no timeout
    reaches it. Found before the client connects, it raises jupyter_client's own start errors, which
    ``helpers.report.runner`` answers by running the notebook in an ordinary kernel.

    Raises
    ------
    RuntimeError
        "Kernel died before replying to kernel_info" when the kernel process ended, "Kernel didn't respond in N
        seconds" after :data:`START_TIMEOUT`.
    """
    import asyncio

    if getattr(manager, "transport", "tcp") != "tcp":
        return
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if not await manager._async_is_alive():
            raise RuntimeError("Kernel died before replying to kernel_info (the forked kernel ended at start)")
        try:
            with socket.create_connection((manager.ip, manager.shell_port), timeout=0.5):
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"Kernel didn't respond in {START_TIMEOUT:.0f} seconds (the forked kernel never "
                               "listened on its shell port)")
        await asyncio.sleep(0.05)


@functools.cache
def fork_kernel_manager():
    """The kernel manager class for papermill's ``kernel_manager_class``.

    It starts an IPython kernel through the kernel server named by ``$NEWS_KERNEL_SOCKET`` (any other kernel
    command, or no socket, is started as usual). jupyter_client is imported only here.

    Returns
    -------
    type
        A subclass of ``jupyter_client.manager.AsyncKernelManager``.
    """
    from jupyter_client.manager import AsyncKernelManager

    class _ForkKernelManager(AsyncKernelManager):
        """Starts the IPython kernel through the kernel server named by ``$NEWS_KERNEL_SOCKET``."""

        def format_kernel_cmd(self, extra_arguments=None):
            cmd = super().format_kernel_cmd(extra_arguments)
            path = os.environ.get(SOCKET_ENV)
            if path and len(cmd) > 2 and cmd[1:3] == ["-m", "ipykernel_launcher"]:
                return [sys.executable, str(LAUNCHER), path, *cmd[3:]]
            return cmd

        async def _async_post_start_kernel(self, **kw):
            await super()._async_post_start_kernel(**kw)
            await _until_listening(self)

    return _ForkKernelManager


