"""Where the rules open it (Leverkusen: applications in writing or *zur Niederschrift*), the
office records a written application in the browser and finds it in its list; and a deputy
writes a note and confirms the joint assessment only while standing in for an absent
member."""

import base64
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from accounts.services import totp_device_ensure
from cases.models import ApplicantKind, Case, CaseStatus
from cases.services import consent_text_ensure
from committee import services as committee_services
from committee.models import (
    CommitteeRules,
    CommitteeSession,
    MemberNote,
    Membership,
    Recommendation,
)
from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET, demo_accounts_ensure
from tests.browser.conftest import axe_violations
from tests.browser.test_committee_journey import log_in
from tests.cases.helpers import pdf_bytes
from tests.committee.conftest import case_submit
from tests.ui import de

pytestmark = pytest.mark.browser

NAME = "Yara Niederschrift"


def rules_open():
    rules = CommitteeRules.for_site(Site.objects.get(is_default_site=True))
    rules.applicant_kinds = [
        ApplicantKind.AFFECTED_PERSON.value,
        ApplicantKind.REPRESENTATIVE.value,
        ApplicantKind.INITIATIVE_GROUP.value,
    ]
    rules.office_records_applications = True
    rules.deputy_count = 1
    rules.save()


def test_the_office_records_a_written_application(live_site, browser, tmp_path, settings):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    consent_text_ensure()
    demo_accounts_ensure()
    rules_open()
    scan = tmp_path / "unterschrift.pdf"
    scan.write_bytes(pdf_bytes())
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    log_in(page, live_site, "office", "/de/committee/")
    page.click("#record-link")
    page.wait_for_url(re.compile(r".*/de/committee/cases/record/$"))
    assert axe_violations(page) == []

    page.check("input[name='applicant_kind'][value='affected_person']")
    for radio in page.locator("#record-admissibility input[type='radio'][value='no']").all():
        radio.check()
    page.fill("#id_full_name", NAME)
    page.fill("#id_date_of_birth", "1988-02-03")
    page.fill("#id_nationality", "Testland")
    page.fill("#id_district", "Wiesdorf")
    page.select_option("#id_residence_status", "duldung")
    page.fill("#id_ground_length_of_stay", "Seit elf Jahren in der Stadt.")
    page.fill("#id_summary", "Der Antrag kam mit der Post.")
    page.fill("#id_contact_name", NAME)
    page.check("#id_consent_confirmed")
    # Sent without the scanned declaration: refused next to the field, nothing typed lost.
    page.click("#record-form button[type='submit']")
    page.wait_for_load_state()
    assert de("Please attach the signed consent declaration.") in page.inner_text(
        "#id_consent_file_error"
    )
    assert page.locator("#error-summary a[href='#id_consent_file']").count() == 1
    assert page.input_value("#id_full_name") == NAME
    assert page.input_value("#id_summary") == "Der Antrag kam mit der Post."
    assert page.is_checked("input[name='applicant_kind'][value='affected_person']")
    assert axe_violations(page) == []
    assert not Case.objects.exists()

    page.set_input_files("#id_consent_file", str(scan))
    page.click("#record-form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/committee/cases/[A-Z]+-[A-Z0-9]{4}-[A-Z0-9]{4}/$"))
    case = Case.objects.get()
    assert case.recorded_by_office and case.advice_center is None
    assert case.applicant_kind == ApplicantKind.AFFECTED_PERSON
    assert page.inner_text("#case-origin") == de("Recorded by the office")
    assert page.inner_text("#case-applicant") == de("The affected person themselves")
    assert NAME in page.inner_text("main")

    page.goto(live_site + "/de/committee/")
    row = page.locator("#case-table tr", has_text=case.reference)
    assert NAME in row.inner_text()
    assert de("Recorded by the office") in row.inner_text()
    context.close()


def _attendance(page, base, session, presence):
    page.goto(base + f"/de/committee/sessions/{session.pk}/attendance/")
    for seat, present in presence.items():
        value = "present" if present else "absent"
        page.check(f"input[name='seat_{seat.pk}'][value='{value}']")
    page.click("#attendance-form button[type='submit']")
    page.wait_for_url(re.compile(r".*/de/committee/sessions/\d+/$"))


def test_a_deputy_acts_only_for_an_absent_member(live_site, browser, tmp_path, settings):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    demo_accounts_ensure()
    rules_open()
    users = get_user_model().objects
    office, first = users.get(username="office"), users.get(username="committee-1")
    member, absent_one = (
        Membership.objects.get(user=first),
        Membership.objects.get(user__username="committee-2"),
    )
    deputy_user = users.create_user("deputy-1", email="deputy-1@localhost")
    deputy_user.set_password(DEMO_PASSWORD)
    deputy_user.save()
    deputy_user.groups.add(*first.groups.all())
    totp_device_ensure(user=deputy_user, name="demo", key=base64.b32decode(DEMO_TOTP_SECRET))
    deputy = Membership.objects.create(
        user=deputy_user, kind=Membership.Kind.DEPUTY, deputy_for=absent_one, body="WV"
    )

    case = case_submit(users.get(username="advisor-awo"), full_name="Amina Vertretung")
    committee_services.case_status_change(
        case=case,
        status=CaseStatus.ADMISSIBLE,
        actor=office,
        role=committee_services.ROLE_COMMITTEE,
    )
    session = CommitteeSession.objects.create(
        starts_at=timezone.now() + timedelta(days=3), place="Rathaus, Raum 1"
    )
    committee_services.case_schedule(case=case, session=session, actor=office)
    CommitteeSession.objects.filter(pk=session.pk).update(
        starts_at=timezone.localtime().replace(hour=0, minute=0, second=1)
    )
    case.refresh_from_db()
    committee_services.assessment_save(
        case=case,
        text="Das Gremium empfiehlt die Härtefallkommission.",
        recommendation=Recommendation.HARDSHIP_COMMISSION,
        version=0,
        actor=first,
    )
    case_url = f"/de/committee/cases/{case.reference}/"

    office_context = browser.new_context(locale="de-DE")
    office_page = office_context.new_page()
    log_in(office_page, live_site, "office", "/de/committee/sessions/")
    # Everyone there: the deputy is a guest.
    _attendance(office_page, live_site, session, {member: True, absent_one: True, deputy: True})
    deputy_context = browser.new_context(locale="de-DE")
    deputy_page = deputy_context.new_page()
    log_in(deputy_page, live_site, "deputy-1", case_url)
    assert deputy_page.locator("#confirm-form").count() == 0
    assert deputy_page.locator("#note-form").count() == 0
    assert deputy_page.locator("#deputy-standing-by").count() == 1
    assert str(deputy) not in deputy_page.inner_text("#confirmations")

    # The member is absent: the deputy stands in and is asked to confirm.
    _attendance(office_page, live_site, session, {member: True, absent_one: False, deputy: True})
    deputy_page.goto(live_site + case_url)
    assert deputy_page.locator("#deputy-standing-by").count() == 0
    deputy_page.fill("#note-form textarea", "Aus Sicht des Wohlfahrtsverbands tragfähig.")
    deputy_page.click("#note-form button[type='submit']")
    deputy_page.wait_for_url(re.compile(rf".*{case_url}$"))
    assert MemberNote.objects.filter(case=case, membership=deputy).exists()
    assert deputy_page.locator("#confirm-form").count() == 1
    assert axe_violations(deputy_page) == []
    deputy_page.click("#confirm-form button[type='submit']")
    deputy_page.wait_for_url(re.compile(rf".*{case_url}$"))
    assert deputy_page.locator("#confirm-form").count() == 0
    # The deputy's confirmation counts; the present member's is still missing.
    office_page.goto(live_site + case_url)
    confirmations = office_page.inner_text("#confirmations")
    assert f"{deputy}: {de('confirmed this version')}" in confirmations
    assert f"{member}: {de('not confirmed yet')}" in confirmations
    assert str(absent_one) not in confirmations
    deputy_context.close()

    committee_services.assessment_confirm(
        case=case,
        membership=member,
        version=case.assessment.version,
        actor=first,
    )
    office_page.goto(live_site + case_url)
    office_page.click("#release-form button[type='submit']")
    office_page.wait_for_url(re.compile(rf".*{case_url}$"))
    assert office_page.inner_text("#case-status") == str(CaseStatus.ASSESSMENT_SENT.label)
    office_context.close()
