"""The data files hold only values the codebook allows, so a typo in a CSV fails here, not in a chart."""
import re

import pytest

from helpers.codebook import taxonomy
from helpers import paths
from helpers.extract import house_voice, lexicon, matching
from helpers.facts import DataFileError
from tests.conftest import clear_lexicon_caches, edited_copy

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
        assert role in set(lexicon.VICTIM_ROLES) | actors, (noun, role)


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


# A typo in a lexicon file is an error that names the file, row and column, not a silently ignored row.
LOADERS = {
    "triggers.csv": lexicon.triggers, "actors.csv": lexicon.actors, "modality.csv": lexicon.modality,
    "patterns.csv": lambda: lexicon.named_pattern("toll"), "victims.csv": lexicon.victim_nouns,
    "casualty_words.csv": lexicon.casualty_words, "quantities.csv": lexicon.quantity_patterns,
    "outlets.csv": house_voice.outlets,
}


@pytest.mark.parametrize("name, old, new, message", [
    ("triggers.csv", "phrase,forms,event_type", "phrase,form,event_type", "unknown column(s) 'form'"),
    ("triggers.csv", "clash,clashes|clashed|clashing,Battles,", "clash,clashes|clashed|clashing,Batles,", "row 2, column 'event_type'"),
    ("triggers.csv", ",violent,reciprocal\n", ",violent,reciprocol\n", "'reciprocol' is not one of"),
    ("actors.csv", "Islamic State,Rebel group", "Islamic State,Rebel grop", "column 'actor_type'"),
    ("actors.csv", ",Hayat Tahrir al-Sham\n", ",Hayat Tahrir al-Shem\n", "column 'led_by': 'Hayat Tahrir al-Shem'"),
    # one surface, one actor: "PMF" listed under the Iraqi army too would leave the last row to win silently
    ("actors.csv", "Iraqi Security Forces|", "Iraqi Security Forces|PMF|", "column 'aliases': 'PMF' is already an alias of"),
    ("modality.csv", "not,clause", "not,clauses", "row 2, column 'scope'"),
    ("patterns.csv", "toll,", "tol,", "column 'name'"),
    ("patterns.csv", r"(?i)\b(?:(?:death\s+)?toll", r"(?i)\b(?:(?:death\s+?toll", "not a valid regular expression"),
    ("victims.csv", "soldier,soldiers,state", "soldier,soldiers,stat", "column 'role'"),
    ("casualty_words.csv", "killed,,killed\n", "killed,,kiled\n", "row 2, column 'category'"),
    ("quantities.csv", "between {N} and {M},N,M", "between {N} and {M},N,Q", "column 'high'"),
    ("outlets.csv", "aa.com.tr,Turkish,yes", "aa.com.tr,Turkis,yes", "column 'nationality'"),
])
def test_a_typo_in_a_lexicon_file_names_file_row_and_column(tmp_path, monkeypatch, name, old, new, message):
    monkeypatch.setattr(paths, "LEXICON_DIR", edited_copy(paths.LEXICON_DIR, tmp_path, name, old, new))
    clear_lexicon_caches()
    try:
        with pytest.raises(DataFileError, match=re.escape(message)) as error:
            LOADERS[name]()
        assert name in str(error.value)
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()



def test_a_new_trigger_word_works_by_a_csv_row_alone(tmp_path, monkeypatch):
    row = "firebombed,,Strategic developments,Looting/property destruction,violent,\n"
    folder = edited_copy(paths.LEXICON_DIR, tmp_path, "triggers.csv", "clash,", row + "clash,")
    monkeypatch.setattr(paths, "LEXICON_DIR", folder)
    clear_lexicon_caches()
    try:
        table, pattern = lexicon.triggers()
        assert [m.group() for m in pattern.finditer("Gunmen firebombed a school.")] == ["firebombed"]
        assert lexicon.lookup(table, "firebombed").sub_event_type == "Looting/property destruction"
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()


def test_ascii_folds_are_every_character_a_case_insensitive_letter_matches():
    others = "".join(map(chr, range(0x80, 0x110000)))
    found: dict[str, str] = {}
    for c in re.findall(r"(?i)[a-z]", others):
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(f"(?i:{letter})", c):
                found[letter] = found.get(letter, "") + c
    assert found == matching.ASCII_FOLDS


def test_letters_indexed_by_their_lowercase_match_only_what_lowercases_to_them():
    everything = "".join(map(chr, range(0x110000)))
    for letter in matching.LOWERCASE_SAFE:
        lowercasing_to_it = {c for c in everything if c.lower() == letter}
        assert set(re.findall(f"(?i:{re.escape(letter)})", everything)) == lowercasing_to_it, letter


def test_a_vocabulary_with_quoted_names_is_searched_at_the_words_they_quote():
    """'the "Al-Fath al-Mubin" operations room': a phrase opening with a quote mark is tried at
    the mark before its first word, and finds what a scan of every character finds."""
    vocabulary = matching.surface_regex(['"Al-Fath" room', "“Al-Fath” room", "Al-Fath", "room", "Doğan News Agency"])
    assert vocabulary.first_words == {"al", "room", "doğan"}
    text = ('The "Al-Fath" room said; “Al-Fath” room and Al-Fath room, x"Al-Fath" room, '
            '"Al-Fath"room "room" DOĞAN NEWS AGENCY. ') * 4
    assert len(text) >= matching._INDEXED_LENGTH
    for start, end in [(0, len(text)), *((s, s + n) for s in range(0, 120, 3) for n in (1, 9, 30, 64))]:
        assert [m.span() for m in vocabulary.finditer(text, start, end)] == \
            [m.span() for m in vocabulary.regex.finditer(text, start, end)], (start, end)
    assert [m.group() for m in vocabulary.finditer(text)][:3] == ['"Al-Fath" room', "“Al-Fath” room", "Al-Fath"]


def test_a_vocabulary_opening_with_a_letter_outside_ascii_is_searched_at_its_first_words():
    vocabulary = matching.surface_regex(["Türkiye's defence ministry", "Turkish army", "ÜSA"])
    assert vocabulary.first_words == {"türkiye", "turkish", "üsa"}
    text = "TÜRKIYE'S DEFENCE MINISTRY and Türkiye's  defence ministry; türkiyes ÜSA üsa Turkish Army. " * 4
    for start, end in [(0, len(text)), *((s, s + n) for s in range(0, 120, 7) for n in (1, 9, 30, 64))]:
        assert [m.span() for m in vocabulary.finditer(text, start, end)] == \
            [m.span() for m in vocabulary.regex.finditer(text, start, end)], (start, end)


@pytest.mark.parametrize("surfaces", [["IS", "is it", "a", "X", "k k", "-x", "Syrian army"], ["ſa", "sa", "IS"]])
def test_lexicon_patterns_match_as_one_plain_alternation_would(surfaces):
    text = "İS ıs it is IS a X-ray x k  k ſa SA -x the Syrian  Army ISIS-held"
    body = "|".join(f"(?i:{matching._literal(s)})" if not matching.case_sensitive(s) else matching._literal(s)
                    for s in sorted(surfaces, key=lambda s: (-len(s), s)))
    plain = re.compile(rf"(?<![\w-])(?:{body})(?!\w)")
    assert [m.span() for m in matching.surface_regex(surfaces).finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("folds", ["", " İS ſa"])
def test_a_vocabulary_searched_at_its_first_words_finds_what_a_scan_of_every_character_finds(folds):
    """PhrasePattern tries its phrases only where one of their first words stands: over a whole
    report and over every stretch of it (stretches ending inside a word too), it finds the same."""
    surfaces = ["IS", "is it", "Syrian army", "Syrian Arab Army", "al-Qaeda", "U.S. forces", "killed", "a", "k k"]
    vocabulary = matching.surface_regex(surfaces)
    text = ("The Syrian Arab Army and U.S. forces said IS killed a man; al-Qaeda-linked ISIS-held is it "
            "SYRIAN ARMY k  k killedx xkilled Is it. ") * 6 + folds
    assert vocabulary.first_words is not None and len(text) >= matching._INDEXED_LENGTH
    for start, end in [(0, len(text)), *((s, s + n) for s in range(0, 120, 7) for n in (1, 9, 30, 64))]:
        found = [m.span() for m in vocabulary.finditer(text, start, end)]
        assert found == [m.span() for m in vocabulary.regex.finditer(text, start, end)], (start, end)
        first = vocabulary.search(text, start, end)
        assert (first.span() if first else None) == (found[0] if found else None)
