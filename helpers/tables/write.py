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

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from helpers.extract.report import Extraction
from helpers.records import Incident
from helpers.tables.schema import TABLES


def _iso(d) -> str:
    return d.isoformat() if d else ""


def _int(value) -> str:
    return "" if value is None else str(value)


def _coordinate(value) -> str:
    return "" if value is None else f"{value:.5f}"


def _incident_row(i: Incident) -> dict[str, str]:
    row = {
        "incident_id": i.incident_id, "date_start": _iso(i.date_start), "date_end": _iso(i.date_end),
        "date_precision": i.date_precision, "event_type": i.event_type, "sub_event_type": i.sub_event_type,
        "actor1": i.actor1, "assoc_actor1": ";".join(i.assoc_actor1), "actor2": i.actor2,
        "assoc_actor2": ";".join(i.assoc_actor2), "location": i.location, "admin1": i.admin1, "country": i.country,
        "latitude": _coordinate(i.latitude), "longitude": _coordinate(i.longitude),
        "geo_precision": _int(i.geo_precision), "number_of_sources": str(i.number_of_sources),
        "report_ids": ";".join(i.report_ids), "event_ids": ";".join(i.event_ids),
        "fatalities": _int(i.fatalities), "contested": "yes" if i.contested else "no",
    }
    for f in i.figures:
        row |= {f"{f.category}_low": _int(f.low), f"{f.category}_best": _int(f.best), f"{f.category}_high": _int(f.high)}
    return row


def to_tables(extractions: list[Extraction], incidents: list[Incident]) -> dict[str, pd.DataFrame]:
    ordered = sorted(extractions, key=lambda x: x.report.path)
    incident_of = {event_id: i.incident_id for i in incidents for event_id in i.event_ids}
    reports = [{
        "report_id": r.report_id, "path": r.path, "title": r.title, "outlet": r.outlet, "publisher": r.publisher,
        "published": _iso(r.published), "republished": _iso(r.republished),
        "published_from": r.published_from, "n_chars": str(r.n_chars),
        "status": r.status, "error": r.error,
    } for r in (x.report for x in ordered)]
    events = [{
        "event_id": e.event_id, "report_id": e.report_id, "date_start": _iso(e.date_start),
        "date_end": _iso(e.date_end), "date_precision": e.date_precision, "event_type": e.event_type,
        "sub_event_type": e.sub_event_type, "actor1": e.actor1, "assoc_actor1": ";".join(e.assoc_actor1),
        "actor2": e.actor2, "assoc_actor2": ";".join(e.assoc_actor2), "location": e.location, "admin1": e.admin1,
        "latitude": _coordinate(e.latitude), "longitude": _coordinate(e.longitude),
        "geo_precision": _int(e.geo_precision), "country": e.country, "evidence": e.evidence, "char_start": str(e.char_start),
        "char_end": str(e.char_end), "evidence_spans": ";".join(f"{a}-{b}" for a, b in e.evidence_spans),
        "incident_id": incident_of[e.event_id],
    } for x in ordered for e in x.events]
    claims = [{
        "claim_id": c.claim_id, "event_id": c.event_id, "report_id": c.report_id, "category": c.category,
        "low": _int(c.low), "high": _int(c.high), "phrase": c.phrase, "victim": c.victim, "claimant": c.claimant,
        "claimant_surface": c.claimant_surface,
        "confirmed": c.confirmed, "evidence": c.evidence, "char_start": str(c.char_start),
        "char_end": str(c.char_end),
    } for x in ordered for c in x.claims]
    mentions = [{
        "report_id": x.report.report_id, "actor": a.actor, "actor_type": a.actor_type, "surface": a.surface,
        "date": day, "char_start": str(a.start), "char_end": str(a.end),
    } for x in ordered for a, day in x.mentions]
    rows = {"reports": reports, "events": events, "casualties": claims, "actor_mentions": mentions,
            "incidents": [_incident_row(i) for i in incidents]}
    return {name: pd.DataFrame(rows[name], columns=list(table.columns), dtype=str).fillna("")
            for name, table in TABLES.items()}


PARQUET_ROWS = 250_000


def write_parquet(frame: pd.DataFrame, folder: Path) -> None:
    """One table as parts of PARQUET_ROWS rows (at least one part, so that an empty table keeps its columns)."""
    import pyarrow as pa  # optional: pip install .[scale]
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    schema = pa.schema([(column, pa.string()) for column in frame.columns])
    for part, start in enumerate(range(0, max(len(frame), 1), PARQUET_ROWS)):
        rows = frame.iloc[start:start + PARQUET_ROWS]
        pq.write_table(pa.Table.from_pandas(rows, schema=schema, preserve_index=False),
                       folder / f"part-{part:05d}.parquet")


def write_tables(tables: dict[str, pd.DataFrame], texts: dict[str, str], out_dir: Path, *,
                 parquet: bool = False) -> None:
    """Write each table's file (NAME.csv), its Parquet copy when asked (parquet/NAME/) and
    text/REPORT_ID.txt for each cleaned text, replacing out_dir."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for name, frame in tables.items():
            frame.to_csv(staging / TABLES[name].file, index=False, lineterminator="\n", encoding="utf-8")
            if parquet:
                write_parquet(frame, staging / TABLES[name].parquet_dir)
        (staging / "text").mkdir()
        for report_id, text in sorted(texts.items()):
            (staging / "text" / f"{report_id}.txt").write_text(text, encoding="utf-8", newline="\n")
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
