"""How a sentence stands in its report: what its opening words say of the event before it ("In response",
"Meanwhile", "In Damascus, ..."), whether it only counts over a period (background), or heads a section.
The phrases live in data/lexicon/discourse.csv, background.csv and patterns.csv."""
from __future__ import annotations

import re
from functools import cache

from helpers.extract.clauses import clause_start, in_background_clause, says
from helpers.extract.lexicon import background_markers, claim_words, discourse_markers, lookup, named_pattern, words
from helpers.extract.quantities import find_quantities
from helpers.records import PlaceMention, Sentence


def marker(text: str, sentence: Sentence) -> str:
    table, pattern = discourse_markers()
    m = pattern.match(text, sentence.start, sentence.end)
    if m:
        return lookup(table, m.group())
    # "Opposition factions responded by shelling ...": a reply told by its verb, not by opening words
    return "new_event_reversed" if named_pattern("reply").search(text, sentence.start, sentence.end) else ""


def opens_on_place(text: str, sentence: Sentence, places: tuple[PlaceMention, ...]) -> bool:
    """"In Damascus, mortar shells landed ...": a scene of its own, whose sides owe nothing to the event
    told before it."""
    opening = named_pattern("scene_opening").match(text[sentence.start:sentence.end])
    return opening is not None and any(p.start == sentence.start + opening.end() and text.startswith(",", p.end)
                                       for p in places)


def speaks_from(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """"In Moscow, the defence ministry said ...": a sentence that opens on a place whose subject then speaks
    names where the speaker sits, not where it happened."""
    opening = named_pattern("scene_opening").match(text[sentence.start:sentence.end])
    return opening is not None and place.start == sentence.start + opening.end() and \
        named_pattern("speaker_after_seat").match(text, place.end, sentence.end) is not None


def seat_of_source(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """"activists in Daraa reported", "a YPG spokesman in Afrin said", "The Russian Defence Ministry in Moscow said":
    where a source sits, not where it happened (but "rallied outside the foreign ministry in Ottawa");
    "arrested three media activists in the town of Sarmada": people counted are victims, and their town the place."""
    if _source_head_in().search(text, max(sentence.start, place.start - 30), place.start) and says(text, place.end):
        return True
    person = named_pattern("place_of_person").match(text, place.end)
    if person and (_ONE_PERSON.match(place.surface) or _PERSON_NAME.match(text, person.end())):
        return True  # "a Cape Town lawyer", "Western Sydney resident Fadi Khoury": where one person is from
    if named_pattern("outlet_of_name").match(text, place.end):
        return True  # "according to the Al Jadeed correspondent": a channel's name, however a village is called
    seat = named_pattern("seat_of_source").search(text, sentence.start, place.start)
    return seat is not None and not any(  # "A YPG spokesman in Afrin": one speaker, not people counted
        q.phrase.lower() not in words("article")
        for q in find_quantities(text, max(sentence.start, seat.start() - _COUNT_REACH), seat.start()))


_ONE_PERSON = re.compile(r"an?\s", re.I)  # a place whose surface opens on "a": it qualifies one person or thing
_PERSON_NAME = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")  # a first and a last name after the person's noun
_COUNT_REACH = 25  # "three media activists": a count a word or two before the noun


@cache
def _source_head_in() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, claim_words()['source_head']))})\s+in\s+(?:the\s+)?$", re.I)


def aggregate(text: str, sentence: Sentence) -> bool:
    """Does the sentence count happenings or deaths over a period ("a total of 589 attacks since
    2018", "strikes were reported almost weekly") rather than tell one? A comparison ("the
    deadliest attack since the start of the year") tells one."""
    table, pattern = background_markers()
    if named_pattern("tally").search(text, sentence.start, sentence.end) or \
            named_pattern("since_opening_total").match(text, sentence.start, sentence.end):
        return True
    for m in named_pattern("running_total").finditer(text, sentence.start, sentence.end):
        # "have killed eight soldiers in one of the deadliest attacks since ...": a comparison
        if not any(lookup(table, c.group()) == "comparison" for c in pattern.finditer(text, m.start(), m.end())):
            return True
    for m in pattern.finditer(text, sentence.start, sentence.end):
        if lookup(table, m.group()) != "aggregate":
            continue
        if in_background_clause(text, sentence.start, m.start()):
            continue  # "struck Douma on Sunday, hours after the council demanded a halt to the fighting across the country"
        clause = pattern.finditer(text, clause_start(text, sentence.start, m.start()), m.start())
        if not any(lookup(table, c.group()) == "comparison" for c in clause):
            return True
    return False


def what_it_follows(text: str, sentence: Sentence) -> int | None:
    """Where what the sentence's subject follows is told ("The Qalamoun battle follows Hezbollah's campaign against
    Nusra Front militants ..., which ended with a deal", "The attack comes as the battle for Raqqa grows fiercer"):
    with no day of its own, that is background, and the subject an event told before."""
    link = named_pattern("follow_on").match(text, sentence.start, sentence.end)
    return link.end() if link else None


_HEADING_WORDS = 12
_HEADING_CLOSERS = " \"'”’-–—"  # 'Daraa: arrests despite the "settlement"', "Mortars on Damascus -"


def heading(text: str, sentence: Sentence) -> bool:
    """"Air raids kill civilians in southern Idlib": a paragraph of a few words with no full stop and
    no bullet (a section's number may lead it) heads what the paragraphs under it tell; it tells
    nothing of its own."""
    if not (sentence.text[:1].isalpha() and sentence.text.rstrip(_HEADING_CLOSERS)[-1:].isalnum()
            and sum(any(c.isalnum() for c in w) for w in sentence.text.split()) <= _HEADING_WORDS):
        return False
    paragraph_end = text.find("\n\n", sentence.end)
    before = text.rfind("\n\n", 0, sentence.start)
    paragraph_start = before + 2 if before >= 0 else 0
    return paragraph_end >= 0 and _SECTION_NUMBER.fullmatch(text[paragraph_start:sentence.start].strip()) \
        and not text[sentence.end:paragraph_end].strip()


_SECTION_NUMBER = re.compile(r"(?:\d{1,2}\.)?")  # "3. Arrests in Maabatli" heads its section too


def summary_spans(text: str, sentences: list[Sentence], stamps: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Where a document sums up what its body tells in full: from a heading such as "HIGHLIGHTS" or "Key
    takeaways" to the next heading, or a live page's first entry stamped with its clock time (stamps: where
    such stamps start; an entry that sums up is one of them), when one closes it within a few paragraphs (a
    news page's "Summary" over its lede, which no heading closes, is the story itself)."""
    headings = [s for s in sentences if heading(text, s)]
    spans = []
    for opening, next_heading in zip(headings, headings[1:]):
        if stamps and opening.start > min(stamps):
            continue  # a live page's entry that sums up the day ("17:30 / What we know so far") is one of its entries
        # a live page's box of short items, each like a heading, closes at its first entry
        closing = next((s for s in sentences if s.start in stamps and s.start > opening.start), next_heading)
        # a summary sums up a longer body after it: an incident page's "Summary" over its victims' names and its
        # sources is the story itself
        if opening.text.strip(" :#*").lower() in words("summary_heading") and \
                text.count("\n\n", opening.end, closing.start) <= _SUMMARY_PARAGRAPHS and \
                _prose_paragraphs(text, closing.start, len(text)) > _prose_paragraphs(text, opening.end, closing.start):
            spans.append((opening.start, closing.start))
    return spans


def shot_lists(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Where a video script lists its shots ("SHOTLIST:", then "1. Wide of damaged building", "3. SOUNDBITE (Arabic)
    ..."): from its label to the label of the script's next part ("STORYLINE:"), or the end. A shot shows what the
    story tells; it tells no happening of its own."""
    spans, start = [], None
    for s in sentences:
        name = s.text.strip(" :#*").lower() if heading(text, s) or _label(text, s) else ""
        if start is not None and name in words("script_heading"):  # a shot's own line is no heading that ends it
            spans.append((start, s.start))
            start = None
        if name in words("shotlist_heading"):
            start = s.start
    return spans + ([(start, len(text))] if start is not None else [])


def _label(text: str, sentence: Sentence) -> bool:
    """"STORYLINE:", "SHOTLIST:": a paragraph of a word or three that ends in a colon and labels what follows."""
    return sentence.text.rstrip().endswith(":") and len(sentence.text.split()) <= _LABEL_WORDS and \
        text[sentence.end:sentence.end + 2] in ("\n\n", "\n", "")


_LABEL_WORDS = 3


_SUMMARY_PARAGRAPHS = 8  # a summary's items, at most
_PROSE_END = re.compile(r"[.!?][\"”’')]*\s*$")


def _prose_paragraphs(text: str, start: int, end: int) -> int:
    """Paragraphs of running text (ending in a sentence's stop) between two positions; not headings, not lists of
    names or links."""
    return sum(1 for paragraph in text[start:end].split("\n\n") if _PROSE_END.search(paragraph)
               and len(paragraph.split()) >= _PROSE_WORDS)


_PROSE_WORDS = 12
