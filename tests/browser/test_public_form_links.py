"""On Leverkusen's portal, whose rules open the public form, a phone's first screen of the
home page offers it beside the finder and the guide, in the reader's language."""

import pytest
from django.utils import translation

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


def test_the_public_form_is_on_the_home_pages_first_screen(live_profile_site, browser):
    base = live_profile_site("leverkusen")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for language in ("de", "ar"):
        page.goto(f"{base}/{language}/")
        apply = page.locator("#home-apply")
        assert apply.get_attribute("href") == f"/{language}/apply/"
        with translation.override(language):
            label = translation.gettext("Apply online, without an account")
        assert apply.text_content().strip() == label
        box = apply.bounding_box()
        assert box["y"] + box["height"] <= 740, language
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert axe_violations(page) == []
        apply.click()
        page.wait_for_url(f"{base}/{language}/apply/")
    context.close()
