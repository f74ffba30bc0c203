"""Shared test fixtures: paths to the shared gold and the invented fixture reports."""
from pathlib import Path

import pytest

from helpers import paths

SHARED = paths.PROJ_ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing beside the repository ({SHARED}); the gold and scorer live there")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
