"""The offline gazetteer (data/geo): every name folded and indexed once, ranked for a context.

GeoNames places with a curated supplement, governorates with their spellings, aliases for
spellings folding cannot repair, and named regions. Each file is checked against its schema
when loaded.
"""
from __future__ import annotations

import hashlib
import pickle
import re
import sys
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from helpers import paths
from helpers.atomic import write_atomically
from helpers.facts import Column, Schema, note, read_rows, split_list, text
from helpers.geo.geometry import distance_km, distance_to_line_km, nearest, read_line
from helpers.geo.names import fold_place_name, name_rules

PLACES_FILE = "syria_places.csv"
SUPPLEMENT_FILE = "syria_places_supplement.csv"
AREA_CODES = ("ADM1", "RGN", "STM")  # coded at region precision: governorates, regions, rivers
OTHER_FEATURES = "other"  # the feature_ranks.csv row for codes it does not list

_NUMBER = r"-?\d+(?:\.\d+)?"
_PLACE_COLUMNS = (text("name"), text("asciiname", required=False), Column("alternatenames", False, "list"),
                  text("latitude", form=_NUMBER), text("longitude", form=_NUMBER), text("feature_code"),
                  text("admin1", required=False), text("population", required=False, form=r"\d*"),
                  text("source", required=False))
SCHEMAS = {
    PLACES_FILE: Schema(_PLACE_COLUMNS + tuple(text(c, required=False) for c in
                                                ("name_ar", "admin2", "admin1_code", "geonameid", "wof_id"))),
    SUPPLEMENT_FILE: Schema(_PLACE_COLUMNS + (text("source_url", required=False), note())),
    "syria_admin1.csv": Schema((text("code"), text("name"), text("name_ar", required=False),
                                text("geonames_admin1", required=False), text("ocha_pcode", required=False),
                                Column("spellings", False, "list"), text("latitude", form=_NUMBER),
                                text("longitude", form=_NUMBER)), key="name"),
    "place_aliases.csv": Schema((text("alias"), text("name"), text("admin1", required=False), note())),
    "regions.csv": Schema((text("name"), Column("aliases", False, "list"), text("admin1", required=False),
                           text("latitude", form=_NUMBER), text("longitude", form=_NUMBER), text("source"),
                           text("line", required=False), text("max_km", required=False, form=_NUMBER)),
                          key="name"),
    "place_words.csv": Schema((text("phrase"), text("role")), key="phrase"),
    "feature_ranks.csv": Schema((text("feature_code"), Column("rank", kind="int"), note()), key="feature_code"),
    "town_parts.csv": Schema((text("part"), Column("aliases", False, "list"), text("town"), text("admin1"), note()),
                             key="part"),
    "foreign_places.csv": Schema((text("name"), Column("aliases", False, "list"), text("country"),
                                  text("kind", choices=("country", "province", "city")), text("admin1", required=False),
                                  note()), key="name"),
}


@dataclass(frozen=True)
class ForeignPlace:
    """A place outside Syria that Syria news names; kept without coordinates so that an event
    there is never drawn in Syria."""
    name: str
    country: str
    kind: str  # country | province | city
    admin1: str = ""  # the country's first-level division ("Sanliurfa", "Duhok")


def read_geo(name: str, geo_dir: Path) -> list[dict[str, str]]:
    return read_rows(geo_dir / name, SCHEMAS[name])


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
        words = read_geo("place_words.csv", self.geo_dir)
        self.words: dict[str, str] = {w["phrase"].lower(): w["role"] for w in words}
        self.directions = frozenset(p for p, role in self.words.items() if role == "direction")
        ranks = {r["feature_code"]: int(r["rank"]) for r in read_geo("feature_ranks.csv", self.geo_dir)}
        self._other_rank = ranks.pop(OTHER_FEATURES)
        self._feature_rank = ranks
        self.inner_articles = name_rules().inner_articles
        self.foreign: dict[str, ForeignPlace] = {}  # folded name -> place outside Syria
        for row in read_geo("foreign_places.csv", self.geo_dir):
            place = ForeignPlace(row["name"], row["country"], row["kind"], row["admin1"])
            for spelling in (row["name"], *split_list(row["aliases"])):
                self.foreign[fold_place_name(spelling)] = place
        self._lines: dict[str, list[tuple[float, float]]] = {}
        self._index: dict[str, dict[Place, None]] = {}  # dict as an ordered set
        for dataset in (PLACES_FILE, SUPPLEMENT_FILE):
            for row in read_geo(dataset, self.geo_dir):
                place = _place(row, dataset)
                for name in {row["name"], row["asciiname"], *row["alternatenames"].split("|")}:
                    self._add(name, place)
        self.admin1: dict[str, Region] = {}  # canonical governorate name -> centroid
        self._governorates: dict[str, str] = {}  # folded spelling -> canonical name
        adm1_rows = {p.name: p for ps in self._index.values() for p in ps if p.feature_code == "ADM1"}
        for row in read_geo("syria_admin1.csv", self.geo_dir):
            name = row["name"]
            self.admin1[name] = Region(name, name, float(row["latitude"]), float(row["longitude"]),
                                       "governorate centroid (syria_admin1.csv)")
            for spelling in {name, *row["spellings"].split("|")}:
                self._governorates[fold_place_name(spelling)] = name
                if name in adm1_rows:
                    self._add(spelling, adm1_rows[name])
        for row in read_geo("place_aliases.csv", self.geo_dir):
            self._add_alias(row)
        self.town_parts: dict[str, str] = {}  # folded name of a city's district -> the city's name
        for row in read_geo("town_parts.csv", self.geo_dir):
            if not any(p.admin1 == row["admin1"] for p in self.candidates(row["town"])):
                raise ValueError(f"town_parts.csv: {row['town']!r} is not a place of {row['admin1']} in the gazetteer")
            for spelling in (row["part"], *split_list(row["aliases"])):
                self.town_parts[fold_place_name(spelling)] = row["town"]
        self.regions: dict[str, Region] = {}  # lowercase alias -> region
        for row in read_geo("regions.csv", self.geo_dir):
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

    def feature_rank(self, feature_code: str) -> int:
        """How high a place stands (feature_ranks.csv): lower is larger, the capital first."""
        return self._feature_rank.get(feature_code, self._other_rank)

    def _rank_key(self, admin1, near_line, context_admin1, name: str):
        key_name = fold_place_name(name) if name else ""

        def key(p: Place):
            return (
                bool(admin1) and p.admin1 != admin1,
                p.admin1 not in context_admin1 if context_admin1 else False,
                distance_to_line_km(p.latitude, p.longitude, near_line) if near_line else 0.0,
                # the supplement exists to place what news names and GeoNames places badly
                p.dataset != SUPPLEMENT_FILE,
                self.feature_rank(p.feature_code),
                -p.population,
                bool(key_name) and fold_place_name(p.name) != key_name,
            )

        return key

    def rank(self, places, admin1=None, near_line=None, *, context_admin1=(), near=None,
             name: str = "") -> list[Place]:
        """Best first: in the hinted governorate, then in one the context names (a region or
        governorate in the same sentence), nearest near_line, a curated entry, admin rank,
        population, `name` as the entry's own name rather than an alternate one, and last
        nearest `near` (the other places of a list)."""
        if len(places) < 2:  # a name of one place, or of none: nothing to rank
            return list(places)
        key = self._rank_key(admin1, near_line, context_admin1, name)
        keyed = sorted(((key(p), p) for p in places), key=itemgetter(0))
        if not near:
            return [p for _, p in keyed]
        # Distance to `near` is the last criterion: measured (geodesics are slow) only among
        # entries that tie on all the others, which orders them as one sort on the whole key would.
        nearest_first = []
        for _, group in groupby(keyed, key=itemgetter(0)):
            tied = [p for _, p in group]
            nearest_first += sorted(tied, key=lambda p: distance_km(p.point, near)) if len(tied) > 1 else tied
        return nearest_first

    def best(self, places, admin1=None, near_line=None, *, context_admin1=(), near, name: str = "") -> Place:
        """rank(...)[0], with distances to `near` measured only among the entries tied for first."""
        key = self._rank_key(admin1, near_line, context_admin1, name)
        keys = [key(p) for p in places]
        first = min(keys)
        tied = [p for k, p in zip(keys, places) if k == first]
        return tied[nearest([p.point for p in tied], near)] if len(tied) > 1 else tied[0]

    def line(self, file_name: str) -> list[tuple[float, float]]:
        """The (lat, lon) vertices of a line file in data/geo, read once."""
        if file_name not in self._lines:
            self._lines[file_name] = read_line(self.geo_dir / file_name)
        return self._lines[file_name]


@cache
def _load(geo_dir: str) -> Gazetteer:
    """Built once per process, and kept on disk (data/cache/gazetteer): folding and checking every
    name takes each worker of a build more than a second, reading the stored copy a twentieth of it."""
    stored = paths.CACHE_DIR / "gazetteer" / f"{_built_from(Path(geo_dir))}.pickle"
    try:
        with stored.open("rb") as fh:
            found = pickle.load(fh)
        if isinstance(found, Gazetteer):
            return found
    except Exception:  # missing, or damaged: built again, never trusted
        pass
    gazetteer = Gazetteer(geo_dir)
    _store(gazetteer, stored)
    return gazetteer


KEPT_GAZETTEERS = 4  # stored copies kept: a test's edited data/geo must not push out the real one


def _built_from(geo_dir: Path) -> str:
    """sha256 of everything a Gazetteer is built from: the code that builds it and the records it
    holds, and every file of its data folder and of data/geo (name folding's rules)."""
    package = Path(__file__).resolve().parent.parent
    files = [*sorted(package.glob("*.py")), *sorted(package.glob("geo/*.py"))]
    files += [f for folder in dict.fromkeys((geo_dir, paths.GEO_DIR)) for f in sorted(folder.glob("*")) if f.is_file()]
    sha = hashlib.sha256(sys.version.encode("utf-8"))
    for f in files:
        sha.update(str(f).encode("utf-8") + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return sha.hexdigest()


def _store(gazetteer: Gazetteer, target: Path) -> None:
    """Write the stored copy atomically, dropping all but the newest few; failing costs speed only."""
    try:
        write_atomically(target, lambda fh: pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL))
        older = sorted(target.parent.glob("*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for f in older[KEPT_GAZETTEERS:]:
            f.unlink(missing_ok=True)
    except OSError:
        pass


def _place(row: dict[str, str], dataset: str) -> Place:
    return Place(row["name"], row["admin1"], float(row["latitude"]), float(row["longitude"]),
                 row["feature_code"], int(row["population"] or 0), row["source"], dataset)


def _phrase_key(phrase: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(phrase.lower().split()))
