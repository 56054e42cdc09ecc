import pytest

from home.services import portal_seed


@pytest.fixture
def seeded_site(db):
    """The German demo site (every language prefix falls back to it).

    Tests of the language trees use the full seed (`tests/i18n/conftest.py`).
    """
    return portal_seed(log=lambda message: None, translations=False)
