"""Every language tree of the demo site, and translations of its pages and centres.

German is the source. Each other locale is synchronised from German with wagtail-localize, so
every German page exists in every language as an alias that shows the German content until it
is translated. The seeded pages and centres are then translated from the PO files in the
profile's folder of them (Dortmund's: ``demo/locale/<language>/``) — one per page or centre, in
the format of the translation editor's "Download PO file" — through wagtail-localize's own
records, exactly as if a translator had uploaded them: editors keep working on them in the
admin. A language with a folder there must have a file for every seeded page and centre and a
translation for every segment, or the seed stops. A profile without such a folder only gets the
synchronised language trees. Every step skips what already exists.
"""

from pathlib import Path

import polib
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import synchronize_tree

from advice_centers.models import AdviceCenter
from home.services import translation_po_import
from portal.languages import SOURCE_LANGUAGE

PO_DIR = Path(__file__).resolve().parent / "locale"

# Proper names of organisations stay as the organisations write them, and the slugs German, so
# that a page has the same address below every language prefix. The files leave them out.
KEEP_SOURCE_PATHS = frozenset({"name", "slug"})


class MissingSeedTranslation(LookupError):
    pass


def seed_languages(*, po_dir=None):
    """The languages the seed translates into: those with a folder of PO files."""
    po_dir = po_dir or PO_DIR
    return sorted(path.name for path in po_dir.iterdir() if path.is_dir())


def translation_file_path(*, instance, language, po_dir=None):
    name = f"center-{instance.slug}" if isinstance(instance, AdviceCenter) else instance.slug
    return (po_dir or PO_DIR) / language / f"{name}.po"


def locales_synchronise(*, source):
    """Sync every other locale from the source; create aliases for pages added since."""
    for locale in Locale.objects.exclude(id=source.id):
        # Creating the record synchronises the tree at once (wagtail-localize signal).
        _sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )
        if not created:
            synchronize_tree(source, locale)
    # New home pages in other languages are new site roots; their URLs must be known.
    Site.clear_site_root_paths_cache()


def _translate_strings(*, instance, source, locale, po_dir=None):
    path = translation_file_path(instance=instance, language=locale.language_code, po_dir=po_dir)
    if not path.exists():
        raise MissingSeedTranslation(f"{path} does not exist")
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation_po_import(po=polib.pofile(str(path)), translation=translation, tool_name="seed")
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    done = set(
        StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        ).values_list("translation_of_id", "context_id")
    )
    for segment in segments:
        if (segment.string_id, segment.context_id) in done:
            continue
        if segment.context.path not in KEEP_SOURCE_PATHS:
            raise MissingSeedTranslation(f"{path}: no translation of {segment.string.data!r}")
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=segment.string.data,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )


def page_translate(*, page, locale, po_dir=None):
    """Turn the synced alias of ``page`` in ``locale`` into a published translation."""
    target = Page.objects.filter(translation_key=page.translation_key, locale=locale).first()
    if target is not None and target.alias_of_id is None:
        return False
    source, _created = TranslationSource.get_or_create_from_instance(page)
    _translate_strings(instance=page, source=source, locale=locale, po_dir=po_dir)
    translated, _created = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True
    )
    # Publishing directly rather than on commit keeps the seed's single transaction simple.
    translated.get_latest_revision().publish()
    return True


def center_translate(*, center, locale, translated, po_dir=None):
    """Create the centre in ``locale``: translated, or as a German copy to translate later."""
    if AdviceCenter.objects.filter(translation_key=center.translation_key, locale=locale).exists():
        return False
    source, _created = TranslationSource.get_or_create_from_instance(center)
    if translated:
        _translate_strings(instance=center, source=source, locale=locale, po_dir=po_dir)
    else:
        Translation.objects.get_or_create(source=source, target_locale=locale)
    source.create_or_update_translation(locale, fallback=not translated)
    return True


def translations_seed(*, pages, centers, po_dir, log=print):
    """Create every centre in every locale, translate ``pages``, alias the rest.

    ``po_dir`` is the profile's folder of translation files; ``None``: no translations, every
    language shows the German pages and centres until editors translate them.

    Translating before synchronising spares creating aliases that would at once be turned
    into translations.
    """
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    translated_languages = seed_languages(po_dir=po_dir) if po_dir is not None else []
    for locale in Locale.objects.exclude(id=source.id).order_by("id"):
        translated = locale.language_code in translated_languages
        # Centres first: translated pages point at the centres of their own language.
        for center in centers:
            if center_translate(
                center=center, locale=locale, translated=translated, po_dir=po_dir
            ):
                log(f"Added centre {center.slug} in {locale.language_code}")
        if translated:
            for page in pages:
                if page_translate(page=page, locale=locale, po_dir=po_dir):
                    log(f"Translated page {page.slug} into {locale.language_code}")
    locales_synchronise(source=source)
