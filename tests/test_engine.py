"""The engine parameters and the Dask client helper (helpers.core.engine)."""
from __future__ import annotations

import pytest

from helpers.core.engine import EngineError, check_scheduler, close_client, get_client, local_worker_count
from helpers.notebook.params import ParameterError, check_params
from helpers.notebook.specs import cross_check


@pytest.mark.parametrize("value", ["", "tcp://10.0.0.5:8786", "localhost:8786", "scheduler.json", " tls://h.example:1 "])
def test_valid_schedulers(value):
    assert check_scheduler(value) == value.strip()


@pytest.mark.parametrize("value", ["dask", "http//x", "10.0.0.5", "tcp://host:port"])
def test_bad_scheduler_names_the_forms(value):
    with pytest.raises(EngineError, match="scheduler file"):
        check_scheduler(value)


def _ns(**kw):
    base = dict(corpus="seeds", metadata=None, columns=None, on_bad="error", output_dir="figures",
                group_by="outlet", top_n=15, seed=0, study="pak_afg_ttp", engine="pandas", scheduler="", day_first=None, periods=[], max_rows=30)
    base.update(kw)
    return base


def test_unknown_engine_is_refused_with_the_choices():
    with pytest.raises(ParameterError, match=r"engine.*'pandas', 'dask'"):
        check_params(_ns(engine="spark"), "00_corpus")


def test_scheduler_without_dask_is_refused():
    with pytest.raises(ParameterError, match="only used with engine 'dask'"):
        cross_check("00_corpus", _ns(scheduler="tcp://h:8786"))
    cross_check("00_corpus", _ns(engine="dask", scheduler="tcp://h:8786"))


def test_bad_scheduler_is_a_parameter_error():
    with pytest.raises(ParameterError, match="parameter 'scheduler'"):
        cross_check("00_corpus", _ns(engine="dask", scheduler="nowhere"))


def test_worker_count(monkeypatch):
    monkeypatch.delenv("NEWS_DASK_WORKERS", raising=False)
    assert 1 <= local_worker_count() <= 8
    assert local_worker_count(3) == 3
    monkeypatch.setenv("NEWS_DASK_WORKERS", "2")
    assert local_worker_count() == 2
    monkeypatch.setenv("NEWS_DASK_WORKERS", "two")
    with pytest.raises(EngineError, match="NEWS_DASK_WORKERS"):
        local_worker_count()
    with pytest.raises(EngineError, match="at least 1"):
        local_worker_count(0)


def test_client_is_made_once_and_closed(capfd):
    import socket
    import warnings

    busy = socket.socket()  # another cluster's dashboard on the default port must not cause a warning
    try:
        busy.bind(("127.0.0.1", 8787))
        busy.listen()
    except OSError:
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = get_client(n_workers=1, processes=False)
    busy.close()
    assert get_client(n_workers=1, processes=False) is a
    assert a.submit(sum, [1, 2]).result() == 3
    close_client()
    close_client()
    assert a.status in ("closed", "closing")
    out = capfd.readouterr()
    assert "tcp://" not in out.out + out.err and "inproc://" not in out.out + out.err


def test_unreachable_scheduler_says_what_to_do():
    with pytest.raises(EngineError, match="cannot reach"):
        get_client("tcp://127.0.0.1:9", processes=False, timeout=1)
