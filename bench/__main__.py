"""How fast the default build runs on an archive of synthetic reports, against the floor.

    python -m bench [--sizes 1000 10000] [--seed 1] [--keep DIR] [--copies 10]

For each size: generate the reports (bench/generate.py), build them with the default command
`python -m helpers build DIR --out OUT --quiet` in a subprocess, and print its wall time,
reports per second, peak resident memory of the build and its children, the floor measured on
the same files (bench/floor.py) and the build's time as a multiple of it, and a rebuild with
nothing changed. Then how the time grows from the smallest size to the largest, and how long
the notebooks' loading and their main charts take on the largest tables, and on those tables
--copies times over (bench/replicate.py: a larger archive's tables without building it).
Figures only: it asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import helpers
from bench.floor import floor_seconds, gazetteer_names
from bench.generate import generate
from bench.measure import run
from bench.replicate import replicate

MB = 1 << 20


def _build_command(reports: Path, out: Path, cache: Path) -> list[str]:
    """The default command, with the cache of extractions in the bench's own folder: the first
    build starts cold (a new archive), the rebuild finds everything in it."""
    return [sys.executable, "-m", "helpers", "build", str(reports), "--out", str(out), "--quiet",
            "--cache-dir", str(cache)]


def _same_helpers_env() -> dict[str, str]:
    """The environment for the build: the same helpers package this bench imported."""
    root = str(Path(helpers.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH", "")]))
    return env


def _notebook_seconds(tables: Path) -> dict[str, float]:
    """How long the notebooks' loading and their main charts take on a folder of tables."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.analysis import charts
    from helpers.analysis.load import load_tables

    seconds = {}
    start = time.perf_counter()
    t = load_tables(tables)
    seconds["loading (load_tables)"] = time.perf_counter() - start
    for name, draw in (("casualty chart", lambda: charts.casualty_chart(t.casualties, t.events, t.reports, t.incidents)),
                       ("attack frequency chart", lambda: charts.attack_frequency_chart(t.incidents, t.reports)),
                       ("map", lambda: charts.event_map(t.incidents, t.reports))):
        start = time.perf_counter()
        draw().savefig(os.devnull, format="png")
        seconds[name] = time.perf_counter() - start
        plt.close("all")
    return seconds


def bench_size(work: Path, size: int, seed: int, names: frozenset[str]) -> tuple[float, Path]:
    """Print one size's figures; return the build's seconds and its tables folder."""
    reports, out, cache = work / f"reports-{size}", work / f"tables-{size}", work / f"cache-{size}"
    start = time.perf_counter()
    files = generate(reports, size, seed)
    made = time.perf_counter() - start
    megabytes = sum(f.stat().st_size for f in files) / MB
    kinds = ", ".join(f"{n} {suffix}" for suffix, n in sorted(Counter(f.suffix for f in files).items()))
    print(f"{size} reports ({megabytes:.1f} MB: {kinds}; generated in {made:.1f} s, seed {seed})")
    env = _same_helpers_env()
    build = run(_build_command(reports, out, cache), env)
    floor, _ = floor_seconds(reports, names)
    rebuild = run(_build_command(reports, out, cache), env)
    print(f"  build   {build.seconds:7.2f} s  {size / build.seconds:7.1f} reports/s  CPU {build.cpu_seconds:6.1f} s  "
          f"peak RSS {build.peak_rss_bytes / MB:5.0f} MB ({build.processes} processes at most)")
    print(f"  floor   {floor:7.2f} s  build = {build.seconds / floor:.1f} x floor")
    print(f"  rebuild {rebuild.seconds:7.2f} s  (nothing changed)  CPU {rebuild.cpu_seconds:6.1f} s  "
          f"peak RSS {rebuild.peak_rss_bytes / MB:5.0f} MB")
    print(f"  {build.output}")
    return build.seconds, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="reports per archive")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="leave the reports and tables in this folder")
    parser.add_argument("--copies", type=int, default=10,
                        help="also time the notebooks on the largest tables this many times over (1: not)")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="sitreps-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        names = gazetteer_names()
        times = {}
        for size in sorted(args.sizes):
            times[size], tables = bench_size(work, size, args.seed, names)
        smallest, largest = min(times), max(times)
        if largest != smallest:
            print(f"{largest}/{smallest} reports: time x {times[largest] / times[smallest]:.1f} "
                  f"(linear would be x {largest / smallest:.1f})")
        for what, took in _notebook_seconds(tables).items():
            print(f"notebooks on the {largest}-report tables, {what}: {took:.2f} s")
        if args.copies > 1:  # a larger archive's tables, made rather than built (bench/replicate.py)
            start = time.perf_counter()
            bigger = replicate(tables, work / f"tables-{largest * args.copies}", args.copies)
            made = time.perf_counter() - start
            how = (f"the {largest}-report tables {args.copies} times over, dates shifted by 0-{args.copies - 1} days, "
                   f"made in {made:.0f} s, not built")
            for what, took in _notebook_seconds(bigger).items():
                print(f"notebooks on {largest * args.copies} reports' tables ({how}), {what}: {took:.2f} s")
    finally:
        if not args.keep:
            shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
