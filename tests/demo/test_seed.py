from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from advice_centers.models import AdviceCenter
from demo import content


def snapshot():
    pages = sorted(
        Page.objects.values_list("id", "title", "slug", "live", "latest_revision_id", "path")
    )
    centers = sorted(AdviceCenter.objects.values_list("id", "name", "slug", "postcode", "city"))
    return pages, centers, Revision.objects.count()


@pytest.mark.django_db
def test_seed_command_is_idempotent():
    call_command("seed_portal", stdout=StringIO())
    first = snapshot()
    call_command("seed_portal", stdout=StringIO())
    assert snapshot() == first


@pytest.mark.django_db
def test_seed_creates_the_five_dortmund_centres_without_invented_contact_data(seeded_site):
    names = set(AdviceCenter.objects.values_list("name", flat=True))
    assert names == {center["name"] for center in content.CENTERS}
    for center in AdviceCenter.objects.all():
        assert center.street == ""
        assert len(center.phones) == 0
        assert center.email == ""
    # Every language's copy of the centre carries the same (synchronised) postcode.
    assert set(
        AdviceCenter.objects.filter(slug="diakonie").values_list("postcode", flat=True)
    ) == {"44145"}


@pytest.mark.django_db
def test_every_seeded_page_returns_200(client, seeded_site):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() >= 8
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


@pytest.mark.django_db
def test_every_seeded_centre_has_its_own_page(client, seeded_site):
    for center in AdviceCenter.objects.all():
        response = client.get(f"/de/beratung/{center.slug}/")
        assert response.status_code == 200
        assert center.name in response.content.decode()


@pytest.mark.django_db
def test_home_page_explains_that_cases_come_through_advice_centres(client, seeded_site):
    response = client.get("/de/")
    html = response.content.decode()
    assert 'lang="de"' in html
    assert "Beratungsstelle" in html
    for title in ("Über das Gremium", "Grundsätze und Regeln für Einzelfälle", "Beratung finden"):
        assert title in html  # primary navigation
    for title in ("Impressum", "Datenschutz", "Erklärung zur Barrierefreiheit"):
        assert title in html  # footer


@pytest.mark.django_db
def test_root_redirects_to_a_language_prefix(client, seeded_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/de/"


@pytest.mark.django_db
def test_how_to_get_advice_shows_contact_cards_of_every_centre(client, seeded_site):
    html = client.get("/de/beratung-bekommen/").content.decode()
    for center in content.CENTERS:
        assert center["name"] in html
