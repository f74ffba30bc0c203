"""Places: name folding, the offline gazetteer, distances, and geopy geocoders over them."""
from helpers.geo.gazetteer import AREA_CODES, ForeignPlace, Gazetteer, Place, Region
from helpers.geo.geocoder import CachedGeocoder, GazetteerGeocoder, euphrates_line, get_geocoder, place_location
from helpers.geo.geometry import distance_km, distance_to_line_km
from helpers.geo.names import fold_place_name

__all__ = ["AREA_CODES", "CachedGeocoder", "ForeignPlace", "Gazetteer", "GazetteerGeocoder", "Place", "Region", "distance_km",
           "distance_to_line_km", "euphrates_line", "fold_place_name", "get_geocoder", "place_location"]
