"""Plain text and Markdown -> blocks of lines, the markup removed.

A block is a list of lines that belong together (a paragraph of a text file, or one block
element of an HTML page). A line is a (text, starts_item) pair: starts_item marks a list
item, which is a paragraph of its own.
"""
from __future__ import annotations

import html as html_lib
import re

Line = tuple[str, bool]
Block = list[Line]

_LIST_ITEM = re.compile(r"^\s{0,3}[-*+•●▪◦‣]\s+(?=\S)")  # a Markdown list item, or a bullet as a PDF's text keeps it
# a numbered item ("1. Wide of damaged building", a video script's shot; a report's numbered paragraph), a
# paragraph of its own, its number kept ("14. September 2022" is a date)
_NUMBERED_ITEM = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+(?=\S)")
_ENDED = re.compile(r"[.!?:\"”’)]\s*$")  # a line that ends a sentence, a label or a quote
# "- **Arrests in Daraa.** Government forces detained ...": the bold lead-in heads the item; the
# item's sentences tell the happening, the lead-in only names it again.
_LEAD_IN = re.compile(r"^(?:\*\*|__)[^*_]{1,80}?[.:](?:\*\*|__)\s+(?=\S)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
_HEADING_CLOSE = re.compile(r"\s+(?:#+|\{[#.][^{}]*\})\s*$")  # "## Title ##", "## Title {#anchor}"
_TEXT_TABLE_ROW = re.compile(r"\S(?:[ \t]{2,}[-+]?\d[\d,.%]*){2,}[ \t]*$")  # two figures or more, set apart
_PIPE_ROW = re.compile(r"^\s{0,3}\|(.*?)\|?\s*$")  # "| DATE | 24.10.2019 |": a Markdown table's row
_PIPE_RULE = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")  # "| --- | :---: |" under its header row
_PIPE = re.compile(r"(?<!\\)\|")
# "11", "~900 000", "5–8", "12.5%": a count or a share, not a date ("24.10.2019")
_COUNT = r"\d{1,3}(?:[ ,.\u00a0]\d{3})*(?:\.\d+)?\s*%?"
_FIGURE = re.compile(rf"[~≈]?\s*{_COUNT}(?:\s*[–-]\s*{_COUNT})?")
_RULE = re.compile(r"^\s{0,3}(?:([-_=])\s*\1(?:\s*\1)+|(\*\s*){3,})\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = re.compile("[\U000F0000-\U000F007F]")
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK_ONLY = re.compile(rf"\s*(?:{_LINK.pattern})\s*")  # a list item that is a link and nothing else
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+|[^\s<>@]+@[^\s<>]+\.[^\s<>]+)>", re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--.*?-->")
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`([^`]+)`")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_SPACES = re.compile(r"\s+")
# A character without which none of the substitutions below changes a line: most lines are prose.
_MARKUP = re.compile(r"[\\<\[`*_~&\U000F0000-\U000F007F]")


# Characters that only guide typesetting: a soft hyphen ("war\u00adplanes") and a word joiner are
# dropped, a non-breaking hyphen ("Deir ez\u2011Zor") is a hyphen, so that names match as typed.
_TYPESETTING = str.maketrans({"\u00ad": None, "\u2060": None, "\u2011": "-"})


def collapse(text: str) -> str:
    """Runs of whitespace as one space, none at the ends, without typesetting's invisible characters."""
    return _SPACES.sub(" ", text.translate(_TYPESETTING)).strip()


def _clean_markup(line: str) -> str:
    """Markdown and inline HTML of one line -> its plain text (whitespace collapsed)."""
    if not _MARKUP.search(line):
        return collapse(line)
    line = _ESCAPE.sub(lambda m: chr(0xF0000 + ord(m.group(1))), line)  # protect "\(" etc.
    line = _HTML_COMMENT.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _INLINE_TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):  # "***x***" is strong inside emphasis
        line = _STRONG.sub(r"\2", line)
        line = _STRIKE.sub(r"\1", line)
        line = _EM_STAR.sub(r"\1", line)
        line = _EM_UNDER.sub(r"\1", line)
    line = _ENTITY.sub(lambda m: html_lib.unescape(m.group(0)), line)
    line = _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - 0xF0000), line)
    return collapse(line)


def _table_row(cells: str) -> str:
    """A Markdown table's row as a line: a field and its value as "DATE: 24.10.2019", so that a header table reads
    as header lines; more cells set apart by "|". A row of figures under its label ("| Attacks on health care since
    1 January | 11 |", a key-figures box) is no sentence, and gives no line."""
    parts = [cell.strip() for cell in _PIPE.split(cells)]
    if len(parts) > 1 and all(_FIGURE.fullmatch(part) for part in parts[1:] if part) and any(parts[1:]):
        return ""
    return f"{parts[0]}: {parts[1]}" if len(parts) == 2 and all(parts) else " | ".join(filter(None, parts))


def text_blocks(text: str) -> list[Block]:
    """Plain text and Markdown: blank lines separate blocks; markup is removed per line."""
    blocks: list[Block] = []
    current: Block = []
    header_row: Line | None = None  # the last table row, which a rule under it makes the table's header
    in_fence = False
    for raw_line in text.splitlines():
        if _FENCE.match(raw_line):
            in_fence = not in_fence
            continue
        if not raw_line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        if not in_fence:
            if _TEXT_TABLE_ROW.search(raw_line):
                continue  # "Daraa     214     158     19": a table's row of figures, as a PDF's text lays it out
            if _REF_DEF.match(raw_line) or _RULE.match(raw_line):
                if raw_line.strip().startswith("_"):  # a rule of underscores heads the lines under it (a PDF's
                    if current:                       # footnotes): kept, to open a block of its own
                        blocks.append(current)
                    current = [(raw_line.strip(), False)]
                continue
            if _HEADING.match(raw_line):
                heading = _clean_markup(_HEADING_CLOSE.sub("", _HEADING.sub("", raw_line)))
                if current:
                    blocks.append(current)
                current = []
                if heading:
                    blocks.append([(heading, False)])
                continue
            raw_line = _QUOTE.sub("", raw_line)
            if row := _PIPE_ROW.match(raw_line):
                if _PIPE_RULE.match(raw_line):  # the rule under a table's header row: the column names name no fact
                    if current and current[-1] == header_row:
                        current.pop()
                    continue
                if line := _clean_markup(_table_row(row.group(1))):
                    header_row = (line, True)
                    current.append(header_row)  # each row a paragraph of its own
                continue
        # a number opens an item after a line that ended ("SHOTLIST:", an item, a sentence), not one a PDF's line
        # break cut short ("... on August / 24. Jaysh al-Fatah ...")
        numbered = _NUMBERED_ITEM.match(raw_line) and (not current or current[-1][1] or _ENDED.search(current[-1][0]))
        item = bool(_LIST_ITEM.match(raw_line) or numbered) and not in_fence
        if item and _LIST_ITEM.match(raw_line):
            raw_line = _LEAD_IN.sub("", _LIST_ITEM.sub("", raw_line))
            if _LINK_ONLY.fullmatch(raw_line):
                continue  # "- [Who are the rebels fighting Assad?](...)": a list of links to other pages
        line = _clean_markup(raw_line) if not in_fence else collapse(raw_line)
        if line:
            current.append((line, item))
    if current:
        blocks.append(current)
    return blocks
