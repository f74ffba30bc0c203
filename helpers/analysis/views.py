"""Tables shaped from the loaded tables: what notebooks show and what charts draw (no matplotlib here).

For notebooks (no logic in notebook cells): report_overview, one row per input file;
claims_table, every claim with its sentence; trace_claim, the worked example of a number traced
to its words; distance_table, distances (geopy geodesic) from each event to the Euphrates and to
named points; cooccurrence_matrix, actors appearing in the same events.
For charts: how a claim's number reads, claims joined to their events, span events spread over
their days, casualty sizes per event, actor names, and the periods of a time axis.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from helpers.analysis.load import Tables, evidence
from helpers.codebook import taxonomy
from helpers.paths import shown


def report_overview(t: Tables) -> pd.DataFrame:
    """One row per input file: its metadata, status and what was extracted from it."""
    counts = pd.DataFrame({
        "events": t.events.groupby("report_id").size(),
        "claims": t.casualties.groupby("report_id").size(),
        "mentions": t.mentions.groupby("report_id").size(),
    })
    cols = ["report_id", "path", "outlet", "publisher", "published", "republished", "n_chars", "status", "error"]
    out = t.reports[cols].merge(counts, left_on="report_id", right_index=True, how="left")
    for c in ("events", "claims", "mentions"):
        out[c] = out[c].fillna(0).astype(int)
    for c in ("published", "republished"):
        out[c] = out[c].dt.strftime("%Y-%m-%d").fillna("")
    return out.set_index("report_id")


def claims_table(t: Tables) -> pd.DataFrame:
    """Every casualty claim with its event's date, place and type, the outlet whose report gives
    it, its phrase and its sentence."""
    ev = t.events[["event_id", "date_start", "date_end", "date_precision", "event_type", "location"]]
    out = t.casualties.merge(ev, on="event_id", how="left")
    out = out.merge(t.reports[["report_id", "outlet"]], on="report_id", how="left")
    out["dates"] = [_span_text(a, b) for a, b in zip(out["date_start"], out["date_end"])]
    out = out.sort_values(["date_start", "event_id", "claim_id"], kind="stable")
    cols = ["claim_id", "event_id", "dates", "date_precision", "location", "category", "low", "high", "phrase",
            "victim", "outlet", "claimant", "confirmed", "evidence"]
    return out[cols].set_index("claim_id")


def _span_text(a, b) -> str:
    if pd.isna(a):
        return ""
    if pd.isna(b) or a == b:
        return f"{a:%Y-%m-%d}"
    return f"{a:%Y-%m-%d} to {b:%Y-%m-%d}"


def trace_claim(t: Tables, claim_id: str | None = None) -> dict:
    """The worked example: a claim's number, its phrase and the sentence sliced from the cleaned text.

    Without claim_id, the first claim with a number (by claim_id). Returns a dict the notebook prints.
    """
    claims = t.casualties.sort_values("claim_id", kind="stable")
    if claim_id is None:
        with_number = claims[claims["low"].notna() | claims["high"].notna()]
        row = (with_number if len(with_number) else claims).iloc[0]
    else:
        row = claims.set_index("claim_id").loc[claim_id].to_dict() | {"claim_id": claim_id}
    sliced = evidence(row["report_id"], row["char_start"], row["char_end"], t.processed_dir)
    return {
        "claim_id": row["claim_id"],
        "report": row["report_id"],
        "text file": shown(Path(t.processed_dir) / "text" / f"{row['report_id']}.txt", name_outside=True),
        "offsets": f"[{int(row['char_start'])}:{int(row['char_end'])}]",
        "category": row["category"],
        "low": None if pd.isna(row["low"]) else int(row["low"]),
        "high": None if pd.isna(row["high"]) else int(row["high"]),
        "phrase": row["phrase"],
        "sliced from text": sliced,
        "table's evidence": row["evidence"],
        "same": sliced == row["evidence"],
        "phrase in sentence": row["phrase"] in sliced,
    }


def distance_table(events: pd.DataFrame, points: dict[str, tuple[float, float]] | None = None,
                   line=None, line_name: str = "Euphrates") -> pd.DataFrame:
    """Each geocoded event's geodesic distance (km) to a line (default: the Euphrates) and to named points.

    points maps a label to (lat, lon), e.g. {"Damascus": (33.51, 36.28)}, from the gazetteer geocoder.
    """
    from helpers import geo

    line = geo.euphrates_line() if line is None else line
    ev = events[events["latitude"].notna() & events["longitude"].notna()]
    out = ev[["event_id", "date_start", "event_type", "location", "admin1", "geo_precision"]].copy()
    out["date_start"] = out["date_start"].dt.strftime("%Y-%m-%d")
    out[f"km to {line_name}"] = [round(geo.distance_to_line_km(lat, lon, line), 1)
                                 for lat, lon in zip(ev["latitude"], ev["longitude"])]
    for label, point in (points or {}).items():
        out[f"km to {label}"] = [round(geo.distance_km((lat, lon), tuple(point)), 1)
                                 for lat, lon in zip(ev["latitude"], ev["longitude"])]
    return out.set_index("event_id")


# --------------------------------------------------------------------------------------------
# Claims.

def claim_number(value) -> float | None:
    """A claim's low or high as a float; None when the report gives no such bound."""
    return None if value is None or pd.isna(value) else float(value)


def claim_kind(low, high) -> str:
    """How a claim's number reads (codebook section 6): exact, range, at_least, up_to or unknown."""
    low, high = claim_number(low), claim_number(high)
    if low is None and high is None:
        return "unknown"
    if low is None:
        return "up_to"
    if high is None:
        return "at_least"
    return "exact" if low == high else "range"


def _figure_text(low, best, high) -> str:
    """'10' when the claimants agree, else 'best (low–high)'."""
    if pd.isna(best):
        return ""
    return f"{best}" if low == best == high else f"{best} ({low}–{high})"


def incident_figures_table(t: Tables) -> pd.DataFrame:
    """The incidents some claim gives a number for: how many reports tell each, per category its
    best figure with the low–high range, ACLED's fatalities and whether claimants disagree
    (the columns of incidents.csv, shown compactly)."""
    inc = t.incidents
    shown = {}
    for category, label in taxonomy().categories.items():
        values = [_figure_text(*v) for v in zip(inc[f"{category}_low"], inc[f"{category}_best"], inc[f"{category}_high"])]
        if any(values):
            shown[label] = values
    table = pd.DataFrame({"incident_id": inc.incident_id, "date_start": inc.date_start, "date_end": inc.date_end,
                          "location": inc.location, "event_type": inc.event_type, "reports": inc.number_of_sources,
                          **shown, "ACLED fatalities": inc.fatalities, "contested": inc.contested}).set_index("incident_id")
    with_figures = table[list(shown)].ne("").any(axis=1) if shown else pd.Series(False, index=table.index)
    return table[with_figures]


def claims_with_incidents(casualties: pd.DataFrame, events: pd.DataFrame,
                          incidents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every claim with its incident's id, dates, type and place (the most precise the reports
    support), and the kind of its number. A claim whose event has no incident (tables built
    without linking) stands for its own event's incident."""
    cols = ["date_start", "date_end", "date_precision", "event_type", "location", "admin1"]
    ev = events[["event_id", "incident_id", *cols]].drop_duplicates("event_id").copy()
    ev["incident_id"] = ev["incident_id"].where(ev["incident_id"] != "", ev["event_id"])
    if incidents is not None and len(incidents):
        told = is_in(ev["incident_id"], incidents["incident_id"])
        linked = ev.loc[told, ["event_id", "incident_id"]].merge(incidents[["incident_id", *cols]], on="incident_id")
        ev = pd.concat([linked, ev[~told]], ignore_index=True)
    claims = casualties.merge(ev, on="event_id", how="left")
    claims["kind"] = claim_kinds(claims["low"], claims["high"])
    return claims


def claim_kinds(low: pd.Series, high: pd.Series) -> np.ndarray:
    """claim_kind of every (low, high) pair at once: a large archive has hundreds of thousands."""
    low, high = pd.to_numeric(low).astype("float64"), pd.to_numeric(high).astype("float64")
    no_low, no_high = low.isna().to_numpy(), high.isna().to_numpy()
    return np.select([no_low & no_high, no_low, no_high, (low == high).to_numpy()],
                     ["unknown", "up_to", "at_least", "exact"], "range").astype(object)


def is_in(values: pd.Series, pool: pd.Series) -> pd.Series:
    """values.isin(pool), by a hash index of the pool: isin on Arrow-backed text takes seconds for
    a large archive's ids."""
    return pd.Series(pd.Index(pool.unique()).get_indexer(values) >= 0, index=values.index)


def incident_killed_size(incidents: pd.DataFrame) -> pd.Series:
    """Reported dead per incident, for marker sizes: its best figure killed (the claimants' lower
    median, notebook 01); 0 for an incident no report gives a number killed for."""
    return incidents["killed_best"].astype("Float64").fillna(0).astype(float).set_axis(incidents["incident_id"])


def most_deadly_per_point(incidents: pd.DataFrame, most: int) -> tuple[pd.DataFrame, int | None]:
    """At most `most` incidents in all, for a map: each point (coordinates to 3 decimals) keeps its
    incidents with the most reported dead (ties in table order), as many per point as the total
    allows. Returns them in table order, and how many a point keeps (None: all were kept)."""
    if len(incidents) <= most:
        return incidents, None
    point = incidents.groupby([incidents["latitude"].round(3), incidents["longitude"].round(3)], sort=False).ngroup()
    rank = (incidents.assign(_point=point.to_numpy(), _dead=incident_killed_size(incidents).to_numpy())
            .sort_values("_dead", ascending=False, kind="stable").groupby("_point", sort=False).cumcount())
    per_point = np.bincount(point.to_numpy())
    keep = 1  # the largest number per point that stays within `most` (one at least)
    while keep < per_point.max() and np.minimum(per_point, keep + 1).sum() <= most:
        keep += 1
    return incidents[rank.reindex(incidents.index).to_numpy() < keep], keep


def incident_other_harm(incidents: pd.DataFrame) -> pd.Series:
    """Incidents whose claims count injured, missing or detained people but no dead."""
    others = [f"{c}_best" for c in taxonomy().categories if c != "killed"]
    harm = incidents[others].notna().any(axis=1) & incidents["killed_best"].isna()
    return harm.set_axis(incidents["incident_id"])


def event_other_harm(events: pd.DataFrame, casualties: pd.DataFrame) -> pd.Series:
    """Events whose claims count injured, missing or detained people but no dead."""
    if not len(casualties):
        return pd.Series(False, index=events["event_id"])
    harm = casualties.groupby("event_id")["category"].agg(lambda c: "killed" not in set(c))
    return harm.reindex(events["event_id"]).fillna(False).astype(bool)


# --------------------------------------------------------------------------------------------
# Events over time.

def spread_events(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event and day it covers, with weight 1/days: a span event counts evenly over its days.

    Columns: event_id, day, weight, span (False for a day-precise event), plus the event's columns.
    Events without a date are left out.
    """
    ev = events[events["date_start"].notna()].copy()
    ev["date_end"] = ev["date_end"].fillna(ev["date_start"])
    ev["date_end"] = ev[["date_start", "date_end"]].max(axis=1)
    ev["n_days"] = (ev["date_end"] - ev["date_start"]).dt.days + 1
    n_days = ev["n_days"].to_numpy()
    out = ev.iloc[np.repeat(np.arange(len(ev)), n_days)].reset_index(drop=True)
    first_row = np.repeat(np.cumsum(n_days) - n_days, n_days)  # where each row's run of days begins
    out["day"] = out["date_start"] + pd.to_timedelta(np.arange(len(out)) - first_row, unit="D")
    out["weight"] = 1.0 / out["n_days"]
    out["span"] = out["n_days"] > 1
    return out


def _resolution(start: pd.Timestamp, end: pd.Timestamp) -> tuple[str, str]:
    """Resolution of a time axis: ('D', 'day') up to 3 months, ('W-MON', 'week') up to 3 years, else month."""
    days = (end - start).days + 1
    if days <= 92:
        return "D", "day"
    if days <= 3 * 366:
        return "W-MON", "week"
    return "MS", "month"


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The first day of the period (of frequency freq) each date falls in."""
    if freq == "D":
        return dates.dt.normalize()
    if freq == "W-MON":
        return (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
    return dates.dt.to_period("M").dt.start_time


def period_grid(dates: pd.Series) -> tuple[str, str, pd.DatetimeIndex]:
    """The resolution for a span of dates (freq, unit) and the start of every period it covers."""
    start, end = dates.min(), dates.max()
    freq, unit = _resolution(start, end)
    periods = pd.date_range(period_start(pd.Series([start]), freq)[0], end, freq=freq)
    return freq, unit, periods


def most_frequent(values: pd.Series, n: int) -> list:
    """The n most frequent values (ties broken by name), for legends that must stay readable."""
    counts = values.value_counts()
    order = sorted(counts.items(), key=lambda vc: (-vc[1], str(vc[0])))
    return [v for v, _ in order[:n]]


# --------------------------------------------------------------------------------------------
# Actors.

def event_actors(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event_id, actor) for actor1, assoc_actor1, actor2 and assoc_actor2 (';'-separated)."""
    rows = []
    for row in events.itertuples():
        names = set()
        for col in ("actor1", "assoc_actor1", "actor2", "assoc_actor2"):
            value = getattr(row, col, "")
            if isinstance(value, str):
                names.update(n.strip() for n in value.split(";") if n.strip())
        rows += [(row.event_id, n) for n in sorted(names)]
    return pd.DataFrame(rows, columns=["event_id", "actor"])


def actor_names(events: pd.DataFrame, casualties: pd.DataFrame | None = None) -> list[str]:
    """The actors the tables name: either side of an event or incident (with associated actors) and
    claims' victims, each once (sorted). Each distinct cell is read once: a large archive repeats
    a few hundred names in millions of cells."""
    names = {n.strip() for col in ("actor1", "assoc_actor1", "actor2", "assoc_actor2") if col in events.columns
             for value in events[col].unique() if isinstance(value, str) for n in value.split(";") if n.strip()}
    if casualties is not None:
        names.update(v for v in casualties["victim"].unique() if isinstance(v, str) and v)
    return sorted(names)


def cooccurrence_matrix(events: pd.DataFrame) -> pd.DataFrame:
    """Events in which two actors appear together (either side, or associated); the diagonal counts
    the events an actor appears in at all."""
    pairs = event_actors(events)
    if not len(pairs):
        return pd.DataFrame(dtype=int)
    onehot = pd.crosstab(pairs["event_id"], pairs["actor"]).clip(upper=1)
    matrix = onehot.T @ onehot
    order = sorted(matrix.index, key=lambda a: (-matrix.loc[a, a], a))
    return matrix.loc[order, order]
