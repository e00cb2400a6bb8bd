"""The xdist scheduler of tests/conftest.py hands the slowest files out first (issue t8)."""

from collections import OrderedDict

import pytest

from helpers.core.paths import PROJECT_ROOT

pytest.importorskip("xdist")


def test_every_slow_first_file_exists():
    from tests.conftest import SLOW_FIRST

    missing = [f for f in SLOW_FIRST if not (PROJECT_ROOT / f).is_file()]
    assert missing == [], f"rename or drop them in tests/conftest.py SLOW_FIRST: {missing}"
    assert len(set(SLOW_FIRST)) == len(SLOW_FIRST)


def test_slow_files_are_assigned_first_and_the_rest_keep_xdist_order(pytestconfig, monkeypatch):
    from tests.conftest import SLOW_FIRST, pytest_xdist_make_scheduler

    monkeypatch.setattr(pytestconfig.option, "dist", "loadfile", raising=False)
    monkeypatch.setattr(pytestconfig.option, "numprocesses", 2, raising=False)
    monkeypatch.setattr(pytestconfig.option, "tx", ["2*popen"], raising=False)
    sched = pytest_xdist_make_scheduler(pytestconfig, None)
    sent = []

    class Node:
        def send_runtest_some(self, indexes):
            sent.append(indexes)

    node = Node()
    many = [f"tests/test_many.py::t{i}" for i in range(5)]
    collection = [*many, f"{SLOW_FIRST[1]}::a", f"{SLOW_FIRST[0]}::b", "tests/test_two.py::c"]
    sched.registered_collections[node] = collection
    sched.workqueue = OrderedDict(
        (s, {n: False for n in collection if n.startswith(s)})
        for s in ("tests/test_many.py", "tests/test_two.py", SLOW_FIRST[1], SLOW_FIRST[0])
    )
    for _ in range(4):
        sched._assign_work_unit(node)
    assert [collection[i[0]].split("::")[0] for i in sent] == [
        SLOW_FIRST[0],
        SLOW_FIRST[1],
        "tests/test_many.py",
        "tests/test_two.py",
    ]
    pytestconfig.option.dist = "load"
    assert pytest_xdist_make_scheduler(pytestconfig, None) is None
