"""Read queries of the directory.

The directory is small (dozens of centres per committee), so the finder loads every centre of
a locale in one query and filters in Python: the number of queries stays the same however many
centres there are, and the code list fields filter the same way on SQLite and PostgreSQL.
"""

import unicodedata
from dataclasses import dataclass, replace

from django.conf import settings
from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from advice_centers.centers import AdviceCenter


@dataclass(frozen=True)
class FinderFilters:
    language: str = ""
    topic: str = ""
    district: str = ""
    place: str = ""

    @property
    def active(self):
        return bool(self.language or self.topic or self.district or self.place)

    def as_params(self, **changes):
        """Query parameters of these filters with ``changes`` applied, empty ones left out."""
        values = {
            "language": self.language,
            "topic": self.topic,
            "district": self.district,
            "place": self.place,
            **changes,
        }
        return {key: value for key, value in values.items() if value}


def sort_key(text):
    """Alphabetical order that puts "Ärztehaus" next to "Arbeit", not after "Z"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _in_locale_or_default(locale_id):
    # A join on the locale's code instead of looking the default locale up first: one query
    # less on every finder and centre page.
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Q(locale_id=locale_id) | Q(locale__language_code=default_code)


def _mark_text_languages(center, default, *, own=None):
    """Set ``name_language`` and ``description_language``: the language each text is in.

    A centre copied into a locale keeps the German texts until someone translates them (and
    names usually stay as the organisation writes them), so a text that is still the default
    locale's text is in that locale's language, whatever locale the row belongs to.
    """
    own = own or center.locale.language_code
    for name in ("name", "description"):
        same = default is not None and getattr(center, name) == getattr(default, name)
        setattr(center, f"{name}_language", default.locale.language_code if same else own)
    return center


def _by_translation(rows, locale_id):
    """translation key -> (the centre in the locale or else the default one, the default one)."""
    found = {}
    for center in rows:
        current, default = found.get(center.translation_key, (None, None))
        if center.locale_id != locale_id:
            default = center
        if current is None or center.locale_id == locale_id:
            current = center
        found[center.translation_key] = (current, default)
    return found


def center_list(*, locale_id):
    """Centres in the locale, falling back to the default locale's version of untranslated ones.

    Sorted by name: the directory does not rank organisations against each other.
    """
    rows = AdviceCenter.objects.filter(_in_locale_or_default(locale_id)).select_related("locale")
    centers = [
        _mark_text_languages(current, default)
        for current, default in _by_translation(rows, locale_id).values()
    ]
    return sorted(centers, key=lambda center: sort_key(center.name))


def center_list_translated(*, locale_id):
    """Centres that exist in the locale itself, without the default locale's fallbacks."""
    return AdviceCenter.objects.filter(locale_id=locale_id).order_by("slug")


def center_get(*, locale_id, slug):
    """The centre with this slug in the locale (or the default locale), else None."""
    rows = list(
        AdviceCenter.objects.filter(_in_locale_or_default(locale_id), slug=slug).select_related(
            "locale"
        )
    )
    pairs = _by_translation(rows, locale_id).values()
    for current, default in pairs:
        if current.locale_id == locale_id:
            return _mark_text_languages(current, default)
    return _mark_text_languages(rows[0], None) if rows else None


def centers_text_languages(centers, *, language_code):
    """Mark ``centers`` of the locale with ``language_code`` as ``center_list`` marks its
    centres (one query for their default-locale versions), e.g. for search results."""
    keys = {center.translation_key for center in centers}
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    defaults = {
        center.translation_key: center
        for center in AdviceCenter.objects.filter(
            translation_key__in=keys, locale__language_code=default_code
        ).select_related("locale")
    }
    for center in centers:
        default = defaults.get(center.translation_key)
        is_default = default is not None and default.pk == center.pk
        _mark_text_languages(center, None if is_default else default, own=language_code)
    return centers


def center_canonical(center):
    """The default-locale centre that stands for ``center`` and all its translations."""
    if center is None:
        return None
    default = AdviceCenter.objects.filter(
        translation_key=center.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return default or center


def center_translation_source(center):
    """The centre that ``center`` is a wagtail-localize translation of, else None."""
    translation = (
        Translation.objects.filter(
            source__object_id=center.translation_key,
            target_locale_id=center.locale_id,
            enabled=True,
        )
        .values_list("source__locale_id", flat=True)
        .first()
    )
    if translation is None or translation == center.locale_id:
        return None
    return (
        AdviceCenter.objects.filter(translation_key=center.translation_key, locale_id=translation)
        .exclude(pk=center.pk)
        .first()
    )


# States of a centre in each language, as the editors' list shows them.
ORIGINAL, TRANSLATED, WAITING, MISSING = "original", "translated", "waiting", "missing"


def center_translation_states(centers):
    """For each centre (by translation key): every content language in the settings' order,
    with the state of the centre there and the pk of that copy, in five queries however many
    centres there are.

    A copy waits for translation while wagtail-localize has a string of the source without a
    translation into its language, as its own report counts it; a copy made without
    wagtail-localize counts as translated.
    """
    keys = {center.translation_key for center in centers}
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = sorted(
        Locale.objects.all(),
        key=lambda locale: (
            order.index(locale.language_code) if locale.language_code in order else len(order)
        ),
    )
    copies = {
        (key, locale_id): pk
        for key, locale_id, pk in AdviceCenter.objects.filter(
            translation_key__in=keys
        ).values_list("translation_key", "locale_id", "pk")
    }
    translations = list(
        Translation.objects.filter(source__object_id__in=keys, enabled=True).values_list(
            "source_id", "source__object_id", "source__locale_id", "target_locale_id"
        )
    )
    segments = {}
    for source_id, string_id, context_id in StringSegment.objects.filter(
        source_id__in={row[0] for row in translations}
    ).values_list("source_id", "string_id", "context_id"):
        segments.setdefault(source_id, set()).add((string_id, context_id))
    contexts = {context_id for pairs in segments.values() for _string, context_id in pairs}
    translated = set(
        StringTranslation.objects.filter(context_id__in=contexts, has_error=False).values_list(
            "translation_of_id", "context_id", "locale_id"
        )
    )
    waiting, sources = set(), {}
    for source_id, key, source_locale_id, target_locale_id in translations:
        sources[key] = source_locale_id
        pairs = segments.get(source_id, set())
        if any((string, context, target_locale_id) not in translated for string, context in pairs):
            waiting.add((key, target_locale_id))
    states = {}
    for center in centers:
        key = center.translation_key
        original = sources.get(key, center.locale_id)
        row = []
        for locale in locales:
            pk = copies.get((key, locale.id))
            if pk is None:
                state = MISSING
            elif locale.id == original:
                state = ORIGINAL
            elif (key, locale.id) in waiting:
                state = WAITING
            else:
                state = TRANSLATED
            row.append({"language_code": locale.language_code, "state": state, "pk": pk})
        states[key] = row
    return states


def center_districts(centers):
    """The districts centres are in, each once, sorted."""
    seen = {}
    for center in centers:
        district = center.district.strip()
        if district:
            seen.setdefault(district.casefold(), district)
    return sorted(seen.values(), key=sort_key)


def center_places(centers):
    """The places offers serve, each once (whatever its case), sorted: the place-of-residence
    choices."""
    seen = {}
    for center in centers:
        for name in center.places or []:
            seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=sort_key)


def center_matches(center, *, language="", topic="", district="", place=""):
    if language and language not in (center.languages or []):
        return False
    if topic and topic not in (center.topics or []):
        return False
    if place and not center.serves(place):
        return False
    return not (district and center.district.strip().casefold() != district.casefold())


def center_filter(centers, *, filters):
    return [
        center
        for center in centers
        if center_matches(
            center,
            language=filters.language,
            topic=filters.topic,
            district=filters.district,
            place=filters.place,
        )
    ]


def center_places_unknown(centers, *, place):
    """Of ``centers``, those listed for ``place`` only because they name no place they serve:
    they count as serving every place, and the reader is told so."""
    if not place:
        return []
    return [center for center in centers if not center.places]


def center_languages_unknown(centers, *, filters):
    """Centres that match every filter but the language only because nobody recorded which
    languages they speak: they may well speak the reader's, so they are listed, not hidden."""
    if not filters.language:
        return []
    others = center_filter(centers, filters=replace(filters, language=""))
    return [center for center in others if not center.languages]


def center_alternatives(centers, *, filters):
    """What to offer when nothing matches: first centres that can bring an interpreter for
    the reader's topic, district and place, then centres offering the topic anywhere."""
    if filters.language:
        interpreters = [
            center
            for center in center_filter(
                centers,
                filters=FinderFilters(
                    topic=filters.topic, district=filters.district, place=filters.place
                ),
            )
            if center.offers_interpreters
        ]
        if interpreters:
            return "interpreters", interpreters
    if filters.topic:
        by_topic = center_filter(centers, filters=FinderFilters(topic=filters.topic))
        if by_topic:
            return "topic", by_topic
    return "", []


def stale_centers(*, checked_before):
    """Source-language centres whose data was last checked before the date, or never."""
    return (
        AdviceCenter.objects.filter(locale_id=Locale.get_default().id)
        .filter(Q(last_checked__isnull=True) | Q(last_checked__lt=checked_before))
        .order_by("last_checked", "name")
    )
