"""The stored notebooks are what nbval compares: check their shape without running a kernel."""
from __future__ import annotations

import json
import re

import nbformat
import pytest

from helpers.analysis import notebooks
from helpers.paths import PROJ_ROOT

PATHS = notebooks.notebook_paths()


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_stored_notebook_is_clean(path):
    nb = nbformat.read(str(path), as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    # papermill's parameters cell comes first: opened in JupyterLab, a notebook charts the bundled month
    assert code[0].metadata.get("tags") == ["parameters"] and "TABLES = None" in code[0].source
    assert "ensure_built(processed_dir=TABLES)" in code[1].source and "load_tables(TABLES)" in code[1].source
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


def test_run_on_a_users_folder_charts_their_tables_beside_them(tmp_path):
    """`python -m helpers run FOLDER --out DIR`: the notebooks chart DIR's tables and write their
    HTML and figures into DIR; the stored notebooks and the bundled figures stay as they are."""
    import subprocess
    import sys

    from helpers.paths import FIGURES_DIR, NOTEBOOKS_DIR
    from tests.conftest import FIXTURES

    before = {p.name: p.read_bytes() for p in list(NOTEBOOKS_DIR.glob("*.ipynb")) + list(FIGURES_DIR.glob("*.png"))}
    out = tmp_path / "tables"
    result = subprocess.run([sys.executable, "-m", "helpers", "run", str(FIXTURES / "reports"), "--out", str(out)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "without encryption" not in result.stderr
    assert (out / "01_casualties_over_time.html").exists() and (out / "figures" / "04_map.png").exists()
    executed = nbformat.read(str(out / "00_overview.ipynb"), as_version=4)
    text = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.outputs)
    assert "8 reports" in text  # the fixtures' 8 reports, not the bundled month's 21 files
    after = {p.name: p.read_bytes() for p in list(NOTEBOOKS_DIR.glob("*.ipynb")) + list(FIGURES_DIR.glob("*.png"))}
    assert after == before
