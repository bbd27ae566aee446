# Build and test the report. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# NLTK data: the shared offline copy beside the project when there is one,
# otherwise the project's own folder (filled by NLTK's downloader).
SHARED_NLTK := $(abspath ../shared/nltk_data)
NLTK_DATA ?= $(if $(wildcard $(SHARED_NLTK)),$(SHARED_NLTK),$(abspath .nltk_data))
export NLTK_DATA
# Notebooks import this project's own package, wherever the environment was installed from.
export PYTHONPATH := $(CURDIR)$(if $(PYTHONPATH),:$(PYTHONPATH))

BUILD := _build
HTML  := $(BUILD)/html/index.html
PDF   := $(BUILD)/latex/book.pdf
# the table of contents for the articles in seeds/ (book/_toc.yml lists every page)
TOC   := $(BUILD)/_toc.yml
# notebooks run on every core before Sphinx reads them from the execution cache
JOBS  ?= $(shell nproc 2>/dev/null || echo 1)
# jupyter-book's command through scripts/book_build.py, which takes out costs that
# profiling the build found (its docstring says which) and runs the notebooks
# (scripts/execute_notebooks.py) while Jupyter Book loads
JB_ARGS := --execute $(TOC) $(BUILD)/.jupyter_cache --jobs $(JOBS) -- \
           build . --config book/_config.yml --toc $(TOC)
JB    := $(BIN)/python -m scripts.book_build $(JB_ARGS)
# `make html pdf` (and `make book`) builds both in one run: the notebooks run and
# the sources are read once, and the PDF is made on the second core while the
# HTML pages are written (without XeLaTeX the HTML is built alone and the PDF says what is missing)
BOTH  := $(and $(filter html,$(MAKECMDGOALS)),$(filter pdf,$(MAKECMDGOALS)),\
               $(shell command -v xelatex),$(shell command -v latexmk))
# the notebooks' kernels share one analysis of the article (scripts/analysis_cache.py);
# set for the book's builds only, never for the tests or JupyterLab
ANALYSIS_CACHE := $(abspath $(BUILD)/.analysis_cache)
# Everything the book is made from; a change to any of them rebuilds it.
BOOK_INPUTS := $(shell find book notebooks scripts seeds tests/data -type f \
                 -not -path '*/__pycache__/*' -not -path '*/.ipynb_checkpoints/*' 2>/dev/null) \
               requirements.txt
# Debian packages the PDF needs (XeLaTeX and fonts with Cyrillic and Greek).
PDF_PACKAGES := latexmk texlive-latex-recommended texlive-latex-extra \
                texlive-fonts-recommended tex-gyre texlive-xetex fonts-freefont-otf
BROWSER_PACKAGES := chromium poppler-utils

.PHONY: help setup system-packages nltk-data book html pdf browser-check test lab clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

setup: $(VENV)/.installed ## create the environment and install the pinned requirements

system-packages: ## install the Debian packages for the PDF and the browser check (needs root and apt)
	@missing=$$(for p in $(PDF_PACKAGES) $(BROWSER_PACKAGES); do \
	    dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	else echo "system packages missing (install them as root): apt-get install $$missing"; fi

$(BUILD)/.nltk-data: scripts/nltk_resources.py
	$(BIN)/python -m scripts.nltk_resources
	@mkdir -p $(BUILD) && touch $@

nltk-data: $(BUILD)/.nltk-data ## provision the NLTK data the analysis uses

# The execution cache keys on code cells only: when the package, the seeds or
# the requirements change, the cached notebook outputs are thrown away, and so
# is Sphinx's record of read pages (it would otherwise keep the old outputs of a
# notebook whose own text did not change). tests/data holds the hand coding and
# the gold sets that notebooks read.
$(BUILD)/.cache-inputs: $(shell find scripts seeds tests/data -type f -not -path '*/__pycache__/*') requirements.txt
	rm -rf $(BUILD)/.jupyter_cache $(BUILD)/.doctrees $(BUILD)/.analysis_cache
	@mkdir -p $(BUILD) && touch $@

# With one article in seeds/ the comparison chapter is left out (scripts/book_toc.py);
# the file is rewritten only when its content changes.
$(TOC): book/_toc.yml scripts/book_toc.py seeds
	$(BIN)/python -m scripts.book_toc book/_toc.yml $@

$(HTML) $(PDF): export REPORT_ANALYSIS_CACHE := $(ANALYSIS_CACHE)

XELATEX_CHECK := if ! command -v xelatex >/dev/null || ! command -v latexmk >/dev/null; then \
	    echo "The PDF needs XeLaTeX and latexmk: as root, apt-get install $(PDF_PACKAGES)"; exit 1; fi

ifeq ($(BOTH),)
# Sphinx does not overwrite a static file it copied before: remove ours first.
# The root redirect is written only when missing: remove it so it follows the toc.
$(HTML): $(BOOK_INPUTS) $(TOC) $(BUILD)/.cache-inputs $(BUILD)/.nltk-data
	rm -f $(addprefix $(BUILD)/html/_static/,$(notdir $(wildcard book/_static/*))) $(HTML)
	$(JB) --builder html -W -n --keep-going
	$(BIN)/python -m scripts.book_toc --prune book/_toc.yml $(TOC) $(BUILD)/html
	@touch $@

# latexmk -xelatex: the passes write XDV, and xdvipdfmx makes the PDF once at the end
# (without it every XeLaTeX pass made a whole PDF, images included).
$(PDF): $(BOOK_INPUTS) $(TOC) $(BUILD)/.cache-inputs $(BUILD)/.nltk-data
	@$(XELATEX_CHECK)
	LATEXMKOPTS=-xelatex $(JB) --builder pdflatex -W -n --keep-going
	@touch $@
else
# both at once: the two recipes above in one run (scripts/book_build.py --pdf-beside)
$(HTML) $(PDF) &: $(BOOK_INPUTS) $(TOC) $(BUILD)/.cache-inputs $(BUILD)/.nltk-data
	@$(XELATEX_CHECK)
	rm -f $(addprefix $(BUILD)/html/_static/,$(notdir $(wildcard book/_static/*))) $(HTML)
	LATEXMKOPTS=-xelatex $(BIN)/python -m scripts.book_build --pdf-beside $(JB_ARGS) --builder html -W -n --keep-going
	$(BIN)/python -m scripts.book_toc --prune book/_toc.yml $(TOC) $(BUILD)/html
	@touch $(HTML) $(PDF)
endif

html: $(HTML) ## build the HTML book (executes the notebooks)

pdf: $(PDF) ## build the PDF book (`make html pdf`: both in one run, the PDF on the second core)

browser-check: html ## open every page in headless Chromium: console errors, other hosts, broken links; screenshots
	$(BIN)/python -m scripts.browser $(BUILD)/html --screenshots $(BUILD)/screenshots

book: setup ## build the HTML and, where XeLaTeX can be installed, the PDF
	@$(MAKE) --no-print-directory system-packages || true
	@if command -v xelatex >/dev/null && command -v latexmk >/dev/null; then \
	    $(MAKE) --no-print-directory html pdf; \
	else echo "PDF skipped: as root, apt-get install $(PDF_PACKAGES)"; \
	    $(MAKE) --no-print-directory html; fi
	@echo "HTML: $(abspath $(HTML))"
	@test -f $(PDF) && echo "PDF:  $(abspath $(PDF))" || true

test: setup nltk-data ## run the test suite, including a full build of the book
	$(BIN)/python -m pytest

lab: setup nltk-data ## open the notebooks in JupyterLab
	$(BIN)/jupyter lab notebooks/

clean: ## remove everything generated (keeps the environment)
	rm -rf $(BUILD) .pytest_cache
