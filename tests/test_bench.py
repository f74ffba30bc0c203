"""The bench's report generator: repeatable, distinct files in every format, that the engine reads."""
import hashlib

import pandas as pd
import pytest

from bench.generate import generate
from helpers.tables.build import build

COUNT = 30


def _digests(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    generate(folder, COUNT, seed=3)
    return folder


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_ones(archive, tmp_path):
    generate(tmp_path / "again", COUNT, seed=3)
    generate(tmp_path / "other", COUNT, seed=4)
    assert _digests(tmp_path / "again") == _digests(archive)
    assert set(_digests(tmp_path / "other").values()).isdisjoint(_digests(archive).values())


def test_the_requested_count_of_distinct_files_in_every_format(archive):
    digests = _digests(archive)
    assert len(digests) == COUNT and len(set(digests.values())) == COUNT
    assert {p.suffix for p in archive.rglob("*.*")} == {".txt", ".md", ".html"}


def test_the_engine_reads_every_generated_report_and_finds_events_in_most(archive, tmp_path):
    summary = build(archive, tmp_path / "tables", quiet=True)
    reports = pd.read_csv(tmp_path / "tables" / "reports.csv", dtype=str, keep_default_na=False)
    assert summary.files == COUNT
    assert set(reports.status) <= {"ok", "no_events"}, reports[["path", "status", "error"]]
    assert (reports.status == "ok").sum() >= 0.8 * COUNT
    assert summary.events >= COUNT and summary.claims > 0


def test_replicated_tables_are_distinct_reports_on_shifted_days(archive, tmp_path):
    from bench.replicate import replicate
    from helpers.analysis.load import load_tables

    build(archive, tmp_path / "tables", quiet=True)
    one, three = load_tables(tmp_path / "tables"), load_tables(replicate(tmp_path / "tables", tmp_path / "x3", 3))
    for name in ("reports", "events", "casualties", "mentions", "incidents"):
        assert len(getattr(three, name)) == 3 * len(getattr(one, name))
    assert three.events["event_id"].is_unique and three.incidents["incident_id"].is_unique
    assert set(three.events["incident_id"]) == set(three.incidents["incident_id"])
    told = {e for ids in three.incidents["event_ids"] for e in ids.split(";")}
    assert told == set(three.events["event_id"])
    assert three.events["date_start"].max() == one.events["date_start"].max() + pd.Timedelta(days=2)
