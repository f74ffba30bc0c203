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

    def day_of(self, k: int) -> date | None:
        """The day of the post sentence k is in: its footer's, the first at or below it; None past the last."""
        at = bisect_left(self._order, k)
        return self.days[self._order[at]] if at < len(self._order) else None
