"""The build engine: parallel = serial, incremental rebuilds, Dask = serial with Parquet, and faults
that cost one report, never the build."""
import os
import shutil
import sqlite3
import time
from contextlib import closing

import pandas as pd
import pytest

from helpers import paths
from helpers.ingest import read_folder
from helpers.tables import task as task_module
from helpers.tables.build import build
from helpers.tables.schema import TABLES
from tests.conftest import FIXTURES

TABLE_FILES = [table.file for table in TABLES.values()]
FOLDERS = [paths.REPORTS_DIR, FIXTURES / "reports", FIXTURES / "outlets" / "reports", FIXTURES / "blind" / "reports",
           FIXTURES / "final" / "reports", FIXTURES / "heldout" / "reports"]


def _files(out):
    """Every file a build wrote (tables and texts) -> its bytes."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _table(out, name):
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def _report_count(folder):
    """The folder's reports: its text files but the ones data/ingest/ignore.csv names (SOURCES.md)."""
    return sum(p.suffix in (".txt", ".md", ".html") and p.name != "SOURCES.md" for p in folder.iterdir())


def _copy_reports(tmp_path, source=paths.REPORTS_DIR):
    folder = tmp_path / "reports"
    shutil.copytree(source, folder)
    return folder


# --------------------------------------------------------------------------------------------
# Parallel = serial.

@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.relative_to(paths.PROJ_ROOT).as_posix())
def test_parallel_tables_are_byte_identical_to_serial_ones(tmp_path, folder):
    build(folder, tmp_path / "serial", jobs=1, quiet=True)
    build(folder, tmp_path / "parallel", jobs=2, quiet=True)
    assert _files(tmp_path / "serial") == _files(tmp_path / "parallel")


def test_duplicates_are_judged_in_walk_order_whichever_worker_reads_them(tmp_path):
    """A file and its copies land in different chunks of the pool: the first in walk order (names
    sorted, a folder entered where its name sorts) is the original, as read_folder says."""
    folder = tmp_path / "reports"
    folder.mkdir()
    seed = (paths.REPORTS_DIR / "000_4332192d60249b63.txt").read_bytes()
    for i in range(30):
        (folder / f"{i:02d}.txt").write_bytes(seed if i % 10 == 5 else seed + f"\nfiller {i}\n".encode())
    (folder / "05").mkdir()  # walked before 05.txt ("05" < "05.txt"), though "05.txt" < "05/copy.txt"
    (folder / "05" / "copy.txt").write_bytes(seed)
    summary = build(folder, tmp_path / "parallel", jobs=2, quiet=True)
    build(folder, tmp_path / "serial", jobs=1, quiet=True)
    assert _files(tmp_path / "serial") == _files(tmp_path / "parallel")
    reports = _table(tmp_path / "parallel", "reports").set_index("path")
    assert reports.loc["05/copy.txt", "status"] != "duplicate"
    for copy in ("05.txt", "15.txt", "25.txt"):
        assert reports.loc[copy, "status"] == "duplicate" and reports.loc[copy, "error"] == "same content as 05/copy.txt"
    assert summary.statuses["duplicate"] == 3
    assert {r.path: r.status for r in read_folder(folder)} == dict(zip(reports.index, reports.status))


# --------------------------------------------------------------------------------------------
# Incremental.

def test_a_rebuild_extracts_only_what_changed(tmp_path):
    folder = _copy_reports(tmp_path)
    cache = tmp_path / "cache"
    n = _report_count(folder)
    first = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (first.extracted, first.from_cache) == (n, 0)
    assert f"{n} extracted, 0 from the cache" in first.line()

    again = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (again.extracted, again.from_cache) == (0, n)
    build(folder, tmp_path / "fresh", quiet=True)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")

    seed = folder / "000_4332192d60249b63.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Idlib", "Homs"), encoding="utf-8")
    edited = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (edited.extracted, edited.from_cache) == (1, n - 1)
    rows = _table(tmp_path / "out", "events")
    assert "Homs" in set(rows.admin1) | set(rows.location)
    build(folder, tmp_path / "fresh", quiet=True)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")

    old_id = _table(tmp_path / "out", "reports").set_index("path").loc["000_4332192d60249b63.txt", "report_id"]
    seed.unlink()
    deleted = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (deleted.extracted, deleted.from_cache) == (0, n - 1)
    for name in ("reports", "events", "casualties", "actor_mentions"):
        assert old_id not in set(_table(tmp_path / "out", name).report_id)

    new_rules = build(folder, tmp_path / "out", cache_dir=cache, rules="v2", quiet=True)
    assert (new_rules.extracted, new_rules.from_cache) == (n - 1, 0)
    assert [p.name for p in cache.iterdir()] == ["v2"]  # the old rules' entries are gone


def test_a_rebuild_with_nothing_changed_keeps_the_tables_it_finds(tmp_path):
    folder, cache, out = _copy_reports(tmp_path), tmp_path / "cache", tmp_path / "out"
    first = build(folder, out, cache_dir=cache, rules="v1", quiet=True)
    assert not first.kept
    written = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = build(folder, out, cache_dir=cache, rules="v1", quiet=True)
    assert again.kept and "nothing changed, tables kept" in again.line()
    assert (again.events, again.incidents, again.claims, again.mentions) == \
        (first.events, first.incidents, first.claims, first.mentions)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == written  # not one file rewritten

    (out / "incidents.csv").write_text("edited by hand\n", encoding="utf-8")  # tables not as written: build them
    repaired = build(folder, out, cache_dir=cache, rules="v1", quiet=True)
    assert not repaired.kept
    build(folder, tmp_path / "fresh", quiet=True)
    assert _files(out) == _files(tmp_path / "fresh")
    assert not build(folder, tmp_path / "elsewhere", cache_dir=cache, rules="v1", quiet=True).kept
    assert not build(folder, out, cache_dir=cache, rules="v1", parquet=True, quiet=True).kept  # other options


def test_the_rules_version_follows_every_data_file_extraction_reads(tmp_path, monkeypatch):
    from helpers.tables.cache import rules_version

    before = rules_version()
    for name in ("LEXICON_DIR", "GEO_DIR", "INGEST_DIR", "CODEBOOK_DIR"):
        copy = tmp_path / name
        shutil.copytree(getattr(paths, name), copy)
        monkeypatch.setattr(paths, name, copy)
        assert rules_version() == before  # a copy is the same rules
        some_csv = sorted(copy.rglob("*.csv"))[0]
        some_csv.write_bytes(some_csv.read_bytes() + b"\n")
        assert rules_version() != before, name
        some_csv.write_bytes(some_csv.read_bytes()[:-1])


def test_the_rules_version_follows_the_extraction_code(monkeypatch, tmp_path):
    from helpers.tables import cache

    before = cache.rules_version()
    package = tmp_path / "helpers"
    shutil.copytree(cache._PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", package)
    assert cache.rules_version() == before
    rule = package / "extract" / "claims.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    assert cache.rules_version() != before


def test_a_corrupt_cache_entry_is_recomputed(tmp_path):
    folder = _copy_reports(tmp_path)
    cache = tmp_path / "cache"
    build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    with closing(sqlite3.connect(cache / "v1" / "extractions.sqlite")) as db, db:
        (first, entry), (second, _) = db.execute("SELECT key, extraction FROM entries ORDER BY key LIMIT 2")
        db.execute("UPDATE entries SET extraction = ? WHERE key = ?", (b"not a pickle", first))
        db.execute("UPDATE entries SET extraction = ? WHERE key = ?", (entry[:40], second))
    n = _report_count(folder)
    again = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (again.extracted, again.from_cache) == (2, n - 2)
    build(folder, tmp_path / "fresh", quiet=True)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")


def test_a_damaged_cache_database_costs_one_build_s_speed_only(tmp_path):
    folder, cache = _copy_reports(tmp_path), tmp_path / "cache"
    n = _report_count(folder)
    (cache / "v1").mkdir(parents=True)
    (cache / "v1" / "extractions.sqlite").write_bytes(b"not a database, and not empty either" * 100)
    damaged = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (damaged.extracted, damaged.from_cache) == (n, 0)
    again = build(folder, tmp_path / "out", cache_dir=cache, rules="v1", quiet=True)
    assert (again.extracted, again.from_cache) == (0, n)
    build(folder, tmp_path / "fresh", quiet=True)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")


def test_the_command_line_caches_unless_told_not_to(tmp_path, monkeypatch, capsys):
    from helpers import __main__ as cli

    monkeypatch.setattr(paths, "EXTRACTIONS_CACHE_DIR", tmp_path / "cache")
    folder = FIXTURES / "reports"
    assert cli.main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert cli.main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert cli.main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 0
    first, second, uncached = capsys.readouterr().out.splitlines()
    assert "8 extracted, 0 from the cache" in first and "0 extracted, 8 from the cache" in second
    assert "from the cache" not in uncached


# --------------------------------------------------------------------------------------------
# Dask.

def test_dask_tables_equal_the_serial_ones_and_parquet_reads_back_equal(tmp_path):
    distributed = pytest.importorskip("distributed")
    from helpers.analysis.load import load_tables

    build(paths.REPORTS_DIR, tmp_path / "serial", jobs=1, quiet=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        build(paths.REPORTS_DIR, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, quiet=True)
    serial, on_dask = _files(tmp_path / "serial"), _files(tmp_path / "dask")
    assert {k: v for k, v in on_dask.items() if not k.startswith("parquet/")} == serial
    for name, table in TABLES.items():
        assert (tmp_path / "dask" / table.parquet_dir / "part-00000.parquet").is_file()
        from_parquet = pd.read_parquet(tmp_path / "dask" / table.parquet_dir)
        pd.testing.assert_frame_equal(from_parquet, _table(tmp_path / "serial", name))
    # The loader reads Parquet when present (here without the CSVs, so it must) and types it
    # exactly as it types the CSVs.
    for table in TABLES.values():
        (tmp_path / "dask" / table.file).unlink()
    loaded = load_tables(tmp_path / "dask")
    from_csv = load_tables(tmp_path / "serial")
    for frame, expected in ((loaded.reports, from_csv.reports), (loaded.events, from_csv.events),
                            (loaded.casualties, from_csv.casualties), (loaded.mentions, from_csv.mentions)):
        assert len(frame) > 0
        pd.testing.assert_frame_equal(frame, expected)


def test_the_time_limit_holds_on_dask_whose_worker_threads_no_signal_reaches(tmp_path):
    """Dask runs each report in a worker thread, where SIGALRM cannot stop it: the deadline the
    extractor checks between its steps must. A limit no report can meet stops every one of them."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = build(paths.REPORTS_DIR, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address,
                        timeout=1e-6, quiet=True)
    listed = _table(tmp_path / "dask", "reports")
    reports = listed[listed.status != "skipped"]  # SOURCES.md and metadata.csv are listed, never read
    assert len(reports) == _report_count(paths.REPORTS_DIR)
    assert set(reports.status) == {"error"}
    assert all(error.startswith("stopped after 1e-06 s, the time limit for one report (--timeout)")
               for error in reports.error)
    assert summary.statuses["error"] == len(reports) and _table(tmp_path / "dask", "events").empty


# --------------------------------------------------------------------------------------------
# Faults: monkeypatched extractors, forked into the workers with the pool.

VICTIM = "000_4332192d60249b63.txt"  # a seed: it has events, so losing its rows shows


def _fail_on_victim(how):
    real = task_module.extract

    def extract(report):
        if report.path == VICTIM:
            if how == "raise":
                raise RuntimeError("a rule broke")
            if how == "sleep":
                time.sleep(30)
            if how == "die":
                os._exit(9)
        return real(report)
    return extract


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The bundled reports built serially with the real extractor (before any test patches it)."""
    out = tmp_path_factory.mktemp("reference")
    build(paths.REPORTS_DIR, out, jobs=1, quiet=True)
    return out


def _check_only_the_victim_failed(reference, out, summary, error_start):
    reports = _table(out, "reports").set_index("path")
    assert reports.loc[VICTIM, "status"] == "error" and reports.loc[VICTIM, "error"].startswith(error_start)
    victim_id = reports.loc[VICTIM, "report_id"]
    assert victim_id not in set(_table(out, "events").report_id)
    assert summary.statuses["error"] == 1 and "1 reports failed" in summary.line()
    # Every other report's events are as in a clean build; which incident they fall in may change,
    # since an incident the lost report told is now told by fewer reports.
    events = _table(reference, "events").drop(columns="incident_id")
    pd.testing.assert_frame_equal(_table(out, "events").drop(columns="incident_id"),
                                  events[events.report_id != victim_id].reset_index(drop=True))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_report_that_makes_the_extractor_raise_is_an_error_and_the_build_goes_on(tmp_path, monkeypatch, jobs,
                                                                                   reference):
    monkeypatch.setattr(task_module, "extract", _fail_on_victim("raise"))
    summary = build(paths.REPORTS_DIR, tmp_path / "out", jobs=jobs, quiet=True)
    _check_only_the_victim_failed(reference, tmp_path / "out", summary, "extraction failed: RuntimeError: a rule broke")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_report_past_the_time_limit_is_an_error_and_the_build_goes_on(tmp_path, monkeypatch, jobs, reference):
    monkeypatch.setattr(task_module, "extract", _fail_on_victim("sleep"))
    start = time.monotonic()
    summary = build(paths.REPORTS_DIR, tmp_path / "out", jobs=jobs, timeout=0.5, quiet=True)
    assert time.monotonic() - start < 20
    _check_only_the_victim_failed(reference, tmp_path / "out", summary, "stopped after 0.5 s")


def test_a_killed_worker_costs_its_report_only(tmp_path, monkeypatch, reference):
    monkeypatch.setattr(task_module, "extract", _fail_on_victim("die"))
    summary = build(paths.REPORTS_DIR, tmp_path / "out", jobs=2, quiet=True)
    _check_only_the_victim_failed(reference, tmp_path / "out", summary, "worker died")


def test_a_worker_that_died_once_is_retried(tmp_path, monkeypatch, reference):
    """A death that does not happen again (the machine ran out of memory once) costs nothing."""
    real = task_module.extract
    marker = tmp_path / "died-once"

    def extract(report):
        if report.path == VICTIM and not marker.exists():
            marker.write_text("")
            os._exit(9)
        return real(report)
    monkeypatch.setattr(task_module, "extract", extract)
    build(paths.REPORTS_DIR, tmp_path / "out", jobs=2, quiet=True)
    assert marker.exists() and _files(tmp_path / "out") == _files(reference)


def test_failures_are_never_cached(tmp_path, monkeypatch):
    monkeypatch.setattr(task_module, "extract", _fail_on_victim("raise"))
    build(paths.REPORTS_DIR, tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache", rules="v1", quiet=True)
    monkeypatch.undo()
    again = build(paths.REPORTS_DIR, tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache", rules="v1", quiet=True)
    assert (again.extracted, again.statuses.get("error", 0)) == (1, 0)
