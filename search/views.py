"""Site-wide search over the pages and the advice centres of the reader's language.

An app of its own because it reads every public app; none of them needs to know about it.
"""

import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.html import format_html, strip_tags
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from advice_centers.models import AdviceCenterIndexPage
from advice_centers.selectors import centers_text_languages
from portal.languages import SOURCE_LANGUAGE
from search.selectors import centers_search, pages_search

SEARCH_PAGE_SIZE = 10
SEARCH_QUERY_MAX_LENGTH = 200


def search_query(text):
    """The words as the reader typed them, without control characters (a NUL ends the
    database's full-text query early) and at most SEARCH_QUERY_MAX_LENGTH long."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return text.strip()[:SEARCH_QUERY_MAX_LENGTH]


def search_terms(query):
    """The query as the search backend gets it. SQLite's full-text backend puts each word in
    double quotes without escaping them, so a quote inside a word breaks its query syntax;
    the site offers no phrase search, so quotes carry no meaning here."""
    return " ".join(query.replace('"', " ").split())


@require_GET
def search(request):
    typed = request.GET.get("q", "")
    query = search_query(typed)
    terms = search_terms(query)
    locale = Locale.get_active()
    pages = centers = []
    finder = None
    if terms:
        pages = pages_search(terms=terms, locale=locale)
        centers = centers_search(terms=terms, locale=locale)
        finder = AdviceCenterIndexPage.objects.live().filter(locale=locale).first()
    results = []
    for page in pages:
        # A synced copy (an alias) shows its German original's title and text.
        language = SOURCE_LANGUAGE if page.alias_of_id else locale.language_code
        results.append(
            {
                "title": page.title,
                "url": page.url,
                "text": _page_summary(page),
                "title_language": language,
                "text_language": language,
            }
        )
    if finder is not None:
        results += [
            {
                "title": center.name,
                "url": finder.url_for_center(center),
                "text": center.description,
                "title_language": center.name_language,
                "text_language": center.description_language,
            }
            for center in centers_text_languages(centers, language_code=locale.language_code)
        ]
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        results_page = paginator.page(1)
    return TemplateResponse(
        request,
        "search/search_results.html",
        {
            "query": query,
            # Isolated, so that a query mixing right-to-left and left-to-right words
            # does not reorder the sentence around it.
            "query_isolated": format_html("<bdi>{}</bdi>", query),
            "results": results_page,
            "count": len(results),
            "shortened": len(typed.strip()) > SEARCH_QUERY_MAX_LENGTH,
            "max_length": SEARCH_QUERY_MAX_LENGTH,
        },
    )


def _page_summary(page):
    text = getattr(page, "search_description", "") or getattr(page, "intro", "")
    return strip_tags(str(text))
