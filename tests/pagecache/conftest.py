import pytest
from wagtail.models import Locale, Page

from advice_centers.models import AdviceCenter
from home.models import HomePage


@pytest.fixture
def cached_site(page_cache, seeded_site):
    return seeded_site


def add_alias_trees(codes):
    """Synced fallback trees, as locale synchronisation makes them: German aliases.

    Languages the seed already synchronised keep their trees."""
    german_home = HomePage.objects.get(locale__language_code="de")
    pages = [german_home, *Page.objects.child_of(german_home).order_by("path")]
    for code in codes:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        for page in pages:
            if page.get_translation_or_none(locale) is None:
                page.specific.copy_for_translation(locale, copy_parents=True, alias=True)


def add_center_translations(codes):
    german = list(AdviceCenter.objects.filter(locale__language_code="de"))
    for code in codes:
        locale = Locale.objects.get(language_code=code)
        done = set(
            AdviceCenter.objects.filter(locale=locale).values_list("translation_key", flat=True)
        )
        for center in german:
            if center.translation_key not in done:
                center.copy_for_translation(locale).save()


@pytest.fixture
def alias_trees(db):
    return add_alias_trees


@pytest.fixture
def center_translations(db):
    return add_center_translations
