import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from home.models import HomePage
from home.views import server_error
from tests.home.conftest import german


@pytest.mark.django_db
def test_404_is_in_the_site_look_and_the_readers_language(client, seeded_site):
    response = client.get("/en/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "<h1>Page not found</h1>" in html
    assert 'class="site-header"' in html and "<footer" in html
    assert 'href="/en/suche/"' in html


@pytest.mark.django_db
def test_404_in_german_tree(client, seeded_site):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert '<html lang="de"' in response.content.decode()


def test_500_renders_without_touching_the_database(django_db_blocker):
    request = RequestFactory().get("/ar/")
    with django_db_blocker.block(), translation.override("ar"):
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "/static/css/site.css" in html
    assert "<h1>" in html


@pytest.mark.django_db
def test_500_handler_is_wired(seeded_site, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/de/")
    assert response.status_code == 500
    html = response.content.decode()
    assert f"<h1>{german('Something went wrong')}</h1>" in html
    assert "boom" not in html
