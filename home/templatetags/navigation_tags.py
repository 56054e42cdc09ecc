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


def _site_link(surroundings, name):
    """A SiteLinks page in the reader's language where that is live, else the chosen page
    itself if it is live; None otherwise."""
    original = surroundings.links.get(name)
    if original is None:
        return None
    translated = surroundings.link_translations.get(original.translation_key)
    return translated or (original if original.live else None)


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    surroundings = page_surroundings(context["request"], context.get("page"))
    links = (_site_link(surroundings, name) for name in SiteLinks.FOOTER_FIELDS)
    return {"pages": [page for page in links if page is not None]}


@register.simple_tag(takes_context=True)
def site_page(context, name):
    """One of the SiteLinks pages (a PageLink), in the reader's language where it is live."""
    return _site_link(page_surroundings(context["request"], context.get("page")), name)
