"""An advisor logs in with password and TOTP code, submits a case and sees its reference."""

import base64
import re

import pytest
from django_otp.oath import totp

from accounts.models import TOTPDevice
from advice_centers.models import AdviceCenter
from cases.models import Case
from cases.services import consent_text_ensure
from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET, demo_accounts_ensure
from tests.browser.conftest import axe_violations
from tests.cases.helpers import PASSWORD, current_code, pdf_bytes
from tests.factories import AdvisorProfileFactory

pytestmark = pytest.mark.browser


def code():
    return f"{totp(base64.b32decode(DEMO_TOTP_SECRET)):06d}"


def test_advisor_journey(live_site, page, tmp_path, settings):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    consent_text_ensure()
    demo_accounts_ensure()
    consent = tmp_path / "einwilligung.pdf"
    consent.write_bytes(pdf_bytes())

    page.goto(live_site + "/de/")
    page.click("footer a[href='/de/accounts/login/']")
    assert axe_violations(page) == []
    page.fill("input[autocomplete='username']", "advisor-awo")
    page.fill("input[autocomplete='current-password']", DEMO_PASSWORD)
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/accounts/login/code/$"))
    assert axe_violations(page) == []
    page.fill("input[autocomplete='one-time-code']", code())
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/cases/$"))

    page.click("a[href='/de/cases/new/']")
    assert axe_violations(page) == []
    page.click("main form button[type='submit']")  # nothing answered: errors at each question
    page.wait_for_load_state()
    assert page.locator("[aria-invalid='true']").count() > 0
    assert axe_violations(page) == []
    for name in ("other_authority", "court_procedure", "asylum_application"):
        page.check(f"input[name='{name}'][value='no']")
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/cases/drafts/[0-9a-f-]{36}/person/$"))
    assert axe_violations(page) == []

    # Each step with "Save and continue"; the progress list and the page change with it.
    steps = {
        "person": {
            "#id_full_name": "Amina Browsertest",
            "#id_date_of_birth": "1990-04-12",
            "#id_nationality": "Testland",
        },
        "residence": {
            "#id_district": "Innenstadt-Nord",
            "#id_residence_status_since": "2018-03-01",
            "#id_household-0-date_of_birth": "2016-05-05",
            "#id_household-0-status": "Duldung",
        },
        "dates": {},
        "grounds": {
            "#id_ground_length_of_stay": "Seit zehn Jahren in Dortmund.",
            "#id_summary": "Kurze Zusammenfassung.",
        },
        "evidence": {},
        "consent": {"#id_contact_name": "Demo Beraterin", "#id_contact_phone": "0231 000000"},
    }
    for step, fields in steps.items():
        assert page.get_attribute("li[aria-current='step'] span", "class") is None
        for selector, value in fields.items():
            page.fill(selector, value)
        if step == "residence":
            page.select_option("#id_residence_status", "duldung")
            page.select_option("#id_household-0-relation", "child")
        if step == "consent":
            page.check("#id_consent_confirmed")
            page.set_input_files("#id_consent_file", str(consent))
        page.click("button[name='action'][value='continue']")
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 0, step
        assert axe_violations(page) == [], step
    page.wait_for_url(re.compile(r".*/review/$"))
    assert "Amina Browsertest" in page.inner_text("main")
    page.click("button[name='action'][value='submit']")
    page.wait_for_load_state()
    page.wait_for_url(re.compile(r".*/de/cases/BF-[A-Z0-9]{4}-[A-Z0-9]{4}/$"))

    case = Case.objects.get()
    assert page.inner_text("#case-reference") == case.reference
    assert page.inner_text("#case-status") == str(case.get_status_display())
    assert case.data["application"]["full_name"] == "Amina Browsertest"
    assert axe_violations(page) == []


def test_registration_and_first_login_enrolment_pages_are_accessible(
    live_site, page, tmp_path, settings
):
    page.goto(live_site + "/de/accounts/register/")
    assert axe_violations(page) == []

    user = AdvisorProfileFactory(advice_center=AdviceCenter.objects.first()).user
    page.goto(live_site + "/de/accounts/login/")
    page.fill("input[autocomplete='username']", user.username)
    page.fill("input[autocomplete='current-password']", PASSWORD)
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/accounts/login/set-up-code/$"))
    assert page.locator("svg[role='img']").count() == 1
    assert axe_violations(page) == []
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    page.fill("input[autocomplete='one-time-code']", current_code(device))
    page.click("main form button[type='submit']")
    page.wait_for_load_state()
    assert page.locator(".backup-codes li").count() == 10
    assert axe_violations(page) == []
    page.click("a.button")
    page.wait_for_url(re.compile(r".*/de/cases/$"))
