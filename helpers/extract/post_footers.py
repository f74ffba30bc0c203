"""A post's footer under its words, as a page or an article's embed shows a tweet ("— SDF Press Center (@SDFpress)
November 21, 2019", "3:20 PM · Nov 21, 2019 · Twitter Web App"): the day of the post above it, which its "today" and
"last night" count from, not the day of the post below."""
from __future__ import annotations

from bisect import bisect_left
from datetime import date

from helpers.extract.dates import find_dates
from helpers.extract.lexicon import named_pattern
from helpers.records import Sentence

_FOOTER_WORDS = 16  # a footer's author, handle, day and app, not a sentence that names a handle


class PostFooters:
    """The footers of a report's sentences, by index, and the day of each; the author lines that open posts with no
    day of their own ("SDF Press Center @SDFpress · Follow"), by index."""

    def __init__(self, text: str, sentences: list[Sentence], published: date | None):
        self.days: dict[int, date] = {}
        self.authors = {k for k, s in enumerate(sentences) if named_pattern("post_author").match(s.text)}
        for k, s in enumerate(sentences):
            if len(s.text.split()) <= _FOOTER_WORDS and named_pattern("post_footer").match(s.text):
                days = [d for d in find_dates(text, s.start, s.end, published) if d.precision == "day"]
                if days:
                    self.days[k] = days[-1].date_start
        self._order = sorted(self.days)
        self._paragraphs = [s.paragraph for s in sentences]

    def day_of(self, k: int) -> date | None:
        """The day of the post sentence k is in: the day of the first footer at or below it, when an author line
        opened the post since the footer above, or the sentence is in the footer's paragraph or the one above it (an
        embed's words); None for an article's own sentences above an embed."""
        at = bisect_left(self._order, k)
        if at == len(self._order):
            return None
        footer, above = self._order[at], self._order[at - 1] if at else -1
        opened = any(above < a <= k for a in self.authors)
        embedded = self._paragraphs[k] >= self._paragraphs[footer] - 1
        return self.days[footer] if opened or embedded else None
