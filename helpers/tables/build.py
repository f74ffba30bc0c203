"""Build the tables: list every file of a reports folder, extract each report where the engine
runs it, judge duplicates, write the tables.

`python -m helpers build [REPORTS_DIR] [--out DIR] [--jobs N] [--engine local|dask]` runs it from a
shell; notebooks call build() through helpers.analysis.load.ensure_built(). The parent lists paths
and never reads a report: each worker reads, ingests and extracts its own (helpers.tables.task),
in this process, a local pool (helpers.tables.engine) or on Dask (helpers.tables.on_dask), with
the same rows whichever runs it.
"""
from __future__ import annotations

import gc
import os
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from helpers import paths
from helpers.extract.report import Extraction
from helpers.geo import get_geocoder
from helpers.ingest import DEFAULT_MAX_BYTES, Duplicates, duplicate_report, list_folder
from helpers.link import link_incidents
from helpers.tables.cache import ExtractionCache, rules_version, tables_key
from helpers.tables.engine import run_here, run_in_processes
from helpers.tables.schema import EVENTS, TABLES
from helpers.tables.task import DEFAULT_TIMEOUT, Outcome, ReportTask
from helpers.tables.write import Rows, to_tables, write_tables

ENGINES = ("local", "dask")
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
    extracted: int = 0  # reports run through the rules in this build
    from_cache: int | None = None  # reports whose extraction the cache gave; None when built without one
    kept: bool = False  # nothing changed since the tables in out_dir were written: they were kept

    def line(self) -> str:
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        failed = sum(n for s, n in self.statuses.items() if s not in NOT_FAILED)
        cache = f"; {self.extracted} extracted, {self.from_cache} from the cache" if self.from_cache is not None else ""
        cache += "; nothing changed, tables kept" if self.kept else ""
        return (f"read {self.files} files ({statuses}): {self.events} events in {self.incidents} incidents, "
                f"{self.claims} casualty claims, {self.mentions} actor mentions; {failed} reports failed{cache}; "
                f"tables in {self.out_dir}")


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _run(entries, task: ReportTask, engine: str, jobs: int, scheduler: str | None, progress: bool) -> list[Outcome]:
    if engine == "dask":
        from helpers.tables.on_dask import run_on_dask  # optional: pip install .[scale]
        return run_on_dask(entries, task, scheduler, jobs, progress)
    if jobs > 1 and len(entries) > 1:
        return run_in_processes(entries, task, jobs, progress)
    return run_here(entries, task, progress)


def _without_duplicates(entries, outcomes: list[Outcome]) -> list[Extraction]:
    """Each outcome's extraction, in the listing's walk order; a file with the bytes of an earlier
    one becomes a duplicate without rows, as read_folder would list it."""
    duplicates = Duplicates()
    extractions = []
    for entry, outcome in zip(entries, outcomes):
        original = duplicates.original_of(entry.rel, outcome.digest, outcome.extraction.report.status)
        extractions.append(Extraction(duplicate_report(entry.rel, original), (), (), ()) if original
                           else outcome.extraction)
    return extractions


def fill_coordinates(events: Rows, geocoder) -> None:
    """Ask a (cached, online) geocoder for the events the gazetteer could not place, once per place
    (in the order of their names); in place, in the events table's rows."""
    location, admin1, latitude, longitude = (list(EVENTS.columns).index(column)
                                             for column in ("location", "admin1", "latitude", "longitude"))
    missing: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for row in events:
        if row[location] and not row[latitude]:
            missing[row[location], row[admin1]].append(row)
    for place, rows in sorted(missing.items()):
        found = geocoder.geocode(", ".join(p for p in (*place, "Syria") if p))
        if found is not None:
            for row in rows:
                row[latitude], row[longitude] = f"{found.latitude:.5f}", f"{found.longitude:.5f}"


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


@contextmanager
def collector_paused():
    """Python's cycle collector off while this process builds: it holds every extraction until the
    tables are written, millions of objects that each full collection would walk again (a quarter of
    the parent's time on 10,000 reports) and none of which it could free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@collector_paused()
def build(reports_dir: Path = paths.REPORTS_DIR, out_dir: Path = paths.PROCESSED_DIR, *, jobs: int | None = None,
          engine: str = "local", scheduler: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          geocoder: str = "gazetteer", timeout: float | None = DEFAULT_TIMEOUT, cache_dir: Path | None = None,
          rules: str | None = None, parquet: bool | None = None, quiet: bool = False) -> Summary:
    """Build the tables of reports_dir into out_dir.

    jobs: worker processes (default: every core this process may use); engine "dask" runs on the
    dask.distributed scheduler at `scheduler` (default: a LocalCluster of `jobs` workers).
    timeout: seconds one report may take before it is marked error (None: no limit).
    cache_dir: where extractions are kept between builds (None: no cache; the command line uses
    data/cache/extractions); rules: the rules version the cache is keyed by (default: computed
    from the code and data files, see helpers.tables.cache). parquet: also write parquet/NAME/
    (default: with the dask engine).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    reports_dir, out_dir = Path(reports_dir), Path(out_dir)
    if reports_dir.is_file():
        raise InputFolderError(f"{paths.shown(reports_dir)} is a file: give the folder that holds the reports")
    if not reports_dir.is_dir():
        raise InputFolderError(f"reports folder not found: {paths.shown(reports_dir)}")
    check_writable(out_dir)
    entries = list_folder(reports_dir)
    if not entries:
        raise InputFolderError(f"reports folder is empty: {paths.shown(reports_dir)} "
                               "(put .txt, .md or .html reports in it)")
    cache = None
    if cache_dir is not None:
        cache = ExtractionCache(str(Path(cache_dir).absolute()), rules or rules_version())
        cache.remove_other_versions()
    task = ReportTask(max_bytes=max_bytes, timeout=timeout, cache=cache)
    outcomes = _run(entries, task, engine, jobs or default_jobs(), scheduler,
                    progress=not quiet and len(entries) >= PROGRESS_FROM)
    if cache:  # written here, once the workers are done: one transaction (helpers.tables.cache)
        cache.put_many((cache.key(entry, outcome.digest), outcome.extraction)
                       for entry, outcome in zip(entries, outcomes) if outcome.source == "extracted")
    extractions = _without_duplicates(entries, outcomes)
    sources = Counter(outcome.source for outcome in outcomes)
    parquet = engine == "dask" if parquet is None else parquet
    summary = Summary(files=len(entries), statuses=dict(Counter(x.report.status for x in extractions)),
                      events=0, incidents=0, claims=0, mentions=0, out_dir=paths.shown(out_dir),
                      extracted=sources["extracted"], from_cache=sources["cache"] if cache else None)
    key = _inputs_key(cache, entries, outcomes, extractions, geocoder, parquet) if cache else None
    kept = cache.built(out_dir, key) if cache and not sources["extracted"] else None
    if kept is not None:
        return replace(summary, kept=True, **kept)
    incidents = link_incidents([x.report for x in extractions], [e for x in extractions for e in x.events],
                               [c for x in extractions for c in x.claims])
    tables = to_tables(extractions, incidents)
    if geocoder != "gazetteer":  # places are always coded from the gazetteer; an online one only fills gaps
        fill_coordinates(tables["events"], get_geocoder(geocoder))
    texts = {x.report.report_id: x.report.text for x in extractions if x.report.text}
    write_tables(tables, texts, out_dir, parquet=parquet)
    counts = dict(events=len(tables["events"]), incidents=len(incidents), claims=len(tables["casualties"]),
                  mentions=len(tables["actor_mentions"]))
    if cache:
        cache.note_built(out_dir, key, counts, [table.file for table in TABLES.values()])
    return replace(summary, **counts)


def _inputs_key(cache: ExtractionCache, entries, outcomes: list[Outcome], extractions: list[Extraction],
                geocoder: str, parquet: bool) -> str:
    """What the tables of this build depend on, as one key (see helpers.tables.cache.tables_key)."""
    lines = [f"geocoder={geocoder} parquet={parquet}"]
    lines += [f"{e.rel}\t{o.digest}\t{e.metadata!r}\t{x.report.status}\t{x.report.error}"
              for e, o, x in zip(entries, outcomes, extractions)]
    return tables_key(cache.rules, lines)
