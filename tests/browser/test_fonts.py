"""Script fonts reach the phone only where their letters are shown."""

import pytest

pytestmark = pytest.mark.browser


def fonts_loaded(page, url):
    fetched = []
    page.on("response", lambda response: fetched.append(response.url.rsplit("/", 1)[-1]))
    page.goto(url)
    page.evaluate("document.fonts.ready")
    return {name for name in fetched if name.endswith(".woff2")}


def test_german_page_shows_the_switchers_names_with_their_small_fonts(live_site, page):
    fonts = fonts_loaded(page, live_site + "/de/")
    # Just the switcher's letters, not the reading fonts of Arabic script or Ethiopic.
    assert fonts == {"language-names-arabic.woff2", "language-names-ethiopic.woff2"}


def test_tigrinya_page_loads_one_ethiopic_face(live_site, page):
    fonts = fonts_loaded(page, live_site + "/ti/")
    assert "noto-sans-ethiopic-regular.woff2" in fonts
    assert not any("arabic" in name and "names" not in name for name in fonts)
