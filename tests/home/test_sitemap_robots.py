from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree
from django.urls import resolve
from django.utils import translation
from wagtail.models import Locale

from advice_centers.models import AdviceCenterIndexPage
from tests.factories import AdviceCenterFactory, ContentPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    """{address: {hreflang: alternate address}} of every entry, read as XML."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        links = url.findall("x:link", NS)
        assert all(link.get("rel") == "alternate" for link in links)
        entries[url.findtext("s:loc", namespaces=NS)] = {
            link.get("hreflang"): link.get("href") for link in links
        }
    return entries


@pytest.fixture
def arabic_finder(seeded_site):
    """The home page and the finder translated into Arabic, with a centre in both languages
    and one only in German."""
    arabic = Locale.objects.get(language_code="ar")
    seeded_site.copy_for_translation(arabic).save_revision().publish()
    finder = AdviceCenterIndexPage.objects.get(locale__language_code="de")
    finder.copy_for_translation(arabic).save_revision().publish()
    hafen = AdviceCenterFactory(name="Beratung am Hafen", slug="hafen")
    translated = hafen.copy_for_translation(arabic)
    translated.name = "استشارات الميناء"
    translated.save()
    AdviceCenterFactory(name="Nur auf Deutsch", slug="nur-deutsch")
    return AdviceCenterIndexPage.objects.get(locale=arabic)


@pytest.mark.django_db
def test_sitemap_lists_live_public_pages(client, seeded_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for path in ("/de/", "/de/ueber-das-gremium/", "/de/beratung/", "/de/leichte-sprache/"):
        assert f"<loc>http://localhost{path}</loc>" in xml
    assert "/admin/" not in xml


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.django_db
def test_sitemap_covers_every_language_tree_but_not_drafts(client, seeded_site):
    home_en = seeded_site.copy_for_translation(Locale.objects.get(language_code="en"))
    home_en.save_revision().publish()
    draft = ContentPageFactory(parent=seeded_site, title="Entwurf", slug="entwurf", live=False)
    draft.save()
    xml = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<loc>http://localhost/en/</loc>" in xml
    assert "<loc>http://localhost/de/</loc>" in xml
    assert "entwurf" not in xml


@pytest.mark.django_db
def test_sitemap_lists_each_centre_in_every_language_it_exists_in(client, arabic_finder):
    entries = sitemap(client)
    german = "http://localhost/de/beratung/hafen/"
    arabic = "http://localhost/ar/beratung/hafen/"
    expected = {"de": german, "ar": arabic, "x-default": german}
    assert entries[german] == expected
    assert entries[arabic] == expected
    # Only in German: the Arabic finder would show the German text, so only German is listed.
    only_german = "http://localhost/de/beratung/nur-deutsch/"
    assert entries[only_german] == {"de": only_german, "x-default": only_german}
    assert "http://localhost/ar/beratung/nur-deutsch/" not in entries


@pytest.mark.django_db
def test_sitemap_lists_the_guide_and_the_pages_with_their_language_versions(client, arabic_finder):
    entries = sitemap(client)
    guide = {
        "de": "http://localhost/de/beratung/wegweiser/",
        "ar": "http://localhost/ar/beratung/wegweiser/",
    }
    assert entries[guide["de"]] == entries[guide["ar"]] == {**guide, "x-default": guide["de"]}
    home = {"de": "http://localhost/de/", "ar": "http://localhost/ar/"}
    assert entries[home["ar"]] == {**home, "x-default": home["de"]}
    # A page only in German has itself as its one language version.
    assert entries["http://localhost/de/kontakt/"] == {
        "de": "http://localhost/de/kontakt/",
        "x-default": "http://localhost/de/kontakt/",
    }


@pytest.mark.django_db
def test_every_address_in_the_sitemap_is_a_public_page_that_answers(client, arabic_finder):
    entries = sitemap(client)
    assert len(entries) > 10
    for address in entries:
        path = urlsplit(address).path
        # Pages and their routes only: no accounts, cases, committee or admin addresses.
        with translation.override(path.split("/")[1]):
            assert resolve(path).url_name == "wagtail_serve", address
        assert client.get(path).status_code == 200, address
    for alternates in entries.values():
        assert set(alternates.values()) <= set(entries)
