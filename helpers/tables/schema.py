"""The five tables of the codebook (docs/codebook.md, section 1), defined once: name, file, columns, kinds.

The writer (helpers.tables.write) lays its rows out in these columns; the loader
(helpers.analysis.load) casts each column to its kind. A table has one name everywhere, its
file is NAME.csv, and its Parquet copy (written with --engine dask or --parquet) parquet/NAME/.
"""
from __future__ import annotations

from dataclasses import dataclass

from helpers.codebook import taxonomy


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, str]  # column -> kind (str | int | float | date), in the file's column order

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def parquet_dir(self) -> str:
        """Its Parquet copy, when the build writes one: a folder of parts (part-00000.parquet, ...)."""
        return f"parquet/{self.name}"


REPORTS = Table("reports", {
    "report_id": "str", "path": "str", "title": "str", "outlet": "str", "publisher": "str",
    "published": "date", "republished": "date", "published_from": "str", "n_chars": "int", "status": "str", "error": "str",
})
EVENTS = Table("events", {
    "event_id": "str", "report_id": "str", "date_start": "date", "date_end": "date",
    "date_precision": "str", "event_type": "str", "sub_event_type": "str", "actor1": "str",
    "assoc_actor1": "str", "actor2": "str", "assoc_actor2": "str", "location": "str", "admin1": "str",
    "latitude": "float", "longitude": "float", "geo_precision": "int", "country": "str", "evidence": "str",
    "char_start": "int", "char_end": "int", "evidence_spans": "str", "incident_id": "str",
})
CASUALTIES = Table("casualties", {
    "claim_id": "str", "event_id": "str", "report_id": "str", "category": "str", "low": "int",
    "high": "int", "phrase": "str", "victim": "str", "claimant": "str", "claimant_surface": "str",
    "confirmed": "str",
    "evidence": "str", "char_start": "int", "char_end": "int",
})
ACTOR_MENTIONS = Table("actor_mentions", {
    "report_id": "str", "actor": "str", "actor_type": "str", "surface": "str", "date": "date",
    "char_start": "int", "char_end": "int",
})

INCIDENTS = Table("incidents", {
    "incident_id": "str", "date_start": "date", "date_end": "date", "date_precision": "str",
    "event_type": "str", "sub_event_type": "str", "actor1": "str", "assoc_actor1": "str", "actor2": "str",
    "assoc_actor2": "str", "location": "str", "admin1": "str", "country": "str", "latitude": "float",
    "longitude": "float", "geo_precision": "int", "number_of_sources": "int", "report_ids": "str",
    "event_ids": "str",
    # per casualty category (UCDP's low / best / high), in the codebook's order
    **{f"{category}_{figure}": "int" for category in taxonomy().categories for figure in ("low", "best", "high")},
    "fatalities": "int", "contested": "str",
})

TABLES = {table.name: table for table in (REPORTS, EVENTS, CASUALTIES, ACTOR_MENTIONS, INCIDENTS)}
