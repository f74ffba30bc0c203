"""The notebooks' loader: typed tables, staleness check, evidence slicing, views."""
from __future__ import annotations

import os
import types

import matplotlib
import pandas as pd
import pytest

from helpers.analysis import load
from tests.conftest import write_processed
from helpers.paths import PROJ_ROOT
from helpers.tables.schema import TABLES

def test_tables_are_typed(t):
    assert isinstance(t, load.Tables)
    with pytest.raises(AttributeError):
        t.events = None  # frozen
    assert str(t.events["date_start"].dtype).startswith("datetime64")
    assert str(t.reports["published"].dtype).startswith("datetime64")
    assert str(t.mentions["date"].dtype).startswith("datetime64")
    assert str(t.casualties["low"].dtype) == "Int64" and str(t.casualties["high"].dtype) == "Int64"
    assert t.casualties.loc[0, "high"] == 10 and pd.isna(t.casualties.loc[0, "low"])
    assert t.events["latitude"].dtype == "float64" and pd.isna(t.events.loc[1, "latitude"])
    assert str(t.events["geo_precision"].dtype) == "Int64"
    assert t.events.loc[1, "admin1"] == ""  # empty text is '', not NaN
    assert list(t.events.columns[:3]) == ["event_id", "report_id", "date_start"]


def test_missing_tables_read_as_empty_with_their_columns(tmp_path):
    t = load.load_tables(tmp_path)
    assert len(t.events) == 0 and "date_precision" in t.events.columns
    assert list(t.mentions.columns) == list(TABLES["actor_mentions"].columns)


def test_extra_columns_are_kept(processed):
    events = pd.read_csv(processed / "events.csv", dtype=str, keep_default_na=False)
    events["incident_id"] = ["I1", ""]
    events.to_csv(processed / "events.csv", index=False)
    t = load.load_tables(processed)
    assert list(t.events["incident_id"]) == ["I1", ""]



def test_a_hand_edited_table_reads_as_pandas_reads_it(tmp_path):
    """A table saved by a spreadsheet (a byte-order mark, a note column, a count written 7.0, a
    word where a number goes, a sentence over two lines) loads with the values pandas gives it."""
    text = ("\ufeffclaim_id,event_id,report_id,category,low,high,phrase,evidence,note\n"
            'c1,e1,r1,killed,7.0,,"at least 7","Seven were killed\nin Sarmin.",007\n'
            "c2,e1,r1,injured,n/a,3,up to 3,Three were hurt.,\n")
    (tmp_path / "casualties.csv").write_text(text, encoding="utf-8")
    got = load.read_table("casualties", tmp_path)
    expected = load._typed(pd.read_csv(tmp_path / "casualties.csv", dtype=str, keep_default_na=False, encoding="utf-8"),
                           "casualties")
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got.loc[0, "low"] == 7 and pd.isna(got.loc[1, "low"]) and got.loc[1, "high"] == 3
    assert got.loc[0, "evidence"] == "Seven were killed\nin Sarmin." and got.loc[0, "note"] == "007"

def test_evidence_slices_the_cleaned_text_by_offsets(t, processed):
    claim = t.casualties.iloc[0]
    sliced = load.evidence(claim.report_id, claim.char_start, claim.char_end, processed)
    assert sliced == claim.evidence
    event = t.events.iloc[0]  # after a \r\n, which must not be translated
    assert load.evidence("r1", event.char_start, event.char_end, processed) == "On July 2, ISIS attacked."


def test_repr_is_short_and_has_no_absolute_path(t):
    assert str(PROJ_ROOT) not in repr(load.load_tables())
    assert repr(t).startswith("Tables(") and "events" in repr(t)


# --- ensure_built --------------------------------------------------------------------------

@pytest.fixture
def fake_build(monkeypatch):
    """Replace helpers.build.build with a recorder that writes the tables."""
    calls = []

    def build(reports_dir=None, out_dir=None, *, quiet=False, **kwargs):
        calls.append(dict(reports_dir=reports_dir, out_dir=out_dir, quiet=quiet))
        write_processed(out_dir)

    try:
        import helpers.tables.build as module
    except ImportError:  # the engine not written yet: stand in for it
        module = types.ModuleType("helpers.build")
        monkeypatch.setitem(__import__("sys").modules, "helpers.build", module)
    monkeypatch.setattr(module, "build", build, raising=False)
    return calls


def touch(path, mtime):
    os.utime(path, (mtime, mtime))


def test_ensure_built_builds_when_tables_are_missing(tmp_path, fake_build, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("report")
    out = tmp_path / "processed"
    assert load.ensure_built(reports_dir=reports, processed_dir=out) is True
    assert fake_build == [dict(reports_dir=reports, out_dir=out, quiet=True)]
    assert (out / "events.csv").exists()
    assert len(capsys.readouterr().out.strip().splitlines()) == 1


def test_ensure_built_rebuilds_only_when_a_report_is_newer(tmp_path, processed, fake_build, capsys):
    reports = tmp_path / "reports"
    (reports / "sub").mkdir(parents=True)
    report = reports / "sub" / "a.txt"
    report.write_text("report")
    for f in processed.glob("*.csv"):
        touch(f, 2_000_000_000)
    touch(report, 1_000_000_000)
    assert load.ensure_built(reports_dir=reports, processed_dir=processed) is False
    assert fake_build == []
    quiet_line = capsys.readouterr().out

    touch(report, 2_100_000_000)  # a report edited after the build
    assert load.is_stale(reports, processed)
    assert load.ensure_built(reports_dir=reports, processed_dir=processed) is True
    assert len(fake_build) == 1
    # the line is the same either way, so stored notebook outputs do not depend on it
    assert capsys.readouterr().out == quiet_line
    assert quiet_line.count("\n") == 1
    assert "2 reports (1 ok), 2 events in 2 incidents, 1 casualty claims, 1 actor mentions" in quiet_line


def test_summary_line_has_relative_paths_only():
    line = load.summary_line()
    assert line.startswith("Tables in data/processed (from data/reports):")
    assert str(PROJ_ROOT) not in line


# --- notebook set-up ----------------------------------------------------------------------

def test_setup_notebook_sets_display_options_and_chart_style():
    load.setup_notebook()
    assert pd.get_option("display.max_columns") == load.DISPLAY_OPTIONS["display.max_columns"]
    assert pd.get_option("display.float_format")(1.234) == "1.23"
    assert matplotlib.rcParams["axes.spines.top"] is False
