"""What the ACLED and UCDP exports share: the names of data/layouts/, the built tables they read,
incident dates and sources, and a spreadsheet-safe atomic CSV writer."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.atomic import write_atomically
from helpers.codebook import taxonomy
from helpers.extract.lexicon import actor_names, actors
from helpers.facts import Column, Schema, note, read_rows, text
from helpers.tables.schema import TABLES

# A cell a spreadsheet would run as a formula (OWASP's CSV injection list): shown as text instead.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class LayoutNames:
    acled_actor: dict[str, str]
    ucdp_side: dict[str, str]
    iso: dict[str, int]
    iso3: dict[str, str]
    region: dict[str, str]


@cache
def layout_names() -> LayoutNames:
    names = read_rows(paths.LAYOUTS_DIR / "actor_names.csv", Schema(
        (text("actor", choices=actor_names), text("acled_actor"), text("ucdp_side", required=False), note()),
        key="actor"))
    countries = read_rows(paths.LAYOUTS_DIR / "countries.csv", Schema(
        (text("country"), Column("iso", kind="int"), text("iso3", form=r"[A-Z]{3}"), text("acled_region"), note()),
        key="country"))
    return LayoutNames(
        acled_actor={r["actor"]: r["acled_actor"] for r in names},
        ucdp_side={r["actor"]: r["ucdp_side"] for r in names},
        iso={r["country"]: int(r["iso"]) for r in countries},
        iso3={r["country"]: r["iso3"] for r in countries},
        region={r["country"]: r["acled_region"] for r in countries},
    )


def actor_type(actor: str) -> str:
    known = actors().actors.get(actor)
    return known.actor_type if known else ""


def inter_code(actor: str) -> str:
    """ACLED's inter code of an actor ('' when the actor is not in the lexicon)."""
    return str(taxonomy().inter.get(actor_type(actor), "")) if actor else ""


def read_tables(tables_dir: Path) -> dict[str, pd.DataFrame]:
    """The built tables as text (empty cell: ''), each with its schema's columns."""
    tables = {}
    for name, table in TABLES.items():
        path = Path(tables_dir) / table.file
        if not path.exists():
            raise FileNotFoundError(f"{paths.shown(path)} not found: build the tables first "
                                    "(python -m helpers build REPORTS --out TABLES)")
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        tables[name] = frame.reindex(columns=list(table.columns), fill_value="")
    return tables


def day(value: str) -> date:
    return date.fromisoformat(value)


def span_days(incident) -> int:
    return (day(incident.date_end) - day(incident.date_start)).days + 1


def split(items: list[str]) -> list[str]:
    return [i for i in items if i]


def sources(incident, reports: pd.DataFrame) -> list[str]:
    """The outlets of the reports that tell an incident (a report's file name when no outlet is known)."""
    rows = reports.set_index("report_id").loc[split(incident.report_ids.split(";"))]
    names = [r.outlet or r.publisher or Path(r.path).name for r in rows.itertuples()]
    return list(dict.fromkeys(names))


def last_published(incident, reports: pd.DataFrame) -> date | None:
    dates = reports.set_index("report_id").loc[split(incident.report_ids.split(";")), "published"]
    dates = [d for d in dates if d]
    return day(max(dates)) if dates else None


def unix_day(when: date | None) -> str:
    """A date as ACLED's timestamp (seconds since 1970, at midnight UTC): deterministic, unlike a clock."""
    return "" if when is None else str(int(datetime(when.year, when.month, when.day, tzinfo=timezone.utc).timestamp()))


def spreadsheet_safe(frame: pd.DataFrame, text_columns: list[str]) -> pd.DataFrame:
    out = frame.copy()
    for column in text_columns:
        out[column] = out[column].map(lambda v: f"'{v}" if isinstance(v, str) and v.startswith(_FORMULA_STARTS) else v)
    return out


def write_csv(frame: pd.DataFrame, out: Path) -> None:
    """Write atomically: the file is complete or left as it was."""
    write_atomically(Path(out), lambda f: frame.to_csv(f, index=False, lineterminator="\n"), text=True, mode=0o644)
