"""Execute every notebooks/NN_*.ipynb top to bottom with papermill, then export an HTML copy.

`python -m helpers run` calls execute_all() after the build. On the bundled month the notebooks
are refreshed in place and their HTML and figures go to reports/; on a user's tables (`run
FOLDER --out DIR`) each notebook gets its parameters cell's TABLES and FIGURES and is written,
with its HTML and figures, into DIR, leaving the stored notebooks as they are. Outputs are
refreshed deterministically: a fresh python3 kernel per notebook started in notebooks/,
execution counts 1..n, no timing or papermill metadata, so nbval can compare them anywhere.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from helpers.paths import NOTEBOOKS_DIR, OUTPUT_DIR, shown

NOTEBOOK_NAME = re.compile(r"^\d\d_[\w-]+\.ipynb$")
KERNEL_NAME = "python3"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
# The kernel runs on this machine for one notebook: its warning about unencrypted local TCP is noise.
KERNEL_ARGUMENTS = ["--log-level=ERROR"]


def notebook_paths(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (00_overview.ipynb, 01_...), in reading order."""
    return sorted(p for p in Path(notebooks_dir).iterdir() if NOTEBOOK_NAME.match(p.name))


def normalize(nb) -> None:
    """Strip what varies between runs: timing and papermill metadata; renumber execution counts 1..n."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    for key in ("widgets", "papermill", "language_info"):
        nb.metadata.pop(key, None)
    count = 0
    for cell in nb.cells:
        for key in ("execution", "ExecuteTime", "papermill"):
            cell.metadata.pop(key, None)
        if not cell.metadata.get("tags", True):  # papermill gives every cell an empty tag list
            del cell.metadata["tags"]
        if cell.cell_type != "code":
            continue
        if cell.source.strip():
            count += 1
            cell.execution_count = count
        else:
            cell.execution_count = None
            cell.outputs = []
        for output in cell.outputs:
            if output.get("output_type") == "execute_result":
                output["execution_count"] = cell.execution_count


def _write(nb, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    nbformat.write(nb, str(tmp))
    os.replace(tmp, path)


def execute_notebook(path: Path, output: Path | None = None, parameters: dict | None = None, timeout: int = 600):
    """Run one notebook in a fresh python3 kernel with cwd = its folder, with papermill's
    parameters, and save it to output (default: in place)."""
    import papermill

    path = Path(path)
    output = Path(output or path)
    nb = papermill.execute_notebook(str(path), None, parameters=parameters or {}, kernel_name=KERNEL_NAME,
                                    cwd=str(path.parent), progress_bar=False, log_output=False,
                                    execution_timeout=timeout, extra_arguments=KERNEL_ARGUMENTS)
    normalize(nb)
    output.parent.mkdir(parents=True, exist_ok=True)
    _write(nb, output)
    return nb


def export_html(nb, name: str, out_dir: Path = OUTPUT_DIR) -> Path:
    """reports/NAME.html from an executed notebook."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    body, _ = HTMLExporter().from_notebook_node(nb)
    target = out_dir / f"{name}.html"
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, target)
    return target


def execute_all(notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = OUTPUT_DIR, tables_dir: Path | None = None,
                quiet: bool = False) -> list[Path]:
    """Execute every notebooks/NN_*.ipynb in order and write NN_name.html to out_dir. With
    tables_dir (a user's tables), the notebooks chart those: each executed notebook, its HTML and
    its figures are written to out_dir, and the stored notebooks stay as they are."""
    written = []
    for path in notebook_paths(notebooks_dir):
        if tables_dir is None:
            nb = execute_notebook(path)
        else:
            out_dir = Path(out_dir)
            parameters = {"TABLES": str(Path(tables_dir).resolve()), "FIGURES": str((out_dir / "figures").resolve())}
            nb = execute_notebook(path, out_dir / path.name, parameters)
        html = export_html(nb, path.stem, out_dir)
        written.append(html)
        if not quiet:
            print(f"executed {shown(path, name_outside=True)} -> {shown(html, name_outside=True)}")
    return written
