"""Who gives a number (codebook section 6): the source a sentence names for it, wherever it is
named (before the number, after the clause, as an apposition, by its kind or a pronoun in a later
sentence), under one canonical name per source (data/lexicon/sources.csv, the actors), its words
as written kept; else the outlet itself when it is a monitor or a party. What a later sentence points back
to ("the monitor added", "it said") is source_references.py's job.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from helpers.extract.lexicon import alternation, claim_pattern, claim_words, lookup, sources, sources_named, words
from helpers.extract.clauses import clause_start
from helpers.extract.quantities import find_quantities
from helpers.extract.source_names import (Attribution, actor_source, claimant_trim, institution, light,
                                          person_of_a_source, seat, source_heads, unseated)
from helpers.records import ActorMention, Sentence


@cache
def _of_the_place() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation('of_the_place')})\s+$", re.I)


@cache
def _conjunction() -> re.Pattern:
    return re.compile(rf"^(?:{alternation('conjunction')}),?\s+", re.I)


# Each pattern below is built from a word list once, not at every source a sentence names.

@cache
def _time_or_channel() -> re.Pattern:
    """When or how a source spoke, right after its verb ("said on Sunday", "said in a statement")."""
    return re.compile(rf"\s*(?:{alternation('time_or_channel')})\b", re.I)


@cache
def _spoken_object() -> re.Pattern:
    """What a say-verb's words go on with when it reports what follows: "that", or a word other than
    a time or channel ("said 12 fighters were killed")."""
    return re.compile(rf"\s*(?:that\b|(?!(?:{alternation('time_or_channel')})\b)\w)", re.I)


@cache
def _speech_adverbs() -> re.Pattern:
    """The adverbs that may end a source's words before its verb ("the monitor also said")."""
    return re.compile(rf"(?:\s+(?:{alternation('speech_adverb')}))+$", re.I)


def _voice_of(subject: str, actor: ActorMention) -> bool:
    """Is the subject only an actor's name and a word for who speaks for it, with at most one lowercase word for
    the kind ("an SDF spokesman", "an SDF field commander")?"""
    after = subject[subject.find(actor.surface) + len(actor.surface):].split() if actor.surface in subject else []
    return 1 <= len(after) <= 2 and after[-1].lower() in words("party_voice") and after[0][:1].islower()


_OPENING_QUOTES = "\"“'‘"

_REPORTER = re.compile(r"['’]s\s+correspondent\b")


# "..., local sources told Zaman al-Wasl.", "told the official news agency SANA", "told Suwayda 24": whom the speaker
# told, a name that ends the clause
_RECIPIENT = re.compile(r"\s*(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:[A-Z][\w'’-]*\s+)?(?:[a-z]+\s+){0,2}?"
                        r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}-[A-Z][\w'’-]*|\d+\b))*"
                        r"(?:\s*[,;.]|\s+(?:by|on|in|via)\b|\s*$)")


def _subject_actor(actors: list[ActorMention], clause_start: int, verb_start: int, text: str) -> ActorMention | None:
    """The actor right before a say-verb ("The SDF said", "HTS reportedly claims"), if it is its subject."""
    for a in reversed(actors):
        # "the YPG (People's Protection Units) now says": past its bracket's close and a speech adverb
        between = [w for w in text[a.end:verb_start].split() if w != ")" and w.lower() not in words("speech_adverb")]
        # "had killed 20 fighters and insisted": a verb joined by "and" has the first verb's subject
        if clause_start <= a.start and a.end <= verb_start and len(between) <= 1 and not (
                between and between[0].lower() in words("conjunction")):
            return a
    return None


def claimants(text: str, sentence: Sentence, actors: list[ActorMention]) -> tuple[Attribution, ...]:
    """Every source the sentence names for its numbers, in text order."""
    # A report asks twice per sentence (for its claims, then for the source it names last).
    return _claimants(text, sentence, tuple(actors))


@lru_cache(maxsize=4)
def _claimants(text: str, sentence: Sentence, actors: tuple[ActorMention, ...]) -> tuple[Attribution, ...]:
    vocabulary = claim_words()
    found: list[Attribution] = []
    table, _ = sources()
    for m in sources_named(text, sentence.start, sentence.end):
        if m.group()[:1].islower() and _of_the_place().search(text, sentence.start, m.start()):
            continue  # "local rescuers" (not "the local Suwayda 24 network"): people of the place, in their words
        source = lookup(table, m.group())
        reporter = _REPORTER.match(text, m.end(), sentence.end)
        if reporter:  # "Syria TV's correspondent in Idlib": the outlet's correspondent
            found.append(Attribution(m.start(), f"{source.name} correspondent", source.speaks_for, False,
                                     text[m.start():reporter.end()]))
        else:  # "... were killed (SOHR 12/03/2016).": a citation in brackets gives the numbers before it
            cited = _CITATION_OPEN.search(text, sentence.start, m.start()) and \
                _CITATION_CLOSE.match(text, m.end(), sentence.end)
            found.append(Attribution(m.start(), source.name, source.speaks_for, bool(cited), m.group()))
    found.extend(_cited_on_its_line(text, sentence))
    found = [s for s in found if not _carried_by_its_side(text, sentence, s, found)]
    # a source that is also a side may be named only as one ("a checkpoint of the Asayish"): it gives the
    # numbers when the sentence has it speak; a media outlet or a monitor named anywhere does ("citing a
    # military source, SANA said", "through its Amaq agency")
    sides = {a.start for a in actors}
    # '"Al-Fath al-Mubin" operations room': a name in quotes is the side named after its opening quote
    listed = {s.position for s in found if s.position in sides or (text[s.position] in _OPENING_QUOTES and
                                                                    s.position + 1 in sides)}
    heard: set[int] = set()
    heads = vocabulary.get("source_head", frozenset())
    for m in claim_pattern("attribution").finditer(text, sentence.start, sentence.end):
        phrase = _PHRASE_END.split(text[m.end():sentence.end], maxsplit=1)[0]
        named = [s for s in found if m.end() <= s.position <= m.end() + len(phrase)]
        if named:  # "according to the Syrian Observatory for Human Rights (SOHR)": one source
            found = [s for s in found if s not in named]
            found.append(replace(named[0], position=m.start(), backward=True))
            heard.add(m.start())
        else:
            written_phrase = phrase.strip()
            unbracketed = _BRACKETED_END.sub("", written_phrase)  # "the Syrian Democratic Forces (SDF)"
            whole = [a for a in actors if m.end() <= a.start and a.end <= m.end() + len(phrase)
                     and claimant_trim().sub("", unbracketed) == a.surface]
            if whole:  # "according to the SDF": the actor under its one name
                found.append(actor_source(m.start(), whole[0], True, written_phrase))
            else:
                found.append(Attribution(m.start(), light(phrase), "", True, written_phrase))
    for m in claim_pattern("say_verb", "denial").finditer(text, sentence.start, sentence.end):
        # "The SDF, which is backed by the United States, said ...": the subject is before the relative clause
        relative = _RELATIVE_BEFORE.search(text, sentence.start, m.start()) or \
            _RESTRICTIVE_BEFORE.search(text, sentence.start, m.start()) or \
            _speaking_aside().search(text, sentence.start, m.start())
        if not relative and _PAST_VERB_BEFORE.search(text, sentence.start, m.start()):
            continue  # "after they posted reports on the prices ...": a say-word as the object of a verb is a noun
        # ("The monitor, as usual, reports ...": a subject set off by an aside is no inversion)
        if not relative and _INVERTED_BEFORE.search(text, sentence.start, m.start()) and not _time_or_channel().match(
                text, m.end(), sentence.end) and _apposed_subject(
                text, sentence.start, found, actors, clause_start(text, sentence.start, m.start()), m.start()) is None:
            # "..., said the Syrian Civil Defence": the source after its verb gives the numbers before; so does the
            # source a person named first speaks for ("..., said Rami Abdel Rahman, head of the Observatory")
            spoken_from = person_of_a_source(text, m.end(), sentence.end, found, actors)
            after = _INVERTED_AFTER.match(text, spoken_from, sentence.end).end()
            named = [i for i, s in enumerate(found) if s.position in (spoken_from, after)]
            actor = next((a for a in actors if a.start == after), None)
            if named:
                found[named[0]] = replace(found[named[0]], backward=True)
                heard.add(found[named[0]].position)
                continue
            if actor is not None:
                found.append(actor_source(actor.start, actor, True, actor.surface))
                continue
            seated = _PHRASE_END.split(text[spoken_from:sentence.end], maxsplit=1)[0].strip()
            phrase = unseated(seated)
            if phrase.split() and phrase.split()[-1].lower() in heads:  # "..., said local sources."
                found.append(Attribution(m.start(), light(seated), "", True, phrase))
                continue
        verb = relative.start() if relative else m.start()
        clause = clause_start(text, sentence.start, verb)
        # "..., X said.", "..., X said in a statement on Sunday.": X gives the numbers before it
        recipient = _RECIPIENT.match(text, m.end(), sentence.end)
        backward = not _spoken_object().match(text, m.end(), sentence.end) or recipient is not None \
            or _told_the_outlet().match(text, m.end(), sentence.end) is not None
        spoken = [i for i, s in enumerate(found) if clause <= s.position < verb]
        if spoken:  # a named source is the subject: "..., the Syrian Observatory for Human Rights said."
            named = found[spoken[-1]]
            told = [i for i, s in enumerate(found) if recipient and m.end() <= s.position < recipient.end()
                    and s.speaks_for and s.speaks_for == named.speaks_for]
            if told and backward:
                # "..., a military source told the official news agency SANA": the side's own agency carries it
                found[told[0]] = replace(found[told[0]], backward=True)
                heard.add(found[told[0]].position)
                continue
            # "a source in the defence ministry said": one person of it, whom "him" may stand for next
            seated = claimant_trim().sub("", text[clause:named.position] + named.surface)
            surface = seated if seat().match(seated) and seated.endswith(named.surface) else named.surface
            found[spoken[-1]] = replace(named, backward=named.backward or backward, surface=surface)
            heard.add(found[spoken[-1]].position)
            continue
        written = _speech_adverbs().sub("", text[clause:verb].strip(" \"“”"))
        seated = claimant_trim().sub("", written)
        subject = unseated(seated)
        apposed = [i for i, s in enumerate(found) if s.position < clause and text.count(",", s.position, clause) == 1]
        owner = [i for i, s in enumerate(found) if s.position < clause]
        if subject.split()[:1] and subject.split()[0].lower() in words("possessive_relative") and owner:
            # "according to the rescue service, whose volunteers said": its own
            found[owner[-1]] = replace(found[owner[-1]], backward=True)
            heard.add(found[owner[-1]].position)
            continue
        if not subject and backward and apposed:
            # "..., the Syrian Civil Defence, a rescue group also known as the White Helmets, said."
            found[apposed[-1]] = replace(found[apposed[-1]], backward=True)
            heard.add(found[apposed[-1]].position)
            continue
        if not subject and (named := _apposed_subject(text, sentence.start, found, actors, clause, verb)) is not None:
            # "SANA, the official news agency, said", "The SDF, an alliance of Kurdish and Arab militias, said"
            if isinstance(named, Attribution):
                found[found.index(named)] = replace(named, backward=named.backward or backward)
                heard.add(named.position)
            else:
                found.append(actor_source(named.start, named, backward, named.surface))
            continue
        if not subject and (voiced := _apposed_voice(text, sentence.start, actors, verb, backward)) is not None:
            found.append(voiced)  # "Omar Haddad, a commander of the Hamza Brigade, told reporters"
            continue
        if m.group().lower().endswith("ing") and not subject:
            # "The YPG gave a lower figure for its own losses, saying five of its fighters had died": a participle's
            # subject is the sentence's; a source the sentence named before speaks already ("SANA gave a different
            # account, saying ...")
            if not found and (opening := _opening_actor(text, sentence.start, actors, verb)) is not None:
                found.append(actor_source(opening.start, opening, backward, opening.surface))
            continue
        if not subject:  # "X do not give details, but say that ...": the sentence's subject speaks
            opening = text[sentence.start:m.start()].split()[:6]
            head = next((i for i, w in enumerate(opening) if w.lower().strip(",") in heads), None)
            subject = " ".join(opening[:head + 1]) if head is not None else ""
            clause = sentence.start
        subject = _without_name_after_head(subject, heads)
        actor = _subject_actor(actors, clause, verb, text)
        named_whole = actor is not None and written.endswith(actor.surface) and " " in actor.surface
        said_by = subject.lower().split()
        if len(said_by) > 1 and said_by[0] in words("outlet_voice"):
            if said_by[-1] in heads:  # "Our correspondent said": the outlet's own correspondent (outlet_staff)
                found.append(Attribution(clause, " ".join(said_by), "", backward, subject))
            continue
        if subject.split() and subject.split()[-1].lower().strip(",") in heads and not named_whole:
            # "HTS-affiliated media" speak for HTS
            inside = [a for a in actors if clause <= a.start < clause + len(subject)]
            # "a source at the Damascus Police Command": named with the institution it speaks from
            named_as = seated if subject == unseated(seated) and institution(seated) else subject
            surface = written if written.lower().endswith(named_as.lower()) and named_as else named_as
            if len(inside) == 1 and _voice_of(subject, inside[0]):  # "an SDF spokesman said": the SDF
                found.append(actor_source(inside[0].start, inside[0], backward, _conjunction().sub("", surface)))
                continue
            found.append(Attribution(clause, light(named_as), inside[0].actor if inside else "", backward,
                                     _conjunction().sub("", surface)))
        elif actor is not None:  # "The SDF said": the actor under its one name, its words kept
            found.append(actor_source(actor.start, actor, backward, actor.surface))
        elif subject.lower() in words("forces_voice"):  # "the military said": claims.py finds whose, in the event
            found.append(Attribution(clause, subject.lower(), "", backward, written))
        elif subject.lower() in words("pronoun") | words("person_pronoun"):  # "It said ...": the source named last
            found.append(Attribution(clause, subject.lower(), "", backward, written))
        elif said_by[-1:] and said_by[-1] in words("group_noun") and written.lower().split() == ["the", said_by[-1]]:
            # "The militia acknowledged ...": the armed group the report means (source_references.py)
            found.append(Attribution(clause, said_by[-1], "", backward, written))
        elif _PERSONS_NAME.fullmatch(written):  # "Gilo added": whom the report named him with (source_references.py)
            found.append(Attribution(clause, written, "", backward, written, by_name=True))
    return tuple(sorted((s for s in found if s.position not in listed - heard), key=lambda s: s.position))


_OPENING_REACH = 2  # words before a sentence's subject: "The", "Kurdish-led"


def _opening_actor(text: str, sentence_start: int, actors: list[ActorMention], verb: int) -> ActorMention | None:
    """The side a sentence opens with, its subject, not one counted ("Two SDF fighters were killed")."""
    first = next((a for a in actors if sentence_start <= a.start < verb), None)
    opening = text[sentence_start:first.start].split() if first else []
    if first is None or len(opening) > _OPENING_REACH or find_quantities(text, sentence_start, first.start):
        return None
    return first


def _carried_by_its_side(text: str, sentence: Sentence, source: Attribution, found: list[Attribution]) -> bool:
    """"Syria's state news agency Sana, citing a military source, said": a source quoted by one of its own side
    named before it, which carries the numbers (as "a military source told SANA" is SANA's)."""
    citing = _citing().search(text, sentence.start, source.position)
    return citing is not None and bool(source.speaks_for) and any(
        other.position < citing.start() and other.speaks_for == source.speaks_for for other in found)


@cache
def _citing() -> re.Pattern:
    cues = "|".join(map(re.escape, sorted(claim_words().get("citing", ()), key=len, reverse=True)))
    return re.compile(rf"\b(?:{cues})\s+(?:an?\s+|the\s+)?$", re.I)


def _cited_on_its_line(text: str, sentence: Sentence) -> list[Attribution]:
    """"... injuring two medics. Source: SOHR": the source a line names last for what it tells, as
    incident lists and roundups cite each item; it gives the sentence's numbers unless the sentence names its own."""
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    label = _citation_label().search(text, sentence.end, line_end)
    named = sources_named(text, label.end(), line_end)[:1] if label else ()
    return [Attribution(sentence.end, (source := lookup(sources()[0], m.group())).name, source.speaks_for, True, m.group())
            for m in named]


@cache
def _citation_label() -> re.Pattern:
    labels = sorted(claim_words().get("citation_label", ()), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, labels))})\s*(?=\S)", re.I)


@cache
def _told_the_outlet() -> re.Pattern:
    """"..., a medic at the front told us.", "..., residents told local media.": the outlet or the
    media heard it, after the numbers it gives."""
    return re.compile(rf"\s*(?:{alternation('spoken_to')}|(?:(?:the|local|[A-Z][\w'’-]*)\s+){{0,2}}"
                      rf"(?:{source_heads()}))\s*(?:[,;.]|$)")


_APPOSITION = re.compile(r"(?:\s*\([^()]*\))?\s*,[^,;()]{1,120},\s*$")  # ", the official news agency, "


_ARTICLE_ONLY = re.compile(r"\s*(?:the\s+)?", re.I)


def _apposed_subject(text: str, sentence_start: int, found: list[Attribution], actors: list[ActorMention],
                     clause: int, verb: int) -> Attribution | ActorMention | None:
    """The source or side a say-verb's subject names, opening its clause before an apposition set off by
    commas."""
    named: list[tuple[int, int, Attribution | ActorMention]] = [
        *((s.position, s.position + len(s.surface), s) for s in found if s.position < clause),
        *((a.start, a.end, a) for a in actors if a.end < clause)]
    for start, end, candidate in sorted(named, key=lambda n: n[0]):
        opening = clause_start(text, sentence_start, start)
        # "..., and the Kurdish-led Syrian Democratic Forces, or SDF, say": a clause a conjunction opens
        before = _conjunction().sub("", text[opening:start].lstrip(), count=1)
        if _APPOSITION.fullmatch(text, end, verb) and _ARTICLE_ONLY.fullmatch(before):
            return candidate
    return None


_CITATION_OPEN = re.compile(r"\(\s*$")
_CITATION_CLOSE = re.compile(r"[^()]{0,30}\)[\s.\"”]*$")


def _apposed_voice(text: str, sentence_start: int, actors: list[ActorMention], verb: int,
                   backward: bool) -> Attribution | None:
    """The side or body a person's apposition says he speaks for, closing right before the say-verb ("Ahmed
    Khalil, a spokesman for the SDF, told AFP"; "a commander of the Hamza Brigade"), under its one name."""
    voice = _voice_apposition().search(text, sentence_start, verb)
    if voice is None:
        return None
    apposition = text[voice.start() + 1:voice.end("name")].strip()
    actor = next((a for a in actors if a.start == voice.start("name") and a.end == voice.end("name")), None)
    if actor is not None:
        return actor_source(actor.start, actor, backward, apposition)
    # placed at the apposition: the body's name is a count's owner ("a commander of ..."), which names no source
    return Attribution(voice.start() + 1, voice.group("name"), "", backward, apposition)


@cache
def _voice_apposition() -> re.Pattern:
    return re.compile(rf",\s+(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}(?:{alternation('party_voice')})\s+"
                      rf"(?:for|of|with)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[a-z]{{1,3}}-)?[A-Z][\w'’-]*)*)\s*,\s*$")


_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")
_PHRASE_END = re.compile(r"[,;:]|\.(?:\s|$)")  # where the words naming a source end
_INVERTED_BEFORE = re.compile(r",\s*$")
_PAST_VERB_BEFORE = re.compile(r"(?<![\w-])(?-i:[a-z]+ed)\s+$")
# its own commas too ("which relies on activists, doctors and lawyers,")
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\b[^;]*?,\s*$")
# "..., the Kurdish-led security forces that guard the camp said": a few lowercase words the subject's relative clause says
_RESTRICTIVE_BEFORE = re.compile(r"(?<=[a-z])\s+(?:that|which|who)(?:\s+(?-i:[a-z][\w'’-]*)){1,7}\s+$")


@cache
def _speaking_aside() -> re.Pattern:
    """"a spokesman reached by phone said", "a military source quoted by SANA said": how the source
    was heard, between it and its verb; "people we spoke to put the toll at": whom the outlet heard."""
    return re.compile(rf"(?<=[a-z])\s+(?:(?:we|I)\s+)?(?:{alternation('speaking_aside')})(?:\s+[\w'’-]+){{0,5}}\s+$")
_INVERTED_AFTER = re.compile(r"\s*(?:the\s+)?")
_PERSONS_NAME = re.compile(r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?:al-|el-|bin\s+|abu\s+)?(?-i:[A-Z][\w'’-]+)){0,2}")


_NAME_AFTER_HEAD = 4  # a rank and a name: "spokesman Major Ammar Dabbagh"


def _without_name_after_head(subject: str, heads: frozenset[str]) -> str:
    """"SNA spokesman Major Ammar Dabbagh": the source is the spokesman; his rank and name only follow."""
    named = subject.split()
    head = max((i for i, w in enumerate(named) if w.lower().strip(",") in heads), default=None)
    rest = named[head + 1:] if head is not None else []
    return " ".join(named[:head + 1]) if rest and len(rest) <= _NAME_AFTER_HEAD and all(
        w[:1].isupper() for w in rest) else subject


def speaker_at(sources_here: list[Attribution], position: int) -> Attribution | None:
    """The source nearest before a position, else one after it that covers what came before
    ("..., according to local activists")."""
    before = [s for s in sources_here if s.position <= position]
    if before:
        return before[-1]
    return next((s for s in sources_here if s.backward), None)
