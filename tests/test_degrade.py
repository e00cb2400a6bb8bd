"""Notebooks degrade, never crash: a corpus with one outlet and no actor of the study runs to the end.

The corpus is `tests/data/local_election` (six short articles written for this test, one outlet, about a town's
mayoral race). Every notebook must run, say in one sentence what it cannot measure, and print no sentence
written for the bundled seeds.
"""
import json
import re

import pytest

from helpers.core.paths import PROJECT_ROOT
from helpers.report import runner as report

CORPUS = PROJECT_ROOT / "tests" / "data" / "local_election"
SEED_WORDS = re.compile(r"\b(?:Five articles|five seed|Pakistan|Taliban|TTP|one article per outlet)\b")


def _outputs(nb_path):
    """Every printed or displayed text of a notebook and its markdown, by cell."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            yield text


@pytest.fixture(scope="module")
def local_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("degrade")
    code = report.main(["--corpus", str(CORPUS), "--out", str(out), "--name", "local",
                        "--notebooks", "00", "02", "03", "-p", "study", "us_politics"])
    return code, out / "local"


def test_every_notebook_runs_on_one_outlet_without_actors(local_report):
    code, folder = local_report
    assert code == 0  # all selected notebooks ran; the runner exits 1 when any failed
    for nb in ("00_corpus", "02_outlets", "03_framing"):
        assert (folder / f"{nb}.html").is_file()


def test_each_section_with_nothing_to_measure_says_so(local_report):
    _, folder = local_report
    text02 = "\n".join(_outputs(folder / "02_outlets.ipynb"))
    assert "One outlet group only: distinctive vocabulary compares groups, so it is skipped." in text02
    assert "No body sentence names an actor of the study 'US politics (2012-2020)'" in text02
    assert "All 6 articles belong to one outlet (Millbrook Gazette)" in text02
    text03 = "\n".join(_outputs(folder / "03_framing.ipynb"))
    assert "holds a role in any sentence here" in text03
    assert "no hand-coded sample for this measure" in text03 or "not shown" in text03


def test_no_sentence_written_for_the_seeds_appears(local_report):
    _, folder = local_report
    for nb in ("00_corpus", "02_outlets", "03_framing"):
        for text in _outputs(folder / f"{nb}.ipynb"):
            hit = SEED_WORDS.search(text)
            assert hit is None, f"{nb}: {text[max(0, hit.start() - 80):hit.end() + 80]!r}"
