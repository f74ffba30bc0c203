"""A per-report time limit that holds in any thread: the deadline of the report this thread is
working on, checked by the extractor between its steps (each sentence, each frame).

SIGALRM stops a report wherever it is, but a signal reaches only a process's main thread; Dask
runs tasks in worker threads, where only a check the code makes itself can stop one. The check
costs a clock read, so it sits at boundaries of work that take well under a millisecond, and a
report stops within one step of its limit. helpers/tables/task.py uses both: the signal where
it can, this everywhere.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager


class ReportTimeout(BaseException):
    """Raised when one report runs past its time limit. A BaseException, so that the extractor's
    own `except Exception` (a rule's bug costs one report) cannot swallow it."""


_current = threading.local()  # .at: the monotonic time this thread's report must stop by, or None


@contextmanager
def deadline(seconds: float | None):
    """Within the body, check_deadline() raises ReportTimeout once `seconds` have passed (None or
    0: never). Per thread, so that the threads of one Dask worker each keep their own report's."""
    if not seconds:
        yield
        return
    outer = getattr(_current, "at", None)
    at = time.monotonic() + seconds
    _current.at = at if outer is None else min(at, outer)
    try:
        yield
    finally:
        _current.at = outer


def check_deadline() -> None:
    """Raise ReportTimeout if this thread's report is past its deadline; nothing outside one."""
    at = getattr(_current, "at", None)
    if at is not None and time.monotonic() >= at:
        raise ReportTimeout
