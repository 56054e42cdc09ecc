from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import transaction

from demo.services import portal_seed


@pytest.fixture(scope="module")
def multilingual_site(django_db_setup, django_db_blocker):
    """The seeded site in all twelve languages, built once per module.

    Seeding every language tree is slow; each test still runs in its own savepoint inside
    this module-wide transaction, which is rolled back at the end.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            home = portal_seed(log=lambda message: None)
            yield home
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            # Site root paths of the rolled-back pages must not leak into later tests.
            cache.clear()


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
