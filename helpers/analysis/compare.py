"""Our incidents beside the events of another dataset: UCDP GED or ACLED, a release or a user's own file.

Both sides are read into one shape (a row per event: id, dates, place, coordinates, deaths
low/best/high, sides). Places without coordinates (UCDP-AEC's GED rows carry none) are geocoded
with the project's offline geocoder: the place, else its district, else its governorate, and
the column `geocoded` says which; a place found nowhere matches only a place of the same name. Two events match when their dates are within MATCH_DAYS of
each other and their places within MATCH_KM; pairs are taken closest first, one to one; a row
of theirs left over at the very place of an already matched incident of ours, on a day of its
span, joins it as a split (ACLED writes a multi-day event as one row per day).
"""
from __future__ import annotations

import math
from datetime import timedelta
from functools import cache
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.facts import Schema, note, read_rows, text
from helpers.geo import distance_km, get_geocoder
from helpers.tables.ucdp import ORGANISED_VIOLENCE

MATCH_DAYS = 1
MATCH_KM = 25.0
SPLIT_KM = 1.0  # "the same place": ACLED's rows of one multi-day event share their coordinates
COLUMNS = ["id", "date_start", "date_end", "location", "admin1", "latitude", "longitude", "geocoded",
           "low", "best", "high", "side_a", "side_b"]
LAYOUT_COLUMNS = {  # the columns that say which layout a file is in
    "acled": {"event_id_cnty", "event_date", "fatalities", "latitude", "longitude"},
    "ucdp": {"id", "side_a", "side_b", "date_start", "date_end", "best", "low", "high"},
}


@cache
def _suffixes() -> tuple[str, ...]:
    rows = read_rows(paths.LAYOUTS_DIR / "place_suffixes.csv", Schema((text("suffix"), note()), key="suffix"))
    return tuple(sorted((r["suffix"] for r in rows), key=len, reverse=True))


def bare_name(place: str) -> str:
    """'As Sukhnah town' -> 'As Sukhnah'; 'Tadmur district' -> 'Tadmur'."""
    place = " ".join(place.split())
    for suffix in _suffixes():
        if place.casefold().endswith(" " + suffix.casefold()):
            return place[: -len(suffix) - 1]
    return place


def layout_of(frame: pd.DataFrame) -> str:
    found = [name for name, needed in LAYOUT_COLUMNS.items() if needed <= set(frame.columns)]
    if not found:
        raise ValueError("not an ACLED or UCDP GED file: it needs the columns "
                         + " or ".join(", ".join(sorted(c)) for c in LAYOUT_COLUMNS.values()))
    return found[0]


def _number(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce").astype("Float64")


def _date(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="mixed")  # 2020-07-02, or ACLED's 02 July 2020


def _from_acled(raw: pd.DataFrame) -> pd.DataFrame:
    deaths = _number(raw["fatalities"])
    return pd.DataFrame({
        "id": raw["event_id_cnty"], "date_start": _date(raw["event_date"]), "date_end": _date(raw["event_date"]),
        "location": raw.get("location", ""), "admin1": raw.get("admin1", ""),
        "latitude": _number(raw["latitude"]), "longitude": _number(raw["longitude"]),
        "low": deaths, "best": deaths, "high": deaths,
        "side_a": raw.get("actor1", ""), "side_b": raw.get("actor2", ""),
    })


def _from_ucdp(raw: pd.DataFrame) -> pd.DataFrame:
    def column(name: str) -> pd.Series:
        return raw[name] if name in raw.columns else pd.Series("", index=raw.index)
    return pd.DataFrame({
        "id": raw["id"], "date_start": _date(raw["date_start"]), "date_end": _date(raw["date_end"]),
        "location": column("where_description").map(bare_name),
        "admin1": column("adm_1").map(bare_name), "district": column("adm_2").map(bare_name),
        "latitude": _number(column("latitude")), "longitude": _number(column("longitude")),
        "low": _number(raw["low"]), "best": _number(raw["best"]), "high": _number(raw["high"]),
        "side_a": raw["side_a"], "side_b": raw["side_b"],
    })


def _geocode(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill missing coordinates from the place, else the district, else the governorate."""
    geocoder = get_geocoder()
    out = frame.copy()
    out["geocoded"] = out["latitude"].notna().map({True: "given", False: ""})
    for i, row in out[out["latitude"].isna()].iterrows():
        for level, name in (("place", row["location"]), ("district", row.get("district", "")),
                            ("governorate", row["admin1"])):
            found = geocoder.geocode(name, admin1=row["admin1"] or None) if name else None
            if found is not None:
                out.loc[i, ["latitude", "longitude", "geocoded"]] = [found.latitude, found.longitude, level]
                break
        else:
            out.loc[i, "geocoded"] = "none"
    return out


def read_external(path: Path) -> pd.DataFrame:
    """Another dataset's events in the comparison's shape, coordinates filled where missing."""
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    readers = {"acled": _from_acled, "ucdp": _from_ucdp}
    events = readers[layout_of(raw)](raw)
    return _geocode(events)[COLUMNS].sort_values(["date_start", "id"], ignore_index=True)


def our_incidents(incidents: pd.DataFrame, organised_violence_only: bool = True) -> pd.DataFrame:
    """Our incidents in the comparison's shape (killed low/best/high as deaths)."""
    rows = incidents[incidents.event_type.isin(ORGANISED_VIOLENCE)] if organised_violence_only else incidents
    return pd.DataFrame({
        "id": rows.incident_id, "date_start": rows.date_start, "date_end": rows.date_end,
        "location": rows.location, "admin1": rows.admin1,
        "latitude": rows.latitude, "longitude": rows.longitude, "geocoded": "given",
        "low": rows.killed_low.astype("Float64"), "best": rows.killed_best.astype("Float64"),
        "high": rows.killed_high.astype("Float64"), "side_a": rows.actor1, "side_b": rows.actor2,
    }).reset_index(drop=True)


def _days_apart(a: pd.Series, b: pd.Series) -> int:
    """Days between two spans (0 when they overlap)."""
    if a.date_start > b.date_end:
        return (a.date_start - b.date_end).days
    if b.date_start > a.date_end:
        return (b.date_start - a.date_end).days
    return 0


def _candidates(ours: pd.DataFrame, theirs: pd.DataFrame, days: int, km: float) -> list[tuple]:
    pairs = []
    window = timedelta(days=days)
    for i, o in ours.iterrows():
        if pd.isna(o.date_start):
            continue
        near = theirs[(theirs.date_start <= o.date_end + window) & (theirs.date_end >= o.date_start - window)]
        for j, t in near.iterrows():
            if pd.isna(t.latitude) or pd.isna(o.latitude):  # no coordinates: only the same name is the same place
                same_name = bool(o.location) and str(o.location).casefold() == str(t.location).casefold()
                d = 0.0 if same_name else math.inf
            else:
                d = distance_km((o.latitude, o.longitude), (t.latitude, t.longitude))
            if d <= km:
                pairs.append((round(d, 3), _days_apart(o, t), i, j))
    return sorted(pairs)


def match(ours: pd.DataFrame, theirs: pd.DataFrame, days: int = MATCH_DAYS, km: float = MATCH_KM) -> pd.DataFrame:
    """The matched pairs: ours, theirs, km and days apart, and whether the pair is a split."""
    pairs = _candidates(ours, theirs, days, km)
    used_ours, used_theirs, rows = set(), set(), []
    for d, gap, i, j in pairs:
        if i not in used_ours and j not in used_theirs:
            used_ours.add(i)
            used_theirs.add(j)
            rows.append((i, j, d, gap, False))
    for d, gap, i, j in pairs:  # a leftover row of theirs at a matched incident's place within its span: a split
        if j not in used_theirs and i in used_ours and d <= SPLIT_KM and gap == 0 and \
                ours.loc[i, "date_start"] <= theirs.loc[j, "date_start"] <= ours.loc[i, "date_end"]:
            used_theirs.add(j)
            rows.append((i, j, d, gap, True))
    out = pd.DataFrame(rows, columns=["ours", "theirs", "km", "days_apart", "split"])
    return out.sort_values(["ours", "theirs"], ignore_index=True)


def within_their_period(ours: pd.DataFrame, theirs: pd.DataFrame, days: int = MATCH_DAYS) -> pd.DataFrame:
    """Our incidents that overlap the period the other dataset covers (give or take the match window):
    an incident of June is not missing from a July dataset."""
    window = timedelta(days=days)
    start, end = theirs["date_start"].min() - window, theirs["date_end"].max() + window
    return ours[(ours["date_end"] >= start) & (ours["date_start"] <= end)].reset_index(drop=True)


def compare(ours: pd.DataFrame, theirs: pd.DataFrame, days: int = MATCH_DAYS, km: float = MATCH_KM) -> dict:
    """Matched pairs side by side, ours only, theirs only, and the headline counts. Pass ours
    through within_their_period first when the datasets cover different periods."""
    pairs = match(ours, theirs, days, km)
    side_by_side = pd.DataFrame({
        "date": ours.loc[pairs.ours, "date_start"].dt.strftime("%Y-%m-%d").values,
        "our_place": ours.loc[pairs.ours, "location"].values, "their_place": theirs.loc[pairs.theirs, "location"].values,
        "km": pairs.km.values, "days_apart": pairs.days_apart.values,
        "our_low": ours.loc[pairs.ours, "low"].values, "our_best": ours.loc[pairs.ours, "best"].values,
        "our_high": ours.loc[pairs.ours, "high"].values,
        "their_low": theirs.loc[pairs.theirs, "low"].values, "their_best": theirs.loc[pairs.theirs, "best"].values,
        "their_high": theirs.loc[pairs.theirs, "high"].values,
        "our_id": ours.loc[pairs.ours, "id"].values, "their_id": theirs.loc[pairs.theirs, "id"].values,
    })
    ours_only = ours.drop(index=set(pairs.ours)).reset_index(drop=True)
    theirs_only = theirs.drop(index=set(pairs.theirs)).reset_index(drop=True)
    counts = pd.DataFrame({
        "events": [len(ours), len(theirs)],
        "matched": [pairs.ours.nunique(), pairs.theirs.nunique()],
        "only in this dataset": [len(ours_only), len(theirs_only)],
    }, index=["ours", "theirs"])
    return {"counts": counts, "matched": side_by_side, "ours_only": ours_only, "theirs_only": theirs_only}
