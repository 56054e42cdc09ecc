from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import transaction

from home.models import HomePage


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
