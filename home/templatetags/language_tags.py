"""Language switcher, hreflang alternates, the notice on pages not yet translated, and the
lang/dir marking of text in another language than the page's.

All three read one list of language versions per request, built from the page's surroundings
(``home.selectors``): every live page that shares the current page's translation key, and the
home pages as the fallback for a language that has no counterpart, so the cost does not grow
with the number of languages.
"""

import re
from dataclasses import dataclass
from functools import cache

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from home.selectors import PageLink, page_surroundings
from portal.languages import RTL_LANGUAGES, SOURCE_LANGUAGE

register = template.Library()

# Every right-to-left language here is written in Arabic script; Tigrinya in Ethiopic.
FONT_STYLESHEETS = {
    **dict.fromkeys(RTL_LANGUAGES, "css/fonts-arabic.css"),
    "ti": "css/fonts-ethiopic.css",
}


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool

    @property
    def direction(self):
        return "rtl" if self.code in RTL_LANGUAGES else "ltr"


@cache
def _native_name(code):
    # Django's language data does not change while the process runs.
    return get_language_info(code)["name_local"]


def _active_language():
    return (get_language() or SOURCE_LANGUAGE).split("-")[0]


def _swap_prefix(path, current, code):
    """The same path under another language prefix (for views that are not Wagtail pages)."""
    translated = translate_url(path, code)
    if translated != path or current == code:
        return translated
    prefix = f"/{current}/"
    if path.startswith(prefix):
        return f"/{code}/{path[len(prefix) :]}"
    return f"/{code}/"


def _page_urls(request, page):
    """URL of the page's counterpart in every language; the home page where there is none."""
    surroundings = page_surroundings(request, page)
    # A routable page serves sub-paths (a centre under the finder): keep them.
    own_url = page.get_url(request) or ""
    suffix = request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""

    urls = {}
    for code, _name in settings.LANGUAGES:
        if code in surroundings.versions:
            url = surroundings.versions[code].url
            urls[code] = url + suffix if url else None
        elif code in surroundings.homes:
            urls[code] = surroundings.homes[code].url
        else:
            urls[code] = None
    return urls


def language_versions(context):
    """The page (or path) in every configured language, computed once per request."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    cache_key = (page.pk if isinstance(page, Page) else None, request.path)
    cached = getattr(request, "_language_versions", None)
    if cached and cached[0] == cache_key:
        return cached[1]

    current = _active_language()
    urls = _page_urls(request, page) if isinstance(page, Page) else {}
    versions = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code) or _swap_prefix(request.path, current, code)
        versions.append(
            LanguageVersion(
                code=code,
                name=_native_name(code),
                url=url,
                current=code == current,
            )
        )
    request._language_versions = (cache_key, versions)
    return versions


def _page_language(context, page):
    """The language of the page's title and content: its original's for a synced copy."""
    if page.alias_of_id:
        return SOURCE_LANGUAGE
    request = context.get("request")
    # The page's surroundings have read its locale already; page.locale would ask again.
    language = request is not None and page_surroundings(request, page).language
    return language or page.locale.language_code


def text_language(context, source):
    """The language of what ``source`` shows: a Page, a PageLink or a language code."""
    if isinstance(source, PageLink):
        return SOURCE_LANGUAGE if source.alias_of_id else source.language_code
    if isinstance(source, Page):
        return _page_language(context, source)
    return source if isinstance(source, str) and source else _active_language()


def _shows_source_text(context):
    """True for a page whose content is not (yet) in the reader's language."""
    page = context.get("page")
    return isinstance(page, Page) and _page_language(context, page) != _active_language()


def _direction(code):
    return "rtl" if code in RTL_LANGUAGES else "ltr"


@register.simple_tag(takes_context=True)
def lang_attrs(context, source):
    """` lang="xx"` (and `dir` where the direction differs) for text in another language than
    the page's, so screen readers switch voice and the text runs the right way; else ''."""
    code = text_language(context, source)
    current = _active_language()
    if code == current:
        return ""
    if _direction(code) == _direction(current):
        return format_html(' lang="{}"', code)
    return format_html(' lang="{}" dir="{}"', code, _direction(code))


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"versions": language_versions(context)}


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context.get("request")
    versions = language_versions(context)
    links = [
        {"hreflang": version.code, "href": request.build_absolute_uri(version.url)}
        for version in versions
    ]
    default = next((link for link in links if link["hreflang"] == SOURCE_LANGUAGE), None)
    return {"links": links, "default": default}


@register.simple_tag(takes_context=True)
def font_stylesheet(context):
    """Path of the stylesheet with the web font the active language needs, or ''."""
    return FONT_STYLESHEETS.get(_active_language(), "")


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """The notice on a page shown in another language, with the languages it is written in."""
    if not _shows_source_text(context):
        return {"show": False}
    request = context.get("request")
    page = context["page"]
    versions = page_surroundings(request, page).versions if request is not None else {}
    written = {code for code, row in versions.items() if not row.alias_of_id}
    written.add(_page_language(context, page))
    return {
        "show": True,
        "versions": [
            version
            for version in language_versions(context)
            if version.code in written and not version.current
        ],
    }


@register.simple_tag(takes_context=True)
def reader_lang_attrs(context, source):
    """The reader's lang/dir for interface text inside text marked with ``lang_attrs source``
    (a label in a German block of a German page shown to an Arabic reader); else ''."""
    if text_language(context, source) == _active_language():
        return ""
    current = _active_language()
    return format_html(' lang="{}" dir="{}"', current, _direction(current))


# Arabic script writes lists with the Arabic comma; a Latin comma between Arabic words sits
# on the wrong side of a right-to-left line and reads as a stray mark.
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ps", "ckb"})


@register.simple_tag
def list_separator():
    """The separator between items of a list in the reader's language."""
    return "، " if _active_language() in ARABIC_SCRIPT_LANGUAGES else ", "


@register.filter(needs_autoescape=True)
def join_list(items, autoescape=True):
    """``items`` as a list in the reader's language: "Arabisch، Farsi" for an Arabic reader."""
    escape = conditional_escape if autoescape else str
    return mark_safe(list_separator().join(escape(item) for item in items))  # noqa: S308 - escaped


# The catalogues keep a German legal term in brackets beside its gloss ("... (Duldung)"), as
# the glossaries ask. In a language not written in Latin script a bracketed Latin word can only
# be such a term; in one written in Latin script it cannot be told from the reader's own words.
_BRACKETED_LATIN_WORD = re.compile(r"\(([A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*)\)")
LATIN_SCRIPT_LANGUAGES = frozenset({"de", "en", "fr", "tr", "kmr"})


@register.filter(needs_autoescape=True)
def german_terms(value, autoescape=True):
    """``value`` with the German terms it keeps in brackets marked as German and isolated, so
    that a screen reader reads them in German and they keep their place in right-to-left
    text."""
    escaped = conditional_escape(value) if autoescape else str(value)
    if _active_language() in LATIN_SCRIPT_LANGUAGES:
        return escaped
    return mark_safe(  # noqa: S308 - the text is escaped; the word matched is letters only
        _BRACKETED_LATIN_WORD.sub(r'(<bdi lang="de">\1</bdi>)', str(escaped))
    )


@register.filter
def bdi(value):
    """``value`` isolated from the text around it, so a Latin name or number inside a
    right-to-left sentence keeps its order ("VMDO e.V.", not ".VMDO e.V")."""
    if value in (None, ""):
        return ""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def isolate(value):
    """``value`` between the Unicode first-strong isolate marks (FSI … PDI): its direction is
    taken from its own first letter. For the PDF flyer, whose renderer honours these marks but
    not ``<bdi>``; a Latin name in an Arabic heading stays "VMDO e.V.", not ".VMDO e.V"."""
    if value in (None, ""):
        return ""
    return f"\u2068{value}\u2069"
