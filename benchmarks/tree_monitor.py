"""Wall time and peak memory of a command and every process it starts (kernels, Dask workers).

Used by ``bench_scale.py`` and ``bench_equivalence.py``. Memory is the largest sum, over samples taken
every 0.5 s, of the resident set sizes of the process tree (shared pages are counted once per process,
so it is an upper bound; a peak shorter than the sampling interval can be missed).
"""
from __future__ import annotations

import subprocess
import time

import psutil


def run(cmd: list[str], env: dict, cwd: str, interval: float = 0.5) -> dict:
    """Run ``cmd``; return ``returncode``, ``wall_s``, ``peak_gb``, ``stdout`` and ``stderr`` (tails)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
        except psutil.NoSuchProcess:
            pass
        peak = max(peak, total)
        time.sleep(interval)
    out, err = proc.communicate()
    return {"returncode": proc.returncode, "wall_s": round(time.perf_counter() - t0, 1),
            "peak_gb": round(peak / 2**30, 2), "stdout": out[-2000:], "stderr": err[-2000:]}


class PeakOfThisTree:
    """Context manager: peak memory (GB) of this process and its children, sampled in a thread."""

    def __init__(self, interval: float = 0.5):
        self.interval, self.peak_gb = interval, 0.0

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            self.peak_gb = max(self.peak_gb, round(total / 2**30, 2))
            self._stop.wait(self.interval)

    def __enter__(self):
        import threading

        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        return False
