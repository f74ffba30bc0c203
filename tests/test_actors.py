"""Actor surfaces by codebook section 5, from the hand-written table tests/fixtures/cases/actors.csv."""
import csv

import pytest

from helpers.extract.actors import find_actor_mentions
from tests.conftest import FIXTURES

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
