import pytest
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from advice_centers.models import AdviceCenter, AdviceCenterIndexPage

FINDER = "/de/beratung/"


@pytest.fixture
def finder(seeded_site):
    """The seeded finder page with no centres, so that each test lists its own."""
    AdviceCenter.objects.all().delete()
    return AdviceCenterIndexPage.objects.get(locale__language_code="de")


def center_translate(center, language, texts=None):
    """``center`` translated into ``language`` through wagtail-localize, as a translator does
    it in its editor: ``texts`` maps German strings to their translation, other strings stay
    German. Returns the translated centre."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(center)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = (texts or {}).get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    translated, _created = source.create_or_update_translation(locale, fallback=True)
    return translated
