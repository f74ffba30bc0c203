"""One entry of the folder -> its Outcome: the work a worker does (a local process, a Dask worker,
or this process with --jobs 1), so that every engine runs the very same function.

The worker reads the file itself (the parent only lists paths), asks the cache, ingests and
extracts within a time limit, and returns the extraction with the sha256 of the bytes, from
which the parent judges duplicates in walk order. Nothing here raises for a bad report: an
exception or a time-out becomes status error with the reason.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace

from helpers.deadline import ReportTimeout, check_deadline, deadline
from helpers.extract.report import Extraction, extract
from helpers.ingest import DEFAULT_MAX_BYTES, Entry, ingest_entry, load_entry
from helpers.records import Report
from helpers.tables.cache import ExtractionCache

DEFAULT_TIMEOUT = 60.0  # seconds one report may take; a real report takes milliseconds

WORKER_DIED_ERROR = ("worker died: the process extracting this report stopped (killed, out of memory or a crash) "
                     "again when the report was tried alone; nothing was extracted")


@dataclass(frozen=True)
class Outcome:
    extraction: Extraction
    digest: str | None  # sha256 of the file's bytes, None when they were not read
    source: str  # "extracted", "cache", or "" when there was nothing to extract (skipped, too large, unreadable)


@dataclass(frozen=True)
class ReportTask:
    """What every worker needs besides the entry; small, so that it travels with the tasks."""
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    cache: ExtractionCache | None = None

    def __call__(self, entry: Entry) -> Outcome:
        final, raw, digest = load_entry(entry, max_bytes=self.max_bytes)
        if final is not None:
            return Outcome(Extraction(final, (), (), ()), digest, "")
        cached = self.cache.get(self.cache.key(entry, digest)) if self.cache else None
        if cached is not None:
            return Outcome(cached, digest, "cache")
        return Outcome(self._extract(entry, raw, digest), digest, "extracted")

    def _extract(self, entry: Entry, raw: bytes, digest: str) -> Extraction:
        report = Report(report_id=digest[:16], path=entry.rel)
        try:
            with time_limit(self.timeout):
                report = ingest_entry(entry, raw, digest)
                check_deadline()  # ingest is one step: it may have used up the report's time
                return extract(report)
        except ReportTimeout:
            error = (f"stopped after {self.timeout:g} s, the time limit for one report (--timeout); "
                     "nothing was extracted")
        except Exception as exc:  # a rule's bug must cost one report, never the build
            error = f"extraction failed: {type(exc).__name__}: {exc}"
        return Extraction(replace(report, status="error", error=error), (), (), ())

    def worker_died(self, entry: Entry, detail: str = "") -> Outcome:
        """The outcome of a report whose worker died again when it ran alone: its bytes are hashed
        here (no rule runs on them), so that it keeps its content id and its duplicates are found."""
        final, _raw, digest = load_entry(entry, max_bytes=self.max_bytes)
        if final is not None:
            return Outcome(Extraction(final, (), (), ()), digest, "")
        error = f"{WORKER_DIED_ERROR} ({detail})" if detail else WORKER_DIED_ERROR
        report = Report(report_id=digest[:16], path=entry.rel, status="error", error=error)
        return Outcome(Extraction(report, (), (), ()), digest, "")


@contextmanager
def time_limit(seconds: float | None):
    """Raise ReportTimeout in the body once `seconds` have passed, on every engine. A deadline the
    extractor checks between sentences and frames (helpers/deadline.py) holds in any thread, Dask's
    worker threads included; in a process's main thread (the local engine's workers and --jobs 1)
    SIGALRM also stops a report inside a long step, between any two of its Python operations."""
    with deadline(seconds):
        if seconds and threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            with _alarm(seconds):
                yield
        else:
            yield


@contextmanager
def _alarm(seconds: float):
    """SIGALRM raises ReportTimeout in this (main) thread once `seconds` have passed."""
    def expire(signum, frame):
        raise ReportTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
