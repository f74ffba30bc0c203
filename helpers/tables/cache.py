"""Extractions kept between builds, so that a rebuild re-extracts only the reports whose key changed.

A report's key is the sha256 of the rules version, its path in the folder, its row of the folder's
metadata.csv and the sha256 of its bytes: everything its extraction depends on. The rules version
is the sha256 of the source of the modules that read and extract a report and of every data file
they read, so an edited rule, lexicon or gazetteer file invalidates every entry at once.

Layout: CACHE_DIR/RULES_VERSION/ab/KEY.pickle, one small file per report, each written atomically;
a new rules version removes the folders of the old ones. The entries are pickles: the cache is as
trusted as the code that wrote it (never point it at a folder someone else can write).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from helpers import paths
from helpers.extract.report import Extraction
from helpers.ingest import Entry

# The code a report's extraction runs, relative to the helpers package: its top-level modules
# (paths, records, facts, codebook and the rest), reading, extraction and places. The tables
# and analysis code runs after extraction and does not change what an entry holds, except the
# task that runs one report.
_PACKAGE = Path(__file__).resolve().parent.parent
_RULES_SOURCES = ("*.py", "ingest/*.py", "extract/*.py", "geo/*.py", "tables/task.py", "tables/cache.py")


def _data_dirs() -> dict[str, Path]:
    """Read at call time, so that a test's or a user's edited copy of a data folder counts."""
    return {"lexicon": paths.LEXICON_DIR, "geo": paths.GEO_DIR, "ingest": paths.INGEST_DIR,
            "codebook": paths.CODEBOOK_DIR}


def rules_version() -> str:
    """sha256 of every source file and data file that extraction reads, with their names."""
    sha = hashlib.sha256()
    files = [(f"helpers/{p.relative_to(_PACKAGE).as_posix()}", p)
             for pattern in _RULES_SOURCES for p in sorted(_PACKAGE.glob(pattern))]
    for label, folder in _data_dirs().items():
        files += [(f"{label}/{p.relative_to(folder).as_posix()}", p) for p in sorted(folder.rglob("*"))
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    for name, path in files:
        sha.update(name.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()


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

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Extraction | None:
        """The cached extraction, or None when there is none or it cannot be read (a corrupt or
        truncated entry is recomputed, never trusted)."""
        try:
            with self._file(key).open("rb") as fh:
                found = pickle.load(fh)
        except Exception:  # missing, or whatever a damaged pickle makes the unpickler raise
            return None
        return found if isinstance(found, Extraction) else None

    def put(self, key: str, extraction: Extraction) -> None:
        """Keep an extraction, atomically; a cache that cannot be written costs speed, not the build."""
        if not keeps(extraction):
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, staging = tempfile.mkstemp(prefix=f".{key[:8]}-", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(extraction, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(staging, target)
            except BaseException:
                Path(staging).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def remove_other_versions(self) -> None:
        """Entries of older rules can never be read again: free their space."""
        root = Path(self.root)
        if root.is_dir():
            for folder in root.iterdir():
                if folder.is_dir() and folder.name != self.folder.name:
                    shutil.rmtree(folder, ignore_errors=True)


def keeps(extraction: Extraction) -> bool:
    """Whether an extraction may be reused: not a failure (a time-out or a crash may not happen
    again), not an unreadable file, and not a report dated after today, whose "in the future"
    note depends on the day of the build."""
    report = extraction.report
    if report.status in ("error", "unreadable"):
        return False
    return report.published is None or report.published <= date.today()
