"""The notebooks' own prose (markdown cells) does not name the bundled seeds' topic: a reader of a report on any other
corpus meets it on every reader page (dogfood 12bk-d). Study names such as `pak_afg_ttp` may appear as parameter values."""
import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
TOPIC = re.compile(r"\b(?:Pakistan\w*|Taliban|TTP|Afghan\w*|Tehreek)\b")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_markdown_does_not_name_the_seeds_topic(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    found = [(i, m.group(0)) for i, c in enumerate(cells) if c["cell_type"] == "markdown"
             for m in TOPIC.finditer("".join(c["source"]))]
    assert not found, f"{path.name}: markdown cells name the seeds' topic: {found}"


def test_the_pattern_finds_the_topic_words():
    assert TOPIC.search("five articles on Pakistan, the Afghan Taliban and the TTP")
    assert not TOPIC.search("the study `pak_afg_ttp` and `afghan_taliban` ids")
