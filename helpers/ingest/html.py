"""HTML -> blocks of lines (see markup.py) and the page's title, without the page furniture.

Which tags are furniture is HTML's own vocabulary and stays here; which class names and ids
are furniture differs from site to site and is data/ingest/html_drop.csv.
"""
from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from helpers.ingest.formats import Formats
from helpers.ingest.markup import Block, collapse

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "nav", "footer", "template", "iframe", "svg", "form",
    "button", "select", "textarea", "input", "object", "embed", "canvas", "head", "menu",
})
_DROP_ROLES = frozenset({"navigation", "contentinfo", "search", "complementary", "menu", "menubar"})
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})


def _is_furniture(tag: Tag, formats: Formats) -> bool:
    name = tag.name.lower()
    if name in _DROP_TAGS:
        return True
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true" and not tag.get_text(strip=True):
        return True
    if name in _KEEP_TAGS or tag.find(["h1", "main", "article"]):
        return False
    if name == "header" and tag.find(["nav", "ul", "ol", "menu"]):
        return True
    if str(tag.get("role", "")).lower() in _DROP_ROLES:
        return True
    names = list(tag.get("class") or [])
    if tag.get("id"):
        names.append(str(tag.get("id")))
    return any(p.fullmatch(n) for n in names for p in formats.html_drop)


def html_blocks(text: str, formats: Formats) -> tuple[list[Block], str]:
    """The article's blocks, one line each, and its title (the <h1>, else the <title>)."""
    soup = BeautifulSoup(text, "html.parser")
    head_title = collapse(soup.title.get_text(" ")) if soup.title else ""
    for tag in list(soup.find_all(True)):
        if not tag.decomposed and _is_furniture(tag, formats):
            tag.decompose()
    h1 = soup.find("h1")
    title = collapse(h1.get_text(" ")) if h1 else ""
    title = title or head_title

    blocks: list[Block] = []
    buffer: list[str] = []

    def flush() -> None:
        line = collapse("".join(buffer))
        buffer.clear()
        if line:
            blocks.append([(line, False)])

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                buffer.append(str(child))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name == "br":
                    flush()
                elif name in _BLOCK_TAGS or name == "li":
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(soup)
    flush()
    return blocks, title
