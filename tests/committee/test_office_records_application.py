"""The office records an application received on paper or in person (*zur Niederschrift*),
where the committee's rules let it: the same Kurzantrag and the same admissibility check as
an advisor's, with the scanned signed consent, and no advice centre."""

import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from cases import storage
from cases.models import ApplicantKind, AuditEntry, Case, CaseStatus
from committee import services
from tests.cases.helpers import application_post, pdf_bytes
from tests.committee.conftest import case_submit, client_login
from tests.ui import de

URL = "/de/committee/cases/record/"
NAME = "Zelda Niederschrift"


@pytest.fixture
def open_rules(rules):
    """Leverkusen's kinds of applicant and the office's channel open."""
    rules.applicant_kinds = [
        ApplicantKind.AFFECTED_PERSON.value,
        ApplicantKind.REPRESENTATIVE.value,
        ApplicantKind.INITIATIVE_GROUP.value,
    ]
    rules.office_records_applications = True
    rules.save()
    return rules


def recorded_post(**overrides):
    data = application_post(
        full_name=NAME,
        contact_name="Initiative Zuflucht",
        contact_email="",
        contact_phone="",
        applicant_kind="initiative_group",
        other_authority="no",
        court_procedure="no",
        asylum_application="no",
    )
    data["consent_file"] = SimpleUploadedFile(
        "unterschrift.pdf", pdf_bytes(), content_type="application/pdf"
    )
    data.update(overrides)
    return data


def test_closed_by_the_rules_the_page_does_not_exist(office_client, rules):
    assert not rules.office_records_applications
    assert office_client.get(URL).status_code == 404
    assert office_client.post(URL, recorded_post()).status_code == 404
    assert not Case.objects.exists()


@pytest.mark.parametrize("who", ["advisor", "member", "anonymous"])
def test_only_the_office_reaches_it(client, open_rules, advisor, member, who):
    if who != "anonymous":
        client_login(client, {"advisor": advisor, "member": member}[who])
    response = client.post(URL, recorded_post())
    if who == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 404
    assert not Case.objects.exists()


def test_the_office_needs_both_factors(client, open_rules, office):
    client.force_login(office)
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_office_chooses_among_the_kinds_the_rules_admit_but_advisors(
    office_client, open_rules
):
    open_rules.applicant_kinds = [
        ApplicantKind.PROFESSIONAL_ADVISOR.value,
        ApplicantKind.AFFECTED_PERSON.value,
    ]
    open_rules.save()
    page = office_client.get(URL).content.decode()
    assert 'value="affected_person"' in page
    assert 'value="professional_advisor"' not in page
    assert 'value="initiative_group"' not in page
    for refused in ("professional_advisor", "initiative_group"):
        response = office_client.post(URL, recorded_post(applicant_kind=refused))
        assert response.status_code == 400
        assert 'id="id_applicant_kind_error"' in response.content.decode()
    assert not Case.objects.exists()


def test_with_advice_centres_only_there_is_nothing_to_record(office_client, open_rules):
    open_rules.applicant_kinds = [ApplicantKind.PROFESSIONAL_ADVISOR.value]
    open_rules.save()
    response = office_client.get(URL)
    assert 'id="no-applicant-kinds"' in response.content.decode()
    assert 'id="record-form"' not in response.content.decode()
    office_client.post(URL, recorded_post())
    assert not Case.objects.exists()


def test_a_refused_application_says_why_and_stores_nothing(office_client, open_rules):
    open_rules.exclude_petition_or_hardship_commission = True
    open_rules.save()
    response = office_client.post(URL, recorded_post(petition_or_hardship_commission="yes"))
    page = response.content.decode()
    assert 'id="refusal-exclude_petition_or_hardship_commission"' in page
    assert de("Nothing about the person has been stored.") in page
    # What was typed is still there.
    assert NAME in page
    assert not Case.objects.exists()
    assert not storage.private_file_names()


def test_without_the_signed_consent_nothing_is_stored_and_nothing_typed_is_lost(
    office_client, open_rules
):
    data = recorded_post(ground_health="Chronisch krank, Behandlung in der Stadt.")
    del data["consent_file"]
    response = office_client.post(URL, data)
    page = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_consent_file_error"' in page
    assert de("Please attach the signed consent declaration.") in page
    assert 'href="#id_consent_file"' in page
    for typed in (NAME, "Chronisch krank, Behandlung in der Stadt.", "Innenstadt-Nord"):
        assert typed in page
    assert 'value="initiative_group" checked' in page or (
        'value="initiative_group"' in page and "checked" in page
    )
    assert not Case.objects.exists()


def test_a_consent_file_that_is_no_pdf_is_refused_as_the_advisors_is(office_client, open_rules):
    data = recorded_post()
    data["consent_file"] = SimpleUploadedFile(
        "unterschrift.pdf", b"not a pdf at all", content_type="application/pdf"
    )
    page = office_client.post(URL, data).content.decode()
    assert 'id="id_consent_file_error"' in page
    assert NAME in page
    assert not Case.objects.exists()


def test_recording_creates_an_encrypted_case_without_advisor(
    office_client, open_rules, office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(URL, recorded_post())
    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/de/committee/cases/{case.reference}/"
    assert case.advice_center is None
    assert case.recorded_by_office
    assert case.submitted_by == office
    assert case.applicant_kind == ApplicantKind.INITIATIVE_GROUP
    assert NAME not in case.payload
    assert case.data["application"]["full_name"] == NAME
    assert case.data["admissibility"]["applicant_kind"] == "initiative_group"
    assert storage.private_file_read(case.consent_file_name).startswith(b"%PDF")
    entry = AuditEntry.objects.get(case_reference=case.reference, action=AuditEntry.Action.CREATE)
    assert entry.actor == office
    assert entry.detail == "recorded by the office"
    # The mails name the case by its reference only.
    assert mail.outbox
    for message in mail.outbox:
        assert NAME not in message.subject + message.body
    # The confirmation an advisor would get goes to the office, with the committee's page.
    link = f"/committee/cases/{case.reference}/"
    confirmations = [m for m in mail.outbox if office.email in m.to and link in m.body]
    assert confirmations


def test_a_resent_page_makes_no_second_case(office_client, open_rules):
    token = str(uuid.uuid4())
    office_client.post(URL, recorded_post(submission_token=token))
    response = office_client.post(URL, recorded_post(submission_token=token))
    case = Case.objects.get()
    assert response["Location"] == f"/de/committee/cases/{case.reference}/"


def test_the_recorded_case_is_in_the_lists_as_recorded_by_the_office(
    office_client, open_rules, advisor
):
    case_submit(advisor)
    office_client.post(URL, recorded_post())
    case = Case.objects.get(recorded_by_office=True)
    page = office_client.get("/de/committee/").content.decode()
    assert case.reference in page
    assert de("Recorded by the office") in page
    assert 'id="record-link"' in page
    detail = office_client.get(f"/de/committee/cases/{case.reference}/").content.decode()
    assert de("Recorded by the office") in detail
    assert de("An initiative group") in detail
    assert escape(de("Applicant's name")) in detail
    assert "Initiative Zuflucht" in detail


def test_the_advisors_do_not_see_a_recorded_case(client, open_rules, office, advisor):
    client_login(client, office)
    client.post(URL, recorded_post())
    case = Case.objects.get()
    client.logout()
    client_login(client, advisor)
    assert client.get(f"/de/cases/{case.reference}/").status_code == 404
    assert case.reference not in client.get("/de/cases/").content.decode()


def test_status_changes_of_a_recorded_case_go_to_the_office(
    office_client, open_rules, office, member, settings, django_capture_on_commit_callbacks
):
    office_client.post(URL, recorded_post())
    case = Case.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.case_status_change(
            case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
        )
    (message,) = mail.outbox
    assert set(message.to) == {office.email, settings.OFFICE_EMAIL} - {""}
    assert case.reference in message.subject
    assert f"/committee/cases/{case.reference}/" in message.body
    assert NAME not in message.body


def test_an_earlier_case_of_the_same_person_asks_what_changed(office_client, open_rules, advisor):
    open_rules.repeat_requires_changed_facts = True
    open_rules.save()
    case_submit(advisor, full_name=NAME)
    data = recorded_post(submitted_before="no", date_of_birth="1990-05-17")
    response = office_client.post(URL, data)
    assert 'id="id_changes_since_last_error"' in response.content.decode()
    assert Case.objects.count() == 1
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REPEAT_CHECK).exists()


def test_the_page_asks_for_the_applicant_not_an_advisor(office_client, open_rules):
    page = office_client.get(URL).content.decode()
    assert escape(de("Who applied?")) in page
    assert escape(de("Applicant's name")) in page
    assert escape(de("Advisor's name")) not in page
    assert escape(de("Who is bringing the case?")) not in page
