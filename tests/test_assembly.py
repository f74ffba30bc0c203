"""One happening told in several places of a report is one event; distinct happenings stay apart."""
from dataclasses import replace
from datetime import date

import pytest

from helpers.extract.assembly import Mention, assemble, compatible
from helpers.extract.report import extract
from helpers.records import Event, Report

PUBLISHED = date(2022, 3, 17)  # a Thursday


def _extract(text: str):
    return extract(Report(report_id="T", path="t.txt", outlet="Desert Dispatch", published=PUBLISHED, text=text))


def test_lede_details_and_toll_of_one_attack_are_one_event():
    text = ("ISIS fighters attacked army positions near Palmyra on Tuesday.\n\n"
            "The assault began at dawn and the fighting lasted for hours.\n\n"
            "Four soldiers were killed in the attack, a military source said.")
    result = _extract(text)
    assert len(result.events) == 1
    event = result.events[0]
    assert (event.location, str(event.date_start), event.date_precision) == ("Palmyra", "2022-03-15", "day")
    assert [(c.category, c.low, c.event_id) for c in result.claims] == [("killed", 4, event.event_id)]
    assert len(event.evidence_spans) == 3  # every sentence used, the first one as the evidence
    assert event.evidence.startswith("ISIS fighters attacked")


def test_who_tells_the_story_takes_no_side_in_it():
    text = ("ISIS fighters attacked army positions near Palmyra on Tuesday.\n\n"
            "According to residents of Palmyra, the attack began at dawn, when a group of gunmen opened fire.")
    (event,) = _extract(text).events
    assert (event.actor1, event.actor2) == ("Islamic State", "Syrian Arab Army")


@pytest.mark.parametrize("text, n_events", [
    # two towns, two happenings
    ("ISIS fighters attacked army positions near Palmyra on Tuesday.\n\n"
     "ISIS fighters attacked army positions near al-Sukhnah on Tuesday.", 2),
    # the report's own words open a new happening
    ("ISIS fighters attacked army positions near Palmyra on Tuesday.\n\n"
     "Meanwhile, ISIS fighters attacked army positions near Palmyra.", 2),
    # a governorate's capital and another town of the governorate, each told in its own words
    ("In the city of Homs, regime forces shelled the Khalidiya neighbourhood on Wednesday.\n\n"
     "Troops also shelled the town of Al-Rastan, north of Homs, on Wednesday.", 2),
    # a week's summary and a day of it are two things the report tells
    ("Since the start of the week, ISIS fighters have attacked army positions near Palmyra.\n\n"
     "On Tuesday, ISIS fighters attacked army positions near Palmyra.", 2),
    # near a town, then strikes at a town close by whose striker the sentence does not name: the side told
    # first is carried to them, which does not make them its
    ("Turkish artillery returned fire at regime positions around Saraqib on Friday.\n\n"
     "On Friday morning, air strikes hit the town of Maarat Misrin, killing six civilians.", 2),
    # a strike and the struck side's reply, told with its own date, are two happenings
    ("Syrian government warplanes struck Turkish troops near Saraqib, killing 29 soldiers.\n\nTurkey's Defense "
     "Ministry said its drones and artillery struck Syrian government positions around Saraqib early on Friday.", 2),
    # the air force's strikes and the army's clashes on the ground in one city the same day
    ("Syrian aircraft carried out a series of airstrikes on the al-Shaar district of Aleppo on Tuesday.\n\n"
     "Clashes between government forces and Hayat Tahrir al-Sham were also reported on Tuesday in the south of "
     "the city.", 2),
])
def test_distinct_happenings_stay_apart(text, n_events):
    assert len(_extract(text).events) == n_events


def _mention(frame=0, dated=True, generic=False, opens_new=False, placed=True, raid=False, listed=False, named=True,
             **fields) -> Mention:
    base = dict(event_id="", report_id="T", date_start=date(2022, 3, 15), date_end=date(2022, 3, 15),
                date_precision="day", event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
                assoc_actor1=(), actor2="Syrian Arab Army", assoc_actor2=(), location="Palmyra", admin1="Homs",
                latitude=34.56, longitude=38.27, geo_precision=1, evidence="", char_start=0, char_end=0)
    return Mention(Event(**{**base, **fields}), dated, generic, frame, opens_new, placed, raid, listed, named)


@pytest.mark.parametrize("later, same", [
    (_mention(1), True),
    (_mention(1, dated=False, date_start=date(2022, 3, 11), date_end=date(2022, 3, 17), date_precision="week"), True),
    (_mention(1, date_start=date(2022, 3, 14), date_end=date(2022, 3, 14)), False),
    (_mention(1, location="al-Sukhnah", latitude=34.89, longitude=38.87), False),
    # shelling that joins the fight, by the same attacker: armed clash (codebook section 2)
    (_mention(1, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack"), True),
    # another attacker's shelling is another happening
    (_mention(1, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
              actor1="Russian Aerospace Forces", actor2="Islamic State"), False),
    # a protest and a battle in one town on one day are two happenings
    (_mention(1, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters", actor2=""), False),
    (_mention(1, event_type="Explosions/Remote violence", generic=True), True),
    (_mention(1, actor1="Hayat Tahrir al-Sham", actor2="Syrian National Army"), False),
    (_mention(1, actor1="Syrian Arab Army", actor2="Islamic State"), True),  # told from the other side
    (_mention(1, opens_new=True), False),
    (_mention(1, location="eastern Homs", latitude=34.6, longitude=38.5, geo_precision=3, generic=True), True),
    # the same named side in the region of the town: the region told again, or the town it narrows to
    (_mention(1, location="eastern Homs", latitude=34.6, longitude=38.5, geo_precision=3), True),
    (_mention(1, location="eastern Homs", latitude=34.6, longitude=38.5, geo_precision=3, actor1="Unidentified armed group"), False),
    # one gazetteer place under two spellings is one place
    (_mention(1, location="Tadmur"), True),
    # crowds are no one side: protesters in the region and in a town of it are two protests
    (_mention(1, location="eastern Homs", latitude=34.6, longitude=38.5, geo_precision=3, event_type="Protests", sub_event_type="Peaceful protest",
              actor1="Protesters", actor2=""), False),
    # "a group of gunmen" may be the group another telling names
    (_mention(1, actor1="Unidentified armed group", actor2="", generic=True), True),
    (_mention(1, actor1="Unidentified armed group", actor2="Hayat Tahrir al-Sham"), False),
    # "The death toll from Tuesday's ambush could rise": no place of its own, the one carried from
    # the sentences before it does not part it from the ambush
    (_mention(1, placed=False, location="al-Sukhnah", latitude=34.89, longitude=38.87), True),
    # detentions after a clash that was no raid are another happening
    (_mention(1, event_type="Strategic developments", sub_event_type="Arrests", actor1="Islamic State"), False),
    # fighters of its sides taken in it, told with no day of their own, are its toll; others' are not
    (_mention(1, dated=False, event_type="Strategic developments", sub_event_type="Arrests", actor1="Syrian Arab Army",
              actor2="Islamic State"), True),
    (_mention(1, dated=False, event_type="Strategic developments", sub_event_type="Arrests", actor1="Syrian Arab Army",
              actor2="Civilians"), False),
])
def test_compatible(later, same):
    assert compatible(_mention(0), later) is same


def test_an_attack_told_in_generic_words_retells_no_deal():
    """"fighters of the SDF attacked an army position ... Under an agreement between the government and the SDF,
    ...": a deal is told in words of its own."""
    deal = _mention(1, event_type="Strategic developments", sub_event_type="Agreement", actor1="",
                    actor2="Syrian Democratic Forces", placed=False, dated=False)
    attack = _mention(0, generic=True, actor1="Syrian Democratic Forces", actor2="Syrian Arab Army")
    assert not compatible(attack, deal)
    assert not compatible(deal, replace(attack, frame=2))


_US_STRIKE = _mention(0, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                      actor1="US-led coalition", actor2="Iranian-backed militias", location="Albu Kamal",
                      admin1="Deir ez-Zor", latitude=34.45, longitude=40.92)


@pytest.mark.parametrize("named, placed, dated, same", [
    # '"These strikes are a response to a series of attacks against U.S. personnel," the official said': told in
    # generic words, with no side, place or date of its own, it retells the strikes whatever sides it carried over
    (False, False, False, True),
    # the attack it names the attacker of, or places or dates, is another happening
    (True, False, False, False),
    (False, True, False, False),
    (False, False, True, False),
])
def test_a_generic_retelling_with_nothing_of_its_own_takes_no_side(named, placed, dated, same):
    later = _mention(1, generic=True, named=named, placed=placed, dated=dated, actor1="Iranian-backed militias",
                     actor2="US-led coalition", location="Albu Kamal" if not placed else "al-Shaddadi",
                     admin1="Deir ez-Zor", latitude=34.45 if not placed else 36.06, longitude=40.92)
    assert compatible(_US_STRIKE, later) is same


# "Israel reportedly struck Iranian targets south of Damascus ... Israeli warplanes targeted sites in the
# al-Kiswah area": a state's forces and its air arm are one side; near a town, then a place close to it
_NEAR_DAMASCUS = _mention(0, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                          actor1="Israel Defense Forces", actor2="", location="Damascus", admin1="Damascus",
                          latitude=33.51, longitude=36.29, geo_precision=2, generic=True)


@pytest.mark.parametrize("later, same", [
    (replace(_NEAR_DAMASCUS, frame=1, event=replace(_NEAR_DAMASCUS.event, actor1="Israeli Air Force",
                                                     location="al-Kiswah", admin1="Rif Dimashq", latitude=33.36,
                                                     longitude=36.24)), True),
    # a place 100 km off is another happening
    (replace(_NEAR_DAMASCUS, frame=1, event=replace(_NEAR_DAMASCUS.event, actor1="Israeli Air Force",
                                                     location="Masyaf", admin1="Hama", latitude=35.07,
                                                     longitude=36.34, geo_precision=1)), False),
])
def test_a_telling_near_a_town_takes_in_a_place_close_to_it(later, same):
    assert compatible(_NEAR_DAMASCUS, later) is same
    if same:
        (event,), _ = assemble([_NEAR_DAMASCUS, later])
        assert (event.event.actor1, event.event.location) == ("Israeli Air Force", "al-Kiswah")


# "Rebels fought government forces north of Hama on Tuesday. ... The fiercest fighting raged around the town of
# Souran": a telling with no date and no side of its own says where the fight went on
_NORTH_OF_HAMA = _mention(0, actor1="Hayat Tahrir al-Sham", location="Hama", admin1="Hama", latitude=35.13,
                          longitude=36.76, geo_precision=2)


@pytest.mark.parametrize("dated, named, sub_event_type, same", [
    (False, False, "Armed clash", True),
    (True, False, "Armed clash", False),  # dated: a fight of its own
    (False, False, "Non-state actor overtakes territory", False),  # a town taken near the city is another happening
])
def test_a_detail_with_nothing_of_its_own_but_a_town_near_tells_where_the_fight_went_on(dated, named, sub_event_type,
                                                                                         same):
    later = _mention(1, dated=dated, named=named, sub_event_type=sub_event_type, actor1="Hayat Tahrir al-Sham",
                     location="Souran", admin1="Hama", latitude=35.29, longitude=36.74, geo_precision=2)
    assert compatible(_NORTH_OF_HAMA, later) is same
    if same:
        (event,), _ = assemble([_NORTH_OF_HAMA, later])
        assert event.event.location == "Souran"


def test_a_town_is_not_given_up_for_a_city_named_like_its_governorate():
    """"a device went off as their car passed near the town of Mzeireb ... The wounded man was taken to the National
    Hospital in Daraa city": the town stays the event's place."""
    near_town = _mention(0, location="Mzeireb", admin1="Daraa", latitude=32.71, longitude=36.03, geo_precision=2)
    city = _mention(1, dated=False, named=False, location="Daraa", admin1="Daraa", latitude=32.62, longitude=36.10)
    (event,), _ = assemble([near_town, city])
    assert event.event.location == "Mzeireb"


def test_an_unnamed_group_told_again_by_name_takes_the_name():
    (event,), _ = assemble([_mention(0, actor1="Unidentified armed group"), _mention(1)])
    assert (event.event.actor1, event.event.actor2) == ("Islamic State", "Syrian Arab Army")


_HIT_BY_NO_ONE_NAMED = _mention(0, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                actor1="", actor2="US-led coalition")


@pytest.mark.parametrize("actor1, same", [
    ("Iranian-backed militias", True),  # "the militias claimed the attack": who did it
    ("Protesters", False),  # a crowd fills no side of a strike
])
def test_a_telling_of_who_was_hit_and_one_of_who_acted(actor1, same):
    later = _mention(1, actor1=actor1, actor2="", generic=True)
    assert compatible(_HIT_BY_NO_ONE_NAMED, later) is same
    if same:
        (event,), _ = assemble([_HIT_BY_NO_ONE_NAMED, later])
        assert (event.event.actor1, event.event.actor2) == (actor1, "US-led coalition")


def test_an_earlier_telling_without_a_place_does_not_take_in_a_later_one_at_another():
    unplaced = _mention(0, placed=False, dated=False)
    assert not compatible(unplaced, _mention(1, location="al-Sukhnah", latitude=34.89, longitude=38.87))


def test_a_raid_that_ends_in_detentions_is_one_arrests_event():
    raid = _mention(0, raid=True, actor1="Syrian Arab Army", actor2="")
    detentions = _mention(1, event_type="Strategic developments", sub_event_type="Arrests",
                          actor1="Syrian Arab Army", actor2="Civilians")
    assert compatible(raid, detentions)
    (event,), _ = assemble([raid, detentions])
    assert (event.event.event_type, event.event.sub_event_type) == ("Strategic developments", "Arrests")
    assert (event.event.actor1, event.event.actor2) == ("Syrian Arab Army", "Civilians")


@pytest.mark.parametrize("text, evidence", [
    # a later sentence that tells the ambush again names no place; the landmine's town is not its place
    ("ISIS fighters ambushed an army bus near Palmyra on Tuesday, killing six soldiers.\n\n"
     "On Monday, a shepherd was killed when a landmine left behind by ISIS exploded near al-Sukhnah.\n\n"
     "The death toll from Tuesday's ambush could rise, the monitor said.",
     ["ISIS fighters ambushed", "On Monday, a shepherd"]),
    # a raid and the detentions made in it
    ("Government forces stormed the town of Jasim on Tuesday.\n\n"
     "Government forces detained at least nine young men during the raid.",
     ["Government forces stormed"]),
    # a live blog's heading tells nothing the paragraph under it does not
    ("Air raids kill civilians in Kafr Nabl\n\n"
     "At least four civilians were killed in air raids on Kafr Nabl on Tuesday night, a monitor said.",
     ["At least four civilians"]),
])
def test_one_happening_per_event(text, evidence):
    assert [e.evidence[:len(start)] for e, start in zip(_extract(text).events, evidence)] == evidence
    assert len(_extract(text).events) == len(evidence)


def test_a_town_of_a_list_stays_its_own_event():
    """"warplanes hit Kansafra and al-Bara" after a lede's "strikes east of Idlib": each town is an event."""
    region = _mention(0, location="Idlib", admin1="Idlib", latitude=35.93, longitude=36.63, geo_precision=3,
                      event_type="Explosions/Remote violence",
                      actor1="Russian Aerospace Forces", actor2="")
    town = _mention(1, location="al-Bara", admin1="Idlib", latitude=35.68, longitude=36.54, geo_precision=1,
                    event_type="Explosions/Remote violence",
                    actor1="Russian Aerospace Forces", actor2="")
    assert compatible(region, town)
    assert not compatible(region, replace(town, listed=True))


def test_fighters_taken_in_a_clash_are_its_toll():
    result = _extract("On Saturday night Jordanian border guards clashed near Ramtha with a group of armed men who were "
                      "trying to cross into Syria.\n\nAccording to the Jordanian army, one of the gunmen was killed and 3 "
                      "were detained, while the rest went back into Jordanian territory.")
    (event,) = result.events
    assert (event.sub_event_type, event.location) == ("Armed clash", "Ramtha")
    assert [(c.category, c.low, c.event_id) for c in result.claims] == [("killed", 1, event.event_id),
                                                                         ("detained", 3, event.event_id)]
