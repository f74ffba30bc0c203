"""Actor surfaces by codebook section 5, from the hand-written table tests/fixtures/cases/actors.csv."""
import csv
from datetime import date

import pytest

from helpers import paths
from helpers.extract.actors import find_actor_mentions
from helpers.extract.report import extract
from helpers.records import Report
from tests.conftest import FIXTURES, clear_lexicon_caches, edited_copy

CASES = list(csv.DictReader(open(FIXTURES / "cases" / "actors.csv", encoding="utf-8")))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['surface']}->{c['actor']}" for c in CASES])
def test_surface_maps_to_actor(case):
    found = {(m.surface, m.actor, m.actor_type) for m in find_actor_mentions(case["text"])}
    if case["actor"] == "none":
        assert not any(surface == case["surface"] for surface, _, _ in found), found
    else:
        assert (case["surface"], case["actor"], case["actor_type"]) in found, found


def test_anaphor_counts_only_after_its_actor_is_named():
    assert find_actor_mentions("The terrorist group struck again.") == []
    mentions = find_actor_mentions("ISIS attacked. The terrorist group struck again.")
    assert [m.actor for m in mentions] == ["Islamic State", "Islamic State"]


def test_a_new_group_works_by_a_csv_row_alone(tmp_path, monkeypatch):
    """A user adds an armed group to data/lexicon/actors.csv; a report naming it then codes it."""
    row = "Liwa al-Quds,Political militia,ground,Liwa al-Quds|Quds Brigade,\n"
    monkeypatch.setattr(paths, "LEXICON_DIR", edited_copy(paths.LEXICON_DIR, tmp_path, "actors.csv",
                                                          "Rioters,", row + "Rioters,"))
    clear_lexicon_caches()
    try:
        result = extract(Report(report_id="T", path="t.txt", published=date(2022, 3, 17),
                                text="On Tuesday, Liwa al-Quds fighters attacked ISIS positions near Palmyra."))
        assert [(e.actor1, e.actor2) for e in result.events] == [("Liwa al-Quds", "Islamic State")]
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()

