import pytest
from django.core.cache import cache

from home.services import portal_seed


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
