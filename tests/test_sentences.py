import pytest

from helpers.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("Clashes erupted in Daraa. Two soldiers were killed.", ["Clashes erupted in Daraa.", "Two soldiers were killed."]),
    ("The U.S. forces withdrew. Gen. Smith said so.", ["The U.S. forces withdrew.", "Gen. Smith said so."]),
    ("He said \"no\". On July 4, ISIS attacked.", ["He said \"no\".", "On July 4, ISIS attacked."]),
    ("First paragraph without a stop\n\nSecond one.", ["First paragraph without a stop", "Second one."]),
    ("Casualties: 5 (unconfirmed). 3 more were hurt.", ["Casualties: 5 (unconfirmed).", "3 more were hurt."]),
])
def test_split(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_slice_the_text_and_paragraphs_count():
    text = "One. Two.\n\nThree."
    sentences = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
