"""HTML -> blocks of lines (see markup.py) and the page's title, without the page furniture.

Which tags are furniture is HTML's own vocabulary and stays here; which class names and ids
are furniture differs from site to site and is data/ingest/html_drop.csv.
"""
from __future__ import annotations

import json
import re
from datetime import date
from typing import NamedTuple

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from helpers.ingest.formats import Formats
from helpers.ingest.header import header_line, parse_date
from helpers.ingest.markup import Block, collapse

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "nav", "footer", "template", "iframe", "svg", "form",
    "button", "select", "textarea", "input", "object", "embed", "canvas", "head", "menu",
})
# a photo's caption, often of an older happening, is not the report's text, but on a page of photos it is
_CAPTION_TAG = "figcaption"
_DROP_ROLES = frozenset({"navigation", "contentinfo", "search", "complementary", "menu", "menubar"})
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})


def _is_furniture(tag: Tag, drop: tuple[re.Pattern, ...], formats: Formats, holds_article: bool,
                  captions: bool) -> bool:
    name = tag.name.lower()
    if name in _DROP_TAGS or (name == _CAPTION_TAG and not captions):
        return True
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true" and not tag.get_text(strip=True):
        return True
    if name in _KEEP_TAGS or holds_article:
        return False
    if name == "header" and tag.find(["nav", "ul", "ol", "menu"]):
        return True
    if str(tag.get("role", "")).lower() in _DROP_ROLES:
        return True
    names = list(tag.get("class") or [])
    if tag.get("id"):
        names.append(str(tag.get("id")))
    # a box named for its share buttons ("author_share") may hold the byline and the date
    return any(p.fullmatch(n) for n in names for p in drop) and not _holds_byline_or_date(tag, formats)


def _holds_byline_or_date(tag: Tag, formats: Formats) -> bool:
    """A box with the byline or the page's date; not a list of other stories, each with its date (or with figures
    no date format reads: "01.07.25")."""
    lines = [collapse(line) for line in tag.stripped_strings]
    kinds = [header_line(line, formats).kind for line in lines]
    dated = sum(kind == "date" or (kind == "other" and _FIGURES_ONLY.fullmatch(line) is not None)
                for kind, line in zip(kinds, lines))
    return "by" in kinds or "updated" in kinds or dated == 1 and "date" in kinds


_FIGURES_ONLY = re.compile(r"[\d\W]*\d[\d\W]*")  # digits and separators, no word


def published_in_markup(soup: BeautifulSoup, tags: list[Tag], formats: Formats) -> date | None:
    """The publication date the page's markup gives for machines, if any: meta tags
    (data/ingest/meta_dates.csv), JSON-LD, and <time datetime> (the first in the article); tags: the
    page's, in page order."""
    # One walk of the page for the tags that may carry a date, then each attribute looked for
    # among them in page order (as find() would find it, without a walk per attribute).
    tagged = [tag for tag in tags if tag.name in ("meta", "time", "span")]
    for attribute, value in formats.meta_dates:
        tag = next((t for t in tagged if str(t.get(attribute) or "").casefold() == value.casefold()), None)
        found = tag and (tag.get("content") or tag.get("datetime"))
        if found and (when := _iso_day(str(found))):
            return when
    for item in _json_ld_items(tags):
        if when := _iso_day(str(item.get("datePublished", ""))):
            return when
    scope = next((tag for tag in tags if tag.name == "article"), soup)
    tag = scope.find("time", attrs={"datetime": True})
    if tag and (when := _iso_day(str(tag["datetime"]))):
        return when
    # a forum's or a chat export's time stamp, shown as "3 hours ago" or "10:22", the full time in its title
    for name in formats.hover_dates:
        tag = next((t for t in tags if name in (t.get("class") or ()) and t.get("title")), None)
        if tag and (when := _iso_day(str(tag["title"])) or _day_first(str(tag["title"]))):
            return when
    return _script_day(tags, formats.script_date)


def _script_day(tags: list[Tag], pattern: re.Pattern | None) -> date | None:
    """A date a page's own script object gives under a key of its own ('var article = {"dateCreated":
    "2025-06-12T18:40:11Z"}'), where the page gives none for machines elsewhere."""
    for script in (tag for tag in tags if pattern and tag.name == "script" and tag.get("type") != "application/ld+json"):
        if (found := pattern.search(script.string or "")) and (when := _iso_day(found.group(1))):
            return when
    return None


def site_in_markup(tags: list[Tag]) -> str:
    """The site's own name, as its markup gives it for machines (og:site_name, or the JSON-LD
    publisher's name): the outlet, where a byline gives only its writers."""
    meta = next((t for t in tags if t.name == "meta" and t.get("property") == "og:site_name"), None)
    if meta is not None and str(meta.get("content") or "").strip():
        return collapse(str(meta["content"]))
    for item in _json_ld_items(tags):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and str(publisher.get("name") or "").strip():
            return collapse(str(publisher["name"]))
    return ""


def _json_ld_items(tags: list[Tag]):
    """The objects of the page's JSON-LD blocks, in page order, those of a block's "@graph" (as
    WordPress's SEO plugins write it) among them; a block that is no JSON is skipped."""
    for script in (tag for tag in tags if tag.name == "script" and tag.get("type") == "application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in (data if isinstance(data, list) else [data]):
            if isinstance(item, dict):
                yield item
                yield from (node for node in item.get("@graph") or () if isinstance(node, dict))


def _tags(soup: BeautifulSoup) -> list[Tag]:
    """soup.find_all(True), without the matching machinery find_all runs for every element."""
    return [node for node in soup.descendants if isinstance(node, Tag)]


def _removed(tag: Tag) -> bool:
    # Tag.decomposed asks through Tag.__getattr__, which searches the subtree for a tag named
    # "_decomposed" until decompose() sets the attribute.
    return bool(vars(tag).get("_decomposed"))


_NUMERIC_DAY = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\b")


def _day_first(value: str) -> date | None:
    """"14.03.2016 10:22:01" (a chat export's time stamp): the day, read as a header's numeric date is (day
    first); "6:41 PM - 12 Dec 12" (a saved timeline's): the day after the clock time, as a header's date."""
    m = _NUMERIC_DAY.match(value)
    if m:
        return parse_date(m.group())
    day = _CLOCK_FIRST.sub("", value, count=1)
    return parse_date(day) if day != value else None


_CLOCK_FIRST = re.compile(r"^\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*[-–·,]\s*")


def _iso_day(value: str) -> date | None:
    """"2021-06-05T10:30:00+03:00", "2021/06/05", "20210605103000": the day."""
    value = value.strip()
    day = value[:8] if value[:8].isdigit() else value[:10].replace("/", "-")
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


class Page(NamedTuple):
    blocks: list[Block]  # the article's blocks, one line each
    title: str  # the <h1>, else the <title>
    published: date | None  # the publication date the markup gives for machines
    site: str  # the site's name the markup gives for machines
    title_site: str  # the site the <title> names after the headline ("... | ICRC")


def html_blocks(text: str, formats: Formats) -> Page:
    """The page as read. A page with no article once its furniture is gone is its discussion (a forum
    thread, a link's comments): read again with the comments kept. A photo gallery whose captions tell more
    than the rest of the page is the page's story ("In Pictures"): read again with the gallery kept."""
    page = _read_page(text, formats, formats.html_drop)
    words = _prose_words(page.blocks)
    if words < _ARTICLE_WORDS:
        discussion = _read_page(text, formats, formats.html_drop_but_discussion)
        if _prose_words(discussion.blocks) > words:
            return discussion
    if f"<{_CAPTION_TAG}" in text or formats.gallery_hint.search(text):
        gallery = _read_page(text, formats, formats.html_drop_but_gallery, captions=True)
        if _prose_words(gallery.blocks) > 2 * words:
            return gallery
    return page


_ARTICLE_WORDS = 40  # fewer words of sentences than this, and a page has no article of its own


def _prose_words(blocks: list[Block]) -> int:
    """The words of a page's lines that end as sentences do (a caption's with its credit: "... on February 3.
    [Reuters]")."""
    return sum(len(line.split()) for block in blocks for line, _ in block if line.rstrip()[-1:] in ".!?\"”)]")


def _read_page(text: str, formats: Formats, drop: tuple[re.Pattern, ...], captions: bool = False) -> Page:
    soup = BeautifulSoup(text, "html.parser")
    tags = _tags(soup)
    published = published_in_markup(soup, tags, formats)
    site = site_in_markup(tags)
    head = next((tag for tag in tags if tag.name == "title"), None)
    head_title = collapse(head.get_text(" ")) if head else ""
    # The tags that hold a heading or the article, from one walk rather than a search of each
    # tag's subtree: a tag's subtree is whole when it is judged, since tags come in page order and
    # only earlier ones, never its own, have been removed by then.
    holders = {id(parent) for tag in tags if tag.name in ("h1", "main", "article") for parent in tag.parents}
    for tag in tags:
        if not _removed(tag) and _is_furniture(tag, drop, formats, id(tag) in holders, captions):
            tag.decompose()
    h1 = next((tag for tag in tags if tag.name == "h1" and not _removed(tag)), None)
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
    return Page(blocks, title, published, site, _site_in_title(head_title))


# "Syria: Families caught ... | International Committee of the Red Cross": the site after the headline
_TITLE_SITE = re.compile(r"\s[|/–—]\s+([^|/–—]{3,60})$")


def _site_in_title(head_title: str) -> str:
    """The site a page's <title> names after its headline, as pages title themselves ("... | ICRC"), if any."""
    found = _TITLE_SITE.search(head_title)
    return found.group(1).strip() if found and len(found.group(1).split()) <= _SITE_WORDS else ""


_SITE_WORDS = 8
