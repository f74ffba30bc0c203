"""Extractions and their incidents -> the five tables of the codebook, sorted, written atomically to one folder.

The folder is written as a whole: the new tables and texts go to a staging folder beside it,
which then replaces the old folder, so a failed or interrupted build leaves the previous
tables as they were.

On request each table is also written as Parquet, partitioned by row count: parquet/NAME/ holds
part-00000.parquet, part-00001.parquet, ... of PARQUET_ROWS rows each, in the CSV's row order,
every column the CSV's text (so that a reader gets exactly the CSV's values and casts them the
same way). Row-count parts keep each file a size a reader can hold, whatever the corpus's span.
"""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from helpers.extract.report import Extraction
from helpers.records import Incident
from helpers.tables.schema import INCIDENTS, TABLES


def _iso(d) -> str:
    return d.isoformat() if d else ""


def _int(value) -> str:
    return "" if value is None else str(value)


def _coordinate(value) -> str:
    return "" if value is None else f"{value:.5f}"


Rows = list[list[str]]  # a table's rows, each in its schema's column order


def _incident_row(i: Incident, columns: dict[str, int]) -> list[str]:
    """The incident's cells in INCIDENTS' order: its own columns, each casualty category's low, best
    and high (empty where no claim gives the category), then fatalities and contested."""
    row = [i.incident_id, _iso(i.date_start), _iso(i.date_end), i.date_precision, i.event_type, i.sub_event_type,
           i.actor1, ";".join(i.assoc_actor1), i.actor2, ";".join(i.assoc_actor2), i.location, i.admin1, i.country,
           _coordinate(i.latitude), _coordinate(i.longitude), _int(i.geo_precision), str(i.number_of_sources),
           ";".join(i.report_ids), ";".join(i.event_ids)]
    row += [""] * (len(columns) - len(row) - 2) + [_int(i.fatalities), "yes" if i.contested else "no"]
    for f in i.figures:
        row[columns[f"{f.category}_low"]] = _int(f.low)
        row[columns[f"{f.category}_best"]] = _int(f.best)
        row[columns[f"{f.category}_high"]] = _int(f.high)
    return row


def to_tables(extractions: list[Extraction], incidents: list[Incident]) -> dict[str, Rows]:
    """Each table's rows, as text in its schema's columns (helpers.tables.schema): plain lists rather
    than data frames, which would cost more to build and write than everything else the parent does
    but linking."""
    ordered = sorted(extractions, key=lambda x: x.report.path)
    incident_of = {event_id: i.incident_id for i in incidents for event_id in i.event_ids}
    reports = [[r.report_id, r.path, r.title, r.outlet, r.publisher, _iso(r.published), _iso(r.republished),
                r.published_from, str(r.n_chars), r.status, r.error] for r in (x.report for x in ordered)]
    events = [[e.event_id, e.report_id, _iso(e.date_start), _iso(e.date_end), e.date_precision, e.event_type,
               e.sub_event_type, e.actor1, ";".join(e.assoc_actor1), e.actor2, ";".join(e.assoc_actor2), e.location,
               e.admin1, _coordinate(e.latitude), _coordinate(e.longitude), _int(e.geo_precision), e.country,
               e.evidence, str(e.char_start), str(e.char_end), ";".join(f"{a}-{b}" for a, b in e.evidence_spans),
               incident_of[e.event_id]] for x in ordered for e in x.events]
    claims = [[c.claim_id, c.event_id, c.report_id, c.category, _int(c.low), _int(c.high), c.phrase, c.victim,
               c.claimant, c.claimant_surface, c.confirmed, c.evidence, str(c.char_start), str(c.char_end)]
              for x in ordered for c in x.claims]
    mentions = [[x.report.report_id, a.actor, a.actor_type, a.surface, day, str(a.start), str(a.end)]
                for x in ordered for a, day in x.mentions]
    incident_columns = {column: k for k, column in enumerate(INCIDENTS.columns)}
    return {"reports": reports, "events": events, "casualties": claims, "actor_mentions": mentions,
            "incidents": [_incident_row(i, incident_columns) for i in incidents]}


def write_csv_rows(rows: Rows, columns: Iterable[str], path: Path) -> None:
    """The header, then the rows, quoted as pandas' to_csv quotes them (the csv module's minimal quoting)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


PARQUET_ROWS = 250_000


def write_parquet(rows: Rows, columns: Iterable[str], folder: Path) -> None:
    """One table as parts of PARQUET_ROWS rows (at least one part, so that an empty table keeps its columns)."""
    import pandas as pd  # here, not at the top: a build without Parquet need not import it
    import pyarrow as pa  # optional: pip install .[scale]
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    frame = pd.DataFrame(rows, columns=list(columns), dtype=str)
    schema = pa.schema([(column, pa.string()) for column in frame.columns])
    for part, start in enumerate(range(0, max(len(frame), 1), PARQUET_ROWS)):
        pq.write_table(pa.Table.from_pandas(frame.iloc[start:start + PARQUET_ROWS], schema=schema, preserve_index=False),
                       folder / f"part-{part:05d}.parquet")


def _write_bytes(path: Path, data: bytes) -> None:
    """A new file of these bytes (what write_text(encoding="utf-8", newline="\\n") writes), without
    a text layer's set-up: half the time for the thousands of small texts a build writes."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def write_tables(tables: dict[str, Rows], texts: dict[str, str], out_dir: Path, *,
                 parquet: bool = False) -> None:
    """Write each table's file (NAME.csv), its Parquet copy when asked (parquet/NAME/) and
    text/REPORT_ID.txt for each cleaned text, replacing out_dir."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for name, rows in tables.items():
            write_csv_rows(rows, TABLES[name].columns, staging / TABLES[name].file)
            if parquet:
                write_parquet(rows, TABLES[name].columns, staging / TABLES[name].parquet_dir)
        (staging / "text").mkdir()
        for report_id, text in sorted(texts.items()):
            _write_bytes(staging / "text" / f"{report_id}.txt", text.encode("utf-8"))
        os.chmod(staging, 0o755)
        old = None
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}-old-{os.getpid()}")
            out_dir.rename(old)
        staging.rename(out_dir)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
