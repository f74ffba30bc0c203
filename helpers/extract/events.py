"""Sentences with their mentions -> event frames -> events (codebook section 2).

A frame is what one report tells of one happening: it starts at a sentence with a trigger word
and takes in the following sentences of its paragraph that add to it (a date it lacked, a more
precise place nearby, the casualty figures). A new date, a far-away place, other sides or an
opening like "Meanwhile" / "In response" start a new frame. Date and place carry forward
within a report when a frame names none. A frame gives one event per event type it tells
(clashes and the ceasefire that ended them are two events) and per place of a list
("Azaz, Mare and Afrin are the main hot points": one event each).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from datetime import date

from geopy.distance import geodesic

from helpers.extract.actors import actor_type, is_air
from helpers.extract.dates import undated
from helpers.codebook import taxonomy
from helpers.extract.lexicon import alternation, lookup, named_pattern, side_markers
from helpers.extract.mentions import SentenceMentions, TriggerHit, clause_start
from helpers.extract.quantities import find_quantities
from helpers.records import ActorMention, DateSpan, Event, PlaceMention

NEARBY_KM = 30  # a place this close to the frame's place is the same fight told more precisely


@cache
def _support_gap() -> re.Pattern:
    """Words that may stand between "supported by" and the supporter ("backed by members of the SDF")."""
    return re.compile(rf"^\s*(?:(?:{alternation('support_gap')})\s+){{0,4}}$", re.I)


@dataclass
class Frame:
    sentences: list[SentenceMentions]
    evidence: list[SentenceMentions]
    context_places: tuple[PlaceMention, ...]
    previous_sides: tuple[str, str] | None = None  # set from the report's previous event before resolving
    text_sides: tuple[str, str] = ("", "")  # actor1 and actor2 as the frame's own text names them
    context_actors: tuple[str, ...] = ()  # armed actors named before the frame, latest first
    date: DateSpan | None = None
    events: list[Event] = field(default_factory=list)

    @property
    def triggers(self) -> list[TriggerHit]:
        return [t for s in self.sentences for t in s.triggers]

    @property
    def places(self) -> list[PlaceMention]:
        return [p for s in self.evidence for p in s.named_places]

    @property
    def has_town(self) -> bool:
        return any(p.kind == "point" for p in self.places)

    @property
    def marker(self) -> str:
        return self.sentences[0].marker

    def add(self, mentions: SentenceMentions, *, evidence: bool) -> None:
        self.sentences.append(mentions)
        if evidence:
            self.evidence.append(mentions)
            if self.date is None and mentions.dates:
                self.date = mentions.dates[0]


def _near(a: PlaceMention, b: PlaceMention) -> bool:
    if a.kind != "point" or b.kind != "point":
        return a.admin1 == b.admin1 or not (a.admin1 and b.admin1)
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return a.location == b.location
    return geodesic((a.latitude, a.longitude), (b.latitude, b.longitude)).km <= NEARBY_KM


def _same_passage(frame: Frame, s: SentenceMentions) -> bool:
    """Same paragraph, or the next paragraph's opening sentence giving the date a dateless frame lacks
    and naming one of its sides ("... conducted a raid in the town of X." / "On July 5, US forces ...")."""
    if s.sentence.paragraph == frame.sentences[-1].sentence.paragraph:
        return True
    frame_actors = {a.actor for f in frame.sentences for a in f.actors}
    return (frame.date is None and bool(s.dates) and not s.named_places
            and s.sentence.paragraph == frame.sentences[-1].sentence.paragraph + 1
            and bool({a.actor for a in s.actors} & frame_actors))


def _joins(frame: Frame, s: SentenceMentions) -> bool:
    """Does a sentence with a trigger tell more of the frame's event rather than a new one?"""
    if s.marker or not _same_passage(frame, s):
        return False
    if s.dates and frame.date is not None:
        return False
    places = s.named_places
    if places and frame.places and not all(any(_near(p, q) for q in frame.places) for p in places):
        return False
    # Victims named ("two men were shot dead", "three suspected ISIS members were detained") are
    # not another side: only armed actors that are not counted can be.
    counted = [(q.start, q.end) for q in find_quantities(s.sentence.text)]
    own_actors = {a.actor for a in s.actors if taxonomy().armed(a.actor_type) and not any(
        0 <= a.start - s.sentence.start - end <= 25 for _, end in counted)}
    frame_actors = {a.actor for f in frame.sentences for a in f.actors if taxonomy().armed(a.actor_type)}
    return not own_actors or not frame_actors or bool(own_actors & frame_actors)


def build_frames(sentences: list[SentenceMentions]) -> list[Frame]:
    frames: list[Frame] = []
    current: Frame | None = None
    last_places: tuple[PlaceMention, ...] = ()
    named: list[str] = []  # armed actors in the order the report names them
    dated: tuple[int, DateSpan] | None = None  # (paragraph, the latest date a sentence of it named)
    for s in sentences:
        paragraph_date = dated[1] if dated and dated[0] == s.sentence.paragraph else None
        if current and not _same_passage(current, s):
            current = None
        if s.triggers and s.tells_back and frames:
            frames[-1].add(s, evidence=frames[-1] is current)
            current = frames[-1]
        elif s.triggers and s.opens_event:
            if current and _joins(current, s):
                current.add(s, evidence=True)
            else:
                current = Frame([], [], last_places, context_actors=tuple(dict.fromkeys(reversed(named))))
                current.add(s, evidence=True)
                if current.date is None and paragraph_date and not s.marker:
                    current.date = paragraph_date
                frames.append(current)
        elif current and not s.history:
            # A sentence without a trigger adds its places ("X, Y and Z are the main hot points")
            # only to a frame that has no town yet.
            current.add(s, evidence=bool(s.named_places) and not current.has_town)
        named += [a.actor for a in s.actors if taxonomy().armed(a.actor_type)]
        if s.named_places:
            last_places = s.named_places
        if s.dates:
            dated = (s.sentence.paragraph, s.dates[-1])
    return frames


# --- sides --------------------------------------------------------------------------------

def _main_trigger(frame: Frame) -> TriggerHit:
    """The trigger whose sentence says who acted on whom: one with a direction ("stormed") before a
    reciprocal one ("clashes"), and what happened before what followed from it (a ceasefire)."""
    hits = [t for t in frame.triggers if t.trigger.kind != "standalone"] or frame.triggers
    directional = [t for t in hits if t.trigger.roles not in ("reciprocal", "generic")]
    return (directional or hits)[0]


def _supporters(text: str, frame: Frame) -> dict[int, tuple[ActorMention, str]]:
    """Actors named as helping another ("US forces assisted by members of the SDF"), keyed by
    mention start, each with the actor it helps (the nearest one named before it, if any)."""
    table, pattern = side_markers()
    found = {}
    for s in frame.sentences:
        for m in pattern.finditer(text, s.sentence.start, s.sentence.end):
            if lookup(table, m.group()) != "support":
                continue
            helper = next((a for a in s.actors if a.start >= m.end() and _support_gap().match(text[m.end():a.start])), None)
            if helper is not None:
                helped = [a.actor for a in s.actors if a.end <= m.start() and a.start not in found]
                found[helper.start] = (helper, helped[-1] if helped else "")
    return found


def _internal(text: str, start: int, end: int) -> bool:
    table, pattern = side_markers()
    return any(lookup(table, m.group()) == "internal" for m in pattern.finditer(text, start, end))


def _leading_group(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The first mention and the ones joined to it by "and" / commas ("HTS and the Hurras al-Din group")."""
    group = mentions[:1]
    for later in mentions[1:]:
        if not named_pattern("actor_coordinator").match(text[group[-1].end:later.start]):
            break
        group.append(later)
    return group


def _trailing_group(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The last mention and the ones joined to it before ("the Syrian Air Force and the Russian ...")."""
    group = mentions[-1:]
    for earlier in reversed(mentions[:-1]):
        if not named_pattern("actor_coordinator").match(text[earlier.end:group[0].start]):
            break
        group.insert(0, earlier)
    return group


def _frame_sides(text: str, frame: Frame) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(side 1 actors, side 2 actors, (supporter, supported) pairs), each in the order of the text."""
    supporters = _supporters(text, frame)
    principal = [a for s in frame.sentences for a in s.actors if a.start not in supporters]
    main = _main_trigger(frame)
    sentence = next(s.sentence for s in frame.sentences if s.sentence.start <= main.start < s.sentence.end)
    # An actor named in the trigger's own words ("Russian warplanes") is before it: it acts.
    before = [a for a in principal if sentence.start <= a.start < main.start]
    clause = [a for a in before if a.start >= clause_start(text, sentence.start, main.start)]
    after = [a for a in principal if main.end <= a.start < sentence.end]
    roles = main.trigger.roles
    if not before and not after:
        side1, side2 = [a.actor for a in principal[:1]], []
    elif roles == "internal":
        side1 = side2 = [(after or before)[0].actor]
    elif roles == "reciprocal" and after and len({a.actor for a in after}) == 1 and _internal(text, main.end, after[0].start):
        side1 = side2 = [after[0].actor]  # "clashes between two factions of the SNA"
    elif roles == "reciprocal" and len({a.actor for a in _leading_group(text, after)}) >= 2:
        pair = _leading_group(text, after)
        side1, side2 = [pair[0].actor], [a.actor for a in pair[1:]]
    elif not before and roles != "reverse":
        # Named after the trigger, an actor acts only when introduced as such ("a drone of the
        # US-led coalition", "airstrikes by Russian jets"); otherwise it is the target.
        agent = next((a for a in after if named_pattern("agent_link").match(text[main.end:a.start])), None)
        side1 = [agent.actor] if agent else []
        side2 = [a.actor for a in after if not agent or a.actor != agent.actor][:1]
    else:
        # The subject: the first actor of the trigger's clause ("the Turkish army and its proxies shelled")
        side1 = [a.actor for a in (_leading_group(text, clause) if clause else _trailing_group(text, before))]
        side2 = [a.actor for a in _leading_group(text, after)]
        if roles == "reverse":
            side1, side2 = side2, side1
    return _unique(side1), _unique(side2), [(a.actor, helped) for a, helped in supporters.values()]


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def resolve_sides(text: str, frame: Frame, *, from_context: bool = True) -> tuple[str, tuple[str, ...], str, tuple[str, ...]]:
    """actor1, assoc_actor1, actor2, assoc_actor2; sides the text leaves out come from the report's
    previous event (reversed after "In response") when from_context is set."""
    side1, side2, supporters = _frame_sides(text, frame)
    base = frame.previous_sides if from_context else None
    if base and frame.marker == "new_event_reversed":
        base = (base[1], base[0])
    if base and not side1 and not side2:
        side1, side2 = [base[0]], [base[1]]
    elif base and bool(side1) != bool(side2):
        known = (side1 or side2)[0]
        if known in base:
            side1, side2 = [base[0]], [base[1]]
        elif not side1:
            side1 = [base[0]] if base[0] != known else []
        else:
            side2 = [base[1]] if base[1] != known else []
    if from_context and not side1:  # no earlier event to take sides from: the armed actor named last before it
        side1 = [a for a in frame.context_actors if a not in side2][:1]
    if side1 and actor_type(side1[0]) == "Civilians" and not side2:  # civilians are acted on, never the actor
        side1, side2 = [], side1
    actor1 = side1[0] if side1 else ""
    actor2 = side2[0] if side2 else ""
    assoc1 = side1[1:] + [helper for helper, helped in supporters if helped != actor2 or not actor2]
    assoc2 = side2[1:] + [helper for helper, helped in supporters if helped == actor2 and actor2]
    assoc1 = [a for a in assoc1 if a not in (actor1, actor2)]
    assoc2 = [a for a in assoc2 if a not in (actor1, actor2)]
    return actor1, tuple(_unique(assoc1)), actor2, tuple(_unique(assoc2))


# --- type ---------------------------------------------------------------------------------

def resolve_type(hits: list[TriggerHit], actor1: str) -> tuple[str, str]:
    kinds = {h.trigger.kind for h in hits}
    if "raid" in kinds and "arrest" in kinds:
        return "Strategic developments", "Arrests"
    if "disrupted" in kinds:  # "air defences shot down two drones": the drones never struck
        return "Strategic developments", "Disrupted weapons use"
    specific = [h for h in hits if h.trigger.roles != "generic"] or hits
    if is_air(actor1) and all(h.trigger.kind in ("raid", "violent") and h.trigger.event_type == "Battles"
                              for h in specific):
        return "Explosions/Remote violence", "Air/drone strike"
    for event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        typed = [h for h in specific if h.trigger.event_type == event_type]
        if typed:
            sub = typed[0].trigger.sub_event_type
            if typed[0].trigger.kind == "territory":
                sub = ("Government regains territory" if actor_type(actor1) == "State forces"
                       else "Non-state actor overtakes territory")
            return event_type, sub
    return specific[0].trigger.event_type, specific[0].trigger.sub_event_type


def _trigger_groups(frame: Frame) -> list[list[TriggerHit]]:
    """Standalone triggers (an agreement, a protest) make events of their own; the rest make one."""
    main = [t for t in frame.triggers if t.trigger.kind != "standalone"]
    groups = [main] if main else []
    standalone: dict[tuple[str, str], list[TriggerHit]] = {}
    for t in frame.triggers:
        if t.trigger.kind == "standalone" and not (main and t.anaphoric):  # "arrested participants of the protests"
            standalone.setdefault((t.trigger.event_type, t.trigger.sub_event_type), []).append(t)
    return groups + list(standalone.values())


# --- places -------------------------------------------------------------------------------

def _specificity(p: PlaceMention, sentence_starts: tuple[int, ...] = ()) -> tuple:
    """Smaller is more specific: a town before a region before a governorate; then the place a later
    sentence gives, which refines the earlier ("... west of X. The fighting erupted near Y"); within
    one sentence a village before a district seat, a smaller place before a larger one."""
    kind_rank = {"point": 0, "region": 1, "governorate": 2}.get(p.kind, 3)
    regional = 0 if p.admin1 else 1
    sentence = -sum(1 for start in sentence_starts if start <= p.start)
    seat = 1 if p.feature_code.startswith(("PPLA", "PPLC", "ADM")) else 0
    return kind_rank, regional, sentence, seat, p.population or 0, -p.start


def place_groups(text: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    groups: list[list[PlaceMention]] = []
    for p in sorted(places, key=lambda p: p.start):
        between = text[groups[-1][-1].end:p.start] if groups else ""
        same_list = groups and p.group == groups[-1][-1].group and not re.search(r"[.!?]\s", between)
        if groups and (same_list or named_pattern("place_coordinator").match(between)):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def resolve_places(text: str, frame: Frame) -> list[PlaceMention | None]:
    """The places the frame's events happened at: one per member of a list, else the most specific."""
    places = frame.places
    if not places:  # carried from earlier sentences: where the report last was, not a list to split
        return [min(frame.context_places, key=_specificity)] if frame.context_places else [None]
    for group in place_groups(text, places):
        # A governorate beside towns ("east of Salamiyah, in the Hama countryside") contains them.
        distinct = list({p.location: p for p in group if p.kind != "governorate"}.values())
        if len(distinct) >= 2 and any(p.kind == "point" for p in distinct):
            return distinct
    starts = tuple(s.sentence.start for s in frame.evidence)
    return [min(places, key=lambda p: _specificity(p, starts))]


# --- events -------------------------------------------------------------------------------

def frame_events(text: str, frame: Frame, report_id: str, published: date | None) -> list[Event]:
    actor1, assoc1, actor2, assoc2 = resolve_sides(text, frame)
    text_sides = resolve_sides(text, frame, from_context=False)
    frame.text_sides = (text_sides[0], text_sides[2])
    when = frame.date or (undated(published) if published else None)
    first = frame.evidence[0].sentence
    last = frame.evidence[-1].sentence
    events = []
    for hits in _trigger_groups(frame):
        event_type, sub_type = resolve_type(hits, actor1)
        a1, a2 = actor1, actor2
        if event_type == "Violence against civilians":  # its victims are named, never carried over
            a1, _, a2, _ = resolve_sides(text, frame, from_context=False)
        elif event_type in ("Protests", "Riots") and sub_type != "Excessive force against protesters":
            # ACLED: the protesters are the actor; no one is acted on
            a1, a2 = ("Protesters" if event_type == "Protests" else "Rioters"), ""
        elif sub_type == "Remote explosive/landmine/IED" and not frame.text_sides[0]:
            a1, a2 = "Unidentified armed group", frame.text_sides[1] or a2
        if event_type == "Battles" and a2 == "Civilians":
            event_type, sub_type = "Violence against civilians", "Attack"
        elif event_type in ("Battles", "Violence against civilians") and a2 == "Protesters":
            event_type, sub_type = "Protests", "Excessive force against protesters"  # ACLED
        elif event_type == "Violence against civilians" and taxonomy().armed(actor_type(a2)):
            event_type, sub_type = "Battles", "Armed clash"  # ACLED: a one-sided attack on armed men is a battle
        if event_type == "Violence against civilians":
            a1, a2 = (a1 if a1 != "Civilians" else "") or "Unidentified armed group", "Civilians"
        for place in resolve_places(text, frame):
            events.append(Event(
                event_id="", report_id=report_id,
                date_start=when.date_start if when else None,
                date_end=when.date_end if when else None,
                date_precision=when.precision if when else "",
                event_type=event_type, sub_event_type=sub_type,
                actor1=a1, assoc_actor1=assoc1, actor2=a2, assoc_actor2=assoc2,
                location=place.location if place else "",
                admin1=place.admin1 if place else "",
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                geo_precision=place.geo_precision if place else None,
                evidence=text[first.start:last.end], char_start=first.start, char_end=last.end,
            ))
    frame.events = events
    return events
