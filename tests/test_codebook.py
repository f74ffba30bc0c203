"""The codebook's taxonomy is read from data/codebook/, in ACLED's order, and checked when loaded."""
import pytest

from helpers import codebook, paths
from helpers.facts import DataFileError
from tests.conftest import edited_copy


def test_event_types_in_acled_hierarchy_order():
    assert codebook.event_types() == ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                      "Protests", "Riots", "Strategic developments")
    assert codebook.taxonomy().sub_event_types["Battles"][0] == "Armed clash"
    assert codebook.categories() == ("killed", "injured", "killed_or_injured", "missing", "detained")


def test_state_forces_abroad_are_armed_and_civilians_are_not():
    t = codebook.taxonomy()
    assert t.armed("External/Other forces") and t.armed("Rebel group") and not t.armed("Civilians")


@pytest.mark.parametrize("name, old, new, message", [
    ("sub_event_types.csv", "Battles,Armed clash", "Battle,Armed clash", "row 2, column 'event_type'"),
    ("event_types.csv", "Battles,#c0392b", "Battles,#c0392", "not a colour"),
    ("actor_types.csv", "State forces,1,state", "State forces,1,goverment", "column 'force'"),
])
def test_a_typo_in_the_codebook_names_file_and_row(tmp_path, monkeypatch, name, old, new, message):
    monkeypatch.setattr(paths, "CODEBOOK_DIR", edited_copy(paths.CODEBOOK_DIR, tmp_path, name, old, new))
    codebook.taxonomy.cache_clear()
    try:
        with pytest.raises(DataFileError, match=message) as error:
            codebook.taxonomy()
        assert name in str(error.value)
    finally:
        monkeypatch.undo()
        codebook.taxonomy.cache_clear()


def test_the_sub_event_types_rules_name_are_the_taxonomys():
    sub_types = {s for subs in codebook.taxonomy().sub_event_types.values() for s in subs}
    assert {codebook.AIR_STRIKE, codebook.ABDUCTION} <= sub_types
