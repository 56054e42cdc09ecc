import pytest

from advice_centers.models import AdviceCenterIndexPage
from tests.advice_centers.conftest import FINDER

pytestmark = pytest.mark.django_db


def test_home_page_can_embed_the_finder_short_form(client, seeded_site):
    home = seeded_site
    home.body.append(("finder_form", {"title": "Beratung in Ihrer Sprache", "finder": None}))
    home.save_revision().publish()
    html = client.get("/de/").content.decode()
    assert "Beratung in Ihrer Sprache" in html
    assert f'<form method="get" action="{FINDER}">' in html
    assert 'name="language"' in html
    select_id = html.split('name="language"', 1)[0].rsplit('id="', 1)[1].split('"', 1)[0]
    assert f'<label for="{select_id}"' in html
    # What the form sends is what the finder understands.
    assert client.get(FINDER, {"language": "ar"}).status_code == 200


def test_short_form_is_left_out_while_no_finder_is_live(client, seeded_site):
    home = seeded_site
    home.body.append(("finder_form", {"title": "Beratung in Ihrer Sprache", "finder": None}))
    home.save_revision().publish()
    AdviceCenterIndexPage.objects.get(locale__language_code="de").unpublish()
    response = client.get("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Beratung in Ihrer Sprache" not in html
    assert 'name="language"' not in html
