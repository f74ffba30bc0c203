"""The hand-coded answer keys hold together: every evidence sentence and phrase is in its report's text.

This checks the gold, not the extractor: a typo in a gold row would otherwise pass as an
extraction error.
"""
import csv
import re
import subprocess
import sys

import pytest

from helpers.ingest import read_report
from helpers.paths import REPORTS_DIR
from tests.conftest import FIXTURES, SCORER
from tests.gold_tables import gold_as_tables, gold_files

SETS = [FIXTURES, FIXTURES / "heldout", FIXTURES / "blind", FIXTURES / "final", FIXTURES / "july2020",
        FIXTURES / "outlets", FIXTURES / "linking"]
REPORTS = {FIXTURES / "july2020": REPORTS_DIR}  # real reports are the bundled ones


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_gold_evidence_and_phrases_are_in_the_reports(folder):
    reports = REPORTS.get(folder, folder / "reports")
    texts = {p.name: _squeeze(read_report(p, p.parent).text) for p in reports.iterdir()}
    for table in ("events", "casualties"):
        with open(folder / "gold" / f"{table}.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                assert _squeeze(row["evidence"]) in texts[row["file"]], (table, row["file"], row["evidence"][:60])
                if table == "casualties":
                    assert row["phrase"].lower() in row["evidence"].lower(), row


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_every_claim_belongs_to_a_gold_event(folder):
    with open(folder / "gold" / "events.csv", encoding="utf-8") as f:
        events = {(r["file"], r["event_id"]) for r in csv.DictReader(f)}
    with open(folder / "gold" / "casualties.csv", encoding="utf-8") as f:
        assert all((r["file"], r["event_id"]) in events for r in csv.DictReader(f))


def test_two_coders_agree_on_the_july_2020_reports(tmp_path):
    """The agreement tests/fixtures/july2020/README.md reports: coder A as gold, coder B as tables,
    on the reports B coded."""
    july = FIXTURES / "july2020"
    files = {p.name for p in REPORTS_DIR.iterdir()} & (gold_files(july / "second_coder") |
                                                         {"voa_2020-07-10_idlib-first-coronavirus-case.txt"})
    gold = gold_as_tables(july / "gold", tmp_path / "a", files)
    result = subprocess.run([sys.executable, str(SCORER), str(july / "gold"), str(gold_as_tables(
        july / "second_coder", tmp_path / "b", files))], capture_output=True, text=True)
    assert gold.exists()
    assert "events: gold 10 pred 11 matched 9" in result.stdout, result.stdout
    assert "claims: gold 6 pred 6 matched 6" in result.stdout, result.stdout
