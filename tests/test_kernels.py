"""Kernels forked from the kernel server (helpers.report.kernels): same outputs as an ordinary kernel,
libraries imported already, an ordinary kernel when the server cannot be reached."""
import json
import os
import sys

import nbformat
import pytest

from helpers.report import kernels
from helpers.report.runner import _execute

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kernels are forked on Linux only")

CELLS = [
    "import sys\nprint('pandas imported before the notebook:', 'pandas' in sys.modules)",
    "import pandas as pd\npd.DataFrame({f'column_{i}': [i, i + 1] for i in range(25)})",
    "import os\nprint(os.getcwd() == os.environ['EXPECTED_CWD'], os.environ['NEWS_TEST_VALUE'])",
    "import matplotlib\nprint(matplotlib.get_backend())",
]


def _notebook(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    return path


def _outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for c in nb["cells"]:
        cell = []
        for o in c["outputs"]:
            o = {k: v for k, v in o.items() if k != "execution_count"}
            if "text" in o:
                o["text"] = "".join(o["text"])
            if "data" in o:
                o["data"] = {k: "".join(v) if isinstance(v, list) else v for k, v in o["data"].items()}
            if cell and o.get("output_type") == "stream" and cell[-1].get("output_type") == "stream" \
                    and cell[-1]["name"] == o["name"]:  # one print may reach the notebook in several messages
                cell[-1]["text"] += o["text"]
                continue
            cell.append(o)
        out.append(cell)
    return out


def _run(tmp_path, name, monkeypatch):
    from helpers.report.plan import NOTEBOOK_DIR

    monkeypatch.setenv("EXPECTED_CWD", str(NOTEBOOK_DIR))
    monkeypatch.setenv("NEWS_TEST_VALUE", name)
    out = tmp_path / f"{name}.ipynb"
    _execute(_notebook(tmp_path), out, {})
    return _outputs(out)


def test_a_forked_kernel_gives_the_outputs_of_an_ordinary_one(tmp_path, monkeypatch):
    monkeypatch.delenv(kernels.SOCKET_ENV, raising=False)
    ordinary = _run(tmp_path, "same", monkeypatch)
    with kernels.kernel_server() as path:
        assert path is not None
        monkeypatch.setenv(kernels.SOCKET_ENV, path)
        forked = _run(tmp_path, "same", monkeypatch)
        if "pandas imported before the notebook: False" in forked[0][0]["text"]:
            forked = _run(tmp_path, "same", monkeypatch)  # the runner fell back to an ordinary kernel once: try again
    assert "pandas imported before the notebook: False" in ordinary[0][0]["text"]
    assert "pandas imported before the notebook: True" in forked[0][0]["text"]
    assert forked[1:] == ordinary[1:]
    assert "..." in forked[1][0]["data"]["text/plain"]  # 25 columns: cut to 20 as in any kernel
    assert forked[2][0]["text"] == "True same\n"  # the notebook's folder and environment, not the server's
    assert "inline" in forked[3][0]["text"]


def test_without_a_reachable_server_an_ordinary_kernel_runs(tmp_path, monkeypatch):
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "missing" / "kernels.sock"))
    outputs = _run(tmp_path, "fallback", monkeypatch)
    assert "pandas imported before the notebook: False" in outputs[0][0]["text"]
    assert outputs[2][0]["text"] == "True fallback\n"


def test_the_server_is_not_used_when_switched_off(monkeypatch):
    monkeypatch.setenv(kernels.FORK_ENV, "0")
    assert not kernels.fork_available()
    with kernels.kernel_server() as path:
        assert path is None
    assert os.environ.get(kernels.FORK_ENV) == "0"


def test_the_server_freezes_what_it_preloaded_so_kernels_collect_only_their_own_objects():
    import gc

    before = gc.get_freeze_count()
    junk = [[i] for i in range(1000)]  # objects made before the freeze, as the preloaded modules are
    try:
        kernels._freeze_for_forks()
        assert gc.get_freeze_count() >= before + len(junk)
        assert gc.collect() >= 0  # collecting still works, over the objects made after the freeze
    finally:
        gc.unfreeze()


def test_a_forked_kernel_that_does_not_start_falls_back_to_an_ordinary_one(tmp_path, monkeypatch, capsys):
    import papermill

    from helpers.report import runner

    calls = []

    def fake(*args, **kwargs):
        calls.append("kernel_manager_class" in kwargs)
        if "kernel_manager_class" in kwargs:
            raise RuntimeError("Kernel didn't respond in 60 seconds")

    monkeypatch.setattr(papermill, "execute_notebook", fake)
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "kernels.sock"))
    runner._execute(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
    assert calls == [True, False]
    assert "ordinary kernel" in capsys.readouterr().err


def test_other_kernel_errors_are_not_hidden_by_the_fallback(tmp_path, monkeypatch):
    import papermill

    from helpers.report import runner

    def fake(*args, **kwargs):
        raise RuntimeError("something else")

    monkeypatch.setattr(papermill, "execute_notebook", fake)
    monkeypatch.setenv(kernels.SOCKET_ENV, str(tmp_path / "kernels.sock"))
    with pytest.raises(RuntimeError, match="something else"):
        runner._execute(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
    monkeypatch.delenv(kernels.SOCKET_ENV)
    with pytest.raises(RuntimeError, match="something else"):
        runner._execute(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})


def test_a_forked_kernel_that_died_at_start_raises_the_start_error_the_runner_answers():
    """A forked kernel that ended at start left the client blocked for good in its first send (seen in a make test
    run, 2026-12-07): it must raise jupyter_client's start error, which the runner answers with an ordinary kernel."""
    import asyncio
    import socket

    from helpers.report import kernels as K
    from helpers.report.runner import _KERNEL_START_FAILED

    class Manager:
        transport, ip = "tcp", "127.0.0.1"

        def __init__(self, alive, port):
            self.alive, self.shell_port = alive, port

        async def _async_is_alive(self):
            return self.alive

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]  # nobody listens on it once closed
    with pytest.raises(RuntimeError) as err:
        asyncio.run(K._until_listening(Manager(False, port)))
    assert _KERNEL_START_FAILED.match(str(err.value)), err.value
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(1)
        asyncio.run(K._until_listening(Manager(True, listening.getsockname()[1])))  # returns: the kernel listens


def test_a_forked_kernel_that_never_listens_times_out_with_the_start_error(monkeypatch):
    import asyncio
    import socket

    from helpers.report import kernels as K
    from helpers.report.runner import _KERNEL_START_FAILED

    class Manager:
        transport, ip = "tcp", "127.0.0.1"

        async def _async_is_alive(self):
            return True

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        Manager.shell_port = free.getsockname()[1]
    monkeypatch.setattr(K, "START_TIMEOUT", 0.2)
    with pytest.raises(RuntimeError) as err:
        asyncio.run(K._until_listening(Manager()))
    assert _KERNEL_START_FAILED.match(str(err.value)), err.value
