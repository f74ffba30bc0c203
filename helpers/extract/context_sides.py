"""Sides a frame's words leave out, from the report's previous event: when the frame names one of its sides again,
retells it ("the strikes hit") or speaks of fighters it does not name ("militant positions": the armed group named
before); never where the text leaves the attacker open ("could not say whose aircraft"), and another attacker's
target is not guessed.
"""
from __future__ import annotations

import re
from functools import cache

from helpers.codebook import REMOTE, SHELLING, taxonomy
from helpers.extract.actors import actor_type, force_of
from helpers.extract.clauses import in_background_clause
from helpers.extract.frames import Frame
from helpers.extract.lexicon import air_arm, leading_actor, named_pattern, victim_nouns, words
from helpers.extract.matching import surface_regex
from helpers.extract.sides import Sides, unique

_WORDS = re.compile(r"[a-z]+")


@cache
def _armed_nouns() -> re.Pattern:
    return surface_regex([noun for noun, role in victim_nouns().items() if role == "armed"])


def _target_told_before(text: str, frame: Frame, base: tuple[str, str], known: str) -> str:
    """The target a frame leaves out, from the event before: its target when the frame retells it
    ("the strikes hit"); the armed group it named when the frame speaks of fighters it does not name
    ("a militant base", "terrorist positions"), words for a group, not a state's forces."""
    first = next((t for t in frame.triggers if t.trigger.kind == "violent"), None)
    if first is not None and first.anaphoric:  # its own later "as a result of the strike" retells itself
        return base[1] if base[1] != known else ""
    # what the attack was aimed at ("struck a militant base"), not who made it ("gunmen opened fire")
    if first is not None and any(_armed_nouns().search(text, max(first.end, s.sentence.start), s.sentence.end)
                                 for s in frame.sentences if s.sentence.end > first.end):
        return next((b for b in base if b and b != known and force_of(b) == "non_state"), "")
    return ""


def _aimed_at_fighters(text: str, frame: Frame) -> bool:
    """Does the attack's own sentence aim it at fighters it does not name ("attacked rebel positions"), outside
    a background clause?"""
    first = next((t for t in frame.triggers if t.trigger.kind == "violent"), None)
    told_in = next((s.sentence for s in frame.sentences if first and s.sentence.start <= first.start < s.sentence.end), None)
    return told_in is not None and any(not in_background_clause(text, first.end, m.start())
                                       for m in _armed_nouns().finditer(text, first.end, told_in.end))


_BOMBS = ("Remote explosive/landmine/IED", "Suicide bomb")


def _fresh_sides(frame: Frame) -> bool:
    """Does the frame owe no side to the event told before it? "In a separate incident, ...", a timeline's entry;
    and on a scene of its own ("In Damascus, mortar shells landed ..."), what was fired from afar, while forces on
    the ground there ("In Damascus, security forces raided ...") are still the side told before."""
    if frame.marker == "new_scene":
        return all(t.trigger.event_type == REMOTE for t in frame.triggers)
    # "7 June: Two children were killed ...": a timeline's entry owes no side to the one before, nor a live page's
    # entry under its clock time
    return frame.marker == "new_unrelated" or frame.entry or bool(frame.evidence) and frame.evidence[0].opens_entry


def _named_in(frame: Frame) -> tuple[str, ...]:
    """The armed actors the frame's own sentences name, latest first."""
    return tuple(dict.fromkeys(a.actor for s in reversed(frame.sentences) for a in reversed(s.actors)
                               if taxonomy().armed(a.actor_type)))


def _attacker_unknown(text: str, frame: Frame) -> bool:
    """"an air raid on a market in Salqin killed three, according to the Observatory, which could not say whose
    aircraft carried it out": the source says it does not know who attacked."""
    return any(named_pattern("attacker_unknown").search(text, s.sentence.start, s.sentence.end) for s in frame.evidence)


_NAME_START = re.compile(r"\b[A-Z]")
_BY_SOMEONE = re.compile(r"\bby\b", re.I)


def _fired_across_the_border(text: str, frame: Frame) -> bool:
    """"Two rockets fired from Syria landed in a Turkish border town": fire that came from across the border into another
    country, by no one the text names, is whoever fired it, not the side the report told last."""
    if not frame.places or any(p.country == "Syria" for p in frame.places):
        return False
    first = frame.evidence[0].sentence
    # the words before a name that make it where the fire came from (the pattern ends where the name begins); fire
    # "by the terrorists" names who fired it, in the words the report uses for a side
    origins = (named_pattern("origin").search(text, first.start, name.start())
               for name in _NAME_START.finditer(text, first.start, first.end))
    return any(o is not None and not _BY_SOMEONE.search(o.group()) for o in origins)


def _fired_after_a_fight(text: str, frame: Frame, base: tuple[str, str]) -> bool:
    """"Government forces seized Beit Sawa from the rebels. Mortar shells slammed into Bab Touma, killing
    two people": after a fight between two armed sides, shells or rockets that land on a place of their own,
    fired by no one the text names, may be either side's; "Artillery then shelled" goes on with the side before, and
    "the fighters responded by shelling positions" is the side struck before, striking back."""
    told = [t for t in frame.triggers if t.trigger.kind == "violent" and t.trigger.roles != "generic"]
    first = frame.evidence[0].sentence
    return bool(frame.places) and frame.marker != "new_event_reversed" \
        and all(b and taxonomy().armed(actor_type(b)) for b in base) \
        and bool(told) and all(t.trigger.sub_event_type == SHELLING for t in told) \
        and not words("sequel").intersection(_WORDS.findall(text[first.start:first.end].lower()))


def resolve_sides(text: str, frame: Frame, told: tuple[list[str], list[str], list[tuple[str, str]]],
                  previous_sides: tuple[str, str] | None = None, *, from_context: bool = True) -> Sides:
    """actor1, assoc_actor1, actor2, assoc_actor2 from the frame's sides as told (frame_sides, not
    changed here); sides the text leaves out come from the report's previous event (reversed after
    "In response") when from_context is set."""
    side1, side2, supporters = told
    base = previous_sides if from_context and not _fresh_sides(frame) else None
    left_open = False  # the text leaves open which side fired: none is taken from the actors named before
    if base and frame.marker == "new_event_reversed":
        base = (base[1], base[0])
    people_hit = not side2 or actor_type(side2[0]) == "Civilians"
    if base and not side1 and (people_hit and _fired_after_a_fight(text, frame, base) or _attacker_unknown(text, frame)
                               or _fired_across_the_border(text, frame)):
        base, left_open = None, True
    if base and not side1 and not side2:
        # a crowd told before fires no shell ("Hundreds marched ... his cousin was killed when a shell hit")
        crowd = not taxonomy().armed(actor_type(base[0])) and any(t.trigger.kind == "violent" for t in frame.triggers)
        side1, side2, left_open = [] if crowd else [base[0]], [base[1]], crowd
    elif base and bool(side1) != bool(side2):
        known = (side1 or side2)[0]
        forces = [air_arm(b) for b in base]  # "the Israeli enemy" after "Israeli warplanes": one side
        if air_arm(known) in forces:  # the same two sides again: the text says which one acts this time
            other = base[1] if air_arm(known) == forces[0] else base[0]
            # civilians never act, and no ground is taken from them
            taken = any(t.trigger.kind == "territory" for t in frame.triggers)
            # nor are they the target of an attack on fighters ("At the same time, government troops attacked rebel positions")
            other = [other] if actor_type(other) != "Civilians" or (
                side1 and not taken and not _aimed_at_fighters(text, frame)) else []
            # a state's forces retake ground from armed groups, not from another state's forces they fought before
            if taken and side1 and force_of(known) == "state" and other and force_of(other[0]) == "state":
                other = []
            # nor does a bomb set off in a street of a place of its own hit the side the last fight was with
            bombs = [t for t in frame.triggers if t.trigger.sub_event_type in _BOMBS]
            if side1 and frame.places and bombs and all(t.anaphoric or t in bombs for t in frame.triggers):
                other = []
            side1, side2 = (side1, other) if side1 else (other, side2)
        elif not side1:  # a crowd told before fights no armed side named now
            crowd = base[0] and not taxonomy().armed(actor_type(base[0]))
            side1 = [base[0]] if base[0] != known and not crowd else []
        else:
            side2 = list(filter(None, [_target_told_before(text, frame, base, known)]))
    if from_context and not side1 and not left_open:
        # no earlier event to take sides from: the armed actor named last before it; for "In a separate incident,
        # ..." and a timeline's next entry, only one its own words name ("shells fired from Israeli positions")
        named = frame.context_actors if not _fresh_sides(frame) else _named_in(frame)
        side1 = [a for a in named if a not in side2][:1]
    if side1 and actor_type(side1[0]) == "Civilians":  # civilians are acted on, never the actor
        side1, side2 = [a for a in side2 if actor_type(a) != "Civilians"], side1
    side1, side2 = unique([leading_actor(a) for a in side1]), unique([leading_actor(a) for a in side2])
    supporters = [(leading_actor(helper), leading_actor(helped)) for helper, helped in supporters]
    actor1 = side1[0] if side1 else ""
    actor2 = side2[0] if side2 else ""
    assoc1 = side1[1:] + [helper for helper, helped in supporters if helped != actor2 or not actor2]
    assoc2 = side2[1:] + [helper for helper, helped in supporters if helped == actor2 and actor2]
    assoc1 = [a for a in assoc1 if a not in (actor1, actor2)]
    assoc2 = [a for a in assoc2 if a not in (actor1, actor2)]
    return actor1, tuple(unique(assoc1)), actor2, tuple(unique(assoc2))
