"""Review round 12bi-x: machine paths in the pages with code, LDA's "(no topic)" units, the report read in a browser.

Invented text only."""
import json
import sysconfig
import warnings
from pathlib import Path

import pytest

from helpers.core.paths import PROJECT_ROOT

# --- 1. a failed notebook's traceback and a library's warning name no machine path -------------------------------

_SITE = Path(sysconfig.get_paths()["purelib"])
_ESC = "\x1b[36mFile \x1b[39m\x1b[32m"


def _traceback_lines():
    return [
        "\x1b[31mParameterError\x1b[39m                            Traceback (most recent call last)",
        "\x1b[36mCell\x1b[39m\x1b[36m \x1b[39m\x1b[32mIn[4]\x1b[39m\x1b[32m, line 20\x1b[39m\n---> 20 prep = prepare(P)",
        f"{_ESC}{PROJECT_ROOT}/helpers/notebook/prepare.py:116\x1b[39m, in \x1b[36mprepare_corpus\x1b[39m(P)",
        f"{_ESC}{_SITE}/pandas/core/frame.py:4102\x1b[39m, in \x1b[36m__getitem__\x1b[39m(self, key)",
        f"{_ESC}/tmp/ipykernel_31337/2718281828.py:3\x1b[39m, in \x1b[36m<lambda>\x1b[39m(row)",
        "ValueError: cannot read <helpers.Thing object at 0x7f3a2c1d9e50>",
    ]


def test_machine_paths_become_names_a_reader_can_place():
    """A traceback named '/work/wt/<branch>/helpers/...' and '<venv>/site-packages/...', and a cell's code
    '/tmp/ipykernel_<pid>/<digest>.py': every run on another machine or in another kernel gave other bytes."""
    from helpers.notebook.output import stable_text

    text = stable_text("\n".join(_traceback_lines()))
    assert str(PROJECT_ROOT) not in text and str(_SITE) not in text
    assert "ipykernel" not in text and "/tmp/" not in text and "0x7f3a" not in text
    assert "helpers/notebook/prepare.py:116" in text and "pandas/core/frame.py:4102" in text
    assert "<cell>:3" in text and "<helpers.Thing object>" in text
    assert stable_text("a count of 0x10 and 12 ms") == "a count of 0x10 and 12 ms"


def test_a_warning_from_an_installed_library_is_named_from_its_package(monkeypatch):
    from helpers.notebook.output import setup_notebook

    monkeypatch.setattr(warnings, "formatwarning", warnings.formatwarning)
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    setup_notebook()
    text = warnings.formatwarning("did not converge", UserWarning, str(_SITE / "sklearn" / "_lda.py"), 9, line="")
    assert text.startswith("sklearn/_lda.py:9: UserWarning: did not converge")


def _failed_notebook(path: Path) -> None:
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"papermill": {"duration": 1.5}, "kernelspec": {}},
          "cells": [{"cell_type": "code", "id": "c1", "metadata": {"papermill": {"status": "failed"}},
                     "source": "prep = prepare(P)", "execution_count": 4,
                     "outputs": [{"output_type": "stream", "name": "stderr",
                                  "text": [f"{_SITE}/sklearn/_lda.py:9: UserWarning: slow\n"]},
                                 {"output_type": "error", "ename": "ParameterError", "evalue": "no such column",
                                  "traceback": _traceback_lines()}]}]}
    path.write_text(json.dumps(nb), encoding="utf-8")


def test_the_stored_notebook_of_a_failed_run_holds_no_machine_path(tmp_path, monkeypatch):
    """The runner cleaned a notebook that ran to its end but not the partial notebook of a failed run, whose
    traceback (shown on the page with code) named '/work/wt/bi_x/helpers/notebook/prepare.py'."""
    from helpers.report import runner

    target = tmp_path / "01_topics.ipynb"

    def failing(nb, out, params):
        _failed_notebook(out)
        raise runner.NotebookFailed("01_topics.ipynb failed in cell 4", 4, "ParameterError: no such column")

    monkeypatch.setattr(runner, "_execute", failing)
    run = runner._run_one(Path("01_topics.ipynb"), {}, target, {"notebook": "01_topics"})
    assert run["status"] == "failed"
    text = target.read_text(encoding="utf-8")
    assert str(PROJECT_ROOT) not in text and str(_SITE) not in text and "ipykernel" not in text
    assert "helpers/notebook/prepare.py:116" in text and "sklearn/_lda.py:9: UserWarning: slow" in text
    assert "papermill" not in text


# --- 2. LDA: units the topics hardly explain count as "(no topic)" too --------------------------------------------


@pytest.fixture(scope="module")
def lda_fitted():
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_topics_bh_t import _corpus  # the wire service on a tram strike and three small outlets on other things

    from helpers import topics as T

    units = _corpus()
    dtm = T.vectorize(units["text"])
    model = T.fit_topics(dtm, 4, method="lda", seed=0)
    weights = model.transform(dtm)
    return units, dtm, model, weights, T.explained_share(model, dtm, weights)


def test_lda_gets_an_explained_share(lda_fitted):
    """explained_share returned NaN for every unit of an LDA model, so with -p method lda each small outlet's
    paragraphs still counted as a full share of a strike topic (left by issue 12bh-t)."""
    import numpy as np

    units, dtm, model, weights, explained = lda_fitted
    has = dtm.has_terms()
    wire = (units["outlet"] == "Metro Wire").to_numpy()
    assert np.isfinite(explained[has]).all() and np.isnan(explained[~has]).all()
    assert np.all((explained[has] >= 0) & (explained[has] <= 1))
    assert np.median(explained[wire & has]) > 0.3 and explained[~wire & has].max() < 0.05


def test_lda_explained_share_is_one_minus_the_relative_residual_after_the_best_scaling(lda_fitted):
    """LDA gives the unit a word distribution, not a reconstruction at its scale: the residual is taken after the
    best scaling c of that distribution, which makes the share the squared cosine of counts and distribution."""
    units, dtm, model, weights, explained = lda_fitted
    x = dtm.counts[0].toarray().ravel().astype(float)
    fit = weights[0] @ model.components()
    c = (x @ fit) / (fit @ fit)
    assert explained[0] == pytest.approx(1 - ((x - c * fit) ** 2).sum() / (x ** 2).sum(), abs=1e-9)
    assert explained[0] == pytest.approx((x @ fit) ** 2 / ((x @ x) * (fit @ fit)), abs=1e-9)


def test_lda_flags_the_small_outlets_not_the_wire(lda_fitted):
    from helpers import topics as T

    units, dtm, model, weights, explained = lda_fitted
    flags = T.no_topic_units(explained)
    wire = (units["outlet"] == "Metro Wire").to_numpy()
    assert not flags[wire].any() and flags[~wire & dtm.has_terms()].all()


# --- 3. the report as a journalist sees it in a browser --------------------------------------------------------


def test_the_topic_words_figure_has_a_title_not_eleven_panel_titles():
    """The index's caption of 01_topic_terms was every panel's title joined with ' | ' ('T1 (unstable) minister /
    border / visit | T2 (unstable) ... | T11 ...', 9 lines under a thumbnail): the figure had no title of its own."""
    import matplotlib.pyplot as plt

    from helpers.notebook.output import figure_alt_text
    from helpers.plotting.terms import _draw_top_terms

    bars = [(["tram", "strike", "depot"], [1.0, 0.8, 0.5]) for _ in range(6)]
    labels = {f"T{i}": f"tram / strike / depot {i}" for i in range(1, 7)}
    fig = _draw_top_terms(bars, labels, 3, {"T2": "unstable"})
    title = figure_alt_text(fig).split(". ")[0]
    plt.close(fig)
    assert title.startswith("Top terms of each topic") and " | " not in title and len(title) < 120


def test_reader_tables_say_yes_and_no_instead_of_true_and_false():
    """The reader page's topic table showed 'stable: False' and notebook 02's group table 'single_article: True',
    Python's spelling; the CSVs and the page with code keep True/False."""
    import nbformat

    from helpers.report.html import _prepare_notebook

    table = ('<table border="1" class="dataframe"><thead><tr><th>topic</th><th>stable</th><th>label</th></tr></thead>'
             "<tbody><tr><td>T1</td><td>True</td><td>True story</td></tr>"
             "<tr><td>T2</td><td>False</td><td>False alarm</td></tr></tbody></table>")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("show_table(table)", outputs=[nbformat.v4.new_output(
        "display_data", data={"text/html": table, "text/plain": "..."})])]
    reader, _, _ = _prepare_notebook(nb, Path("/nonexistent"), reader=True)
    code, _, _ = _prepare_notebook(nb, Path("/nonexistent"), reader=False)
    shown = reader.cells[0].outputs[0]["data"]["text/html"]
    assert "<td>yes</td>" in shown and "<td>no</td>" in shown and ">True<" not in shown and ">False<" not in shown
    assert "<td>True story</td>" in shown and "<td>False alarm</td>" in shown
    assert "<td>True</td>" in code.cells[0].outputs[0]["data"]["text/html"]


def test_reader_tables_say_n_a_instead_of_nan():
    """Notebook 02's reader page showed 169 'NaN' cells (the interval bounds of a group of one article), Python's
    spelling of a missing number; the reader pages now say 'n/a', the word the heat maps use for no interval."""
    from helpers.report.html import plain_values

    table = ('<table class="dataframe"><tbody><tr><td>Ledger</td><td>0.5</td><td>NaN</td><td>None</td>'
             "<td>&lt;NA&gt;</td><td>NaT</td><td>NaN bread</td></tr></tbody></table>")
    shown = plain_values(table)
    assert shown.count("<td>n/a</td>") == 4 and "<td>NaN bread</td>" in shown and "<td>0.5</td>" in shown
