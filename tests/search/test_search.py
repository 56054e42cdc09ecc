import pytest
from wagtail.models import Locale

from tests.factories import AdviceCenterFactory, ContentPageFactory


@pytest.mark.django_db
def test_search_finds_pages_and_advice_centres(client, seeded_site):
    html = client.get("/de/suche/", {"q": "Diakonisches"}).content.decode()
    assert 'href="/de/beratung/diakonie/"' in html
    html = client.get("/de/suche/", {"q": "Gremium"}).content.decode()
    assert 'href="/de/ueber-das-gremium/"' in html
    assert "<h1>" in html and html.count("<h1") == 1


@pytest.mark.django_db
def test_search_without_hits_says_so(client, seeded_site):
    response = client.get("/de/suche/", {"q": "Quantenchromodynamik"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="status"' in html
    assert 'class="search-results"' not in html


@pytest.mark.django_db
def test_search_without_query_shows_the_form(client, seeded_site):
    html = client.get("/de/suche/").content.decode()
    assert 'id="search-query"' in html
    assert 'role="status"' not in html


@pytest.mark.django_db
def test_search_shows_only_the_active_language(client, seeded_site):
    english = Locale.objects.get(language_code="en")
    home_en = seeded_site.copy_for_translation(english)
    home_en.save_revision().publish()
    page = ContentPageFactory(parent=home_en, title="Residence committee", slug="committee")
    page.locale = english
    page.save_revision().publish()
    AdviceCenterFactory(name="Residence help centre", slug="awo", locale=english)
    html = client.get("/en/suche/", {"q": "Residence"}).content.decode()
    assert 'lang="en"' in html
    assert "Residence committee" in html
    german = client.get("/de/suche/", {"q": "Residence"}).content.decode()
    assert "Residence committee" not in german
    assert "Residence help centre" not in german


@pytest.mark.django_db
def test_search_ignores_draft_pages(client, seeded_site):
    page = ContentPageFactory(parent=seeded_site, title="Geheimentwurf", live=False)
    page.save()
    html = client.get("/de/suche/", {"q": "Geheimentwurf"}).content.decode()
    assert "Geheimentwurf</a>" not in html


@pytest.mark.django_db
def test_search_pages_through_long_result_lists(client, seeded_site):
    for number in range(12):
        ContentPageFactory(parent=seeded_site, title=f"Bleibeperspektive {number}")
    first = client.get("/de/suche/", {"q": "Bleibeperspektive"}).content.decode()
    assert first.count("<h2><a href=") == 10
    assert "page=2" in first
    second = client.get("/de/suche/", {"q": "Bleibeperspektive", "page": "2"})
    assert second.status_code == 200
    assert second.content.decode().count("<h2><a href=") == 2
    assert 'start="11"' in second.content.decode()
    assert client.get("/de/suche/", {"q": "x", "page": "abc"}).status_code == 200
    assert client.post("/de/suche/").status_code == 405
