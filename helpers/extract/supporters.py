"""Actors named as helping a side ("US forces assisted by members of the SDF", "backed by Turkish drones",
"under cover of coalition air strikes"): they join the side they help as its associates (data/lexicon/sides.csv,
relation support)."""
from __future__ import annotations

import re
from functools import cache

from helpers.codebook import AIR_STRIKE, SHELLING
from helpers.extract.frames import Frame
from helpers.extract.clauses import clause_start
from helpers.extract.lexicon import alternation, lookup, named_pattern, side_markers
from helpers.extract.mentions import TriggerHit
from helpers.records import ActorMention


@cache
def _support_gap() -> re.Pattern:
    """Words that may stand between "supported by" and the supporter ("backed by members of the SDF", "backed by
    fighters from Lebanon's Hezbollah": a country's possessive too; "supported by militiamen of the Lebanese Shiite
    movement Hezbollah": the names that say who the supporter is)."""
    return re.compile(rf"^\s*(?:(?:{alternation('support_gap')}|(?-i:[A-Z][\w-]*)(?:['’]s)?)\s+){{0,6}}$", re.I)


_HELPER_AND = re.compile(r"\s*(?:fighters\s+)?(?:and|&)\s+(?:the\s+)?")


def find_supporters(text: str, frame: Frame) -> dict[int, tuple[ActorMention, str]]:
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
                # "SNA factions attacked SDF positions, backed by Turkish drones": after a comma, the subject
                apart = re.search(r",\s*$", text[s.sentence.start:m.start()]) is not None
                # "supported by Hezbollah fighters and Russian air strikes": every helper of the list, which a
                # comma closes ("the army, backed by Hezbollah fighters, and gunmen of the Nusra Front")
                helpers = [helper]
                for later in (a for a in s.actors if a.start > helper.start):
                    if not _HELPER_AND.fullmatch(text, helpers[-1].end, later.start):
                        break
                    helpers.append(later)
                for each in helpers:
                    found[each.start] = (each, (helped[0] if apart else helped[-1]) if helped else "")
                # "partnered with the Syrian Democratic Forces (SDF)": its abbreviation is the same helper
                found.update({a.start: found[helper.start] for a in s.actors if a.actor == helper.actor
                              and re.fullmatch(r"\s*\(", text[helper.end:a.start])})
        # "Coalition aircraft and artillery supported the advance": the subject helps whoever advanced
        told = named_pattern("active_support").search(text, s.sentence.start, s.sentence.end)
        if told and s is not frame.sentences[0]:
            opening = clause_start(text, s.sentence.start, told.start())
            found.update({a.start: (a, "") for a in s.actors if opening <= a.start and a.end <= told.start()})
    return found


_HELPERS_NOUN = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?")  # "the coalition's aircraft", "Russian fighter jets"


@cache
def _phrase_closed() -> re.Pattern:
    """What may follow the helper's words: not a verb of the side helped ("SDF units backed by coalition helicopters
    detained")."""
    return re.compile(rf"\s*(?:[,;:.)]|$)|\s+(?:{alternation('phrase_close')})\b")


def _weapon_noun(text: str, hit: TriggerHit) -> bool:
    """"jets", "air strikes", "artillery": a weapon named as a noun ("clashed", "shelled" are what the helped did)."""
    return hit.trigger.roles == "vehicle" or hit.trigger.sub_event_type in (AIR_STRIKE, SHELLING) and not text[
        hit.start:hit.end].endswith("ed")


def supporting_spans(text: str, frame: Frame, supporters: dict[int, tuple[ActorMention, str]]) -> tuple[tuple[int, int], ...]:
    """Where each helper is named, with the weapon words right after it ("supported by Russian air strikes",
    "with the support of the coalition's aircraft"): how a side was helped is not what the side did."""
    spans = []
    for helper, _ in supporters.values():
        end = helper.end
        for hit in sorted((t for t in frame.triggers if t.start >= end), key=lambda t: t.start):
            if not _HELPERS_NOUN.fullmatch(text, end, hit.start) or not _weapon_noun(text, hit):
                break
            end = hit.end
        spans.append((helper.start, end if _phrase_closed().match(text, end) else helper.end))
    return tuple(spans)
