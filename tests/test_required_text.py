"""The words every match of a pattern holds, read off the pattern: a stretch without any of them is
not scanned, and the named patterns find exactly what a plain scan finds."""
import re

import pytest

from helpers import paths
from helpers.extract import dates, lexicon
from helpers.extract.required_text import GatedPattern, required_pieces


@pytest.mark.parametrize("regex, pieces", [
    (r"abc", {"abc"}), (r"(?i)Since\b", {"since"}), (r"a|bc", {"a", "bc"}), (r"x?yz", {"yz"}),
    (r"(?:foo)+\s+barr", {"barr"}), (r"[ab]c", {"c"}), (r"(?<=from)x", {"x"}), (r"(?=from)", None),
    (r"a*|b", None), (r"\bhave\b.*\bsince\b", {"since"}), (r"caf\u00e9", {"caf"}), (r"(a)\1", {"a"}),
])
def test_the_pieces_are_read_off_the_pattern(regex, pieces):
    found = required_pieces(re.compile(regex))
    assert (set(found) if found is not None else None) == pieces


def _report_texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(paths.REPORTS_DIR.glob("*.txt"))]


def test_every_gated_pattern_finds_what_a_plain_scan_finds():
    patterns = [lexicon.named_pattern(name) for name in lexicon.PATTERN_NAMES if name != "named_month"]
    patterns += [dates._explicit_regex(), dates._weekday_regex(), dates._named_month_regex()]
    texts = _report_texts() + ["Since 2019 they have KILLED 20. ſince ıt came from Kafr", "İn July, Monday"]
    for pattern in patterns:
        assert isinstance(pattern, GatedPattern)
        for text in texts:
            for start in range(0, len(text), max(1, len(text) // 15)):
                for end in (start + 40, start + 200, len(text)):
                    assert [m.span() for m in pattern.finditer(text, start, end)] == \
                        [m.span() for m in pattern.regex.finditer(text, start, end)], (pattern.pattern, start, end)
                    found, plain = pattern.search(text, start, end), pattern.regex.search(text, start, end)
                    assert (found and found.span()) == (plain and plain.span())
