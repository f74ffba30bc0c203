"""The hand-coded answer keys hold together: every evidence sentence and phrase is in its report's text.

This checks the gold, not the extractor: a typo in a gold row would otherwise pass as an
extraction error.
"""
import csv
import re

import pytest

from helpers.ingest import read_report
from tests.conftest import FIXTURES

SETS = [FIXTURES, FIXTURES / "heldout", FIXTURES / "blind", FIXTURES / "final"]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_gold_evidence_and_phrases_are_in_the_reports(folder):
    texts = {p.name: _squeeze(read_report(p, p.parent).text) for p in (folder / "reports").iterdir()}
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
