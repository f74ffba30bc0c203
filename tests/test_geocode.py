"""The offline gazetteer geocoder (codebook section 4). Expected places and coordinates are read
off data/geo/syria_places.csv, syria_places_supplement.csv and syria_admin1.csv by hand."""
import socket

import pytest
from geopy.geocoders import Nominatim
from geopy.location import Location

from helpers import paths
from helpers.geo import (Gazetteer, GazetteerGeocoder, distance_km, distance_to_line_km,
                             euphrates_line, fold_place_name, get_geocoder)


@pytest.fixture(scope="module")
def geocoder():
    return GazetteerGeocoder()


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize("gazetteer_spelling, news_spelling", [
    ("Ra’s al ‘Ayn", "Ras al-Ain"),  # ayn marks, article, diphthong
    ("Al Buşayrah", "al-Busayrah"),  # diacritics, article
    ("Tall Abyaḑ", "Tell Abyad"),  # tell / tall
    ("Tall Tamr", "Tel Tamr"),
    ("Dayr az Zawr", "Deir ez-Zor"),  # sun letter, ay / ei, aw / o
    ("Ḩuşayn", "Hussein"),
    ("Al-Hasakah", "Hasakeh"),  # ta marbuta
    ("Ar Raqqah", "Raqqa"),
    ("‘Ayn ‘Īsá", "Ain Issa"),
    ("Ma‘arrat an Nu‘mān", "Maarat al-Numan"),
    ("Al Ḩawl", "al-Hol"),
    ("Jisr ash Shughūr", "Jisr al-Shughur"),
    ("Dardārah", "al-Dardara"),
    ("Sanliurfa", "Şanlıurfa"),  # Turkish dotless i, which does not decompose
    ("Ceylanpinar", "Ceylanpınar"),
    ("Khān Shaykhūn", "Khan Cheikhoun"),  # French ch
])
def test_folding_makes_spellings_meet(gazetteer_spelling, news_spelling):
    assert fold_place_name(gazetteer_spelling) == fold_place_name(news_spelling)


@pytest.mark.parametrize("a, b", [("Homs", "Hama"), ("Tell Abyad", "Abyad"), ("Syria", "As Sarāyā"),
                                  ("Ras al-Ain", "Ras al-Ayn Subdistrict")])
def test_folding_keeps_different_names_apart(a, b):
    assert fold_place_name(a) != fold_place_name(b)


@pytest.mark.parametrize("spelling, canonical", [
    ("Hasaka", "Al-Hasakah"), ("al-Hasakah", "Al-Hasakah"), ("Hasakah province", "Al-Hasakah"),
    ("Deir Ezzor", "Deir ez-Zor"), ("Deir Ezojr", "Deir ez-Zor"),  # the last through place_aliases.csv
    ("Raqqa", "Raqqa"), ("Ar-Raqqah", "Raqqa"), ("Rural Damascus", "Rif Dimashq"), ("Sweida", "As-Suwayda"),
    ("Idleb", "Idlib"), ("Tell Abyad", None), ("Syria", None),
])
def test_governorate_spellings(gaz, spelling, canonical):
    assert gaz.governorate(spelling) == canonical


def test_candidates_are_dict_hits_over_all_spellings(gaz):
    names = {(p.name, p.admin1) for p in gaz.candidates("Ras al-Ain")}
    assert ("Ra’s al ‘Ayn", "Al-Hasakah") in names and ("Ra’s al ‘Ayn", "Idlib") in names
    assert gaz.candidates("Nowhere-on-Sea") == []
    assert Gazetteer.load() is gaz  # built once


def test_location_raw_fields(geocoder):
    loc = geocoder.geocode("Ras al-Ain")
    assert isinstance(loc, Location)
    # syria_places.csv: Ra’s al ‘Ayn, PPLA2, Al-Hasakah, 36.85034, 40.07055 (the town, not the district)
    assert (loc.latitude, loc.longitude) == (36.85034, 40.07055)
    assert {k: loc.raw[k] for k in ("name", "admin1", "feature_code", "geo_precision")} == {
        "name": "Ra’s al ‘Ayn", "admin1": "Al-Hasakah", "feature_code": "PPLA2", "geo_precision": 1}
    assert {"population", "source"} <= loc.raw.keys()


def test_all_matches_best_first(geocoder):
    found = geocoder.geocode("Ras al-Ain", exactly_one=False)
    assert [loc.raw["feature_code"] for loc in found[:3]] == ["PPLA2", "ADM2", "ADM3"]
    assert geocoder.geocode("Nowhere-on-Sea") is None


@pytest.mark.parametrize("admin1, expected", [
    (None, ("Aleppo", 36.13954, 37.46839)),  # three equal villages: first in the file
    ("Hasaka", ("Al-Hasakah", 36.9025, 41.17105)),
    ("Deir ez-Zor", ("Deir ez-Zor", 35.67355, 39.82585)),
])
def test_governorate_hint_settles_a_shared_name(geocoder, admin1, expected):
    loc = geocoder.geocode("Halabiyah", admin1=admin1)
    assert (loc.raw["admin1"], loc.latitude, loc.longitude) == expected


@pytest.mark.parametrize("name, expected", [
    ("Halabiyah", ("Deir ez-Zor", 35.67355, 39.82585)),
    ("Ruwayhah", ("Deir ez-Zor", 35.14155, 40.43377)),  # otherwise the Idlib village
])
def test_euphrates_line_settles_a_shared_name(geocoder, name, expected):
    loc = geocoder.geocode(name, near_line=euphrates_line())
    assert (loc.raw["admin1"], loc.latitude, loc.longitude) == expected


def test_governorate_is_a_region(geocoder):
    loc = geocoder.geocode("Hasaka")
    assert (loc.raw["name"], loc.raw["feature_code"], loc.raw["geo_precision"]) == ("Al-Hasakah", "ADM1", 3)


@pytest.mark.parametrize("phrase, name, admin1, point", [
    ("eastern Homs", "eastern Homs", "Homs", (34.45604, 38.77135)),  # the supplement's desert point
    ("the desert in central Syria", "central Syrian desert", "", (34.45604, 38.77135)),
    ("Greater Idlib", "Greater Idlib", "Idlib", (35.78511, 36.68229)),
    ("western bank of the Euphrates", "western bank of the Euphrates", "Deir ez-Zor", (35.16667, 40.28333)),
    ("southern Idlib", "southern Idlib", "Idlib", (35.76667, 36.66667)),  # governorate centroid
    ("northern countryside of Hasaka", "northern countryside of Hasaka", "Al-Hasakah", (36.51667, 40.9)),
])
def test_regions_answer_at_precision_3(geocoder, phrase, name, admin1, point):
    loc = geocoder.geocode(phrase)
    assert (loc.raw["name"], loc.raw["admin1"], loc.raw["geo_precision"]) == (name, admin1, 3)
    assert (loc.latitude, loc.longitude) == point


def test_supplement_places_what_news_names(geocoder):
    loc = geocoder.geocode("al-Tanf")
    assert (loc.raw["admin1"], loc.raw["feature_code"], loc.latitude) == ("Rif Dimashq", "MILB", 33.50583)


def test_reverse_is_not_offered(geocoder):
    with pytest.raises(NotImplementedError):
        geocoder.reverse((35.0, 40.0))


def test_nominatim_is_built_without_the_network(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    cached = get_geocoder("nominatim", cache_dir=tmp_path)
    assert isinstance(cached.geocoder, Nominatim)
    assert cached.geocoder.headers["User-Agent"].startswith("syria-sitreps")
    assert cached.path == tmp_path / "nominatim.json" and not cached.path.exists()
    assert isinstance(get_geocoder(), GazetteerGeocoder)
    with pytest.raises(ValueError):
        get_geocoder("google")


def test_default_cache_dir_is_the_project_cache():
    assert get_geocoder.__defaults__[1] == paths.CACHE_DIR


def test_euphrates_line_runs_downstream_through_syria():
    line = euphrates_line()
    assert len(line) > 300
    # first vertex near Abu Kamal (Iraqi border), last near Jarabulus (Turkish border)
    assert line[0][0] < 34.5 and line[-1][0] > 36.8
    assert all(32 < lat < 37.5 and 35 < lon < 42.5 for lat, lon in line)


def test_distances():
    assert distance_km((0.0, 0.0), (0.0, 1.0)) == pytest.approx(111.32, abs=0.01)
    line = [(35.0, 40.0), (35.0, 41.0)]
    assert distance_to_line_km(35.0, 40.5, line) == pytest.approx(0.0, abs=1e-6)
    assert distance_to_line_km(35.1, 40.5, line) == pytest.approx(11.09, abs=0.05)  # 0.1° of latitude
    assert distance_to_line_km(35.0, 39.0, line) == pytest.approx(distance_km((35.0, 39.0), (35.0, 40.0)))
    # syria_places.csv: Al Buşayrah (35.15618, 40.42716) sits on the river; Ḩuşayn (35.65018, 40.72052) does not
    assert distance_to_line_km(35.15618, 40.42716, euphrates_line()) < 2
    assert distance_to_line_km(35.65018, 40.72052, euphrates_line()) > 40
