"""What a public page shows of other pages, read once per request.

The menu, the breadcrumbs, the footer's SiteLinks pages and the page in every other language
all come from one query (plus one for the SiteLinks row), so a render costs the same however
many pages, languages or menu entries there are.

They come as PageLinks, plain rows with a title and a URL, not as Page instances: building a
Page instance costs more CPU than anything else these pieces do (its model cluster inspects
every relation of the page model each time), and an uncached page shows some twenty of them.
"""

from dataclasses import dataclass, field
from functools import cached_property
from uuid import UUID

from django.core.signals import setting_changed
from django.db.models import Q
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.models import SiteLinks

SITE_LINK_FIELDS = (*SiteLinks.FOOTER_FIELDS, "finder_page")
ROW_FIELDS = (
    "id",
    "title",
    "path",
    "depth",
    "url_path",
    "live",
    "show_in_menus",
    "translation_key",
    "locale_id",
)


class PageUrls:
    """Wagtail's URL of a page from its url_path, for one request's site and language.

    ``Page.get_url`` reads nothing of the page but its url_path; the rest comes from the site
    roots (Wagtail's cached list), the request's site, the active language and the URLconf.
    So one unsaved Page gives the URL of every row, and a URL once made is kept for this
    process under exactly those inputs: the memo starts afresh whenever the site roots, the
    script prefix, the URLconf or a setting differ from those it was made with.
    """

    MAX_ENTRIES = 10_000
    # (site roots, script prefix, URLconf) -> {(url_path, site id, language): URL}; replaced,
    # never changed in place, so a thread still using an old one cannot mix generations.
    _memo = (None, {})

    def __init__(self, request):
        self.request = request
        self._page = None
        self._urls = None

    def _start(self):
        self._page = Page()
        # The very list get_url reads (Wagtail keeps it on the request).
        roots = tuple(self._page._get_site_root_paths(self.request))
        generation = (roots, get_script_prefix(), get_urlconf())
        memo_generation, urls = PageUrls._memo
        if memo_generation != generation or len(urls) > self.MAX_ENTRIES:
            urls = {}
            PageUrls._memo = (generation, urls)
        self._urls = urls
        site = Site.find_for_request(self.request)
        self._site_id = site.pk if site is not None else None

    def __call__(self, url_path):
        if self._page is None:
            self._start()
        key = (url_path, self._site_id, get_language())
        try:
            return self._urls[key]
        except KeyError:
            self._page.url_path = url_path
            url = self._urls[key] = self._page.get_url(request=self.request)
            return url


@receiver(setting_changed)
def _forget_page_urls(**kwargs):
    # Tests change settings URLs depend on (URLconf, languages) within one process.
    PageUrls._memo = (None, {})


@dataclass
class PageLink:
    """A page as menus, breadcrumbs, footers and the language switcher show it."""

    id: int
    title: str
    path: str
    depth: int
    url_path: str
    live: bool
    show_in_menus: bool
    translation_key: UUID
    locale_id: int
    language_code: str
    urls: PageUrls = field(repr=False, compare=False)

    @cached_property
    def url(self):
        """As {% pageurl %} gives it: relative on the current site, None if not routable."""
        return self.urls(self.url_path)


@dataclass(frozen=True)
class Surroundings:
    # Live pages of the current tree's home that are marked for menus, in tree order.
    menu: list
    # The current page's ancestors from its home down (not the page itself).
    ancestors: list
    # SiteLinks field name -> the chosen page, and translation key -> its live translation
    # in the current tree.
    links: dict
    link_translations: dict
    # Language code -> the current page's live counterpart, and -> the live home page.
    versions: dict
    homes: dict
    # The current page's own language, if the query read the page (it does when it is live).
    language: str | None


EMPTY = Surroundings([], [], {}, {}, {}, {}, None)


def current_locale_id(page):
    # The served page's tree is the active language's tree (or the German fallback it shows);
    # its locale_id spares a locale query.
    if isinstance(page, Page):
        return page.locale_id
    return Locale.get_active().id


def _home_path(site, locale_id):
    root = site.root_page
    if root.locale_id == locale_id:
        return root.path
    return (root.get_translation_or_none(locale_id) or root).path


def page_surroundings(request, page):
    """The Surroundings of ``page`` (a Page, or None for other views), once per request."""
    locale_id = current_locale_id(page)
    memo = getattr(request, "_page_surroundings", None)
    if memo is not None and memo[0] is page and memo[1] == locale_id:
        return memo[2]
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY
    root = site.root_page
    is_page = isinstance(page, Page)
    ancestor_paths = []
    if is_page and page.depth >= root.depth:
        # The home page of the current tree is the ancestor at the site root's depth.
        home_path = page.path[: root.depth * Page.steplen]
        ancestor_paths = [page.path[: depth * Page.steplen] for depth in range(2, page.depth)]
    else:
        home_path = _home_path(site, locale_id)
    link_ids = (
        SiteLinks.objects.filter(site_id=site.pk)
        .values_list(*(f"{name}_id" for name in SITE_LINK_FIELDS))
        .first()
    )
    chosen = {}
    if link_ids is not None:
        chosen = {
            name: page_id
            for name, page_id in zip(SITE_LINK_FIELDS, link_ids, strict=True)
            if page_id is not None
        }

    wanted = Q(depth=root.depth + 1, path__startswith=home_path, live=True, show_in_menus=True)
    if ancestor_paths:
        wanted |= Q(path__in=ancestor_paths)
    if chosen:
        chosen_keys = Page.objects.filter(id__in=chosen.values()).values("translation_key")
        wanted |= Q(id__in=chosen.values())
        wanted |= Q(translation_key__in=chosen_keys, locale_id=locale_id, live=True)
    if is_page:
        wanted |= Q(translation_key__in={page.translation_key, root.translation_key}, live=True)
    urls = PageUrls(request)
    rows = [
        PageLink(*values, urls=urls)
        for values in Page.objects.filter(wanted)
        .order_by("path")
        .values_list(*ROW_FIELDS, "locale__language_code")
    ]

    by_id = {row.id: row for row in rows}
    link_pages = {name: by_id[page_id] for name, page_id in chosen.items() if page_id in by_id}
    link_keys = {link.translation_key for link in link_pages.values()}
    surroundings = Surroundings(
        menu=[
            row
            for row in rows
            if row.depth == root.depth + 1
            and row.path.startswith(home_path)
            and row.live
            and row.show_in_menus
        ],
        ancestors=[row for row in rows if row.path in ancestor_paths],
        links=link_pages,
        link_translations={
            row.translation_key: row
            for row in rows
            if row.translation_key in link_keys and row.locale_id == locale_id and row.live
        },
        versions={
            row.language_code: row
            for row in rows
            if is_page and row.translation_key == page.translation_key and row.live
        },
        homes={
            row.language_code: row
            for row in rows
            if row.translation_key == root.translation_key and row.live
        },
        language=by_id[page.id].language_code if is_page and page.id in by_id else None,
    )
    request._page_surroundings = (page, locale_id, surroundings)
    return surroundings
