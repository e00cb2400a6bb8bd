"""Cached drawings of figures (helpers.notebook.output.save_figure with helpers.plotting.base.recorded):
byte-identical to a drawing, redrawn when the call, the data or the figure changes, cleared by clear_cache."""
import subprocess
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import plotting as plot  # noqa: E402
from helpers.core import cache  # noqa: E402
from helpers.notebook import output  # noqa: E402
from helpers.notebook.output import save_figure, setup_notebook  # noqa: E402
from helpers.plotting.base import figure_recipe  # noqa: E402

GROUPS = pd.DataFrame({"group": ["Dawn", "The Express Tribune", "Al Jazeera"], "words": [1200, 800, 450],
                       "articles": [3, 2, 1]})


def _bar(df=GROUPS, title="Words per outlet"):
    return plot.hbar(df, "group", "words", title, "words", annotate="articles")


def _files(folder, name):
    return {ext: (folder / f"{name}.{ext}").read_bytes() for ext in ("png", "svg", "csv")}


@pytest.fixture()
def cached(tmp_path, monkeypatch):
    setup_notebook()
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    yield folder
    plt.close("all")


def _count_drawings(monkeypatch):
    calls = []
    real = output._draw

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(output, "_draw", counting)
    return calls


def test_a_cached_figure_is_byte_identical_to_a_drawn_one(tmp_path, cached, monkeypatch):
    monkeypatch.delenv(cache.CACHE_ENV)  # no cache: drawn
    fig = _bar()
    save_figure(fig, "bars", tmp_path / "plain", data=GROUPS)
    plain_inline = fig._news_figure["inline"]
    monkeypatch.setenv(cache.CACHE_ENV, str(cached))
    calls = _count_drawings(monkeypatch)
    save_figure(_bar(), "bars", tmp_path / "first", data=GROUPS)  # drawn and cached
    fig = _bar()
    save_figure(fig, "bars", tmp_path / "second", data=GROUPS)  # copied from the cache
    assert calls == ["bars"]
    assert len(list(cached.glob("figure-*.pkl"))) == 1
    assert _files(tmp_path / "plain", "bars") == _files(tmp_path / "first", "bars") == _files(tmp_path / "second", "bars")
    assert fig._news_figure["inline"] == plain_inline
    assert fig._news_figure["alt"].startswith("Words per outlet. Data: 3 rows")


def test_other_data_title_name_or_a_change_after_the_call_is_drawn_again(tmp_path, cached, monkeypatch):
    calls = _count_drawings(monkeypatch)
    save_figure(_bar(), "bars", tmp_path, data=GROUPS)
    save_figure(_bar(GROUPS.assign(words=[1200, 800, 451])), "bars", tmp_path, data=GROUPS)  # other numbers
    save_figure(_bar(title="Other title"), "bars", tmp_path, data=GROUPS)
    save_figure(_bar(), "bars_copy", tmp_path, data=GROUPS)  # the name is the PNG title of an untitled figure
    save_figure(_bar(), "bars", tmp_path, data=GROUPS.head(2))  # the data gives the alt text
    fig = _bar()
    fig.axes[0].set_xlabel("changed after the call")  # marks the figure stale
    save_figure(fig, "bars", tmp_path, data=GROUPS)
    fig = _bar()
    fig.axes[0].xaxis.label.set_text("changed without marking it stale")
    save_figure(fig, "bars", tmp_path, data=GROUPS)
    assert len(calls) == 7
    assert (tmp_path / "bars.svg").read_bytes().count(b"<title>") >= 1
    save_figure(_bar(), "bars", tmp_path, data=GROUPS)  # the first call again: a hit
    assert len(calls) == 7


def test_a_figure_not_made_by_a_recorded_function_is_drawn_every_time(tmp_path, cached, monkeypatch):
    calls = _count_drawings(monkeypatch)
    for _ in range(2):
        fig, ax = plt.subplots()
        ax.bar(["a", "b"], [1, 2])
        assert figure_recipe(fig) is None
        save_figure(fig, "own", tmp_path)
    assert len(calls) == 2
    assert not list(cached.glob("figure-*.pkl"))


def test_no_cache_folder_means_no_cache(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    setup_notebook()
    calls = _count_drawings(monkeypatch)
    save_figure(_bar(), "bars", tmp_path, data=GROUPS)
    save_figure(_bar(), "bars", tmp_path, data=GROUPS)
    assert len(calls) == 2
    plt.close("all")


def test_clear_cache_deletes_cached_figures(tmp_path, cached):
    save_figure(_bar(), "bars", tmp_path, data=GROUPS)
    assert list(cached.glob("figure-*.pkl"))
    assert cache.clear_cache(cached) >= 1
    assert not cached.exists()


def test_content_digest_depends_on_content_not_identity_or_set_order():
    a = {"x": np.arange(3), "df": GROUPS, "s": frozenset({"alpha", "beta", "gamma"})}
    b = {"x": np.arange(3), "df": GROUPS.copy(), "s": frozenset({"gamma", "beta", "alpha"})}
    assert cache.content_digest(a) == cache.content_digest(b)
    assert cache.content_digest(a) != cache.content_digest({**b, "x": np.arange(4)})
    assert cache.content_digest(GROUPS) != cache.content_digest(GROUPS.astype({"words": float}))
    assert cache.content_digest(1) != cache.content_digest(1.0) != cache.content_digest("1")
    with pytest.raises(cache.Undigestible):
        cache.content_digest(lambda: 1)
    fig, ax = plt.subplots()
    with pytest.raises(cache.Undigestible):
        cache.content_digest(ax)
    plt.close(fig)


def test_content_digest_of_object_columns_and_lists_is_unchanged():
    # the scalars of an object column or a list are hashed in one batch: the digests must stay those of one
    # _feed call per item (these values were computed before the batching), or every figure cache would miss
    df = pd.DataFrame({"source": ["the minister", None, "Ann Lee"], "n": [1, 2, 3], "ok": [True, False, True],
                       "x": [1.5, float("nan"), 2.0], "mixed": ["a", 2, None]})
    df["s"] = pd.Series(["a", None, "c"], dtype="string")
    assert cache.content_digest(df) == "a605e73d705195487343057e7359e5b1b409e072d0cf9231c90c9b21e4e929c3"
    items = ["a", 1, None, 2.5, True, ("b", 3 + 1j), {"k": np.int64(4)}, b"z"]
    assert cache.content_digest(items) == "576d5eee55ebaf9df33ad4c93040cf5dd765c0262da16b9ed3f58e5a7e992b2b"
    arr = np.array(["a", np.str_("b"), 1], dtype=object)  # np.str_ is not a plain str: hashed with its own type
    assert cache.content_digest(arr) == "af83c413117950e8898eb571c6c3dc209b79898cc5441f264546b31118908558"
    assert cache.content_digest([True]) != cache.content_digest([1]) != cache.content_digest(["1"])


def test_content_digest_is_the_same_in_another_process():
    code = ("import pandas as pd; from helpers.core.cache import content_digest; "
            "print(content_digest({'s': {'alpha', 'beta', 'gamma', 'delta'}, 'df': pd.DataFrame({'a': ['x', 'y']})}))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and len(runs.pop().strip()) == 64
