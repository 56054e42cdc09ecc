import pytest
from django.utils import translation

from advice_centers.models import AdviceCenter, AdviceCenterIndexPage

FINDER = "/de/beratung/"


@pytest.fixture
def finder(seeded_site):
    """The seeded finder page with no centres, so that each test lists its own."""
    AdviceCenter.objects.all().delete()
    return AdviceCenterIndexPage.objects.get(locale__language_code="de")


def de(message, **values):
    """A UI text as German readers see it (the finder's URLs are the German ones)."""
    with translation.override("de"):
        text = translation.gettext(message)
    return text % values if values else text


def de_plural(singular, plural, count, **values):
    with translation.override("de"):
        text = translation.ngettext(singular, plural, count)
    return text % {"counter": count, **values}
