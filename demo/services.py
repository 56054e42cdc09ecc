"""Building the demo site. Every step looks for what exists first, so it can run again."""

import uuid

from django.conf import settings
from django.db import models, transaction
from wagtail.models import Locale, Page, Site

from advice_centers.models import AdviceCenter, AdviceCenterIndexPage
from cases.services import (
    consent_text_default_fits,
    consent_text_default_remove,
    consent_text_ensure,
    consent_texts_write,
)
from committee.models import CommitteeRules
from demo.models import SeededProfile
from demo.profiles import DEFAULT, profile_get
from demo.translations import translations_seed
from home.models import ContactPage, ContentPage, HomePage, LegalPage, SiteLinks


class ProfileConflict(Exception):
    """The database already holds another committee's installation."""


def _stream(page_slug, blocks):
    """``blocks`` as stored, with ids that are the same on every seeded site.

    The translation files name each segment by the ids of the blocks it sits in, so a file
    exported from one seeded site fits every other.
    """

    def block_id(*path):
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(["seed", page_slug, *map(str, path)])))

    def raw(value, path):
        if isinstance(value, models.Model):
            return value.pk
        if isinstance(value, dict):
            return {name: raw(child, (*path, name)) for name, child in value.items()}
        if isinstance(value, list):  # a list block's items
            return [
                {"type": "item", "value": raw(item, (*path, index)), "id": block_id(*path, index)}
                for index, item in enumerate(value)
            ]
        return value

    return [
        {"type": kind, "value": raw(value, (index,)), "id": block_id(index)}
        for index, (kind, value) in enumerate(blocks)
    ]


def _with_stream(data):
    return {**data, "body": _stream(data["slug"], data["body"])}


def _ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def _ensure_home(locale, profile):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    existing = HomePage.objects.filter(locale=locale).first()
    if existing is not None:
        return existing, False
    # An emptied database (flushed tests) has lost even the tree's root.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    data = profile.HOME
    home = HomePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        body=_stream(data["slug"], data["body"]),
        locale=locale,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=profile.RULES["committee_name"],
        )
    else:
        old_root = site.root_page
        site.root_page = home
        site.site_name = profile.RULES["committee_name"]
        site.save()
        # Wagtail's placeholder "Welcome" page has no place in the portal.
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    return home, True


def _ensure_child(parent, page):
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific, False
    page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _ensure_centers(locale, profile):
    centers = {}
    for data in profile.CENTERS:
        fields = {key: value for key, value in data.items() if key != "slug"}
        center, _created = AdviceCenter.objects.get_or_create(
            locale=locale, slug=data["slug"], defaults=fields
        )
        centers[data["slug"]] = center
    return centers


def _seeded_profile_check(*, profile, locale):
    """Refuse a profile other than the one this database was seeded with."""
    seeded = SeededProfile.objects.values_list("name", flat=True).first()
    if seeded is None and HomePage.objects.filter(locale=locale).exists():
        # Seeded before there were profiles, when the seed built Dortmund's only.
        seeded = DEFAULT
    if seeded is not None and seeded != profile.NAME:
        raise ProfileConflict(
            f"This database holds the installation of the profile {seeded!r}; it cannot also "
            f"hold {profile.NAME!r}. One installation serves one committee: use an empty "
            "database (and keys of its own) for another committee."
        )
    SeededProfile.objects.get_or_create(name=profile.NAME)


def _ensure_rules(*, site, profile):
    """The profile's committee rules, written once: later changes in the admin stay."""
    rules, created = CommitteeRules.objects.get_or_create(site=site, defaults=profile.RULES)
    return rules, created


def _ensure_consent_texts(*, profile, log):
    """The profile's consent declarations. The migrations write Dortmund's declaration into
    every database: an installation of another committee loses it before anyone can sign it,
    so that none of its readers sees strangers named as the committee's members."""
    fits = consent_text_default_fits(committee_name=profile.RULES["committee_name"])
    if not fits and consent_text_default_remove():
        log("Removed the consent declaration of another committee")
    created = consent_texts_write(texts=profile.CONSENT_TEXTS)
    if created:
        log(f"Created {len(created)} consent texts")
    # Dortmund's, should an emptied database have lost it; a no-op for the other profiles.
    consent_text_ensure()


def portal_seed(*, log=print, translations=True, profile=DEFAULT):
    """Create the demo site of ``profile`` once; later runs leave everything as it is.

    ``translations=False`` leaves out the language trees and demo translations: the German
    site alone, which most tests need and which builds several times faster. A database
    seeded with another profile is refused (``ProfileConflict``); an unknown name raises
    ``demo.profiles.UnknownProfile``.
    """
    profile = profile_get(profile)
    with transaction.atomic():
        locale = _ensure_locales()
        _seeded_profile_check(profile=profile, locale=locale)
        home, created = _ensure_home(locale, profile)
        log(("Created" if created else "Kept") + f" home page {home.url_path}")
        _rules, created = _ensure_rules(site=home.get_site(), profile=profile)
        log(("Created" if created else "Kept") + " the committee rules")
        _ensure_consent_texts(profile=profile, log=log)
        centers = _ensure_centers(locale, profile)

        pages = []
        for data in profile.MENU_PAGES:
            if data["slug"] == profile.CONTACT_CARDS_ON:
                data = {
                    **data,
                    "body": list(data["body"])
                    + [("contact_card", {"center": center}) for center in centers.values()],
                }
            pages.append(ContentPage(show_in_menus=True, **_with_stream(data)))
        pages.append(AdviceCenterIndexPage(show_in_menus=True, **profile.FINDER))
        by_slug = {}
        for page in pages:
            page, created = _ensure_child(home, page)
            by_slug[page.slug] = page
            log(("Created" if created else "Kept") + f" page {page.url_path}")

        links = SiteLinks.for_site(home.get_site())
        changed = False
        for data in profile.LEGAL_PAGES:
            page = LegalPage(
                title=data["title"],
                slug=data["slug"],
                body=_stream(data["slug"], [("paragraph", data["text"])]),
                feedback_form=data.get("feedback_form", False),
            )
            page, created = _ensure_child(home, page)
            by_slug[page.slug] = page
            log(("Created" if created else "Kept") + f" page {page.url_path}")
            if getattr(links, f"{data['key']}_id") is None:
                setattr(links, data["key"], page)
                changed = True
        if links.finder_page_id is None:
            links.finder_page = by_slug[profile.FINDER["slug"]]
            changed = True
        linked = [("contact_page", ContactPage(**profile.CONTACT))]
        if profile.EASY_LANGUAGE is not None:
            linked.insert(
                0, ("easy_language_page", ContentPage(**_with_stream(profile.EASY_LANGUAGE)))
            )
        for key, page in linked:
            page, created = _ensure_child(home, page)
            by_slug[page.slug] = page
            log(("Created" if created else "Kept") + f" page {page.url_path}")
            if getattr(links, f"{key}_id") is None:
                setattr(links, key, page)
                changed = True
        if changed:
            links.save()
        if translations:
            translations_seed(
                pages=[home, *by_slug.values()],
                centers=list(centers.values()),
                po_dir=profile.po_dir(),
                log=log,
            )
    return home
