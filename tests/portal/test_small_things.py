"""Small things a reader on a cheap phone notices: the icon, the description, the language
the browser asks for, and a title that says when a form came back with errors."""

import html
import re

import pytest
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Locale

from home.models import ContentPage
from portal import django_internals
from tests.cases.helpers import login_verified
from tests.ui import de

REGISTER = "/de/accounts/register/"
CONTACT = "/de/kontakt/"


def title(response):
    return html.unescape(re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1])


def meta_description(response):
    found = re.search(r'<meta name="description" content="([^"]*)">', response.content.decode())
    return html.unescape(found[1]) if found else None


# The icon ----------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/favicon.ico", "image/x-icon"), ("/apple-touch-icon.png", "image/png")],
)
def test_the_icons_answer_at_the_site_root(client, path, content_type):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    body = b"".join(response.streaming_content)
    assert 0 < len(body) <= 4096
    assert "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_icons_answer_with_the_page_cache_on_and_are_not_stored_in_it(client, page_cache):
    for _ in range(2):
        for path in ("/favicon.ico", "/apple-touch-icon.png"):
            response = client.get(path)
            assert response.status_code == 200
            assert response["Content-Type"].startswith("image/")
            assert response.get("X-Cache") != "HIT"
    assert django_internals.locmem_cache_entries(caches["pagecache"]) == []


@pytest.mark.django_db
def test_every_page_links_its_icons(client, seeded_site):
    page = client.get("/de/").content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in page
    assert '<link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml">' in page
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in page


# The description ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_page_is_described_by_its_introduction_cut_at_a_word(client, seeded_site):
    page = ContentPage.objects.live().filter(locale=seeded_site.locale).first()
    page.search_description = ""
    page.intro = "Das Gremium <berät> " + "Menschen mit Duldung in Dortmund, " * 10
    page.save_revision().publish()

    description = meta_description(client.get(page.url))
    assert description.startswith("Das Gremium <berät> Menschen mit Duldung")
    assert len(description) <= 160
    assert description.endswith("…")
    # Whole words only: the text breaks off where the introduction has a space or a comma.
    cut = description.removesuffix("…")
    assert page.intro.startswith(cut)
    assert page.intro[len(cut)] in " ,"


@pytest.mark.django_db
def test_the_search_description_wins_over_the_introduction(client, seeded_site):
    seeded_site.search_description = "Beratung für Menschen mit Duldung."
    seeded_site.save_revision().publish()
    assert meta_description(client.get("/de/")) == "Beratung für Menschen mit Duldung."


@pytest.mark.django_db
def test_the_home_page_has_a_description_in_german_and_in_arabic(client, seeded_site):
    german = meta_description(client.get("/de/"))
    assert german and len(german) <= 160

    arabic_home = seeded_site.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic_home.search_description = ""
    arabic_home.intro = "اللجنة الاستشارية تقدم المشورة للأشخاص الذين لديهم وثيقة تسامح."
    arabic_home.save_revision().publish()
    arabic = meta_description(client.get("/ar/"))
    assert arabic == "اللجنة الاستشارية تقدم المشورة للأشخاص الذين لديهم وثيقة تسامح."


@pytest.mark.django_db
def test_a_route_of_the_finder_does_not_borrow_the_finder_description(client, seeded_site):
    assert meta_description(client.get("/de/beratung/"))
    assert meta_description(client.get("/de/beratung/wegweiser/")) is None


# The language a browser asks for -------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "prefix"),
    [
        ("prs", "/fa/"),
        ("prs-AF", "/fa/"),
        ("fa-AF", "/fa/"),
        ("fa-IR", "/fa/"),
        ("ps-AF", "/ps/"),
        ("ku", "/kmr/"),
        ("ku-TR", "/kmr/"),
        ("ku-Latn-TR", "/kmr/"),
        ("ckb-IQ", "/ckb/"),
        ("prs-AF,de;q=0.5", "/fa/"),
        # Iraqi Kurdish may be either; the next language the browser names decides.
        ("ku-IQ,ar;q=0.8", "/ar/"),
    ],
)
def test_the_browser_language_chooses_the_reader_language(
    client, seeded_site, accept_language, prefix
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == prefix


@pytest.mark.django_db
def test_a_dari_browser_reads_the_farsi_pages(client, seeded_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="prs", follow=True)
    assert response.status_code == 200
    assert '<html lang="fa" dir="rtl">' in response.content.decode()


# The title of a page whose form has errors -----------------------------------------------------


def error_prefix(language="de"):
    with translation.override(language):
        return translation.gettext("Error:") + " "


@pytest.mark.django_db
def test_contact_form_with_errors_says_so_first_in_the_title(client, seeded_site):
    assert not title(client.get(CONTACT)).startswith(error_prefix())
    response = client.post(CONTACT, {"message": ""})
    assert 'class="error-summary"' in response.content.decode()
    assert title(response).startswith("Fehler: ")
    assert title(response).startswith(error_prefix())


@pytest.mark.django_db
def test_registration_with_errors_says_so_first_in_the_title(client, seeded_site):
    assert title(client.get(REGISTER)).startswith(f"{de('Request an advisor account')} – ")
    response = client.post(REGISTER, {"full_name": "", "email": "no address"})
    assert response.status_code == 200
    assert title(response).startswith(f"Fehler: {de('Request an advisor account')} – ")


@pytest.mark.django_db
def test_arabic_title_carries_the_arabic_prefix(client, seeded_site):
    response = client.post("/ar/accounts/register/", {"full_name": ""})
    assert title(response).startswith(error_prefix("ar"))
    assert error_prefix("ar") != error_prefix("en")


@pytest.mark.django_db
def test_intake_form_with_errors_says_so_first_in_the_title(client, advisor_a):
    login_verified(client, advisor_a)
    assert not title(client.get("/de/cases/new/")).startswith("Fehler:")
    response = client.post("/de/cases/new/", {})
    assert response.status_code == 200
    assert title(response).startswith("Fehler: ")


@pytest.mark.django_db
def test_withdrawal_without_confirmation_says_so_first_in_the_title(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    address = f"/de/cases/{case_a.reference}/withdraw/"
    assert not title(client.get(address)).startswith("Fehler:")
    response = client.post(address, {})
    assert 'aria-invalid="true"' in response.content.decode()
    assert title(response).startswith("Fehler: ")
