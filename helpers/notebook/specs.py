"""The parameters of every notebook, specified once.

Each notebook's cell after its ``parameters`` cell is the single call
``P = check_params(globals(), "02_outlets")``; the report runner validates the
``-p`` values of a run against the same specifications before any notebook
starts, and ``python -m helpers.report --help`` lists them. The defaults stay
in each notebook's ``parameters`` cell (papermill reads them there); a unit
test checks that the names declared there and here agree.
"""
from __future__ import annotations

from typing import Callable, Mapping

from ..core.wording import noun
from ..corpus.groups import DEFAULT_MAX_ARTICLES
from .params import Param, ParameterError
from .setup import COLUMN_ROLES, corpus_params

__all__ = ["NOTEBOOK_SPECS", "activate", "notebook_spec", "cross_check"]

_MAX_ROWS = Param((int,), min=1, max=10_000, help="rows shown per table")
_MAX_ARTICLES = Param((int,), min=1, max=10_000_000,
                      help=f"articles read by the sentence-level measures (stratified sample when more); the same "
                           f"default, {DEFAULT_MAX_ARTICLES:,}, in every notebook, so they read the same articles")


def _topics() -> dict:
    return corpus_params(
        unit=Param((str,), choices=("paragraph", "sentence", "article"), help="documents of the topic model"),
        method=Param((str,), choices=("nmf", "lda"), help="topic model"),
        n_topics=Param((int,), none_ok=True, min=1, max=200,
                       help="number of topics, or None to choose k by coherence and diversity"),
        k_min=Param((int,), min=1, max=200, help="smallest k tried when n_topics is None"),
        k_max=Param((int,), min=1, max=200, help="largest k tried when n_topics is None"),
        n_top_words=Param((int,), min=3, max=50, help="top terms per topic"),
        seeds=Param((list,), item_types=(int,), help="one stability refit per seed, e.g. [1, 2, 3]"),
        sample_size=Param((int,), min=100, max=10_000_000,
                          help="units the model is fit on (a random sample when there are more)"),
        n_boot=Param((int,), min=100, max=100_000, help="bootstrap resamples for intervals"),
        fit_on=Param((str,), choices=("auto", "unit", "article"),
                     help="fit the model on articles or on units; auto: articles from 100 articles on"),
        n_boot_effects=Param((int,), min=20, max=10_000,
                             help="bootstrap resamples for the group-and-time regression"),
        max_rows=_MAX_ROWS,
    )


def _outlets() -> dict:
    return corpus_params(
        unit=Param((str,), choices=("sentence", "paragraph"), help="unit read by sourcing, hedges and tone"),
        min_count=Param((int,), min=1, max=1_000_000, help="words used fewer times in the corpus are not scored"),
        n_terms=Param((int,), min=1, max=500, help="distinctive terms kept per group"),
        prior_scale=Param((float,), min=1e-6, max=1e6,
                          help="weight of the Dirichlet prior, as a multiple of the corpus counts"),
        max_articles=_MAX_ARTICLES,
        min_quote_words=Param((int,), min=1, max=100, help="words a quotation needs to make its attribution 'direct'"),
        pronoun_window=Param((int,), min=0, max=50, help="sentences back to look for the antecedent of 'he said'"),
        label_window=Param((int,), min=0, max=500,
                           help="characters between a naming label and the actor it describes"),
        max_tone_sentences=Param((int,), min=1, max=10_000_000,
                                 help="sentences scored per group and actor (random sample when more)"),
        shingle_size=Param((int,), min=2, max=50, help="words per shingle for text reuse"),
        reuse_all_pairs_max=Param((int,), min=2, max=20_000, help="up to this many articles, every pair is compared"),
        reuse_max_pairs=Param((int,), min=1, max=1_000_000, help="pairs whose shared passages are computed and listed"),
        passage_min_words=Param((int,), min=2, max=1000,
                                help="shared passages at least this long count as shared wording"),
        n_boot=Param((int,), min=100, max=100_000, help="bootstrap resamples for intervals"),
        n_perm=Param((int,), min=99, max=100_000, help="permutations of group labels between articles"),
        role_sheets=Param((list,), item_types=(str,),
                          help="your coders' filled source-role sheets (python -m helpers.validation sample --measure "
                               "source_roles; CSV, one per coder), e.g. [ann.csv, bob.csv]: corrected role shares "
                               "per group; [] for none"),
        tone_sheets=Param((list,), item_types=(str,),
                          help="your coders' filled tone sheets (python -m helpers.validation sample --measure tone; CSV, "
                               "one per coder): corrected tone shares per group; [] for none"),
        max_rows=_MAX_ROWS,
    )


_CODEBOOKS = Param((list,), item_types=(str,), none_ok=True,
                   help="frame codebooks (names in the study or helpers/codebooks/, or paths); None: the study's "
                        "framing.codebooks (policy, generic, Entman unless it lists its own)")


def _framing() -> dict:
    return corpus_params(
        unit=Param((str,), choices=("sentence", "paragraph"), help="unit that is tagged"),
        codebooks=_CODEBOOKS,
        roles_codebook=Param((str,), help="actor-role cue file (name in helpers/codebooks/ or path)"),
        negation_codebook=Param((str,), help="negator list (name in helpers/codebooks/ or path)"),
        validation_sample=Param((str,), none_ok=True,
                                help="CSV of hand-coded sentences; None: the study's in-sample coded sentences "
                                     "(its blind sample when it has none)"),
        coded_sample=Param((str,), none_ok=True,
                           help="CSV of a hand-coded random sample of sentences, for corrected shares; "
                                "None: the study's blind sample"),
        n_boot=Param((int,), min=1, max=100_000, help="bootstrap resamples"),
        max_articles=_MAX_ARTICLES,
        focus_actors=Param((list,), item_types=(str,),
                           help="only articles naming these actors (ids in the study's actors.yaml); [] for all"),
        min_focus_mentions=Param((int,), min=1, max=1000, help="mentions of the focus actors an article needs"),
        max_evidence=Param((int,), min=1, max=50, help="evidence sentences shown per frame (and group)"),
        random_evidence=Param((int,), min=0, max=100, help="counted sentences drawn at random per frame, under the "
                              "strongest evidence, to judge how often a label is right (0: no draw)"),
        max_rows=_MAX_ROWS,
    )


def _validation() -> dict:
    return corpus_params(
        codebooks=_CODEBOOKS,
        measure=Param((str,), none_ok=True,
                      help="frame codebook (its name) the coding sheet is drawn for and coders' sheets are scored on: "
                           "one of this run's codebooks other than Entman's; None: the study's own codebook if it has one, "
                           "else generic_frames if the run has it, else its first"),
        n_draw=Param((int,), min=1, max=100_000, help="units drawn for a new coding sheet"),
        in_sample_codes=Param((str,), none_ok=True,
                              help="coded sentences by the cue author (in-sample check); None: the study's"),
        blind_codes=Param((str,), none_ok=True,
                          help="blind coded random sample with a dev/heldout split; None: the study's"),
        coding_sheets=Param((list,), item_types=(str,),
                            help="your coders' filled coding sheets of `measure` (CSV, one per coder), e.g. "
                                 "[ann.csv, bob.csv]: agreement, the tagger's scores and corrected shares; [] for none"),
        benchmark_results=Param((str,), help="result file of benchmarks/bench_framing.py"),
        benchmark_cv=Param((str,), help="cross-validation result file of benchmarks/bench_framing_14ad.py (default: its re-run with codebook version 11, bench_framing_14bh3.json; or 14ab, 14aa, 14z3)"),
        benchmark_articles=Param((str,), help="per-article file of benchmarks/bench_framing.py"),
        coded_share=Param((float,), min=0.01, max=1.0,
                          help="share of frames-dev articles treated as coded in the corrected-share demonstration"),
        n_boot=Param((int,), min=1, max=100_000, help="bootstrap resamples"),
        max_articles=_MAX_ARTICLES,
        max_rows=_MAX_ROWS,
    )


NOTEBOOK_SPECS: dict[str, dict[str, Param]] = {
    "00_corpus": corpus_params(max_rows=_MAX_ROWS),
    "01_topics": _topics(),
    "02_outlets": _outlets(),
    "03_framing": _framing(),
    "04_validation": _validation(),
}
"""Notebook name (file name without ``.ipynb``) to its parameter specification."""


def _check_topics(P: Mapping) -> None:
    if P["k_min"] > P["k_max"]:
        raise ParameterError(f"k_min ({P['k_min']}) must not be larger than k_max ({P['k_max']}).")
    if not P["seeds"]:
        raise ParameterError("parameter 'seeds' must hold at least one seed (one stability refit each), e.g. [1, 2, 3].")


def _check_engine(P: Mapping) -> None:
    from ..core.engine import EngineError, check_scheduler

    try:
        check_scheduler(P["scheduler"])
    except EngineError as exc:
        raise ParameterError(str(exc)) from exc
    if P["engine"] != "dask" and P["scheduler"].strip():
        raise ParameterError(f"parameter 'scheduler' ({P['scheduler']!r}) is only used with engine 'dask'; "
                             "set engine to 'dask' (-p engine dask) or leave scheduler empty.")


def _check_columns(P: Mapping) -> None:
    columns = P.get("columns") or {}
    unknown = sorted(map(str, set(columns) - set(COLUMN_ROLES)))
    if unknown:
        colon = next((k for k in unknown if ":" in k), None)  # {outlet:site} typed in Python, where YAML is not read
        hint = (f" Write a space after each colon: {{{colon.replace(':', ': ', 1)}}}." if colon is not None else "")
        raise ParameterError(f"parameter 'columns' has unknown {noun(len(unknown), 'key')} {unknown}; use {list(COLUMN_ROLES)}, "
                             f"e.g. {{text: body, outlet: site}}.{hint}")
    bad = {k: v for k, v in columns.items() if not isinstance(v, str)}
    if bad:
        raise ParameterError(f"parameter 'columns' must map each key to a column name (text), got {bad}.")


def _check_periods(P: Mapping) -> None:
    from ..corpus.dates import period_breaks

    try:
        period_breaks(P.get("periods") or [])
    except ValueError as exc:
        raise ParameterError(f"parameter 'periods': {exc}") from None


_CROSS_CHECKS: dict[str, Callable[[Mapping], None]] = {"01_topics": _check_topics}


def _notebook_key(name: str) -> str:
    """``"02_outlets"`` for ``"02_outlets"``, ``"02_outlets.ipynb"`` or a path to it.

    Raises
    ------
    KeyError
        For a notebook without a specification, naming the known ones.
    """
    key = str(name).replace("\\", "/").rsplit("/", 1)[-1]
    key = key[:-6] if key.endswith(".ipynb") else key
    if key not in NOTEBOOK_SPECS:
        raise KeyError(f"no parameter specification for notebook {name!r}; add one to helpers/notebook/specs.py "
                       f"(known: {sorted(NOTEBOOK_SPECS)})")
    return key


def notebook_spec(name: str) -> dict[str, Param]:
    """The parameter specification of one notebook (see :data:`NOTEBOOK_SPECS`).

    Parameters
    ----------
    name : str
        The notebook: ``"02_outlets"``, ``"02_outlets.ipynb"`` or a path to it.

    Returns
    -------
    dict of str to Param
        The notebook's parameters and their checks.

    Raises
    ------
    KeyError
        For a notebook without a specification (the message names the known ones).
    """
    return NOTEBOOK_SPECS[_notebook_key(name)]


_STUDY_LEXICON_KEYS = {"actors": (), "naming_labels": ("actors", "stance")}
"""The study lexicons every run reads, with the entry keys each allows beyond a lexicon's own: checked up front."""


def _check_study(P: Mapping) -> None:
    """Resolve and load the study, and read its actor list and naming labels, before any notebook runs.

    A misspelt key in ``actors.yaml`` or ``naming_labels.yaml`` used to stop notebook 02 halfway (review 12bh-y).
    """
    from ..core.study import StudyError, load_study, resolve_study
    from ..text.lexicon import LexiconError, load_lexicon

    try:
        study = load_study(resolve_study(P["study"], P.get("corpus", "")).name)
        for name, extra in _STUDY_LEXICON_KEYS.items():
            if name in study.lexicons:
                load_lexicon(study.lexicons[name], extra_entry_keys=extra)
    except (StudyError, LexiconError) as exc:
        raise ParameterError(f"parameter 'study': {exc}") from exc
    if "codebooks" in P:  # review s80-C: a bad key in the study's own codebook stopped nothing, as it was never read
        books = _frame_codebooks(P, study)
        if "measure" in P:
            families = [f for f, cb in books.items() if not _is_entman(cb)]
            if P["measure"] is not None and P["measure"] not in families:
                raise ParameterError(f"parameter 'measure': {P['measure']!r} is not a frame codebook of this run; "
                                     f"its codebooks: {families} (by their name; Entman's functions are not scored "
                                     "here). Give one of them, or add yours to -p codebooks or the study's "
                                     "framing.codebooks.")
            if not families:
                raise ParameterError(f"parameter 'codebooks': {list(books)} holds no frame codebook to validate "
                                     "(Entman's functions are not scored in notebook 04); add one.")


def _is_entman(codebook: Mapping) -> bool:
    """Whether a frame codebook holds Entman's functions (its entries carry a ``function``)."""
    return any("function" in e for e in codebook["entries"].values())


def _frame_codebooks(P: Mapping, study) -> dict:
    """The run's frame codebooks loaded as notebooks 03 and 04 load them, with ``study`` active (its bare names resolve
    in it), keyed by name; a file that cannot be read stops the run before any notebook does."""
    from ..core.study import active_study, use_study
    from ..framing.codebooks import load_codebook

    given = P["codebooks"] is not None
    before = active_study()
    use_study(study)
    out = {}
    try:
        for name in (P["codebooks"] if given else study.codebooks):
            try:
                cb = load_codebook(name, kind="frames")
            except Exception as exc:  # noqa: BLE001 - any reason the file cannot be read is the user's to fix
                where = "parameter 'codebooks'" if given else f"parameter 'study': its framing.codebooks ({study.name})"
                raise ParameterError(f"{where}: {exc}") from exc
            out[cb["name"]] = cb
    finally:
        use_study(before)
    return out


def activate(P: dict) -> dict:
    """Apply a notebook's validated parameters that act on the whole process.

    Makes ``P["study"]`` the active study (so bare lexicon names such as
    ``"actors"`` resolve in it; ``"auto"`` is resolved from the corpus by
    :func:`helpers.core.study.resolve_study`) and fills ``output_dir`` when it is None
    (:func:`helpers.notebook.setup.default_output_dir`), or takes a relative one from the current folder
    (:func:`helpers.notebook.setup.output_folder`). Called by
    :func:`helpers.notebook.params.check_params` when it is given a notebook name.

    Parameters
    ----------
    P : dict
        The validated parameters.

    Returns
    -------
    dict
        ``P`` with ``output_dir`` filled in or made absolute.
    """
    from ..core.study import resolve_study, use_study
    from .group_alias import alias_group_by
    from .setup import output_folder

    if "study" in P:
        use_study(resolve_study(P["study"], P.get("corpus", "")).name)
        if "codebooks" in P and P["codebooks"] is None:  # review s80-C: the study's own list was never read
            from ..core.study import active_study

            P = {**P, "codebooks": list(active_study().codebooks)}
    if "output_dir" in P:  # None: the default; relative: from the current folder; never figures/ by hand (s79-G)
        P = {**P, "output_dir": output_folder(P["output_dir"], P.get("corpus", ""))}
    return alias_group_by(P)


def cross_check(name: str, P: Mapping) -> None:
    """Checks that involve several parameters of one notebook (e.g. ``k_min <= k_max``).

    Parameters
    ----------
    name : str
        The notebook, as for :func:`notebook_spec`.
    P : mapping
        Its validated parameters.

    Raises
    ------
    ParameterError
        When the combination is invalid.
    KeyError
        For a notebook without a specification.
    """
    _check_columns(P)
    if "periods" in P:
        _check_periods(P)
    if "engine" in P:
        _check_engine(P)
    if "study" in P:
        _check_study(P)
    check = _CROSS_CHECKS.get(_notebook_key(name))
    if check is not None:
        check(P)
