"""Search queries over the pages and advice centres of one language."""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from advice_centers.models import AdviceCenter
from search.backend import text_search_config


def _backend(language_code):
    # PostgreSQL stems the query in the reader's language, as the index stemmed that
    # language's pages; the other databases ignore the setting.
    return get_search_backend("default", SEARCH_CONFIG=text_search_config(language_code))


def _title_first(objects, *, terms, title):
    """Objects with a query word at the start of a word of their title first, each group in
    the backend's order: a page named after the word is what the reader looks for, even where
    another page repeats the word more often (and SQLite's ranking weighs no field higher)."""
    words = [word.casefold() for word in terms.split()]

    def title_hit(obj):
        title_words = title(obj).casefold().split()
        return any(tw.startswith(w) or w.startswith(tw) for w in words for tw in title_words if tw)

    return sorted(objects, key=lambda obj: not title_hit(obj))


def pages_search(*, terms, locale):
    pages = _backend(locale.language_code).search(
        terms, Page.objects.live().public().filter(locale=locale).specific()
    )
    return _title_first(list(pages), terms=terms, title=lambda page: page.title)


def centers_search(*, terms, locale):
    centers = _backend(locale.language_code).search(
        terms, AdviceCenter.objects.filter(locale_id=locale.id)
    )
    return _title_first(list(centers), terms=terms, title=lambda center: center.name)
