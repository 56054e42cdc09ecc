"""Who is logged in, and the way out, on a public page: on a phone, right to left too."""

import pytest
from django.test import Client

from cases.services import consent_text_ensure
from tests.browser.conftest import axe_violations
from tests.cases.helpers import login_verified


@pytest.mark.parametrize("language", ["de", "ar"])
def test_a_public_page_names_the_person_and_logs_out_on_a_phone(
    live_site, browser, advisor_a, language, tmp_path
):
    consent_text_ensure()
    client = Client()
    login_verified(client, advisor_a)
    context = browser.new_context(viewport={"width": 320, "height": 700})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_site}]
    )
    page = context.new_page()
    response = page.goto(f"{live_site}/{language}/consent/")
    assert response.status == 200
    name = advisor_a.get_full_name() or advisor_a.get_username()
    assert page.locator(".site-header .signed-in bdi").inner_text() == name
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=tmp_path / f"signed-in-{language}-320.png")
    assert axe_violations(page) == []
    page.click(".site-header .signed-in button")
    page.wait_for_url("**/accounts/login/")
    page.goto(f"{live_site}/{language}/consent/")
    assert page.locator(".signed-in").count() == 0
    assert page.locator(".account-link a").count() == 1
    context.close()
