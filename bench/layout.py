"""A report's title, outlet, date and paragraphs as a file: plain text, Markdown or an HTML page,
each with header lines the ingest reads (data/ingest/header_formats.csv)."""
from __future__ import annotations

import html
from datetime import date, timedelta

FORMATS = (".txt", ".md", ".html")
REPUBLISHER = "Global Research"


def _long(day: date) -> str:
    return f"{day:%B} {day:%d}, {day.year}"  # July 05, 2020


def _short(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"  # 3 July 2020


def _text(title: str, outlet: str, published: date, paragraphs: list[str]) -> str:
    # The republisher's date line comes first and the outlet's own second, as on Global Research.
    header = [title, "", f"By {outlet}", f"{REPUBLISHER}, {_long(published + timedelta(days=1))}",
              f"{outlet} {_short(published)}", "", "Region: Middle East & North Africa", ""]
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs) + "\n"


def _markdown(title: str, outlet: str, published: date, paragraphs: list[str]) -> str:
    middle = len(paragraphs) // 2
    body = paragraphs[:middle] + ["## Other developments"] + paragraphs[middle:]
    return f"# {title}\n\n*By {outlet}*\n\n{outlet}, {_long(published)}\n\n" + "\n\n".join(body) + "\n"


def _html(title: str, outlet: str, published: date, paragraphs: list[str]) -> str:
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{e(title)} - {e(outlet)}'
            f'</title>\n</head>\n<body>\n<article>\n<h1>{e(title)}</h1>\n<p class="byline">By {e(outlet)}</p>\n'
            f'<p class="date">{e(outlet)}, {_long(published)}</p>\n<div class="entry">\n{body}\n</div>\n'
            "</article>\n</body>\n</html>\n")


def render(suffix: str, title: str, outlet: str, published: date, paragraphs: list[str]) -> str:
    return {".txt": _text, ".md": _markdown, ".html": _html}[suffix](title, outlet, published, paragraphs)
