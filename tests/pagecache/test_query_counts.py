"""Uncached renders cost a fixed, small number of queries; cache hits cost none."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from advice_centers.models import AdviceCenter
from tests.factories import AdviceCenterFactory
from tests.pagecache.conftest import add_alias_trees, add_center_translations

MAX_QUERIES = 12
# The contact form stores a new captcha on every view and is never cached.
FORM_PAGES = ["/de/kontakt/", "/en/kontakt/"]
PAGES = [
    "/de/",
    "/de/ueber-das-gremium/",
    "/de/beratung/",
    "/de/beratung/?language=fa",
    "/de/beratung/awo/",
    "/de/kontakt/",
]
# Synced fallback pages (aliases of the German ones in an alias tree): as cheap as the originals.
OTHER_LANGUAGE_PAGES = [
    "/en/",
    "/en/ueber-das-gremium/",
    "/en/beratung/?language=fa",
    "/en/beratung/awo/",
    "/en/kontakt/",
]
# Further language trees, right-to-left ones among them, and their English counterparts.
MORE_LANGUAGE_PAGES = {
    "/fa/beratung/?language=fa": "/en/beratung/?language=fa",
    "/ar/ueber-das-gremium/": "/en/ueber-das-gremium/",
    "/ar/": "/en/",
    "/fa/kontakt/": "/en/kontakt/",
    "/ru/beratung/awo/": "/en/beratung/awo/",
}
ALL_CODES = [code for code, _name in settings.LANGUAGES]


def query_counts(client, urls):
    """Queries of a render with the page cache off, once per-process caches are warm."""
    counts = {}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def keep_languages(codes):
    """Only these languages: the other trees, centre copies and locales go."""
    dropped = Locale.objects.exclude(language_code__in=codes)
    for home in Page.objects.filter(locale__in=dropped, depth=2):
        home.delete()
    AdviceCenter.objects.filter(locale__in=dropped).delete()
    dropped.delete()
    add_alias_trees([code for code in codes if code != "de"])
    add_center_translations([code for code in codes if code != "de"])


@pytest.mark.django_db
def test_same_queries_for_5_or_50_centres(client, seeded_site):
    keep_languages(["de", "en"])
    with_five = query_counts(client, PAGES + OTHER_LANGUAGE_PAGES)
    for n in range(45):
        AdviceCenterFactory(languages=["fa", "ar"] if n % 2 else ["de"])
    add_center_translations(["en"])
    with_fifty = query_counts(client, PAGES + OTHER_LANGUAGE_PAGES)
    assert with_fifty == with_five
    assert max(with_fifty.values()) <= MAX_QUERIES, with_fifty


@pytest.mark.django_db
def test_same_queries_for_2_or_12_languages(client, seeded_site):
    keep_languages(["de", "en"])
    with_two = query_counts(client, PAGES + OTHER_LANGUAGE_PAGES)
    add_alias_trees(ALL_CODES[2:])
    add_center_translations(ALL_CODES[2:])
    with_twelve = query_counts(client, PAGES + OTHER_LANGUAGE_PAGES)
    assert with_twelve == with_two
    assert max(with_twelve.values()) <= MAX_QUERIES, with_twelve
    more = query_counts(client, MORE_LANGUAGE_PAGES)
    assert more == {url: with_twelve[english] for url, english in MORE_LANGUAGE_PAGES.items()}
    assert max(more.values()) <= MAX_QUERIES, more


@pytest.mark.django_db
def test_cache_hit_makes_no_query(client, cached_site, django_assert_num_queries):
    keep_languages(["de", "ar", "fa"])
    urls = [url for url in PAGES if url not in FORM_PAGES]
    urls += ["/fa/beratung/?language=fa", "/ar/ueber-das-gremium/"]
    for url in urls:
        assert client.get(url)["X-Cache"] == "MISS", url
    for url in urls:
        with django_assert_num_queries(0):
            response = client.get(url)
        assert response.status_code == 200
        assert response["X-Cache"] == "HIT", url
