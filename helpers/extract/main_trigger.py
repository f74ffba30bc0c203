"""Which of a frame's trigger words says who acted on whom (sides.py reads the sides around it).

One with a direction ("stormed") comes before a reciprocal one ("clashes") unless the reciprocal one names both
its sides; what happened comes before what followed from it; never the support one side had, a reference back,
the weapon an attack was made with or a blast that says nothing of who caused it.
"""
from __future__ import annotations

import re
from functools import cache

from helpers.extract.frames import Frame
from helpers.extract.lexicon import alternation, named_pattern
from helpers.extract.clauses import clause_start
from helpers.extract.mentions import TriggerHit
from helpers.records import Sentence


@cache
def instrument() -> re.Pattern:
    """The words before a weapon that name it as what an attack was made with."""
    return re.compile(rf"\b(?:{alternation('instrument')})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


def main_trigger(text: str, frame: Frame, supporting: tuple[tuple[int, int], ...] = ()) -> TriggerHit:
    """The trigger whose sentence says who acted on whom: one with a direction ("stormed") before a
    reciprocal one ("clashes"), and what happened before what followed from it (a ceasefire); never
    the support one side had ("troops supported by Russian air strikes captured ...": the capture)."""
    # "security forces fired into the air to disperse protesters who had blocked a road": what a relative
    # clause tells of a crowd is not what the sentence says was done to it
    told = [t for t in frame.triggers if not _crowd_did(text, frame, t)] or frame.triggers
    # forces stepping in on a crowd ("to disperse them") say who acted only when nothing else does; what
    # the crowd protested against never does
    hits = [t for t in told if t.trigger.kind not in ("standalone", "nonviolent", "intervention")
            and not frame.protested_against(t)] or [
        t for t in told if t.trigger.kind == "intervention"] or told
    hits = [t for t in hits if not any(start <= t.start < end for start, end in supporting)] or hits
    # "Two days before the raid, gunmen opened fire": a trigger that points back is not what happened here
    if any(not t.anaphoric and t.trigger.kind in ("violent", "raid") for t in hits):
        hits = [t for t in hits if not t.anaphoric]
    # the frame's first telling says who acted; a later one ("the attack was repelled") retells it
    first = next(s.sentence for s in frame.sentences if any(s.sentence.start <= t.start < s.sentence.end for t in hits))
    hits = [t for t in hits if first.start <= t.start < first.end]
    # "targeted regime positions with artillery and rockets": the weapon an attack was made with is no attack of its own
    hits = [t for t in hits if not instrument().search(text, first.start, t.start)] or hits
    # "ISIS attacked army posts, but the attack was foiled": what a later clause says became of the attack
    # does not say who attacked
    hits = [t for t in hits if not _fate_of(text, first, t, hits)]
    # "a drone was shot down by coalition air defences": the aircraft stopped tells nothing of who stopped it
    stopped = next((t for t in hits if t.trigger.kind == "disrupted"), None)
    if stopped and all(t.trigger.roles == "vehicle" for t in hits if t.start < stopped.start):
        hits = [t for t in hits if t.start >= stopped.start]
    # "the explosion of a landmine left behind by ISIS": the device, not the blast, says who acted
    directional = [t for t in hits if t.trigger.roles not in ("reciprocal", "generic", "blast")] or [
        t for t in hits if t.trigger.roles == "blast"]
    # "Syrian regime warplanes and Russian aircraft struck ...": the verb after aircraft named with others says who acted;
    # "rescuers recovered the bodies of 5 civilians after Russian warplanes struck ...": what killed them, not the dead found
    directional = sorted(directional, key=lambda t: (t.trigger.roles == "remains", _joined_vehicle(text, frame, t)))
    # "Kurdish fighters battled IS militants in Kobani, as IS pushed into the town": a fight told with both its
    # sides comes before what its clause goes on to tell
    both = next((t for t in hits if t.trigger.roles == "reciprocal" and (not directional or t.start < directional[0].start)
                 and _names_both_sides(text, frame, first, t)), None)
    return both or (directional or hits)[0]


def _joined_vehicle(text: str, frame: Frame, hit: TriggerHit) -> bool:
    """Is the trigger aircraft named as an actor that "and" joins to another ("Syrian regime warplanes and Russian
    aircraft")?"""
    if hit.trigger.roles != "vehicle":
        return False
    actors = [a for s in frame.sentences for a in s.actors]
    return any(a.start <= hit.start < a.end and named_pattern("actor_coordinator").match(text[a.end:b.start])
               for a, b in zip(actors, actors[1:]))


def _fate_of(text: str, sentence: Sentence, hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    opening = clause_start(text, sentence.start, hit.start)
    return hit.trigger.roles == "reverse" and any(t.end <= opening and t.trigger.kind == "violent" for t in hits)


_RELATIVE_PRONOUN = re.compile(r"\s+(?:who|which)\s+(?:[\w'’-]+\s+){0,3}$", re.I)  # "protesters who had blocked"


def _crowd_did(text: str, frame: Frame, hit: TriggerHit) -> bool:
    sentence = next(s for s in frame.sentences if s.sentence.start <= hit.start < s.sentence.end)
    relative = _RELATIVE_PRONOUN.search(text, sentence.sentence.start, hit.start)
    return relative is not None and any(a.end == relative.start() and a.actor_type == "Protesters"
                                        for a in sentence.actors)


def _names_both_sides(text: str, frame: Frame, sentence: Sentence, hit: TriggerHit) -> bool:
    """Does the trigger's clause name one side acting before it ("Kurdish fighters battled ...", not "a Turkish
    soldier was killed in a clash with ...") and another right after it?"""
    actors = [a for s in frame.sentences if s.sentence == sentence for a in s.actors]
    opening = clause_start(text, sentence.start, hit.start)
    before = {a.actor for a in actors if opening <= a.start and a.end <= hit.start
              and not named_pattern("passive_harm").search(text, a.end, hit.start)}
    after = {a.actor for a in actors if hit.end <= a.start and clause_start(text, sentence.start, a.start) < hit.end}
    return bool(before and after and before != after)
