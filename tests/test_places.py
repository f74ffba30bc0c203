"""Place mentions by codebook section 4. Sentences are written in the seeds' style about other
towns; expected governorates and coordinates are read off data/geo/syria_places.csv by hand."""
import random

import pytest

from helpers import paths
from helpers.extract.places import find_places
from helpers.geo.geometry import distance_km, nearest


def one(text, location, **kw):
    found = [m for m in find_places(text, **kw) if m.location == location]
    assert len(found) == 1, find_places(text, **kw)
    return found[0]


def facts(m):
    return (m.location, m.admin1, m.kind, m.geo_precision, m.relation)


@pytest.mark.parametrize("text, expected", [
    # the town itself: precision 1
    ("US forces detained 3 suspects in the town of Saraqib.", ("Saraqib", "Idlib", "point", 1, "in")),
    ("Clashes erupted in Manbij on July 4.", ("Manbij", "Aleppo", "point", 1, "in")),
    ("Government forces entered the city of Hama.", ("Hama", "Hama", "point", 1, "other")),
    ("Protests took place in Raqqa city.", ("Raqqa", "Raqqa", "point", 1, "in")),
    # a quarter "in western Raqqa" is in the city, not in the province's west
    ("The SDF took the al-Qadisiyah neighbourhood in western Raqqa.", ("Raqqa", "Raqqa", "point", 1, "other")),
    ("Shelling hit Zabadani Tuesday, the agency said.", ("Zabadani", "Rif Dimashq", "point", 1, "other")),  # wire style
    # a governorate's name owning a quarter is its capital city, whatever village shares the quarter's name
    ("Barrel bombs fell in Aleppo's al-Marja neighbourhood.", ("Aleppo", "Aleppo", "point", 1, "in")),
    ("Shells hit Hama's al-Arbaeen neighbourhood.", ("Hama", "Hama", "point", 1, "other")),  # not a village Hamas
    ("Shells hit Homs' al-Waer neighbourhood.", ("Homs", "Homs", "point", 1, "other")),
    # the centre of a city named like its governorate is the city; the centre of the province is a region
    ("Mortar rounds landed in the Rawda district of central Damascus.", ("Damascus", "Damascus", "point", 1, "other")),
    ("A bomb exploded in central Aleppo.", ("Aleppo", "Aleppo", "point", 1, "other")),
    ("Clashes erupted in central Hama province.", ("central Hama province", "Hama", "region", 3, "in")),
    ("Turkish drones struck a car in Aleppo's Manbij district.", ("Manbij", "Aleppo", "point", 1, "in")),
    ("Rebels battled militants on the outskirts of Al Bab.", ("Al Bab", "Aleppo", "point", 2, "in")),  # its article kept
    # near a town, coded to it: precision 2
    ("Some 20 fighters were killed near Saraqib.", ("Saraqib", "Idlib", "point", 2, "near")),
    ("Turkish drones struck SDF positions west of Ain Issa.", ("Ain Issa", "Raqqa", "point", 2, "near")),
    ("Shelling hit the outskirts of Manbij.", ("Manbij", "Aleppo", "point", 2, "other")),
    # the outskirts of a city named like its governorate, and of "the city of X", are near it
    ("Russian warplanes struck the outskirts of Idlib city.", ("Idlib", "Idlib", "point", 2, "other")),
    ("Jets struck the northern outskirts of the city of Idlib.", ("Idlib", "Idlib", "point", 2, "other")),
    ("Militants attacked an army checkpoint near the town of al-Sukhnah.", ("al-Sukhnah", "Homs", "point", 2, "near")),
    ("A Russian patrol stopped at the Jarabulus border crossing.", ("Jarabulus", "Aleppo", "point", 2, "at")),
    ("An Israeli strike hit the Aleppo International Airport.", ("Aleppo", "Aleppo", "point", 2, "other")),
    ("An IED exploded close to the al-Busayrah bridge.", ("al-Busayrah", "Deir ez-Zor", "point", 2, "near")),
    # governorates and regions: precision 3
    # A governorate's name alone is its capital city; "province" makes it the governorate.
    ("Airstrikes were reported in Homs.", ("Homs", "Homs", "point", 1, "in")),
    ("Airstrikes were reported in Homs province.", ("Homs", "Homs", "governorate", 3, "in")),
    ("Tensions rose in Daraa province.", ("Daraa", "Daraa", "governorate", 3, "in")),
    # the governorate around the capital, spelled with a word the capital's name leaves off
    ("Seven were killed in Sahnaya, in Damascus Countryside.", ("Rif Dimashq", "Rif Dimashq", "governorate", 3, "in")),
    ("Shelling hit villages in rural Damascus.", ("Rif Dimashq", "Rif Dimashq", "governorate", 3, "in")),
    ("Fighting raged in the countryside around Damascus.", ("Rif Dimashq", "Rif Dimashq", "governorate", 3, "in")),
    ("Mortars hit the Damascus countryside.", ("Rif Dimashq", "Rif Dimashq", "governorate", 3, "other")),
    ("ISIS cells stormed army positions in eastern Homs.", ("eastern Homs", "Homs", "region", 3, "in")),
    ("Attacks continued in the desert in central Syria.", ("central Syrian desert", "", "region", 3, "in")),
    ("The Syrian desert remains unsafe.", ("central Syrian desert", "", "region", 3, "other")),
    ("The army came to northeastern Syria.", ("northeastern Syria", "", "region", 3, "other")),
    ("Drones were seen over northwestern Syria.", ("northwestern Syria", "", "region", 3, "in")),  # in its airspace
    ("Clashes spread in central Syria.", ("central Syria", "", "region", 3, "in")),
    ("Raids hit positions on the western bank of the Euphrates.",
     ("western bank of the Euphrates", "Deir ez-Zor", "region", 3, "in")),
    ("Calm returned to the militant-held part of Greater Idlib.", ("Greater Idlib", "Idlib", "region", 3, "other")),
    # regions news names as such (data/geo/regions.csv)
    ("Jets struck hideouts of militants in the Jabal al-Zawiya area of Idlib province.",
     ("Jabal al-Zawiya", "Idlib", "region", 3, "in")),
    ("Mortars hit farmland in Eastern Ghouta.", ("Eastern Ghouta", "Rif Dimashq", "region", 3, "in")),
    ("Artillery shelled villages in the Ghab plain.", ("Ghab Plain", "Hama", "region", 3, "in")),
    ("Gunmen and regime forces clashed in the Lajat region, north-east of Izraa.", ("Lajat", "Daraa", "region", 3, "in")),
    # a base news names the gazetteer lacks (syria_places_supplement.csv); a village spelt with the article GeoNames
    # drops ("Shaykh Jum`ah"), which folding brings together
    ("Rebels attacked checkpoints around the Wadi Deif military base.", ("Wadi Deif", "Idlib", "point", 2, "near")),
    ("A strike hit a boat near Kasrat Sheikh al-Jumaa.", ("Kasrat Sheikh al-Jumaa", "Raqqa", "point", 2, "near")),
    ("Warplanes bombed targets in southern Idlib.", ("southern Idlib", "Idlib", "region", 3, "in")),
    ("Clashes erupted in the western countryside of Deir ez-Zor.",
     ("western countryside of Deir ez-Zor", "Deir ez-Zor", "region", 3, "in")),
    # a country's possessive before a place owns it; it is not part of its name
    ("Russian jets struck HTS positions in Syria's Idlib province.", ("Idlib", "Idlib", "governorate", 3, "in")),
    ("Jets struck a depot in Syria’s Deir ez-Zor.", ("Deir ez-Zor", "Deir ez-Zor", "point", 1, "in")),
    # ayn and hamza marks inside a name
    ("A drone struck a car near Ra’s al-‘Ayn.", ("Ra’s al-‘Ayn", "Al-Hasakah", "point", 2, "near")),
    # a direction before a foreign country names a part of that country, coded with it; as a locator after
    # "of" it leaves the place it locates
    ("An Israeli drone struck a car in southern Lebanon.", ("southern Lebanon", "", "region", 3, "in")),
    # who the people of a sentence deal with is not where it happened
    ("The committee of notables negotiates with Damascus on the town's behalf.",
     ("Damascus", "Damascus", "point", 1, "away")),
])
def test_precision_relation_and_kind(text, expected):
    found = find_places(text)
    assert expected in [facts(m) for m in found], found


@pytest.mark.parametrize("text, location, country", [
    ("An Israeli drone struck a car in southern Lebanon.", "southern Lebanon", "Lebanon"),
    ("Turkish jets struck targets in northern Iraq.", "northern Iraq", "Iraq"),
])
def test_a_part_of_a_country_named_by_its_direction_is_in_that_country(text, location, country):
    assert [(m.location, m.country) for m in find_places(text)] == [(location, country)]


@pytest.mark.parametrize("text, location, country", [
    # the Bekaa is Lebanon's valley, not the Syrian village of that name; a Lebanese village in an area of Akkar
    ("In the Bekaa, an Israeli drone struck a car near the town of Janta.", "Janta", "Lebanon"),
    ("Shells hit the village of Mashta Hammoud in the Wadi Khaled area of Akkar.", "Mashta Hammoud", "Lebanon"),
])
def test_places_across_the_lebanese_border_are_in_lebanon(text, location, country):
    assert (location, country) in [(m.location, m.country) for m in find_places(text)]
    assert all(m.country != "Syria" for m in find_places(text))


@pytest.mark.parametrize("text, location, country", [
    # a town the gazetteer lacks is in the foreign country the sentence says it tells of
    ("Across the border in Iraq, gunmen attacked a checkpoint near the village of Umm Jurayshat.", "Umm Jurayshat",
     "Iraq"),
    # fighters from a country did not fight there; a town in Syria beside it keeps the sentence in Syria
    ("Militias from Iraq seized the village of Umm Jurayshat.", "Umm Jurayshat", "Syria"),
    ("In Iraq and in Deir ez-Zor, gunmen attacked the village of Umm Jurayshat.", "Umm Jurayshat", "Syria"),
    # a town known in Iraq is Iraq's, however little its sentence says
    ("A car bomb struck an army checkpoint west of Tal Afar.", "Tal Afar", "Iraq"),
    # a foreign place whose name is made of a direction, a feature or a region word
    ("Border guards killed two smugglers in the Eastern Military Zone.", "Eastern Military Zone", "Jordan"),
    ("Turkish drones struck a car in the Kurdistan Region.", "Kurdistan Region", "Iraq"),
    ("Drones struck Ain al-Asad in Anbar Province.", "Anbar", "Iraq"),
    ("Rockets were fired at Al-Asad Air Base in western Iraq.", "Al-Asad Air Base", "Iraq"),
    # a news spelling the gazetteer writes otherwise (data/geo/place_aliases.csv)
    ("Airstrikes hit residential streets in Busr al-Harir on Monday night.", "Busr al-Harir", "Syria"),
    # an Israeli locality of the Israel-held Golan, after the Hebrew word for its kind of village
    ("Two mortar shells fired from Syria exploded in an open area near Moshav Alonei HaBashan on the Golan Heights.",
     "Alonei HaBashan", "Israel"),
    # a city's district named without the city is coded to the city (data/geo/town_parts.csv)
    ("An air raid flattened a building in the Aleppo district of al-Shaar.", "Aleppo", "Syria"),
    ("Air strikes hit the adjacent al-Badu neighbourhood.", "Raqqa", "Syria"),  # not a village of Homs
    ("Army artillery shelled the al-Jubaila district, where insurgents have dug in.", "Deir ez-Zor", "Syria"),
    ("Rocket fire hit the government-held district of Hamdaniya.", "Aleppo", "Syria"),
    ("Mortar rounds struck a street in the government-held Suleimaniyah district.", "Aleppo", "Syria"),
    ("Seven bodies were found on the edge of the Barzeh neighborhood.", "Damascus", "Syria"),  # not a village of Idlib
    ("Government troops tried to push into the Sheikh Saeed district on the southern edge of the rebel enclave.",
     "Aleppo", "Syria"),
    ("An IED exploded targeting an Asayish patrol in the Ghweiran neighbourhood.", "Al-Hasakah", "Syria"),
    # ... also when its name holds a word that elsewhere is no name's ("roundabout"), in either case
    ("ISIS publicly executed two young men in al-Naim roundabout on Friday.", "Raqqa", "Syria"),  # not a village of Homs
    ("ISIS publicly executed two young men in the Al-Naim Roundabout on Friday.", "Raqqa", "Syria"),
    ("In Brussels on Monday, several hundred Syrian Kurds rallied outside the Europa building.", "Brussels", "Belgium"),
    ("In Nineveh, border guards arrested three suspected Daesh members.", "Nineveh", "Iraq"),  # a province abroad
    ("Several hundred people gathered outside the UN office in Sulaimani on Monday.", "Sulaimani", "Iraq"),
    # a town of the Gaza Strip, not the Syrian village of its name; towns abroad that regional roundups name
    ("An Israeli air strike on a school in Jabalia, in the north of the enclave, killed at least 11 people.", "Jabalia",
     "Palestine"),
    ("Hezbollah fired a barrage of rockets at Nahariya on Tuesday.", "Nahariya", "Israel"),
    ("A suicide car bomb struck a police checkpoint in Taji, north of Baghdad.", "Taji", "Iraq"),
    # a village under its news spelling (data/geo/place_aliases.csv)
    ("The army attacked near Hawsh al-Dawahira and al-Shifoniyah on the edge of the enclave.", "al-Shifoniyah", "Syria"),
    # a name the gazetteer lacks is a place when an apposition calls it a village or town
    ("On Sunday Russian jets struck Umm Khirbiyat, a farming village near Azaz.", "Umm Khirbiyat", "Syria"),
    ("Umm Khirbiyat, the small border town, was struck by two bombs.", "Umm Khirbiyat", "Syria"),
])
def test_a_town_is_placed_in_the_country_its_sentence_tells_of(text, location, country):
    assert (location, country) in [(m.location, m.country) for m in find_places(text)]


@pytest.mark.parametrize("text, surface", [
    ("The army captured the strategic town of Saraqib.", "the strategic town of Saraqib"),
    ("The army shelled Saraqib.", "Saraqib"),  # the article does not reach across a verb
    ("Militants attacked the SDF-held al-Omar oil field.", "the SDF-held al-Omar oil field"),
    ("The IS cells withdrew to the Euphrates.", "the Euphrates"),
])
def test_surface(text, surface):
    assert [m.surface for m in find_places(text)] == [surface]


def test_a_river_is_coded_as_a_region():
    m = one("The IS cells withdrew to the Euphrates.", "Euphrates")
    assert (m.kind, m.geo_precision, m.admin1) == ("region", 3, "")


def test_longest_region_phrase_wins():
    found = find_places("ISIS attacked positions in the desert in central Syria.")
    assert [m.location for m in found] == ["central Syrian desert"]
    assert found[0].surface == "the desert in central Syria"


def test_direction_rule_uses_the_governorate_centroid():
    m = one("Artillery pounded the northern countryside of Aleppo.", "northern countryside of Aleppo")
    # syria_admin1.csv: Aleppo 36.25, 37.61667
    assert (m.admin1, m.latitude, m.longitude, m.geo_precision) == ("Aleppo", 36.25, 37.61667, 3)


def test_offsets_point_into_the_whole_text():
    text = "Headline.\n\nOn July 4, fighting erupted near the village of Baghuz."
    start = text.index("On July")
    m = one(text, "Baghuz", start=start)
    assert text[m.start:m.end] == m.surface == "the village of Baghuz"
    assert find_places(text, start, start + 10) == []


def test_between_marks_reference_points_in_one_group():
    found = find_places("A Turkish convoy was attacked on the road between Manbij and Jarabulus.")
    assert [(m.location, m.admin1, m.relation) for m in found] == [
        ("Manbij", "Aleppo", "between"), ("Jarabulus", "Aleppo", "between")]
    assert found[0].group == found[1].group


def test_a_nationality_before_town_is_no_place_name():
    found = find_places("A car bomb ripped through a market in the northern Syrian town of Jarablus on Sunday.")
    assert [m.location for m in found] == ["Jarablus"]


@pytest.mark.parametrize("text, locations", [
    # the English article that opens a sentence is no Arabic one: "An Iraqi" is not the Damascus quarter al-Iraqi
    ("An Iraqi woman and her son were shot dead in the al-Hol camp on Monday.", ["al-Hol"]),
    # an assimilated Arabic article is written with the consonant that opens the next word
    ("An Nabk and Ash Shaddadi were shelled on Monday.", ["An Nabk", "Ash Shaddadi"]),
    ("Al Bab was shelled on Monday.", ["Al Bab"]),
])
def test_an_article_opens_a_name_only_as_arabic_writes_it(text, locations):
    assert [m.location for m in find_places(text)] == locations


@pytest.mark.parametrize("text, locations", [
    # a caption's address: the town, its province and the country, then the day
    ("Smoke rises after an air strike on the town of Habit, Idlib province, Syria October 11, 2015.",
     ["Habit", "Idlib"]),
    ("Artillery shelled government positions near Saraqib Feb. 17.", ["Saraqib"]),
    # a list of villages is still a list
    ("Jets struck the villages of Kafr Nabl, Hass and Maarat Harma.", ["Kafr Nabl", "Hass", "Maarat Harma"]),
])
def test_an_address_and_its_day_name_no_other_place(text, locations):
    assert [m.location for m in find_places(text)] == locations


def test_a_route_from_one_town_to_another_is_two_reference_points():
    found = find_places("The car was travelling from Manbij towards Jarabulus when the device exploded.")
    assert [(m.location, m.relation) for m in found] == [("Manbij", "between"), ("Jarabulus", "between")]
    assert found[0].group == found[1].group


def test_list_shares_a_group_and_the_relation():
    text = "SDF fighters clashed with tribesmen in Dhiban, al-Shuhayl and Hajin. Calm returned to Saraqib."
    found = find_places(text)
    # syria_places.csv: Dhībān PPLA3, Shaḩīl (alt Shuḩayl) PPL, Hajin PPLA3, all Deir ez-Zor
    assert [(m.location, m.admin1, m.relation, m.geo_precision) for m in found[:3]] == [
        ("Dhiban", "Deir ez-Zor", "in", 1), ("al-Shuhayl", "Deir ez-Zor", "in", 1), ("Hajin", "Deir ez-Zor", "in", 1)]
    assert len({m.group for m in found[:3]}) == 1
    assert found[3].location == "Saraqib" and found[3].group != found[0].group


def test_list_without_a_preposition():
    found = find_places("Manbij, Jarabulus and al-Bab are the main hot points.")
    assert [(m.location, m.relation) for m in found] == [("Manbij", "list"), ("Jarabulus", "list"), ("al-Bab", "list")]
    assert {m.admin1 for m in found} == {"Aleppo"} and len({m.group for m in found}) == 1


def test_governorate_hint_settles_a_shared_name():
    text = "Fighting erupted near Halabiyah."
    # syria_places.csv has three Ḩalabīyah villages: Aleppo, Al-Hasakah and Deir ez-Zor
    assert one(text, "Halabiyah", admin1_hint="Deir ez-Zor").latitude == 35.67355
    assert one(text, "Halabiyah", admin1_hint="Hasaka").admin1 == "Al-Hasakah"


@pytest.mark.parametrize("text, admin1", [
    ("Fighting erupted near Kharayij in the eastern countryside of Deir ez-Zor.", "Deir ez-Zor"),
    ("Fighting erupted near Kharayij in the southern countryside of Hasakah.", "Al-Hasakah"),
])
def test_region_in_the_sentence_settles_a_shared_name(text, admin1):
    assert one(text, "Kharayij").admin1 == admin1  # two Kharāyij villages, one in each


def test_euphrates_bank_settles_a_shared_name():
    text = "Government forces shelled the village of Ruwayhah on the western bank of the Euphrates."
    m = one(text, "Ruwayhah")
    # syria_places.csv: Ruwayḩah in Deir ez-Zor (35.14155, 40.43377), on the river; the other is in Idlib
    assert (m.admin1, m.latitude, m.longitude, m.geo_precision) == ("Deir ez-Zor", 35.14155, 40.43377, 1)


def test_a_ministry_after_a_places_comma_is_no_place():
    text = "Shells struck the town of Al-Qasr in the Hermel district, the Public Health Ministry said."
    assert [m.location for m in find_places(text)] == ["Al-Qasr", "Hermel"]


def test_excluded_spans_are_skipped():
    text = "SDF fighters led by Hajin clashed with tribesmen near Dhiban."
    assert [m.location for m in find_places(text)] == ["Hajin", "Dhiban"]
    person = (text.index("Hajin"), text.index("Hajin") + len("Hajin"))
    assert [m.location for m in find_places(text, exclude=[person])] == ["Dhiban"]


@pytest.mark.parametrize("text", [
    "A statement by Ahmad Manbij was published.",  # a name matches only as a whole
    "Some 20 soldiers were killed.",  # sentence-initial common word that folds like a village
    "Talks with Russia and Qatar continued.",  # stoplist
    "The Damascus government refused the deal.",  # a place before "government" is an actor
    "Turkish-backed militants attacked.",
    "Three fighters were killed, local sources told DeirEzzor24.",  # a brand spelled with digits
    "Tel Aviv rarely comments on its attacks.",  # a foreign capital opening a sentence is its government
    "Russia's Defense Ministry denied the report.",  # what a country owns is a place only when it names one
    "Türkiye's National Defence Ministry has said.",  # a country's possessive, not the Syrian village Turkiyah
    "Two were wounded, the Sanliurfa governor's office said.",  # a place before "governor's" is an office
])
def test_not_places(text):
    assert find_places(text) == []


# --- the seeds -------------------------------------------------------------------------------

def seed(name, sentence):
    text = (paths.REPORTS_DIR / name).read_text(encoding="utf-8")
    start = text.index(sentence)
    return text, start, start + len(sentence)


SEED_A = "000_4332192d60249b63.txt"
SEED_B = "002_8d1a24af9b3c7ac4.txt"


def test_seed_abdi():
    text, s, e = seed(SEED_A, "The most intense fighting erupted near the village of Abdi.")
    m = one(text, "Abdi", start=s, end=e)
    # syria_places.csv: ‘Abdī, PPL, Raqqa, 36.68426 38.80383 (west of Tell Abyad)
    assert (m.admin1, m.geo_precision, m.relation, m.latitude) == ("Raqqa", 2, "near", 36.68426)
    assert m.surface == "the village of Abdi"


def test_seed_tanf_and_western_bank():
    text, s, e = seed(SEED_A, "In response to this attack, the Syrian Air Force")
    found = find_places(text, s, text.index("\n", s))
    assert [(m.location, m.admin1, m.geo_precision) for m in found] == [
        ("western bank of the Euphrates", "Deir ez-Zor", 3), ("al-Tanf", "Rif Dimashq", 2)]


def test_seed_dardara():
    text, s, e = seed(SEED_A, "Meanwhile, Syrian forces blocked a US military convoy")
    found = find_places(text, s, text.index(".", s) + 1)
    assert [(m.location, m.admin1, m.geo_precision, m.relation) for m in found] == [
        ("al-Dardara", "Al-Hasakah", 2, "at"),
        ("Tel Tamr", "Al-Hasakah", 1, "between"),
        ("Abu Rasin", "Al-Hasakah", 1, "between"),
        ("northern countryside of Hasaka", "Al-Hasakah", 3, "in"),
    ]


def test_seed_husayn_is_kept_without_coordinates():
    text, s, e = seed(SEED_B, "As the Syrian government fights ISIS on the western bank of the Euphrates")
    m = one(text, "Husayn", start=s, end=text.index("\n", s))
    # The gazetteer's only Ḩuşayn villages lie in Al-Hasakah (55 km from the river) and Tartus,
    # so the town on the eastern bank keeps its name and governorate but gets no invented point.
    assert (m.admin1, m.geo_precision, m.relation, m.kind) == ("Deir ez-Zor", 1, "in", "point")
    assert m.latitude is None and m.longitude is None


def test_seed_hot_points_list():
    text, s, e = seed(SEED_B, "Tell Abyad, al-Yabisah and Ras al-Ain are the main hot points.")
    found = find_places(text, s, e)
    assert [(m.location, m.admin1, m.geo_precision) for m in found] == [
        ("Tell Abyad", "Raqqa", 1), ("al-Yabisah", "Raqqa", 1), ("Ras al-Ain", "Al-Hasakah", 1)]
    assert len({m.group for m in found}) == 1
    # syria_places.csv: Al Yābisah in Raqqa (36.69158, 38.90426), beside Tell Abyad, not Latakia's
    assert (found[1].latitude, found[1].longitude) == (36.69158, 38.90426)


def test_seed_provinces_and_people():
    text, s, e = seed(SEED_B, "Meanwhile, the SDF leadership declared")
    found = find_places(text, s, text.index("\n", s))
    assert [(m.location, m.kind) for m in found if m.kind == "governorate"][-2:] == [
        ("Deir ez-Zor", "governorate"), ("Raqqa", "governorate")]
    text, s, e = seed(SEED_B, "SDF Commander-in-Chief Abdi Şahin")
    # "Mazlum Abdi", "Abdi is a member": no person is a place ("a Kurdish state in southern Turkey ... northern
    # Iraq" names parts of countries)
    assert [m.location for m in find_places(text, s, text.index("\n", s))] == ["southern Turkey", "northern Iraq"]


def test_nearest_picks_what_min_by_geodesic_picks():
    rng = random.Random(7)
    for _ in range(2000):
        to = (rng.uniform(32, 37), rng.uniform(35, 42))
        points = [(to[0] + rng.gauss(0, 0.05), to[1] + rng.gauss(0, 0.05)) for _ in range(rng.randint(2, 5))]
        points += points[:1] if rng.random() < 0.3 else []  # a tie: the first one wins
        assert nearest(points, to) == min(range(len(points)), key=lambda i: distance_km(points[i], to))


def test_a_citys_old_city_is_no_town_of_its_own():
    text = "As the fighting moves into the dense lanes of the Old City, SDF fighters battled snipers in Raqqa."
    assert [m.location for m in find_places(text)] == ["Raqqa"]


def test_a_district_of_a_town_the_gazetteer_lacks_is_refused(tmp_path):
    from helpers.geo import Gazetteer
    from tests.conftest import edited_copy
    folder = edited_copy(paths.GEO_DIR, tmp_path, "town_parts.csv", "Bab Touma,Bab Tuma,Damascus,Damascus,",
                         "Bab Touma,Bab Tuma,Damascus,Raqqa,")
    with pytest.raises(ValueError, match="town_parts.csv: 'Damascus' is not a place of Raqqa"):
        Gazetteer(folder)


def test_a_presidents_name_is_no_air_base_abroad():
    # Ain al-Asad is "Al-Asad Air Base" to Americans; "al-Assad" alone is the president
    assert [(m.location, m.country) for m in find_places("Forces loyal to al-Assad attacked the town of Tafas.")] == [
        ("Tafas", "Syria")]


def _garrison_rows():
    import csv
    return list(csv.DictReader(open(paths.LEXICON_DIR / "garrisons.csv", encoding="utf-8")))


@pytest.mark.parametrize("row", _garrison_rows(), ids=lambda r: r["place"])
def test_every_garrisoned_base_is_a_place_the_finder_gives(row):
    """data/lexicon/garrisons.csv keys its bases by the place and governorate the events table writes: a row the
    place finder never gives would never apply."""
    text = f"Rockets were fired at {row['place']} on Monday."
    assert (row["place"], row["admin1"]) in [(m.location, m.admin1) for m in find_places(text)]


@pytest.mark.parametrize("text, admin1", [
    # a village the gazetteer lacks is in the one governorate its passage names
    ("An Israeli army unit entered the village of Tarnaja in the Quneitra countryside.", "Quneitra"),
    ("An Israeli army unit entered the village of Tarnaja, near Khan Arnabah and Daraa.", ""),
])
def test_an_unknown_village_takes_the_governorate_its_passage_names(text, admin1):
    assert [m.admin1 for m in find_places(text) if m.location == "Tarnaja"] == [admin1]
