# Two commands do everything (each creates .venv and installs requirements.txt when needed):
#   make report [CORPUS=path] [NAME=x] [PARAMS='-p group_by bias_text'] -> reports/<name>/index.html
#   make test                                                     -> unit tests + nbval on every notebook
# and for contributors:
#   make notebooks   re-execute the committed notebooks in place on the seeds (after a helper change)
#   make lab         open the notebooks in JupyterLab
#   make bench       run the benchmarks (needs ../shared/data/allsides; not part of CI)
#   make clean-cache empty the cache of loaded corpora (.cache/, or $NEWS_CACHE_DIR when set)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
CORPUS ?= seeds
PARAMS ?=
NAME ?=
NBVAL := --nbval --nbval-current-env
# two workers, each test file (and each notebook) whole on one worker: nbval runs a notebook's cells in order
XDIST := -n 2 --dist loadfile

.PHONY: lint check test report notebooks lab bench clean clean-cache install browser

install: $(STAMP) browser

# Headless Chromium for tests/test_browser.py: Debian's chromium and chromium-driver, installed when missing and
# this runs as root with apt-get (as in CI); otherwise a note, and the browser test skips with a message.
browser:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium and chromium-driver with apt-get (for the browser test) ..."; \
	  { apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null 2>&1 && \
	      apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null 2>&1; }; } || \
	  echo "note: could not install chromium: tests/test_browser.py will be skipped"; \
	else echo "note: no chromium and not root with apt-get: tests/test_browser.py will be skipped (install chromium)"; fi

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; v = sys.version_info[:2]; v == (3, 11) or print(f"note: requirements.txt pins the packages for Python 3.11, and $(PYTHON) is {v[0]}.{v[1]}: installs and results may differ (make PYTHON=python3.11 ...)")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	$(PY) -c "import sysconfig, pathlib; pathlib.Path(sysconfig.get_paths()['purelib'], 'news_analysis_project.pth').write_text('$(CURDIR)\n')"
	rm -f $(VENV)/.installed-*
	touch $@

# PYTHONDONTWRITEBYTECODE is emptied for the run: pytest then keeps the test modules it rewrites (and Python the
# modules it compiles) in __pycache__ (git-ignored), so a second run skips that work (about 15 s on this machine).
test: $(STAMP) browser lint
	TQDM_DISABLE=1 PYTHONDONTWRITEBYTECODE= $(PY) -m pytest tests notebooks $(NBVAL) $(XDIST)

lint: $(STAMP)
	$(VENV)/bin/ruff check helpers tests benchmarks

# the quick checks of a new module, table or column (review s79-C): layering, docstrings, data dictionary, registries
CHECK_TESTS = tests/test_layering.py tests/test_docstrings.py tests/test_data_dictionary.py tests/test_group_alias.py \
	tests/test_dogfood_bj_d.py tests/test_dogfood_bi_d2.py
check: $(STAMP) lint
	TQDM_DISABLE=1 $(PY) -m pytest -q $(CHECK_TESTS)

report: $(STAMP)
	$(PY) -m helpers.report --corpus "$(CORPUS)" $(if $(NAME),--name "$(NAME)") $(PARAMS)

notebooks: $(STAMP)
	TQDM_DISABLE=1 $(PY) -m helpers.report --reference

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

BENCH_STAMP := .venv-bench/.installed

$(BENCH_STAMP): requirements.txt benchmarks/requirements-bench.txt
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --disable-pip-version-check -q -r requirements.txt
	cd benchmarks && ../.venv-bench/bin/python -m pip install --disable-pip-version-check -q -r requirements-bench.txt
	touch $@

bench: $(STAMP) $(BENCH_STAMP)
	$(PY) benchmarks/run_all.py
	.venv-bench/bin/python benchmarks/bench_gensim.py

clean:
	rm -rf reports .pytest_cache

clean-cache: $(STAMP)
	$(PY) -c "from helpers.core.cache import clear_cache; clear_cache()"
