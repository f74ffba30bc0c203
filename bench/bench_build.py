"""How fast the build runs on an archive: prints reports per second for one process, --jobs and Dask.

    python bench/bench_build.py [--reports 400]

The archive is made of copies of the bundled and invented fixture reports, each made unique by
a line naming its copy number (identical files would be skipped as duplicates). Figures only:
this is not a test and asserts nothing.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from helpers import paths
from helpers.tables.build import build

SOURCES = [p for folder in (paths.REPORTS_DIR, paths.PROJ_ROOT / "tests" / "fixtures" / "reports")
           for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".md", ".html")]


def make_archive(folder: Path, n: int) -> None:
    for i in range(n):
        source = SOURCES[i % len(SOURCES)]
        text = source.read_text(encoding="utf-8")
        (folder / f"{i:05d}_{source.name}").write_text(text + f"\n\n<!-- copy {i} -->\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=400)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitreps-bench-"))
    try:
        archive = work / "reports"
        archive.mkdir()
        make_archive(archive, args.reports)
        print(f"{args.reports} reports ({sum(p.stat().st_size for p in archive.iterdir()) / 1e6:.1f} MB)")
        for label, options in (("1 process", {}), ("--jobs 2", {"jobs": 2}), ("--dask", {"use_dask": True})):
            start = time.perf_counter()
            summary = build(archive, work / "out", quiet=True, **options)
            seconds = time.perf_counter() - start
            print(f"{label:>10}: {seconds:6.2f} s, {args.reports / seconds:6.1f} reports/s "
                  f"({summary.events} events, {summary.claims} claims)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
