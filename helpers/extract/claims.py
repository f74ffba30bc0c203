"""Casualty claims (codebook section 6): a number, the people it counts, what happened to them,
whose people they were and who gives the number.

A claim needs a number phrase before a word for people ("at least 20 soldiers"), and a casualty
word for that group ("were killed", "lost contact with"). Materiel ("3 ISIS vehicles"), time
("several hours") and people merely present ("hundreds of ISIS members still hide") are not
claims. Every source gives its own row: nothing is averaged or merged; who gives each number is
claimants.py's job.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from helpers.extract.actors import actor_type, mentions_within
from helpers.extract.force_words import forces_where
from helpers.extract.lexicon import actors as actors_lexicon
from helpers.codebook import REMOTE, taxonomy
from helpers.extract.clauses import clause_start
from helpers.extract.claimants import speaker_at
from helpers.extract.source_names import Attribution
from helpers.extract.source_references import forces_voice, sources_in
from helpers.extract.lexicon import (alternation, casualty_words, claim_pattern, country_forces, enemy_words,
                                      home_forces, lookup, named_pattern, nationalities, victim_nouns, words,
                                      sources, triggers, zero_phrases)
from helpers.extract.mentions import SentenceMentions
from helpers.extract.people_counts import PeopleCount, people_counts
from helpers.records import ActorMention, Claim, Event, Sentence


def _non_state() -> tuple[str, ...]:
    forces = taxonomy().forces
    return tuple(t for t in taxonomy().actor_types if forces[t] == "non_state")


@cache
def _relative_pronoun() -> re.Pattern:
    return re.compile(rf"(?<!,)\s(?:{alternation('relative_pronoun')})\b", re.I)


def _in_others_relative(text: str, count_end: int, word_start: int) -> bool:
    """Is the harm word inside a relative clause of a later noun, not of the counted one?"""
    between = text[count_end:word_start]
    relative = _relative_pronoun().search(between)
    return relative is not None and bool(between[:relative.start()].strip())


# what joins two counts that share a casualty word: "two fighters and a civilian", "two members of
# the Asayish and a civilian were killed" (whose members they were may come between)
_CAUSED = re.compile(r"\b(?:causing|inflicting)\b", re.I)
_CIVILIAN = re.compile(r"\bcivilian", re.I)
_OWNER_LEAD = 2  # words before the side an owner names ("the Turkish-backed Syrian National Army")
_OWNER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?P<owner>[^,;.]*?)"
                    r"(?=\s*(?:[,;.]|\b(?:and|were|was|had|have|are|is)\b))")
# "41 rebel fighters and nine members of Hezbollah", "23 soldiers and allied militiamen and 17 jihadists": the rest
# of a count's noun, then the next one
# between two counts of one list: "and", perhaps after the first's words ("of the SDF") and an apposition
# that says who they are (", the Kurdish-Arab alliance leading the assault,")
_LISTED = re.compile(r"(?:\s+[a-z-]+)?(?:\s+and\s+(?:[a-z-]+\s+)?[a-z-]+)?(?:\s+of\s+[^,;.]{1,50}?)?"
                     r"(?:\s*,\s+(?:the|an?)\s+[^,;.]{1,60}?)?\s*(?:,|and|, and)\s*")


def _category(text: str, counts: list[PeopleCount], i: int, sentence: Sentence) -> tuple[str, int] | None:
    """The casualty word of the i-th count: after it (up to the next count), shared with the next
    count ("5 militants and several civilians were killed"), or before it ("detained at least 4 suspects")."""
    if counts[i].category:
        return counts[i].category, counts[i].start
    table, pattern = casualty_words()
    # Active voice: "killing two soldiers and injuring one other", "detained at least 4 suspects",
    # "the death of five fighters".
    adjacent = [m for m in pattern.finditer(text, sentence.start, counts[i].start)
                if text[m.end():counts[i].start].strip(" \"'“”‘’") in ("", "of")]  # '"neutralized" five'"
    if adjacent:
        return lookup(table, adjacent[-1].group()), adjacent[-1].start()
    if lost := named_pattern("loss_owner").search(text, max(sentence.start, counts[i].start - _LOSS_REACH),
                                                  counts[i].start):
        return "killed", lost.start()  # "had lost at least six men" (not "a girl lost her leg": the count is before)
    j = i
    while j < len(counts):
        stop = counts[j + 1].start if j + 1 < len(counts) else sentence.end
        semicolon = text.find(";", counts[j].end, stop)  # "hundreds gathered; police detained four"
        stop = semicolon if semicolon >= 0 else stop
        relative = named_pattern("relative_clause").match(text, counts[j].end)
        m = pattern.search(text, relative.end() if relative else counts[j].end, stop)
        if m and _in_others_relative(text, counts[j].end, m.start()):
            m = None  # "dozens of women gathered ... with photos of relatives who disappeared"
        if m and j + 1 < len(counts) and text[m.end():counts[j + 1].start].strip(" \"'“”‘’") in ("", "of"):
            m = None  # "an armed group ambushed a patrol, martyring three of its members": the next count's
        if m:
            return lookup(table, m.group()), m.start()
        if j + 1 < len(counts) and _LISTED.fullmatch(text, counts[j].end, counts[j + 1].start):
            j += 1
            continue
        break
    if i and _LISTED.fullmatch(text, counts[i - 1].end, counts[i].start):
        return _category(text, counts, i - 1, sentence)  # "killing two SDF fighters and a civilian"
    start = counts[i - 1].end if i else sentence.start
    before = list(pattern.finditer(text, start, counts[i].start))
    if before and text[before[-1].end():counts[i].start].split()[:1] and \
            text[before[-1].end():counts[i].start].split()[0].lower() in words("definite"):
        return None  # "the bodies of the three victims, a father and his two sons": people counted already
    if before:
        return lookup(table, before[-1].group()), before[-1].start()
    return None


_LOSS_REACH = 40  # characters before a count that hold the verb of losing ("had lost at least")


@cache
def _joined_count() -> re.Pattern:
    """A harm word and "and" right before a count: a list of one people's harms ("3 soldiers killed and 12 ...")."""
    table, _ = casualty_words()
    harms = sorted(table, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, harms))})\s+and\s+$", re.I)


_HARM_GERUND_BEFORE = re.compile(r"\b([a-z]+ing(?:\s+(?:and|or)\s+[a-z]+ing)?)\s+$", re.I)
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:of|on|at|against)\s+(?:the\s+)?$", re.I)
_WORD_AND_ARTICLE = re.compile(r"([\w-]+)\s+(?:(?:an?|the)\s+)?$", re.I)


def _struck_before(text: str, start: int, actors: list[ActorMention], speaker: str) -> str:
    """Whose "its" the object of a harm word after an attack is: the side the attack was aimed at, named last before
    it ("stormed a position of the Assad militias, killing five of its elements", "targeted an Assad militia
    gathering, killing several of its members"); not the attacker ("ISIS attacked its positions, killing two of
    its fighters" is the speaker's)."""
    gerund = _HARM_GERUND_BEFORE.search(text, max(0, start - _LOSS_REACH), start)
    table, _ = casualty_words()
    if gerund is None or lookup(table, gerund.group(1)) is None:
        return ""
    named = [a for a in actors if a.end <= gerund.start()]
    if not named or named[-1].actor == speaker:
        return ""
    before = text[max(0, named[-1].start - _LOSS_REACH):named[-1].start]
    word = _WORD_AND_ARTICLE.search(before)
    aimed_at = _OBJECT_OF_PREPOSITION.search(before) or (word and lookup(triggers()[0], word.group(1)) is not None)
    return named[-1].actor if aimed_at else ""


def _victim(text: str, count: PeopleCount, actors: list[ActorMention], event: Event | None,
            previous: str, speaker: str) -> str:
    """Whose people a count is: an actor named in it, the speaker's own ("its fighters"), or the
    side of the event the noun points to (soldiers -> the state forces' side)."""
    inside = [a for a in actors if count.start <= a.start < count.end]
    if inside:
        return inside[-1].actor
    owner = _OWNER.match(text, count.end)
    # "two members of the SDF", "eight fighters of the Kurdish People's Protection Units", "12 fighters from the
    # Turkish-backed Syrian National Army": a side named at the head of the owner, after at most two words
    owners = [a for a in actors if owner and owner.start("owner") <= a.start < owner.end("owner")
              and len(text[owner.start("owner"):a.start].split()) <= _OWNER_LEAD]
    if owners:
        return owners[0].actor
    suspected = named_pattern("suspected_member")  # "15 men suspected of belonging to IS": the group's, as coders count them
    if joined := next((a for a in actors if a.start >= count.end and suspected.match(text[count.end:a.start])), None):
        return joined.actor
    own = count.possessive and victim_nouns().get(count.noun) != "civilians"  # not "a minibus ... four of its passengers"
    if own and (struck := _struck_before(text, count.start, actors, speaker)):
        return struck  # "its fighters stormed a position of the Assad militias, killing five of its elements"
    if own and speaker:
        return speaker
    if own and (named_before := [a for a in actors if a.end <= count.start]):
        return named_before[-1].actor  # "Hezbollah on Tuesday mourned two of its fighters"
    if lost := named_pattern("loss_owner").search(text, max(0, count.start - _LOSS_REACH), count.start):
        losers = [a for a in actors if a.end <= lost.start() and not re.search(r"[,;]", text[a.end:lost.start()])]
        if losers:  # "the army and its allies had lost at least six men"
            return losers[0].actor
    noun = count.noun
    if not noun and previous and _joined_count().search(text, max(0, count.start - _LOSS_REACH), count.start):
        return previous  # "lost 3 soldiers killed and about 12 wounded": the people of the count it is joined to
    if not noun and event and not named_pattern("among").match(text, count.end):  # "put the death toll at 12": the event's victims,
        return event.actor2 or previous  # or, while its target is unknown, the people the sentence counted before
    if not noun:  # "8 casualties among civilians"
        m = named_pattern("among").match(text, count.end)
        named = [a for a in actors if m and m.start("who") <= a.start < m.end("who")]
        if named:
            return named[0].actor
        noun = next((w.lower() for w in (m.group("who").split() if m else []) if w.lower() in victim_nouns()), "")
    role = victim_nouns().get(noun, "")
    if role == "target" and event and not event.actor2 and (named := _people_named_before(text, count.start)):
        # "a bus carrying soldiers ..., killing three of them": the people named before, not the attackers
        # ("militants ambushed a convoy, killing five of them")
        found = _victim(text, replace(count, noun=named), actors, event, previous, speaker)
        if found not in ("", event.actor1, *event.assoc_actor1):
            return found
    if role == "state":  # "seven Syrian personnel": the nationality says whose forces
        named = [nationalities()[w] for w in text[count.start:count.end].lower().split() if w in nationalities()]
        if named:
            return named[-1]
    if role == "previous":
        return previous
    if role in actors_lexicon().actors:
        return role
    if role == "civilians" or role == "dead" and not (event and event.actor2):
        return "Civilians"
    if role == "dead":
        return event.actor2
    # The side acted on first: reports count the losses of those attacked; a strike from afar
    # ("Israeli warplanes struck a military site, wounding one soldier") costs its striker none.
    if event is None:
        sides = []
    elif event.event_type == REMOTE:
        sides = [event.actor2, *event.assoc_actor2]
    else:
        sides = [event.actor2, event.actor1, *event.assoc_actor2, *event.assoc_actor1]
    if role == "state":  # else the speaker's forces, else those of the country it happened in ("near al-Qaa")
        return next((a for a in sides if actor_type(a) in ("State forces", "External/Other forces")), None) or \
            (speaker if actor_type(speaker) == "State forces" else None) or \
            (event and event.country and lookup(country_forces()[0], event.country)) or home_forces()
    if role == "armed":  # a side's word for its enemy ("terrorists" in Turkey's defence ministry's mouth; the
        # SDF's "militants" are not its own fighters)
        own = speaker if noun in words("pejorative") else ""
        # "Syrian troops and Hezbollah fighters stormed the district ... nine rebel fighters were killed": the armed
        # helpers of a state's forces are not the fighters counted among those they attacked
        if event is not None and actor_type(event.actor1) in ("State forces", "External/Other forces"):
            sides = [a for a in sides if a not in event.assoc_actor1]
        return next((a for a in sides if actor_type(a) in _non_state() and a != own), "") or \
            enemy_words().get((speaker, noun), "")
    if role == "target" and event:
        return event.actor2
    if role == "attacker" and event:  # "one attacker was also killed"
        return event.actor1
    return ""


_PEOPLE_REACH = 120  # characters before a pronoun's count that its people are looked for in
_WORD_OR_STOP = re.compile(r"[\w-]+|[.!?;]")


def _people_named_before(text: str, position: int) -> str:
    """The last noun for people of a side before a position in its sentence, if any."""
    for word in reversed(_WORD_OR_STOP.findall(text, max(0, position - _PEOPLE_REACH), position)):
        if word in ".!?;":
            return ""
        if victim_nouns().get(word.lower(), "target") not in ("target", "previous"):
            return word.lower()
    return ""


def _supposed(text: str, sentence: Sentence, position: int) -> bool:
    """"if an American service member is killed, ...": a count in a clause a condition opens is no claim."""
    clause = text[clause_start(text, sentence.start, position):position].lower().split()
    return bool(words("condition") & set(clause))


def _confirmed(text: str, sentence: Sentence, speaks_for: str, victim: str) -> str:
    span = text[sentence.start:sentence.end]
    if claim_pattern("unconfirmed").search(span):
        return "no"
    if victim and victim == speaks_for:  # a side (or its official media) reports its own losses
        return "yes"
    if claim_pattern("confirmed").search(span):
        return "yes"
    return "unknown"


def mention_claims(text: str, mentions: SentenceMentions, actors: list[ActorMention], event: Event | None,
                   outlet_claimant: str, earlier: Attribution | None = None) -> list[Claim]:
    """Claims in one analysed sentence: none in one that tells of the past ("In 2019 ...")."""
    if mentions.history:
        return []
    return sentence_claims(text, mentions.sentence, actors, event, outlet_claimant, earlier)


def sentence_claims(text: str, sentence: Sentence, actors: list[ActorMention], event: Event | None,
                    outlet_claimant: str, earlier: Attribution | None = None) -> list[Claim]:
    """Claims in one sentence; ids and event ids are set by the caller. earlier: the source the
    report named last, which "the monitor" or "the ministry" refers back to."""
    in_sentence = list(mentions_within(actors, sentence.start, sentence.end))
    denial = bool(claim_pattern("denial").search(text, sentence.start, sentence.end))
    counts = people_counts(text, sentence, denial)
    # "two members of the Asayish": whose people were counted, not who told it
    owners = [m.span("owner") for c in counts if (m := _OWNER.match(text, c.end, sentence.end))]
    sides = (event.actor1, event.actor2) if event else ()
    sources_here = [voiced for s in sources_in(text, sentence, actors, earlier)
                    if not any(start <= s.position < end for start, end in owners)
                    and (voiced := forces_voice(s, in_sentence, sides)) is not None]
    claims = []
    previous = ""
    speakers = _speakers_words(text, sentence, sources_here)
    for i, count in enumerate(counts):
        found = _category(text, counts, i, sentence)
        if any(count.start <= start and end == count.end and not _A_WORD.search(text, count.quantity.end, start)
               for start, end in speakers):
            continue  # "..., a medic at the front told us": who tells it, not one of the wounded
        if found is None or _supposed(text, sentence, count.start) or \
                named_pattern("other_cause").match(text, count.end, sentence.end):
            continue  # "more than 5 900 people had been killed by the earthquake": no one's violence
        category, _ = found
        speaker = speaker_at(sources_here, count.start)
        previous = _victim(text, count, in_sentence, event, previous, speaker.speaks_for if speaker else "")
        phrase = count.quantity.phrase
        if phrase.lower() == "any":  # "denied that any soldiers were killed": the denial is the number's words
            denied = list(claim_pattern("denial").finditer(text, sentence.start, count.start))
            phrase = text[denied[-1].start():count.quantity.end] if denied else phrase
        claims.append(_claim(text, sentence, phrase, count.quantity.low, count.quantity.high,
                             category, previous, count.start, sources_here, outlet_claimant))
    table, pattern = zero_phrases()
    for m in pattern.finditer(text, sentence.start, sentence.end):
        # "The SAA repelled the attack without losses": the losses are the subject's; "According to the Russian
        # Defence Ministry, there were no losses": the speaking side's own
        before = [a for a in in_sentence if a.end <= m.start()]
        speaker = speaker_at(sources_here, m.start())
        victim = before[0].actor if before else (speaker.speaks_for if speaker and speaker.speaks_for
                                                 else event.actor2 if event else "")
        # "shelled the town, causing no casualties": none among those it hit; so too a strike from afar that its
        # striker carried out "without any casualties": it risked none of its own
        # "no sign of civilian casualties" names its people; "No casualties were reported" after a strike on no side
        # named counts none among the people where it fell (heldout6 point 3)
        if _CAUSED.search(m.group()) or (event and event.event_type == REMOTE and victim in ("", event.actor1)):
            victim = (event.actor2 if event else "") or "Civilians"
        if _CIVILIAN.search(m.group()):
            victim = "Civilians"
        claims.append(_claim(text, sentence, m.group(), 0, 0, lookup(table, m.group()), victim, m.start(),
                             sources_here, outlet_claimant))
    if event is not None and event.country != "Syria":
        # "the army said", of a happening in Lebanon: that country's army speaks, as it acts there (forces_where)
        claims = [_voice_abroad(c, in_sentence, event.country) for c in claims]
    return claims


def _voice_abroad(claim: Claim, mentions: list[ActorMention], country: str) -> Claim:
    """"No casualties among the troops, a military source said", of a happening in Jordan: the forces' own voice,
    and its own losses, are that country's forces'."""
    source = lookup(sources()[0], claim.claimant)
    own = source.speaks_for if source is not None and source.kind == "forces" else claim.claimant
    theirs = forces_where(own, mentions, country)
    if theirs == own:
        return claim
    return replace(claim, claimant=theirs, victim=theirs if claim.victim == own else claim.victim)


_A_WORD = re.compile(r"\w")  # between a count's number and a speaker's words: a count of others ("12 and said rescuers")


def _speakers_words(text: str, sentence: Sentence, sources_here: list[Attribution]) -> list[tuple[int, int]]:
    """Where the sentence's sources' words are written (a count that ends with them counts who spoke, "a UOSSM
    nurse" one of those harmed)."""
    found = ((text.find(s.surface, s.position, sentence.end), len(s.surface)) for s in sources_here if s.surface)
    return [(start, start + length) for start, length in found if start >= 0]


def _claim(text, sentence, phrase, low, high, category, victim, position, sources_here, outlet_claimant) -> Claim:
    speaker = speaker_at(sources_here, position)
    claimant = speaker.claimant if speaker else outlet_claimant
    speaks_for = speaker.speaks_for if speaker else ""
    return Claim(
        claim_id="", event_id="", report_id="", category=category, low=low, high=high, phrase=phrase,
        victim=victim, claimant=claimant, claimant_surface=speaker.surface if speaker else "",
        confirmed=_confirmed(text, sentence, speaks_for, victim),
        evidence=sentence.text, char_start=sentence.start, char_end=sentence.end,
    )
