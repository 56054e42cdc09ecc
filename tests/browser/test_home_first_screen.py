"""On a phone the home page's first screen leads to help: the finder and the guide, in the
reader's language, above the fold and first in the page's content."""

import pytest

from tests.ui import de

pytestmark = pytest.mark.browser

FIRST_FOCUSABLE_IN_MAIN = """() => document.querySelector(
  'main a[href], main button, main input, main select, main summary').textContent.trim()"""


@pytest.mark.parametrize("language", ["de", "ar", "ti"])
def test_finder_and_guide_are_on_the_first_screen(live_multilingual_site, browser, language):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_multilingual_site}/{language}/")
    finder = page.locator(".home-actions a").first
    guide = page.locator(".home-actions a").nth(1)
    assert finder.get_attribute("href") == f"/{language}/beratung/"
    assert guide.get_attribute("href") == f"/{language}/beratung/wegweiser/"
    for link in (finder, guide):
        box = link.bounding_box()
        assert box["y"] + box["height"] <= 740, language
    assert page.evaluate(FIRST_FOCUSABLE_IN_MAIN) == finder.text_content().strip()
    # The menu waits behind its button on a phone and opens without JavaScript.
    menu = page.locator("details.site-menu")
    assert not page.locator(".primary-nav").first.is_visible()
    menu.locator("summary").click()
    assert page.locator(".primary-nav").first.is_visible()
    if language == "de":
        assert finder.text_content().strip() == de(
            "Find an advice centre that speaks your language"
        )
    context.close()


def test_menu_and_search_are_always_shown_on_a_wide_screen(live_multilingual_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_multilingual_site}/de/")
    assert page.locator(".primary-nav").first.is_visible()
    assert page.locator("#site-search").is_visible()
    assert not page.locator("details.site-menu > summary").is_visible()
    context.close()
