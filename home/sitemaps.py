"""The sitemap: every public page of every language tree, each with its language versions.

A page's ``get_sitemap_urls`` may list more addresses than its own (the finder lists the guide
and every centre it serves). An entry can carry an ``alternate_key`` naming what it shows in
any language; entries without one stand for their page, whose translations share its
translation key. Entries with the same key are each other's ``hreflang`` alternates, and the
German one is also the ``x-default``.
"""

from collections import defaultdict
from functools import cached_property, reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


def alternates(locations):
    """hreflang alternates of one thing from its {language code: address}."""
    links = [{"lang_code": code, "location": locations[code]} for code in sorted(locations)]
    default = locations.get(settings.LANGUAGE_CODE)
    if default:
        links.append({"lang_code": "x-default", "location": default})
    return links


class PortalSitemap(Sitemap):
    """Every language tree of the site, not only the one of the requesting browser."""

    def items(self):
        return self._pages

    @cached_property
    def _pages(self):
        root = self.get_wagtail_site().root_page
        paths = root.get_translations(inclusive=True).values_list("path", flat=True)
        in_site = reduce(or_, (Q(path__startswith=path) for path in paths))
        return list(
            Page.objects.live()
            .public()
            .filter(in_site)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    @cached_property
    def _entries(self):
        """{page id: its entries}, each entry with the alternates of its key."""
        languages = dict(Locale.objects.values_list("id", "language_code"))
        listed = []
        versions = defaultdict(dict)
        for page in self._pages:
            for url in page.get_sitemap_urls(self.request):
                if not url.get("location"):
                    continue
                key = url.pop("alternate_key", ("page", page.translation_key))
                versions[key][languages[page.locale_id]] = url["location"]
                listed.append((page.pk, key, url))
        entries = defaultdict(list)
        for page_pk, key, url in listed:
            entries[page_pk].append({**url, "alternates": alternates(versions[key])})
        return entries

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url in self._entries[item.pk]:
                urls.append(url)
                last_mods.add(url.get("lastmod"))
        # Nothing listed, or an address without a date: no Last-Modified for the whole file.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
