"""Report pieces of the framing notebook: group-column naming and one codebook's section.

Kept out of the notebook so that it holds no function definitions.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from ..core.wording import count, noun, percent
from ..framing.senses import DEFAULT_SENSES, SENSE_WORDS
from ..framing.shares import pick_evidence
from ..plotting.diagnostics import SEED_VALIDATION_TITLE
from ..plotting.heatmap import plot_share_heatmap
from .output import save_figure, show_table, with_group

__all__ = ["RANDOM_EVIDENCE", "absent_family_note", "uncoded_families_note", "codebook_heading", "discount_lines", "family_section", "random_evidence",
           "rename_group", "unread_speakers", "validation_provenance"]


def rename_group(df: pd.DataFrame, group_by: str) -> pd.DataFrame:
    """Name the ``group`` column after ``group_by``.

    With ``group_by="outlet"`` the group label (top outlets, the rest pooled
    as "(other)") replaces the ``outlet`` column.

    Parameters
    ----------
    df : DataFrame
        A result table, usually with a ``group`` column.
    group_by : str
        The notebook's ``group_by`` parameter.

    Returns
    -------
    DataFrame
        ``df`` with ``group`` renamed to ``group_by`` (and the original ``outlet`` column dropped when
        ``group_by`` is "outlet"); ``df`` unchanged when it has no ``group`` column.
    """
    if "group" not in df.columns:
        return df
    if group_by == "outlet":
        return df.drop(columns=["outlet"], errors="ignore").rename(columns={"group": "outlet"})
    return df.rename(columns={"group": group_by})


def discount_lines(frames_all: pd.DataFrame, frames: pd.DataFrame,
                   senses: Sequence[str] = DEFAULT_SENSES) -> tuple[str, str]:
    """The tagging section's summary line and the heading of its table of discounted cues.

    A cue is discounted when it is negated or used in another sense (the rules ``senses`` of
    :func:`helpers.framing.senses.cue_senses`, said in the words of :data:`helpers.framing.senses.SENSE_WORDS`); the column
    ``negated_cues`` holds both, so neither line calls them all negated (dogfood 12bk-d: "Labels with a negated cue"
    stood over "defense" in "the Defense of Marriage Act").

    Parameters
    ----------
    frames_all : DataFrame
        Every label of :func:`helpers.framing.tagger.tag_frames`, with ``counted`` and ``negated_cues``.
    frames : DataFrame
        The counted labels, with ``voice``.
    senses : sequence of str, default DEFAULT_SENSES
        The sense rules the tagger applied (only these are named).

    Returns
    -------
    tuple of str
        The summary (labels discounted, counted labels only inside quotations) and the table's heading.
    """
    n_off = int((~frames_all["counted"]).sum())
    n_quoted = int((frames["voice"] == "quoted").sum())
    n_with = int((frames_all["negated_cues"] != "").sum())
    used = " or ".join(SENSE_WORDS[r] for r in senses)
    summary = (f"{count(n_off, 'label')} discounted because every cue was negated or used in another sense "
               f"({used}); {n_quoted:,} counted {noun(n_quoted, 'label')} only inside quotations "
               "(attributed to the speaker)")
    heading = (f"Labels with a discounted cue ({n_with:,}): negated, or {used}; not counted when no other "
               "cue of the frame is left:")
    return summary, heading


_WHOLE = 3
"""A frame table of at most this many times ``max_rows`` rows is shown whole (3 groups x 14 frames = 42 rows)."""


RANDOM_EVIDENCE = 5
"""Counted sentences drawn at random per frame under the strongest evidence (review s80-D; two until review s80-F:
two per frame, pooled over the groups, could not show how often a label is right); notebook 03's parameter
``random_evidence``."""


def family_section(fam: str, title: str, *, books: Mapping[str, dict], shares: pd.DataFrame, frames: pd.DataFrame,
                   status: Mapping[tuple, str], order: Sequence[str], output_dir: str, group_by: str, unit: str,
                   max_evidence: int, max_rows: int, seed: int = 0, n_random: int = RANDOM_EVIDENCE) -> None:
    """Heatmap, leading frames per group, the share table and evidence sentences for one codebook, all displayed.

    The evidence is the strongest sentences of each frame (those with the most cues) and, below them, ``n_random``
    counted sentences per frame drawn at random with ``seed``: the strongest are the clearest cases, while most
    counted sentences carry one cue, so only a random draw lets a reader judge how often a label is right (review
    s80-D: a fact-checker read 8 of 10 random conflict sentences right where the strongest showed none wrong).

    Parameters
    ----------
    fam : str
        Codebook (family) name.
    title : str
        Figure title.
    books, shares, frames
        The codebooks, :func:`helpers.framing.shares.group_frame_shares` rows (with
        ``label`` and ``validation``) and counted :func:`tag_frames` rows.
    status : mapping
        Validation status per (family, frame).
    order : sequence of str
        Groups in display order.
    output_dir, group_by, unit, max_evidence, max_rows
        The notebook's parameters.
    seed : int, default 0
        The notebook's seed, for the random draw.
    n_random : int, default :data:`RANDOM_EVIDENCE`
        Sentences drawn at random per frame.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    cb = books[fam]
    sh = shares[shares["family"] == fam]
    st = {e: status.get((fam, e), "") for e in cb["entries"]}
    fig, data = plot_share_heatmap(sh, "group", order, cb, title, st)
    save_figure(fig, f"03_{fam}", output_dir, data=rename_group(data, group_by))
    plt.show()
    for g in order:
        top = sh[(sh["group"] == g) & (sh["k_units"] > 0)].sort_values(
            ["share", "frame"], ascending=[False, True], kind="stable").head(3)
        print(f"{g} (n={count(int(sh[sh['group'] == g]['n'].iloc[0]), 'article')}): "
              + ("; ".join(f"{r.label} {percent(r.share)} ({count(int(r.k_units), unit)})" for r in top.itertuples())
                 or "no frame cue"))
    table = sh[["group", "label", "n", "n_units", "k_units", "k_articles", "interval", "outlet_voice", "validation",
                "share"]]
    place = {g: i for i, g in enumerate(order)}  # each group's frames largest first, so a cut drops the smallest
    table = table.assign(_g=table["group"].map(place)).sort_values(["_g", "share", "label"], ascending=[True, False, True],
                                                                    kind="stable").drop(columns=["_g", "share"])
    # a table of a few groups is shown whole: cut at max_rows, the largest policy frame was never shown (review s78-D)
    rows = len(table) if len(table) <= _WHOLE * max_rows else max_rows
    display(show_table(rename_group(table, group_by), rows, by=group_by))  # outlet_voice unrounded: the page writes it
    rank = {e: i for i, e in enumerate(cb["entries"])}
    fam_frames = frames[frames["family"] == fam]
    ev = pick_evidence(fam_frames.assign(order=fam_frames["frame"].map(rank)).sort_values("order", kind="stable"),
                       ["order"], max_evidence)
    print(f"Evidence: up to {count(max_evidence, 'sentence')} per frame, those with the most cues first")
    # cut by frame, the key the evidence is picked by: cut by group, whole frames lost their evidence (review s77)
    ev = ev.assign(frame=ev["frame"].map(lambda e: cb["entries"].get(e, {}).get("label", e)))  # words, not ids (s78-D)
    rows = len(ev) if len(ev) <= _WHOLE * max_rows else max_rows
    cols = ["frame", "doc_id", "outlet", "sentence", "cues", "voice", "speaker"]
    display(show_table(with_group(ev, cols, group_by), rows, by="frame"))
    drawn = random_evidence(fam_frames, n_random, seed, rank)
    if len(drawn):
        drawn = drawn.assign(frame=drawn["frame"].map(lambda e: cb["entries"].get(e, {}).get("label", e)))
        print(f"A random draw of up to {count(n_random, 'counted ' + unit)} per frame (seed {seed}), to judge how often "
              f"a label is right: most {unit}s carry one cue, not the several of the strongest above (every counted "
              f"{unit} is in frames.csv, family {fam})")
        rows = len(drawn) if len(drawn) <= _WHOLE * max_rows else max_rows
        display(show_table(with_group(drawn, cols, group_by), rows, by="frame"))


def random_evidence(frames: pd.DataFrame, n: int, seed: int, rank: Mapping[str, int] | None = None) -> pd.DataFrame:
    """Up to ``n`` rows of each frame drawn at random: a sample of what the tagger counted, not its clearest cases.

    Parameters
    ----------
    frames : DataFrame
        Counted tagger rows of one codebook (``frame``, ``doc_id``, ``unit`` ...).
    n : int
        Rows per frame (all of a frame with fewer).
    seed : int
        Seed of the draw; the rows are first put in a fixed order (``doc_id``, ``unit``), so the draw does not depend
        on the order they came in.
    rank : mapping, optional
        Frame id -> its place in the codebook, for the order of the result (default: by frame id).

    Returns
    -------
    DataFrame
        The drawn rows, frame by frame, each frame's in document order.
    """
    if frames.empty or n < 1:
        return frames.iloc[:0]
    keys = [c for c in ("doc_id", "unit") if c in frames.columns]
    base = frames.sort_values(["frame", *keys], kind="stable")
    parts = []
    for fr in sorted(base["frame"].unique(), key=lambda f: ((rank or {}).get(f, 0), f)):
        part = base[base["frame"] == fr]
        parts.append(part.sample(min(n, len(part)), random_state=seed).sort_values(keys, kind="stable"))
    return pd.concat(parts, ignore_index=True)


def unread_speakers(frames: pd.DataFrame, has_actors: bool) -> tuple[pd.DataFrame, str]:
    """Quoted frame labels of a study without actors: no speaker can be read, so none is claimed.

    The speaker of a quoted cue is the study's actor named outside the quotation; with the ``general`` study (no
    actors) every one of 12,980 quoted labels read "unidentified", as if the quotations were anonymous (review s78-C).

    Parameters
    ----------
    frames : DataFrame
        The tagger's rows (``speaker``).
    has_actors : bool
        Whether the study lists actors.

    Returns
    -------
    (DataFrame, str)
        ``frames`` with "unidentified" blanked when the study has no actors, and the sentence that says so ("" when it
        has actors).
    """
    if has_actors or "speaker" not in frames.columns:
        return frames, ""
    out = frames.assign(speaker=frames["speaker"].replace("unidentified", ""))
    return out, ("The study lists no actors, so the speaker of quoted words is left blank here (not \"unidentified\"): "
                 "notebook 02's attributions.csv gives the source of each quotation it finds.")


_SHARED = {"policy_frames": "the policy frames codebook", "generic_frames": "the generic frames codebook",
           "entman_functions": "an Entman codebook (framing functions)"}
"""The shared codebooks notebook 03 gives a section of their own, in words."""


def absent_family_note(family: str, families: Sequence[str]) -> str:
    """The sentence notebook 03 prints in the section of a shared codebook that this run does not use.

    Parameters
    ----------
    family : str
        The shared codebook of the section (``policy_frames``, ``generic_frames``, ``entman_functions``).
    families : sequence of str
        The frame codebooks of the run.

    Returns
    -------
    str
        E.g. "This run does not use the policy frames codebook (its codebooks: econ_frames; parameter codebooks or
        the study's framing.codebooks): the section is left out."
    """
    from ..core.wording import parameter

    return (f"This run does not use {_SHARED.get(family, family)} (its codebooks: "
            f"{', '.join(families) or 'none'}; {parameter('codebooks')} or the study's framing.codebooks): the section "
            "is left out.")


def codebook_heading(codebook: Mapping) -> str:
    """The line that introduces a study's own codebook in notebook 03: its name, version, size and description.

    Parameters
    ----------
    codebook : mapping
        A codebook from :func:`helpers.framing.load_codebook`.

    Returns
    -------
    str
    """
    desc = " ".join(str(codebook.get("description") or "").split())
    n = len(codebook["entries"])
    file = Path(str(codebook.get("path", ""))).name  # the file's name only: no folder of this machine in a report
    return (f"{codebook['name']} (version {codebook['version']}, {count(n, 'frame')}; {file}): "
            + (desc or "no description in the file."))


def validation_provenance(study, sample_path) -> dict[str, str]:
    """How notebook 03 describes the hand-coded sentences it scores the tagger on, by where they come from.

    The study's ``frames`` sample of the bundled seeds was coded by the author of the cues, so its figures are
    in-sample; a study whose only sample is its blind coders' (``frames_blind``, e.g. sheets adopted with
    ``python -m helpers.validation adopt``) is scored on sentences no cue was written from (round 12bp-m: notebook 03
    called such a sample "coded by the author of the cues (in-sample)").

    Parameters
    ----------
    study : helpers.core.study.Study
        The study in use.
    sample_path : Path or None
        The sample notebook 03 scores (``validation_sample`` or the study's own).

    Returns
    -------
    dict
        ``"figures"``: what the figures are, after "the figures above are"; ``"coded"``: who coded the sentences,
        after "coded"; ``"expect"``: what to expect on other text; ``"basis"``: in two words, for the validation
        column of the shares ("in-sample" or "blind coders"); ``"title"``: the validation figure's title.
    """
    blind = sample_path is not None and sample_path in set(study.validation_files("frames_blind"))
    if blind:
        return {"figures": "out of sample for the cues (coded blind by the study's coders, not read to write them; "
                           "sentences of split 'dev' may have been read to revise them)",
                "coded": "blind by the study's coders (its blind sample)",
                "expect": "a small sample gives wide intervals (python -m helpers.validation score gives them)",
                "basis": "blind coders",
                "title": "Tagger against the study's blind-coded sentences of this corpus (out of sample for the cues)"}
    return {"figures": "in-sample (cues written on these texts) and overstate accuracy on new text",
            "coded": "by the author of the cues (in-sample)",
            "expect": "expect lower accuracy on other text (notebook 04 has blind figures)", "basis": "in-sample",
            "title": SEED_VALIDATION_TITLE}


def uncoded_families_note(families: Sequence[str], coded: Sequence[str], own: Sequence[str]) -> str:
    """The closing line for the run's frame codebooks that its coded sample does not code.

    Review s81-E: once a journalist's sample of her own codebook was the study's, the closing of notebook 03 gave its
    F1 and said nothing more of the generic frames, which no one had coded on her corpus and which gave the index's
    share finding.

    Parameters
    ----------
    families : sequence of str
        The run's frame codebooks.
    coded : sequence of str
        Those the coded sample of this corpus codes.
    own : sequence of str
        The study's own codebooks (checked on no other text either).

    Returns
    -------
    str
        "" when every codebook is coded.
    """
    rest = [f for f in families if f not in set(coded)]
    if not rest:
        return ""
    shared = [f for f in rest if f not in set(own)]
    mine = [f for f in rest if f in set(own)]
    parts = []
    if shared:
        parts.append(f"{', '.join(shared)}: checked only on other articles (the checks printed with each table)")
    if mine:
        parts.append(f"{', '.join(mine)}: no check on any text")
    from ..core.wording import parameter

    return ("Not coded in this corpus's sample, so their shares are counts of cue words: " + "; ".join(parts)
            + f"; code a sample of this corpus for them with notebook 04 ({parameter('measure')} set to the codebook's "
            "name) before reading them as levels.")
