"""Radio buttons and checkboxes on a 360 px phone: each at the start of its line, beside its
text, in German and in Arabic; no page wider than the screen."""

import pytest
from django.test import Client

from cases.services import consent_text_ensure
from tests.cases.helpers import login_verified

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}

# For each radio button and checkbox: its box, the first line of its label's text, and the
# box of the form it belongs to.
CHOICES = """() => [...document.querySelectorAll('main [type=radio], main [type=checkbox]')]
  .map((input) => {
    const label = input.closest('label') || document.querySelector(`label[for="${input.id}"]`);
    const words = (node) => node.textContent.trim()
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, {acceptNode: words});
    const range = document.createRange();
    range.selectNodeContents(walker.nextNode());
    const box = (r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
    return {
      name: input.name + '=' + input.value,
      input: box(input.getBoundingClientRect()),
      text: box(range.getClientRects()[0]),
      form: box(input.closest('form').getBoundingClientRect()),
    };
  })"""


def assert_choices_beside_their_text(page, *, rtl):
    choices = page.evaluate(CHOICES)
    assert choices, page.url
    for choice in choices:
        control, text, form = choice["input"], choice["text"], choice["form"]
        where = f"{page.url} {choice['name']}"
        assert control["right"] - control["left"] >= 24, where
        assert control["bottom"] - control["top"] >= 24, where
        # Same line: the control and the first line of its text overlap vertically.
        assert control["top"] < text["bottom"] and text["top"] < control["bottom"], where
        if rtl:
            assert control["left"] >= text["right"], where
            assert abs(control["right"] - form["right"]) <= 2, where
        else:
            assert control["right"] <= text["left"], where
            assert abs(control["left"] - form["left"]) <= 2, where


def assert_no_sideways_scrolling(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        f"{page.url} is wider than the screen"
    )


@pytest.mark.parametrize(("language", "rtl"), [("de", False), ("ar", True)])
def test_public_choices_sit_beside_their_text_on_a_phone(live_site, page, language, rtl):
    page.set_viewport_size(PHONE)
    for path in ("accounts/register/", "beratung/wegweiser/", "kontakt/"):
        response = page.goto(f"{live_site}/{language}/{path}")
        assert response.status == 200, path
        assert page.locator("html").get_attribute("dir") == ("rtl" if rtl else "ltr")
        assert_no_sideways_scrolling(page)
        if path != "kontakt/":  # the contact form asks nothing to choose
            assert_choices_beside_their_text(page, rtl=rtl)


def test_intake_choices_and_the_consent_checkbox_sit_beside_their_text(live_site, page, advisor_a):
    consent_text_ensure()
    client = Client()
    login_verified(client, advisor_a)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_site}]
    )
    page.set_viewport_size(PHONE)

    page.goto(live_site + "/de/cases/new/")
    assert_no_sideways_scrolling(page)
    assert_choices_beside_their_text(page, rtl=False)
    for name in ("other_authority", "court_procedure", "asylum_application"):
        page.check(f"input[name='{name}'][value='no']")
    page.click("main form button[type='submit']")
    page.wait_for_url("**/de/cases/drafts/*/person/")
    page.goto(page.url.replace("/person/", "/consent/"))
    assert page.locator("input[type='checkbox'][name='consent_confirmed']").count() == 1
    assert_no_sideways_scrolling(page)
    assert_choices_beside_their_text(page, rtl=False)
