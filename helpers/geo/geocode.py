"""Geocode Syrian place names offline with the project's gazetteer (data/geo), as a geopy Geocoder.

The gazetteer is GeoNames spelling ("Ma‘arrat an Nu‘mān", "Tall Rif‘at"); news writes "Maarat
al-Numan", "Tell Rifaat". Both sides are folded to one key (fold_place_name) and matched with a dict hit.
An online geocoder (Nominatim) is an option, built only when asked for and cached on disk.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geopy.distance import geodesic
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from helpers import paths
from helpers.extract.lexicon import read_csv

PLACES_FILE = "syria_places.csv"
SUPPLEMENT_FILE = "syria_places_supplement.csv"
EUPHRATES_FILE = "syria_euphrates.geojson"

# Arabic article as news and GeoNames write it, incl. sun-letter assimilation and French
# transcriptions ("Ed Derdâra", "ech Cheïkh").
ARTICLES = frozenset("al el il ul ar er as es ash esh ech ad ed adh an en at et ath az ez".split())
_TELL = frozenset({"tell", "tel", "tall", "tal", "til"})
_MARKS = re.compile(r"[’‘'`´ʿʾʻʼ]")  # ayn and hamza marks, apostrophes: "Ra’s", "‘Ayn", "Dar'a"
# Letter rules, in order, that make English, French and GeoNames transliterations meet.
_WORD_RULES = [
    (re.compile(r"(?<=[ae])h$"), ""),  # ta marbuta: Hasakah / Hasakeh / Hasaka
    (re.compile(r"(?<=\w\w)e$"), "a"),  # Hassake, French -é
    (re.compile(r"ay|ey|ei"), "ai"),  # diphthong: Ayn / Ain / Ein, Shaykh / Sheikh, Dayr / Deir
    (re.compile(r"aw|ou|oo|o"), "u"),  # Zawr / Zour / Zor, Homs / Hums, Hawl / Hol
    (re.compile(r"q"), "k"),  # Raqqa / Rakka, Qamishli / Kamishli
    (re.compile(r"e|y"), "i"),  # Idleb / Idlib, Abyad / Abiad
    (re.compile(r"(\w)\1+"), r"\1"),  # doubled letters: Raqqa, Hussein, Tall
]

# Lower is better: the town itself before the district named after it, settlements before
# abandoned or historical places.
FEATURE_RANK = {"PPLC": 0, "ADM1": 1, "PPLA": 2, "PPLA2": 3, "ADM2": 4, "PPLA3": 5, "ADM3": 6,
                "PPLA4": 7, "PPL": 8, "PPLL": 9, "PPLQ": 11, "PPLH": 11, "PPLW": 11}
_OTHER_RANK = 10
AREA_CODES = ("ADM1", "RGN", "STM")  # coded at region precision: governorates, regions, rivers


@cache
def fold_place_name(name: str) -> str:
    """One key for every spelling of a name: "Ma‘arrat an Nu‘mān" and "Maarat al-Numan" both give
    "marat numan"."""
    text = unicodedata.normalize("NFKD", name)
    text = _MARKS.sub("", "".join(c for c in text if not unicodedata.combining(c)).casefold())
    words = re.findall(r"[a-z]+", text)  # Arabic script, digits and punctuation fall away
    words = [w for w in words if w not in ARTICLES] or words
    return " ".join(_fold_word(w) for w in words)


@cache
def _fold_word(word: str) -> str:
    if word in _TELL:
        return "tl"
    for pattern, repl in _WORD_RULES:
        word = pattern.sub(repl, word)
    return word


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str
    latitude: float
    longitude: float
    feature_code: str
    population: int = 0
    source: str = ""
    dataset: str = PLACES_FILE  # which file of data/geo the row comes from

    @property
    def point(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class Region:
    name: str  # as the tables show it, e.g. "Greater Idlib"
    admin1: str  # "" when it spans governorates
    latitude: float
    longitude: float
    source: str  # how the representative point was derived
    line: str = ""  # a line file in data/geo the region lies along ("the eastern bank of the Euphrates")
    max_km: float | None = None  # how far from that line a place in the region can be


class Gazetteer:
    """Every name of data/geo, folded and indexed once; a lookup is a dict hit."""

    def __init__(self, geo_dir: Path | str = paths.GEO_DIR):
        self.geo_dir = Path(geo_dir)
        words = read_csv("place_words.csv", self.geo_dir)
        self.words: dict[str, str] = {w["phrase"].lower(): w["role"] for w in words}
        self.directions = frozenset(p for p, role in self.words.items() if role == "direction")
        self._lines: dict[str, list[tuple[float, float]]] = {}
        self._index: dict[str, dict[Place, None]] = {}  # dict as an ordered set
        for dataset in (PLACES_FILE, SUPPLEMENT_FILE):
            for row in read_csv(dataset, self.geo_dir):
                place = _place(row, dataset)
                for name in {row["name"], row["asciiname"], *row["alternatenames"].split("|")}:
                    self._add(name, place)
        self.admin1: dict[str, Region] = {}  # canonical governorate name -> centroid
        self._governorates: dict[str, str] = {}  # folded spelling -> canonical name
        adm1_rows = {p.name: p for ps in self._index.values() for p in ps if p.feature_code == "ADM1"}
        for row in read_csv("syria_admin1.csv", self.geo_dir):
            name = row["name"]
            self.admin1[name] = Region(name, name, float(row["latitude"]), float(row["longitude"]),
                                       "governorate centroid (syria_admin1.csv)")
            for spelling in {name, *row["spellings"].split("|")}:
                self._governorates[fold_place_name(spelling)] = name
                if name in adm1_rows:
                    self._add(spelling, adm1_rows[name])
        for row in read_csv("place_aliases.csv", self.geo_dir):
            self._add_alias(row)
        self.regions: dict[str, Region] = {}  # lowercase alias -> region
        for row in read_csv("regions.csv", self.geo_dir):
            region = Region(row["name"], row["admin1"], float(row["latitude"]), float(row["longitude"]),
                            row["source"], row["line"], float(row["max_km"]) if row["max_km"] else None)
            for alias in {row["name"], *row["aliases"].split("|")}:
                self.regions[_phrase_key(alias)] = region

    @classmethod
    def load(cls, geo_dir: Path | str | None = None) -> Gazetteer:
        """The gazetteer of geo_dir (default data/geo), built once per process."""
        return _load(str(geo_dir or paths.GEO_DIR))

    def _add(self, name: str, place: Place) -> None:
        key = fold_place_name(name)
        if key:
            self._index.setdefault(key, {})[place] = None

    def _add_alias(self, row: dict[str, str]) -> None:
        # An alias borrows the entries of the gazetteer name it stands for (in one governorate
        # when the row says which), so it never brings coordinates of its own.
        targets = self.candidates(row["name"])
        if row["admin1"]:
            targets = [p for p in targets if p.admin1 == row["admin1"]]
        if not targets:
            raise ValueError(f"place_aliases.csv: {row['name']!r} is not in the gazetteer")
        for place in targets:
            self._add(row["alias"], place)
        if gov := self.governorate(row["name"]):
            self._governorates[fold_place_name(row["alias"])] = gov

    def candidates(self, name: str) -> list[Place]:
        """Every gazetteer entry whose name folds like `name`, unranked."""
        return list(self._index.get(fold_place_name(name), ()))

    def governorate(self, name: str) -> str | None:
        """The canonical governorate ("Al-Hasakah") for any of its spellings ("Hasaka province")."""
        parts = name.split()
        while len(parts) > 1 and self.words.get(parts[-1].lower()) == "governorate":
            parts.pop()
        return self._governorates.get(fold_place_name(" ".join(parts)))

    def region(self, phrase: str) -> Region | None:
        """A named region (regions.csv), or "<direction> [countryside of] <governorate>"."""
        key = _phrase_key(phrase)
        if key in self.regions:
            return self.regions[key]
        words = key.split()
        if len(words) < 2 or words[0] not in self.directions:
            return None
        rest = words[1:]
        if rest[:2] == ["countryside", "of"]:  # "northern countryside of Hasaka"
            rest = rest[2:]
        while len(rest) > 1 and self.words.get(rest[-1]) in ("governorate", "vicinity"):
            rest = rest[:-1]  # "southern Idlib countryside", "western Hama province"
        gov = self._governorates.get(fold_place_name(" ".join(rest)))
        if not gov:
            return None
        written = re.sub(r"^the\s+", "", " ".join(phrase.split()), flags=re.I)
        centroid = self.admin1[gov]
        return Region(written, gov, centroid.latitude, centroid.longitude, centroid.source)

    def rank(self, places, admin1=None, near_line=None, *, context_admin1=(), near=None,
             name: str = "") -> list[Place]:
        """Best first: in the hinted governorate, then in one the context names (a region or
        governorate in the same sentence), nearest near_line, a curated entry, admin rank,
        population, `name` as the entry's own name rather than an alternate one, and last
        nearest `near` (the other places of a list)."""
        key_name = fold_place_name(name) if name else ""

        def key(p: Place):
            return (
                bool(admin1) and p.admin1 != admin1,
                p.admin1 not in context_admin1 if context_admin1 else False,
                distance_to_line_km(p.latitude, p.longitude, near_line) if near_line else 0.0,
                # the supplement exists to place what news names and GeoNames places badly
                p.dataset != SUPPLEMENT_FILE,
                FEATURE_RANK.get(p.feature_code, _OTHER_RANK),
                -p.population,
                bool(key_name) and fold_place_name(p.name) != key_name,
                distance_km(p.point, near) if near else 0.0,
            )

        return sorted(places, key=key)

    def line(self, file_name: str) -> list[tuple[float, float]]:
        """The (lat, lon) vertices of a line file in data/geo, read once."""
        if file_name not in self._lines:
            self._lines[file_name] = _read_line(self.geo_dir / file_name)
        return self._lines[file_name]


@cache
def _load(geo_dir: str) -> Gazetteer:
    return Gazetteer(geo_dir)


def _place(row: dict[str, str], dataset: str) -> Place:
    return Place(row["name"], row["admin1"], float(row["latitude"]), float(row["longitude"]),
                 row["feature_code"], int(row["population"] or 0), row["source"], dataset)


def _phrase_key(phrase: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(phrase.lower().split()))


# --- geometry ---------------------------------------------------------------------------------

def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance between two (lat, lon) points."""
    return geodesic(a, b).km


def distance_to_line_km(lat: float, lon: float, line) -> float:
    """Geodesic distance from a point to the nearest point of a polyline of (lat, lon)."""
    # Find the nearest point on a local flat projection (fine at the scale of a segment), then
    # measure to it on the ellipsoid.
    scale = math.cos(math.radians(lat))
    best, best_d2 = line[0], math.inf
    for (la1, lo1), (la2, lo2) in zip(line, line[1:]):
        dx, dy = (lo2 - lo1) * scale, la2 - la1
        px, py = (lon - lo1) * scale, lat - la1
        t = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy))) if dx or dy else 0.0
        cx, cy = lo1 + t * (lo2 - lo1), la1 + t * (la2 - la1)
        d2 = ((lon - cx) * scale) ** 2 + (lat - cy) ** 2
        if d2 < best_d2:
            best, best_d2 = (cy, cx), d2
    return distance_km((lat, lon), best)


def _read_line(path: Path) -> list[tuple[float, float]]:
    # The file's MultiLineString is the river in pieces; chain the pieces that meet end to start
    # into one course (a piece that meets none is a stub of a few hundred metres and left out).
    parts = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        geom = feature["geometry"]
        coords = geom["coordinates"] if geom["type"] == "MultiLineString" else [geom["coordinates"]]
        parts += [[(lat, lon) for lon, lat in part] for part in coords]
    chain = max(parts, key=len)
    parts.remove(chain)
    joined = True
    while joined:
        joined = False
        for part in parts:
            if part[0] == chain[-1]:
                chain, joined = chain + part[1:], True
            elif part[-1] == chain[0]:
                chain, joined = part[:-1] + chain, True
            if joined:
                parts.remove(part)
                break
    return chain


def euphrates_line() -> list[tuple[float, float]]:
    """The Euphrates in Syria as (lat, lon) vertices, from data/geo/syria_euphrates.geojson."""
    return Gazetteer.load().line(EUPHRATES_FILE)


# --- geopy ------------------------------------------------------------------------------------

def place_location(place: Place | Region) -> Location:
    """A geopy Location whose raw holds the gazetteer fields and the codebook's geo_precision
    (1 for a point, 3 for a governorate, region or river)."""
    if isinstance(place, Region):
        code, population = "RGN", 0
    else:
        code, population = place.feature_code, place.population
    raw = {"name": place.name, "admin1": place.admin1, "feature_code": code, "population": population,
           "source": place.source, "geo_precision": 3 if code in AREA_CODES else 1,
           "latitude": place.latitude, "longitude": place.longitude}
    address = ", ".join(dict.fromkeys(p for p in (place.name, place.admin1, "Syria") if p))
    return Location(address, (place.latitude, place.longitude), raw)


class GazetteerGeocoder(Geocoder):
    """geopy Geocoder over the offline gazetteer; never touches the network."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__()
        self.gazetteer = gazetteer or Gazetteer.load()

    def geocode(self, query, exactly_one=True, timeout=None, *, admin1=None, near_line=None):
        """Best match for a place name or a region phrase; with exactly_one=False every match, best
        first. admin1 (a governorate, any spelling) and near_line (a list of (lat, lon), e.g.
        euphrates_line()) settle names that several places share."""
        gaz = self.gazetteer
        region = gaz.region(query)
        if region:
            found = [place_location(region)]
        else:
            hint = (gaz.governorate(admin1) or admin1) if admin1 else None
            ranked = gaz.rank(gaz.candidates(query), hint, near_line, name=query)
            found = [place_location(p) for p in ranked]
        if not found:
            return None
        return found[0] if exactly_one else found

    def reverse(self, query, exactly_one=True, timeout=None):
        raise NotImplementedError("GazetteerGeocoder only geocodes names; use get_geocoder('nominatim') "
                                  "for reverse geocoding")


class CachedGeocoder:
    """Wraps an online geopy geocoder so that each answer is asked for once and kept in a JSON file."""

    def __init__(self, geocoder: Geocoder, path: Path, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        self.path = Path(path)
        # Nominatim's usage policy: at most one request a second.
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds)
        self._cache: dict | None = None

    def _entries(self) -> dict:
        if self._cache is None:
            self._cache = json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
        return self._cache

    def geocode(self, query, exactly_one=True, **kwargs):
        key = json.dumps([query, exactly_one, sorted(kwargs.items())], ensure_ascii=False, default=str)
        entries = self._entries()
        if key not in entries:
            answer = self._geocode(query, exactly_one=exactly_one, **kwargs)
            answers = [] if answer is None else [answer] if exactly_one else list(answer)
            entries[key] = [[a.address, a.latitude, a.longitude, a.raw] for a in answers]
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(self.path)
        found = [Location(address, (lat, lon), raw) for address, lat, lon, raw in entries[key]]
        if not found:
            return None
        return found[0] if exactly_one else found


def get_geocoder(name: str = "gazetteer", cache_dir: Path | str = paths.CACHE_DIR):
    """"gazetteer" (offline, the default) or "nominatim" (online, answers cached in cache_dir)."""
    if name == "gazetteer":
        return GazetteerGeocoder()
    if name == "nominatim":
        from geopy.geocoders import Nominatim

        nominatim = Nominatim(user_agent="syria-sitreps/0.1 (research; cached geocoding)")
        return CachedGeocoder(nominatim, Path(cache_dir) / "nominatim.json")
    raise ValueError(f"unknown geocoder {name!r}: use 'gazetteer' or 'nominatim'")
