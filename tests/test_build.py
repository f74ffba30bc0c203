"""The build command: every input listed with a status, bad input never stops the rest, clear errors."""
import filecmp
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from helpers import paths
from tests.conftest import FIXTURES
from helpers.tables.build import InputFolderError, build
from helpers.tables.schema import EVENTS
from helpers.tables.write import write_tables


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_cli_builds_from_any_working_directory_and_prints_a_summary(tmp_path):
    out = tmp_path / "out"
    result = _run("build", FIXTURES / "reports", "--out", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("read 8 files (1 no_events, 7 ok):") and "0 reports failed" in last
    assert {p.name for p in out.iterdir()} == {"reports.csv", "events.csv", "casualties.csv", "actor_mentions.csv",
                                              "incidents.csv", "text"}


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_missing_or_empty_folder_is_one_line_on_stderr_and_exit_2(tmp_path, make):
    folder = tmp_path / "reports"
    if make == "empty":
        folder.mkdir()
    result = _run("build", folder, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "reports folder" in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_inputs_are_each_listed_and_the_good_report_still_processed(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(paths.REPORTS_DIR / "000_4332192d60249b63.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "undecodable.txt").write_bytes("South Front 3 July 2020\n\nClashes in Daraa ".encode() + b"\x81\x8d\x90")
    (folder / "big.txt").write_text("South Front 3 July 2020\n\n" + "Clashes erupted in Daraa. " * 200_000, encoding="utf-8")
    (folder / "no_events.txt").write_text("Analysis\n\nSouth Front 3 July 2020\n\nThe economy is weak.\n", encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "scan.pdf").write_bytes(b"%PDF-1.4 scan")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    build(folder, tmp_path / "out", quiet=True)
    reports = pd.read_csv(tmp_path / "out" / "reports.csv", dtype=str, keep_default_na=False)
    status = dict(zip(reports.path, reports.status))
    assert status == {"good.txt": "ok", "empty.txt": "empty", "binary.txt": "binary", "undecodable.txt": "unreadable",
                      "big.txt": "too_large", "no_events.txt": "no_events", "nested/scan.pdf": "skipped", "notes.pdf": "skipped"}
    assert all(reports[reports.status != "ok"].error.str.len() > 0)
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str)
    assert set(events.report_id) == set(reports[reports.path == "good.txt"].report_id)


def test_same_reports_give_byte_identical_tables(tmp_path):
    """Twice the same: the engine's own comparisons (jobs, Dask, cache) are in test_engine.py."""
    build(paths.REPORTS_DIR, tmp_path / "a", quiet=True)
    build(paths.REPORTS_DIR, tmp_path / "b", quiet=True)
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b",
                                               ["reports.csv", "events.csv", "casualties.csv", "actor_mentions.csv"],
                                               shallow=False)
    assert not mismatch and not errors


def test_committed_tables_are_up_to_date(tmp_path):
    """data/processed is what the notebooks show; it must be what the rules give today."""
    build(paths.REPORTS_DIR, tmp_path / "fresh", quiet=True)
    for name in ("reports.csv", "events.csv", "casualties.csv", "actor_mentions.csv"):
        assert (tmp_path / "fresh" / name).read_bytes() == (paths.PROCESSED_DIR / name).read_bytes(), name


def test_a_failed_write_leaves_the_previous_tables(tmp_path):
    out = tmp_path / "out"
    build(paths.REPORTS_DIR, out, quiet=True)
    before = (out / "events.csv").read_bytes()

    class Broken(list):  # rows whose writing fails half-way, as a full disk would
        def __iter__(self):
            raise OSError("disk full")

    with pytest.raises(OSError):
        write_tables({"events": Broken()}, {}, out)
    assert (out / "events.csv").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_input_folder_error_names_the_folder(tmp_path):
    with pytest.raises(InputFolderError, match="not found"):
        build(tmp_path / "nope", tmp_path / "out")


def test_an_online_geocoder_only_fills_places_the_gazetteer_lacks():
    from geopy.location import Location

    from helpers.tables.build import fill_coordinates

    asked = []

    class FakeOnline:
        def geocode(self, query):
            asked.append(query)
            return Location(query, (36.0, 40.0), {})

    def row(**cells):
        return [cells.get(column, "") for column in EVENTS.columns]

    events = [row(location="Known", admin1="Raqqa", latitude="35.95000", longitude="39.01000"),
              row(location="Unknown town", admin1="Al-Hasakah"), row()]
    fill_coordinates(events, FakeOnline())
    assert asked == ["Unknown town, Al-Hasakah, Syria"]
    latitude = list(EVENTS.columns).index("latitude")
    assert [r[latitude] for r in events] == ["35.95000", "36.00000", ""]


@pytest.mark.parametrize("make_out, says", [
    (lambda tmp: tmp / "afile.txt" / "tables", "afile.txt is a file"),
    (lambda tmp: tmp / "afile.txt", "it is a file"),
])
def test_an_output_folder_that_cannot_be_written_fails_first_in_one_line(tmp_path, make_out, says):
    (tmp_path / "afile.txt").write_text("not a folder", encoding="utf-8")
    result = _run("build", FIXTURES / "reports", "--out", make_out(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""  # nothing was extracted


def test_a_file_given_as_the_reports_folder_says_so(tmp_path):
    result = _run("build", FIXTURES / "reports" / "100_3c6fbb527864e957.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "is a file" in result.stderr and result.stderr.count("\n") == 1


def test_ctrl_c_keeps_the_previous_tables_and_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    from helpers import __main__ as cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "build", interrupted)
    assert cli.main(["build", str(FIXTURES / "reports"), "--out", str(tmp_path / "out")]) == 130
    assert capsys.readouterr().err == "interrupted: previous tables kept\n"


def test_a_duplicate_is_not_a_failure_and_a_future_date_is_flagged(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(paths.REPORTS_DIR / "000_4332192d60249b63.txt", folder / "a.txt")
    shutil.copy(paths.REPORTS_DIR / "000_4332192d60249b63.txt", folder / "b.txt")
    (folder / "c.txt").write_text("Later\\n\\nSouth Front 3 July 2999\\n\\nOn July 2, ISIS attacked near Palmyra.\\n",
                                  encoding="utf-8")
    summary = build(folder, tmp_path / "out", quiet=True)
    assert "0 reports failed" in summary.line() and "1 duplicate" in summary.line()
    reports = pd.read_csv(tmp_path / "out" / "reports.csv", dtype=str, keep_default_na=False)
    future = reports[reports.path == "c.txt"].iloc[0]
    assert (future.published, future.status) == ("2999-07-03", "ok") and "in the future" in future.error
