"""Build the tables: read every file of a reports folder, extract each report, write the tables.

`python -m helpers build [REPORTS_DIR] [--out DIR] [--jobs N | --dask]` runs it from a shell;
notebooks call build() through helpers.analysis.load.ensure_built().
"""
from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from helpers import paths
from helpers.extract.report import Extraction, extract
from helpers.geo import get_geocoder
from helpers.ingest import DEFAULT_MAX_BYTES, read_folder
from helpers.link import link_incidents
from helpers.tables.write import to_tables, write_tables

PROGRESS_FROM = 5  # show a progress bar from this many reports up


class InputFolderError(Exception):
    """The reports folder is missing, not a folder, or holds nothing; or the tables cannot be
    written where asked. Found before any report is read."""


# Statuses that are no failure of the build: the file was read as it should be, or set aside
# on purpose (a duplicate, a file that is not a report).
NOT_FAILED = ("ok", "no_events", "no_date", "skipped", "duplicate")


@dataclass(frozen=True)
class Summary:
    files: int
    statuses: dict[str, int]
    events: int
    incidents: int
    claims: int
    mentions: int
    out_dir: str

    def line(self) -> str:
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        failed = sum(n for s, n in self.statuses.items() if s not in NOT_FAILED)
        return (f"read {self.files} files ({statuses}): {self.events} events in {self.incidents} incidents, "
                f"{self.claims} casualty claims, "
                f"{self.mentions} actor mentions; {failed} reports failed; tables in {self.out_dir}")


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C stops the build in the parent, which keeps the previous tables; workers stay quiet."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_all(reports, jobs: int, use_dask: bool, progress: bool) -> list[Extraction]:
    if use_dask:
        import dask.bag as db  # optional: pip install .[scale]
        return list(db.from_sequence(reports, npartitions=max(1, min(len(reports), 64))).map(extract).compute())
    if jobs > 1:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_leave_interrupts_to_the_parent)
        try:
            results = pool.map(extract, reports, chunksize=8)
            return list(tqdm(results, total=len(reports), disable=not progress, unit="report", file=sys.stderr))
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown()
    return [extract(r) for r in tqdm(reports, disable=not progress, unit="report", file=sys.stderr)]


def fill_coordinates(events, geocoder) -> None:
    """Ask a (cached, online) geocoder for the events the gazetteer could not place; in place."""
    missing = events[(events.location != "") & (events.latitude == "")]
    for (location, admin1), rows in missing.groupby(["location", "admin1"], sort=True):
        found = geocoder.geocode(", ".join(p for p in (location, admin1, "Syria") if p))
        if found is not None:
            events.loc[rows.index, "latitude"] = f"{found.latitude:.5f}"
            events.loc[rows.index, "longitude"] = f"{found.longitude:.5f}"


def check_writable(out_dir: Path) -> None:
    """Fail before the work, not after it, when the tables cannot be written where asked."""
    parent = out_dir.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if out_dir.exists() and not out_dir.is_dir():
        raise InputFolderError(f"cannot write the tables to {paths.shown(out_dir)}: it is a file")
    if not parent.is_dir():
        raise InputFolderError(f"cannot write the tables to {paths.shown(out_dir)}: {paths.shown(parent)} is a file")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputFolderError(f"cannot write the tables to {paths.shown(out_dir)}: no permission to write in "
                               f"{paths.shown(parent)}")


def build(reports_dir: Path = paths.REPORTS_DIR, out_dir: Path = paths.PROCESSED_DIR, *, jobs: int = 1,
          use_dask: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, geocoder: str = "gazetteer",
          quiet: bool = False) -> Summary:
    reports_dir, out_dir = Path(reports_dir), Path(out_dir)
    if reports_dir.is_file():
        raise InputFolderError(f"{paths.shown(reports_dir)} is a file: give the folder that holds the reports")
    if not reports_dir.is_dir():
        raise InputFolderError(f"reports folder not found: {paths.shown(reports_dir)}")
    check_writable(out_dir)
    reports = read_folder(reports_dir, max_bytes=max_bytes)
    if not reports:
        raise InputFolderError(f"reports folder is empty: {paths.shown(reports_dir)} "
                               "(put .txt, .md or .html reports in it)")
    extractions = _extract_all(reports, jobs, use_dask, progress=not quiet and len(reports) >= PROGRESS_FROM)
    incidents = link_incidents([x.report for x in extractions], [e for x in extractions for e in x.events],
                               [c for x in extractions for c in x.claims])
    tables = to_tables(extractions, incidents)
    if geocoder != "gazetteer":  # places are always coded from the gazetteer; an online one only fills gaps
        fill_coordinates(tables["events"], get_geocoder(geocoder))
    texts = {x.report.report_id: x.report.text for x in extractions if x.report.text}
    write_tables(tables, texts, out_dir)
    return Summary(
        files=len(reports),
        statuses=dict(Counter(x.report.status for x in extractions)),
        events=len(tables["events"]), incidents=len(incidents), claims=len(tables["casualties"]), mentions=len(tables["actor_mentions"]),
        out_dir=paths.shown(out_dir),
    )
