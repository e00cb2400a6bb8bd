"""Shared fixtures: the bundled seed corpus, loaded once per test session."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("TQDM_DISABLE", "1")


@pytest.fixture(scope="session")
def seed_corpus():
    from helpers import load_corpus

    return load_corpus("seeds")


@pytest.fixture(scope="session")
def seed_sentences(seed_corpus):
    from helpers.corpus.segment import segment

    return segment(seed_corpus, "sentence")


@pytest.fixture
def write_folder(tmp_path):
    """Make a corpus folder: write_folder({"a.txt": "text" or b"bytes"}, metadata="csv text")."""

    def make(files: dict, metadata: str | None = None):
        folder = tmp_path / "corpus"
        folder.mkdir()
        for name, content in files.items():
            p = folder / name
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        if metadata is not None:
            (folder / "metadata.csv").write_text(metadata, encoding="utf-8")
        return folder

    return make


SLOW_FIRST = (
    "tests/test_dask_equivalence.py",
    "tests/test_degrade.py",
    "tests/test_report.py",
    "tests/test_kernels.py",
    "tests/test_browser.py",
    "notebooks/02_outlets.ipynb",
    "notebooks/03_framing.ipynb",
    "notebooks/01_topics.ipynb",
    "notebooks/04_validation.ipynb",
    "notebooks/00_corpus.ipynb",
    "tests/test_figure_cache.py",
    "tests/test_topics.py",
)
"""Files that take longest (a report or notebook run each; measured single-process, issue t8, docs/SCALE.md), in
the order ``make test`` hands them to its workers: first. xdist's ``--dist loadfile`` otherwise hands out files by
their number of tests, largest first, so these few-test files came last and one worker ran them alone at the end."""


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` with the files of :data:`SLOW_FIRST` handed out first (longest processing time first)."""
    if config.getoption("dist", None) != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class SlowFirst(LoadFileScheduling):
        _ordered = False

        def _assign_work_unit(self, node):
            if not self._ordered:  # the work queue is complete at the first assignment
                for scope in reversed([s for s in SLOW_FIRST if s in self.workqueue]):
                    self.workqueue.move_to_end(scope, last=False)
                self._ordered = True
            super()._assign_work_unit(node)

    return SlowFirst(config, log)


@pytest.fixture(scope="session")
def role_of():
    """``role_of(phrase, before=())``: the role the role tagger gives ``phrase`` after it has learnt the sentences
    ``before`` and "<phrase> said it." (a fresh article each call); shared by the role-lexicon tests."""
    from helpers.measures.source_roles import RoleTagger, load_roles

    tagger = RoleTagger(load_roles())

    def role(phrase, before=()):
        tagger.reset()
        for s in (*before, phrase + " said it."):
            tagger.learn(s)
        return tagger.role(phrase)[0]

    return role


@pytest.fixture(scope="session")
def role_tagger():
    """One role tagger (the shipped lexicon) shared by the role tests; call ``reset()`` before each article."""
    from helpers.measures.source_roles import RoleTagger, load_roles

    return RoleTagger(load_roles())


@pytest.fixture(scope="session")
def article_role(role_tagger):
    """``article_role(sents, name)``: the ``(role, basis)`` the role tagger gives ``name`` after it has learnt the
    article ``sents`` (each sentence, then their epithets; a fresh article each call)."""

    def role(sents, name):
        role_tagger.reset()
        for s in sents:
            role_tagger.learn(s)
        role_tagger.learn_epithets(sents)
        return role_tagger.role(name)

    return role
