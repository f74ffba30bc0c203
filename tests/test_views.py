"""The tables the notebooks show (helpers/views.py), on small hand-made tables (tests/test_load.py)."""
import os

import pytest

from helpers.analysis import views
from helpers.paths import GEO_DIR


def test_trace_claim_is_the_worked_example(t):
    example = views.trace_claim(t)
    assert example["same"] and example["phrase in sentence"]
    assert example["low"] is None and example["high"] == 10
    assert not os.path.isabs(example["text file"])


def test_views(t):
    overview = views.report_overview(t)
    assert overview.loc["r1", ["events", "claims", "mentions"]].tolist() == [2, 1, 1]
    assert overview.loc["r2", "status"] == "skipped" and overview.loc["r2", "events"] == 0
    assert overview.loc["r1", "published"] == "2020-07-03"
    claims = views.claims_table(t)
    assert claims.loc["r1-C1", "dates"] == "2020-07-02"
    assert claims.loc["r1-C1", "phrase"] == "up to 10"


@pytest.mark.skipif(not (GEO_DIR / "syria_euphrates.geojson").exists(), reason="data/geo not there")
def test_distance_table_in_km(t):
    table = views.distance_table(t.events, points={"here": (34.73, 36.71)})
    assert list(table.index) == ["r1-E1"]  # the event without coordinates is left out
    assert table.loc["r1-E1", "km to here"] == 0
    assert 100 < table.loc["r1-E1", "km to Euphrates"] < 400
