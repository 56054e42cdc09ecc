"""The Kurzantrag's steps in a real browser on a phone-sized screen, in German and Arabic:
no axe violations, no sideways scrolling, the error summary links to its fields."""

import os
import re
from pathlib import Path

import pytest
from django.test import Client

from cases.services import consent_text_ensure
from tests.browser.conftest import axe_violations
from tests.browser.test_form_controls import PHONE, assert_no_sideways_scrolling
from tests.cases.helpers import (
    ADMISSIBLE_ANSWERS,
    application_post,
    draft_start,
    draft_step_url,
    login_verified,
    pdf_bytes,
    step_post,
)

pytestmark = pytest.mark.browser

STEPS = ("person", "residence", "dates", "grounds", "evidence", "consent", "review")
# Where the pages are also kept as pictures for a look by eye (unset: none are taken).
SHOTS = os.environ.get("DRAFT_STEP_SHOTS")


def _shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_every_step_in_german_and_arabic_at_phone_width(
    live_site, page, advisor_a, tmp_path, settings
):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    consent_text_ensure()
    client = Client()
    login_verified(client, advisor_a)
    first_step = draft_start(client)
    assert ADMISSIBLE_ANSWERS
    data = application_post()
    for step in ("person", "residence", "grounds"):
        step_post(client, data, step, first_step_url=first_step)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_site}]
    )
    page.set_viewport_size(PHONE)
    for language in ("de", "ar"):
        for step in STEPS:
            url = live_site + draft_step_url(first_step, step).replace("/de/", f"/{language}/")
            response = page.goto(url)
            assert response.status == 200, url
            assert page.locator("html").get_attribute("dir") == (
                "rtl" if language == "ar" else "ltr"
            )
            assert page.locator("nav.form-steps li[aria-current='step']").count() == 1
            assert_no_sideways_scrolling(page)
            assert axe_violations(page) == [], (language, step)
            _shot(page, f"{language}-{step}")

    # An error: the summary at the top links to the field, and the title says so.
    page.goto(live_site + draft_step_url(first_step, "consent"))
    page.set_input_files(
        "#id_consent_file",
        files=[{"name": "x.pdf", "mimeType": "application/pdf", "buffer": b"not a pdf"}],
    )
    page.fill("#id_contact_email", "kaputt")
    page.click("button[name='action'][value='continue']")
    page.wait_for_load_state()
    assert page.title().startswith("Fehler:")
    links = page.locator(".error-summary a")
    assert links.count() >= 2
    assert axe_violations(page) == []
    assert_no_sideways_scrolling(page)
    _shot(page, "de-consent-errors")
    links.first.click()
    assert re.search(r"#id_\w+$", page.url)
    # A good file is kept; the page says so and offers to replace it.
    good = tmp_path / "einwilligung.pdf"
    good.write_bytes(pdf_bytes())
    page.set_input_files("#id_consent_file", str(good))
    page.click("button[name='action'][value='continue']")
    page.wait_for_load_state()
    assert page.locator("#consent-file-kept").count() == 1
    assert axe_violations(page) == []
    _shot(page, "de-consent-kept")
    page.goto(live_site + draft_step_url(first_step, "consent").replace("/de/", "/ar/"))
    page.fill("#id_contact_email", "kaputt")
    page.click("button[name='action'][value='continue']")
    page.wait_for_load_state()
    assert_no_sideways_scrolling(page)
    assert axe_violations(page) == []
    _shot(page, "ar-consent-errors")
    page.goto(live_site + "/ar/cases/")
    assert_no_sideways_scrolling(page)
    assert axe_violations(page) == []
    _shot(page, "ar-case-list")
