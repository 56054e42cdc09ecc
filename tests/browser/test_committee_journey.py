"""A committee member logs in with the TOTP code, takes a new case through admissibility,
the session and the joint assessment, releases it; then the advisor sees the result."""

import base64
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.oath import totp

from cases.models import Case, CaseStatus
from committee.models import Assessment, CommitteeSession, Milestone, TransparencyPage
from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET, demo_accounts_ensure
from home.models import HomePage
from tests.browser.conftest import axe_violations
from tests.committee.conftest import case_submit

pytestmark = pytest.mark.browser


def code():
    return f"{totp(base64.b32decode(DEMO_TOTP_SECRET)):06d}"


def log_in(page, base, username, path):
    page.goto(base + path)
    page.wait_for_url(re.compile(r".*/accounts/login/\?next=.*"))
    page.fill("input[autocomplete='username']", username)
    page.fill("input[autocomplete='current-password']", DEMO_PASSWORD)
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/accounts/login/code/$"))
    page.fill("input[autocomplete='one-time-code']", code())
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(".*" + re.escape(path) + "$"))


def test_committee_journey(live_site, browser, tmp_path, settings):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    demo_accounts_ensure()
    advisor = get_user_model().objects.get(username="advisor-awo")
    case = case_submit(advisor, full_name="Amina Gremiumstest")

    member_context = browser.new_context(locale="de-DE")
    page = member_context.new_page()
    log_in(page, live_site, "committee-1", "/de/committee/")
    assert axe_violations(page) == []

    # Plan the next session.
    page.click("nav.committee-nav a[href='/de/committee/sessions/']")
    tomorrow = timezone.localdate() + timedelta(days=1)
    page.fill("#id_date", tomorrow.isoformat())
    page.fill("#id_time", "16:00")
    page.fill("#id_place", "Rathaus, Sitzungsraum")
    page.check("input[name='kind'][value='regular']")
    assert axe_violations(page) == []
    page.click("#session-form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/committee/sessions/\d+/$"))
    session = CommitteeSession.objects.get()

    # Open the new case.
    page.click("nav.committee-nav a[href='/de/committee/']")
    page.click(f"#case-table a:text('{case.reference}')")
    page.wait_for_url(re.compile(rf".*/de/committee/cases/{case.reference}/$"))
    assert "Amina Gremiumstest" in page.inner_text("#application")
    assert axe_violations(page) == []

    # Confirm admissibility.
    page.check(f"input[name='status'][value='{CaseStatus.ADMISSIBLE}']")
    page.click("#status-form button[type='submit']")
    page.wait_for_url(re.compile(rf".*/cases/{case.reference}/$"))
    assert page.inner_text("#case-status") == str(CaseStatus.ADMISSIBLE.label)

    # Schedule it.
    page.select_option("#id_session", str(session.pk))
    page.click("#schedule-form button[type='submit']")
    page.wait_for_url(re.compile(rf".*/cases/{case.reference}/$"))
    assert page.inner_text("#case-status") == str(CaseStatus.SCHEDULED.label)

    # The session takes place.
    CommitteeSession.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() - timedelta(hours=2)
    )

    page.click("#assessment-link")
    page.wait_for_url(re.compile(rf".*/cases/{case.reference}/assessment/$"))
    assert axe_violations(page) == []
    page.check("input[name='recommendation'][value='hardship_commission']")
    page.fill("#id_text", "Der Ausschuss empfiehlt die Härtefallkommission.")
    page.click("#assessment-form button[type='submit']")
    page.wait_for_url(re.compile(rf".*/cases/{case.reference}/$"))
    assert page.inner_text("#case-status") == str(CaseStatus.DISCUSSED.label)

    # Release it to the advisor.
    page.click("#release-form button[type='submit']")
    page.wait_for_url(re.compile(rf".*/cases/{case.reference}/$"))
    assert page.inner_text("#case-status") == str(CaseStatus.ASSESSMENT_SENT.label)
    assert Assessment.objects.get(case=case).released_at is not None
    member_context.close()

    # The advisor sees the assessment and can download it.
    advisor_context = browser.new_context(locale="de-DE")
    page = advisor_context.new_page()
    log_in(page, live_site, "advisor-awo", f"/de/cases/{case.reference}/")
    assert "Härtefallkommission" in page.inner_text("#released-assessment")
    assert axe_violations(page) == []
    with page.expect_download() as download:
        page.click("#assessment-pdf")
    assert download.value.suggested_filename == f"assessment-{case.reference}.pdf"
    advisor_context.close()
    assert Case.objects.get(pk=case.pk).status == CaseStatus.ASSESSMENT_SENT


def test_transparency_page_is_accessible(live_site, page):
    home = HomePage.objects.get(locale__language_code="de")
    transparency = TransparencyPage(title="Zahlen", slug="zahlen", intro="Jährliche Zahlen")
    home.add_child(instance=transparency)
    transparency.save_revision().publish()
    year = timezone.localdate().year
    Milestone.objects.bulk_create(
        [Milestone(kind=Milestone.Kind.RECEIVED, year=year) for _ in range(5)]
        + [Milestone(kind=Milestone.Kind.ADMISSIBLE, year=year)]
    )
    page.goto(live_site + "/de/zahlen/")
    assert page.locator("svg[role='img']").count() == 1
    assert page.locator("#transparency-table").count() == 1
    assert axe_violations(page) == []
