import pytest

from home.services import portal_seed


@pytest.fixture
def seeded_site(db):
    """The Dortmund demo site as `make run` builds it."""
    return portal_seed(log=lambda message: None)
