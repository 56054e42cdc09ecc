import pytest

from advice_centers.models import AdviceCenter, AdviceCenterIndexPage

FINDER = "/de/beratung/"


@pytest.fixture
def finder(seeded_site):
    """The seeded finder page with no centres, so that each test lists its own."""
    AdviceCenter.objects.all().delete()
    return AdviceCenterIndexPage.objects.get(locale__language_code="de")
