"""benchmarks/role_check_draw.py builds notebook 02's parameters by hand: every parameter the notebook declares must be
set there, or the draw stops (a parameter added to the notebooks, ``periods``, stopped it once)."""
import importlib.util
from pathlib import Path

from helpers.notebook.params import check_params

ROOT = Path(__file__).resolve().parents[1]


def test_the_draw_sets_every_parameter_of_notebook_02():
    spec = importlib.util.spec_from_file_location("role_check_draw", ROOT / "benchmarks" / "role_check_draw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ns = {**module.SPEC_DEFAULTS, "corpus": "corpus.csv", "group_by": "bias_text", "max_articles": 2000, "seed": 0,
          "output_dir": None}
    assert check_params(ns, "02_outlets")["group_by"] == "bias_text"
