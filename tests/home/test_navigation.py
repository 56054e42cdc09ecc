import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContentPageFactory


def primary_nav(html):
    return re.search(r'<nav class="primary-nav".*?</nav>', html, re.S).group(0)


@pytest.mark.django_db
def test_primary_navigation_lists_menu_pages_and_marks_the_current_one(client, seeded_site):
    html = client.get("/de/ueber-das-gremium/").content.decode()
    nav = primary_nav(html)
    for title in ("Über das Gremium", "Grundsätze und Regeln für Einzelfälle", "Beratung finden"):
        assert title in nav
    assert 'href="/de/ueber-das-gremium/" aria-current="page"' in nav
    assert "Impressum" not in nav


@pytest.mark.django_db
def test_layout_has_skip_link_landmarks_and_one_h1(client, seeded_site):
    html = client.get("/de/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert html.count("<h1") == 1
    assert 'role="search"' in html
    assert '<html lang="de" dir="ltr">' in html


@pytest.mark.django_db
def test_footer_links_legal_pages_easy_language_and_contact(client, seeded_site):
    html = client.get("/de/beratung/").content.decode()
    footer = html[html.index("<footer") :]
    for href in (
        "/de/impressum/",
        "/de/datenschutz/",
        "/de/barrierefreiheit/",
        "/de/leichte-sprache/",
        "/de/kontakt/",
    ):
        assert f'href="{href}"' in footer


@pytest.mark.django_db
def test_breadcrumbs_show_the_path_below_the_home_page(client, seeded_site):
    parent = seeded_site.get_children().get(slug="ueber-das-gremium").specific
    child = ContentPageFactory(parent=parent, title="Mitglieder", slug="mitglieder")
    html = client.get(child.url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert 'href="/de/"' in crumbs
    assert 'href="/de/ueber-das-gremium/"' in crumbs
    assert '<span aria-current="page">Mitglieder</span>' in crumbs


# Page lookup, site, settings, menu, breadcrumbs, footer: a small constant.
QUERY_BUDGET = 20


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_navigation_queries_do_not_grow_with_the_number_of_pages(client, seeded_site):
    client.get("/de/ueber-das-gremium/")  # warm the settings and site caches
    before = count_queries(client, "/de/ueber-das-gremium/")
    for number in range(6):
        page = ContentPageFactory(parent=seeded_site, title=f"Menüseite {number}")
        page.show_in_menus = True
        page.save_revision().publish()
    after = count_queries(client, "/de/ueber-das-gremium/")
    html = client.get("/de/ueber-das-gremium/").content.decode()
    assert "Menüseite 5" in primary_nav(html)
    assert after == before
    assert after <= QUERY_BUDGET
