"""Comparing our incidents with another dataset: reading ACLED and UCDP files, geocoding, matching,
and a round trip (our ACLED export read back matches our incidents one for one)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.analysis.compare import compare, layout_of, our_incidents, read_external, within_their_period
from helpers.analysis.load import Tables, load_tables
from helpers.tables.acled import acled_rows
from helpers.tables.build import build
from helpers.tables.layouts import read_tables, write_csv
from tests.conftest import FIXTURES

EXTERNAL = FIXTURES / "external"


def incident(incident_id, start, end, location, lat, lon, killed=None, event_type="Battles"):
    return dict(incident_id=incident_id, date_start=start, date_end=end, date_precision="day", event_type=event_type,
                location=location, latitude=lat, longitude=lon, killed_low=killed, killed_best=killed,
                killed_high=killed, actor1="Islamic State", actor2="Syrian Arab Army", number_of_sources=1)


OURS = Tables.from_frames(incidents=[
    incident("I1", "2020-07-02", "2020-07-02", "As Sukhnah", 34.88533, 38.8711, killed=3),
    incident("I2", "2020-07-05", "2020-07-05", "Kansafra", 35.65935, 36.48547),
    incident("I3", "2020-07-07", "2020-07-07", "Palmyra", 34.55, 38.27),  # two days before UCDP's Tadmur event
    incident("I4", "2020-08-15", "2020-08-15", "Palmyra", 34.55, 38.27),  # outside the period UCDP's file covers
    incident("I5", "2020-07-05", "2020-07-05", "Kansafra", 35.65935, 36.48547, event_type="Protests"),
]).incidents


def test_the_layout_is_told_by_the_columns():
    assert layout_of(pd.read_csv(EXTERNAL / "ucdp_invented.csv", dtype=str)) == "ucdp"
    assert layout_of(pd.read_csv(EXTERNAL / "acled_invented.csv", dtype=str)) == "acled"
    with pytest.raises(ValueError, match="not an ACLED or UCDP GED file"):
        layout_of(pd.DataFrame(columns=["date", "place"]))


def test_ucdp_places_are_geocoded_from_the_place_else_the_district():
    theirs = read_external(EXTERNAL / "ucdp_invented.csv").set_index("id")
    assert theirs.loc["900001", "location"] == "As Sukhnah"  # "As Sukhnah town": the kind word dropped
    assert theirs.loc["900001", "geocoded"] == "place"
    assert theirs.loc["900001", "latitude"] == pytest.approx(34.885, abs=0.01)
    assert theirs.loc["900003", "geocoded"] == "district"  # the village is not in the gazetteer; Al Mayadin is
    assert str(theirs.loc["900001", "date_start"].date()) == "2020-07-02"


def test_acled_dates_and_coordinates_are_read_as_given():
    theirs = read_external(EXTERNAL / "acled_invented.csv").set_index("id")
    assert str(theirs.loc["SYR90001", "date_start"].date()) == "2020-07-02"  # "02 July 2020"
    assert theirs.loc["SYR90001", "geocoded"] == "given" and theirs.loc["SYR90001", "best"] == 4


def test_events_match_within_a_day_and_25_km_one_to_one():
    theirs = read_external(EXTERNAL / "ucdp_invented.csv")
    ours = within_their_period(our_incidents(OURS), theirs)
    assert set(ours["id"]) == {"I1", "I2", "I3"}  # no protest, nothing from August
    result = compare(ours, theirs)
    matched = dict(zip(result["matched"]["our_id"], result["matched"]["their_id"]))
    assert matched == {"I1": "900001", "I2": "900002"}
    assert set(result["theirs_only"]["id"]) == {"900003", "900004"}
    assert set(result["ours_only"]["id"]) == {"I3"}
    sukhnah = result["matched"].set_index("our_id").loc["I1"]
    assert (sukhnah.our_best, sukhnah.their_low, sukhnah.their_best, sukhnah.their_high) == (3, 4, 4, 6)
    assert result["counts"].loc["ours", "matched"] == 2 and result["counts"].loc["theirs", "only in this dataset"] == 2


def test_our_acled_export_read_back_matches_itself_fully(tmp_path):
    build(FIXTURES / "linking" / "reports", tmp_path / "tables", quiet=True)
    write_csv(acled_rows(read_tables(tmp_path / "tables")), tmp_path / "acled.csv")
    ours = our_incidents(load_tables(tmp_path / "tables").incidents, organised_violence_only=False)
    theirs = read_external(tmp_path / "acled.csv")
    result = compare(ours, theirs)
    assert len(ours) > 10 and len(theirs) >= len(ours)
    assert result["ours_only"].empty and result["theirs_only"].empty
    assert (result["matched"]["km"] == 0).all()
