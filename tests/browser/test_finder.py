import datetime
from urllib.parse import quote

import pytest
from django.utils import formats, timezone, translation
from playwright.sync_api import expect

from tests.advice_centers.test_flyer import pdf_text
from tests.browser.conftest import axe_violations
from tests.factories import AdviceCenterFactory
from tests.ui import de

pytestmark = pytest.mark.browser


@pytest.fixture
def rich_site(live_site):
    """The seeded site plus one centre with every field, so that every section is checked."""
    AdviceCenterFactory(
        name="Beratung am Hafen",
        slug="hafen",
        organisation="Hafenverein e.V.",
        description="Beratung zu Duldung und Aufenthalt.",
        street="Hafenstraße 1",
        postcode="44147",
        district="Innenstadt-Nord",
        phones=[("phone", {"label": "Büro", "number": "0231 1234"})],
        email="info@hafen.example",
        hours=[("slot", {"weekday": "1", "opens": "09:00", "closes": "12:00", "note": "Termin"})],
        appointment_required=True,
        barrier_free=True,
        offers_interpreters=True,
        languages=["de", "ar", "fa"],
        topics=["residence_law"],
        last_checked=datetime.date(2026, 1, 1),
    )
    return live_site


@pytest.mark.parametrize(
    "path",
    [
        "/de/beratung/",
        "/de/beratung/?language=ar&topic=residence_law&district=Innenstadt-Nord",
        "/de/beratung/?language=ti&topic=housing",
        "/de/beratung/wegweiser/",
        "/de/beratung/wegweiser/?step=3&language=ar&topic=residence_law",
        "/de/beratung/hafen/",
        "/de/beratung/awo/",
    ],
)
def test_finder_pages_have_no_axe_violations(rich_site, page, path):
    response = page.goto(rich_site + path)
    assert response.status == 200
    assert axe_violations(page) == []


def test_guide_leads_to_matching_centres_without_javascript(rich_site, browser):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(rich_site + "/de/beratung/wegweiser/")
    # Labels come from the UI catalogues; the values are the stable part.
    for name, value in (
        ("language", "ar"),
        ("topic", "residence_law"),
        ("district", "Innenstadt-Nord"),
    ):
        page.locator(f'input[name="{name}"][value="{value}"]').check()
        # Without JavaScript each answer is a page load; the next question is on the new page.
        with page.expect_navigation():
            page.locator("form.guide-form button[type=submit]").click()
    assert "/de/beratung/?" in page.url
    assert "language=ar" in page.url and "district=Innenstadt-Nord" in page.url
    expect(page.get_by_role("link", name="Beratung am Hafen")).to_be_visible()
    context.close()


# The Kreis Unna seed describes the flyer of every support offer at a person's place of
# residence but names neither an offer nor a town of the district: Kamen and Lünen are two of
# its towns, typed as an editor would.
PLACE, OTHER_PLACE = "Kamen", "Lünen"


@pytest.fixture
def offers_site(live_profile_site):
    """Kreis Unna's portal, whose seed names no offer, plus what an editor adds: a volunteer
    café serving one of the district's towns and a professional centre serving another."""
    base = live_profile_site("kreis-unna")
    AdviceCenterFactory(
        name="Café Miteinander",
        slug="cafe-miteinander",
        organisation="Initiative Miteinander",
        kind="cafe",
        city=PLACE,
        places=[PLACE],
        languages=["de", "ar"],
    )
    AdviceCenterFactory(
        name="Flüchtlingsberatung Lünen",
        slug="beratung-luenen",
        kind="advice_centre",
        city=OTHER_PLACE,
        places=[OTHER_PLACE],
        languages=["de"],
    )
    return base


@pytest.mark.parametrize(
    "path",
    [
        f"/de/beratung/?place={PLACE}",
        f"/de/beratung/?language=ti&place={quote(OTHER_PLACE)}",
        "/de/beratung/wegweiser/?step=3&language=ar&topic=residence_law",
        f"/ar/beratung/?place={PLACE}",
        "/de/beratung/cafe-miteinander/",
    ],
)
def test_place_filter_pages_have_no_axe_violations_and_fit_320_px(offers_site, page, path):
    page.set_viewport_size({"width": 320, "height": 740})
    response = page.goto(offers_site + path)
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_violations(page) == []


def test_the_finder_for_a_place_shows_the_volunteer_offer_and_prints_its_flyer(
    offers_site, browser
):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(offers_site + "/de/beratung/")
    page.get_by_label(de("Place of residence")).select_option(PLACE)
    with page.expect_navigation():
        page.locator("form.finder-form button[type=submit]").click()
    assert f"place={PLACE}" in page.url

    cafe = page.locator("article.center-card", has_text="Café Miteinander")
    expect(cafe).to_be_visible()
    expect(cafe.locator(".center-kind")).to_have_text(de("Café or meeting place"))
    expect(cafe).to_contain_text(PLACE)
    expect(page.get_by_role("link", name="Flüchtlingsberatung Lünen")).to_have_count(0)

    link = page.locator(".finder-flyer a")
    expect(link).to_contain_text(PLACE)
    href = link.get_attribute("href")
    response = context.request.get(offers_site + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(pdf_text(response.body()).split())
    assert "Café Miteinander" in text
    assert de("Café or meeting place") in text
    assert "Flüchtlingsberatung Lünen" not in text
    with translation.override("de"):
        today = formats.date_format(timezone.localdate(), "DATE_FORMAT")
    assert " ".join(de("As of %(date)s", date=today).split()) in text
    context.close()
