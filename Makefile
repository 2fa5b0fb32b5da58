# News-corpus analysis toolkit. `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-from-lock
CORPUS ?= seeds
OUT ?= reports

.DEFAULT_GOAL := help
.PHONY: help venv report test lint notebooks lab bench lock clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

venv: $(STAMP) ## Create or refresh .venv from the pinned dependencies

# The stamp is older than the pins when they changed: rebuild the environment from scratch,
# so that a package dropped from the lock file does not linger.
$(STAMP): requirements.lock pyproject.toml
	@echo "Setting up $(VENV) from requirements.lock (Python: $(PYTHON))"
	@test -n "$(PYTHON)" || { echo "Python 3.11 not found: install it, or run make PYTHON=/path/to/python3.11"; exit 1; }
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	# The package itself is used in place: a .pth file puts this folder on the venv's path
	# (no build step, nothing fetched), so the kernels that run the notebooks import it too.
	$(BIN)/python -c "import site; open(site.getsitepackages()[0] + '/news_analysis.pth', 'w').write('$(CURDIR)\n')"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

report: $(STAMP) ## Regenerate every report for CORPUS (default seeds/) into OUT (default reports/)
	$(BIN)/python -m analysis report --corpus $(CORPUS) --out $(OUT)

test: $(STAMP) lint ## Run the whole test suite (unit, notebooks with nbval, browser)
	$(BIN)/python -m pytest -p no:cacheprovider tests
	$(BIN)/python -m pytest -p no:cacheprovider --nbval notebooks --nbval-sanitize-with tests/nbval-sanitize.cfg

lint: $(STAMP) ## Check code and notebooks with ruff
	$(BIN)/ruff check analysis tests benchmarks notebooks
	$(BIN)/ruff format --check analysis tests benchmarks notebooks

notebooks: $(STAMP) ## Re-execute the notebooks on the seed corpus and store their outputs (for nbval)
	$(BIN)/python -m analysis notebooks

lab: $(STAMP) ## Open JupyterLab on the notebooks (127.0.0.1, token authentication on)
	$(BIN)/jupyter lab --ip=127.0.0.1 --notebook-dir=notebooks --no-browser

bench: $(STAMP) ## Benchmark every stage on the 7,061-item corpus (not part of make test)
	$(BIN)/python -m benchmarks

lock: ## Re-resolve the pins from pyproject.toml into requirements.lock and environment.yml
	rm -rf /tmp/news-analysis-lock && $(PYTHON) -m venv /tmp/news-analysis-lock
	/tmp/news-analysis-lock/bin/pip install --quiet ".[test]"
	{ sed -n '/^#/p' requirements.lock; /tmp/news-analysis-lock/bin/pip freeze --exclude-editable \
	  | grep -v '^news-analysis'; } > requirements.lock.new && mv requirements.lock.new requirements.lock
	{ sed -n '1,/^  - pip:/p' environment.yml; grep '==' requirements.lock | sed 's/^/      - /'; } \
	  > environment.yml.new && mv environment.yml.new environment.yml

clean: ## Remove generated reports, caches and the virtual environment
	rm -rf $(VENV) .cache reports/*.html reports/*.ipynb
