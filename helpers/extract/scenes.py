"""One sentence, two happenings: a semicolon or a reply between two clauses that each tell their own.

"Clashes erupted in Tafas on Tuesday; Israeli jets struck Quneitra later": a roundup joins two
happenings with a semicolon, and coders code one event for each. What follows a semicolon is told
apart only when it tells a happening of its own (a trigger word that does not point back) and names
its own place or side; a toll, a source or a denial after a semicolon ("...; no casualties were
reported", "...; the Pentagon said no civilians were hurt") stays with its clause. A clause in which
the side struck strikes back ("..., and Turkish artillery responded by pounding government positions")
is the reply's own event, as it is when a sentence of its own tells it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from helpers.extract.clauses import clause_start
from helpers.extract.lexicon import named_pattern
from helpers.extract.mentions import SentenceMentions
from helpers.records import Sentence

Analyse = Callable[[Sentence], SentenceMentions]
_LIST_OPENING = re.compile(r":\s")  # not a clock's "10:30"
_SPACE = re.compile(r"\s*")


def split_scenes(mentions: SentenceMentions, analyse: Analyse) -> list[SentenceMentions]:
    """The sentence's mentions, or those of its clauses when a semicolon or a reply parts two happenings."""
    sentence = mentions.sentence
    if len(mentions.triggers) < 2:
        return [mentions]
    cut = _scene_break(mentions)
    if cut is None:
        return [mentions]
    before = Sentence(sentence.start, cut, mentions.text[sentence.start:cut], sentence.paragraph)
    after_start = _SPACE.match(mentions.text, cut).end()
    after = Sentence(after_start, sentence.end, mentions.text[after_start:sentence.end], sentence.paragraph)
    return [analyse(before), *split_scenes(analyse(after), analyse)]


def _scene_break(mentions: SentenceMentions) -> int | None:
    """Where the second happening's clause starts: past the first semicolon with a happening told on each side,
    the one after naming its own place or side, or at the clause of a reply to a happening told before it."""
    text, sentence = mentions.text, mentions.sentence
    told = [t for t in mentions.triggers if not t.anaphoric]
    reply = named_pattern("reply").search(text, sentence.start, sentence.end)
    if reply:
        opening = clause_start(text, sentence.start, reply.start())
        # "fighters battled militants ..., as the jihadists hit back with snipers": striking back in a battle is
        # the battle
        struck = any(t.end <= opening and t.trigger.event_type != "Battles" for t in told)
        if opening > sentence.start and struck and any(t.start >= reply.start() for t in told):
            return opening
    # "key developments include: an escalation ...; a continuation of ...; and Turkish airstrikes ...": the items of
    # a list a colon opens are what the report goes on to tell, one list
    listed = _LIST_OPENING.search(text, sentence.start, sentence.end)
    position = -1 if listed else text.find(";", sentence.start, sentence.end)
    while position >= 0:
        before = any(t.end <= position for t in told)
        # "...; government jets have also been bombing the province": an aircraft whose verb tells a habit is no
        # happening of its own
        after = any(t.start > position and t.trigger.roles != "vehicle" for t in told)
        own = any(p.start > position for p in mentions.named_places) or any(
            a.start > position for a in mentions.actors)
        if before and after and own:
            return position + 1
        position = text.find(";", position + 1, sentence.end)
    return None
