"""incidents.csv in UCDP GED's layout: GED's column names, sides, death counts and precision scales.

docs/exports.md says how each column is filled. GED holds organised violence with at least one
death, so only incidents of the three violent types (Battles, Explosions/Remote violence,
Violence against civilians) that some report gives a death for are written.
"""
from __future__ import annotations

import pandas as pd

from helpers.link.figures import category_figures
from helpers.records import Claim
from helpers.tables.layouts import day, layout_names, span_days, split, spreadsheet_safe

COLUMNS = ["id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_article",
           "source_original", "where_prec", "where_description", "adm_1", "adm_2", "latitude", "longitude", "country",
           "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
           "deaths_unknown", "best", "high", "low"]
TEXT_COLUMNS = ["side_a", "side_b", "source_article", "source_original", "where_description", "adm_1"]
ORGANISED_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")  # what GED holds
STATE_BASED, NON_STATE, ONE_SIDED = 1, 2, 3


def where_prec(incident) -> int:
    """GED's where_prec: 1 the place itself; 2 within 25 km of it; 4 only the governorate (adm_1);
    5 a named region or line (a valley, a desert, a front); 6 only the country."""
    if not incident.location:
        return 6
    if incident.geo_precision == "3":
        return 4 if incident.location == incident.admin1 else 5
    return 2 if incident.geo_precision == "2" else 1


def date_prec(days: int) -> int:
    """GED's date_prec: 1 the day; 2 a span of 2-6 days; 3 a week; 4 8-30 days; 5 longer."""
    return 1 if days == 1 else 2 if days < 7 else 3 if days == 7 else 4 if days <= 31 else 5


def _claims(rows: pd.DataFrame) -> list[Claim]:
    def number(v: str) -> int | None:
        return int(v) if v else None
    return [Claim(claim_id=r.claim_id, event_id=r.event_id, report_id=r.report_id, category=r.category,
                  low=number(r.low), high=number(r.high), phrase=r.phrase, victim=r.victim, claimant=r.claimant,
                  confirmed=r.confirmed, evidence=r.evidence, char_start=int(r.char_start), char_end=int(r.char_end),
                  claimant_surface=r.claimant_surface)
            for r in rows.itertuples(index=False)]


def _sides(incident) -> tuple[int, str, str]:
    side = layout_names().ucdp_side
    a, b = side.get(incident.actor1, ""), side.get(incident.actor2, "")
    if "Civilians" in (a, b) or incident.event_type == "Violence against civilians":
        perpetrator = a if b == "Civilians" or a != "Civilians" else b
        return ONE_SIDED, perpetrator, "Civilians"
    if b.startswith("Government of") and not a.startswith("Government of"):
        a, b = b, a  # GED: in state-based violence side_a is a government
    return (STATE_BASED if a.startswith("Government of") else NON_STATE), a, b


def ucdp_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    reports = tables["reports"]
    published = {r.report_id: day(r.published) if r.published else None for r in reports.itertuples()}
    outlet_of = {r.report_id: r.outlet or r.publisher for r in reports.itertuples()}
    title_of = {r.report_id: r.title or r.path for r in reports.itertuples()}
    killed = tables["casualties"][tables["casualties"].category == "killed"]
    side = layout_names().ucdp_side
    rows = []
    for incident in tables["incidents"].itertuples(index=False):
        if incident.event_type not in ORGANISED_VIOLENCE or not incident.killed_high or not incident.date_start:
            continue
        claims = _claims(killed[killed.event_id.isin(incident.event_ids.split(";"))])
        violence, side_a, side_b = _sides(incident)
        deaths = {"a": 0, "b": 0, "civilians": 0, "unknown": 0}
        for victim in sorted({c.victim for c in claims}):
            figures = category_figures("killed", [c for c in claims if c.victim == victim], published, outlet_of)
            whose = side.get(victim, "")
            key = ("civilians" if whose == "Civilians" else "a" if whose and whose == side_a
                   else "b" if whose and whose == side_b else "unknown")
            deaths[key] += figures.best or 0
        best = sum(deaths.values())
        days = span_days(incident)
        report_ids = split(incident.report_ids.split(";"))
        rows.append({
            "year": incident.date_start[:4], "type_of_violence": str(violence), "side_a": side_a, "side_b": side_b,
            "number_of_sources": incident.number_of_sources,
            "source_article": "; ".join(title_of[r] for r in report_ids),
            "source_original": "; ".join(dict.fromkeys(c.claimant_surface or c.claimant for c in claims)),
            "where_prec": str(where_prec(incident)), "where_description": incident.location,
            "adm_1": f"{incident.admin1} governorate" if incident.admin1 else "", "adm_2": "",
            "latitude": incident.latitude, "longitude": incident.longitude, "country": incident.country,
            "event_clarity": "1" if days < 7 else "2", "date_prec": str(date_prec(days)),
            "date_start": incident.date_start, "date_end": incident.date_end,
            "deaths_a": str(deaths["a"]), "deaths_b": str(deaths["b"]), "deaths_civilians": str(deaths["civilians"]),
            "deaths_unknown": str(deaths["unknown"]), "best": str(best),
            "high": str(max(int(incident.killed_high), best)), "low": str(min(int(incident.killed_low or 0), best)),
        })
    frame = pd.DataFrame(rows, columns=COLUMNS, dtype=str)
    frame["id"] = [str(n) for n in range(1, len(frame) + 1)]
    return spreadsheet_safe(frame, TEXT_COLUMNS)
