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

.PHONY: test report notebooks lab bench clean clean-cache install

install: $(STAMP)

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	$(PY) -c "import sysconfig, pathlib; pathlib.Path(sysconfig.get_paths()['purelib'], 'news_analysis_project.pth').write_text('$(CURDIR)\n')"
	rm -f $(VENV)/.installed-*
	touch $@

test: $(STAMP)
	TQDM_DISABLE=1 $(PY) -m pytest tests notebooks $(NBVAL)

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
	$(PY) -c "from helpers.paths import clear_cache; clear_cache()"
