"""The tables the notebooks show, shaped from the loaded tables (no logic in notebook cells).

report_overview: one row per input file; claims_table: every claim with its sentence;
trace_claim: the worked example of a number traced to its words; distance_table: distances
(geopy geodesic) from each event to the Euphrates and to named points.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.analysis.load import Tables, evidence, rel

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
    """Every casualty claim with its event's date, place and type, its phrase and its sentence."""
    ev = t.events[["event_id", "date_start", "date_end", "date_precision", "event_type", "location"]]
    out = t.casualties.merge(ev, on="event_id", how="left")
    out["dates"] = [_span_text(a, b) for a, b in zip(out["date_start"], out["date_end"])]
    out = out.sort_values(["date_start", "event_id", "claim_id"], kind="stable")
    cols = ["claim_id", "event_id", "dates", "date_precision", "location", "category", "low", "high", "phrase",
            "victim", "claimant", "confirmed", "evidence"]
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
        "text file": rel(Path(t.processed_dir) / "text" / f"{row['report_id']}.txt"),
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
