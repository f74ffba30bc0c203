"""records.replace: the extractor's fast copy of a record equals dataclasses.replace's."""
import dataclasses
import pickle
from datetime import date

import pytest

from helpers.records import Report, replace


def test_a_copy_equals_hashes_and_pickles_as_dataclasses_replace_would():
    report = Report("r1", "a.txt", title="T", published=date(2020, 7, 3))
    fast, plain = replace(report, status="error", error="why"), dataclasses.replace(report, status="error", error="why")
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert report.status == "ok"  # the original is untouched
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.status = "ok"


def test_an_unknown_field_is_an_error_as_with_dataclasses_replace():
    with pytest.raises(TypeError):
        replace(Report("r1", "a.txt"), nonsense=1)


def test_a_record_with_a_post_init_goes_through_it_again():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self):
            if self.n < 0:
                raise ValueError("negative")

    with pytest.raises(ValueError):
        replace(Checked(1), n=-1)
