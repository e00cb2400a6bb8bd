"""Start a notebook kernel through the kernel server (see :mod:`helpers.report.kernels`).

Run as a script, with the standard library only (it must start in milliseconds)::

    python fork_launcher.py SOCKET -f CONNECTION_FILE [kernel options]

It sends its kernel arguments, working folder, environment and standard
streams to the server listening on ``SOCKET``, forwards SIGINT and SIGTERM to
the forked kernel and exits with the kernel's exit status. When the server
cannot be reached within a few seconds, it becomes an ordinary kernel
(``python -m ipykernel_launcher``) instead.
"""
import json
import os
import signal
import socket
import sys
import time

__all__ = ["main"]

CONNECT_SECONDS = 30.0
"""How long to wait for the server to accept (it imports the libraries first)."""


def _ordinary_kernel(argv):
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])


def _connect(path):
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect(path)
            return s
        except OSError:
            s.close()
            if time.monotonic() > deadline or not os.path.exists(os.path.dirname(path)):
                return None
            time.sleep(0.02)


def main(argv):
    """Hand the kernel to the kernel server and wait for it to end.

    Parameters
    ----------
    argv : list of str
        The server's socket path, then the kernel's arguments (``-f CONNECTION_FILE`` ...).

    Returns
    -------
    int
        The forked kernel's exit status; 1 when the server went away without reporting one. When the
        server cannot be reached, the process becomes an ordinary kernel instead (this function does not
        return).
    """
    path, kernel_argv = argv[0], argv[1:]
    conn = _connect(path)
    if conn is None:
        _ordinary_kernel(kernel_argv)
    request = json.dumps({"argv": kernel_argv, "cwd": os.getcwd(), "env": dict(os.environ)}) + "\n"
    try:
        socket.send_fds(conn, [request.encode()], [0, 1, 2])
        reader = conn.makefile("r")
        pid = int(reader.readline())
    except (OSError, ValueError):
        conn.close()
        _ordinary_kernel(kernel_argv)

    def forward(signum, _frame):
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass

    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, forward)
    line = reader.readline()  # "exit N" when the kernel ends; empty when the server goes away
    return int(line.split()[1]) if line.startswith("exit ") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
