"""On a portal built from Leverkusen's profile, whose rules let the office record
applications made in writing or *zur Niederschrift*, the office records a written application
in the browser and finds it in its list; and a deputy of the profile's seats writes a note and
confirms the joint assessment only while standing in for an absent member."""

import re
import uuid
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from cases import services as case_services
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
from demo.accounts import demo_accounts_ensure
from tests.browser.conftest import axe_violations
from tests.browser.test_committee_journey import log_in
from tests.cases.helpers import pdf_bytes
from tests.ui import de

pytestmark = pytest.mark.browser

NAME = "Yara Niederschrift"


@pytest.fixture
def leverkusen(live_profile_site):
    """Leverkusen's portal with what ``seed_portal`` adds after the pages: the consent texts
    and the demo logins of its seats (five members, five deputies)."""
    base = live_profile_site("leverkusen")
    consent_text_ensure()
    demo_accounts_ensure()
    return base


def _rules():
    return CommitteeRules.for_site(Site.objects.get(is_default_site=True))


def test_the_office_records_a_written_application(leverkusen, browser, tmp_path, settings):
    live_site = leverkusen
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    rules = _rules()
    assert rules.office_records_applications
    assert ApplicantKind.AFFECTED_PERSON in rules.applicant_kinds
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
    page.wait_for_url(
        re.compile(
            rf".*/de/committee/cases/{rules.reference_prefix}-[A-Z0-9]{{4}}-[A-Z0-9]{{4}}/$"
        )
    )
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


def _recorded_case(*, office, rules, full_name):
    """An application the office recorded, as Leverkusen's cases come: without an advice
    centre."""
    case, _created = case_services.case_submit(
        reference_prefix=rules.reference_prefix,
        user=office,
        submission_token=uuid.uuid4(),
        answers={"applicant_kind": ApplicantKind.AFFECTED_PERSON.value, "submitted_before": False},
        application={
            "full_name": full_name,
            "date_of_birth": date(1990, 5, 17),
            "nationality": "Testland",
            "district": "Wiesdorf",
            "residence_status": "duldung",
            "ground_length_of_stay": "Seit 2015 in Leverkusen",
            "summary": "Schriftlich an das Gremium gerichtet.",
            "contact_name": full_name,
        },
        household=[],
        consent_version="2026-01",
        consent_file=(pdf_bytes(), "pdf"),
        recorded_by_office=True,
    )
    return case


def test_a_deputy_acts_only_for_an_absent_member(leverkusen, browser, tmp_path, settings):
    live_site = leverkusen
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    rules = _rules()
    # The profile's seats: as many members and deputies as its rules say, each deputy standing
    # in for the member of the same body.
    members = Membership.objects.filter(kind=Membership.Kind.MEMBER).order_by("user__username")
    deputies = Membership.objects.filter(kind=Membership.Kind.DEPUTY).order_by("user__username")
    assert (members.count(), deputies.count()) == (rules.member_count, rules.deputy_count)
    users = get_user_model().objects
    office = users.get(username="office")
    member, absent_one = members[0], members[1]
    first = member.user
    deputy = deputies.get(deputy_for=absent_one)
    assert deputy.body == absent_one.body

    case = _recorded_case(office=office, rules=rules, full_name="Amina Vertretung")
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
    # Every member there: the deputy is a guest, the other deputies stay away.
    everyone = {seat: True for seat in members} | {seat: seat == deputy for seat in deputies}
    _attendance(office_page, live_site, session, everyone)
    deputy_context = browser.new_context(locale="de-DE")
    deputy_page = deputy_context.new_page()
    # Standing in for nobody, the deputy finds the case neither in the list nor at its address.
    log_in(deputy_page, live_site, deputy.user.username, "/de/committee/")
    assert deputy_page.locator("#deputy-cases").count() == 1
    assert case.reference not in deputy_page.inner_text("main")
    response = deputy_page.goto(live_site + case_url)
    assert response.status == 404

    # The member is absent: the deputy stands in and is asked to confirm.
    _attendance(office_page, live_site, session, everyone | {absent_one: False})
    deputy_page.goto(live_site + "/de/committee/")
    assert case.reference in deputy_page.inner_text("main")
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

    for seat in members:
        if seat != absent_one:
            committee_services.assessment_confirm(
                case=case, membership=seat, version=case.assessment.version, actor=seat.user
            )
    office_page.goto(live_site + case_url)
    office_page.click("#release-form button[type='submit']")
    office_page.wait_for_url(re.compile(rf".*{case_url}$"))
    assert office_page.inner_text("#case-status") == str(CaseStatus.ASSESSMENT_SENT.label)
    office_context.close()
