"""Command line: `python -m helpers build [REPORTS_DIR] [--out DIR]`, `python -m helpers run` and
`python -m helpers export --format acled|ucdp [--tables DIR] [--out FILE]`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers import paths
from helpers.tables.build import ENGINES, InputFolderError, build
from helpers.tables.task import DEFAULT_TIMEOUT
from helpers.ingest import DEFAULT_MAX_BYTES

EXPORTS = ("acled", "ucdp")


def _layout_rows(layout: str):
    """The function that lays the tables out in `layout`. Imported only by the commands that export:
    the layouts need pandas, which a build would otherwise spend half a second importing first."""
    if layout == "acled":
        from helpers.tables.acled import acled_rows
        return acled_rows
    from helpers.tables.ucdp import ucdp_rows
    return ucdp_rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("build", "build the tables from a folder of reports"),
                       ("run", "build the tables, then execute every notebook and export HTML and figures")):
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("reports_dir", nargs="?", type=Path, default=paths.REPORTS_DIR,
                         help="folder of .txt/.md/.html reports (default: data/reports)")
        sub.add_argument("--out", type=Path, default=paths.PROCESSED_DIR,
                         help="folder for the tables (default: data/processed); replaced as a whole")
        sub.add_argument("--jobs", type=int, default=None,
                         help="worker processes extracting reports (default: every core; 1: all in this process)")
        sub.add_argument("--engine", choices=ENGINES, default="local",
                         help="local: worker processes on this machine; dask: a dask.distributed cluster "
                              "(pip install .[scale]), also writing Parquet")
        sub.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786 "
                              "(default: a local cluster of --jobs workers)")
        sub.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                         help=f"a report that takes longer is marked error and the build goes on "
                              f"(default {DEFAULT_TIMEOUT:g}; 0: no limit)")
        sub.add_argument("--no-cache", action="store_true",
                         help=f"extract every report again, without reading or writing the cache of extractions "
                              f"({paths.shown(paths.EXTRACTIONS_CACHE_DIR)})")
        sub.add_argument("--cache-dir", type=Path, default=paths.EXTRACTIONS_CACHE_DIR, metavar="DIR",
                         help=f"where extractions are kept between builds (default: "
                              f"{paths.shown(paths.EXTRACTIONS_CACHE_DIR)})")
        sub.add_argument("--parquet", action="store_true",
                         help="also write each table as Parquet in OUT/parquet/ (always with --engine dask)")
        sub.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                         help=f"larger files are listed as too_large, not read (default {DEFAULT_MAX_BYTES})")
        sub.add_argument("--geocoder", choices=["gazetteer", "nominatim"], default="gazetteer",
                         help="nominatim: also ask OpenStreetMap (online, cached in data/cache) for places "
                              "the offline gazetteer lacks")
        sub.add_argument("--quiet", action="store_true", help="no progress bar")
    export = commands.add_parser("export", help="write the incidents in ACLED's or UCDP GED's layout (docs/exports.md)",
                                 description="write the incidents in ACLED's or UCDP GED's layout (docs/exports.md)")
    export.add_argument("--format", choices=sorted(EXPORTS), required=True)
    export.add_argument("--tables", type=Path, default=paths.PROCESSED_DIR,
                        help="folder of built tables (default: data/processed)")
    export.add_argument("--out", type=Path, help="file to write (default: data/exports/FORMAT.csv)")
    args = parser.parse_args(argv)
    if args.command == "export":
        return _export(args.format, args.tables, args.out or paths.EXPORTS_DIR / f"{args.format}.csv")
    try:
        if args.scheduler and args.engine != "dask":
            raise InputFolderError("--scheduler is for --engine dask")
        summary = build(args.reports_dir, args.out, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                        max_bytes=args.max_bytes, geocoder=args.geocoder, timeout=args.timeout or None,
                        cache_dir=None if args.no_cache else args.cache_dir,
                        parquet=args.parquet or args.engine == "dask", quiet=args.quiet)
        print(summary.line())
        if args.command == "run":
            from helpers.analysis.notebooks import execute_all
            if args.out.resolve() == paths.PROCESSED_DIR.resolve():
                _write_exports(args.out, paths.EXPORTS_DIR)
                execute_all()
            else:  # the user's tables: exports, notebooks, HTML and figures beside them
                _write_exports(args.out, args.out / "exports")
                execute_all(out_dir=args.out, tables_dir=args.out)
    except InputFolderError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: previous tables kept", file=sys.stderr)
        return 130
    return 0

def _write_exports(tables_dir: Path, exports_dir: Path) -> None:
    from helpers.tables.layouts import read_tables, write_csv
    tables = read_tables(tables_dir)
    for layout in EXPORTS:
        write_csv(_layout_rows(layout)(tables), exports_dir / f"{layout}.csv")


def _export(layout: str, tables_dir: Path, out: Path) -> int:
    from helpers.tables.layouts import read_tables, write_csv
    try:
        rows = _layout_rows(layout)(read_tables(tables_dir))
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    write_csv(rows, out)
    print(f"wrote {len(rows)} rows in {layout.upper()}'s layout to {paths.shown(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
