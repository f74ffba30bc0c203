"""A source's words as the name a claimant is shown under (codebook section 6: one canonical name per source,
its words as written kept): "the Syrian Interior Ministry" for "Syria's Interior Ministry", "local sources" for
"Local sources", the institution a source speaks from, not the place it sits in; and the record of a source a
sentence names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from helpers.extract.actors import actor_type
from helpers.extract.lexicon import alternation, claim_words, country_adjectives, named_pattern, words
from helpers.records import ActorMention


@dataclass(frozen=True)
class Attribution:
    position: int
    claimant: str  # one canonical name per source (sources.csv, an actor), else the words lightly normalised
    speaks_for: str  # the actor whose own losses this source reports authoritatively
    backward: bool  # "..., according to local activists." also covers the numbers before it
    surface: str = ""  # the claimant's words as written
    by_name: bool = False  # a person's name only ("Gilo added"): the source that person was named with before
    before: Attribution | None = field(default=None, compare=False, repr=False)  # the source named before this one


def actor_source(position: int, actor: ActorMention, backward: bool, surface: str) -> Attribution:
    """An actor that gives numbers, under its one name; people ("residents said") keep their words."""
    if actor_type(actor.actor) == "Civilians":
        return Attribution(position, light(surface), "", backward, surface)
    return Attribution(position, actor.actor, actor.actor, backward, surface)


@cache
def claimant_trim() -> re.Pattern:
    """The conjunction and article before a claimant's name ("and the ministry")."""
    return re.compile(rf"^(?:(?:{alternation('conjunction')}),?\s+)?(?:(?:{alternation('article')})(?:\s+|$))?", re.I)


@cache
def source_heads() -> str:
    """The nouns that end a claimant's name ("sources", "ministry"), as one alternation."""
    return "|".join(map(re.escape, claim_words().get("source_head", ())))


@cache
def seat() -> re.Pattern:
    """A source's head word and where the source sits after it ("a medical source at the Amude hospital")."""
    return re.compile(rf"^(.*?\b(?:{source_heads()}))\s+(?:at|in|inside|within|from)\s+(?:the\s+)?(.*)$", re.I)


def unseated(phrase: str) -> str:
    """"a medical source at the Amude hospital": the source, not where it sits."""
    return seat().sub(r"\1", phrase)


def institution(phrase: str) -> str:
    """"a source at the Damascus Police Command": the institution the source speaks from, which gives the
    number (not so a place: "a medical source at the Amude hospital" stays a medical source)."""
    seated = seat().match(phrase)
    where = seated.group(2).strip(" ,") if seated else ""
    return where if where.split() and where[0].isupper() and where.split()[-1].lower() in words("institution") else ""


@cache
def _possessive() -> re.Pattern:
    """"Syria's Interior Ministry", "Kurdpa's sources", "the hospital's director": the owner and what speaks."""
    return re.compile(rf"^(?P<owner>.*?\w)['’]s\s+(?P<rest>[A-Z][\w-]*(?:\s.*)?|(?:{source_heads()})\b.*)$")


def without_possessive(phrase: str) -> str:
    """Names as coders write them: the Syrian Interior Ministry, Kurdpa sources, the hospital director."""
    m = _possessive().match(phrase)
    if m is None:
        return phrase
    owner, rest = m.group("owner"), m.group("rest")
    if rest[:1].isupper():
        adjective = country_adjectives().get(owner)
        return f"{adjective} {rest}" if adjective else phrase
    if rest.split()[-1].lower() in words("institution"):
        return phrase  # "the Sanliurfa governor's office" is the office's name
    return f"{owner} {rest}"


def light(phrase: str) -> str:
    """A source's words as the name shown: no article, no seat, owners as coders write them, a common first
    word in lowercase."""
    phrase = claimant_trim().sub("", " ".join(phrase.split()).strip(" ,\"“”")).strip(" ,")
    phrase = phrase[m.end():] if (m := named_pattern("document_by").match(phrase)) else phrase  # "a statement by X"
    if speaks_from := institution(phrase):
        return speaks_from
    phrase = without_possessive(unseated(phrase))
    first, _, rest = phrase.partition(" ")
    # "Local sources" -> "local sources", "Militant Facebook pages" -> "militant Facebook pages"; "Public Health
    # Ministry" is a name
    if first and not any(c.isupper() for c in first[1:]) and not named_pattern("nationality").match(first) \
            and not (rest[:1].isupper() and rest.split()[-1][:1].isupper()):
        first = first[0].lower() + first[1:]
    return f"{first} {rest}".strip()


def person_of_a_source(text: str, start: int, end: int, found: list[Attribution], actors: tuple[ActorMention, ...]
                       ) -> int:
    """Where the source starts that a person named right after an inverted say-verb speaks for ("said Rami Abdel
    Rahman, head of the Observatory"), past his name and post; else start. A source or a side named first is no
    person ("said SANA, the official news agency")."""
    name = _SPACES.match(text, start, end).end()
    post = named_pattern("person_then_post").match(text, name, end)
    if post is None or any(s.position == name for s in found) or any(a.start == name for a in actors):
        return start
    return post.end()


_SPACES = re.compile(r"\s*")
