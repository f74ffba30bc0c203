"""Frames -> draft events: one per event type a frame tells and per place of a list (codebook section 2).

Clashes and the ceasefire that ended them are two events; "Azaz, Mare and Afrin are the main hot
points" is one event at each. The type comes from the trigger words (ACLED's hierarchy decides
between them), the place is the most specific one the frame names (event_places.py), the date the
frame's own or, with none, the codebook's week up to publication. Date and place carry forward within a report
when a frame names none. The codebook's coding rules then finish each draft (coding.py).
"""
from __future__ import annotations

import re
from datetime import date

from helpers.codebook import ABDUCTION, AIR_STRIKE, REMOTE, SHELLING, UNNAMED, taxonomy
from helpers.extract.actors import actor_type, force_of, is_air
from helpers.extract.force_words import forces_where, told_on_the_ground
from helpers.extract.clauses import circumstance_clause, circumstance_phrase
from helpers.extract.coding import VAC, Draft
from helpers.extract.context_sides import resolve_sides
from helpers.extract.dates import undated
from helpers.extract.event_places import resolve_places
from helpers.extract.frames import Frame
from helpers.extract.lexicon import air_arm, ground_arm, home_forces, named_pattern, words
from helpers.extract.mentions import TriggerHit
from helpers.extract.sides import frame_sides
from helpers.extract.supporters import find_supporters, supporting_spans
from helpers.geo import Gazetteer
from helpers.records import Event


def resolve_type(hits: list[TriggerHit], actor1: str, named_actor1: str = "",
                 troops: bool = False) -> tuple[str, str]:
    """The hits' event type and sub-type, actor1 acting; named_actor1: actor1 as the frame itself names it;
    troops: the frame names actor1 by force nouns ("the troops fired", as an outlet names its own army) or as its
    people on the ground ("IDF troops opened fire")."""
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
    seized = any(h.trigger.sub_event_type == ABDUCTION for h in hits) and force_of(actor1) in ("state", "non_state") \
        and actor1 != UNNAMED
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
    # (a crowd's protest against the air force's strikes is no strike: "a protest against Russian air strikes")
    fired_from_the_air = is_air(named_actor1) and kinds != {"standalone"} and all(
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
    if air_arm(actor1) != actor1 and actor1 != home_forces() and not troops and all(
            h.trigger.roles == "generic" and h.trigger.kind == "violent" and h.trigger.phrase not in words("ground_fire")
            for h in hits):
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


_OBJECT = re.compile(r"\s+(?:(?:on|at|into|against)\s+)?(?:the\s+|an?\s+)?([\w-]+)(?:\s+([\w-]+))?")
_AIMED_AT = re.compile(r"\b(?:at|into|against)\s+(?:the\s+)?([\w-]+)(?:\s+([\w-]+))?")  # a few words on
_AIM_REACH = 60  # characters after a weapon to what it was fired at
_VEHICLE_VERB = re.compile(r"\s+(?-i:[a-z]+)(?=\s)")  # the lowercase word right after an aircraft: its verb


def _hits_settlement(text: str, hit: TriggerHit, frame: Frame) -> bool:
    """Is what the trigger hit a town, a village or a neighbourhood ("shelled the villages of ...", "bombed residential
    neighbourhoods", "fired rockets on Wednesday at residential neighbourhoods", "shelled Kafr Nabl and Hass") or a
    place where civilians gather ("hit a bakery"), not an armed side's positions?"""
    place_words, civilian_sites = Gazetteer.load().words, words("civilian_site")
    # "Russian aircraft hit a bakery": after an aircraft, its verb, then what it hit
    verb = _VEHICLE_VERB.match(text, hit.end) if hit.trigger.roles == "vehicle" else None
    at = verb.end() if verb else hit.end
    for found in (_OBJECT.match(text, at), _AIMED_AT.search(text, at, at + _AIM_REACH)):
        named = [w.lower() for w in found.groups() if w] if found is not None else []
        if any(place_words.get(w) == "settlement" or w in civilian_sites for w in named):
            return True
    # "targeted Damascus International Airport": a town's feature (precision 2) is no settlement
    return any(p.kind == "point" and p.start == hit.end + 1 and p.geo_precision == 1 for p in frame.places)


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
    stated = any(s.dates for s in frame.evidence) or frame.headed  # not only the paragraph's date carried over
    groups = _trigger_groups(frame)
    named = [a for s in frame.sentences for a in s.actors]  # whose own words name the sides (forces_where)
    places = resolve_places(text, frame) if groups else []  # the frame's, whichever of its groups happened there
    drafts = []
    helped = supporting_spans(text, frame, supporters)
    for hits in groups:
        # "troops, supported by Russian air strikes, stormed the village": how they were helped is no event type
        told_hits = [h for h in hits if not any(start <= h.start < end for start, end in helped)] or hits
        # "coalition air strikes on the Old City killed 12 civilians, ..., as Kurdish and Arab fighters battled their
        # way deeper into the city": the fighting around a strike is not what the strike was
        told_hits = [h for h in told_hits if not (h.trigger.event_type == "Battles" and any(
            s.trigger.event_type == REMOTE and s.end <= h.start and (
                circumstance_clause(text, s.end, h.start) or circumstance_phrase(text, h.start, h.end))
            for s in told_hits))] or told_hits
        # a sentence retelling it from afar ("Civilians continued to bear the brunt of the fighting") says nothing
        # of what kind of happening it was
        told_hits = [h for h in told_hits
                     if not any(r.sentence.start <= h.start < r.sentence.end for r in frame.retold)] or told_hits
        troops = told_on_the_ground(text, actor1, [a for s in frame.sentences for a in s.actors if any(
            s.sentence.start <= h.start < s.sentence.end for h in told_hits)])  # as the sentences that tell it name it
        event_type, sub_type = resolve_type(told_hits, actor1, text_sides[0], troops)
        # "the Israeli military said its jets struck": an air strike is its air force's; what a side carried
        # over from an air strike does on the ground ("security forces raided ...") its ground forces'
        acting = air_arm(actor1, drone=_by_drone(hits)) if sub_type == AIR_STRIKE else \
            ground_arm(actor1) if event_type != REMOTE and actor1 != text_sides[0] else actor1
        if sub_type == AIR_STRIKE and acting != text_sides[0] and not _by_drone(hits) and \
                force_of(acting) != "state":
            acting = ""  # warplanes told after an armed group was named are not its: it has none
        if sub_type == SHELLING and acting != text_sides[0] and is_air(acting) and all(
                h.trigger.phrase.lower() in words("air_launched") for h in told_hits if h.trigger.sub_event_type == SHELLING):
            event_type, sub_type = REMOTE, AIR_STRIKE  # "a second wave of missiles hit", after the jets struck: their strike
        elif sub_type == SHELLING and acting != text_sides[0] and is_air(acting):
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
                assoc_actor1=tuple(air_arm(a) for a in assoc1) if sub_type == AIR_STRIKE else assoc1,
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
                                bool(frame.marker), placed, settlement, damage_only, frame.marker == "new_scene"))
    return drafts
