import os

import pytest
from hypothesis import settings

from home.services import portal_seed

# Property tests run the same examples on every machine unless a profile asks otherwise:
# HYPOTHESIS_PROFILE=explore draws new random examples (and more of them) on each run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=300, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def seeded_site(db):
    """The German demo site (every language prefix falls back to it).

    Tests of the language trees use the full seed (`tests/i18n/conftest.py`).
    """
    return portal_seed(log=lambda message: None, translations=False)
