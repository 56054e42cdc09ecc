import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.factories import AdviceCenterFactory

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
