"""Body lines -> paragraphs: boilerplate lines dropped and the footer cut off (data/ingest/boilerplate.csv), a
live page's time stamps and a feed's post date lines kept as paragraphs of their own, lines a page broke
mid-sentence joined again."""
from __future__ import annotations

import re

from helpers.ingest.formats import Formats
from helpers.ingest.header import SENTENCE_END, header_line
from helpers.ingest.markup import Block, collapse

HEADER_FIELD_WORDS = 6  # "14:21", "Interfax", "455 words": a header's fields are shorter than a sentence
PROSE_WORDS = 20  # a line this long is a post's or a story's prose
_OPENERS = "\"'“‘(«["


# A roundup's section label on its own line ("Daraa:", "Aleppo countryside:") names the region
# of what follows; joined to the next line it would read as that sentence's first place.
SECTION_LABEL = re.compile(r"\s*[^.!?:]{1,40}:\s*")
# A record's field: a label of a few words, a colon, its value ("Date taken: 15 October 2013")
_FIELD = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+\S")
_RECORD_FIELDS = 3  # a headline with a colon over a "Date: ..." line is no record


def _in_record(block: Block, k: int) -> bool:
    """Is line k one of a run of a record's fields ("Image ID: ...", "Date taken: ...", "Caption: ...")?"""
    if not _FIELD.match(block[k][0]):
        return False
    start, end = k, k + 1
    while start > 0 and _FIELD.match(block[start - 1][0]):
        start -= 1
    while end < len(block) and _FIELD.match(block[end][0]):
        end += 1
    return end - start >= _RECORD_FIELDS


def body_paragraphs(blocks: list[Block], formats: Formats) -> list[str]:
    """Body lines -> paragraphs, without the boilerplate lines and the footer."""
    paragraphs: list[str] = []
    current: list[str] = []
    attested = _hyphenated_words(blocks)

    def flush() -> bool:
        """End the current paragraph; True when it turned out to start the footer."""
        text = _FOOTNOTE_MARK.sub("", collapse(_unbroken(current, attested)))
        tested = len(current) == 1 and text == current[0]  # a paragraph of one line, tested as that line
        current.clear()
        if not text:
            return False
        if tested:
            paragraphs.append(text)
            return False
        if any(p.search(text) for p in formats.footer):
            return _tells(paragraphs)
        if not any(p.search(text) for p in formats.drop):
            paragraphs.append(text)
        return False

    entry_opens = False  # the line after a live page's time stamp: the entry's headline, if it ends in no full stop
    for block in blocks:
        if block and any(p.search(block[0][0]) for p in formats.footnotes):
            continue  # a page's footnotes under their rule: sources and asides, not the report's text
        for k, (text, item) in enumerate(block):
            if any(p.search(text) for p in formats.entry_stamps):
                if flush():
                    return paragraphs
                paragraphs.append(collapse(text))  # its own paragraph: a live page's entries are of its day
                entry_opens = True
                continue
            if any(p.search(text) for p in formats.footer):
                if _in_record(block, k):
                    continue  # "Keywords: ..." among a picture record's fields ("Model release: ...") is one of them
                if _tells(paragraphs + [" ".join(current)]):
                    flush()
                    return paragraphs
                # boilerplate above the body: drop the line, and the header lines before it that read as
                # no sentence (a news database's "14:21 / Interfax / English / (c) 2016 Interfax")
                paragraphs.clear()
                current.clear()
                continue
            if _in_record(block, k):
                # a record's fields, one a line, its caption its text ("Location: Jobar" over "Caption: Fighters
                # fire ..."), where an article's lone "Caption: ..." is furniture
                if flush():
                    return paragraphs
                paragraphs.append(collapse(text))
                continue
            if any(p.search(text) for p in formats.drop):
                if flush():
                    return paragraphs
                continue
            if item and flush():
                return paragraphs
            if _post_date(text, block[k + 1:k + 2], formats):  # "September 19, 2018 at 8:05 PM · 🌐" over a post
                if flush():
                    return paragraphs
                paragraphs.append(collapse(text))
                continue
            current.append(text)
            headline, entry_opens = entry_opens and not SENTENCE_END.search(text), False
            if (SECTION_LABEL.fullmatch(text) or headline) and flush():
                return paragraphs
        if flush():
            return paragraphs
    return paragraphs


_POST_DATE_WORDS = 10  # "September 19, 2018 at 8:05 PM · 🌐": a date line over a post is short
DIGIT = re.compile(r"\d")
HANDLE = re.compile(r"(?<![\w.])@\w{2,}")  # a social-media account's handle ("@hawarnews"), not an e-mail address


def _post_date(line: str, after: Block, formats: Formats) -> bool:
    """A line inside a block that is a date line and nothing else, over a post's prose (the line after it), as a
    feed heads each post: a paragraph of its own (not a statement's date under its signature)."""
    return bool(after) and len(after[0][0].split()) >= PROSE_WORDS and len(line.split()) <= _POST_DATE_WORDS and \
        DIGIT.search(line) is not None and (kind := header_line(line.strip(), formats)).kind == "date" and \
        not kind.name and kind.when is not None


def _tells(paragraphs: list[str]) -> bool:
    """Whether the lines so far hold more than a header's short fields or a document's contents list (its
    leader dots: "Aleppo City ........ 3"): only then can a copyright line end the body."""
    return any(len(p.split()) >= HEADER_FIELD_WORDS and not _LEADER_DOTS.search(p) for p in paragraphs)


# "... now in its second week.1 Turkey continues ...": a footnote's number glued to a sentence's end, as a PDF's
# text keeps a superscript; an encyclopedia's "... in Aleppo.[5]" and "[citation needed]"
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_][.!?\"”])\d{1,3}(?=\s+[A-Z\"“]|\s*$)"
                            r"|(?<=[\w.,;:!?\"”)])\[(?:\d{1,3}|citation needed)\]")
_LEADER_DOTS = re.compile(r"\.{4,}|(?:\. ){3,}")
_HYPHENATED = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


def _hyphenated_words(blocks: list[Block]) -> frozenset[str]:
    """The hyphenated words a document writes within its lines ("Turkish-backed"), in lowercase."""
    return frozenset(m.group().lower() for block in blocks for text, _ in block for m in _HYPHENATED.finditer(text))


def _unbroken(lines: list[str], attested: frozenset[str]) -> str:
    """A paragraph's lines joined again; a word a line end hyphenated before a lowercase letter is one word
    ("gov-" / "ernorate": governorate, as a PDF's text breaks it), unless the document writes it with its hyphen
    elsewhere ("Turkish-" / "backed", where "Turkish-backed" is written in a line)."""
    parts: list[str] = []
    for line in lines:
        previous = parts[-1] if parts else ""
        if previous.endswith("-") and previous[-2:-1].isalpha() and line[:1].islower():
            head = (previous[:-1].split() or [""])[-1]
            whole = f"{head}-{line.split()[0]}".lower().strip(_OPENERS)
            parts[-1] = previous + line if whole in attested else previous[:-1] + line
        else:
            parts.append(line)
    return " ".join(parts)


def join_broken(paragraphs: list[str]) -> list[str]:
    """A paragraph without sentence-final punctuation that is followed by one starting
    with a lowercase letter is one paragraph broken by the source: join the two."""
    out: list[str] = []
    for para in paragraphs:
        first = para.lstrip(_OPENERS)[:1]
        if out and first.islower() and not SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out
