"""ACLED and UCDP GED exports: their column names, codes, row rules and death counts, on hand-made tables."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from helpers.codebook import taxonomy
from helpers.extract.lexicon import actor_names
from helpers.tables import acled, ucdp
from helpers.tables.build import build
from helpers.tables.layouts import layout_names, read_tables
from helpers.tables.schema import TABLES

REPORTS = [dict(report_id="r1", path="a.txt", title="Attack near Sarmin", outlet="Levant Wire", published="2022-09-11"),
           dict(report_id="r2", path="b.txt", title="Daily toll", outlet="", publisher="Monitor", published="2022-09-12")]


def incident(incident_id, start, end, **kw):
    row = dict(incident_id=incident_id, date_start=start, date_end=end, event_type="Explosions/Remote violence",
               sub_event_type="Shelling/artillery/missile attack", actor1="Syrian Arab Army", actor2="Civilians",
               location="Sarmin", admin1="Idlib", country="Syria", latitude="35.90403", longitude="36.72501",
               geo_precision="1", number_of_sources="2", report_ids="r1;r2", event_ids=f"r1-{incident_id};r2-{incident_id}",
               contested="no")
    row.update(kw)
    return row


def event(event_id, report_id, evidence="Regime shelling hit Sarmin."):
    return dict(event_id=event_id, report_id=report_id, evidence=evidence)


def claim(event_id, report_id, low, high, victim, claimant, category="killed"):
    return dict(claim_id=f"{event_id}-{victim}-{claimant}", event_id=event_id, report_id=report_id, category=category,
                low=low, high=high, victim=victim, claimant=claimant, char_start="0", char_end="1")


def tables(incidents, claims=()):
    events = [event(e, e.split("-")[0]) for i in incidents for e in i["event_ids"].split(";")]
    rows = {"reports": REPORTS, "events": events, "casualties": list(claims), "actor_mentions": [],
            "incidents": incidents}
    return {name: pd.DataFrame(rows[name], columns=list(t.columns), dtype=str).fillna("")
            for name, t in TABLES.items()}


# --- ACLED -------------------------------------------------------------------------------------

def test_acled_columns_are_acleds_own():
    out = acled.acled_rows(tables([incident("a", "2022-09-10", "2022-09-10", fatalities="3")]))
    assert list(out.columns) == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
                                 "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
                                 "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
                                 "source_scale", "notes", "fatalities", "tags", "timestamp"]
    row = out.iloc[0]
    assert (row.event_id_cnty, row.event_date, row.year, row.time_precision) == ("SYR1", "2022-09-10", "2022", "1")
    assert (row.actor1, row.inter1, row.actor2, row.inter2, row.interaction) == (
        "Military Forces of Syria (2000-)", "1", "Civilians (Syria)", "7", "17")
    assert (row.civilian_targeting, row.disorder_type, row.iso, row.region) == (
        "Civilian targeting", "Political violence", "760", "Middle East")
    assert row.source == "Levant Wire; Monitor" and row.fatalities == "3"
    assert row.notes.startswith("Regime shelling hit Sarmin. [a: 2 reports]")
    assert row.timestamp == "1662940800"  # the latest report's date (2022-09-12) at midnight UTC: no clock in outputs


def test_a_stated_span_of_days_is_one_row_per_day_with_fatalities_split():
    out = acled.acled_rows(tables([incident("a", "2022-09-09", "2022-09-11", fatalities="7")]))
    assert list(out.event_date) == ["2022-09-09", "2022-09-10", "2022-09-11"]
    assert list(out.fatalities) == ["3", "2", "2"] and set(out.time_precision) == {"1"}
    assert all("Fatalities: 7 over 3 days, split 3/2/2." in n for n in out.notes)


@pytest.mark.parametrize("start, end, day, precision", [
    ("2022-09-05", "2022-09-11", "2022-09-08", "2"),  # a week (an undated report): its middle day, week precision
    ("2022-08-01", "2022-08-31", "2022-08-16", "3"),  # "last month": its middle day, month precision
])
def test_an_imprecise_span_is_one_row_at_its_middle(start, end, day, precision):
    out = acled.acled_rows(tables([incident("a", start, end, fatalities="4")]))
    assert list(out.event_date) == [day] and list(out.time_precision) == [precision] and list(out.fatalities) == ["4"]


def test_a_sole_actor_interaction_and_an_actor_outside_syria():
    out = acled.acled_rows(tables([incident("a", "2022-09-10", "2022-09-10", actor1="Islamic State", actor2="",
                                            event_type="Strategic developments", sub_event_type="Other",
                                            country="Iraq", location="Sinjar, Iraq", admin1="")]))
    row = out.iloc[0]
    assert (row.interaction, row.iso, row.event_id_cnty, row.disorder_type) == ("20", "368", "IRQ1",
                                                                                 "Strategic developments")


def test_cells_a_spreadsheet_would_run_are_written_as_text():
    out = acled.acled_rows(tables([incident("a", "2022-09-10", "2022-09-10", location="=HYPERLINK(\"x\")")]))
    assert out.iloc[0].location == "'=HYPERLINK(\"x\")"


def test_every_actor_and_type_has_a_name_in_both_layouts():
    names = layout_names()
    assert set(actor_names()) <= set(names.acled_actor)
    assert set(taxonomy().disorder_types) == {s for subs in taxonomy().sub_event_types.values() for s in subs}


# --- UCDP --------------------------------------------------------------------------------------

def test_ucdp_columns_sides_and_deaths():
    battle = incident("b", "2022-09-10", "2022-09-10", event_type="Battles", sub_event_type="Armed clash",
                      actor1="Islamic State", actor2="Syrian Arab Army", killed_low="3", killed_best="5",
                      killed_high="9", event_ids="r1-b;r2-b")
    claims = [claim("r1-b", "r1", "5", "5", "Syrian Arab Army", "SOHR"),
              claim("r2-b", "r2", "3", "3", "Syrian Arab Army", "Syrian Arab Army"),
              claim("r2-b", "r2", "9", "9", "Islamic State", "Syrian Arab Army")]
    out = ucdp.ucdp_rows(tables([battle], claims))
    assert list(out.columns) == ["id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources",
                                 "source_article", "source_original", "where_prec", "where_description", "adm_1",
                                 "adm_2", "latitude", "longitude", "country", "event_clarity", "date_prec",
                                 "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
                                 "deaths_unknown", "best", "high", "low"]
    row = out.iloc[0]
    # state-based: the government is side_a even when the report names ISIS first
    assert (row.type_of_violence, row.side_a, row.side_b) == ("1", "Government of Syria", "IS")
    # soldiers: SOHR 5, the army 3 -> best 3 (the lower of two); ISIS: 9
    assert (row.deaths_a, row.deaths_b, row.deaths_civilians, row.deaths_unknown, row.best) == ("3", "9", "0", "0", "12")
    assert (row.where_prec, row.date_prec, row.event_clarity, row.adm_1) == ("1", "1", "1", "Idlib governorate")
    assert row.source_original == "SOHR; Syrian Arab Army"


def test_ucdp_one_sided_violence_and_what_ged_leaves_out():
    shelling = incident("a", "2022-09-05", "2022-09-11", killed_low="2", killed_best="2", killed_high="2",
                        geo_precision="3", location="southern Idlib countryside")
    no_deaths = incident("c", "2022-09-10", "2022-09-10", event_ids="r1-c")
    protest = incident("p", "2022-09-10", "2022-09-10", event_type="Protests", sub_event_type="Peaceful protest",
                       actor1="Protesters", actor2="", killed_high="1", event_ids="r1-p")
    out = ucdp.ucdp_rows(tables([shelling, no_deaths, protest], [claim("r1-a", "r1", "2", "2", "Civilians", "SOHR")]))
    assert list(out.id) == ["1"]  # organised violence with a death only
    row = out.iloc[0]
    assert (row.type_of_violence, row.side_a, row.side_b, row.deaths_civilians) == ("3", "Government of Syria",
                                                                                    "Civilians", "2")
    assert (row.where_prec, row.date_prec, row.event_clarity) == ("5", "3", "2")  # a region; a week


# --- command line ------------------------------------------------------------------------------

def test_export_command_writes_the_file_and_fails_clearly_without_tables(tmp_path):
    tables_dir = tmp_path / "tables"
    tables_dir.mkdir()
    for name, frame in tables([incident("a", "2022-09-10", "2022-09-10", fatalities="1")]).items():
        frame.to_csv(tables_dir / TABLES[name].file, index=False)
    done = subprocess.run([sys.executable, "-m", "helpers", "export", "--format", "acled", "--tables", str(tables_dir),
                           "--out", str(tmp_path / "out.csv")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "wrote 1 rows in ACLED's layout" in done.stdout
    assert pd.read_csv(tmp_path / "out.csv").loc[0, "fatalities"] == 1
    missing = subprocess.run([sys.executable, "-m", "helpers", "export", "--format", "ucdp", "--tables",
                              str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert missing.returncode == 2 and "build the tables first" in missing.stderr


def test_a_report_sentence_that_looks_like_a_formula_stays_exact_in_the_tables_and_inert_in_exports(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    sentence = ('=HYPERLINK("http://evil.example","details") Regime forces shelled the town of Sarmin on Tuesday, '
                "killing two civilians.")
    (reports / "r.txt").write_text(f"Shelling on Sarmin\n\nSeptember 14, 2022\n\n{sentence}\n", encoding="utf-8")
    build(reports, tmp_path / "tables", quiet=True)
    events = pd.read_csv(tmp_path / "tables" / "events.csv", dtype=str)
    assert events.evidence.iloc[0] == sentence  # the tables keep the exact words and offsets
    exported = acled.acled_rows(read_tables(tmp_path / "tables"))
    assert exported.notes.iloc[0].startswith("'=HYPERLINK(")
    assert not any(str(v).startswith(("=", "+", "-", "@")) for v in exported.to_numpy().ravel())
