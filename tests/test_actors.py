"""Actor surfaces by codebook section 5, from the hand-written table tests/fixtures/cases/actors.csv."""
import csv
from datetime import date

import pytest

from helpers import paths
from helpers.extract.actors import find_actor_mentions
from helpers.extract.house_voice import outlet_country
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


def test_the_militias_are_the_iranian_backed_ones_only_once_they_are_named():
    assert find_actor_mentions("The SDF fired mortar shells at the positions of the militias.")[-1].actor == \
        "Syrian Democratic Forces"
    mentions = find_actor_mentions("Iranian-backed militias shelled SDF positions in Diban. The SDF responded by "
                                   "firing mortar shells at the positions of the militias in al-Ashara.")
    assert [m.actor for m in mentions][-1] == "Iranian-backed militias"


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



@pytest.mark.parametrize("published, text, sides", [
    # in 2012 news, "rebels" were the Free Syrian Army, as coders name them; later, no one group
    (date(2012, 8, 9), "On Wednesday, rebels attacked an army checkpoint near Khan Sheikhoun.",
     ("Free Syrian Army", "Syrian Arab Army")),
    (date(2012, 8, 9), "On Wednesday, army troops clashed with insurgents near Khan Sheikhoun.",
     ("Syrian Arab Army", "Free Syrian Army")),
    (date(2016, 8, 9), "On Wednesday, rebels attacked an army checkpoint near Khan Sheikhoun.",
     ("Unidentified armed group", "Syrian Arab Army")),
    # rebels led by a group named are that group; whose a shelled town is, is not who was shelled
    (date(2013, 5, 9), "On Wednesday, Syrian troops battled rebels led by the Nusra Front near Qara.",
     ("Syrian Arab Army", "Hayat Tahrir al-Sham")),
    (date(2012, 8, 9), "On Wednesday, the army pounded Daraya, a suburb held in part by the rebels.",
     ("Syrian Arab Army", "Civilians")),
    # the rebels a relative clause names beside one side are no side of the fighting
    (date(2012, 11, 16), "On Wednesday, fighting broke out in Ras al-Ain between jihadists of the Nusra Front, who "
     "control part of the town together with other rebel brigades, and the Kurdish militia of the YPG.",
     ("Hayat Tahrir al-Sham", "Syrian Democratic Forces")),
])
def test_a_periods_words_for_a_side_name_it_then(published, text, sides):
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=published, text=text))
    assert [(e.actor1, e.actor2) for e in result.events] == [sides]


@pytest.mark.parametrize("text, sides", [
    # the rebels of a report that names one opposition group are that group
    ("Government forces captured the village of Kafr Amma on Sunday from the rebels.\n\n"
     "Hayat Tahrir al-Sham dominates the Idlib region.", ("Syrian Arab Army", "Hayat Tahrir al-Sham")),
    ("On Sunday, Islamist rebels attacked an army checkpoint near Khan Sheikhoun.\n\n"
     "The Nusra Front holds much of Idlib.", ("Hayat Tahrir al-Sham", "Syrian Arab Army")),
    # with two groups named, the rebels are neither
    ("On Sunday, rebels attacked an army checkpoint near Khan Sheikhoun.\n\n"
     "Hayat Tahrir al-Sham and the Free Syrian Army hold the Idlib region.",
     ("Unidentified armed group", "Syrian Arab Army")),
    # whose a place is, is no side of what hit it
    ("On Tuesday, a car bomb ripped through a street in al-Bab, which has been controlled by Turkey and allied "
     "Syrian rebels since 2017, killing four civilians.\n\nHayat Tahrir al-Sham holds Idlib.",
     ("Unidentified armed group", "Civilians")),
])
def test_the_rebels_are_the_one_opposition_group_the_report_names(text, sides):
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=date(2019, 5, 7), text=text))
    assert [(e.actor1, e.actor2) for e in result.events] == [sides]


@pytest.mark.parametrize("text, named", [
    ("Rebels shelled the town. The Nusra Front holds Idlib.", ["Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"]),
    # groups besides the one named are not it
    ("The Islamic State seized Tell Qarah from the Nusra Front and allied rebel factions.",
     ["Islamic State", "Hayat Tahrir al-Sham"]),
    ("The Nusra Front fought the regime and the other rebel groups.", ["Hayat Tahrir al-Sham", "Syrian Arab Army"]),
])
def test_which_words_for_rebels_name_the_reports_group(text, named):
    assert [m.actor for m in find_actor_mentions(text)] == named


def test_people_counted_in_a_toll_are_its_victims_not_a_side_named():
    text = ("On Wednesday, fighters of the Free Syrian Army attacked a checkpoint near Khan Sheikhoun.\n\n"
            "The Observatory said 14 soldiers and five rebels were killed in clashes that lasted until dawn.")
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=date(2012, 9, 13), text=text))
    assert [(e.actor1, e.actor2) for e in result.events] == [("Free Syrian Army", "Syrian Arab Army")]
    assert [(c.low, c.victim) for c in result.claims] == [(14, "Syrian Arab Army"), (5, "Free Syrian Army")]


@pytest.mark.parametrize("outlet, imprint, forces", [
    ("Yeni Şafak", "", "Turkish Armed Forces"),
    # a masthead line or a breadcrumb's first part, in any case and with or without its letters' marks
    ("", "yeniŞafak | English\nTürkiye | World | Economy", "Turkish Armed Forces"),
    ("", "Milliyet.com.tr > Gündem (Agenda) > Operation Peace Spring", "Turkish Armed Forces"),
    ("", "INA | Iraqi News Agency\nHome | Iraq | Security", "Iraqi Security Forces"),
    ("", "Jordan News Agency - Petra", "Jordanian Armed Forces"),
    # a masthead in the outlet's own script
    ("כיכר השבת", "", "Israel Defense Forces"),
    ("", "РИА Новости · Russian news agency", "Russian military"),
    # a headline that names an outlet, or a wire the outlet list does not know, gives no country
    ("", "Syrian army retakes villages near Qusayr, TASS says", None),
    ("", "TASS reports that Syrian troops retook three villages near Qusayr after a week of fighting", None),
    ("Levant Wire", "", None),
])
def test_an_outlets_country_is_read_from_its_name_or_masthead(outlet, imprint, forces):
    country = outlet_country(Report(report_id="T", path="t.txt", outlet=outlet, imprint=imprint))
    assert (country.forces if country else None) == forces


@pytest.mark.parametrize("imprint, text, actors", [
    # a party's own document names the other side by its words for it ...
    ("Democratic Autonomous Administration - Afrin Canton", "On 3 February, mercenary factions attacked the village "
     "of Hamam.", ["Syrian National Army"]),
    # ... but not where the word only heads a name, or names a side's helpers, or may mean another group named before
    ("Democratic Autonomous Administration - Afrin Canton", "On 3 February, ISIS mercenaries attacked the village of "
     "Hamam.", ["Islamic State"]),
    ("Democratic Autonomous Administration - Afrin Canton", "On 3 February, the Turkish army and its mercenaries "
     "shelled the village of Hamam.", ["Turkish Armed Forces"]),
    ("Democratic Autonomous Administration - Afrin Canton", "On 3 February, ISIS cells attacked the village of Hamam. "
     "Our fighters then struck the mercenaries' positions.", ["Islamic State", "Syrian Democratic Forces"]),
    # a ministry's masthead over two lines speaks for its forces: "our base", and "terrorists" in its mouth
    ("REPUBLIC OF T\u00dcRK\u0130YE\nMINISTRY OF NATIONAL DEFENCE", "On 11 August, terrorists opened harassment fire on "
     "our base near Marea.", ["Syrian Democratic Forces", "Turkish Armed Forces"]),
    # a news outlet's own country is no party speaking: its words name no side
    ("", "On 3 February, mercenary factions attacked the village of Hamam.", []),
])
def test_a_partys_own_document_names_the_other_side_by_its_words_for_it(imprint, text, actors):
    result = extract(Report(report_id="T", path="t.txt", published=date(2018, 2, 6), imprint=imprint, text=text))
    assert [mention.actor for mention, _ in result.mentions] == actors
