"""Changes show on the next request at exactly the URLs they affect; the rest stays cached."""

import time

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from home.models import ContentPage, SiteLinks
from pagecache.services import (
    pagecache_invalidate,
    pagecache_lookup,
    pagecache_store,
    pagecache_tags,
)

pytestmark = pytest.mark.django_db

GERMAN = ["/de/", "/de/ueber-das-gremium/", "/de/beratung/", "/de/beratung/awo/", "/de/impressum/"]
# Languages the seed leaves as synced German copies (it translates en, ar, fa, tr and uk).
FALLBACKS = ["/ru/", "/ru/ueber-das-gremium/", "/fr/ueber-das-gremium/", "/fr/beratung/"]


@pytest.fixture
def warm(client, cached_site, alias_trees):
    """The German site and its synced fallbacks in ru and fr, every page cached."""
    alias_trees(["ru", "fr"])

    def fill(urls=GERMAN + FALLBACKS):
        for url in urls:
            client.get(url)
            assert client.get(url)["X-Cache"] == "HIT", url

    fill()
    return fill


def state(client, url):
    response = client.get(url)
    return response.get("X-Cache"), response.status_code, response.content.decode()


def publish(page, django_capture_on_commit_callbacks, **changes):
    page = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def about_page():
    return ContentPage.objects.get(locale__language_code="de", slug="ueber-das-gremium")


def test_publishing_a_german_page_updates_it_and_its_synced_fallbacks_only(
    client, warm, django_capture_on_commit_callbacks
):
    publish(about_page(), django_capture_on_commit_callbacks, intro="Neue Einleitung 2026")
    for url in ["/de/ueber-das-gremium/", "/ru/ueber-das-gremium/", "/fr/ueber-das-gremium/"]:
        cache_state, status, html = state(client, url)
        assert (cache_state, status) == ("MISS", 200), url
        assert "Neue Einleitung 2026" in html, url
    # Untouched pages in every language stay cached.
    for url in ["/de/beratung/", "/de/beratung/awo/", "/de/impressum/", "/fr/beratung/"]:
        assert state(client, url)[0] == "HIT", url
    # The new version is cached again right away.
    assert state(client, "/ru/ueber-das-gremium/")[0] == "HIT"


def test_saving_a_draft_keeps_the_published_page_cached(
    client, warm, django_capture_on_commit_callbacks
):
    page = about_page()
    page.intro = "Nur ein Entwurf"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    cache_state, _status, html = state(client, "/de/ueber-das-gremium/")
    assert cache_state == "HIT"
    assert "Nur ein Entwurf" not in html


def test_a_new_title_reaches_the_navigation_of_every_page(
    client, warm, django_capture_on_commit_callbacks
):
    publish(about_page(), django_capture_on_commit_callbacks, title="Wer wir sind")
    for url in GERMAN + FALLBACKS:
        cache_state, _status, html = state(client, url)
        assert cache_state == "MISS", url
        assert "Wer wir sind" in html, url


def test_unpublishing_removes_the_page_and_its_menu_entry(
    client, warm, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about_page().unpublish()
    assert client.get("/de/ueber-das-gremium/").status_code == 404
    assert "Über das Gremium" not in state(client, "/de/beratung/")[2]


def test_moving_a_page_changes_its_address_everywhere(
    client, warm, django_capture_on_commit_callbacks
):
    target = ContentPage.objects.get(locale__language_code="de", slug="beratung-bekommen")
    with django_capture_on_commit_callbacks(execute=True):
        about_page().move(target, pos="last-child")
    # The old address now redirects to the new one instead of showing a cached copy.
    old = client.get("/de/ueber-das-gremium/")
    assert old.status_code == 301
    assert old["Location"] == "/de/beratung-bekommen/ueber-das-gremium/"
    assert client.get("/de/beratung-bekommen/ueber-das-gremium/").status_code == 200
    assert 'href="/de/ueber-das-gremium/"' not in state(client, "/de/")[2]


def test_deleting_a_page_removes_it_everywhere(client, warm, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(locale__language_code="fr", slug="ueber-das-gremium").delete()
        about_page().delete()
    assert client.get("/de/ueber-das-gremium/").status_code == 404
    assert client.get("/fr/ueber-das-gremium/").status_code == 404
    assert "Über das Gremium" not in state(client, "/de/")[2]


def test_changing_an_advice_centre_updates_the_pages_that_show_it(
    client, warm, django_capture_on_commit_callbacks
):
    client.get("/de/beratung-bekommen/")
    assert state(client, "/de/beratung-bekommen/")[0] == "HIT"
    center = AdviceCenter.objects.get(locale__language_code="de", slug="awo")
    center.name = "AWO Beratungszentrum Nord"
    with django_capture_on_commit_callbacks(execute=True):
        center.save()
    for url in ["/de/beratung/", "/de/beratung/awo/", "/de/beratung-bekommen/"]:
        cache_state, _status, html = state(client, url)
        assert cache_state == "MISS", url
        assert "AWO Beratungszentrum Nord" in html, url
    # Pages without centres keep their cached copy.
    for url in ["/de/", "/de/ueber-das-gremium/", "/ru/ueber-das-gremium/"]:
        assert state(client, url)[0] == "HIT", url


def test_deleting_an_advice_centre_removes_its_page(
    client, warm, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        AdviceCenter.objects.get(locale__language_code="de", slug="awo").delete()
    assert client.get("/de/beratung/awo/").status_code == 404
    assert 'href="/de/beratung/awo/"' not in state(client, "/de/beratung/")[2]


def test_changing_the_site_links_updates_every_footer(
    client, warm, django_capture_on_commit_callbacks
):
    links = SiteLinks.objects.get()
    links.imprint_page = None
    with django_capture_on_commit_callbacks(execute=True):
        links.save()
    for url in GERMAN:
        cache_state, _status, html = state(client, url)
        assert cache_state == "MISS", url
        footer = html.split("<footer", 1)[1]
        assert 'href="/de/impressum/"' not in footer, url


def test_a_page_rendered_while_its_data_changed_is_never_served(page_cache):
    """The render began before the change; storing it afterwards must not make it current."""
    started = time.time_ns()
    pagecache_invalidate(tags={"table:advice_centers_advicecenter"})
    tags = {"site", "table:advice_centers_advicecenter"}
    pagecache_store(key="k", started=started, tags=tags, response=HttpResponse(b"old"))
    assert pagecache_lookup(key="k") is None
    pagecache_store(key="k", started=time.time_ns(), tags=tags, response=HttpResponse(b"new"))
    assert pagecache_lookup(key="k")[2] == b"new"


def test_a_lost_tag_counts_as_a_change(page_cache):
    started = time.time_ns()
    pagecache_store(key="k", started=started, tags={"site"}, response=HttpResponse(b"x"))
    assert pagecache_lookup(key="k") is not None
    caches["pagecache"].delete("pagecache:tag:site")
    assert pagecache_lookup(key="k") is None


def test_only_tables_of_models_become_tags():
    """A name a query gives itself (WITH ...) is no table anything could change."""
    tables = {"advice_centers_advicecenter", "alias_chain", "wagtailcore_page"}
    assert pagecache_tags(page_key="k", tables=tables) == {
        "site",
        "page:k",
        "table:advice_centers_advicecenter",
    }
