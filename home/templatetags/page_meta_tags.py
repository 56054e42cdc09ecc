"""What the page's <head> says about it: the description search engines and link previews show,
and whether the page shows a form with errors (the title says so first, WCAG 3.3.1)."""

import html
import re

from django import template
from django.forms import BaseForm
from django.forms.formsets import BaseFormSet
from django.utils.html import strip_tags
from wagtail.fields import RichTextField
from wagtail.models import Page

register = template.Library()

DESCRIPTION_MAX_LENGTH = 160
ELLIPSIS = "…"


def one_line(text):
    return " ".join(text.split())


def plain_text(markup):
    """Rich text (HTML) as one line of plain text."""
    return one_line(html.unescape(strip_tags(markup)))


def shortened(text, *, limit=DESCRIPTION_MAX_LENGTH):
    """The text cut at a word boundary so that it, with an ellipsis, fits in ``limit``."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS) + 1]
    boundary = cut.rfind(" ")
    cut = cut[:boundary] if boundary > 0 else cut[: limit - len(ELLIPSIS)]
    return re.sub(r"[\s,;:.–-]+$", "", cut) + ELLIPSIS


def first_paragraph(body):
    for block in body or ():
        if block.block_type == "paragraph":
            text = plain_text(block.value.source)
            if text:
                return text
    return ""


def introduction(page):
    intro = getattr(page, "intro", None)
    if not intro:
        return ""
    if isinstance(page._meta.get_field("intro"), RichTextField):
        return plain_text(intro)
    return one_line(intro)


def page_description_text(page):
    """The editor's search description, else the page's introduction, else its first
    paragraph of text; "" when it has none of these."""
    text = one_line(page.search_description or "")
    if not text:
        text = introduction(page)
    if not text:
        text = first_paragraph(getattr(page, "body", None))
    return shortened(text)


@register.simple_tag(takes_context=True)
def page_description(context):
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    # A sub-route of a routable page (a centre, the guide) is not the page itself: the page's
    # description would describe something else.
    match = getattr(context.get("request"), "routable_resolver_match", None)
    if match is not None and match.route:
        return ""
    return page_description_text(page)


def _has_errors(value):
    # type(), not isinstance(): isinstance would evaluate lazy context values (the user, the
    # CSRF token), which reads the session and sets a cookie on pages meant to be cached.
    kind = type(value)
    if issubclass(kind, BaseForm):
        return value.is_bound and bool(value.errors)
    if issubclass(kind, BaseFormSet):
        return value.is_bound and not value.is_valid()
    return False


@register.simple_tag(takes_context=True)
def shows_form_errors(context):
    """Whether any form or formset the page renders was sent back with errors."""
    return any(_has_errors(value) for value in context.flatten().values())
