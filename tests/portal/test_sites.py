"""Every request is answered by the site Wagtail itself would choose for its host and port,
remembered by each process until a site changes."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from home.models import ContentPage
from home.selectors import PageUrls
from pagecache.services import pagecache_invalidate, table_tags
from portal.sites import site_for_hostname

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "beirat.example", "andere.example"]
PORTS = [80, 443, 8080]

# (hostname, port, default) of the sites besides the seeded default site localhost:80.
SETUPS = {
    "only the default site": [],
    "a second hostname": [("beirat.example", 80, False)],
    "the hostname on two ports": [("beirat.example", 80, False), ("beirat.example", 8080, False)],
    "the default hostname on another port": [("localhost", 8080, False)],
    "the default site moved to the second hostname": [("beirat.example", 443, True)],
    "no default site": [("beirat.example", 80, False), ("beirat.example", 443, False)],
}


def wagtails_choice(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


@pytest.mark.parametrize("setup", SETUPS)
def test_the_site_is_the_one_wagtail_chooses(seeded_site, setup):
    root = Page.get_first_root_node()
    default = Site.objects.get(is_default_site=True)
    for hostname, port, is_default in SETUPS[setup]:
        if is_default or setup == "no default site":
            default.is_default_site = False
            default.save()
        Site.objects.create(
            hostname=hostname, port=port, root_page=root, is_default_site=is_default
        )
    for hostname in HOSTS:
        for port in PORTS:
            expected = wagtails_choice(hostname, port)
            assert site_for_hostname(hostname, port) == expected, (hostname, port)


def test_a_second_site_serves_its_own_pages(client, seeded_site, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "beirat.example"]
    about = Page.objects.get(slug="ueber-das-gremium")
    Site.objects.create(hostname="beirat.example", port=80, root_page=about)
    response = client.get("/de/", HTTP_HOST="beirat.example")
    assert response.status_code == 200
    assert "<h1>Über das Gremium</h1>" in response.content.decode()
    assert "<h1>Über das Gremium</h1>" not in client.get("/de/").content.decode()


# Each process remembers the answers; a changed site is seen on the next request.


def test_a_known_site_costs_no_query(seeded_site, django_assert_num_queries):
    site = site_for_hostname("localhost", 80)
    with django_assert_num_queries(0):
        assert site_for_hostname("localhost", 80) == site


def test_every_request_gets_a_site_and_root_page_of_its_own(seeded_site):
    first, second = site_for_hostname("localhost", 80), site_for_hostname("localhost", 80)
    assert first == second and first is not second
    first.root_page.specific  # noqa: B018 - Wagtail keeps it on the instance
    assert "specific" not in vars(second.root_page)


def test_the_root_page_is_read_afresh(seeded_site):
    home = site_for_hostname("localhost", 80).root_page
    # An edit that sends no signal at all: not even this reaches the remembered site.
    Page.objects.filter(pk=home.pk).update(title="Neue Startseite")
    assert site_for_hostname("localhost", 80).root_page.title == "Neue Startseite"


def test_a_new_site_is_seen_on_the_next_request(seeded_site):
    assert site_for_hostname("beirat.example", 80).hostname == "localhost"
    about = Page.objects.get(slug="ueber-das-gremium")
    Site.objects.create(hostname="beirat.example", port=80, root_page=about)
    assert site_for_hostname("beirat.example", 80).root_page == about


def test_a_deleted_site_is_not_served(seeded_site):
    about = Page.objects.get(slug="ueber-das-gremium")
    other = Site.objects.create(hostname="beirat.example", port=80, root_page=about)
    assert site_for_hostname("beirat.example", 80) == other
    other.delete()
    assert site_for_hostname("beirat.example", 80).hostname == "localhost"


def test_a_moved_default_flag_is_seen(seeded_site):
    default = Site.objects.get(is_default_site=True)
    root = default.root_page
    other = Site.objects.create(hostname="beirat.example", port=80, root_page=root)
    assert site_for_hostname("andere.example", 80) == default
    default.is_default_site = False
    default.save()
    other.is_default_site = True
    other.save()
    assert site_for_hostname("andere.example", 80) == other


def test_a_site_saved_by_another_process_is_seen_through_the_shared_stamp(seeded_site):
    """Another process's signal handlers reach this one only through the shared cache."""
    assert site_for_hostname("beirat.example", 80).hostname == "localhost"
    about = Page.objects.get(slug="ueber-das-gremium")
    # The row arrives without any signal in this process …
    Site.objects.bulk_create([Site(hostname="beirat.example", port=80, root_page=about)])
    assert site_for_hostname("beirat.example", 80).hostname == "localhost"
    # … and the other process's handler writes the sites table's stamp.
    pagecache_invalidate(tags=table_tags(Site._meta.db_table))
    assert site_for_hostname("beirat.example", 80).root_page == about


def test_pagecache_clear_counts_the_sites_as_changed(seeded_site):
    site_for_hostname("beirat.example", 80)
    about = Page.objects.get(slug="ueber-das-gremium")
    Site.objects.bulk_create([Site(hostname="beirat.example", port=80, root_page=about)])
    call_command("pagecache_clear", stdout=StringIO())
    assert site_for_hostname("beirat.example", 80).root_page == about


def test_without_a_cache_that_keeps_stamps_nothing_is_remembered(seeded_site, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pagecache": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    assert site_for_hostname("beirat.example", 80).hostname == "localhost"
    about = Page.objects.get(slug="ueber-das-gremium")
    Site.objects.bulk_create([Site(hostname="beirat.example", port=80, root_page=about)])
    assert site_for_hostname("beirat.example", 80).root_page == about


# Links on a page that belongs to two sites.


@pytest.mark.parametrize("host", ["localhost", "beirat.example"])
def test_links_under_two_sites_are_wagtails_on_each(seeded_site, settings, host):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "beirat.example"]
    about = Page.objects.get(slug="ueber-das-gremium")
    about.add_child(instance=ContentPage(title="Mitglieder", slug="mitglieder"))
    Site.objects.create(hostname="beirat.example", port=80, root_page=about)
    request = RequestFactory().get("/de/", HTTP_HOST=host)
    urls = PageUrls(request)
    pages = Page.objects.live().exclude(depth=1).specific()
    with translation.override("de"):
        for page in pages:
            assert urls(page.url_path) == page.get_url(request=request), page.url_path
        # Each site links the pages of both on its own host.
        expected = {
            "localhost": "/de/ueber-das-gremium/mitglieder/",
            "beirat.example": "/de/mitglieder/",
        }
        assert urls(about.url_path + "mitglieder/") == expected[host]
