"""Studies: everything topic-specific in one folder, chosen with ``-p study``.

A *study* is a folder ``studies/<name>/`` (or any folder given by path) with a
``study.yaml`` that names what belongs to one research question: the actors
and their naming variants, the descriptive labels attached to them, which side
each actor is on, extra topic stop words, the framing codebooks used, and the
hand-coded validation samples that were drawn from one corpus. Everything
generic (the Policy Frames Codebook, the five generic frames, the role
lexicon, hedges, reporting verbs) stays shared in ``helpers/data`` and
``helpers/codebooks`` and is referred to by name.

``study.yaml``::

    name: us_politics                 # required, the folder name
    version: 1                        # required
    title: US politics 2012-2020      # required, used in report prose
    source: "how the lists were made" # required
    description: "..."                # optional
    lexicons:                         # bare lexicon name -> file in this folder
      actors: actors.yaml
      naming_labels: naming_labels.yaml
      policy_frames_study_cues: policy_frames_study_cues.yaml   # the study's own extra cues for a shared codebook
    sides: {democratic_party: Democrats, ...}   # actor id -> side (optional)
    framing:                          # optional
      codebooks: [policy_frames, generic_frames, entman_functions]
      focus_actors: []
      state_actors: {}                # actor id -> state of helpers/codebooks/states.yaml (external relations)
    topic_stopwords: [...]            # optional: left out of topics and of the distinctive words
    validation:                       # optional: samples coded on one corpus
      frames: frame_validation_sample.csv
      frames_blind: frame_validation_sample.blind.csv   # blind coders' sample (python -m helpers.validation adopt)
      attributions: [attribution_checks.csv]
    validation_corpus: validation_corpus.csv   # doc_id, sha256_16 of the coded articles

How the study reaches the measures: :func:`use_study` makes a study the
*active* one for the process (the notebooks call it once, from their
parameters), and :func:`helpers.text.lexicon.load_lexicon` resolves a bare name
such as ``"actors"`` in the active study's ``lexicons`` before the shared
``helpers/data`` folder. Without a call (library use, tests), the seeds' study
``pak_afg_ttp`` is active.

Which study a notebook or report uses (:func:`resolve_study`): the notebooks'
``study`` parameter defaults to ``"auto"``, which means

* ``pak_afg_ttp`` (:data:`SEEDS_STUDY`) when the corpus is the bundled seeds,
  by path or by content (a folder whose ``.txt`` files have exactly the bytes
  of ``seeds/SHA256SUMS``): the seeds' validation samples were coded on them;
* ``general`` (:data:`GENERAL_STUDY`) for any other corpus: no topic's actors,
  naming labels or sides, only the shared codebooks. Measures that need
  actors (tone toward actors, naming labels, source affiliation, actor roles,
  who is blamed) then say that the study lists no actors, and everything
  else runs.

A study given by name or path (``-p study us_politics``) always wins. The
notebooks (:func:`helpers.notebook.specs.activate`) and the report runner
use the same rule, so a notebook opened in JupyterLab on another corpus uses
the study its report would use.
"""
from __future__ import annotations

import copy
import difflib
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .paths import PROJECT_ROOT
from .wording import noun

__all__ = [
    "AUTO",
    "DEFAULT_STUDY",
    "GENERAL_STUDY",
    "SEEDS_STUDY",
    "StudyChoice",
    "STUDIES_DIR",
    "Study",
    "StudyError",
    "text_fingerprint",
    "active_study",
    "available_studies",
    "is_bundled_seeds",
    "load_study",
    "no_actors_note",
    "read_yaml_mapping",
    "resolve_study",
    "state_actors_note",
    "studies_with_actors",
    "study_lexicon_path",
    "use_study",
]

STUDIES_DIR = PROJECT_ROOT / "studies"
"""Folder of the bundled studies."""

SEEDS_STUDY = "pak_afg_ttp"
"""The study of the bundled seeds (their validation samples were coded on it)."""

GENERAL_STUDY = "general"
"""The study of any corpus but the seeds when none is given: no topic's actors, labels or sides."""

AUTO = "auto"
"""The notebooks' default ``study`` value: resolved from the corpus by :func:`resolve_study`."""

DEFAULT_STUDY = SEEDS_STUDY
"""The study active in a process that never chose one (library calls, tests); notebooks resolve :data:`AUTO`."""

_TOP_KEYS = {"name", "version", "title", "source", "description", "lexicons", "sides", "framing",
             "topic_stopwords", "validation", "validation_corpus", "notes"}
_REQUIRED = {"name", "version", "title", "source"}
_FRAMING_KEYS = {"codebooks", "focus_actors", "roles_codebook", "state_actors"}


class StudyError(ValueError):
    """A study folder or its ``study.yaml`` is missing or malformed."""


@dataclass(frozen=True)
class Study:
    """A loaded, validated study.

    Attributes
    ----------
    name, title, source, description : str
        From ``study.yaml``.
    folder : Path
        The study's folder.
    lexicons : dict of str to Path
        Bare lexicon name to the study's file (resolved, existing).
    sides : dict of str to str
        Actor id to the side it is on (may be empty).
    codebooks : tuple of str
        Frame codebooks used for framing (names or paths).
    focus_actors : tuple of str
        Actors a framing analysis may restrict itself to (may be empty).
    state_actors : dict of str to str
        Actor id to the state (an entry id of ``helpers/codebooks/states.yaml``) whose government it is or speaks
        for: the policy frames' ``min_states`` rule (relations between states) counts its name variants as that
        state, and counts no state name inside the name of an actor of the study that is not mapped (may be empty).
    topic_stopwords : tuple of str
        Extra stop words (lower case): left out of the topic model's vocabulary and of notebook 02's distinctive
        words (:func:`helpers.measures.vocabulary.set_aside_terms`; they still count in the word totals).
    validation : dict of str to tuple of Path
        Measure (``frames``, ``attributions``, ...) to hand-coded sample files.
    validation_corpus : Path or None
        CSV with ``doc_id`` and ``sha256_16`` (:func:`helpers.notebook.narrative.text_fingerprint`
        of the raw text) of the articles the samples were coded on; a sample is
        shown only on a corpus holding those same articles.
    """

    name: str
    title: str
    source: str
    folder: Path
    version: int = 1
    description: str = ""
    lexicons: dict = field(default_factory=dict)
    sides: dict = field(default_factory=dict)
    codebooks: tuple = ("policy_frames", "generic_frames", "entman_functions")
    focus_actors: tuple = ()
    state_actors: dict = field(default_factory=dict)
    topic_stopwords: tuple = ()
    validation: dict = field(default_factory=dict)
    validation_corpus: Path | None = None

    @property
    def has_actors(self) -> bool:
        """Whether the study lists actors (an ``actors`` lexicon): tone, naming, affiliation and roles need them."""
        return "actors" in self.lexicons

    def files(self) -> list[Path]:
        """Every file of the study folder, sorted (for cache keys and provenance)."""
        return sorted(p for p in self.folder.rglob("*") if p.is_file())

    def fingerprint(self) -> str:
        """SHA-256 over the names and bytes of every file of the study."""
        h = hashlib.sha256()
        for p in self.files():
            h.update(str(p.relative_to(self.folder)).encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
        return h.hexdigest()

    def validation_files(self, measure: str) -> tuple[Path, ...]:
        """The hand-coded sample files of ``measure`` (empty when the study has none)."""
        return self.validation.get(measure, ())

    def sample_path(self, measure: str, given: str | Path | None = None, or_else: str | None = None) -> Path | None:
        """The coded sample to use for ``measure``: ``given`` when set, else the study's first, else None.

        Parameters
        ----------
        measure : str
            Key under ``validation`` in ``study.yaml`` (e.g. ``frames``).
        given : str or Path, optional
            A path chosen by the user (relative paths from the project root).
        or_else : str, optional
            Another key whose first file is used when the study has none of ``measure``: notebook 03 validates the
            tagger with ``frames`` or else ``frames_blind``, the only sample of a study whose coders' sheets were
            adopted (``python -m helpers.validation adopt``).

        Raises
        ------
        StudyError
            When ``given`` is not a file.
        """
        if given:
            p = Path(given).expanduser()
            p = p if p.is_absolute() else PROJECT_ROOT / p
            if not p.is_file():
                raise StudyError(f"coded sample {str(given)!r} not found: give the path of a CSV file, or None to use "
                                 f"the study's own ({self.name}).")
            return p
        files = self.validation_files(measure) or (self.validation_files(or_else) if or_else else ())
        return files[0] if files else None


_ACTIVE: list[Study] = []


@dataclass(frozen=True)
class StudyChoice:
    """The study a notebook or report uses, and why.

    Attributes
    ----------
    name : str
        What to pass to :func:`load_study` (a bundled name or a path).
    given : bool
        Whether the user named it (``-p study``); False when resolved from :data:`AUTO`.
    reason : str
        One plain sentence saying why this study is used.
    """

    name: str
    given: bool
    reason: str


_SEEDS_SUMS = "SHA256SUMS"


def _seeds_digests(seeds: Path) -> set[str] | None:
    sums = seeds / _SEEDS_SUMS
    if not sums.is_file():
        return None
    return {line.split()[0] for line in sums.read_text(encoding="utf-8").splitlines() if line.strip()}


def is_bundled_seeds(corpus: str | Path, seeds: Path | None = None) -> bool:
    """Whether ``corpus`` is the bundled seeds: the seeds folder itself, or a folder with the same articles.

    Parameters
    ----------
    corpus : str or Path
        The corpus folder or file (relative paths from the project root, as notebooks read them).
    seeds : Path, optional
        The seeds folder (default :data:`helpers.core.paths.SEEDS_DIR`), which holds ``SHA256SUMS``.

    Returns
    -------
    bool
        True for the seeds folder, or for a folder whose ``.txt`` files (at its top level) are exactly the
        seeds' articles, byte for byte (SHA-256 as listed in the seeds' ``SHA256SUMS``); False otherwise
        (a table file, another folder, a folder with one article more or less).
    """
    from .paths import SEEDS_DIR, resolve_path

    seeds = Path(seeds or SEEDS_DIR).resolve()
    path = resolve_path(corpus).resolve()
    if path == seeds:
        return True
    if not path.is_dir():
        return False
    want = _seeds_digests(seeds)
    files = sorted(path.glob("*.txt"))
    if not want or len(files) != len(want):
        return False
    return {hashlib.sha256(f.read_bytes()).hexdigest() for f in files} == want


def resolve_study(study: str | Path | None, corpus: str | Path, seeds: Path | None = None) -> StudyChoice:
    """The study to use for ``corpus``: ``study`` when given, else the rule for :data:`AUTO`.

    Parameters
    ----------
    study : str, Path or None
        The notebooks' ``study`` parameter: a bundled name, a folder path, or :data:`AUTO` / None / "" for the
        rule: :data:`SEEDS_STUDY` on the bundled seeds (:func:`is_bundled_seeds`), :data:`GENERAL_STUDY` on
        any other corpus.
    corpus : str or Path
        The corpus the notebook reads.
    seeds : Path, optional
        The seeds folder (for tests).

    Returns
    -------
    StudyChoice

    Raises
    ------
    StudyError
        When a given study does not exist or is malformed (the message lists the bundled studies and points
        to the README).
    """
    text = "" if study is None else str(study).strip()
    if text and text.lower() != AUTO:
        load_study(text)  # fail now, with advice, on a bad name
        return StudyChoice(text, True, "it was given (parameter study).")  # its name or folder stands beside it (review s79-A)
    if is_bundled_seeds(corpus, seeds):
        return StudyChoice(SEEDS_STUDY, False, f"no study was given and the corpus is the bundled seeds, so their "
                                               f"own study '{SEEDS_STUDY}' is used (its samples were coded on them).")
    return StudyChoice(GENERAL_STUDY, False, (
        f"no study was given and the corpus is not the bundled seeds, so the study '{GENERAL_STUDY}' is used: "
        "no topic's actors, naming labels or sides, only the shared codebooks. Give one with -p study "
        f"({', '.join(s for s in available_studies() if s != GENERAL_STUDY)}) or write your own "
        "(README, 'Start your own study')."))


def no_actors_note(study: Study, what: str) -> str:
    """The sentence a notebook prints instead of a measure that needs the study's actors.

    Parameters
    ----------
    study : Study
        The active study (one without an ``actors`` lexicon).
    what : str
        The measure left out, e.g. ``"tone toward actors"``.

    Returns
    -------
    str
        One plain sentence naming the study and pointing to the README.
    """
    from .wording import parameter

    shipped = [f"'{n}' for {t}" for n, t in studies_with_actors() if n != study.name]
    bundled = f" The collection ships {'; '.join(shipped)}." if shipped else ""  # review s80-D: users did not know
    return (f"This study lists no actors ('{study.title}'); not measured here: {what}. To measure it, give a study "
            f"with the actors of your topic ({parameter('study')}) or write one (README, 'Start your own study')."
            + bundled)


@lru_cache(maxsize=1)
def studies_with_actors() -> tuple[tuple[str, str], ...]:
    """The bundled studies that list actors, for the sentences that point a user of the general study to them.

    Returns
    -------
    tuple of (str, str)
        (name, title), by name; a study that does not load is left out.
    """
    out = []
    for name in available_studies():
        try:
            st = load_study(name)
        except StudyError:
            continue
        if st.has_actors:
            out.append((name, st.title))
    return tuple(out)


def state_actors_note(study: Study) -> str:
    """The sentence notebook 03 prints under the policy frames on how relations between states are read.

    Parameters
    ----------
    study : Study
        The active study.

    Returns
    -------
    str
        One plain sentence: a sentence naming two different states (names, adjectives and capitals of
        ``helpers/codebooks/states.yaml``) carries external relations; with ``framing.state_actors``, which of the
        study's actors also count as which state.
    """
    base = ("External relations also counts every sentence that names two different states (their names, adjectives "
            "and capitals in helpers/codebooks/states.yaml; such rows of frames.csv have via = states)")
    if not study.state_actors:
        return base + f"; the study '{study.title}' maps none of its actors to a state (framing.state_actors)."
    pairs = ", ".join(f"{a} ({s})" for a, s in sorted(study.state_actors.items()))
    return (base + f". The study '{study.title}' also counts the names of these actors as their states: {pairs}; a "
            "state word inside the name of its other actors counts as no state (framing.state_actors).")


def available_studies() -> list[str]:
    """Names of the bundled studies.

    Returns
    -------
    list of str
        The folders of ``studies/`` that hold a ``study.yaml``, sorted; empty when there is no ``studies/`` folder.
    """
    if not STUDIES_DIR.is_dir():
        return []
    return sorted(p.parent.name for p in STUDIES_DIR.glob("*/study.yaml"))


def _folder(name_or_path: str | Path) -> Path:
    text = str(name_or_path).strip()
    if not text:
        raise StudyError("parameter 'study' is empty: give a study name, e.g. -p study pak_afg_ttp.")
    p = Path(text).expanduser()
    candidates = [p] if p.is_absolute() else [STUDIES_DIR / text, PROJECT_ROOT / p, Path.cwd() / p]
    for c in candidates:
        if c.is_file() and c.name == "study.yaml":
            return c.parent
        if (c / "study.yaml").is_file():
            return c
    raise StudyError(
        f"study {text!r} not found: give the name of a bundled study ({', '.join(available_studies()) or 'none'}) "
        "or the path of a folder holding a study.yaml (see README, 'Start your own study')."
    )


def _as_tuple(where: str, key: str, value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise StudyError(f"{where}: {key!r} must be a list of non-empty strings.")
    return tuple(value)


def _study_file(folder: Path, where: str, key: str, rel: str) -> Path:
    f = (folder / rel).resolve()
    if not f.is_file():
        raise StudyError(f"{where}: {key!r} names {rel!r}, which is not a file in {folder}.")
    return f


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's safe loader when PyYAML was built with it (several times faster; the same documents and types),
    refusing a mapping that repeats a key: YAML keeps the last value silently, so a second lexicon entry or study
    key of the same name would replace the first without a word."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.setdefault(key, key_node.start_mark.line + 1)
            except TypeError:  # an unhashable key: the base constructor raises its own error
                continue
            if first != key_node.start_mark.line + 1:
                raise yaml.constructor.ConstructorError(
                    None, None,
                    f"the key {key!r} appears twice in one mapping (lines {first} and {key_node.start_mark.line + 1}); "
                    "YAML would keep only the second: rename or merge one of them",
                    key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


_YAML_LOADER = _UniqueKeyLoader


def _safe_load(text: str):
    """The parsed YAML ``text``: a fresh deep copy of a memoised parse, so a caller may change what it gets.

    Lexicons are read again at every call of the measures that use them (e.g.
    :func:`helpers.measures.sourcing.extract_attributions` reads four); parsing the 27 kB verb lexicon takes about
    20 ms, copying its parse under 1 ms. The memo is keyed on the text itself, so an edited file is parsed anew.
    """
    return copy.deepcopy(_parse_yaml(text))


@lru_cache(maxsize=64)
def _parse_yaml(text: str):
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """What is wrong in a YAML file, at which line, and what to change, in a user's terms.

    PyYAML's own text names the parsed string ("<unicode string>"), not the file, and says nothing about
    the usual cause of a scanner or parser error: a line indented by a different number of spaces than its
    neighbours.
    """
    problem = getattr(exc, "problem", None)
    mark = getattr(exc, "problem_mark", None)
    if not problem or mark is None:
        return str(exc).replace('in "<unicode string>", ', "").strip()
    where = f"line {mark.line + 1}, column {mark.column + 1}"
    if isinstance(exc, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
        return (f"{problem} at {where}: check the indentation of that line and of the line above it (the keys of "
                "one entry indented by the same number of spaces, never tabs), and put a value holding ': ' or "
                "' #' in quotes")
    return problem if "line" in problem else f"{problem} at {where}"


def read_yaml_mapping(path: Path, required: set, allowed: set, error: type[Exception]) -> dict:
    """Read a YAML file whose top level is a mapping with ``required`` keys and no key outside ``allowed``.

    Shared by study files and lexicon files.

    Parameters
    ----------
    path : Path
        The YAML file (UTF-8).
    required : set of str
        Top-level keys that must be present.
    allowed : set of str
        Every top-level key that may be present.
    error : type of Exception
        The exception class raised on a bad file.

    Returns
    -------
    dict
        The parsed mapping.

    Raises
    ------
    error
        Naming the file: not valid YAML, not a mapping, unknown or missing top-level keys.
    """
    try:
        doc = _safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML ({_yaml_problem(exc)}).") from exc
    if not isinstance(doc, dict):
        raise error(f"{path}: the file must be a mapping with keys {sorted(required)}.")
    unknown = set(doc) - allowed
    if unknown:
        raise error(f"{path}: unknown top-level {noun(len(sorted(unknown)), 'key')} {sorted(unknown)}; allowed: {sorted(allowed)}.")
    missing = required - set(doc)
    if missing:
        raise error(f"{path}: missing top-level {noun(len(sorted(missing)), 'key')} {sorted(missing)}.")
    return doc


def load_study(name_or_path: str | Path = DEFAULT_STUDY) -> Study:
    """Load and validate a study.

    Parameters
    ----------
    name_or_path : str or Path
        The name of a bundled study (a folder of ``studies/``) or the path of
        a study folder (or of its ``study.yaml``); relative paths are tried
        from the project root, then from the working folder.

    Returns
    -------
    Study

    Raises
    ------
    StudyError
        Naming the file and the key: no such study, bad YAML, unknown or
        missing keys, a file that does not exist, a side given for an actor
        the study's actor list does not have.
    """
    folder = _folder(name_or_path).resolve()
    path = folder / "study.yaml"
    where = str(path)
    doc = read_yaml_mapping(path, _REQUIRED, _TOP_KEYS, StudyError)
    lexicons = doc.get("lexicons") or {}
    if not isinstance(lexicons, dict):
        raise StudyError(f"{where}: 'lexicons' must map lexicon names (e.g. actors) to files in the study folder.")
    lex = {str(k): _study_file(folder, where, f"lexicons.{k}", str(v)) for k, v in lexicons.items()}
    framing = doc.get("framing") or {}
    if not isinstance(framing, dict) or set(framing) - _FRAMING_KEYS:
        raise StudyError(f"{where}: 'framing' must be a mapping with keys among {sorted(_FRAMING_KEYS)}.")
    codebooks = tuple(
        str(_study_file(folder, where, "framing.codebooks", c)) if c.endswith((".yaml", ".yml")) else c
        for c in _as_tuple(where, "framing.codebooks", framing.get("codebooks"))
    ) or Study.codebooks
    validation = doc.get("validation") or {}
    if not isinstance(validation, dict):
        raise StudyError(f"{where}: 'validation' must map a measure (frames, attributions) to sample files.")
    val = {str(k): tuple(_study_file(folder, where, f"validation.{k}", f) for f in _as_tuple(where, k, v))
           for k, v in validation.items()}
    sides = doc.get("sides") or {}
    if not isinstance(sides, dict) or not all(isinstance(v, str) for v in sides.values()):
        raise StudyError(f"{where}: 'sides' must map actor ids to the name of their side.")
    study = Study(
        name=str(doc["name"]), title=str(doc["title"]), source=str(doc["source"]).strip(), folder=folder,
        version=doc["version"], description=str(doc.get("description") or "").strip(), lexicons=lex,
        sides={str(k): v for k, v in sides.items()}, codebooks=codebooks,
        focus_actors=_as_tuple(where, "framing.focus_actors", framing.get("focus_actors")),
        state_actors=_state_actors(where, framing.get("state_actors")),
        topic_stopwords=tuple(w.lower() for w in _as_tuple(where, "topic_stopwords", doc.get("topic_stopwords"))),
        validation=val,
        validation_corpus=(_study_file(folder, where, "validation_corpus", str(doc["validation_corpus"]))
                           if doc.get("validation_corpus") else None),
    )
    _check_actor_ids(study, where)
    return study


def _state_actors(where: str, value) -> dict:
    """``framing.state_actors`` checked: a mapping of actor ids to state ids of ``helpers/codebooks/states.yaml``."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise StudyError(f"{where}: 'framing.state_actors' must map actor ids to state ids, e.g. "
                         "{pakistan_state: pakistan}.")
    states = _lexicon_entries(Path(__file__).resolve().parents[1] / "codebooks" / "states.yaml")
    unknown = sorted(set(value.values()) - set(states))
    if unknown:
        close = {u: difflib.get_close_matches(u, list(states), n=1) for u in unknown}
        hint = "; ".join(f"did you mean {c[0]!r} for {u!r}?" for u, c in close.items() if c)
        raise StudyError(f"{where}: 'framing.state_actors' names {noun(len(unknown), 'state')} {unknown} that "
                         "helpers/codebooks/states.yaml does not list; use its entry ids (e.g. united_states)"
                         + (f" ({hint})" if hint else "") + ".")
    return dict(value)


def _lexicon_entries(path: Path) -> dict:
    """The ``entries`` mapping of a study's lexicon file (empty when it has none), with YAML errors named."""
    try:
        doc = _safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise StudyError(f"{path}: not valid YAML ({_yaml_problem(exc)}).") from exc
    entries = doc.get("entries") if isinstance(doc, dict) else None
    return entries if isinstance(entries, dict) else {}


def _check_actor_ids(study: Study, where: str) -> None:
    """Refuse a side, focus actor or naming label that names an actor id the study's actor list does not define.

    An id misspelt there (``brightsea_shipping`` for ``brightsea``) would otherwise match nothing, silently: the
    label is never attached, the focus keeps no article.
    """
    lex = study.lexicons
    if "actors" not in lex:
        for key, ids in (("focus_actors", study.focus_actors), ("state_actors", study.state_actors)):
            if ids:
                raise StudyError(f"{where}: 'framing.{key}' names actors, but 'lexicons' has no 'actors' file.")
        return
    actors = lex["actors"]
    actor_ids = {str(k) for k in _lexicon_entries(actors)}
    known = f"the ids it defines are {sorted(actor_ids)}" if actor_ids else "it defines none"

    def _stray(ids) -> list[str]:
        return sorted({str(i) for i in ids} - actor_ids)

    stray = _stray(study.sides)
    if stray:
        raise StudyError(f"{where}: 'sides' names {noun(len(stray), 'actor')} {stray} that {actors.name} does not "
                         f"list; {known}.")
    for key, ids in (("focus_actors", study.focus_actors), ("state_actors", study.state_actors)):
        stray = _stray(ids)
        if stray:
            raise StudyError(f"{where}: 'framing.{key}' names {noun(len(stray), 'actor')} {stray} that "
                             f"{actors.name} does not list; {known}.")
    labels = lex.get("naming_labels")
    if labels is None:
        return
    for label_id, entry in _lexicon_entries(labels).items():
        ids = entry.get("actors") if isinstance(entry, dict) else None
        stray = _stray(ids) if isinstance(ids, list) else []
        if stray:
            raise StudyError(f"{labels}: label {label_id!r}: 'actors' names {noun(len(stray), 'actor')} {stray} that "
                             f"{actors} does not define; use the ids of {actors.name} ({known}) or add the "
                             "actor there.")


def use_study(study: str | Path | Study | None = None) -> Study:
    """Make a study the active one for this process and return it.

    Parameters
    ----------
    study : str, Path, Study or None
        A name or path (see :func:`load_study`), a loaded study, or None for
        the default study.

    Returns
    -------
    Study
    """
    if isinstance(study, str) and study.strip().lower() == AUTO:
        raise StudyError(f"study {AUTO!r} is resolved from the corpus: call resolve_study(study, corpus) first.")
    s = study if isinstance(study, Study) else load_study(study or DEFAULT_STUDY)
    _ACTIVE[:] = [s]
    return s


def active_study() -> Study:
    """The active study.

    Returns
    -------
    Study
        The study chosen with :func:`use_study`, or the default study (loaded on first use) when it was not called.
    """
    if not _ACTIVE:
        _ACTIVE.append(load_study(DEFAULT_STUDY))
    return _ACTIVE[0]


def study_lexicon_path(name: str) -> Path | None:
    """The active study's file for a bare lexicon name.

    Parameters
    ----------
    name : str
        A lexicon name without folder or suffix (a key of the study's ``lexicons``).

    Returns
    -------
    Path or None
        The study's file, or None when the study has none for ``name``.
    """
    return active_study().lexicons.get(name)


def text_fingerprint(text: str) -> str:
    """A short, stable hash of an article's text, used to match validation samples.

    The ``sha256_16`` of a study's ``validation_corpus`` (:attr:`Study.validation_corpus`) is this of the ``raw``
    column :func:`helpers.corpus.read.load_corpus` gives (also :func:`helpers.notebook.narrative.text_fingerprint`).

    Parameters
    ----------
    text : str or None
        The article text; line endings (CRLF, CR) are folded to LF first, None counts as "".

    Returns
    -------
    str
        The first 16 hexadecimal characters of the SHA-256 of the UTF-8 text.
    """
    norm = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
