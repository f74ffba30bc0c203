"""Build the tables: read every file of a reports folder, extract each report, write the tables.

`python -m helpers build [REPORTS_DIR] [--out DIR] [--jobs N | --dask]` runs it from a shell;
notebooks call build() through helpers.analysis.load.ensure_built().
"""
from __future__ import annotations

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
from helpers.tables.write import to_tables, write_tables

PROGRESS_FROM = 5  # show a progress bar from this many reports up


class InputFolderError(Exception):
    """The reports folder is missing, not a folder, or holds nothing."""


@dataclass(frozen=True)
class Summary:
    files: int
    statuses: dict[str, int]
    events: int
    claims: int
    mentions: int
    out_dir: str

    def line(self) -> str:
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        failed = sum(n for s, n in self.statuses.items() if s not in ("ok", "no_events", "no_date", "skipped"))
        return (f"read {self.files} files ({statuses}): {self.events} events, {self.claims} casualty claims, "
                f"{self.mentions} actor mentions; {failed} reports failed; tables in {self.out_dir}")


def _extract_all(reports, jobs: int, use_dask: bool, progress: bool) -> list[Extraction]:
    if use_dask:
        import dask.bag as db  # optional: pip install .[scale]
        return list(db.from_sequence(reports, npartitions=max(1, min(len(reports), 64))).map(extract).compute())
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(extract, reports, chunksize=8)
            return list(tqdm(results, total=len(reports), disable=not progress, unit="report", file=sys.stderr))
    return [extract(r) for r in tqdm(reports, disable=not progress, unit="report", file=sys.stderr)]


def fill_coordinates(events, geocoder) -> None:
    """Ask a (cached, online) geocoder for the events the gazetteer could not place; in place."""
    missing = events[(events.location != "") & (events.latitude == "")]
    for (location, admin1), rows in missing.groupby(["location", "admin1"], sort=True):
        found = geocoder.geocode(", ".join(p for p in (location, admin1, "Syria") if p))
        if found is not None:
            events.loc[rows.index, "latitude"] = f"{found.latitude:.5f}"
            events.loc[rows.index, "longitude"] = f"{found.longitude:.5f}"


def build(reports_dir: Path = paths.REPORTS_DIR, out_dir: Path = paths.PROCESSED_DIR, *, jobs: int = 1,
          use_dask: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, geocoder: str = "gazetteer",
          quiet: bool = False) -> Summary:
    reports_dir, out_dir = Path(reports_dir), Path(out_dir)
    if not reports_dir.is_dir():
        raise InputFolderError(f"reports folder not found: {paths.shown(reports_dir)}")
    reports = read_folder(reports_dir, max_bytes=max_bytes)
    if not reports:
        raise InputFolderError(f"reports folder is empty: {paths.shown(reports_dir)} "
                               "(put .txt, .md or .html reports in it)")
    extractions = _extract_all(reports, jobs, use_dask, progress=not quiet and len(reports) >= PROGRESS_FROM)
    tables = to_tables(extractions)
    if geocoder != "gazetteer":  # places are always coded from the gazetteer; an online one only fills gaps
        fill_coordinates(tables["events"], get_geocoder(geocoder))
    texts = {x.report.report_id: x.report.text for x in extractions if x.report.text}
    write_tables(tables, texts, out_dir)
    return Summary(
        files=len(reports),
        statuses=dict(Counter(x.report.status for x in extractions)),
        events=len(tables["events"]), claims=len(tables["casualties"]), mentions=len(tables["actor_mentions"]),
        out_dir=paths.shown(out_dir),
    )
