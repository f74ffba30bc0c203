"""Extractions kept between builds, so that a rebuild re-extracts only the reports whose key changed.

A report's key is the sha256 of the rules version, its path in the folder, its row of the folder's
metadata.csv and the sha256 of its bytes: everything its extraction depends on. The rules version
is the sha256 of the source of the modules that read and extract a report and of every data file
they read, so an edited rule, lexicon or gazetteer file invalidates every entry at once.

Layout: CACHE_DIR/RULES_VERSION/extractions.sqlite, one row per report (its key and its pickled
extraction). Workers only read it; the parent writes a build's new extractions in one transaction
after the workers are done, so that an entry is there whole or not at all, and 10,000 reports cost
one file's writes, not 10,000 files' (a file per entry, written atomically, was a sixth of a build on
this machine). A new rules version removes the folders of the old ones. CACHE_DIR/RULES_VERSION/builds/
notes, for each output folder, what its tables were written from, so that a rebuild with nothing
changed keeps them instead of linking and writing everything again. The entries are pickles: the
cache is as trusted as the code that wrote it (never point it at a folder someone else can write).
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from helpers import paths
from helpers.atomic import write_atomically
from helpers.extract.report import Extraction
from helpers.ingest import Entry

# The code a report's extraction runs, relative to the helpers package: its top-level modules
# (paths, records, facts, codebook and the rest), reading, extraction and places. The tables
# and analysis code runs after extraction and does not change what an entry holds, except the
# task that runs one report.
_PACKAGE = Path(__file__).resolve().parent.parent
_RULES_SOURCES = ("*.py", "ingest/*.py", "extract/*.py", "geo/*.py", "tables/task.py", "tables/cache.py")
# What turns the extractions into the tables: linking and writing.
_TABLES_SOURCES = ("link/*.py", "tables/*.py")


def _data_dirs() -> dict[str, Path]:
    """Read at call time, so that a test's or a user's edited copy of a data folder counts."""
    return {"lexicon": paths.LEXICON_DIR, "geo": paths.GEO_DIR, "ingest": paths.INGEST_DIR,
            "codebook": paths.CODEBOOK_DIR}


def _source_files(patterns: tuple[str, ...]) -> list[tuple[str, Path]]:
    return [(f"helpers/{p.relative_to(_PACKAGE).as_posix()}", p) for pattern in patterns
            for p in sorted(_PACKAGE.glob(pattern))]


def _digest(sha, files: list[tuple[str, Path]]) -> str:
    for name, path in files:
        sha.update(name.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()


def rules_version() -> str:
    """sha256 of every source file and data file that extraction reads, with their names."""
    files = _source_files(_RULES_SOURCES)
    for label, folder in _data_dirs().items():
        files += [(f"{label}/{p.relative_to(folder).as_posix()}", p) for p in sorted(folder.rglob("*"))
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    return _digest(hashlib.sha256(), files)


def tables_key(rules: str, inputs: list[str]) -> str:
    """sha256 of everything a folder's tables depend on: the rules version, the code that links and
    writes, and one line per input file (its path, bytes, metadata row and what became of it)."""
    sha = hashlib.sha256(rules.encode("utf-8"))
    for line in inputs:
        sha.update(line.encode("utf-8") + b"\n")
    return _digest(sha, _source_files(_TABLES_SOURCES))


@dataclass(frozen=True)
class ExtractionCache:
    """One folder of cached extractions for one rules version; small enough to send to workers."""
    root: str
    rules: str

    @property
    def folder(self) -> Path:
        return Path(self.root) / self.rules[:16]

    def key(self, entry: Entry, digest: str) -> str:
        parts = (self.rules, entry.rel, repr(entry.metadata), digest)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    @property
    def database(self) -> Path:
        return self.folder / "extractions.sqlite"

    def get(self, key: str) -> Extraction | None:
        """The cached extraction, or None when there is none or it cannot be read (a corrupt or
        truncated entry, or database, is recomputed, never trusted)."""
        try:
            row = _reader(self.database).execute("SELECT extraction FROM entries WHERE key = ?", (key,)).fetchone()
            found = pickle.loads(row[0]) if row else None
        except Exception:  # no database yet, a damaged one, or whatever a damaged pickle makes the unpickler raise
            _forget_reader(self.database)
            return None
        return found if isinstance(found, Extraction) else None

    def put_many(self, entries: Iterable[tuple[str, Extraction]]) -> None:
        """Keep extractions (those `keeps` allows) in one transaction; a cache that cannot be
        written costs speed, not the build, and a damaged database is started afresh."""
        kept = [(key, x) for key, x in entries if keeps(x)]
        if not kept:
            return
        _forget_reader(self.database)  # this process's next read sees the new rows
        for attempt in range(2):
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                with closing(sqlite3.connect(self.database, timeout=_WAIT_SECONDS)) as connection, connection:
                    connection.execute(_SCHEMA)
                    # pickled one at a time as SQLite takes them: 10,000 pickles are never all in memory
                    connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)", (
                        (key, pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)) for key, x in kept))
                return
            except sqlite3.DatabaseError:
                if attempt == 0:
                    self.database.unlink(missing_ok=True)
            except OSError:
                return

    def _record(self, out_dir: Path) -> Path:
        name = hashlib.sha256(str(Path(out_dir).resolve()).encode("utf-8")).hexdigest()[:32]
        return self.folder / "builds" / f"{name}.json"

    def built(self, out_dir: Path, key: str) -> dict | None:
        """The counts of the tables in out_dir when they were written from inputs with this key and
        are still there as written (each file at its size); else None."""
        try:
            record = json.loads(self._record(out_dir).read_text(encoding="utf-8"))
            same = record["key"] == key and all((Path(out_dir) / name).stat().st_size == size
                                                 for name, size in record["files"].items())
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return record["counts"] if same else None

    def note_built(self, out_dir: Path, key: str, counts: dict, files: list[str]) -> None:
        """Remember what out_dir's tables were written from (atomically; failing costs speed only)."""
        record = {"key": key, "counts": counts, "files": {f: (Path(out_dir) / f).stat().st_size for f in files}}
        target = self._record(out_dir)
        try:
            write_atomically(target, lambda fh: json.dump(record, fh, sort_keys=True), text=True)
        except OSError:
            pass

    def remove_other_versions(self) -> None:
        """Entries of older rules can never be read again: free their space."""
        root = Path(self.root)
        if root.is_dir():
            for folder in root.iterdir():
                if folder.is_dir() and folder.name != self.folder.name:
                    shutil.rmtree(folder, ignore_errors=True)


_SCHEMA = "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, extraction BLOB NOT NULL)"
_WAIT_SECONDS = 60.0  # how long a write waits for another build's write to the same cache
_readers: dict[tuple[int, int, Path], sqlite3.Connection] = {}


def _reader(database: Path) -> sqlite3.Connection:
    """A read-only connection, one per process and thread (a connection crosses neither a fork nor
    a thread), opened once: a worker asks the cache for every report it is sent."""
    slot = (os.getpid(), threading.get_ident(), database)
    if slot not in _readers:
        _readers[slot] = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=_WAIT_SECONDS,
                                         check_same_thread=False)
    return _readers[slot]


def _forget_reader(database: Path) -> None:
    reader = _readers.pop((os.getpid(), threading.get_ident(), database), None)
    if reader is not None:
        reader.close()


def keeps(extraction: Extraction) -> bool:
    """Whether an extraction may be reused: not a failure (a time-out or a crash may not happen
    again), not an unreadable file, and not a report dated after today, whose "in the future"
    note depends on the day of the build."""
    report = extraction.report
    if report.status in ("error", "unreadable"):
        return False
    return report.published is None or report.published <= date.today()
