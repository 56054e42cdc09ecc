"""Navigation for every public page, all of it from the page's surroundings (home.selectors)."""

from django import template

from home.models import SiteLinks
from home.selectors import page_surroundings

register = template.Library()


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    current = context.get("page")
    return {
        "items": page_surroundings(context["request"], current).menu,
        "current_path": current.path if current else "",
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    return {"ancestors": page_surroundings(context["request"], page).ancestors, "page": page}


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    surroundings = page_surroundings(context["request"], context.get("page"))
    pages = []
    for name in SiteLinks.FOOTER_FIELDS:
        original = surroundings.links.get(name)
        if original is None:
            continue
        translated = surroundings.link_translations.get(original.translation_key)
        page = translated or (original if original.live else None)
        if page is not None:
            pages.append(page)
    return {"pages": pages}


@register.simple_tag(takes_context=True)
def site_page(context, name):
    """One of the SiteLinks pages (a PageLink), in the reader's language where it is live."""
    surroundings = page_surroundings(context["request"], context.get("page"))
    page = surroundings.links.get(name)
    if page is None or not page.live:
        return None
    return surroundings.link_translations.get(page.translation_key, page)
