"""Tests for helpers.framing.tagger: codebooks, the tagger, actor roles, shares and validation metrics."""
from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
import pytest

from helpers import framing as F
from helpers.text.lexicon import LexiconError, load_lexicon

CODEBOOK_FILES = sorted(p.stem for p in F.CODEBOOK_DIR.glob("*.yaml"))
KIND = {"actor_roles": "roles", "negation": "negation"}


# ---------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def books():
    return F.load_codebooks()


@pytest.fixture(scope="module")
def lex():
    return {
        "actors": load_lexicon("actors"),
        "negation": F.load_codebook("negation", kind="negation"),
        "roles": F.load_codebook("actor_roles", kind="roles"),
    }


def tag(sentences, books, lex, paragraphs=None):
    """Tag hand-made sentences; each is its own paragraph unless ``paragraphs`` is given."""
    units = pd.DataFrame({"doc_id": "d1", "outlet": "o", "text": sentences})
    units["paragraph_id"] = paragraphs if paragraphs is not None else range(len(sentences))
    cues = F.find_cues(units, books, actors=lex["actors"], negation=lex["negation"], roles=lex["roles"])
    return units, cues, F.tag_frames(units, cues, books)


def labels(frames, unit=0, counted=True):
    sub = frames[(frames["unit"] == unit) & (frames["counted"] == counted)]
    return set(zip(sub["family"], sub["frame"]))


def write(tmp_path, body, name="cb.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


GOOD = """\
    name: test_frames
    version: 1
    source: test
    entries:
      talks:
        label: Talks
        definition: Dialogue.
        source: test
        terms: [talks, dialogue]
    """


# ---------------------------------------------------------------------------
# codebook loading


@pytest.mark.parametrize("name", CODEBOOK_FILES)
def test_every_shipped_codebook_loads(name):
    cb = F.load_codebook(name, kind=KIND.get(name, "frames"))
    assert cb["name"] == name
    assert all(e["definition"].strip() and e["source"].strip() for e in cb["entries"].values())


def test_frame_codebooks_cover_the_three_families(books):
    assert list(books) == ["policy_frames", "generic_frames", "entman_functions"]
    assert len(books["policy_frames"]["entries"]) == 15
    assert set(books["generic_frames"]["entries"]) == {
        "responsibility", "conflict", "human_interest", "economic_consequences", "morality"}
    remedies = [e for e, v in books["entman_functions"]["entries"].items()
                if v["function"] == "treatment_recommendation"]
    assert len(remedies) == 6
    assert {v["function"] for v in books["entman_functions"]["entries"].values()} == set(F.FUNCTIONS)


def test_good_file_loads(tmp_path):
    cb = F.load_codebook(write(tmp_path, GOOD))
    assert list(cb["entries"]) == ["talks"]


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("        terms: [talks, dialogue]", "        terms: [talks]\n        colour: red", "unknown key"),
        ("        terms: [talks, dialogue]", "        terms: []", "cue list is empty"),
        ("        terms: [talks, dialogue]", "        patterns: ['talks(']", "not a valid regular expression"),
        ("        definition: Dialogue.\n", "", "'definition'"),
        ("        terms: [talks, dialogue]", "        terms: [talks, Talks]", "listed twice"),
        ("        terms: [talks, dialogue]", "        terms: [talks]\n        residual: true", "residual entry has no cues"),
        ("        terms: [talks, dialogue]", "        terms: [talks]\n        function: blame", "function"),
        ("        terms: [talks, dialogue]", "        terms: [talks]\n        negatable: maybe", "true or false"),
        ("    name: test_frames", "    name: Test Frames", "lower-case identifier"),
        ("    version: 1\n    source: test\n", "    version: 1\n", "missing top-level"),
        (
            "        terms: [talks, dialogue]",
            "        terms: [talks]\n        co_occurrence: {entries: [nope], actors: [china]}",
            "not in the file",
        ),
    ],
)
def test_bad_codebooks_give_clear_errors(tmp_path, old, new, message):
    assert old in GOOD
    with pytest.raises(F.CodebookError, match=message):
        F.load_codebook(write(tmp_path, GOOD.replace(old, new)))


def test_codebook_error_is_a_lexicon_error_and_names_the_file(tmp_path):
    p = write(tmp_path, GOOD.replace("        terms: [talks, dialogue]", "        terms: []"))
    with pytest.raises(LexiconError, match="cb.yaml"):
        F.load_codebook(p)


def test_missing_file_and_bad_kind(tmp_path):
    with pytest.raises(F.CodebookError, match="not found"):
        F.load_codebook(tmp_path / "nope.yaml")
    with pytest.raises(ValueError, match="kind"):
        F.load_codebook("policy_frames", kind="verbs")


def test_role_codebook_checks_role_and_position(tmp_path):
    body = GOOD.replace("        terms: [talks, dialogue]",
                        "        terms: [urged]\n        role: demanding\n        actor_position: beside")
    with pytest.raises(F.CodebookError, match="actor_position"):
        F.load_codebook(write(tmp_path, body), kind="roles")
    with pytest.raises(F.CodebookError, match="role"):
        F.load_codebook(write(tmp_path, GOOD), kind="roles")


def test_duplicate_family_names_are_refused(tmp_path):
    a = write(tmp_path, GOOD, "a.yaml")
    b = write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(F.CodebookError, match="two codebooks"):
        F.load_codebooks([a, b])


# ---------------------------------------------------------------------------
# the tagger


def test_remedy_is_tagged_with_its_cue(books, lex):
    _, _, fr = tag(["Pakistan sought military action against the TTP."], books, lex)
    row = fr[(fr["frame"] == "remedy_military_action")].iloc[0]
    assert row["cues"] == "military action" and row["counted"] and row["voice"] == "outlet"
    assert ("policy_frames", "security_defense") in labels(fr)  # "military" counts for the other codebook
    assert row["sentence"] == "Pakistan sought military action against the TTP."


def test_negated_remedy_is_not_counted(books, lex):
    _, _, fr = tag(["Islamabad no longer seeks talks with the TTP."], books, lex)
    row = fr[fr["frame"] == "remedy_dialogue"].iloc[0]
    assert not row["counted"] and row["negated_cues"] == "talks" and row["cues"] == ""
    assert ("entman_functions", "remedy_dialogue") not in labels(fr)


def test_a_matter_discussed_is_not_a_dialogue_remedy(books, lex):
    _, _, fr = tag(["The matter was also discussed during the minister's visit.",
                    "The two governments held discussions with mediators in the capital."], books, lex)
    assert ("entman_functions", "remedy_dialogue") not in labels(fr, 0)  # reported discussion
    assert ("entman_functions", "remedy_dialogue") in labels(fr, 1)  # talks between parties


def test_negation_stops_at_a_clause_break_and_after_three_words(books, lex):
    _, _, fr = tag(
        [
            "There were no casualties, but talks continued.",
            "No one in the region doubts that talks will resume.",
            "The army is not capable of securing the border.",
        ],
        books,
        lex,
    )
    assert ("entman_functions", "remedy_dialogue") in labels(fr, 0)
    assert ("entman_functions", "remedy_dialogue") in labels(fr, 1)
    # topical frames are not negatable; "not capable" is itself a blame cue
    assert ("policy_frames", "capacity_resources") in labels(fr, 2)
    assert ("entman_functions", "causal_attribution") in labels(fr, 2)


def test_cue_inside_a_quotation_is_attributed_to_the_speaker(books, lex):
    _, _, fr = tag(['"Military action will be taken against these groups," a Taliban official said.'], books, lex)
    row = fr[fr["frame"] == "remedy_military_action"].iloc[0]
    assert row["voice"] == "quoted" and row["quoted_cues"] == "military action"
    assert row["speaker"] == "afghan_taliban"


def test_mixed_voice_and_unidentified_speaker(books, lex):
    _, _, fr = tag(['Talks stalled, and "talks are pointless," he said.', '"We want talks," he said.'], books, lex)
    assert fr[(fr["unit"] == 0) & (fr["frame"] == "remedy_dialogue")]["voice"].item() == "mixed"
    row = fr[(fr["unit"] == 1) & (fr["frame"] == "remedy_dialogue")].iloc[0]
    assert row["voice"] == "quoted" and row["speaker"] == "unidentified"


def test_quotation_followed_across_sentences_of_a_paragraph(books, lex):
    units, cues, fr = tag(
        ["\u201cTalks are the only way.", "Force has failed,\u201d the envoy said.", "Talks resumed."],
        books, lex, paragraphs=[0, 0, 1],
    )
    spans = F.unit_quote_spans(units)
    assert spans["unit"].tolist() == [0, 1]
    dialogue = fr[fr["frame"] == "remedy_dialogue"].set_index("unit")["voice"]
    assert dialogue[0] == "quoted" and dialogue[2] == "outlet"


@pytest.mark.parametrize(
    "sentence, family, frame",
    [
        ("The talkshow host was verifiably wrong.", "entman_functions", "remedy_dialogue"),
        ("The talkshow host was verifiably wrong.", "entman_functions", "remedy_verifiable_action"),
        ("A military parade was held in the capital.", "entman_functions", "remedy_military_action"),
        ("Her deportment at the dinner was admired.", "entman_functions", "remedy_repatriation"),
        ("The unsanctioned rally went ahead.", "entman_functions", "remedy_economic_pressure"),
        # issue 14s: climate cues removed from the generic codebook (they lose their frame sense off topic)
        ("Job creation has lagged since the agency's creation in 1962.", "generic_frames", "morality"),
        ("Analysts offered doomsday forecasts and apocalyptic images for generations to come.", "generic_frames",
         "morality"),
        ("Under his stewardship the team lost the apocalypse of a final.", "generic_frames", "morality"),
        ("The country began its transition to democratic rule.", "generic_frames", "responsibility"),
    ],
)
def test_must_not_match(books, lex, sentence, family, frame):
    _, _, fr = tag([sentence], books, lex)
    assert (family, frame) not in labels(fr)


def test_capitals_only_terms_and_actor_mentions(books, lex):
    text = "Join us for tea with the ttp and the TTP."
    _, cues, _ = tag([text], books, lex)
    actors = cues[cues["lexicon"] == "actors"]
    assert actors["entry"].astype(str).tolist() == ["ttp"]
    assert actors["start"].tolist() == [text.index("TTP")]


def test_offsets_survive_characters_whose_lower_case_is_longer():
    cb = {"entries": {"talks": {"terms": ["talks", "Zürich"]}}}
    cues = F.CueScanner({"x": cb}).scan(["\u0130stanbul talks in Zürich.", "talks"])
    assert cues[["unit", "start", "end"]].values.tolist() == [[0, 9, 14], [0, 18, 24], [1, 0, 5]]


def test_cue_inside_a_longer_cue_of_the_same_codebook_is_dropped():
    cb = {"entries": {"a": {"terms": ["military action"]}, "b": {"terms": ["action"]}}}
    other = {"entries": {"c": {"terms": ["action"]}}}
    cues = F.CueScanner({"x": cb, "y": other}).scan(["Military action now."])
    got = set(zip(cues["lexicon"].astype(str), cues["cue"].astype(str)))
    assert got == {("x", "military action"), ("y", "action")}


def test_patterns_are_supported():
    cb = {"entries": {"host": {"terms": ["mediator"], "patterns": [r"host(?:ed|s)?\s+(?:\w+\s+){0,3}talks"]}}}
    cues = F.CueScanner({"x": cb}).scan(["Qatar hosted several rounds of talks."])
    assert cues["cue"].astype(str).tolist() == ["hosted several rounds of talks"]


def test_third_party_mediation_by_cue_and_by_co_occurrence(books, lex):
    _, _, fr = tag(["Qatar hosted talks between them.", "Beijing urged both sides to resolve it through dialogue."],
                   books, lex)
    med = fr[fr["frame"] == "remedy_mediation"].set_index("unit")["via"]
    assert med[0] == "cue" and med[1] == "co-occurrence"


def test_reserved_names_and_text_column(books, lex):
    units = pd.DataFrame({"body": ["talks"]})
    with pytest.raises(ValueError, match="text_col"):
        F.find_cues(units, books)
    with pytest.raises(ValueError, match="reserved"):
        F.find_cues(units.rename(columns={"body": "text"}), {"actors": books["policy_frames"]})


# ---------------------------------------------------------------------------
# actor roles


def test_actor_roles(books, lex):
    units, cues, _ = tag(
        [
            "Pakistan accused the Taliban of sheltering the TTP.",
            "After talks with the Taliban, Islamabad demanded action against the TTP.",
            "The Taliban promised to act, officials said.",
            "Pakistan did not demand anything.",
            "The TTP launched attacks on police posts.",
        ],
        books, lex,
    )
    roles = F.actor_roles(units, cues, lex["roles"])
    got = set(zip(roles["unit"], roles["actor"], roles["role"]))
    assert (0, "afghan_taliban", "blamed") in got
    assert (1, "pakistan_state", "demanding") in got and (1, "afghan_taliban", "demanding") not in got
    assert (2, "afghan_taliban", "promising") in got
    assert not any(u == 3 for u, _, _ in got)
    assert (4, "ttp", "blamed") in got  # launching attacks casts the actor as the cause of the problem
    counts = F.role_counts(roles, lex["actors"])
    assert list(counts.columns) == ["actor", "label", *F.ROLES]
    assert counts.set_index("actor").loc["pakistan_state", "demanding"] == 1
    assert len(counts) == len(lex["actors"]["entries"])


def test_role_counts_name_an_actor_without_a_label_by_its_id():
    """A study's actor entry needs only ``terms`` (README, "Start your own study"); notebook 03 crashed without a label
    (found dogfooding a study of one's own, session 45)."""
    roles = pd.DataFrame({"unit": [0, 1], "actor": ["kremlin_team", "kremlin_team"], "role": ["blamed", "demanding"]})
    actors = {"entries": {"kremlin_team": {"terms": ["Kremlin aides"]}, "rebels": {"terms": ["rebels"], "label": "Rebels"}}}
    counts = F.role_counts(roles, actors).set_index("actor")
    assert counts.loc["kremlin_team", "label"] == "kremlin_team" and counts.loc["rebels", "label"] == "Rebels"
    assert counts.loc["kremlin_team", "blamed"] == 1


# ---------------------------------------------------------------------------
# shares, dominant frames


def test_article_and_group_shares(books, lex):
    units = pd.DataFrame({
        "doc_id": ["a", "a", "a", "a", "b", "b"],
        "outlet": ["X", "X", "X", "X", "Y", "Y"],
        "paragraph_id": [0, 1, 2, 3, 0, 1],
        "text": ["Talks resumed.", "Military action followed.", "Talks again.", "Nothing here.",
                 "Nothing.", "More talks."],
    })
    cues = F.find_cues(units, books, negation=lex["negation"])
    fr = F.tag_frames(units, cues, books)
    art = F.article_frame_shares(units, fr, books)
    dia = art[art["frame"] == "remedy_dialogue"].set_index("doc_id")
    assert dia.loc["a", ["n_units", "k_units"]].tolist() == [4, 2] and dia.loc["a", "share"] == 0.5
    assert dia.loc["b", "share"] == 0.5
    grp = F.group_frame_shares(art, pd.Series({"a": "X", "b": "Y"}), books, n_boot=200, group_col="outlet")
    row = grp[(grp["outlet"] == "X") & (grp["frame"] == "remedy_dialogue")].iloc[0]
    assert (row["n"], row["k_units"], row["k_articles"], row["share"]) == (1, 2, 1, 0.5)
    assert math.isnan(row["ci_low"])  # one article: no interval
    with pytest.raises(ValueError, match="no group label"):
        F.group_frame_shares(art, pd.Series({"a": "X"}), books)
    dom = F.dominant_frames(art, books, function="treatment_recommendation").set_index("doc_id")
    assert dom.loc["a", "dominant"] == "remedy_dialogue" and dom.loc["a", "k_units"] == 2
    assert dom.loc["b", "tied_with"] == ""


def test_dominant_frame_ties_follow_codebook_order(books):
    art = pd.DataFrame({"doc_id": ["a", "a"], "family": ["entman_functions"] * 2,
                        "frame": ["remedy_dialogue", "remedy_military_action"],
                        "n_units": [4, 4], "k_units": [1, 1], "k_outlet_voice": [1, 1], "share": [0.25, 0.25]})
    dom = F.dominant_frames(art, books).iloc[0]
    assert dom["dominant"] == "remedy_dialogue" and dom["tied_with"] == "remedy_military_action"


# ---------------------------------------------------------------------------
# validation metrics


def test_prf_table_on_a_hand_computable_example():
    cols = pd.MultiIndex.from_tuples([("f", "a"), ("f", "b"), ("f", "c")], names=["family", "frame"])
    gold = pd.DataFrame([[1, 0, 1], [1, 0, 1], [0, 0, 1], [0, 0, 1]], columns=cols).astype(bool)
    pred = pd.DataFrame([[1, 0, 1], [0, 1, 1], [1, 0, 1], [0, 0, 0]], columns=cols).astype(bool)
    t = F.prf_table(gold, pred, min_support=4).set_index("frame")
    # a: tp=1 fp=1 fn=1 -> P=R=F1=0.5
    assert t.loc["a", ["tp", "fp", "fn", "support"]].tolist() == [1, 1, 1, 2]
    assert t.loc["a", ["precision", "recall", "F1"]].tolist() == [0.5, 0.5, 0.5]
    assert t.loc["a", "status"] == "low support (<4)"
    # b: no hand-coded positive -> precision 0, recall and F1 undefined, "unvalidated"
    assert t.loc["b", "precision"] == 0 and np.isnan(t.loc["b", "recall"]) and np.isnan(t.loc["b", "F1"])
    assert t.loc["b", "status"] == "unvalidated"
    # c: tp=3 fn=1 -> P=1, R=0.75, F1=6/7
    assert t.loc["c", "precision"] == 1 and t.loc["c", "recall"] == 0.75
    assert t.loc["c", "F1"] == pytest.approx(6 / 7) and t.loc["c", "status"] == "validated"
    micro = F.micro_average(t.reset_index()).iloc[0]
    # over a and c, and b's false positive (review s80-C: a frame nobody coded still has the tagger's false labels):
    # tp=4 fp=2 fn=2; frames counts those with hand-coded examples
    assert (micro["tp"], micro["fp"], micro["fn"], micro["frames"]) == (4, 2, 2, 2)
    assert micro["F1"] == pytest.approx(8 / 12)
    with pytest.raises(ValueError, match="same labels"):
        F.prf_table(gold, pred.iloc[:, :2])


def test_shipped_validation_sample(books):
    sample = F.load_validation_sample("studies/pak_afg_ttp/frame_validation_sample.csv", books)
    assert len(sample) >= 60 and sample["sentence"].str.len().min() > 0
    assert sample["doc_id"].nunique() == 5


def test_validation_sample_with_an_unknown_label_is_refused(tmp_path, books):
    p = tmp_path / "s.csv"
    pd.DataFrame({"doc_id": ["d"], "sentence": ["Talks."], "coder_notes": [""], "policy_frames": ["nonsense"],
                  "generic_frames": [""], "entman_functions": [""]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match="nonsense"):
        F.load_validation_sample(p, books)
    pd.DataFrame({"doc_id": ["d"], "sentence": ["Talks."]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match="missing column"):
        F.load_validation_sample(p, books)


def test_validate_tagger_reports_disagreements(books, lex):
    sample = pd.DataFrame({
        "doc_id": ["d", "d"], "sentence": ["They urged dialogue.", "It rained."], "coder_notes": ["", ""],
        "policy_frames": ["", ""], "generic_frames": ["", ""], "entman_functions": ["", "remedy_dialogue"],
    })
    metrics, dis = F.validate_tagger(sample, books, actors=lex["actors"], negation=lex["negation"])
    row = metrics.set_index("frame").loc["remedy_dialogue"]
    assert (row["tp"], row["fp"], row["fn"]) == (0, 1, 1)
    assert set(dis["error"]) == {"missed", "false positive"}
    fp = dis[(dis["error"] == "false positive") & (dis["frame"] == "remedy_dialogue")]
    assert fp["cues"].tolist() == ["dialogue"]
    assert dis[dis["error"] == "missed"]["sentence"].tolist() == ["It rained."]


def test_dominant_frame_none_and_actor_mention_counts(books, lex):
    art = pd.DataFrame({"doc_id": ["a", "a"], "family": ["entman_functions"] * 2,
                        "frame": ["remedy_dialogue", "remedy_military_action"],
                        "n_units": [4, 4], "k_units": [0, 0], "k_outlet_voice": [0, 0], "share": [0.0, 0.0]})
    dom = F.dominant_frames(art, books).iloc[0]
    assert (dom["dominant"], dom["k_units"], dom["tied_with"]) == ("(none)", 0, "")
    n = F.actor_mention_counts(["The TTP and Islamabad.", "Nothing here.", "Tehreek-e-Taliban Pakistan"],
                               lex["actors"], ["ttp"])
    assert n.tolist() == [1, 0, 1]
    with pytest.raises(ValueError, match="not in the gazetteer"):
        F.actor_mention_counts(["x"], lex["actors"], ["martians"])


def role_set(sentences, books, lex):
    units, cues, _ = tag(sentences, books, lex)
    roles = F.actor_roles(units, cues, lex["roles"])
    return set(zip(roles["unit"], roles["actor"], roles["role"]))


def test_blame_from_relative_clause_and_coordination(books, lex):
    got = role_set(["Pakistan wants to fight the TTP, a group that has intensified attacks.",
                    "Islamabad believes that these groups intensified attacks.",
                    "The visit came as the TTP and Islamabad failed to keep the ceasefire.",
                    "The Taliban warned the TTP to stop."], books, lex)
    assert (0, "ttp", "blamed") in got and (0, "pakistan_state", "blamed") not in got
    assert not any(u == 1 and r == "blamed" for u, _, r in got)  # complement clause: no antecedent
    assert {(2, "ttp", "blamed"), (2, "pakistan_state", "blamed")} <= got
    assert (3, "ttp", "blamed") in got and (3, "afghan_taliban", "blamed") not in got


def test_cues_inside_names_do_not_count(books, lex):
    units, cues, frames = tag(
        [
            "He heads the International Research Council for Religious Affairs.",
            "Religious leaders spoke of a religious duty.",
            "Pakistan's Ambassador to Afghanistan Mansoor Khan spoke.",
        ],
        books, lex,
    )
    counted = frames[frames["counted"]]
    got = set(zip(counted["unit"], counted["frame"]))
    assert (0, "morality") not in got and (1, "morality") in got
    assert bool(cues.loc[(cues["unit"] == 2) & (cues["cue"] == "ambassador"), "in_name"].all())


def test_two_states_make_external_relations(books, lex):
    units, cues, frames = tag(
        ["Pakistan pressed Kabul to act.", "Pakistan pressed its army to act.",
         "The Tehreek-e-Taliban Pakistan attacked a post in Pakistan."],
        books, lex,
    )
    ext = frames[frames["frame"] == "external_regulation_reputation"]
    assert 0 in set(ext["unit"]) and ext.loc[ext["unit"] == 0, "via"].iloc[0] == "states"
    assert 1 not in set(ext["unit"]) and 2 not in set(ext["unit"])


def test_border_and_summit_cues_are_external_relations(books, lex):
    units, cues, frames = tag(
        ["Cross-border shelling continued overnight.", "Leaders met at a summit in Geneva.",
         "The new border of the garden was planted with roses."],
        books, lex,
    )
    ext = frames[(frames["frame"] == "external_regulation_reputation") & frames["counted"]]
    assert {0, 1} <= set(ext["unit"]) and 2 not in set(ext["unit"])
