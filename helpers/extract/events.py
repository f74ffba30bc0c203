"""Frames -> draft events: one per event type a frame tells and per place of a list (codebook section 2).

Clashes and the ceasefire that ended them are two events; "Azaz, Mare and Afrin are the main hot
points" is one event at each. The type comes from the trigger words (ACLED's hierarchy decides
between them), the place is the most specific one the frame names, the date the frame's own or,
with none, the codebook's week up to publication. Date and place carry forward within a report
when a frame names none. The codebook's coding rules then finish each draft (coding.py).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from helpers.codebook import ABDUCTION, AIR_STRIKE, REMOTE, SHELLING, UNNAMED, taxonomy
from helpers.extract.actors import actor_type, forces_where, is_air
from helpers.extract.coding import VAC, Draft
from helpers.extract.dates import undated
from helpers.extract.frames import Frame
from helpers.extract.lexicon import air_arm, ground_arm, home_forces, named_pattern, words
from helpers.extract.mentions import TriggerHit
from helpers.extract.sides import frame_sides, resolve_sides
from helpers.extract.supporters import find_supporters, supporting_spans
from helpers.geo import Gazetteer
from helpers.geo.names import fold_place_name
from helpers.records import Event, PlaceMention

REFERENCE_GAP = 36  # characters between a village and the town that locates it (", 25 kilometres south-east of ")


def resolve_type(hits: list[TriggerHit], actor1: str, named_actor1: str = "") -> tuple[str, str]:
    """The hits' event type and sub-type, actor1 acting; named_actor1: actor1 as the frame itself names it."""
    nonviolent = [h for h in hits if h.trigger.kind == "nonviolent"]
    others = [h for h in hits if h.trigger.kind != "nonviolent"]
    if nonviolent and all(h.trigger.roles in ("blast", "vehicle") for h in others) and (
            any(h.trigger.roles == "blast" for h in others) or any(h.trigger.roles != "object" for h in nonviolent)):
        # "a weapon depot of the SDF exploded", "a plane crashed", "warplanes conducted flights over
        # Lebanon": no one attacked (ACLED: a strategic development); a depot that was struck is
        # only what was hit
        return nonviolent[0].trigger.event_type, nonviolent[0].trigger.sub_event_type
    hits = others or hits
    kinds = {h.trigger.kind for h in hits}
    # "US forces raided the village and abducted 15 young men", "the SDF militia kidnapped 12 young men in raids":
    # what a state's forces, or a group that holds the ground it raids, take in a raid are detentions (ACLED:
    # arrests), in their opponents' words or not
    seized = any(h.trigger.sub_event_type == ABDUCTION for h in hits) and taxonomy().forces.get(
        actor_type(actor1)) in ("state", "non_state") and actor1 != UNNAMED
    if "raid" in kinds and ("arrest" in kinds or seized):
        return "Strategic developments", "Arrests"
    disrupted = [h for h in hits if h.trigger.kind == "disrupted"]
    # "air defences shot down two drones": the drones never struck; but "warplanes launched
    # missiles ... a large portion were shot down, but several hit": the strike came first
    # "a drone was shot down": the aircraft named is what was stopped, not a strike
    if disrupted and not any(h.trigger.kind in ("violent", "territory", "raid") and h.trigger.roles != "vehicle"
                             and h.start < disrupted[0].start for h in hits):
        return "Strategic developments", "Disrupted weapons use"
    specific = [h for h in hits if h.trigger.roles != "generic"] or hits
    battles = [h for h in specific if h.trigger.event_type == "Battles"]
    # "warplanes carried out two raids"; "regime helicopters fired rockets", "Israeli missiles struck", when
    # the frame names the air arm
    fired_from_the_air = is_air(named_actor1) and all(
        h.trigger.kind != "violent" or h.trigger.roles == "vehicle" or h.trigger.sub_event_type == SHELLING
        for h in specific)  # "air defences intercepted most of the missiles" is what met the strike
    # an air arm carried from the event before raids or attacks from the air, but fights no battle with a side
    # there ("troops ... have battled rebels" after a strike)
    carried = actor1 != named_actor1
    if is_air(actor1) and all(h.trigger.kind == "raid" or (
            h.trigger.kind == "violent" and not (carried and h.trigger.roles == "reciprocal")) for h in battles) and (
            battles or all(h.trigger.roles == "vehicle" for h in specific) or fired_from_the_air):
        return "Explosions/Remote violence", AIR_STRIKE
    aircraft = any(h.trigger.roles == "vehicle" and h.trigger.sub_event_type == AIR_STRIKE for h in hits)
    # "carried out a series of air raids ... 18 militiamen were killed in the raids": the raids told back are the air raids
    told_back = any(h.trigger.sub_event_type == AIR_STRIKE for h in hits) and all(h.anaphoric for h in battles)
    if (aircraft or told_back) and battles and all(h.trigger.kind == "raid" for h in battles):
        return "Explosions/Remote violence", AIR_STRIKE  # "the raids were conducted by regime warplanes"
    if air_arm(actor1) != actor1 and actor1 != home_forces() and all(
            h.trigger.roles == "generic" and h.trigger.kind == "violent" for h in hits):
        return "Explosions/Remote violence", AIR_STRIKE  # "Israel struck targets near Damascus": from the air
    if actor_type(actor1) == "External/Other forces" and all(h.trigger.phrase in words("raid_noun") for h in specific):
        return "Explosions/Remote violence", AIR_STRIKE  # "an Israeli raid targeted a building", "coalition raids"
    for event_type in taxonomy().event_types[:3]:  # the political-violence types, in hierarchy order
        typed = [h for h in specific if h.trigger.event_type == event_type]
        if typed:
            sub = typed[0].trigger.sub_event_type
            if typed[0].trigger.kind == "territory":
                sub = ("Government regains territory" if actor_type(actor1) == "State forces"
                       else "Non-state actor overtakes territory")
            return event_type, sub
    return specific[0].trigger.event_type, specific[0].trigger.sub_event_type


def _by_drone(hits: list[TriggerHit]) -> bool:
    """"a suicide drone launched by regime forces", "a drone strike": a drone's doing."""
    return any(w.lower() in words("drone") for h in hits for w in h.trigger.phrase.split())


def _trigger_groups(frame: Frame) -> list[list[TriggerHit]]:
    """Standalone triggers (an agreement, a protest) make events of their own; the rest make one."""
    crowds = frame.crowds
    interventions = [t for t in frame.triggers if t.trigger.kind == "intervention"]  # on a crowd (mentions.py)
    main = [t for t in frame.triggers if t.trigger.kind not in ("standalone", "intervention")
            and not frame.protested_against(t)]
    # "residents blocked a convoy and pelted it with stones": the blocking is what the crowd did; "dispersed a
    # sit-in ... and detained four protesters", "fired into the air to disperse protesters who had blocked a
    # road": the detentions are the protest's intervention (ACLED)
    # ... and "took to the streets in protest against the bombardment": the bombardment was told before
    groups = [main] if main and not ((crowds or interventions) and all(t.trigger.kind in ("other", "arrest") or t.anaphoric
                                                                       for t in main)) else []
    standalone: dict[tuple[str, str], list[TriggerHit]] = {}
    for t in frame.triggers:
        # "arrested participants of the protests", "demonstrated ... calling on Turkey, a guarantor of the deal"
        told_with_others = any(u is not t and not u.anaphoric for u in frame.triggers)
        if t.trigger.kind == "standalone" and not (told_with_others and t.anaphoric):
            standalone.setdefault((t.trigger.event_type, t.trigger.sub_event_type), []).append(t)
    # "dispersed the crowd by firing into the air": forces stepping in are part of the crowd's protest, or,
    # with no protest word, a protest of their own unless an attack tells it
    protest = next((key for key in standalone if key[0] == "Protests"), None)
    if protest and groups and _force_on_crowd(frame, main):
        # "dozens protested; security forces opened fire on them": one protest, met with force (ACLED)
        return [main + standalone.pop(protest) + interventions] + list(standalone.values())
    if interventions and protest:
        standalone[protest] += interventions
    elif interventions and not groups:
        standalone[interventions[0].trigger.event_type, interventions[0].trigger.sub_event_type] = interventions
    return groups + list(standalone.values())


def _force_on_crowd(frame: Frame, main: list[TriggerHit]) -> bool:
    """Is there fire on people (a clash's or an attack's word) in a crowd's sentence or the next?"""
    def told_in(hit: TriggerHit) -> int:
        return next(k for k, s in enumerate(frame.sentences) if s.sentence.start <= hit.start < s.sentence.end)
    crowd_sentences = {told_in(c) for c in frame.crowds}
    return any(t.trigger.kind == "violent" and t.trigger.event_type in ("Battles", VAC)
               and {told_in(t), told_in(t) - 1} & crowd_sentences for t in main)


_OBJECT = re.compile(r"\s+(?:(?:on|at|into|against)\s+)?(?:the\s+)?([\w-]+)(?:\s+([\w-]+))?")
_AIMED_AT = re.compile(r"\b(?:at|into|against)\s+(?:the\s+)?([\w-]+)(?:\s+([\w-]+))?")  # a few words on
_AIM_REACH = 60  # characters after a weapon to what it was fired at


def _hits_settlement(text: str, hit: TriggerHit, frame: Frame) -> bool:
    """Is what the trigger hit a town, a village or a neighbourhood ("shelled the villages of ...", "bombed residential
    neighbourhoods", "fired rockets on Wednesday at residential neighbourhoods", "shelled Kafr Nabl and Hass"), not
    an armed side's positions?"""
    words = Gazetteer.load().words
    for found in (_OBJECT.match(text, hit.end), _AIMED_AT.search(text, hit.end, hit.end + _AIM_REACH)):
        if found is not None and any(words.get((w or "").lower()) == "settlement" for w in found.groups()):
            return True
    # "targeted Damascus International Airport": a town's feature (precision 2) is no settlement
    return any(p.kind == "point" and p.start == hit.end + 1 and p.geo_precision == 1 for p in frame.places)


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


def place_groups(text: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    groups: list[list[PlaceMention]] = []
    for p in sorted(places, key=lambda p: p.start):
        between = text[groups[-1][-1].end:p.start] if groups else ""
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


def _without_references(text: str, frame: Frame, places: list[PlaceMention]) -> list[PlaceMention]:
    """"near Al-Mayadin city, east of Deir Ezzor", "between Arimah and Manbij, east of Aleppo": a
    town named after a comma only to say where the place before it lies is not where it happened."""
    named = sorted([*places, *frame.reference_places], key=lambda p: p.start)
    locating = {q.start for p, q in zip(named, named[1:])
                if p.latitude is not None and 0 <= q.start - p.end <= REFERENCE_GAP
                and (q.relation == "near" and _locating().fullmatch(text, p.end, q.start)
                     or _part_of(text, p, q))}
    return [p for p in places if p.start not in locating]


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
    takes the town the text locates it by, at precision 2 (near a town), as ACLED codes it."""
    located = list(places)
    for k, (village, town) in enumerate(zip(places, places[1:])):
        if village.latitude is None and town.relation == "near" and town.latitude is not None \
                and 0 <= town.start - village.end <= REFERENCE_GAP:
            located[k] = replace(village, admin1=town.admin1, latitude=town.latitude, longitude=town.longitude,
                                 geo_precision=2, source=f"not in the gazetteer; placed at {town.location}, "
                                                         "which the text locates it by")
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


def _no_town(place: PlaceMention) -> bool:
    """An airport, a gas field, a base, a crossing: a gazetteer point that is no populated place."""
    return place.kind == "point" and bool(place.feature_code) and not place.feature_code.startswith(("PPL", "ADM"))


def _town_of_its_parts(text: str, frame: Frame, places: list[PlaceMention]) -> list[PlaceMention]:
    """"The Hamdaniyeh and New Aleppo neighbourhoods of Aleppo city", "the city's al-Badu district": a
    part of a town is coded to the town, the one the sentence names, else the one the report was last in."""
    part = {p.start: _part_of_town(text, p) for p in places}
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


def _part_of_town(text: str, place: PlaceMention) -> str:
    """"alone": a neighbourhood the text names as such, without its town ("in the al-Badu neighbourhood",
    "the city's al-Badu district"); "coded": one the place finder coded to its town ("the al-Kalasa
    neighbourhood of Aleppo" is Aleppo); "": no part of a town."""
    if named_pattern("town_possessive").search(text, max(0, place.start - 40), place.start) or \
            named_pattern("part_apposition").match(text, place.end):
        return "alone"
    part = named_pattern("town_part").match(text, place.start)
    if part and (not _DISTRICT.search(part.group()) or _unknown_in_syria(place)):
        return "coded" if re.search(r"\bof\b", place.surface) else "alone"
    return ""


def _item_label(text: str, place: PlaceMention) -> bool:
    """A place that opens its line, after an item's number or bullet, and ends in ":" or "|"."""
    line_start = text.rfind("\n", 0, place.start) + 1
    return (_NO_WORDS.fullmatch(text, line_start, place.start) is not None
            and text[place.end:place.end + 3].lstrip()[:1] in (":", "|"))


def resolve_places(text: str, frame: Frame) -> list[PlaceMention | None]:
    """The places the frame's events happened at: one per member of a list, else the most specific."""
    # "1- Daraa: Unidentified gunmen ... in Al-Hrak": a roundup item's label names its region only
    places = [p for p in frame.places if not _item_label(text, p)] or list(frame.places)
    places = _located_by_reference(places)
    places = _feature_at_its_town(text, _without_references(text, frame, places))
    # "In Homs countryside, ... on the road between al-Qusayr and Arjoun": a town the event was near says more
    # than the region it is in
    regions_only = all(p.kind in ("region", "governorate") for p in places)
    if frame.reference_places and (not places or regions_only and frame.reference_places[0].admin1 in {
            p.admin1 for p in places}):
        # "a drone struck a car on the road between Qamishli and Amuda": the road, coded to its
        # first-named town at precision 2 (codebook section 4)
        return [replace(frame.reference_places[0], geo_precision=2, relation="near")]
    # "the town of al-Shuhayl, Deir Ezzor": a governorate's name after a town of it says where the town is
    places = [p for p in places if not (Gazetteer.load().governorate(p.location) == p.admin1 and any(
        text[q.end:p.start].strip() == "," and q.admin1 == p.admin1 and q.location != p.location
        for q in places))] or places
    places = _town_of_its_parts(text, frame, places)
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


def draft_events(text: str, frame: Frame, previous_sides: tuple[str, str] | None, report_id: str,
                 published: date | None) -> list[Draft]:
    """The frame's events as its words give them; previous_sides: the report's previous coded event's."""
    supporters = find_supporters(text, frame)
    told = frame_sides(text, frame, supporters)
    sides = resolve_sides(text, frame, told, previous_sides)
    actor1, assoc1, actor2, assoc2 = sides
    text_sides = resolve_sides(text, frame, told, from_context=False)
    when = frame.date or (undated(published) if published else None)
    first = frame.evidence[0].sentence
    last = frame.evidence[-1].sentence
    placed = bool(frame.places or frame.reference_places)
    stated = any(s.dates for s in frame.evidence)  # not only the paragraph's date carried over
    groups = _trigger_groups(frame)
    named = [a for s in frame.sentences for a in s.actors]  # whose own words name the sides (forces_where)
    places = resolve_places(text, frame) if groups else []  # the frame's, whichever of its groups happened there
    drafts = []
    helped = supporting_spans(text, frame, supporters)
    for hits in groups:
        # "troops, supported by Russian air strikes, stormed the village": how they were helped is no event type
        told_hits = [h for h in hits if not any(start <= h.start < end for start, end in helped)] or hits
        event_type, sub_type = resolve_type(told_hits, actor1, text_sides[0])
        # "the Israeli military said its jets struck": an air strike is its air force's; what a side carried
        # over from an air strike does on the ground ("security forces raided ...") its ground forces'
        acting = air_arm(actor1, drone=_by_drone(hits)) if sub_type == AIR_STRIKE else \
            ground_arm(actor1) if event_type != REMOTE and actor1 != text_sides[0] else actor1
        if sub_type == AIR_STRIKE and acting != text_sides[0] and not _by_drone(hits) and \
                taxonomy().forces.get(actor_type(acting)) != "state":
            acting = ""  # warplanes told after an armed group was named are not its: it has none
        if sub_type == SHELLING and acting != text_sides[0] and is_air(acting):
            acting = ""  # mortars that land after an air strike was told are not the air force's
        settlement = any(_hits_settlement(text, h, frame) for h in hits)
        damage_only = bool(named_pattern("material_damage").search(text, first.start, last.end))
        for place in places:
            country = place.country if place else "Syria"
            target = forces_where(text_sides[2], named, country)  # "the army said", at a happening in Lebanon
            event = Event(
                event_id="", report_id=report_id,
                date_start=when.date_start if when else None, date_end=when.date_end if when else None,
                date_precision=when.precision if when else "",
                event_type=event_type, sub_event_type=sub_type,
                actor1=forces_where(acting, named, country) if acting == text_sides[0] else acting,
                assoc_actor1=assoc1,
                actor2=target if actor2 == text_sides[2] else actor2,
                assoc_actor2=assoc2,
                location=place.location if place else "",
                admin1=place.admin1 if place else "",
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                geo_precision=place.geo_precision if place else None,
                country=country,
                evidence=text[first.start:last.end], char_start=first.start, char_end=last.end,
                evidence_spans=tuple((s.sentence.start, s.sentence.end) for s in frame.sentences),
            )
            drafts.append(Draft(tuple(hits), (acting, *sides[1:]), (text_sides[0], target), event, stated,
                                bool(frame.marker), placed, settlement, damage_only))
    return drafts
