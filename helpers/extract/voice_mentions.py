"""What a party's own report names in its voice: its own forces ("our forces", "our fighters" in a statement of
the SDF) and its words for the other side ("terrorists" in Turkey's defence ministry's mouth are the SDF,
"mercenaries" in the SDF's the Turkish-backed factions: data/lexicon/enemy_words.csv)."""
from __future__ import annotations

import re
from functools import cache

from helpers.codebook import taxonomy
from helpers.extract.lexicon import actors, alternation, enemy_words
from helpers.records import ActorMention


def voice_mentions(text: str, voice: str, found: list[ActorMention], party: bool) -> list[ActorMention]:
    """The mentions a report's voice adds to those found: none where a mention was found already. Its words for the
    other side only in a party's own document (party), not in an outlet of its country ("militants" on Russian
    television may be any armed group), and not where the word only heads a name told before it ("PKK terrorists",
    "DEASH terrorists")."""
    if voice not in actors().actors:
        return []
    taken = [(a.start, a.end) for a in found]
    table = actors().actors
    added = [ActorMention(m.start(), m.end(), m.group(), voice, table[voice].actor_type)
             for m in re.finditer(rf"\b(?:{alternation('own_forces')})\b", text, re.I)]
    others = _enemy_words(voice) if party else None
    if others is not None:
        ends = {a.end for a in found}
        for m in others.finditer(text):
            side = enemy_words()[(voice, m.group().lower())]
            # only just before the word: a search of all the text before it, at every word, grows with its square
            headed = m.start() - 1 in ends and _NAME_BEFORE.match(text, m.start() - 1, m.start()) is not None
            if headed or _HELPERS_OF.search(text, max(0, m.start() - _HELPERS_REACH), m.start()):
                continue  # "PKK terrorists", "ISIS mercenaries"; "the Turkish army and its mercenaries": its helpers
            if any(a.start < m.start() and a.actor not in (voice, side) and _non_state(a.actor_type) for a in found):
                continue  # "the mercenaries' positions" after ISIS was named: the word may mean another group
            added.append(ActorMention(m.start(), m.end(), m.group(), side, table[side].actor_type))
    return [a for a in added if not any(s < a.end and a.start < e for s, e in taken)]


_NAME_BEFORE = re.compile(r"\s|/")  # right after a name ("PKK terrorists", "PKK/YPG terrorists")
_HELPERS_OF = re.compile(r"\b(?:its|their)\s+$", re.I)
_HELPERS_REACH = 8  # "their " before the word


def _non_state(actor_type: str) -> bool:
    return taxonomy().armed(actor_type) and actor_type != "State forces"


@cache
def _enemy_words(voice: str) -> re.Pattern | None:
    phrases = sorted((phrase for speaker, phrase in enemy_words() if speaker == voice), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b", re.I) if phrases else None
