"""Right-to-left in a real browser: accessible in German and Arabic, and visibly mirrored."""

from pathlib import Path

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PATHS = ["", "ueber-das-gremium/", "beratung/", "beratung/awo/"]


def test_german_arabic_pashto_and_tigrinya_pages_have_no_axe_violations(
    live_multilingual_site, page
):
    # Right-to-left Pashto and Ethiopic-script Tigrinya: content pages, the guide and the finder.
    pashto_and_tigrinya = [
        "/ps/",
        "/ps/ueber-das-gremium/",
        "/ps/beratung/wegweiser/",
        "/ti/beratung/",
    ]
    for url in [
        f"/{code}/{path}" for code in ("de", "ar") for path in PATHS
    ] + pashto_and_tigrinya:
        response = page.goto(live_multilingual_site + url)
        assert response.status == 200, url
        assert axe_violations(page) == [], url


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_home_page_is_the_german_layout_mirrored(live_multilingual_site, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    ARTIFACTS.mkdir(exist_ok=True)

    page.goto(live_multilingual_site + "/de/")
    german_name = box(page, ".site-name")
    german_items = [box(page, f".primary-nav li:nth-child({n})") for n in (1, 2)]
    page.screenshot(path=str(ARTIFACTS / "home-de.png"), full_page=True)

    page.goto(live_multilingual_site + "/ar/")
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(ARTIFACTS / "home-ar.png"), full_page=True)
    assert page.locator("html").get_attribute("dir") == "rtl"
    width = page.evaluate("document.documentElement.clientWidth")
    arabic_name = box(page, ".site-name")
    arabic_nav = box(page, ".primary-nav")
    arabic_items = [box(page, f".primary-nav li:nth-child({n})") for n in (1, 2)]
    heading = box(page, "main h1")

    # German starts at the left edge, Arabic at the right edge, the same distance in.
    german_inset = german_name["x"]
    arabic_inset = width - (arabic_name["x"] + arabic_name["width"])
    assert abs(german_inset - arabic_inset) <= 2
    assert arabic_name["x"] > width / 2
    # The navigation runs from right to left: its first item is right of its second.
    assert german_items[0]["x"] < german_items[1]["x"]
    assert arabic_items[0]["x"] > arabic_items[1]["x"]
    # The navigation row starts at the same right edge as the site name above it.
    first_item_right = arabic_items[0]["x"] + arabic_items[0]["width"]
    assert abs(first_item_right - (arabic_name["x"] + arabic_name["width"])) <= 16
    assert arabic_nav["x"] + arabic_nav["width"] > width / 2
    # Headings and text start at the right edge as well.
    assert heading["x"] + heading["width"] > width / 2

    # The Arabic web font is used; the Ethiopic one is not even requested.
    assert page.evaluate(
        "[...document.fonts].some(f => f.family.includes('Noto Sans Arabic')"
        " && f.status === 'loaded')"
    )
    assert not page.evaluate(
        "[...document.fonts].some(f => f.family.includes('Noto Sans Ethiopic'))"
    )
