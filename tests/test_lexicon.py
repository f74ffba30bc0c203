"""The data files hold only values the codebook allows, so a typo in a CSV fails here, not in a chart."""
import pytest

from helpers.codebook import taxonomy
from helpers.extract import lexicon

ACLED = taxonomy().sub_event_types
ACTOR_TYPES = set(taxonomy().actor_types)
CATEGORIES = set(taxonomy().categories)


def test_every_trigger_has_an_acled_type_and_sub_type():
    table, _ = lexicon.triggers()
    for trigger in table.values():
        assert trigger.sub_event_type in ACLED[trigger.event_type], trigger


def test_every_actor_has_an_acled_actor_type():
    for actor in lexicon.actors().actors.values():
        assert actor.actor_type in ACTOR_TYPES, actor


def test_codebook_actors_are_all_in_the_lexicon():
    names = set(lexicon.actors().actors)
    for name in ["Islamic State", "Syrian Arab Army", "Syrian Arab Air Force", "Russian Aerospace Forces",
                 "Russian military", "Turkish Armed Forces", "Syrian National Army", "Syrian Democratic Forces",
                 "US-led coalition", "Hayat Tahrir al-Sham", "Fa Ithbatu", "Kurdistan Workers' Party", "Civilians",
                 "Protesters", "Unidentified armed group"]:
        assert name in names


def test_casualty_words_name_codebook_categories():
    for category in lexicon.casualty_words()[0].values():
        assert category in CATEGORIES
    for category in lexicon.zero_phrases()[0].values():
        assert category in CATEGORIES


def test_victim_roles_are_roles_or_actors():
    actors = set(lexicon.actors().actors)
    for noun, role in lexicon.victim_nouns().items():
        assert role in {"state", "armed", "civilians", "target", "previous"} | actors, (noun, role)


@pytest.mark.parametrize("surface, actor", [
    ("IS", "Islamic State"), ("Daesh", "Islamic State"), ("SAA", "Syrian Arab Army"),
    ("Turkish proxies", "Syrian National Army"), ("Kurdish-led SDF", "Syrian Democratic Forces"),
    ("US helicopters", "US-led coalition"), ("PKK", "Kurdistan Workers' Party"), ("gunmen", "Unidentified armed group"),
])
def test_lexicon_lookup_finds_codebook_surfaces(surface, actor):
    assert lexicon.lookup(lexicon.actors().by_surface, surface) == actor


def test_capitalised_aliases_are_case_sensitive():
    pattern = lexicon.actors().pattern
    assert [m.group() for m in pattern.finditer("This is where IS fighters hide.")] == ["IS"]
