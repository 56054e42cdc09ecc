"""The consent declaration beside its German original: no sideways scrolling on a phone,
paragraphs level with each other on a wide screen, both columns on paper."""

import pytest

from cases.services import consent_text_ensure
from tests.browser.conftest import axe_violations


@pytest.fixture
def consent_site(live_site):
    consent_text_ensure()
    return live_site


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width", [320, 360])
def test_a_phone_shows_the_translation_after_the_german_text(
    consent_site, browser, width, tmp_path
):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="ar")
    page = context.new_page()
    page.goto(f"{consent_site}/ar/consent/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    german = _box(page, ".consent-german p:last-of-type")
    arabic = _box(page, ".consent-translated h2")
    assert arabic["y"] > german["y"]
    page.screenshot(path=tmp_path / f"consent-ar-{width}.png", full_page=True)
    assert axe_violations(page) == []
    context.close()


def test_a_wide_screen_shows_the_columns_side_by_side_with_paragraphs_level(
    consent_site, browser, tmp_path
):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    page = context.new_page()
    page.goto(f"{consent_site}/ar/consent/")
    for index in (1, 4):
        german = _box(page, f".consent-german p:nth-of-type({index + 1})")
        arabic = _box(page, f".consent-translated p:nth-of-type({index + 1})")
        assert abs(german["y"] - arabic["y"]) < 2
        # German left, the Arabic text on the right, where an Arabic reader starts.
        assert german["x"] < arabic["x"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.screenshot(path=tmp_path / "consent-ar-1280.png", full_page=True)
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".site-footer").is_hidden()
    german = _box(page, ".consent-german h2")
    arabic = _box(page, ".consent-translated h2")
    assert abs(german["y"] - arabic["y"]) < 2
    page.pdf(path=tmp_path / "consent-ar-print.pdf", format="A4")
    context.close()
