# The two commands of the README. Both set up everything they need on a fresh machine.
# Conda (or any environment you manage yourself): `make run PY=python` and `make test PY=python`
# use that environment's python instead of the .venv this file creates.
PYTHON ?= python3
VENV := .venv
PY ?= $(VENV)/bin/python
# The venv counts as installed only once the install finished: a venv a failed install left
# behind (an interrupted download, an unsupported python) is made again from scratch.
STAMP := $(VENV)/.installed

.PHONY: setup run test

$(STAMP): pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -e ".[notebooks,test,scale]"
	touch $(STAMP)

ifeq ($(PY),$(VENV)/bin/python)
setup: $(STAMP)
else
setup:
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[notebooks,test,scale]"
endif

# Build the tables from data/reports, execute every notebook, export HTML and figures.
run: setup
	$(PY) -m helpers run

# pytest for the helpers, then nbval on the stored notebook outputs.
test: setup
	$(PY) -m pytest -q tests
	$(PY) -m pytest -q --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg notebooks
