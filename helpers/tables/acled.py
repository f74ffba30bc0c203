"""incidents.csv in ACLED's layout: ACLED's column names, codes and one-row-per-day rule.

docs/exports.md says how each column is filled. The rules that shape rows:
- A span of 2 to 6 days that the reports state ("on July 2 and July 3", "over the weekend",
  "since the start of the week") is one row per day, as ACLED codes an event that goes on for
  several days; its fatalities are divided over the days (whole numbers, the remainder on the
  first days) and the split is written in notes.
- A span of 7 days or more is a date the reports do not give to the day (the codebook's default
  week for an undated report, "last month"): one row on the span's middle day, time_precision 2
  (week) or 3 (month).
"""
from __future__ import annotations

from datetime import timedelta

import pandas as pd

from helpers.codebook import taxonomy
from helpers.tables.layouts import (day, inter_code, last_published, layout_names, sources, span_days, split,
                                    spreadsheet_safe, unix_day)

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
TEXT_COLUMNS = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "location", "source", "notes"]
SPLIT_DAYS = range(2, 7)  # a stated span this long is coded day by day


def _days_and_precision(incident) -> tuple[list, int]:
    n = span_days(incident)
    start = day(incident.date_start)
    if n == 1 or n in SPLIT_DAYS:
        return [start + timedelta(days=k) for k in range(n)], 1
    return [start + timedelta(days=(n - 1) // 2)], 2 if n <= 7 else 3


def split_fatalities(total: int, days: int) -> list[int]:
    base, rest = divmod(total, days)
    return [base + (1 if k < rest else 0) for k in range(days)]


def _actor(name: str) -> str:
    return layout_names().acled_actor.get(name, name)


def _interaction(inter1: str, inter2: str) -> str:
    if inter1 and inter2:
        return "".join(sorted((inter1, inter2)))  # ACLED: the two codes, lowest first
    return f"{inter1}0" if inter1 else ""


def _notes(incident, evidence: str, split_note: str) -> str:
    sources_note = f"{incident.number_of_sources} report{'s' if incident.number_of_sources != '1' else ''}"
    contested = "; contested figures" if incident.contested == "yes" else ""
    return f"{evidence} [{incident.incident_id}: {sources_note}{contested}]{split_note}"


def acled_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    names = layout_names()
    evidence = dict(zip(tables["events"].event_id, tables["events"].evidence))
    rows = []
    for incident in tables["incidents"].itertuples(index=False):
        if not incident.date_start:
            continue  # ACLED has no row without a date
        days, precision = _days_and_precision(incident)
        total = int(incident.fatalities or 0)
        per_day = split_fatalities(total, len(days))
        split_note = (f" Fatalities: {total} over {len(days)} days, split {'/'.join(map(str, per_day))}."
                      if len(days) > 1 and total else "")
        inter1, inter2 = inter_code(incident.actor1), inter_code(incident.actor2)
        civilians = "Civilians" in [incident.actor2, *incident.assoc_actor2.split(";")]
        for when, fatalities in zip(days, per_day):
            rows.append({
                "event_date": when.isoformat(), "year": str(when.year), "time_precision": str(precision),
                "disorder_type": taxonomy().disorder_types.get(incident.sub_event_type, ""),
                "event_type": incident.event_type, "sub_event_type": incident.sub_event_type,
                "actor1": _actor(incident.actor1),
                "assoc_actor_1": "; ".join(_actor(a) for a in split(incident.assoc_actor1.split(";"))),
                "inter1": inter1, "actor2": _actor(incident.actor2),
                "assoc_actor_2": "; ".join(_actor(a) for a in split(incident.assoc_actor2.split(";"))),
                "inter2": inter2, "interaction": _interaction(inter1, inter2),
                "civilian_targeting": "Civilian targeting" if civilians else "",
                "iso": str(names.iso.get(incident.country, "")), "region": names.region.get(incident.country, ""),
                "country": incident.country, "admin1": incident.admin1, "admin2": "", "admin3": "",
                "location": incident.location, "latitude": incident.latitude, "longitude": incident.longitude,
                "geo_precision": incident.geo_precision or "3",
                "source": "; ".join(sources(incident, tables["reports"])), "source_scale": "",
                "notes": _notes(incident, evidence[incident.event_ids.split(";")[0]], split_note),
                "fatalities": str(fatalities), "tags": "",
                "timestamp": unix_day(last_published(incident, tables["reports"])),
                "_country": incident.country,
            })
    frame = pd.DataFrame(rows, columns=COLUMNS + ["_country"], dtype=str)
    frame = frame.sort_values("event_date", kind="stable", ignore_index=True)
    frame["event_id_cnty"] = [f"{names.iso3.get(c, 'XXX')}{n}" for n, c in enumerate(frame["_country"], start=1)]
    return spreadsheet_safe(frame[COLUMNS], TEXT_COLUMNS)
