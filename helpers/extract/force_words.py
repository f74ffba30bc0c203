"""Force nouns alone ("the army", "troops", "security forces", "police"): whose forces they name. The home
country's by default (data/lexicon/nationalities.csv); an outlet's own where its country's plain words are its
own forces (data/lexicon/outlets.csv); the country's a happening is in, when it is not Syria."""
from __future__ import annotations

import re
from collections.abc import Iterable

from helpers.extract.lexicon import actors, country_forces, home_forces, lookup, words
from helpers.records import ActorMention, replace

_ARTICLE = re.compile(r"^the\s+")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def at_home(mentions: list[ActorMention], home: str) -> list[ActorMention]:
    """"The army said", "troops": the home country's forces named by a force word alone are the outlet's own."""
    if home == home_forces():
        return mentions
    return [replace(m, actor=home, actor_type=actors().actors[home].actor_type) if plain_force(m, home_forces())
            else m for m in mentions]


def told_on_the_ground(text: str, actor: str, mentions: Iterable[ActorMention]) -> bool:
    """Whether the mentions name actor, and only by force nouns ("the troops fired", not "Israel struck"), or as
    its people on the ground ("IDF troops opened fire", "an IDF tank fired")."""
    own = [m for m in mentions if m.actor == actor]
    ground = words("on_the_ground")
    return bool(own) and (all(plain_force(m, actor) for m in own) or any(
        m.surface.split()[-1].lower() in ground or ((after := _NEXT_WORD.match(text, m.end)) and after.group(1).lower()
                                                    in ground) for m in own))


def plain_force(mention: ActorMention, actor: str) -> bool:
    """A mention of actor by a force noun alone ("the army", "security forces"), with no word of its own."""
    return mention.actor == actor and _ARTICLE.sub("", mention.surface.lower()) in words("country_forces")


def forces_where(actor: str, mentions: Iterable[ActorMention], country: str) -> str:
    """"The army arrested five Syrians near Wadi Khaled", "a car bomb struck an army checkpoint west of Tal Afar":
    the home forces named by a force noun alone ("the army", "security forces"), at a happening in another
    country, are that country's; so are those the text names by no word of their own ("killing five soldiers")."""
    theirs = lookup(country_forces()[0], country) if country and actor == home_forces() else None
    if theirs and theirs != actor and all(plain_force(m, actor) for m in mentions if m.actor == actor):
        return theirs
    return actor
