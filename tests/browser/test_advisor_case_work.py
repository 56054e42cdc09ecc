"""An advisor's case from first draft to the released assessment, as they would work it in a
browser: a draft saved half-way, two logins, evidence, the receipt, a search by surname, an
addendum, the session date and the bilingual letter in Arabic."""

import base64
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.oath import totp
from pypdf import PdfReader

from cases.models import Case, CaseDraft, CaseStatus
from cases.services import consent_text_ensure
from committee import services as committee_services
from committee.models import CommitteeSession, Recommendation
from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET, demo_accounts_ensure
from tests.browser.conftest import axe_violations
from tests.cases.helpers import pdf_bytes, png_bytes
from tests.committee.conftest import assessment_agreed
from tests.ui import de

pytestmark = pytest.mark.browser

SURNAME = "Entwurfsweg"
ADDENDUM = "Seit Mai besucht sie einen Sprachkurs."
ASSESSMENT = "Das Gremium empfiehlt, die Härtefallkommission anzurufen."


def code(*, later=0):
    # A code is accepted once; a second login in the same half minute uses the next one.
    return f"{totp(base64.b32decode(DEMO_TOTP_SECRET), drift=later):06d}"


def log_in(page, base, *, later=0):
    page.goto(base + "/de/accounts/login/")
    page.fill("input[autocomplete='username']", "advisor-awo")
    page.fill("input[autocomplete='current-password']", DEMO_PASSWORD)
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/accounts/login/code/$"))
    page.fill("input[autocomplete='one-time-code']", code(later=later))
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/cases/$"))


def continue_step(page, step):
    page.click("button[name='action'][value='continue']")
    page.wait_for_load_state()
    errors = page.locator(".error-summary")
    assert errors.count() == 0, (step, errors.all_inner_texts())


def pdf_text(download):
    with open(download.path(), "rb") as handle:
        content = handle.read()
    assert content.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def committee_schedules_and_releases(case, *, after_scheduling):
    users = get_user_model().objects
    member, office = users.get(username="committee-1"), users.get(username="office")
    committee_services.case_status_change(
        case=case,
        status=CaseStatus.ADMISSIBLE,
        actor=office,
        role=committee_services.ROLE_COMMITTEE,
    )
    session = CommitteeSession.objects.create(
        starts_at=timezone.now() + timedelta(days=10), place="Rathaus, Raum 1"
    )
    committee_services.case_schedule(case=case, session=session, actor=office)
    after_scheduling(session)
    session.starts_at = timezone.now() - timedelta(hours=1)
    session.save()
    case.refresh_from_db()
    committee_services.assessment_save(
        case=case,
        text=ASSESSMENT,
        recommendation=Recommendation.HARDSHIP_COMMISSION,
        version=0,
        actor=member,
    )
    case.refresh_from_db()
    assessment_agreed(case, member, users.get(username="committee-2"))
    committee_services.assessment_release(case=case, actor=office)


def test_an_advisor_works_a_case_from_draft_to_the_arabic_letter(
    live_site, page, tmp_path, settings
):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    consent_text_ensure()
    demo_accounts_ensure()
    files = {"consent.pdf": pdf_bytes(), "attest.pdf": pdf_bytes(), "zeugnis.png": png_bytes()}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)

    log_in(page, live_site)
    page.click("a[href='/de/cases/new/']")
    for group in page.locator("main input[type='radio'][value='no']").all():
        group.check()
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/cases/drafts/[0-9a-f-]{36}/person/$"))
    page.fill("#id_full_name", f"Amina {SURNAME}")
    page.fill("#id_date_of_birth", "1990-04-12")
    page.fill("#id_nationality", "Testland")
    continue_step(page, "person")
    page.fill("#id_district", "Innenstadt-Nord")
    # Half-way: the advisor saves the draft and leaves.
    page.click("button[name='action'][value='leave']")
    page.wait_for_url(re.compile(r".*/de/cases/$"))
    assert SURNAME in page.inner_text("#drafts")
    page.locator("form[action$='/logout/'] button").first.click()
    page.wait_for_load_state()
    page.goto(live_site + "/de/cases/")
    assert "/accounts/login/" in page.url

    log_in(page, live_site, later=1)
    page.locator("#drafts a", has_text=de("Continue")).first.click()
    page.wait_for_url(re.compile(r".*/residence/$"))
    assert page.input_value("#id_district") == "Innenstadt-Nord"
    page.select_option("#id_residence_status", "duldung")
    continue_step(page, "residence")
    continue_step(page, "dates")
    page.fill("#id_ground_length_of_stay", "Seit zehn Jahren in Dortmund.")
    page.fill("#id_ground_health", "Chronische Erkrankung.")
    page.fill("#id_summary", "Kurze Zusammenfassung.")
    continue_step(page, "grounds")
    for name, criterion in (("attest.pdf", "health"), ("zeugnis.png", "language")):
        page.set_input_files("#id_document", str(tmp_path / name))
        page.select_option("#id_criterion", criterion)
        page.click("button[name='action'][value='add_evidence']")
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 0
    assert axe_violations(page) == []
    continue_step(page, "evidence")
    page.fill("#id_contact_name", "Demo Beraterin")
    page.fill("#id_contact_phone", "0231 000000")
    page.check("#id_consent_confirmed")
    page.set_input_files("#id_consent_file", str(tmp_path / "consent.pdf"))
    continue_step(page, "consent")
    page.wait_for_url(re.compile(r".*/review/$"))
    page.click("button[name='action'][value='submit']")
    page.wait_for_url(re.compile(r".*/de/cases/BF-[A-Z0-9]{4}-[A-Z0-9]{4}/$"))

    case = Case.objects.get()
    assert not CaseDraft.objects.exists()
    assert case.evidence.count() == 2
    message = de(
        "Case %(reference)s has been submitted. You will receive a confirmation by e-mail.",
        reference=case.reference,
    )
    assert message in page.inner_text("main")
    with page.expect_download() as receipt:
        page.click("#case-receipt")
    receipt_text = pdf_text(receipt.value)
    assert case.reference in receipt_text
    assert de("Supporting document %(number)s", number=2) in receipt_text
    assert "Chronische" not in receipt_text  # no health data on the receipt
    assert axe_violations(page) == []

    # The case list finds the case by the person's surname.
    page.goto(live_site + "/de/cases/")
    page.fill("#id_q", SURNAME.lower())
    page.click("#case-search button[type='submit']")
    page.wait_for_load_state()
    assert case.reference in page.inner_text("main")
    assert SURNAME not in page.url

    page.goto(live_site + f"/de/cases/{case.reference}/")
    page.fill("#id_text", ADDENDUM)
    page.click("#addendum-form button[type='submit']")
    page.wait_for_load_state()
    assert ADDENDUM in page.inner_text("#additions-list")

    def session_date_shown(session):
        page.reload()
        assert page.locator("#case-session-date").is_visible()
        assert str(session.starts_at.astimezone(timezone.get_current_timezone()).year) in (
            page.inner_text("#case-session-date")
        )

    committee_schedules_and_releases(case, after_scheduling=session_date_shown)

    page.reload()
    page.select_option("#letter-language", "ar")
    with page.expect_download() as letter:
        page.click("form.assessment-letter button[type='submit']")
    letter_text = pdf_text(letter.value)
    assert ASSESSMENT in letter_text  # the committee's reasons, in German
    assert re.search(r"[\u0600-\u06FF]", letter_text)  # the Arabic beside it
    assert f"Amina {SURNAME}" in letter_text
