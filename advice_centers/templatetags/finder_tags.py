"""What a page needs from the directory to offer the finder: its address and the languages;
and, beside the ways to advice, the public form where the committee's rules open it.

Used by the finder short form of ``home``'s body blocks, which cannot import the directory.
"""

from django import template
from wagtail.models import Locale

from advice_centers.models import AdviceCenterIndexPage
from advice_centers.views import language_options
from home.rules_text import public_application_url as rules_public_application_url
from portal.rules import committee_rules

register = template.Library()


def _finder_page(finder):
    """``finder`` in the reader's language, else the site's finder; None when none is live."""
    if finder is not None:
        finder = finder.specific.localized
    else:
        finder = (
            AdviceCenterIndexPage.objects.live().filter(locale=Locale.get_active()).first()
            or AdviceCenterIndexPage.objects.live().first()
        )
    return finder if finder is not None and finder.live else None


@register.simple_tag(takes_context=True)
def finder_url(context, finder=None):
    """The address of the finder (see ``_finder_page``); "" when there is none."""
    page = _finder_page(finder)
    return page.get_url(context.get("request")) if page else ""


@register.simple_tag(takes_context=True)
def guide_url(context, finder=None):
    """The address of the finder's three-question guide; "" when there is none."""
    page = _finder_page(finder)
    if page is None:
        return ""
    return page.get_url(context.get("request")) + page.reverse_subpage("guide_route")


@register.simple_tag
def finder_language_options():
    """The spoken languages the finder filters by, as its language select lists them."""
    return language_options()


# Body blocks that send the reader to an advice centre: a page with one of them offers the
# sheet for preparing the appointment too.
ADVICE_BLOCKS = {"contact_card", "finder_form"}


def _points_to_advice(page):
    body = getattr(page, "body", None) or []
    return any(block.block_type in ADVICE_BLOCKS for block in body)


@register.simple_tag(takes_context=True)
def appointment_sheet_url(context, page=None):
    """The address of the appointment sheet in the reader's language; "" when there is no
    live finder, or when ``page`` is given and its body points to no advice centre."""
    if page is not None and not _points_to_advice(page):
        return ""
    url = finder_url(context)
    return url + "vorbereitung/" if url else ""


@register.simple_tag(takes_context=True)
def public_application_url(context, page=None):
    """The public form's address in the reader's language where the site's committee rules
    open it; "" where they do not, or when ``page`` is given and its body points to no advice
    centre: a page on how to get advice also says that one may apply oneself."""
    if page is not None and not _points_to_advice(page):
        return ""
    return rules_public_application_url(committee_rules(context.get("request")))
