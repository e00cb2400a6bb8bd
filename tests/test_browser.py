"""The seed report in a real browser (headless Chromium, driven over the DevTools protocol).

Every page of the report is opened and checked: it renders (a title and
text), no console error or uncaught exception, no request leaves the report
folder, every image loads, and an evidence table filters when typed into.

The report is built once for the module from the committed notebooks (already
executed on the seeds, so no kernel runs here); ``make report`` and the nbval
tests cover the execution itself. Needs Debian's ``chromium`` (``make
install`` installs it when it can); without it the test is skipped with a
message saying how to install it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from helpers.core.paths import PROJECT_ROOT, SEEDS_DIR
from helpers.report import runner as report
from helpers.report.kernels import FORK_ENV

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def _browser() -> str | None:
    return os.environ.get("CHROMIUM") or next((p for p in map(shutil.which, BROWSERS) if p), None)


class Chrome:
    """A headless Chromium page driven over the DevTools protocol (websocket-client, no other dependency)."""

    def __init__(self, binary: str, profile: Path):
        import websocket

        self.proc = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
             "--disable-component-update", "--remote-debugging-port=0", f"--user-data-dir={profile}",
             "--window-size=1300,900", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port, deadline, seen = None, time.time() + 30, []
        while time.time() < deadline and port is None:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                break
            seen.append(line)
            m = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            port = m and m.group(1)
        if port is None:
            self.close()
            raise RuntimeError("Chromium did not start: " + "".join(seen)[-500:])
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        url = next(p["webSocketDebuggerUrl"] for p in pages if p.get("type") == "page")
        self.ws = websocket.create_connection(url, timeout=20, suppress_origin=True)
        self.next_id, self.events = 0, []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30) -> bool:
        """Read events until ``method`` arrives; False after ``timeout`` seconds without it."""
        import websocket

        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(e.get("method") == method for e in self.events):
                return True
            self.ws.settimeout(max(0.1, min(1.0, deadline - time.time())))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                continue
        return any(e.get("method") == method for e in self.events)

    def _loaded(self, url: str) -> bool:
        """The page at ``url`` finished loading, whether or not its load event reached us."""
        state = self.call("Runtime.evaluate", expression="[document.readyState, location.href]",
                          returnByValue=True).get("result", {}).get("value") or ["", ""]
        return state[0] == "complete" and state[1] == url

    def open(self, url: str, timeout: float = 60) -> list[dict]:
        """Load ``url``; returns the protocol events of the load.

        A load whose event does not arrive within ``timeout`` seconds is checked by asking the page itself (ready
        state and address) and, if it has not loaded, navigated once more (a stalled first navigation of a freshly
        started browser on a busy machine failed CI once); a second stall fails with the events seen.
        """
        for attempt in (1, 2):
            self.events = []
            res = self.call("Page.navigate", url=url)
            if res.get("errorText"):
                raise RuntimeError(f"{url}: navigation failed: {res['errorText']}")
            if self.wait_for("Page.loadEventFired", timeout) or self._loaded(url):
                self.js("new Promise(r => setTimeout(r, 150))")
                return self.events
        seen = sorted({e.get("method", "") for e in self.events})
        raise TimeoutError(f"{url} did not load in {timeout:.0f} s, twice; events seen: {seen}")

    def js(self, expression: str):
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise RuntimeError(res["exceptionDetails"])
        return res["result"].get("value")

    def type_text(self, selector: str, text: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).focus()")
        self.call("Input.insertText", text=text)

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001 - closing a connection that may not exist
            pass
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    """The seed report built by the runner from the committed, executed notebooks and figures."""
    root = tmp_path_factory.mktemp("browser")
    real = report._execute

    def copy_committed(nb, out, params):
        shutil.copy(nb, out)
        for f in (PROJECT_ROOT / "figures").iterdir():
            if f.is_file() and not (Path(params["output_dir"]) / f.name).exists():
                shutil.copy(f, params["output_dir"])
        return 0.0

    report._execute = copy_committed
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(FORK_ENV, "0")  # no kernel runs: no kernel server to start (it imports for 3-4 s of CPU)
            index = report.run_report(SEEDS_DIR, {}, None, out_root=root / "reports")
    finally:
        report._execute = real
    return index.parent


@pytest.fixture(scope="module")
def chrome(tmp_path_factory):
    binary = _browser()
    if binary is None:
        pytest.skip("no Chromium found (tried chromium, chromium-browser, google-chrome; or set CHROMIUM=path): "
                    "install Debian's chromium and chromium-driver (make install does it when run as root with apt)")
    try:
        browser = Chrome(binary, tmp_path_factory.mktemp("profile"))
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"Chromium ({binary}) could not be started headless: {exc}")
    yield browser
    browser.close()


def _errors(events: list[dict]) -> list[str]:
    out = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.exceptionThrown":
            out.append(p["exceptionDetails"].get("text", "") + " " + str(p["exceptionDetails"].get("exception", {})
                                                                      .get("description", "")))
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
            out.append(p["entry"].get("text", ""))
        elif m == "Network.loadingFailed":
            out.append(f"failed to load: {p.get('errorText')}")
    return out


def test_every_page_renders_without_errors_or_outside_requests(seed_report, chrome):
    pages = sorted(seed_report.glob("*.html"))
    assert len(pages) == 1 + 2 * len(report.list_notebooks())  # index + two pages for each notebook
    base = seed_report.resolve().as_uri() + "/"
    for page in pages:
        events = chrome.open(page.resolve().as_uri())
        assert _errors(events) == [], page.name
        urls = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
        outside = [u for u in urls if not (u.startswith(base) or u.startswith("data:"))]
        assert outside == [], f"{page.name} requests {outside}"
        assert chrome.js("document.querySelector('h1') !== null && document.body.innerText.length > 500"), page.name
        broken = chrome.js("Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0))"
                           ".map(i => i.getAttribute('src').slice(0, 60))")
        assert broken == [], f"{page.name}: images that did not load {broken}"
        assert chrome.js("Array.from(document.images).every(i => (i.alt || '').length > 3)"), page.name


def test_pages_have_contents_and_conclusions_as_prose(seed_report, chrome):
    chrome.open((seed_report / "02_outlets.reader.html").resolve().as_uri())
    links = chrome.js("Array.from(document.querySelectorAll('nav.toc a')).map(a => a.getAttribute('href'))")
    assert len(links) >= 3
    assert all(chrome.js(f"document.getElementById({json.dumps(h[1:])}) !== null") for h in links)
    assert chrome.js("document.querySelectorAll('.prose li').length") >= 1
    assert chrome.js("document.querySelectorAll('.jp-CodeCell .jp-InputArea').length") == 0  # no code for readers


def test_an_evidence_table_filters_when_typed_into(seed_report, chrome):
    chrome.open((seed_report / "02_outlets.reader.html").resolve().as_uri())
    total = chrome.js("document.querySelector('table[data-interactive] tbody').rows.length")
    assert total > 10
    word = chrome.js("(() => { const t = document.querySelector('table[data-interactive]');"
                     " const cells = Array.from(t.tBodies[0].rows[t.tBodies[0].rows.length - 1].cells);"
                     " return cells.map(c => c.textContent.trim()).find(x => /^[A-Za-z]{4,}$/.test(x)); })()")
    assert word
    chrome.type_text(".table-filter", word)
    shown = chrome.js("Array.from(document.querySelector('table[data-interactive] tbody').rows)"
                      ".filter(r => r.style.display !== 'none').length")
    assert 1 <= shown < total
    assert chrome.js("document.querySelector('.table-count').textContent") == f"{shown} of {total} rows on this page"
    chrome.js("document.querySelector('table[data-interactive] th').click()")
    assert chrome.js("document.querySelector('table[data-interactive] th').getAttribute('aria-sort')") == "ascending"
