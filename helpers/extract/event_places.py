"""Where a frame's events happened (codebook section 4): one place per member of a list, else the most
specific one the frame names; a feature coded to its town, a village to the town that locates it, a
town's quarter to the town, and the places that only locate others set aside.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from helpers.extract.frames import Frame
from helpers.extract.lexicon import named_pattern, words
from helpers.geo import Gazetteer
from helpers.geo.names import fold_place_name
from helpers.records import PlaceMention

REFERENCE_GAP = 36  # characters between a village and the town that locates it (", 25 kilometres south-east of ")


def _specificity(p: PlaceMention, sentence_starts: tuple[int, ...] = ()) -> tuple:
    """Smaller is more specific: a town before a region before a governorate; then the place a later
    sentence gives, which refines the earlier ("... west of X. The fighting erupted near Y"); within
    one sentence a village before a district seat, a smaller place before a larger one."""
    kind_rank = {"point": 0, "region": 1, "governorate": 2}.get(p.kind, 3)
    regional = 0 if p.admin1 else 1
    sentence = -sum(1 for start in sentence_starts if start <= p.start)
    seat = 1 if p.feature_code.startswith(("PPLA", "PPLC", "ADM")) or (
        p.admin1 and fold_place_name(p.location) == fold_place_name(p.admin1)) else 0  # "Şanlıurfa" abroad
    return kind_rank, regional, sentence, seat, p.population or 0, -p.start


_SENTENCE_BREAK = re.compile(r"[.!?]\s")


@cache
def _feature_words() -> re.Pattern:
    """"Damascus International| Airport| and near ...": the feature noun a place's name ends on."""
    features = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w, role in Gazetteer.load().words.items()
                                if role == "feature"), key=len, reverse=True))
    return re.compile(rf"\s*(?:{features})\b", re.I)


def place_groups(text: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    groups: list[list[PlaceMention]] = []
    for p in sorted(places, key=lambda p: p.start):
        between = text[groups[-1][-1].end:p.start] if groups else ""
        if feature := _feature_words().match(between):  # "near Damascus International Airport and near al-Kiswah"
            between = between[feature.end():]
        same_list = groups and p.group == groups[-1][-1].group and not _SENTENCE_BREAK.search(between)
        if groups and (same_list or named_pattern("place_coordinator").match(between)):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


@cache
def _near(comma: str, also: str) -> re.Pattern:
    """What says that the place after locates the one before: the gazetteer's words for near
    (data/geo/place_words.csv), or also, after comma, then "the town of" at most."""
    near = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w, role in Gazetteer.load().words.items()
                            if role == "near"), key=len, reverse=True))
    return re.compile(rf"\s*{comma}\s*(?:{also}|{near})\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)


def _locating() -> re.Pattern:
    """", 12 km east of", ", near the town of": after a comma, a distance or a word for near."""
    return _near(",", r"[^,;]*\bof")


def _beside() -> re.Pattern:
    """"the Conoco gas field near Khasham", "an airbase outside Qamishli", "in the vicinity of"."""
    return _near(",?", r"in\s+the\s+vicinity\s+of")


_IN_PART = re.compile(r"\s*(,)?\s*(?:in|on)\s+(?:the\s+)?")  # "(,) in the western countryside of X"
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\b")
_NO_WORDS = re.compile(r"[\W\d_]*")  # an item's number or bullet


def _without_references(text: str, frame: Frame, places: list[PlaceMention],
                        located: frozenset[int] = frozenset()) -> list[PlaceMention]:
    """"near Al-Mayadin city, east of Deir Ezzor", "between Arimah and Manbij, east of Aleppo": a
    town named after a comma only to say where the town before it lies is not where it happened; nor, after a
    region it lies outside, "the enclave of Eastern Ghouta, near Damascus" (after a region it lies in, "in the
    eastern countryside of Homs, near Palmyra", it is the more precise place); nor after a town abroad ("Sidakan,
    on the outskirts of Erbil") or a village `located` by the town after it ("Yater, near Bint Jbeil")."""
    named = sorted([*places, *frame.reference_places], key=lambda p: p.start)
    locating = {q.start for p, q in zip(named, named[1:])
                if (p.latitude is not None or p.start in located or _town_abroad(p)) and 0 <= q.start - p.end <= REFERENCE_GAP
                and (q.relation == "near" and _locating().fullmatch(text, p.end, q.start)
                     and (p.kind == "point" or p.kind == "region" and q.admin1 != p.admin1)
                     or _part_of(text, p, q))}
    return [p for p in places if p.start not in locating]


def _town_abroad(place: PlaceMention) -> bool:
    """A town abroad: no point of its own here, but as well known as one (a camp, a base abroad is coded at the town
    that locates it)."""
    return place.country != PlaceMention.country and place.kind == "point" and place.geo_precision == 1


def _part_of(text: str, place: PlaceMention, after: PlaceMention) -> bool:
    """"In the Rajo area, in Afrin's northwest", "Rajo, in the western countryside of Afrin": the
    part of a town's land the place before lies in."""
    joined = _IN_PART.fullmatch(text, place.end, after.start)
    # "Nawa in Daraa's western countryside"; but "Ein Issa in the northern countryside of Raqqa and around Tell
    # Tamer" names the region as one place of a list
    if not joined or not joined.group(1) and _LIST_GOES_ON.match(text, after.end):
        return False
    return _land_part().match(text, after.start, after.end + 30) is not None


@cache
def _land_part() -> re.Pattern:
    """"Afrin's northwest", "the western countryside of Afrin": a direction or vicinity of a place."""
    parts = "|".join(map(re.escape, sorted(p for p, role in Gazetteer.load().words.items()
                                           if role in ("direction", "vicinity"))))
    return re.compile(rf"[^,;]*?['’]s\s+(?:{parts})\b|(?:the\s+)?(?:(?:{parts})\s+){{1,2}}of\b", re.I)


def _located_by_reference(places: list[PlaceMention]) -> list[PlaceMention]:
    """"the village of Qaramogh, east of Kobani": a village the gazetteer lacks keeps its name and
    takes the town the text locates it by, at precision 2 (near a town), as ACLED codes it; near a town abroad
    ("Yater, near Bint Jbeil") it is in that town's country."""
    located = list(places)
    for k, (village, town) in enumerate(zip(places, places[1:])):
        known = town.latitude is not None or town.country != PlaceMention.country  # or a place abroad
        if village.latitude is None and town.relation == "near" and known \
                and 0 <= town.start - village.end <= REFERENCE_GAP:
            located[k] = replace(village, admin1=town.admin1, latitude=town.latitude, longitude=town.longitude,
                                 country=town.country, geo_precision=2,
                                 source=f"not in the gazetteer; placed at {town.location}, which the text locates it by")
    return located


def _feature_at_its_town(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """"The Conoco gas field near Khasham", "an airbase outside Qamishli": a feature that is no town is
    coded to the town the text places it by, at precision 2 (codebook section 4)."""
    kept = list(places)
    for k, (feature, town) in enumerate(zip(places, places[1:])):
        if _no_town(feature) and town.kind == "point" and not _no_town(town) \
                and 0 <= town.start - feature.end <= REFERENCE_GAP \
                and _beside().fullmatch(text, feature.end, town.start):
            kept[k], kept[k + 1] = None, replace(town, geo_precision=2)
    return [p for p in kept if p is not None]


def _town(place: PlaceMention) -> bool:
    return place.kind == "point" and place.feature_code.startswith("PPL")


def _no_town(place: PlaceMention) -> bool:
    """An airport, a gas field, a base, a crossing: a gazetteer point that is no populated place."""
    return place.kind == "point" and bool(place.feature_code) and not place.feature_code.startswith(("PPL", "ADM"))


def _town_of_its_parts(text: str, frame: Frame, places: list[PlaceMention]) -> list[PlaceMention]:
    """"The Hamdaniyeh and New Aleppo neighbourhoods of Aleppo city", "the city's al-Badu district": a
    part of a town is coded to the town, the one the sentence names, else the one the report was last in."""
    part = {p.start: _part_of_town(text, p) for p in places}
    # "the neighborhoods of al-Shaar and Karm al-Jabal": a name the gazetteer lacks, listed after a part of a
    # town, is another part of that town
    coded = {p.group: p for p in places if part[p.start] == "coded"}
    listed = {p.start for p in places if not part[p.start] and p.latitude is None and p.group in coded}
    places = [replace(coded[p.group], start=p.start, end=p.end, surface=p.surface, relation=p.relation)
              if p.start in listed else p for p in places]
    part.update(dict.fromkeys(listed, "coded"))
    if any(q.kind == "point" for q in places if not part[q.start]):
        return [p for p in places if not part[p.start]]
    if not places or not all(part[p.start] == "alone" for p in places):
        return places
    # the gazetteer rarely knows a neighbourhood, and a village of its name may lie anywhere
    town = next((c for c in frame.context_places if c.kind == "point" and c.latitude is not None
                 and _part_of_town(text, c) != "alone"), None)
    return [replace(town, start=places[0].start, end=places[0].end, surface=places[0].surface, geo_precision=1,
                    relation=places[0].relation, group=places[0].group)] if town else places


_DISTRICT = re.compile(r"districts?$", re.I)  # "the Afrin district" is a town's land, when the gazetteer knows the town


def _unknown_in_syria(place: PlaceMention) -> bool:
    """A name in Syria the gazetteer does not know (a city's district: "seized the Jabal Badro district"),
    not a place abroad ("Iraq's Sinjar district")."""
    return place.latitude is None and place.country == PlaceMention.country


def _district_seat(place: PlaceMention) -> bool:
    """A town that gives an administrative district its name ("the Jinderes district"), or a place abroad
    ("Iraq's Sinjar district"); a Syrian village's name before "district" is a city's quarter ("In Aleppo,
    rebels shelled the al-Zahraa district")."""
    return place.kind != "point" or place.country != PlaceMention.country or \
        place.feature_code.startswith(("PPLA", "PPLC", "ADM"))


def _part_of_town(text: str, place: PlaceMention) -> str:
    """"alone": a neighbourhood the text names as such, without its town ("in the al-Badu neighbourhood",
    "the city's al-Badu district"); "coded": one the place finder coded to its town ("the al-Kalasa
    neighbourhood of Aleppo" is Aleppo); "": no part of a town."""
    if named_pattern("town_possessive").search(text, max(0, place.start - 40), place.start) or \
            named_pattern("part_apposition").match(text, place.end):
        return "alone"
    part = named_pattern("town_part").match(text, place.start)
    if part and (not _DISTRICT.search(part.group()) or _unknown_in_syria(place) or not _district_seat(place)):
        return "coded" if re.search(r"\bof\b", place.surface) else "alone"
    return ""


def _item_label(text: str, place: PlaceMention) -> bool:
    """A place that opens its line, after an item's number or bullet, and ends in ":" or "|"."""
    line_start = text.rfind("\n", 0, place.start) + 1
    return (_NO_WORDS.fullmatch(text, line_start, place.start) is not None
            and text[place.end:place.end + 3].lstrip()[:1] in (":", "|"))


def _one_per_place(places: list[PlaceMention]) -> list[PlaceMention]:
    """A town's other name right after it (its name in another language, "X, called Y in Arabic") names it
    again, not a second place: the first name is kept."""
    kept: list[PlaceMention] = []
    for p in sorted(places, key=lambda p: p.start):
        if not (kept and _town(p) and _town(kept[-1]) and p.latitude is not None
                and (p.latitude, p.longitude) == (kept[-1].latitude, kept[-1].longitude)):
            kept.append(p)
    return kept


def resolve_places(text: str, frame: Frame) -> list[PlaceMention | None]:
    """The places the frame's events happened at: one per member of a list, else the most specific."""
    # "1- Daraa: Unidentified gunmen ... in Al-Hrak": a roundup item's label names its region only
    places = [p for p in frame.places if not _item_label(text, p)] or list(frame.places)
    # "marched in Qamişlo to condemn the attacks on Serêkaniyê villages": what a crowd protests is not where it was
    places = [p for p in places if not _protested_place(text, frame, p)] or places
    named, places = places, _located_by_reference(places)
    located = frozenset(p.start for p, q in zip(named, places) if p is not q)
    places = _feature_at_its_town(text, _without_references(text, frame, places, located))
    # "In Homs countryside, ... on the road between al-Qusayr and Arjoun", "on the road between Qamishli and Amuda in
    # northeastern Syria": a town the event was near says more than the region it is in
    regions_only = all(p.kind in ("region", "governorate") for p in places)
    if frame.reference_places and (not places or regions_only and (frame.reference_places[0].admin1 in {
            p.admin1 for p in places} or all(not p.admin1 and p.country == frame.reference_places[0].country
                                             for p in places))):
        # "a drone struck a car on the road between Qamishli and Amuda": the road, coded to its
        # first-named town at precision 2 (codebook section 4)
        return [replace(frame.reference_places[0], geo_precision=2, relation="near")]
    # "the town of al-Shuhayl, Deir Ezzor", "Kafr Nabl town, Maarat al-Numan district", "Qasr, a border town in
    # the Hermel caza": a governorate's or a district's name after a town of it says where the town is
    places = [p for p in places if not ((Gazetteer.load().governorate(p.location) == p.admin1 or _names_a_district(p)) and any(
        named_pattern("town_in_its_district").match(text, q.end, p.start) and q.admin1 == p.admin1
        and q.location != p.location for q in places))] or places
    places = _one_per_place(_town_of_its_parts(text, frame, places))
    if not places:  # carried from earlier sentences: where the report last was, not a list to split
        return [min(frame.context_places, key=_specificity)] if frame.context_places else [None]
    for group in place_groups(text, places):
        # A governorate, or a region of the towns' own governorate, beside towns contains them ("east of
        # Salamiyah, in the Hama countryside"; "the town of Dhiban, in the eastern countryside of Deir ez-Zor").
        towns = {p.admin1 for p in group if p.kind == "point"}
        countries = {p.country for p in group if p.kind == "point"} - {"Syria"}
        distinct = list({p.location: p for p in group if p.kind != "governorate"
                         and not (p.kind == "region" and p.admin1 and p.admin1 in towns)
                         and not (p.kind == "region" and p.country in countries)  # "Sinjar, in Nineveh"
                         # "Raqqa, on the Euphrates", "Deir ez-Zor, in eastern Syria": a region of no governorate locates
                         and not (p.kind == "region" and not p.admin1 and towns)}.values())
        if len(distinct) >= 2 and any(p.kind == "point" for p in distinct):
            return distinct
    starts = tuple(s.sentence.start for s in frame.evidence)
    return [min(places, key=lambda p: _specificity(p, starts))]


def _protested_place(text: str, frame: Frame, place: PlaceMention) -> bool:
    """Is the place named in what a crowd protests against, after the crowd's word and the words of protest?"""
    topic = named_pattern("protest_topic")
    return any(c.end <= place.start and topic.search(text, c.end, place.start) is not None
               and not _SENTENCE_BREAK.search(text, c.end, place.start) for c in frame.crowds)


_SENTENCE_BREAK = re.compile(r"[.;!?]\s")


def _names_a_district(place: PlaceMention) -> bool:
    """"Maarat al-Numan district", "the subdistrict of Kafr Nabl": the district named after its town, not the town."""
    return any(w in words("admin_division") for w in place.surface.lower().split())
