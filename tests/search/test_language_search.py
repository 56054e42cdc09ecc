import re

import pytest
from wagtail.models import Locale, Page

from tests.i18n.conftest import NEW_PAGE
from tests.ui import de

ABOUT_SLUG = "ueber-das-gremium"


def _about_page(language_code):
    german = Page.objects.get(slug=ABOUT_SLUG, locale__language_code="de")
    return german.get_translation(Locale.objects.get(language_code=language_code)).specific


def _distinctive_word(page):
    """The longest word of the page's introduction, as a reader would type it."""
    words = re.findall(r"\w+", str(getattr(page, "intro", "") or page.title))
    return max(words, key=len)


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["ar", "fa", "tr", "ti"])
def test_a_word_of_a_translated_page_finds_it(client, multilingual_site, language_code):
    page = _about_page(language_code)
    assert page.locale.language_code == language_code and not page.alias_of_id
    word = _distinctive_word(page)
    html = client.get(f"/{language_code}/suche/", {"q": word}).content.decode()
    assert f'href="{page.url}"' in html, word


@pytest.mark.django_db
def test_the_title_word_ranks_its_page_first(client, multilingual_site):
    html = client.get("/de/suche/", {"q": "Gremium"}).content.decode()
    links = re.findall(r'<h2><a href="([^"]+)"', html)
    assert links[0] == "/de/ueber-das-gremium/", links


@pytest.mark.django_db
def test_a_page_synced_from_german_is_found_by_its_german_words(client, untranslated_page):
    page = Page.objects.get(slug=NEW_PAGE["slug"], locale__language_code="ti").specific
    assert page.alias_of_id
    html = client.get("/ti/suche/", {"q": _distinctive_word(page)}).content.decode()
    assert f'href="{page.url}"' in html


@pytest.mark.django_db
@pytest.mark.postgresql
def test_postgresql_finds_inflected_german_words(client, multilingual_site):
    # German stemming (English, the server's default, leaves both words apart): the
    # singular finds the page that says "Entscheidungen".
    html = client.get("/de/suche/", {"q": "Entscheidung"}).content.decode()
    assert 'href="/de/ueber-das-gremium/"' in html


@pytest.mark.django_db
def test_an_absurdly_long_query_gets_a_normal_page(client, multilingual_site):
    response = client.get("/de/suche/", {"q": "Gremium " * 250})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="status"' in html
    assert 'href="/de/ueber-das-gremium/"' in html
    value = re.search(r'id="search-query" name="q" value="([^"]*)"', html).group(1)
    assert len(value) <= 200
    # The reader learns why the field holds less than they typed.
    shortened = de(
        "Your search was very long: it was shortened to its first %(max_length)s characters.",
        max_length=200,
    )
    assert shortened in html
    assert shortened not in client.get("/de/suche/", {"q": "Gremium"}).content.decode()


@pytest.mark.django_db
def test_a_query_mixing_writing_directions_stays_isolated(client, multilingual_site):
    word = _distinctive_word(_about_page("ar"))
    query = f"{word} Gremium 2024"
    response = client.get("/ar/suche/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<bdi>{query}</bdi>" in html
    assert 'dir="rtl"' in html


@pytest.mark.django_db
def test_an_unknown_language_prefix_gets_the_not_found_page(client, multilingual_site):
    # The prefix is taken for a German path, which does not exist.
    response = client.get("/xx/suche/", {"q": "Gremium"}, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert html.count("<h1") == 1 and 'lang="de"' in html
