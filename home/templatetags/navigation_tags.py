"""Navigation for every public page, each piece in a constant number of queries."""

from django import template
from wagtail.models import Locale, Page, Site

from home.models import SiteLinks

register = template.Library()


def _home_for(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = Locale.get_active()
    if root.locale_id == locale.id:
        return root
    return root.get_translation_or_none(locale) or root


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    request = context["request"]
    home = _home_for(request)
    current = context.get("page")
    items = list(home.get_children().live().in_menu().specific()) if home else []
    return {
        "home": home,
        "items": items,
        "current_path": current.path if current else "",
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2)
    return {"ancestors": ancestors, "page": page}


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    request = context["request"]
    links = SiteLinks.for_request(request)
    source_ids = links.footer_page_ids()
    if not source_ids:
        return {"pages": []}
    locale = Locale.get_active()
    sources = Page.objects.filter(id__in=source_ids).values_list("id", "translation_key")
    key_by_id = dict(sources)
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=key_by_id.values(), locale=locale
        )
    }
    originals = {page.id: page for page in Page.objects.live().filter(id__in=source_ids)}
    pages = []
    for page_id in source_ids:
        page = translated.get(key_by_id.get(page_id)) or originals.get(page_id)
        if page is not None:
            pages.append(page)
    return {"pages": pages}


@register.simple_tag(takes_context=True)
def site_page(context, name):
    """One of the SiteLinks pages, in the reader's language where a translation is live."""
    links = SiteLinks.for_request(context["request"])
    page = getattr(links, name, None)
    if page is None:
        return None
    return page.localized if page.live else None
