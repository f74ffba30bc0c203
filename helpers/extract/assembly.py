"""A report's event mentions -> its events: one happening told in the lede, the details, the
toll and the reaction is one event (codebook section 2).

Frames split a report where it moves on (a new paragraph, a new date or place); a news article
then tells its one happening again further down ("The assault began at dawn ... The army repelled
the attack after hours of fighting"). Mentions are merged when they are compatible: types
compatible (the same, or one told only in generic words such as "the attack"), the same dates
or dates not stated, the same place or none (or, told in generic words, a town inside the
region the other names), and sides not in conflict. A mention that opens with "Meanwhile" or
"In response" is a new happening by the report's own words. `compatible` is the one definition of "the same happening"; linking across reports
uses it too.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from helpers.codebook import AGREEMENT, AIR_STRIKE, REMOTE, UNNAMED, event_types, taxonomy
from helpers.extract.actors import actor_type
from helpers.extract.lexicon import air_arm
from helpers.geo import distance_km
from helpers.records import Event

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "": 3}
NEAR_KM = 25  # how far a place may lie from the town another telling says the event was near
_HIERARCHY = event_types()


@dataclass(frozen=True)
class Mention:
    """An event as one frame tells it, with what compatibility needs beyond the event's row."""
    event: Event
    dated: bool  # the text states its date (else it carries the codebook's default week)
    generic: bool  # told only in words that fit any violent type ("the attack", "the operation")
    frame: int  # the frame it came from: mentions of one frame are distinct on purpose
    opens_new: bool = False  # its frame opens with "Meanwhile", "In response" ...
    placed: bool = True  # the text states its place (else it carries the place of the sentences before)
    raid: bool = False  # told as a raid ("stormed", "raided"): detentions after it are its outcome
    listed: bool = False  # one of a list of places its frame tells apart ("shelled Kansafra and al-Bara")
    named: bool = True  # its own words name who acted (else the actor is carried from the sentences before)
    scene: bool = False  # its frame opens on a place of its own ("In Jisr al-Shughur, five civilians were killed ...")
    # its own words name a side, acting or acted on (else both are carried from the sentences before): a detail told
    # with no side, day or place of its own ("17 people were killed when rockets struck a street") details the event
    sided: bool = True


# Fighting between armed sides takes in the shelling and air support that join it (codebook
# section 2): a later detail in these types joins the event it details.
_FIGHTING = ("Battles", "Explosions/Remote violence")


def _raid_and_arrests(a: Mention, b: Mention) -> bool:
    """"The town was stormed at dawn ... Government forces detained nine young men during the raid":
    a raid that ends in detentions is one Arrests event (codebook section 2)."""
    # ("... the force arrived in about a dozen vehicles and searched houses": a raid whose words name no side)
    return any(m.raid and n.event.sub_event_type == "Arrests" and (n.event.actor1 in (m.event.actor1, "") or not m.named)
               for m, n in ((a, b), (b, a)))


def _fight_and_captives(a: Mention, b: Mention) -> bool:
    """"Border guards clashed with a band of smugglers at dawn ... one smuggler was killed and two
    were detained": fighters taken in a fight, told without a day of their own between its sides, are its toll."""
    return any(m.event.event_type == "Battles" and n.event.sub_event_type == "Arrests" and not n.dated
               and {n.event.actor1, n.event.actor2} <= {m.event.actor1, m.event.actor2, ""} for m, n in ((a, b), (b, a)))


def _strike_stopped(a: Mention, b: Mention) -> bool:
    """"Israeli jets struck positions near al-Kiswah ... the ministry said its air defences had confronted the missiles":
    the interception told without a day of its own is the strike's outcome, not a happening of its own."""
    return any(m.event.event_type == REMOTE and n.event.sub_event_type == "Disrupted weapons use" and not n.dated
               and air_arm(n.event.actor2) in ("", UNNAMED, air_arm(m.event.actor1)) for m, n in ((a, b), (b, a)))


def types_compatible(a: Mention, b: Mention) -> bool:
    ta, tb = a.event.event_type, b.event.event_type
    if ta == tb or _raid_and_arrests(a, b) or _strike_stopped(a, b) or _fight_and_captives(a, b):
        return True
    if AGREEMENT in (a.event.sub_event_type, b.event.sub_event_type):
        return False  # "the attack" retells no deal, nor a deal an attack
    # Told in words that fit any type ("the attack"), or a detail of the fighting ("the vehicle was
    # targeted with machine-gun fire and a grenade"): the same happening if no other side acts in it.
    # (an actor carried from the sentences before is no other side: '"These strikes are a response to attacks against
    # U.S. personnel," the official said' retells the strikes)
    same_actor = air_arm(b.event.actor1) in ("", air_arm(a.event.actor1), UNNAMED) or a.event.actor1 in ("", UNNAMED) \
        or (b.generic and not (b.named or b.placed or b.dated))
    # a fight and shelling by one force are one battle; but the air force's strikes and the army's clashes on the
    # ground the same day are two happenings ("airstrikes on eastern Aleppo ... Clashes between government forces and
    # al-Nusra-led factions were also reported")
    same_arm = b.event.actor1 in ("", a.event.actor1, UNNAMED) or a.event.actor1 in ("", UNNAMED)
    return same_actor and (a.generic or b.generic or (ta in _FIGHTING and tb in _FIGHTING and same_arm))


def _dates_compatible(a: Mention, b: Mention) -> bool:
    """A week's summary and one day of it are two things a report tells; a date not stated fits any."""
    if not (a.dated and b.dated):
        return True
    return (a.event.date_start, a.event.date_end) == (b.event.date_start, b.event.date_end)


def _area(e: Event) -> bool:
    """A region, or a governorate's capital named like the governorate ("in Idlib"): an area the
    report may narrow to a town later."""
    return e.geo_precision == 3 or (bool(e.admin1) and e.location == e.admin1)


def _places_compatible(a: Mention, b: Mention) -> bool:
    ea, eb = a.event, b.event
    # a later telling that names no place of its own ("the death toll from Sunday's ambush") may
    # tell any event before it; an earlier one does not take in what is told after it
    same_place = ea.location == eb.location or (
        ea.latitude is not None and (ea.latitude, ea.longitude) == (eb.latitude, eb.longitude))  # "al-Qusayr", "Qusayr"
    if not b.placed or not ea.location or not eb.location or same_place:
        return True
    if ea.country != eb.country:  # "across the border in Turkey, mortar rounds hit Ceylanpinar": not the town facing it
        return False
    # one named armed side; crowds in two towns are two crowds
    same_actor = ea.actor1 == eb.actor1 and ea.actor1 != UNNAMED and taxonomy().armed(actor_type(ea.actor1)) \
        and a.named and b.named  # "Turkish artillery returned fire near Saraqib ... air strikes hit Maarat Misrin"
    # "The fiercest fighting raged around the town of Souran": a telling with no date and no side of its own says
    # where the fight told before went on
    detail = not b.dated and not b.named and ea.sub_event_type == eb.sub_event_type
    if not (a.placed and not b.listed and (a.generic or b.generic or same_actor or detail)):
        return False
    # "an Israeli drone strike hit a road near the Arida crossing ... the Israeli military said it had struck a route
    # ..., despite the ceasefire in force in Lebanon": a country named whole takes in its towns
    if eb.country in (ea.location, eb.location):
        return True
    # "struck targets south of Damascus ... targeted sites in the al-Kiswah area": told near a town
    # first, then at a place close to it
    if ea.geo_precision == 2 and None not in (ea.latitude, eb.latitude) \
            and distance_km((ea.latitude, ea.longitude), (eb.latitude, eb.longitude)) <= NEAR_KM:
        return True
    # "the attack" in a town of the region told before; "an Israeli missile attack on the southern
    # countryside of Damascus ... the Israeli Air Force fired missiles at positions near Al-Kiswah"; a
    # governorate's capital is that area only when one telling is generic ("In the city of Homs, regime
    # forces shelled ... troops also shelled the town of Al-Rastan" are two)
    if not (_area(ea) != _area(eb) and bool(ea.admin1) and ea.admin1 == eb.admin1):
        return False
    return 3 in (ea.geo_precision, eb.geo_precision) or a.generic or b.generic


def sides_compatible(a: Event, b: Event) -> bool:
    """Sides not in conflict: one shared, or one telling names none but an unnamed armed group (which
    may be the group the other telling names)."""
    # a state's forces and its air arm are one side ("Israel struck ...", "Israeli warplanes fired ..."); a side's
    # helpers are on it ("US helicopters, with the SDF, ..." and "the SDF, in coordination with the coalition, ...")
    sides_a = {air_arm(x) for x in (a.actor1, a.actor2, *a.assoc_actor1, *a.assoc_actor2)} - {"", UNNAMED}
    sides_b = {air_arm(x) for x in (b.actor1, b.actor2, *b.assoc_actor1, *b.assoc_actor2)} - {"", UNNAMED}
    # "four service members were injured when a drone struck ..." and "the militias claimed the attack": one
    # telling names only who was hit, the other only who acted
    complementary = any(x.actor1 in ("", UNNAMED) and not x.assoc_actor1 and not y.actor2 and not y.assoc_actor2
                        and taxonomy().armed(actor_type(y.actor1)) for x, y in ((a, b), (b, a)))
    # civilians two named attackers hit are no side they share ("Syrian and Russian warplanes pounded ... killing 14
    # civilians. Rebel shells also rained down on ..., killing four people")
    armed_a, armed_b = ({x for x in sides if taxonomy().armed(actor_type(x))} for sides in (sides_a, sides_b))
    shared = sides_a & sides_b if not (armed_a and armed_b) else armed_a & armed_b
    return not sides_a or not sides_b or bool(shared) or complementary


def _turned_around(a: Event, b: Event) -> bool:
    """"Syrian warplanes struck Turkish troops ... Turkey's drones and artillery struck Syrian government positions in
    response": one side's strike and the other's reply are two happenings; a battle is both sides' either way."""
    return "Battles" not in (a.event_type, b.event_type) and all((a.actor1, a.actor2, b.actor1, b.actor2)) \
        and air_arm(a.actor1) != air_arm(b.actor1) \
        and (air_arm(a.actor1), air_arm(a.actor2)) == (air_arm(b.actor2), air_arm(b.actor1))


def compatible(a: Mention, b: Mention) -> bool:
    """Could a and b tell the same happening?"""
    return ((not b.opens_new or _detail_of_listed(a, b)) and types_compatible(a, b) and _dates_compatible(a, b)
            and _places_compatible(a, b)
            and (sides_compatible(a.event, b.event) or _strike_stopped(a, b) or not (b.sided or b.dated or b.placed))
            and not (b.dated and _turned_around(a.event, b.event)))


def _detail_of_listed(a: Mention, b: Mention) -> bool:
    """"Regime warplanes struck the city of Jisr al-Shughur and the town of Muhambal ... In Jisr al-Shughur, five
    civilians were killed when a missile hit a house": a scene opening on one place of a list told before details
    what happened there."""
    return b.scene and a.listed and a.event.location == b.event.location


def _merged(a: Mention, b: Mention) -> Mention:
    """One event from two mentions: the first one's evidence; the more precise date and place;
    the specific type over a generic one; sides the first leaves out taken from the second."""
    ea, eb = a.event, b.event
    event = ea
    if b.dated and (not a.dated or _PRECISION_RANK[eb.date_precision] < _PRECISION_RANK[ea.date_precision]):
        event = replace(event, date_start=eb.date_start, date_end=eb.date_end, date_precision=eb.date_precision)
    # a later telling's place refines one told only as near a town ("south of Damascus ... al-Kiswah")
    # (a town is not given up for a city named like its governorate, "taken to hospital in Daraa city")
    refines = ea.geo_precision == 2 and eb.geo_precision == 2 and ea.location != eb.location
    narrower = (refines or (eb.geo_precision or 9) < (ea.geo_precision or 9)) and not (_area(eb) and not _area(ea))
    if b.placed and eb.location and (not a.placed or not ea.location or narrower):
        event = replace(event, location=eb.location, admin1=eb.admin1, latitude=eb.latitude,
                        longitude=eb.longitude, geo_precision=eb.geo_precision)
    if (a.generic and not b.generic) or (a.raid and eb.sub_event_type == "Arrests"):
        event = replace(event, event_type=eb.event_type, sub_event_type=eb.sub_event_type)
    elif not b.generic and not (b.raid and ea.sub_event_type == "Arrests") \
            and _HIERARCHY.index(eb.event_type) < _HIERARCHY.index(event.event_type):
        event = replace(event, event_type=eb.event_type, sub_event_type=eb.sub_event_type)  # ACLED: the higher type
    if event.actor1 in ("", UNNAMED) and eb.actor1:  # "gunmen" told again as "ISIS fighters": the name
        event = replace(event, actor1=eb.actor1)
    # whose dead a toll counts may be the attacker's helpers ("troops backed by Hezbollah fighters" ... "killed 12
    # Hezbollah fighters"): never its target
    if event.actor2 in ("", UNNAMED, event.actor1) and eb.actor2 and eb.actor2 != event.actor1 \
            and eb.actor2 not in event.assoc_actor1:
        event = replace(event, actor2=eb.actor2)
    drone_strike = ea.sub_event_type == AIR_STRIKE and air_arm(ea.actor1, drone=True) == ea.actor1
    if event.sub_event_type == AIR_STRIKE and not drone_strike:  # a drone's strike keeps the force that flew it
        event = replace(event, actor1=air_arm(event.actor1))
    event = replace(event, evidence_spans=tuple(sorted(set(ea.evidence_spans) | set(eb.evidence_spans))))
    return Mention(event, a.dated or b.dated, a.generic and b.generic, a.frame, a.opens_new, a.placed or b.placed,
                   a.raid or b.raid, a.listed)


def assemble(mentions: list[Mention]) -> tuple[list[Mention], dict[int, int]]:
    """The report's events, and for each mention (by position) the position of the event it joined."""
    kept: list[Mention] = []
    joined: dict[int, int] = {}
    for i, mention in enumerate(mentions):
        target = next((k for k in range(len(kept) - 1, -1, -1)
                       if kept[k].frame != mention.frame and compatible(kept[k], mention)), None)
        if target is None:
            joined[i] = len(kept)
            kept.append(mention)
        else:
            joined[i] = target
            kept[target] = _merged(kept[target], mention)
    return kept, joined
