"""The switcher's cost and its behaviour on views that are not Wagtail pages."""

import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext, override_script_prefix
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage
from home.selectors import PageUrls
from tests.i18n.conftest import find_all, parse_html

TAGS = Template("{% load language_tags %}{% language_switcher %}{% alternate_links %}")


def render_tags(page, path, language="de"):
    request = RequestFactory().get(path)
    with translation.override(language), CaptureQueriesContext(connection) as queries:
        html = TAGS.render(Context({"request": request, "page": page}))
    return html, len(queries)


def switcher_links(html):
    links = [
        element
        for element in parse_html(html)
        if element.tag == "a" and "hreflang" in element.attrs
    ]
    return {link.attrs["hreflang"]: link.attrs["href"] for link in links}


@pytest.mark.django_db
def test_switcher_costs_the_same_queries_for_twelve_versions_as_for_one(multilingual_site):
    about = Page.objects.get(locale__language_code="de", slug="ueber-das-gremium")
    # A German page added outside the admin has no counterpart in any other language yet.
    lonely = multilingual_site.add_child(instance=ContentPage(title="Neu", slug="neu"))
    assert Page.objects.filter(translation_key=lonely.translation_key).count() == 1
    assert Page.objects.filter(translation_key=about.translation_key).count() == 12
    Site.find_for_request(RequestFactory().get("/"))
    about.get_url()  # site root paths are cached for every request, not per page

    about_html, about_queries = render_tags(about, "/de/ueber-das-gremium/")
    lonely_html, lonely_queries = render_tags(lonely, "/de/neu/")

    assert about_queries == lonely_queries
    assert about_queries <= 3
    assert switcher_links(about_html)["ar"] == "/ar/ueber-das-gremium/"
    # Without a counterpart the link leads to that language's home page.
    assert switcher_links(lonely_html)["ar"] == "/ar/"
    assert switcher_links(lonely_html)["de"] == "/de/neu/"


@pytest.mark.django_db
def test_views_without_a_page_swap_the_language_prefix_of_the_path(multilingual_site):
    html, queries = render_tags(None, "/de/antrag/schritt-2/", language="de")
    links = switcher_links(html)
    assert links["ar"] == "/ar/antrag/schritt-2/"
    assert links["ti"] == "/ti/antrag/schritt-2/"
    assert links["de"] == "/de/antrag/schritt-2/"
    assert queries == 0
    alternates = find_all(parse_html(html), "link", rel="alternate")
    assert {link.attrs["hreflang"]: link.attrs["href"] for link in alternates}["x-default"] == (
        "http://testserver/de/antrag/schritt-2/"
    )


@pytest.mark.django_db
def test_centre_pages_keep_their_sub_path_in_every_language(client, multilingual_site):
    links = switcher_links(client.get("/fa/beratung/diakonie/").content.decode())
    assert links["uk"] == "/uk/beratung/diakonie/"
    assert links["de"] == "/de/beratung/diakonie/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_links_lead_where_wagtail_links_every_page(multilingual_site, language):
    """Menus, footers and the switcher link each page by its url_path alone, as Wagtail does."""
    request = RequestFactory().get(f"/{language}/")
    urls = PageUrls(request)
    pages = Page.objects.live().exclude(depth=1).specific()
    assert pages.count() > 100
    with translation.override(language):
        for page in pages:
            assert urls(page.url_path) == page.get_url(request=request), page.url_path


@pytest.mark.django_db
def test_links_follow_the_script_prefix_from_one_request_to_the_next(client, multilingual_site):
    def menu_links():
        html = client.get("/de/").content.decode()
        nav = re.search(r'<nav class="primary-nav".*?</nav>', html, re.S).group(0)
        return re.findall(r'href="([^"]+)"', nav)

    assert "/de/ueber-das-gremium/" in menu_links()
    # As a WSGI server sets it for a portal mounted below /portal/.
    with override_script_prefix("/portal/"):
        assert "/portal/de/ueber-das-gremium/" in menu_links()
    assert "/de/ueber-das-gremium/" in menu_links()


@pytest.mark.django_db
def test_links_follow_a_new_site(multilingual_site):
    german = Locale.objects.get(language_code="de")
    extra = Page.get_first_root_node().add_child(
        instance=HomePage(title="Extra", slug="extra", locale=german)
    )

    def urls():
        request = RequestFactory().get("/de/")
        return PageUrls(request)(extra.url_path), extra.get_url(request=request)

    assert urls() == (None, None)
    Site.objects.create(hostname="extra.example", port=80, root_page=extra)
    assert urls() == ("http://extra.example/de/", "http://extra.example/de/")
