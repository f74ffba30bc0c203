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


def test_a_crowded_map_keeps_each_points_most_deadly_incidents():
    import pandas as pd
    rows = [dict(incident_id=f"I{n:03d}", latitude=lat, longitude=36.0, killed_best=dead)
            for n, (lat, dead) in enumerate([(35.0, d) for d in (1, 9, None, 5, 9)] + [(34.0, 2), (33.0, None)])]
    incidents = pd.DataFrame(rows).astype({"killed_best": "Int64"})
    kept, per_point = views.most_deadly_per_point(incidents, 5)
    assert per_point == 3  # three at the crowded point, one at each other: five markers
    assert list(kept["incident_id"]) == ["I001", "I003", "I004", "I005", "I006"]  # 9, 5, 9 dead; table order
    assert views.most_deadly_per_point(incidents, 7) == (incidents, None)


def test_claim_kinds_read_every_claim_as_claim_kind_does():
    import pandas as pd
    pairs = [(None, None), (None, 10), (3, None), (4, 4), (4, 9)]
    low, high = (pd.Series([p[i] for p in pairs], dtype="Int64") for i in (0, 1))
    assert list(views.claim_kinds(low, high)) == [views.claim_kind(lo, hi) for lo, hi in pairs]
