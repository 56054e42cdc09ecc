import os

import pytest
from django.core.cache import cache
from hypothesis import settings

from demo.services import portal_seed

# Property tests run the same examples on every machine unless a profile asks otherwise:
# HYPOTHESIS_PROFILE=explore draws new random examples (and more of them) on each run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=300, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _no_rate_limit_counts_from_earlier_tests():
    """Rate-limit counters live in the default cache (local memory in tests)."""
    cache.clear()
    yield


@pytest.fixture
def seeded_site(db):
    """The German demo site (every language prefix falls back to it).

    Tests of the language trees use the full seed (`tests/i18n/conftest.py`).
    """
    return portal_seed(log=lambda message: None, translations=False)


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgresql`` exercise what only a server database has (a connection to
    lose); a run on SQLite leaves them out, the PostgreSQL run in CI runs them."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    left_out = [item for item in items if item.get_closest_marker("postgresql")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item.get_closest_marker("postgresql") is None]
