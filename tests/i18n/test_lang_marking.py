"""Text in another language than the page's is marked with lang (and dir where it differs),
so screen readers read it with the right voice (WCAG 3.1.2); the reader's own interface text
is never marked as German."""

import re

import pytest
from bs4 import BeautifulSoup

from demo import content as seed_content
from portal.languages import RTL_LANGUAGES
from tests.i18n.conftest import NEW_PAGE, seed_translation

# Function words of German that the portal's translations do not contain.
GERMAN_WORDS = re.compile(r"\b(der|die|das|und|für|mit|nicht|Sie|Ihre?)\b")
NOTICE_CLASS = "untranslated-notice"


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def language_of(element):
    """The language a screen reader uses for ``element``: its nearest lang attribute."""
    marked = element if element.has_attr("lang") else element.find_parent(attrs={"lang": True})
    return marked["lang"] if marked is not None else None


def direction_of(element):
    marked = element if element.has_attr("dir") else element.find_parent(attrs={"dir": True})
    return marked["dir"] if marked is not None else None


def german_texts(soup):
    """Every text of the visible page with German function words in it, skipping the
    language switcher (each name marked in its own language) and scripts."""
    for string in soup.body.find_all(string=GERMAN_WORDS):
        if string.find_parent(["script", "style"]) is None:
            yield string


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ar", "ti", "fr"])
@pytest.mark.parametrize(
    "path",
    [
        "",
        "ueber-das-gremium/",
        "beratung/",
        "beratung/awo/",
        "suche/?q=Sprechstunde",
        f"{NEW_PAGE['slug']}/",
    ],
)
def test_german_text_on_other_languages_pages_is_marked_german(
    client, untranslated_page, code, path
):
    soup = soup_of(client, f"/{code}/{path}")
    assert soup.html["lang"] == code
    assert soup.html["dir"] == ("rtl" if code in RTL_LANGUAGES else "ltr")
    found = list(german_texts(soup))
    if path == f"{NEW_PAGE['slug']}/":
        assert found, "the German page shows no German text: the check would prove nothing"
    for string in found:
        assert language_of(string.parent) == "de", f"{code}/{path}: {string.strip()[:80]!r}"
        assert direction_of(string.parent) == "ltr", f"{code}/{path}: {string.strip()[:80]!r}"


def page_links(soup):
    return [
        *soup.select("nav.primary-nav a"),
        *soup.select("nav.breadcrumbs a, nav.breadcrumbs [aria-current]"),
        *soup.select("footer nav a"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ti", "fr", "ps"])
def test_menu_and_breadcrumb_titles_of_synced_pages_are_marked_german(
    client, untranslated_page, code
):
    soup = soup_of(client, f"/{code}/{NEW_PAGE['slug']}/")
    synced = [link for link in page_links(soup) if link.get_text() == NEW_PAGE["title"]]
    assert len(synced) == 2  # the menu entry and the breadcrumb
    for link in synced:
        assert link["lang"] == "de", link
        assert link.get("dir") == ("ltr" if code in RTL_LANGUAGES else None), link
    translated = [link for link in page_links(soup) if link.get_text() != NEW_PAGE["title"]]
    assert len(translated) >= 8  # 4 menu entries, the home breadcrumb, 3 footer links
    for link in translated:
        assert language_of(link) == code, link


@pytest.mark.django_db
def test_translated_titles_are_unmarked_and_german_ones_marked_on_a_translated_page(
    client, untranslated_page
):
    links = {
        link.get_text(): link for link in page_links(soup_of(client, "/ar/ueber-das-gremium/"))
    }
    about = seed_translation("ar", seed_content.ABOUT["slug"], seed_content.ABOUT["title"])
    assert language_of(links[about]) == "ar"
    assert "lang" not in links[about].attrs
    # A page not yet translated is in the menu with its German title, marked.
    assert (links[NEW_PAGE["title"]]["lang"], links[NEW_PAGE["title"]]["dir"]) == ("de", "ltr")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ti", "fr", "ps"])
def test_fallback_page_marks_only_its_german_content(client, untranslated_page, code):
    soup = soup_of(client, f"/{code}/{NEW_PAGE['slug']}/")
    assert not soup.main.has_attr("lang")
    assert language_of(soup.find("h1")) == "de"
    assert language_of(soup.select_one("main p.intro")) == "de"
    notice = soup.find(class_=NOTICE_CLASS)
    assert notice is not None
    assert notice.find_parent(attrs={"lang": "de"}) is None
    assert language_of(notice) == code
    assert language_of(soup.select_one("nav.breadcrumbs")) == code


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ti", "ps"])
def test_notice_links_the_languages_the_page_is_written_in(client, untranslated_page, code):
    soup = soup_of(client, f"/{code}/{NEW_PAGE['slug']}/")
    notice = soup.find(class_=NOTICE_CLASS)
    links = {link["hreflang"]: link for link in notice.find_all("a")}
    # German and the one translation; not the synced copies.
    assert set(links) == {"de", "en"}
    for other, link in links.items():
        assert link["href"] == f"/{other}/{NEW_PAGE['slug']}/"
        assert link["lang"] == other
        assert link["dir"] == ("rtl" if other in RTL_LANGUAGES else "ltr")
    assert links["de"].get_text() == "Deutsch"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ar", "ti"])
def test_guide_in_every_language_makes_no_claim_to_be_german(client, multilingual_site, code):
    soup = soup_of(client, f"/{code}/beratung/wegweiser/")
    assert soup.find(class_=NOTICE_CLASS) is None
    assert not soup.main.has_attr("lang")
    assert language_of(soup.find("h1")) == code


@pytest.mark.django_db
def test_translated_and_german_pages_mark_nothing_as_another_language(client, multilingual_site):
    for url in ("/de/ueber-das-gremium/", "/ar/ueber-das-gremium/"):
        soup = soup_of(client, url)
        code = url.split("/")[1]
        assert soup.find(class_=NOTICE_CLASS) is None
        for element in soup.main.select("[lang]"):
            assert element["lang"] == code, element


@pytest.mark.django_db
def test_search_results_and_centres_show_which_language_their_texts_are_in(
    client, untranslated_page
):
    results = soup_of(client, "/ti/suche/?q=Sprechstunde").select(".search-results h2 a")
    assert [link.get_text() for link in results] == [NEW_PAGE["title"]]
    for link in results:
        assert link["lang"] == "de", link
    # Arabic centres have translated descriptions; the names stay as the organisations write them.
    cards = soup_of(client, "/ar/beratung/").select(".center-card")
    assert cards
    for card in cards:
        assert (card.h3.a["lang"], card.h3.a["dir"]) == ("de", "ltr")
        description = card.find("p", class_=False)
        assert description is not None and "lang" not in description.attrs


@pytest.mark.django_db
def test_contact_cards_mark_the_names_as_the_organisations_write_them(client, multilingual_site):
    cards = soup_of(client, "/ar/beratung-bekommen/").select(".contact-card")
    assert len(cards) == len(seed_content.CENTERS)
    for card in cards:
        assert (card.h2["lang"], card.h2["dir"]) == ("de", "ltr")
        description = card.find("p", class_=False, lang=False)
        assert description is not None and language_of(description) == "ar"
    for card in soup_of(client, "/de/beratung-bekommen/").select(".contact-card"):
        assert "lang" not in card.h2.attrs
