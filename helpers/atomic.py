"""One way to write a file: complete or left as it was (a temporary file beside it, then a rename)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomically(target: Path, write: Callable[[IO], None], *, text: bool = False, mode: int | None = None) -> None:
    """Call write with an open file (text in UTF-8, or bytes) and put what it wrote at target in one step."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with (os.fdopen(handle, "w", encoding="utf-8", newline="") if text else os.fdopen(handle, "wb")) as f:
            write(f)
        if mode is not None:
            os.chmod(staging, mode)
        os.replace(staging, target)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
