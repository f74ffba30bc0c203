"""The stored notebooks are what nbval compares: check their shape without running a kernel."""
from __future__ import annotations

import json
import re

import nbformat
import pytest

from helpers.analysis import notebooks
from helpers.paths import NOTEBOOKS_DIR, PROJ_ROOT

PATHS = notebooks.notebook_paths()


def test_notebooks_are_numbered_in_reading_order():
    names = [p.name for p in PATHS]
    assert names[:5] == ["00_overview.ipynb", "01_casualties_over_time.ipynb", "02_attack_frequency.ipynb",
                         "03_actor_mentions.ipynb", "04_map.ipynb"]


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_stored_notebook_is_clean(path):
    nb = nbformat.read(str(path), as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "**Question.**" in first.source and "**Reads.**" in first.source
    assert "hundreds of reports" in first.source
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "ensure_built()" in code[0].source and "setup_notebook()" in code[0].source
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    for cell in code:
        assert "execution" not in cell.metadata
        for output in cell.outputs:
            assert output.output_type != "error", cell.source
            text = json.dumps({k: v for k, v in output.get("data", {}).items() if not k.startswith("image/")})
            text += output.get("text", "")
            assert str(PROJ_ROOT) not in text and "/tmp/" not in text
            assert not re.search(r" at 0x[0-9a-f]+>", text), "object repr with a memory address"
            assert "it/s]" not in text, "progress bar in an output"
            assert output.get("name") != "stderr", f"stderr in {cell.source!r}: {text[:200]}"


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_figures_are_named_after_their_notebook(path):
    nb = nbformat.read(str(path), as_version=4)
    saved = re.findall(r'save_figure\(fig, "([^"]+)"\)', "".join(c.source for c in nb.cells if c.cell_type == "code"))
    prefix = path.stem[:2]
    assert all(name.startswith(path.stem) or (path.stem == "00_overview") for name in saved)
    assert all(name.startswith(prefix) for name in saved)
    if path.stem != "00_overview":
        assert saved, "each chart notebook saves its key figure(s)"


def test_normalize_strips_timing_and_renumbers():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("1", execution_count=7, metadata={"execution": {"iopub.status.busy": "x"}},
                                  outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "1"},
                                                                  execution_count=7)]),
        nbformat.v4.new_code_cell("", execution_count=8),
        nbformat.v4.new_code_cell("2", execution_count=9),
    ])
    notebooks.normalize(nb)
    assert [c.execution_count for c in nb.cells] == [1, None, 2]
    assert nb.cells[0].outputs[0]["execution_count"] == 1
    assert "execution" not in nb.cells[0].metadata
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_notebook_paths_only_numbered(tmp_path):
    for name in ("00_a.ipynb", "01_b.ipynb", "scratch.ipynb", "02_c.txt"):
        (tmp_path / name).write_text("{}")
    assert [p.name for p in notebooks.notebook_paths(tmp_path)] == ["00_a.ipynb", "01_b.ipynb"]


def test_sanitize_file_is_small():
    cfg = (NOTEBOOKS_DIR / "nbval_sanitize.cfg").read_text(encoding="utf-8")
    assert len(re.findall(r"^regex:", cfg, flags=re.MULTILINE)) <= 3
