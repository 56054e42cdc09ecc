"""Privacy set on a German page holds for its synced copies in every other language."""

import pytest
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage, HomePage
from tests.pagecache.conftest import add_alias_trees

pytestmark = pytest.mark.django_db

ABOUT_INTRO = "Das Gremium bringt die Ausländerbehörde"


def german(model, **filters):
    return model.objects.get(locale__language_code="de", **filters)


def restrict(page, kind, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)


def assert_login_required(client, url):
    response = client.get(url)
    assert response.status_code == 302, url
    assert "login" in response["Location"], url


def assert_password_required(client, url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200, url
    assert 'type="password"' in html, url
    assert ABOUT_INTRO not in html, url


@pytest.fixture
def site_with_copies(seeded_site):
    add_alias_trees(["ru", "fr"])
    return seeded_site


def test_about_page_shows_its_intro_while_public(client, site_with_copies):
    assert german(ContentPage, slug="ueber-das-gremium").intro.startswith(ABOUT_INTRO)
    for url in ["/de/ueber-das-gremium/", "/ru/ueber-das-gremium/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert ABOUT_INTRO in response.content.decode()


def test_login_restriction_on_a_german_page_protects_its_synced_copies(
    client, site_with_copies, django_user_model
):
    restrict(german(ContentPage, slug="ueber-das-gremium"), PageViewRestriction.LOGIN)
    for url in ["/de/ueber-das-gremium/", "/ru/ueber-das-gremium/", "/fr/ueber-das-gremium/"]:
        assert_login_required(client, url)
    # Its neighbours stay public.
    assert client.get("/ru/beratung/").status_code == 200

    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    response = client.get("/ru/ueber-das-gremium/")
    assert response.status_code == 200
    assert ABOUT_INTRO in response.content.decode()


def test_password_on_the_german_home_protects_every_synced_page_below_it(client, site_with_copies):
    restrict(german(HomePage), PageViewRestriction.PASSWORD, password="geheim")
    for url in ["/de/ueber-das-gremium/", "/ru/", "/ru/ueber-das-gremium/", "/fr/beratung/awo/"]:
        assert_password_required(client, url)


def test_an_alias_of_a_synced_copy_is_protected_by_the_original(client, site_with_copies):
    russian = Page.objects.get(locale__language_code="ru", slug="ueber-das-gremium")
    russian.specific.create_alias(update_slug="beirat")
    restrict(german(ContentPage, slug="ueber-das-gremium"), PageViewRestriction.LOGIN)
    assert_login_required(client, "/ru/beirat/")


def test_a_restriction_on_an_alias_itself_has_no_effect_as_in_wagtail(client, site_with_copies):
    restrict(
        Page.objects.get(locale__language_code="ru", slug="ueber-das-gremium"),
        PageViewRestriction.LOGIN,
    )
    assert client.get("/ru/ueber-das-gremium/").status_code == 200


def test_restrictions_are_those_wagtail_finds_for_every_page(site_with_copies):
    russian_about = Page.objects.get(locale__language_code="ru", slug="ueber-das-gremium")
    russian_about.specific.create_alias(update_slug="beirat")
    on_about = restrict(german(ContentPage, slug="ueber-das-gremium"), PageViewRestriction.LOGIN)
    on_home = restrict(german(HomePage), PageViewRestriction.PASSWORD, password="geheim")
    restrict(russian_about, PageViewRestriction.LOGIN)
    found = {}
    for page in Page.objects.exclude(depth=1).specific():
        ours = set(page.get_view_restrictions())
        assert ours == set(Page.get_view_restrictions(page)), page.url_path
        found[page.url_path] = ours
    assert found["/startseite-ru/ueber-das-gremium/"] == {on_about, on_home}
