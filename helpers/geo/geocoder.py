"""Geocode Syrian place names offline with the project's gazetteer (data/geo), as a geopy Geocoder.

An online geocoder (Nominatim) is an option, built only when asked for and cached on disk.
"""
from __future__ import annotations

import json
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from helpers import paths
from helpers.geo.gazetteer import AREA_CODES, Gazetteer, Place, Region

EUPHRATES_FILE = "syria_euphrates.geojson"


def euphrates_line() -> list[tuple[float, float]]:
    """The Euphrates in Syria as (lat, lon) vertices, from data/geo/syria_euphrates.geojson."""
    return Gazetteer.load().line(EUPHRATES_FILE)


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
