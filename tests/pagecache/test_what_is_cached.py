"""Which responses the page cache keeps and replays, and which it never touches."""

import pytest
from django.middleware.csrf import get_token
from wagtail import hooks

from tests.factories import AdviceCenterFactory

pytestmark = pytest.mark.django_db


def x_cache(client, url, **extra):
    return client.get(url, **extra).get("X-Cache")


def test_second_anonymous_visit_is_a_hit_with_the_same_page(client, cached_site):
    first = client.get("/de/ueber-das-gremium/")
    second = client.get("/de/ueber-das-gremium/")
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "de"


def test_public_pages_tell_proxies_they_may_cache_them(client, cached_site):
    for response in (client.get("/de/"), client.get("/de/")):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert "public" in directives
        assert "max-age=60" in directives
        assert "s-maxage=60" in directives


def test_every_language_is_cached_separately(client, cached_site, alias_trees):
    alias_trees(["ar", "fa"])
    german = client.get("/de/").content
    arabic = client.get("/ar/")
    assert arabic["X-Cache"] == "MISS"
    assert b'lang="ar"' in arabic.content and b'dir="rtl"' in arabic.content
    assert client.get("/ar/")["X-Cache"] == "HIT"
    assert client.get("/ar/").content != german
    assert x_cache(client, "/fa/beratung/") == "MISS"
    assert x_cache(client, "/fa/beratung/") == "HIT"


def test_query_strings_are_separate_pages_in_any_parameter_order(client, cached_site):
    assert x_cache(client, "/de/beratung/?language=fa&topic=work") == "MISS"
    assert x_cache(client, "/de/beratung/?topic=work&language=fa") == "HIT"
    assert x_cache(client, "/de/beratung/?language=ar") == "MISS"
    assert x_cache(client, "/de/beratung/") == "MISS"


def test_head_is_answered_from_the_cache(client, cached_site):
    client.get("/de/")
    response = client.head("/de/")
    assert response["X-Cache"] == "HIT"
    assert response.status_code == 200


def test_logged_in_users_never_get_or_fill_the_cache(client, cached_site, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x" * 16)
    client.force_login(editor)
    assert x_cache(client, "/de/") is None
    assert x_cache(client, "/de/") is None
    client.logout()
    # Nothing the logged-in visits rendered was kept for anonymous readers.
    assert x_cache(client, "/de/") == "MISS"
    assert x_cache(client, "/de/") == "HIT"
    client.force_login(editor)
    assert x_cache(client, "/de/") is None


def test_any_cookie_but_csrf_and_language_bypasses_the_cache(client, cached_site):
    client.get("/de/")
    client.cookies["csrftoken"] = "a" * 32
    client.cookies["django_language"] = "fa"
    assert x_cache(client, "/de/") == "HIT"
    client.cookies["sessionid"] = "anything"
    assert x_cache(client, "/de/") is None


def test_authorization_header_bypasses_the_cache(client, cached_site):
    client.get("/de/")
    assert x_cache(client, "/de/", HTTP_AUTHORIZATION="Basic eDp5") is None


def test_posts_are_never_cached_and_do_not_fill_it(client, cached_site):
    client.post("/de/", {"name": "x"})
    assert x_cache(client, "/de/") == "MISS"


def test_previews_are_not_cached(client, cached_site):
    for _ in range(2):
        assert x_cache(client, "/de/?preview=1") is None


@pytest.mark.parametrize(
    "url", ["/healthz", "/admin/login/", "/documents/1/x.pdf", "/captcha/refresh/"]
)
def test_non_page_urls_are_never_cached(client, cached_site, url):
    for _ in range(2):
        assert client.get(url).get("X-Cache") is None


def test_views_outside_wagtail_page_serving_are_not_stored(client, cached_site):
    # A language-prefixed URL that no page answers: Django's 404, never stored.
    for _ in range(2):
        response = client.get("/de/accounts/login/")
        assert response.get("X-Cache") == "MISS"


def test_missing_centre_is_not_cached(client, cached_site):
    for _ in range(2):
        response = client.get("/de/beratung/gibt-es-nicht/")
        assert response.status_code == 404
        assert response["X-Cache"] == "MISS"


def serving_hook(change):
    """Alter what Wagtail's page serving returns, as a page type or form would."""

    def wrap(next_serve):
        def serve(page, request, args, kwargs):
            response = next_serve(page, request, args, kwargs)
            change(request, response)
            return response

        return serve

    return hooks.register_temporarily("on_serve_page", wrap)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda request, response: response.set_cookie("seen", "1"), id="cookie"),
        pytest.param(lambda request, response: get_token(request), id="csrf-token"),
        pytest.param(
            lambda request, response: response.__setitem__("Cache-Control", "private"),
            id="private",
        ),
        pytest.param(
            lambda request, response: response.__setitem__("Vary", "Accept-Language"),
            id="vary-language",
        ),
        pytest.param(
            lambda request, response: setattr(response, "status_code", 400), id="form-errors"
        ),
    ],
)
def test_personal_or_odd_page_responses_are_not_stored(client, cached_site, change):
    with serving_hook(change):
        client.get("/de/")
        client.cookies.clear()
        second = client.get("/de/")
    assert second["X-Cache"] == "MISS"


def test_a_centre_page_is_cached_like_any_page(client, cached_site):
    AdviceCenterFactory(slug="neu", name="Neue Beratungsstelle")
    assert x_cache(client, "/de/beratung/neu/") == "MISS"
    response = client.get("/de/beratung/neu/")
    assert response["X-Cache"] == "HIT"
    assert "Neue Beratungsstelle" in response.content.decode()
