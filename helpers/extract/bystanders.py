"""Actors a sentence names who take no side in what it tells: who tells it ("according to residents",
"..., the Kurdish Asayish, said", "Hezbollah media said"), who blames a side, people who describe a place,
a side the text leaves open, who holds the place, what detainees are accused of joining, whom a group described in
an apposition fights, what a side presented its target as, who is in the scene a where-clause sets, who inspects
what was hit."""
from __future__ import annotations

import re
from functools import cache

from helpers.codebook import taxonomy
from helpers.extract.actors import actor_type
from helpers.extract.clauses import says
from helpers.extract.lexicon import alternation, armed_people_nouns, claim_pattern, named_pattern
from helpers.records import ActorMention, Sentence


_APPOSITION_REACH = 120  # characters before an actor that an apposition describing the group before it may span


def named_in_passing(text: str, sentence: Sentence, actor: ActorMention, named: list[ActorMention],
                     arrest: bool) -> bool:
    """Is the actor named in the sentence only to tell, describe or locate (no side of its event)? named: the
    sentence's actors; arrest: the event is an arrest, whose business the detainees' accusation is (coding.py)."""
    return _cited(text, sentence.start, actor) or _speaking(text, actor) \
        or _closing_source(text, sentence, actor, named) or _describing_place(text, sentence.start, actor) \
        or _left_open(text, sentence.start, actor) \
        or named_pattern("place_holder").match(text, actor.end) is not None \
        or named_pattern("group_apposition").search(text, max(sentence.start, actor.start - _APPOSITION_REACH),
                                                    actor.start) is not None \
        or named_pattern("portrayed_as").search(text, max(sentence.start, actor.start - _APPOSITION_REACH),
                                                actor.start) is not None \
        or named_pattern("scene_where").match(text, sentence.start, actor.start) is not None \
        or named_pattern("aftermath_verb").match(text, actor.end) is not None \
        or (not arrest and _accused(text, sentence.start, actor))


def _cited(text: str, sentence_start: int, actor: ActorMention) -> bool:
    """"According to residents of Dhiban, ...": who tells the story takes no side in it."""
    before = text[max(sentence_start, actor.start - 40):actor.start]
    cue = list(claim_pattern("attribution").finditer(before))
    return bool(cue) and len(before[cue[-1].end():].split()) <= 3 and "," not in before[cue[-1].end():]


def _speaking(text: str, actor: ActorMention) -> bool:
    """"..., residents said": people who tell the story are no side in it (an armed side's official who speaks,
    "the Iraqi Border Guards Command announced that its forces had killed", tells what his side did); nor are a
    side's media that tell it (", Hezbollah media said")."""
    if actor_type(actor.actor) == "Civilians":
        return says(text, actor.end)
    media = _media_after().match(text, actor.end)  # "Hezbollah media said", "Hezbollah's war media unit said"
    return media is not None and says(text, media.end())


# "..., the Kurdish-led security forces that guard the camp said.": what a relative clause says of the source
_GAP = re.compile(r"\s*,?\s*")
_RELATIVE_OPENING = re.compile(r"\s+(?:that|which|who)\b")
_NEXT_WORD = re.compile(r"\s+[\w'’-]+")
_RELATIVE_WORDS = 5
_SOURCE_CLOSES = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*[.!?\"”]*\s*$")  # "... said on Tuesday." / "... said."


def _closing_source(text: str, sentence: Sentence, actor: ActorMention, named: list[ActorMention]) -> bool:
    """"A woman was shot dead outside her tent ..., the camp's security force, the Kurdish Asayish, said.": the
    side that closes the sentence, set off by a comma, only to say who tells it, is no side in it; unless the
    sentence tells of armed people no name gives a side to, who may be its own ("one soldier was killed ..., the
    army said"; not "Turkish-backed Syrian rebels ... took control ..., the Turkish military said")."""
    unnamed_armed = any(not any(a.start <= m.start() < a.end for a in named)
                        for m in _armed_people().finditer(text, sentence.start, actor.start))
    if "," not in text[max(sentence.start, actor.start - 60):actor.start] or unnamed_armed:
        return False
    for at in _verb_positions(text, actor.end, sentence.end):
        verb = claim_pattern("say_verb").match(text, at, sentence.end)
        if verb is not None and _SOURCE_CLOSES.match(text, verb.end(), sentence.end) is not None:
            return True
    return False


def _verb_positions(text: str, end: int, stop: int):
    """Where a source's say-verb may start after its name: right after it, or past a relative clause of a few words
    ("..., the Kurdish-led security forces that guard the camp said.")."""
    yield _GAP.match(text, end, stop).end()
    relative = _RELATIVE_OPENING.match(text, end, stop)
    at = relative.end() if relative else stop
    for _ in range(_RELATIVE_WORDS if relative else 0):
        word = _NEXT_WORD.match(text, at, stop)
        if word is None:
            return
        at = word.end()
        yield _GAP.match(text, at, stop).end()


@cache
def _armed_people() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, armed_people_nouns()))})\b", re.I)


@cache
def _media_after() -> re.Pattern:
    return re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{alternation('media_head')})\b(?:\s+(?:unit|office|cent(?:er|re)))?",
                      re.I)


def blaming(text: str, actor: ActorMention, named: list[ActorMention]) -> bool:
    """"Residents blamed the bombardment on government artillery", "The Asayish blames cells of the terror sect IS":
    whoever blames an armed side tells the story."""
    return any(
        (m := named_pattern("blamed_agent").search(text, actor.end, a.start)) and not text[actor.end:m.start()].strip()
        for a in named if a.start > actor.end and taxonomy().armed(a.actor_type))


def _left_open(text: str, sentence_start: int, actor: ActorMention) -> bool:
    """"without specifying whether Syrian or Russian warplanes carried it out": a side the text leaves open is
    none of the event's."""
    return named_pattern("undecided_agent").search(text, max(sentence_start, actor.start - 40), actor.start) is not None


def _describing_place(text: str, sentence_start: int, actor: ActorMention) -> bool:
    """"to retake Maaloula, a mountain town where some residents still speak Aramaic, from rebels": people a
    clause names to say what a place is like are no side in what happened there."""
    return actor_type(actor.actor) == "Civilians" and named_pattern("place_described").search(
        text, max(sentence_start, actor.start - 30), actor.start) is not None


def _accused(text: str, sentence_start: int, actor: ActorMention) -> bool:
    """"after accusing them of dealing with the Free Syrian Army": what the victims were accused of."""
    return named_pattern("accusation").search(text, max(sentence_start, actor.start - 100), actor.start) is not None
