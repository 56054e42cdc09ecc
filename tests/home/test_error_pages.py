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


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body, content_type",
    [
        # more than DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) of form fields
        ("message=" + "x" * (3 * 1024 * 1024), "application/x-www-form-urlencoded"),
        # more than DATA_UPLOAD_MAX_NUMBER_FIELDS
        ("&".join(["a=1"] * 10_001), "application/x-www-form-urlencoded"),
        (
            '--b\r\nContent-Disposition: form-data; name="message"\r\n\r\n'
            + "x" * (3 * 1024 * 1024)
            + "\r\n--b--\r\n",
            "multipart/form-data; boundary=b",
        ),
    ],
    ids=["too large", "too many fields", "too large multipart"],
)
def test_a_form_post_too_large_to_read_gets_a_page_in_the_readers_language(
    client, seeded_site, body, content_type
):
    response = client.post("/ar/kontakt/", body, content_type=content_type)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        title = translation.gettext("The request could not be read")
    assert title != "The request could not be read"
    assert f"<h1>{title}</h1>" in html
