"""``python -m helpers.validation adopt``: coders' filled sheets become a study's own validation sample (round 12bp-m).

Before, a user who coded the sheets of ``sample`` could give them to every run with ``-p coding_sheets``, but had to
build the study's files (``validation`` and ``validation_corpus`` in ``study.yaml``) by hand. The corpus, the study
and the two coders' sheets here are invented; the study is a copy of ``studies/general`` in a temporary folder.
"""
from __future__ import annotations

import csv
import json
import shutil

import pandas as pd
import pytest

from helpers import framing as F
from helpers.core.paths import PROJECT_ROOT
from helpers.core.study import load_study, text_fingerprint
from helpers.corpus.read import load_corpus
from helpers.corpus.segment import segment
from helpers.notebook.narrative import validation_scope
from helpers.validation import cli as V
from helpers.validation.adopt import MANIFEST_FILE, SAMPLE_FILE, SAMPLE_KEY

_SENTENCES = [
    "The mayor and the council clashed on Monday over the cost of the new harbour wall.",
    "Fishermen who lost their boats in the storm said they had waited three months for the promised aid.",
    "The budget for the project rose to 40 million dollars after the contractor asked for more money.",
    "Opposition members accused the mayor of hiding the true price of the wall from voters.",
    "A retired teacher, whose house was flooded twice, said she feared for her grandchildren.",
    "Local businesses said the construction had cut their sales by half.",
]


def _write_corpus(folder):
    folder.mkdir()
    rows = ["file,outlet,date"]
    for i in range(6):
        body = "\n\n".join(_SENTENCES[i:] + _SENTENCES[:i]) + f"\n\nThe council meets again on day {i + 2}.\n"
        (folder / f"a{i}.txt").write_text(body, encoding="utf-8")
        rows.append(f"a{i}.txt,{['Coast Wire', 'Pier Post'][i % 2]},2025-03-0{i + 1}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _code(text: str, coder: str) -> dict:
    t = text.lower()
    return {"conflict": "1" if ("clashed" in t or "accused" in t) else "",
            "economic_consequences": "1" if ("dollars" in t or "sales" in t) else "0",
            "human_interest": "1" if ("grandchildren" in t or "boats" in t) else "",
            "morality": "1" if coder == "bob" and "teacher" in t else "",  # a tie: not in the consensus
            "responsibility": ""}


def _fill(sheet, out, coder: str, note: str = ""):
    rows = list(csv.DictReader(open(sheet, encoding="utf-8")))
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        for k, r in enumerate(rows):
            w.writerow({**r, **_code(r["text"], coder), "notes": note if k == 0 else ""})
    return out


@pytest.fixture
def setup(tmp_path, capsys):
    corpus = _write_corpus(tmp_path / "corpus")
    study = tmp_path / "harbour"
    shutil.copytree(PROJECT_ROOT / "studies" / "general", study)
    text = (study / "study.yaml").read_text(encoding="utf-8").replace("name: general", "name: harbour")
    (study / "study.yaml").write_text(text, encoding="utf-8")
    sheets = tmp_path / "sheets"
    assert V.main(["sample", "--corpus", str(corpus), "--n", "12", "--out", str(sheets / "sheet.csv")]) == 0
    ann = _fill(sheets / "sheet.csv", sheets / "ann.csv", "ann", note="first one read twice")
    bob = _fill(sheets / "sheet.csv", sheets / "bob.csv", "bob")
    capsys.readouterr()
    return {"corpus": corpus, "study": study, "sheets": [ann, bob], "tmp": tmp_path}


def _adopt(s, *extra, sheets=None):
    return V.main(["adopt", "--corpus", str(s["corpus"]), "--study", str(s["study"]), *extra,
                   *map(str, sheets or s["sheets"])])


def test_adopt_writes_the_consensus_the_fingerprints_and_the_study_block(setup, capsys):
    before = sorted(p.name for p in setup["corpus"].iterdir())
    assert _adopt(setup) == 0
    said = capsys.readouterr().out
    assert SAMPLE_FILE in said and MANIFEST_FILE in said and "validation block added" in said
    sample = pd.read_csv(setup["study"] / SAMPLE_FILE, dtype=str, keep_default_na=False)
    assert list(sample.columns[:6]) == ["doc_id", "unit_id", "draw_order", "split", "sentence", "generic_frames"]
    assert len(sample) == 12 and set(sample["split"]) == {"heldout"} and set(sample["coders"]) == {"ann;bob"}
    assert "morality" not in ";".join(sample["generic_frames"])  # one coder of two: a tie, not in the consensus
    teacher = sample[sample["sentence"].str.contains("teacher")]
    assert (teacher["generic_frames"] == "human_interest").all()
    assert "ann: first one read twice" in sample["coder_notes"].iloc[0]
    corpus = load_corpus(setup["corpus"])
    manifest = pd.read_csv(setup["study"] / MANIFEST_FILE, dtype=str)
    assert set(manifest["doc_id"]) == set(sample["doc_id"])
    raw = dict(zip(corpus["doc_id"], corpus["raw"]))
    assert all(text_fingerprint(raw[d]) == fp for d, fp in zip(manifest["doc_id"], manifest["sha256_16"]))
    study = load_study(setup["study"])
    assert study.validation_files(SAMPLE_KEY) == (setup["study"] / SAMPLE_FILE,)
    assert study.validation_corpus == setup["study"] / MANIFEST_FILE
    assert sorted(p.name for p in setup["corpus"].iterdir()) == before  # nothing written into the corpus folder


def test_existing_files_are_replaced_only_with_force(setup, capsys):
    assert _adopt(setup) == 0
    first = (setup["study"] / SAMPLE_FILE).read_text(encoding="utf-8")
    capsys.readouterr()
    assert _adopt(setup, "--split", "dev") == 2
    err = capsys.readouterr().err
    assert SAMPLE_FILE in err and "--force" in err
    assert (setup["study"] / SAMPLE_FILE).read_text(encoding="utf-8") == first
    assert _adopt(setup, "--split", "dev", "--force") == 0
    assert "already names them" in capsys.readouterr().out
    assert set(pd.read_csv(setup["study"] / SAMPLE_FILE)["split"]) == {"dev"}
    assert (setup["study"] / "study.yaml").read_text(encoding="utf-8").count("validation_corpus:") == 1


def test_sheets_of_a_second_measure_on_the_same_sentences_add_its_column(setup, capsys):
    assert _adopt(setup) == 0
    out = setup["tmp"] / "policy"
    assert V.main(["sample", "--corpus", str(setup["corpus"]), "--measure", "policy_frames", "--n", "12",
                   "--out", str(out / "sheet.csv")]) == 0  # the same draw: same --n, --stratum and --seed
    sheets = []
    for coder in ("ann", "cy"):
        df = pd.read_csv(out / "sheet.csv", dtype=str, keep_default_na=False)
        df["economic"] = ["1" if "dollars" in t or "sales" in t else "0" for t in df["text"]]
        df.to_csv(out / f"{coder}.csv", index=False)
        sheets.append(out / f"{coder}.csv")
    capsys.readouterr()
    assert _adopt(setup, "--measure", "policy_frames", sheets=sheets) == 0
    assert "added policy_frames to" in capsys.readouterr().out
    sample = pd.read_csv(setup["study"] / SAMPLE_FILE, dtype=str, keep_default_na=False)
    assert {"generic_frames", "policy_frames"} <= set(sample.columns) and len(sample) == 12
    assert set(sample["coders"]) == {"ann;bob;cy"}
    money = sample["sentence"].str.contains("dollars|sales")
    assert (sample.loc[money, "policy_frames"] == "economic").all() and (sample.loc[~money, "policy_frames"] == "").all()
    assert _adopt(setup) == 2 and "--force" in capsys.readouterr().err  # generic_frames is coded already


def test_a_sheet_of_another_corpus_is_named_with_its_row(setup, capsys):
    bob = setup["sheets"][1]
    rows = bob.read_text(encoding="utf-8").splitlines()
    rows[3] = rows[3].replace(rows[3].split(",")[0], "zz9:0", 1)
    bob.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert _adopt(setup) == 2
    err = capsys.readouterr().err
    assert str(bob) in err and "row 4" in err and "'zz9:0'" in err and "--columns" in err
    assert not (setup["study"] / SAMPLE_FILE).exists()


def test_a_sheet_whose_text_is_not_the_corpus_sentence_is_named(setup, capsys):
    ann = setup["sheets"][0]
    df = pd.read_csv(ann, dtype=str, keep_default_na=False)
    df.loc[1, "text"] = "A sentence this corpus never held."
    df.to_csv(ann, index=False)
    assert _adopt(setup) == 2
    err = capsys.readouterr().err
    assert str(ann) in err and "row 3" in err and "the corpus changed" in err


def test_a_sheet_of_articles_is_refused(setup, capsys):
    out = setup["tmp"] / "articles.csv"
    assert V.main(["sample", "--corpus", str(setup["corpus"]), "--unit", "article", "--n", "4", "--out", str(out)]) == 0
    filled = _fill(out, setup["tmp"] / "cat.csv", "cat")
    capsys.readouterr()
    assert _adopt(setup, sheets=[filled]) == 2
    assert "an article" in capsys.readouterr().err


def test_nothing_is_written_into_the_corpus_folder(setup, capsys):
    inside = setup["corpus"] / "study"
    shutil.copytree(setup["study"], inside)
    assert V.main(["adopt", "--corpus", str(setup["corpus"]), "--study", str(inside),
                   *map(str, setup["sheets"])]) == 2
    assert "inside the corpus folder" in capsys.readouterr().err
    assert not (inside / SAMPLE_FILE).exists()


def test_a_measure_the_study_does_not_frame_with_is_refused(setup, capsys):
    yml = setup["study"] / "study.yaml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("[policy_frames, generic_frames, entman_functions]",
                                                           "[policy_frames]"), encoding="utf-8")
    assert _adopt(setup) == 2
    err = capsys.readouterr().err
    assert "--measure generic_frames" in err and "framing: codebooks" in err
    assert not (setup["study"] / SAMPLE_FILE).exists()


def test_a_missing_study_says_how_to_make_one(setup, capsys):
    assert V.main(["adopt", "--corpus", str(setup["corpus"]), "--study", str(setup["tmp"] / "nope"),
                   *map(str, setup["sheets"])]) == 2
    assert "cp -r studies/general" in capsys.readouterr().err
    general = sorted(p.name for p in (PROJECT_ROOT / "studies" / "general").iterdir())
    assert V.main(["adopt", "--corpus", str(setup["corpus"]), "--study", "general", *map(str, setup["sheets"])]) == 2
    assert "copy it first" in capsys.readouterr().err
    assert sorted(p.name for p in (PROJECT_ROOT / "studies" / "general").iterdir()) == general


def test_a_study_yaml_naming_other_files_is_left_and_the_block_printed(setup, capsys):
    yml = setup["study"] / "study.yaml"
    yml.write_text(yml.read_text(encoding="utf-8") + "validation_corpus: other_corpus.csv\n", encoding="utf-8")
    (setup["study"] / "other_corpus.csv").write_text("doc_id,sha256_16\n", encoding="utf-8")
    before = yml.read_text(encoding="utf-8")
    assert _adopt(setup) == 0
    out = capsys.readouterr().out
    assert "was not changed" in out and f"{SAMPLE_KEY}: {SAMPLE_FILE}" in out
    assert yml.read_text(encoding="utf-8") == before


def test_the_notebooks_readers_take_the_adopted_sample(setup):
    assert _adopt(setup) == 0
    study = load_study(setup["study"])
    path = study.sample_path("frames", None, or_else="frames_blind")  # notebook 03's validation sample
    assert path == setup["study"] / SAMPLE_FILE
    assert study.sample_path("frames") is None
    corpus = load_corpus(setup["corpus"])
    valid, note = validation_scope(study, corpus, path, "hand-coded sentences")
    assert valid and "12 coded units" in note
    changed = corpus.assign(raw=corpus["raw"] + " Edited.")  # another corpus under the same doc_ids
    assert not validation_scope(study, changed, path, "hand-coded sentences")[0]
    units = segment(corpus, "sentence").reset_index(drop=True)
    generic = F.load_codebook("generic_frames")
    labels = [e for e, en in generic["entries"].items() if not en.get("residual")]
    codes, missing = V.read_coded_sample(path, units, "generic_frames", labels, "blind")
    assert codes["unit_key"].nunique() == 12 and missing == 0
    codes, missing = V.read_coded_sample(path, units, "policy_frames", ["economic"], "blind")  # not coded: none
    assert len(codes) == 0 and missing == 0
    books = {f: F.load_codebook(f) for f in ("policy_frames", "generic_frames", "entman_functions")}
    metrics, _ = F.validate_tagger(F.load_validation_sample(path, books), books)
    assert set(metrics["family"]) == {"generic_frames"}  # only the family the sheets coded is scored


def test_help_names_the_command(capsys):
    with pytest.raises(SystemExit):
        V.main(["--help"])
    assert "adopt" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        V.main(["adopt", "--help"])
    out = capsys.readouterr().out
    assert "--study" in out and "--force" in out and "--on-bad" in out and "--columns" in out


def test_the_report_shows_validation_figures_for_the_adopted_corpus(setup, tmp_path):
    from helpers.report import runner as report

    assert _adopt(setup) == 0
    out = tmp_path / "reports"
    code = report.main(["--corpus", str(setup["corpus"]), "--out", str(out), "--name", "harbour",
                        "--notebooks", "03", "04", "-p", "study", str(setup["study"])])
    assert code == 0
    figures = out / "harbour" / "figures"
    assert (figures / "03_validation.png").is_file() and (figures / "frame_validation.csv").is_file()
    scores = pd.read_csv(figures / "04_seed_scores.csv")
    assert "blind coder, heldout" in set(scores["sample"])
    nb = json.loads((out / "harbour" / "03_framing.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert f"in the hand-coded sentences of {SAMPLE_FILE}" in text
    assert "coded blind by the study's coders" in text and "author of the cues" not in text
