"""The office plans a session and puts a new case on its agenda; two members reflect it
alone; at the session the office records attendance, the present members confirm one joint
assessment, the office releases it and downloads the protocol; the advisor sees the result."""

import base64
import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.oath import totp
from pypdf import PdfReader

from cases.models import Case, CaseStatus
from committee.models import (
    AgendaItem,
    Assessment,
    CommitteeSession,
    Milestone,
    TransparencyPage,
)
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


def _pdf_pages(content):
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(content)).pages]


def test_committee_journey(live_site, browser, tmp_path, settings):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    demo_accounts_ensure()
    advisor = get_user_model().objects.get(username="advisor-awo")
    case = case_submit(advisor, full_name="Amina Gremiumstest")
    case_url = f"/de/committee/cases/{case.reference}/"

    # The office plans the next session and invites the members.
    office_context = browser.new_context(locale="de-DE")
    office = office_context.new_page()
    log_in(office, live_site, "office", "/de/committee/sessions/")
    tomorrow = timezone.localdate() + timedelta(days=1)
    office.fill("#id_date", tomorrow.isoformat())
    office.fill("#id_time", "16:00")
    office.fill("#id_place", "Rathaus, Sitzungsraum")
    office.check("input[name='kind'][value='regular']")
    assert axe_violations(office) == []
    office.click("#session-form button[type='submit']")
    office.wait_for_url(re.compile(r".*/de/committee/sessions/\d+/$"))
    session = CommitteeSession.objects.get()
    office.click("form[action$='/invite/'] button[type='submit']")
    office.wait_for_url(re.compile(r".*/de/committee/sessions/\d+/$"))
    assert CommitteeSession.objects.get().invitation_sent_at is not None

    # The office confirms admissibility and puts the case on the agenda.
    office.goto(live_site + "/de/committee/")
    assert axe_violations(office) == []
    office.click(f"#case-table a:text('{case.reference}')")
    office.wait_for_url(re.compile(rf".*{case_url}$"))
    office.check(f"input[name='status'][value='{CaseStatus.ADMISSIBLE}']")
    office.click("#status-form button[type='submit']")
    office.wait_for_url(re.compile(rf".*{case_url}$"))
    office.select_option("#id_session", str(session.pk))
    office.click("#schedule-form button[type='submit']")
    office.wait_for_url(re.compile(rf".*{case_url}$"))
    assert office.inner_text("#case-status") == str(CaseStatus.SCHEDULED.label)

    # Two members reflect the case, each alone.
    members = {}
    for username, note in (
        ("committee-1", "Erste Sicht: eine Perspektive ist erkennbar."),
        ("committee-2", "Die Ausländerbehörde prüft den Fall noch."),
    ):
        context = browser.new_context(locale="de-DE")
        page = context.new_page()
        log_in(page, live_site, username, case_url)
        assert "Amina Gremiumstest" in page.inner_text("#application")
        if members:
            # The first member's note stays hidden until this one has written their own.
            assert page.locator("#notes-hidden").count() == 1
            assert "Erste Sicht" not in page.inner_text("main")
        page.fill("#note-form textarea", note)
        assert axe_violations(page) == []
        page.click("#note-form button[type='submit']")
        page.wait_for_url(re.compile(rf".*{case_url}$"))
        members[username] = page
    assert "Erste Sicht" in members["committee-2"].inner_text("#member-notes")

    # The session takes place; the office records who is there.
    CommitteeSession.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() - timedelta(hours=2)
    )
    office.goto(live_site + f"/de/committee/sessions/{session.pk}/attendance/")
    for radio in office.locator("#attendance-form input[value='present']").all():
        radio.check()
    assert axe_violations(office) == []
    office.click("#attendance-form button[type='submit']")
    office.wait_for_url(re.compile(r".*/de/committee/sessions/\d+/$"))

    # One member writes the joint text; both present members confirm it.
    page = members["committee-1"]
    page.goto(live_site + case_url)
    page.click("#assessment-link")
    page.check("input[name='recommendation'][value='hardship_commission']")
    page.fill("#id_text", "Der Ausschuss empfiehlt die Härtefallkommission.")
    page.fill("#id_next_steps", "Die Beratungsstelle reicht die Schulzeugnisse nach.")
    assert axe_violations(page) == []
    page.click("#assessment-form button[type='submit']")
    page.wait_for_url(re.compile(rf".*{case_url}$"))
    for page in members.values():
        page.goto(live_site + case_url)
        page.click("#confirm-form button[type='submit']")
        page.wait_for_url(re.compile(rf".*{case_url}$"))
        # A member has no release button: that is the office's.
        assert page.locator("#release-form").count() == 0
        page.context.close()

    # The office releases it and downloads the protocol.
    office.goto(live_site + case_url)
    assert axe_violations(office) == []
    office.click("#release-form button[type='submit']")
    office.wait_for_url(re.compile(rf".*{case_url}$"))
    assert office.inner_text("#case-status") == str(CaseStatus.ASSESSMENT_SENT.label)
    # Every page of the office's session work passes axe.
    item = AgendaItem.objects.get(case=case)
    for path in ("edit/", "cancel/", f"agenda/{item.pk}/note/", ""):
        office.goto(live_site + f"/de/committee/sessions/{session.pk}/{path}")
        assert axe_violations(office) == [], path
    with office.expect_download() as download:
        office.click("#protocol-download")
    pages = _pdf_pages(Path(download.value.path()).read_bytes())
    protocol = " ".join(pages)
    assert "Anwesenheit" in protocol and "anwesend" in protocol
    assert "Härtefallkommission" in protocol
    assert "Schulzeugnisse" in protocol
    assert all("nicht Teil der Ausländerakte" in text for text in pages)
    office_context.close()

    # The advisor sees the assessment and can download it.
    advisor_context = browser.new_context(locale="de-DE")
    page = advisor_context.new_page()
    log_in(page, live_site, "advisor-awo", f"/de/cases/{case.reference}/")
    assert "Härtefallkommission" in page.inner_text("#released-assessment")
    assert axe_violations(page) == []
    with page.expect_download() as download:
        page.click("#assessment-pdf")
    assert download.value.suggested_filename == f"assessment-{case.reference}-de.pdf"
    # The letter for a person who reads Arabic: the fixed texts in Arabic beside the German.
    page.select_option("#letter-language", "ar")
    with page.expect_download() as download:
        page.click("#assessment-pdf")
    assert download.value.suggested_filename == f"assessment-{case.reference}-ar.pdf"
    letter = " ".join(_pdf_pages(Path(download.value.path()).read_bytes()))
    assert "التوصية" in letter and "Empfehlung" in letter
    advisor_context.close()
    assert Case.objects.get(pk=case.pk).status == CaseStatus.ASSESSMENT_SENT
    assert Assessment.objects.get(case=case).released_at is not None


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
