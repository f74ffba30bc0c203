"""Execute every notebooks/NN_*.ipynb top to bottom in place, then export an HTML copy to reports/.

`python -m helpers run` calls execute_all() after the build. Stored outputs are refreshed
deterministically: a fresh python3 kernel per notebook started in notebooks/, execution counts
1..n, no execution timing metadata, so nbval can compare them on any machine.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from helpers.paths import NOTEBOOKS_DIR, OUTPUT_DIR, shown

NOTEBOOK_NAME = re.compile(r"^\d\d_[\w-]+\.ipynb$")
KERNEL_NAME = "python3"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def notebook_paths(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (00_overview.ipynb, 01_...), in reading order."""
    return sorted(p for p in Path(notebooks_dir).iterdir() if NOTEBOOK_NAME.match(p.name))


def normalize(nb) -> None:
    """Strip what varies between runs: timing metadata; renumber execution counts 1..n."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata.pop("widgets", None)
    count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
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


def execute_notebook(path: Path, timeout: int = 600):
    """Run one notebook in a fresh python3 kernel with cwd = its folder; save it in place."""
    path = Path(path)
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=timeout, record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    normalize(nb)
    _write(nb, path)
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


def execute_all(notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = OUTPUT_DIR, quiet: bool = False) -> list[Path]:
    """Execute every notebooks/NN_*.ipynb in order, save it, and write reports/NN_name.html."""
    written = []
    for path in notebook_paths(notebooks_dir):
        nb = execute_notebook(path)
        html = export_html(nb, path.stem, out_dir)
        written.append(html)
        if not quiet:
            print(f"executed {shown(path, name_outside=True)} -> {shown(html, name_outside=True)}")
    return written
