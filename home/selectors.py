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
    "alias_of_id",
)


class PageUrls:
    """Wagtail's URL of a page from its url_path, for one request's site and language.

    ``Page.relative_url`` reads nothing of the page but its url_path; the rest comes from the
    site roots (``Site.get_site_root_paths``, Wagtail's cached list), the current site, the
    active language and the URLconf. So one unsaved Page gives the URL of every row, and a URL
    once made is kept for this process under exactly those inputs: the memo starts afresh
    whenever the site roots, the script prefix, the URLconf or a setting differ from those it
    was made with.

    A page under the roots of several sites gets its URL from ``Page.get_url(request)``, which
    prefers the request's site where the others take the first; such URLs are not kept.
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
        # Read before the unsaved page reads (and keeps) its own copy at its first URL: a URL
        # is then never kept under roots newer than those it was made from.
        self._roots = tuple(Site.get_site_root_paths())
        generation = (self._roots, get_script_prefix(), get_urlconf())
        memo_generation, urls = PageUrls._memo
        if memo_generation != generation or len(urls) > self.MAX_ENTRIES:
            urls = {}
            PageUrls._memo = (generation, urls)
        self._urls = urls
        self._site = Site.find_for_request(self.request)
        self._site_id = self._site.pk if self._site is not None else None
        self._page = Page()

    def _site_count(self, url_path):
        return len({root.site_id for root in self._roots if url_path.startswith(root.root_path)})

    def __call__(self, url_path):
        if self._page is None:
            self._start()
        key = (url_path, self._site_id, get_language())
        try:
            return self._urls[key]
        except KeyError:
            pass
        if self._site_count(url_path) > 1:
            return Page(url_path=url_path).get_url(request=self.request)
        self._page.url_path = url_path
        url = self._urls[key] = self._page.relative_url(self._site)
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
    # A synced copy (an alias) shows its original's title and content, not its own locale's.
    alias_of_id: int | None
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


@dataclass(frozen=True)
class Scope:
    """Where a page stands in its tree: what its surroundings query reads, and which of the
    rows are its menu and its ancestors."""

    # The served page; anything else (None, a paginator's page) for views that serve none.
    page: object
    root: Page
    locale_id: int
    # The home page of the current tree, and the page's ancestors below the tree root.
    home_path: str
    ancestor_paths: tuple
    # SiteLinks field name -> the chosen page's id.
    chosen: dict

    @property
    def is_page(self):
        return isinstance(self.page, Page)

    def in_menu(self, row):
        return (
            row.depth == self.root.depth + 1
            and row.path.startswith(self.home_path)
            and row.live
            and row.show_in_menus
        )

    def wanted(self):
        """Which pages the surroundings query reads."""
        wanted = Q(
            depth=self.root.depth + 1,
            path__startswith=self.home_path,
            live=True,
            show_in_menus=True,
        )
        if self.ancestor_paths:
            wanted |= Q(path__in=self.ancestor_paths)
        if self.chosen:
            chosen_keys = Page.objects.filter(id__in=self.chosen.values()).values(
                "translation_key"
            )
            wanted |= Q(id__in=self.chosen.values())
            wanted |= Q(translation_key__in=chosen_keys, locale_id=self.locale_id, live=True)
        if self.is_page:
            keys = {self.page.translation_key, self.root.translation_key}
            wanted |= Q(translation_key__in=keys, live=True)
        return wanted


def _home_path(site, locale_id):
    root = site.root_page
    if root.locale_id == locale_id:
        return root.path
    return (root.get_translation_or_none(locale_id) or root).path


def _chosen_links(site):
    """SiteLinks field name -> id of the page chosen there, for the fields that have one."""
    link_ids = (
        SiteLinks.objects.filter(site_id=site.pk)
        .values_list(*(f"{name}_id" for name in SITE_LINK_FIELDS))
        .first()
    )
    if link_ids is None:
        return {}
    return {
        name: page_id
        for name, page_id in zip(SITE_LINK_FIELDS, link_ids, strict=True)
        if page_id is not None
    }


def page_scope(site, page, locale_id):
    root = site.root_page
    if isinstance(page, Page) and page.depth >= root.depth:
        # The home page of the current tree is the ancestor at the site root's depth.
        home_path = page.path[: root.depth * Page.steplen]
        ancestor_paths = tuple(page.path[: depth * Page.steplen] for depth in range(2, page.depth))
    else:
        home_path, ancestor_paths = _home_path(site, locale_id), ()
    return Scope(page, root, locale_id, home_path, ancestor_paths, _chosen_links(site))


def page_links(request, scope):
    """The rows the scope asks for, in tree order."""
    urls = PageUrls(request)
    return [
        PageLink(*values, urls=urls)
        for values in Page.objects.filter(scope.wanted())
        .order_by("path")
        .values_list(*ROW_FIELDS, "locale__language_code")
    ]


def _live_by_language(rows, translation_key):
    return {
        row.language_code: row
        for row in rows
        if row.translation_key == translation_key and row.live
    }


def surroundings_from(scope, rows):
    """The Surroundings that the scope's rows make."""
    by_id = {row.id: row for row in rows}
    links = {name: by_id[page_id] for name, page_id in scope.chosen.items() if page_id in by_id}
    link_keys = {link.translation_key for link in links.values()}
    page = scope.page if scope.is_page else None
    return Surroundings(
        menu=[row for row in rows if scope.in_menu(row)],
        ancestors=[row for row in rows if row.path in scope.ancestor_paths],
        links=links,
        link_translations={
            row.translation_key: row
            for row in rows
            if row.translation_key in link_keys and row.locale_id == scope.locale_id and row.live
        },
        versions=_live_by_language(rows, page.translation_key) if page is not None else {},
        homes=_live_by_language(rows, scope.root.translation_key),
        language=by_id[page.id].language_code if page is not None and page.id in by_id else None,
    )


def page_surroundings(request, page):
    """The Surroundings of ``page`` (a Page, or None for other views), once per request."""
    locale_id = current_locale_id(page)
    memo = getattr(request, "_page_surroundings", None)
    if memo is not None and memo[0] is page and memo[1] == locale_id:
        return memo[2]
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY
    scope = page_scope(site, page, locale_id)
    surroundings = surroundings_from(scope, page_links(request, scope))
    request._page_surroundings = (page, locale_id, surroundings)
    return surroundings
