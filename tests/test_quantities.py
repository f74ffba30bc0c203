"""Number phrases by codebook section 6, from the hand-written table tests/fixtures/cases/quantities.csv."""
import csv

import pytest

from helpers.extract.quantities import find_quantities, parse_quantity
from tests.conftest import FIXTURES

CASES = list(csv.DictReader(open(FIXTURES / "cases" / "quantities.csv", encoding="utf-8")))


def _int(value):
    return int(value) if value else None


@pytest.mark.parametrize("case", CASES, ids=[c["phrase"] for c in CASES])
def test_phrase_gives_low_and_high(case):
    found = {q.phrase: (q.low, q.high) for q in find_quantities(case["text"])}
    assert found.get(case["phrase"]) == (_int(case["low"]), _int(case["high"])), (case["text"], found)


@pytest.mark.parametrize("phrase, low, high", [
    ("between 5 and 8", 5, 8), ("12-15", 12, 15), ("twenty-five", 25, 25), ("more than 1,200", 1200, None),
    ("as many as seven", None, 7), ("a dozen", 12, 12), ("hundreds", 100, None),
])
def test_parse_quantity(phrase, low, high):
    assert parse_quantity(phrase) == (low, high)


def test_parse_quantity_rejects_other_words():
    with pytest.raises(ValueError):
        parse_quantity("soldiers")


def test_number_phrases_are_found_in_any_case_on_word_boundaries():
    text = "AT LEAST 5, ſome 3, xat least 4, at-least 2, between 2 and 3, Dozens, a dozen"
    assert [q.phrase for q in find_quantities(text)] == ["AT LEAST 5", "ſome 3", "4", "2", "between 2 and 3",
                                                         "Dozens", "a dozen"]


def test_a_long_report_searched_at_its_words_finds_what_each_sentence_alone_gives():
    """A report of 256 characters or more is searched at the words a number phrase can open with
    (matching.PhrasePattern); each sentence on its own, shorter, is scanned the plain way."""
    sentences = [case["text"] for case in CASES if len(case["text"]) < 200]
    text = " ".join(sentences)
    assert len(text) >= 256
    start = 0
    for sentence in sentences:
        in_report = [(q.start - start, q.end - start, q.phrase, q.low, q.high)
                     for q in find_quantities(text, start, start + len(sentence))]
        assert in_report == [(q.start, q.end, q.phrase, q.low, q.high) for q in find_quantities(sentence)], sentence
        start += len(sentence) + 1
