"""Navigation for every public page, each piece in a constant number of queries."""

from django import template
from django.db.models import Q
from wagtail.models import Locale, Page, Site

from home.models import SiteLinks

register = template.Library()


def _locale_id(context):
    # The served page's own tree is the active language's tree (or the fallback it shows);
    # reading its locale_id spares a locale query per tag.
    page = context.get("page")
    if isinstance(page, Page):
        return page.locale_id
    return Locale.get_active().id


def _home_for(request, locale_id):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == locale_id:
        return root
    return root.get_translation_or_none(locale_id) or root


def _page_links(context):
    """Menu items and breadcrumb ancestors of the current page, in one query per request."""
    request = context["request"]
    current = context.get("page")
    memo = getattr(request, "_navigation_links", None)
    if memo is not None and memo[0] is current:
        return memo[1], memo[2]
    site = Site.find_for_request(request)
    if site is None:
        return [], []
    root_depth = site.root_page.depth
    ancestor_paths = []
    if isinstance(current, Page) and current.depth >= root_depth:
        # The home page of the current tree is the ancestor at the site root's depth.
        home_path = current.path[: root_depth * Page.steplen]
        ancestor_paths = [
            current.path[: depth * Page.steplen] for depth in range(2, current.depth)
        ]
    else:
        home_path = _home_for(request, _locale_id(context)).path
    menu = Q(depth=root_depth + 1, path__startswith=home_path, live=True, show_in_menus=True)
    # Titles and URLs only: the specific page types would cost one query per type.
    rows = list(Page.objects.filter(menu | Q(path__in=ancestor_paths)).order_by("path"))
    items = [
        row
        for row in rows
        if row.depth == root_depth + 1
        and row.path.startswith(home_path)
        and row.live
        and row.show_in_menus
    ]
    ancestors = [row for row in rows if row.path in ancestor_paths]
    request._navigation_links = (current, items, ancestors)
    return items, ancestors


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    current = context.get("page")
    items, _ancestors = _page_links(context)
    # The request lets {% pageurl %} share one lookup of the site roots per request.
    return {
        "request": context["request"],
        "items": items,
        "current_path": current.path if current else "",
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page, "request": context["request"]}
    _items, ancestors = _page_links(context)
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    request = context["request"]
    links = SiteLinks.for_request(request)
    source_ids = links.footer_page_ids()
    if not source_ids:
        return {"pages": []}
    locale_id = _locale_id(context)
    # One query: the chosen pages and their translations into the current language.
    candidates = Page.objects.filter(
        translation_key__in=Page.objects.filter(id__in=source_ids).values("translation_key")
    ).filter(Q(locale_id=locale_id, live=True) | Q(id__in=source_ids))
    originals, translated = {}, {}
    for page in candidates:
        if page.id in source_ids:
            originals[page.id] = page
        if page.locale_id == locale_id and page.live:
            translated[page.translation_key] = page
    pages = []
    for page_id in source_ids:
        original = originals.get(page_id)
        if original is None:
            continue
        page = translated.get(original.translation_key) or (original if original.live else None)
        if page is not None:
            pages.append(page)
    return {"pages": pages, "request": request}


@register.simple_tag(takes_context=True)
def site_page(context, name):
    """One of the SiteLinks pages, in the reader's language where a translation is live."""
    links = SiteLinks.for_request(context["request"])
    page = getattr(links, name, None)
    if page is None:
        return None
    return page.localized if page.live else None
