import pytest
from wagtail.models import Locale

from tests.factories import ContentPageFactory


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
