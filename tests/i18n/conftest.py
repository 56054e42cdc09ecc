from html.parser import HTMLParser

import polib
import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from wagtail.models import Locale

from demo.translations import PO_DIR, locales_synchronise
from home.models import ContentPage, HomePage


@pytest.fixture(scope="package")
def _every_language_tree(_german_site_committed, demo_seed, django_db_blocker):
    """The language trees and demo translations on top of the German site, built once for
    the tests of this package (they run one after another, after all others on the German
    site); each test still runs in its own savepoint inside this transaction, which is rolled
    back after the last of them."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            demo_seed(translations=True)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            # Site root paths and pages of the rolled-back trees must not leak into later tests.
            for alias in ("default", "pagecache"):
                caches[alias].clear()


@pytest.fixture
def multilingual_site(_every_language_tree, db):
    """The seeded site in all twelve languages; returns the German home page."""
    return HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)


class Element:
    def __init__(self, tag, attrs):
        self.tag = tag
        self.attrs = dict(attrs)
        self.text = ""


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self._open = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs)
        self.elements.append(element)
        if tag not in {"link", "meta", "br", "img", "input"}:
            self._open.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        for element in self._open:
            element.text += data


def parse_html(html):
    """Every element of the page with its attributes and its text content."""
    collector = _Collector()
    collector.feed(html)
    return collector.elements


def find_all(elements, tag, **attrs):
    return [
        element
        for element in elements
        if element.tag == tag
        and all(element.attrs.get(key.rstrip("_")) == value for key, value in attrs.items())
    ]


def find_one(elements, tag, **attrs):
    found = find_all(elements, tag, **attrs)
    assert len(found) == 1, f"expected one <{tag} {attrs}>, found {len(found)}"
    return found[0]


def seed_translation(code, file_key, german):
    """The seeded translation of ``german`` in ``code``, from the demo's PO files."""
    po = polib.pofile(str(PO_DIR / code / f"{file_key}.po"))
    found = {entry.msgstr for entry in po if entry.msgid == german}
    assert len(found) == 1, (code, file_key, german)
    return found.pop()


# A page added after the seed: German, translated into English only, synced as an alias
# (German text under a notice) everywhere else.
NEW_PAGE = {
    "title": "Offene Sprechstunde",
    "slug": "sprechstunde",
    "intro": "Die Geschäftsstelle beantwortet hier Fragen, die nicht für eine Beratung sind.",
}


@pytest.fixture
def untranslated_page(multilingual_site):
    page = ContentPage(show_in_menus=True, **NEW_PAGE)
    multilingual_site.add_child(instance=page)
    page.save_revision().publish()
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Open consultation hour"
    english.intro = "The office answers questions here that are not for advice."
    english.save_revision().publish()
    locales_synchronise(source=multilingual_site.locale)
    return page
