"""Blocks -> a document: the header zone (title, outlet, publisher, dates), the body paragraphs
(body.py: without boilerplate, the republisher's footer cut off), and the date read elsewhere when the header
gives none."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from helpers.ingest.body import DIGIT, HANDLE, PROSE_WORDS, body_paragraphs, join_broken
from helpers.ingest.digit_runs import cannot_match
from helpers.ingest.formats import Formats, norm_name
from helpers.ingest.header import SENTENCE_END, HeaderLine, by_lede_weekdays, header_line, parse_date
from helpers.ingest.markup import Block


@dataclass
class Document:
    """The Report fields a file's text gives (folder.py adds id, path, status and error)."""

    title: str = ""
    outlet: str = ""
    publisher: str = ""
    published: date | None = None
    republished: date | None = None
    published_from: str = ""  # where published was read: text (a header line), dateline, html meta
    imprint: str = ""  # the header's plain lines and a copyright line, one per line: who publishes the page
    text: str = ""


_DATED = ("by", "date", "updated")
_HEADER_SEARCH_BLOCKS = 10  # a byline or date line further down is not a header
_HEADER_BLOCK_WORDS = 40  # nor is one after a block this long
_DATELINE_SEARCH_BLOCKS = 4  # a story's dateline below this many lines of page furniture is not its opening
_SENTENCE_STOP = re.compile(r"[.!?…][\"”’')\]]*\s*$")  # a paragraph that ends as a sentence does is body text
_TITLE_MAX_WORDS = 20
_CAPITALISED_SHARE = 0.4  # of a long line's words, below which it is prose, not a title
_STANDFIRST_WORDS = 80  # a summary under the headline is a few sentences at most
_STANDFIRST_GAP = 3  # blocks between it and the byline or date line (an agency's name, a share bar)
# a sentence's end, at the line's end or before the next sentence ("... from Lebanese airspace. SANA: air
# defences downed ..."): a live feed's item need not end in a full stop
_SENTENCE_IN = re.compile(r"[a-z]{2}[.!?…][\"'”’»)\]]*(?:\s+[A-Z]|$)")


def _in_sentence_case(line: str) -> bool:
    """A long line most of whose words start in lowercase is prose, though it ends in no full stop (a live map's
    item: "Government forces and the SDF exchanged fire near Deir Hafer; the SDF said 2 of its fighters were
    wounded"); a title's words are mostly capitalised, a menu's are few between its bars."""
    words = line.split()
    return not _menu(line) and sum(w[0].isupper() for w in words) < _CAPITALISED_SHARE * len(words)


def _words(block: Block) -> int:
    return sum(len(text.split()) for text, _ in block)


_LIST_LEAD_WORDS = 8  # longer than a header's label ("Region: Middle East, Theme: Terrorism:")


_NUMBERED = re.compile(r"\d{1,2}\.\s")
_LIST_ITEMS = 2  # numbered lines in one block that make it a list (a table of contents)
_MENU_ITEMS = 4  # "Front Page | Greater China | China Business | ...": a site's menu, however long, is no prose


def _menu(line: str) -> bool:
    return line.count("|") >= _MENU_ITEMS - 1 and not SENTENCE_END.search(line)


def _body_like(block: Block, after_dates: bool) -> bool:
    joined = " ".join(text for text, _ in block)
    words = len(joined.split())
    if words >= 25:
        return True
    if joined.rstrip().endswith(":") and words >= _LIST_LEAD_WORDS:
        return True  # a sentence that introduces a list ("... on Tuesday, June 13, 2023, as follows:")
    return bool(SENTENCE_END.search(joined)) and words >= (2 if after_dates else 4)


def _standfirst(blocks: list[Block], i: int, kinds) -> bool:
    """Is block i a standfirst: a summary above the byline and date ("Turkey struck back ... \\n\\nTT\\nPublished
    15 Feb 2020"), which a short dated block follows closely and the story's prose after that?"""
    if _words(blocks[i]) > _STANDFIRST_WORDS:
        return False
    for j in range(i + 1, min(i + 1 + _STANDFIRST_GAP, len(blocks))):
        if _words(blocks[j]) >= _HEADER_BLOCK_WORDS:
            return False
        if any(k.kind in _DATED for k in kinds(j)):
            return any(_body_like(block, True) for block in blocks[j + 1:j + 1 + _STANDFIRST_GAP])
    return False


def read_document(blocks: list[Block], html_title: str, formats: Formats) -> Document:
    """The document in the blocks; html_title, when there is one, is its title."""
    doc = Document()
    classified: dict[int, list[HeaderLine]] = {}

    def kinds(i: int) -> list[HeaderLine]:
        """What each line of block i is, worked out when first asked: the body's paragraphs,
        most of a report, never are."""
        if i not in classified:
            # "1. Background / 2. May 2014 / 3. See also": a numbered list's item is no date line ("2. Mai 2014" is)
            listed = sum(bool(_NUMBERED.match(text)) for text, _ in blocks[i]) >= _LIST_ITEMS
            classified[i] = [HeaderLine("other") if listed and _NUMBERED.match(text) else header_line(text, formats)
                             for text, _ in blocks[i]]
        return classified[i]

    # The header ends at the last byline or date line among the first few short blocks,
    # and then takes in the following lines that are not prose (Global Research's
    # "Region:", "Theme:" lines and their wrapped tails), up to the first prose block.
    last_dated = -1
    for i, block in enumerate(blocks[:_HEADER_SEARCH_BLOCKS]):
        # after a date, prose starts the body, though a thread's posts each end in their own time stamp
        if last_dated >= 0 and any(len(text.split()) >= PROSE_WORDS and (_SENTENCE_IN.search(text) or _in_sentence_case(
                text)) for text, _ in block):
            break
        if any(k.kind in _DATED for k in kinds(i)):
            last_dated = i
        if _words(block) >= _HEADER_BLOCK_WORDS and not all(_menu(text) for text, _ in block) and not (
                last_dated < 0 and _standfirst(blocks, i, kinds)):
            break
    header: list[tuple[int, str, HeaderLine]] = []  # (block index, text, kind)
    body_blocks: list[Block] | None = None
    for i, block in enumerate(blocks):
        lines = list(zip(block, kinds(i)))
        if i < last_dated:
            header.extend((i, line[0], kind) for line, kind in lines)
            continue
        if i == last_dated:
            cut = max(j for j, (_, kind) in enumerate(lines) if kind.kind in _DATED) + 1
            # a thread's first post over its time stamp, under its author's handle ("Hawar News Agency @hawarnews ·
            # 16 Sep / Thousands marched in Qamişlo today ... / 7:52 PM - 16 Sep 2013"): the body's first post
            first_post = [line for k, (line, kind) in enumerate(lines[:cut]) if kind.kind == "other" and (
                          _body_like([line], False) or len(line[0].split()) >= PROSE_WORDS) and
                          any(HANDLE.search(above[0]) for above, _ in lines[:k])]
            header.extend((i, line[0], kind) for line, kind in lines[:cut] if line not in first_post)
            lines = lines[cut:]
        while lines and lines[0][1].kind != "other":  # header lines on top of a block
            header.append((i, lines[0][0][0], lines[0][1]))
            lines.pop(0)
        rest = [line for line, _ in lines]
        if rest and _body_like(rest, last_dated >= 0):
            body_blocks = [rest] + blocks[i + 1:]
            break
        if i == last_dated and first_post:
            body_blocks = [first_post] + ([rest] if rest else []) + blocks[i + 1:]
            break
        header.extend((i, line[0], kind) for line, kind in lines)

    if body_blocks is None and last_dated >= 0:
        # "Published on 5 June 2021 by Levant Wire" under a short story: nothing but a date line after
        # the prose, which is the body, not the header
        first_prose = next((i for i in range(last_dated) if _body_like(blocks[i], False)), None)
        if first_prose is not None:
            body_blocks = blocks[first_prose:last_dated]
            header = [h for h in header if not first_prose <= h[0] < last_dated]
        # a post copied with its time stamp under its text ("Levant Desk @levantdesk / BREAKING: ... said. /
        # 10:22 AM · Mar 14, 2016"): its sentences above the stamp are the body
        elif prose := [k for k, (line, kind) in enumerate(zip(blocks[last_dated], kinds(last_dated)))
                       if kind.kind == "other" and _body_like([line], False)]:
            body_blocks = [[blocks[last_dated][k] for k in prose]]
            told = {blocks[last_dated][k][0] for k in prose}
            header = [h for h in header if not (h[0] == last_dated and h[1] in told)]
    if body_blocks is None:
        # No prose block: the body is the plain lines after the last date line (or, with no
        # date line, after the title block).
        if last_dated >= 0:
            after = last_dated
        else:
            after = next((b for b, _, k in header if k.kind == "other"), -1)
            if after >= 0 and (_words(blocks[after]) > _TITLE_MAX_WORDS or after == len(blocks) - 1):
                after -= 1  # too long for a title, or nothing after it: it is body text
        body_blocks = []
        for b, text, kind in header:
            if b > after and kind.kind == "other":
                if body_blocks and body_blocks[-1][0][1] == b:
                    body_blocks[-1].append((text, b))
                else:
                    body_blocks.append([(text, b)])
        header = [h for h in header if not (h[0] > after and h[2].kind == "other")]
        body_blocks = [[(text, False) for text, _ in block] for block in body_blocks]

    _fill_header(doc, header, html_title, formats)
    doc.published_from = "text" if doc.published else ""
    paragraphs = body_paragraphs(body_blocks, formats)
    month_first = next((k.month_first for _, _, k in header if k.month_first and k.when == doc.published), None)
    if month_first and paragraphs:
        doc.published = by_lede_weekdays(doc.published, month_first, paragraphs[0])
    if html_title and doc.title in paragraphs:
        paragraphs.remove(doc.title)
    if paragraphs:
        opening = _dateline_block(paragraphs, formats)
        for furniture in paragraphs[:opening]:  # "... Date: 26/11/2013 Time: 17:05" above the dateline dates it
            if doc.published is None:
                _date_from_lead(doc, furniture, formats, "header")
        paragraphs = paragraphs[opening:]
        paragraphs[0] = _take_dateline(doc, paragraphs[0], formats)
    # A header that no date-line format reads may still hold a full date ("Written by Hawar staff
    # on 14.06.2023", "Home > News > 14 June 2023"); a later edit's date is nearer the report's
    # than none; a first paragraph's full date comes last.
    unread = [text for _, text, kind in header if kind.kind in ("other", "drop", "by") and text != doc.title]
    updated = next((kind.when for _, _, kind in header if kind.kind == "updated"), None)
    for where, words in (("title", doc.title), *(("header", text) for text in unread)):
        if doc.published is None:
            _date_from_lead(doc, words, formats, where)
    if doc.published is None and updated is not None:
        doc.published, doc.published_from = updated, "updated"
    if doc.published is None and paragraphs:
        _date_from_lead(doc, paragraphs[0], formats, "lead")
    # a byline the header missed, among the first short paragraphs ("By Jane Roe | May 20, 2025 | @jroe")
    for k, paragraph in enumerate(paragraphs[:_HEADER_SEARCH_BLOCKS]):
        if doc.published is not None or (len(paragraph.split()) >= _HEADER_BLOCK_WORDS and not _menu(paragraph)):
            break  # past the top matter
        if k and len(paragraph.split()) <= _TITLE_MAX_WORDS and not _listed(paragraphs, k):
            _date_from_lead(doc, paragraph, formats, "header")
    if doc.published is None:  # a feed whose posts each carry a date line, else a statement signed with its date
        _date_from_entries(doc, [text for block in blocks for text, _ in block], formats)
    if doc.published is None:
        _date_from_signature(doc, paragraphs, [text for block in blocks for text, _ in block], formats)
    doc.text = "\n\n".join(join_broken(paragraphs))
    doc.imprint = "\n".join(_imprint(header, blocks, doc.title, formats))
    return doc


def _listed(paragraphs: list[str], k: int) -> bool:
    """Is paragraph k an item of a numbered list ("1. Background / 2. May 2014 / 3. See also"), a neighbour numbered
    too?"""
    return bool(_NUMBERED.match(paragraphs[k])) and any(
        0 <= j < len(paragraphs) and _NUMBERED.match(paragraphs[j]) for j in (k - 1, k + 1))


def _imprint(header: list[tuple[int, str, HeaderLine]], blocks: list[Block], title: str, formats: Formats) -> list[str]:
    """The lines that may name who publishes the page where no byline does: the header's plain lines
    ("**Syrian Network for Human Rights (SNHR)**", a breadcrumb's first link) and a copyright line
    wherever it stands ("© Médecins Sans Frontières 2019")."""
    plain = [text for _, text, kind in header if kind.kind in ("other", "by") and text != title]
    return plain + [text for block in blocks for text, _ in block if any(p.search(text) for p in formats.imprint)]


def _date_from_lead(doc: Document, words: str, formats: Formats, where: str) -> None:
    """A report whose header gives no date but whose title ("Northwest Syria: ..., 21 September 2022") or
    first paragraph ("... on Tuesday, March 12, 2024, as follows:") names a full one was written that day."""
    for pattern in formats.lead_dates:
        if cannot_match(pattern, words):
            continue
        for found in pattern.finditer(words):
            when = parse_date(formats.in_english(found.group("date")), None)
            if when is not None:
                doc.published, doc.published_from = when, where
                return


_SIGNATURE_LINES = 4  # the last lines of a statement, where its signature and date stand
_FOOTER_LINES = 10  # a page's closing furniture: its box of date and author, a few related links, the copyright


def _date_from_signature(doc: Document, paragraphs: list[str], page_lines: list[str], formats: Formats) -> None:
    """A statement dated only under its signature ("General Command of the SDF / June 26, 2023"):
    a line of the last few that is a date line and nothing else; else a publication date in the page's
    closing furniture ("Date 23.12.2019 Author ...", then related links), the body's or, past where the body
    ends, the page's ("This page was last edited on 2 June 2014" under an encyclopedia page's references)."""
    lines = [line for paragraph in paragraphs for line in paragraph.split("\n")][-_FOOTER_LINES:]
    for line in reversed(lines[-_SIGNATURE_LINES:]):
        kind = header_line(line.strip(), formats)
        if kind.kind == "date" and kind.when is not None:
            doc.published, doc.published_from = kind.when, "signature"
            doc.outlet = doc.outlet or kind.name  # who signed it
            return
    for line in [*reversed(lines), *reversed(page_lines[-_FOOTER_LINES:])]:
        # "CrisisWatch bulletin published 01 Dec 2020 · Download PDF"
        found = next(filter(None, (p.search(line) for p in formats.footer_dates)), None)
        when = parse_date(formats.in_english(found.group("date")), None) if found else None
        if when is not None:
            doc.published, doc.published_from = when, "footer"
            return


def _date_from_entries(doc: Document, lines: list[str], formats: Formats) -> None:
    """A feed dated only by its posts ("September 20, 2018 at 1:15 PM · 🌐" over each): published on its newest
    post's day, the latest of the file's lines that are a date line and nothing else (two of them at least: one
    alone under a statement is its signature)."""
    dated = [kind.when for line in lines if DIGIT.search(line) and (kind := header_line(line.strip(), formats)).kind
             == "date" and not kind.name and kind.when is not None]
    if len(dated) >= 2:
        doc.published, doc.published_from = max(dated), "entries"


def _dateline_block(paragraphs: list[str], formats: Formats) -> int:
    """Where the story opens on its dateline, below a page's furniture the header did not take ("Home | Local |
    Arab", "Arab", "Regime Barrel Bombs Kill Civilians Date: 26/11/2013 Time: 17:05", then "Istanbul, November 26
    (QNA) - ..."): the short lines above it that end in no sentence's stop are no part of the story (0: none)."""
    for k, paragraph in enumerate(paragraphs[:_DATELINE_SEARCH_BLOCKS]):
        if any(pattern.match(paragraph) for pattern in formats.datelines):
            return k
        if len(paragraph.split()) > _HEADER_BLOCK_WORDS or _SENTENCE_STOP.search(paragraph):
            return 0
    return 0


def _take_dateline(doc: Document, paragraph: str, formats: Formats) -> str:
    """The first paragraph without its dateline ("BEIRUT, July 27 (Reuters) - "): where the report
    was filed is not where its events happened. A dateline's date is the published date when the
    header gave none (its year from the header's other dates); its agency is the outlet."""
    found = next(filter(None, (pattern.match(paragraph) for pattern in formats.datelines)), None)
    if found is None or found.end() >= len(paragraph):
        return paragraph
    if doc.published is None and found.group("date"):
        year = doc.republished.year if doc.republished else None
        when = parse_date(formats.in_english(found.group("date")), year)
        if when is not None:
            doc.published, doc.published_from = when, "dateline"
    if not doc.outlet and found.groupdict().get("agency"):
        doc.outlet = found.group("agency").split(" - ")[0].split(" – ")[0].strip()
    return paragraph[found.end():]


def _fill_header(doc: Document, header: list[tuple[int, str, HeaderLine]], html_title: str, formats: Formats) -> None:
    # the title: the first plain header line, with the lines wrapped under it in its block
    title_parts: list[str] = []
    title_block = -1
    for block, text, kind in header:
        if title_parts and (kind.kind != "other" or block != title_block):
            break
        if kind.kind == "other":
            title_parts.append(text)
            title_block = block
    doc.title = html_title or " ".join(title_parts)
    header_lines = [(text, kind) for _, text, kind in header]

    bylines = [k for _, k in header_lines if k.kind == "by"]
    doc.outlet = bylines[0].name if bylines else ""
    own: list[tuple[str, date]] = [(k.name, k.when) for k in bylines if k.when]
    for _, k in header_lines:
        if k.kind != "date":
            continue
        republisher = formats.republishers.get(norm_name(k.name)) if k.name else None
        if republisher:
            if doc.republished is None:
                doc.publisher, doc.republished = republisher, k.when
        else:
            own.append((k.name, k.when))
    if not own:
        return
    if doc.outlet:
        outlet = norm_name(doc.outlet)
        match = [d for n, d in own if norm_name(n) == outlet] or [d for n, d in own if not n]
        doc.published = match[0] if match else own[0][1]
    else:
        named = [n for n, _ in own if n]
        doc.outlet = named[0] if named else ""
        doc.published = own[0][1]
