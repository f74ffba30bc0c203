"""The sources a sentence points back to (codebook section 6): "The monitor added ...", "the ministry
said", "It said", "according to the same sources" stand for a source named before; "the group said" for the
armed group the sentence opens with. The sources a sentence names itself are claimants.py's."""
from __future__ import annotations

import re
from dataclasses import replace

from helpers.codebook import taxonomy
from helpers.extract.actors import actor_type, mentions_within
from helpers.extract.claimants import claimants
from helpers.extract.source_names import Attribution, actor_source
from helpers.extract.lexicon import claim_words, ground_arm, lookup, nationalities, sources, words
from helpers.records import ActorMention, Sentence


def _referent(text: str, source: Attribution, earlier: Attribution | None) -> Attribution | None:
    """"The monitor added ...", "the ministry said", "the UK-based monitor reported": a source named only by
    its kind is the latest source named before it of that kind ("the ministry" after the SDF spoke is the
    ministry named before the SDF), else the source named last; "it said" is the source named last; "Gilo
    added" the source Gilo was named with."""
    heads = claim_words().get("source_head", frozenset())
    named_words = source.claimant.lower().split()
    # "the Britain-based group", "the Istanbul-based organisation": where it sits says nothing of which it is
    kind_words = [w for w in named_words if not w.endswith("-based")]
    if earlier is None:
        return None
    if source.by_name:
        return _named_with(text, source, earlier)
    if source.claimant in words("pronoun") or named_words[:1] and named_words[0] in words("source_again"):
        return earlier  # "it said", "according to the same sources"
    if source.claimant in words("person_pronoun"):  # "He said": a person named last as a source, never an organisation
        return earlier if set(re.findall(r"[a-z]+", earlier.surface.lower())) & words("person_head") else None
    if not named_words or named_words[-1] not in heads or not source.surface.lower().startswith("the "):
        return None
    table, _ = sources()
    chain = earlier
    while chain is not None:
        named = lookup(table, chain.claimant)
        if named is not None and named_words[-1] in (named.kind, *named.name.lower().split()):
            return chain
        chain = chain.before
    # "the ministry said" with no ministry named before: the source named last; but "a spokesman for the
    # fighters told", "activists said" are new
    return earlier if len(kind_words) == 1 else None


def named_source(text: str, sentence: Sentence, actors: list[ActorMention],
                 earlier: Attribution | None) -> Attribution | None:
    """The source the report has named last, after this sentence; one it names again by its kind ("..., the
    monitor said") is the last named again, which "It said" in the next sentence points to."""
    in_sentence = list(mentions_within(actors, sentence.start, sentence.end))
    named = [group if (group := _group_of_the_sentence(s, in_sentence, actors, earlier)) is not None
             else referent if (referent := _referent(text, s, earlier)) is not None else s
             for s in claimants(text, sentence, in_sentence) if _stands_for_someone(text, s, earlier)]
    if not named or named[-1] is earlier:
        return earlier
    return replace(named[-1], before=earlier)

def sources_in(text: str, sentence: Sentence, actors: list[ActorMention],
               earlier: Attribution | None) -> list[Attribution]:
    """The sentence's sources, a back-reference ("the monitor added", "it said") as the source it
    points to, which may be one the sentence named before it ("The Observatory ... has a lower number: it
    says ..."); a pronoun with nothing to point to is no source. actors: the report's."""
    found: list[Attribution] = []
    last = earlier
    in_sentence = list(mentions_within(actors, sentence.start, sentence.end))
    for source in claimants(text, sentence, in_sentence):
        if not _stands_for_someone(text, source, last):
            continue
        if (group := _group_of_the_sentence(source, in_sentence, actors, last)) is not None:
            found.append(group)
        elif (referent := _referent(text, source, last)) is not None:
            found.append(replace(referent, position=source.position, backward=source.backward, surface=source.surface))
        else:
            found.append(source)
            last = replace(source, before=last)
    return found


def forces_voice(source: Attribution, in_sentence: list[ActorMention], sides: tuple[str, ...]) -> Attribution | None:
    """"..., the military said": the state forces the sentence names first, else the happening's (its air arm's
    forces: "an Israeli drone struck a car ..., the military said" is the Israel Defense Forces'); none found, no
    source. Any other source as it is."""
    if source.claimant not in words("forces_voice"):
        return source
    states = set(nationalities().values())
    forces = next((ground_arm(actor) for actor in (*(a.actor for a in in_sentence), *sides)
                   if ground_arm(actor) in states), None)
    return None if forces is None else replace(source, claimant=forces, speaks_for=forces)


def _stands_for_someone(text: str, source: Attribution, earlier: Attribution | None) -> bool:
    """A pronoun ("it said", "he said") or a person's name ("Gilo added") with no source before it to stand for
    is no source."""
    return source.claimant not in words("pronoun") | words("person_pronoun") and not source.by_name or \
        _referent(text, source, earlier) is not None


_NAME_REACH = 60  # characters between a person's name and the source he was named with: "local official Ahmed Gilo"


def _named_with(text: str, source: Attribution, earlier: Attribution) -> Attribution | None:
    """The source named last whose sentence named the person too, near it ("SDF spokesman Farhad Shami said",
    "said Rami Abdel Rahman, head of the Observatory"), which "Shami said" or "Abdel Rahman added" stands for."""
    named_at = [m.start() for m in re.finditer(rf"\b{re.escape(source.surface)}\b", text[:source.position])]
    chain: Attribution | None = earlier
    while chain is not None:
        if any(abs(k - chain.position) <= _NAME_REACH and not _SENTENCE_END.search(
                text, min(k, chain.position), max(k, chain.position)) for k in named_at):
            return chain
        chain = chain.before
    return None


_SENTENCE_END = re.compile(r"[.!?]\s")


def _group_of_the_sentence(source: Attribution, in_sentence: list[ActorMention], actors: list[ActorMention],
                           earlier: Attribution | None) -> Attribution | None:
    """"The SDF detained five ISIS suspects in Gharanij, the group said": "the group" ("the alliance", "the
    militia") is the armed group the sentence opens with, not the source named before it; in a sentence that
    names none ("A car bomb hit an SDF checkpoint. The militia acknowledged ..."), the armed group named last
    before it, when no other source has spoken before."""
    if source.claimant not in words("group_noun") or not source.surface.lower().startswith("the "):
        return None
    subject = next((a for a in in_sentence if a.start < source.position), None)
    if subject is None:
        subject = next((a for a in reversed(actors) if a.end <= source.position and _non_state_armed(a)), None)
        if subject is None or earlier is not None and earlier.speaks_for != subject.actor:
            return None  # "Human Rights Watch said the SDF detained twelve men. The group said ...": the source
    if not _non_state_armed(subject):
        return None
    return actor_source(source.position, subject, source.backward, source.surface)


def _non_state_armed(actor: ActorMention) -> bool:
    return taxonomy().armed(actor.actor_type) and actor_type(actor.actor) != "State forces"
