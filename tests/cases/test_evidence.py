"""Supporting documents added to a submitted case: only by its own centre, only while the
case is open, checked like the consent file, stored encrypted, handed out under a neutral
name, deleted with the case."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from cases import services as case_services
from cases.models import AuditEntry, Case, CaseStatus, Evidence
from cases.services import private_files_unreferenced
from committee import services as committee_services
from tests.cases.helpers import login_verified, pdf_bytes, png_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DESCRIPTION = "Attest Dr. Vertraulich, März 2026"


def _upload(content=None, name="Amina Testperson Attest.pdf"):
    return SimpleUploadedFile(name, content or pdf_bytes(), content_type="application/pdf")


def _add(client, case, **overrides):
    data = {"document": _upload(), "criterion": "health", "description": DESCRIPTION}
    data.update(overrides)
    return client.post(f"/de/cases/{case.reference}/evidence/", data)


def _set_status(case, status):
    Case.objects.filter(pk=case.pk).update(status=status)


def test_advisor_adds_a_document_that_is_stored_encrypted(
    client, advisor_a, case_a, settings, django_capture_on_commit_callbacks, mailoutbox
):
    login_verified(client, advisor_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(client, case_a)
    assert response.status_code == 302
    assert response["Location"] == f"/de/cases/{case_a.reference}/#additions"
    evidence = Evidence.objects.get(case=case_a)
    assert evidence.criterion == "health"
    assert evidence.added_by == advisor_a
    stored = (Path(settings.PRIVATE_STORAGE_ROOT) / evidence.file_name).read_bytes()
    assert b"%PDF" not in stored
    assert DESCRIPTION not in evidence.description_encrypted
    assert AuditEntry.objects.filter(
        case_reference=case_a.reference, action=AuditEntry.Action.EVIDENCE_ADD
    ).exists()
    # The committee hears of it: reference and link, nothing else.
    (message,) = mailoutbox
    assert case_a.reference in message.subject
    assert f"/de/committee/cases/{case_a.reference}/" in message.body
    assert "Amina" not in message.body + message.subject
    assert DESCRIPTION not in message.body

    page = client.get(f"/de/cases/{case_a.reference}/").content.decode()
    assert DESCRIPTION in page
    assert "Unterlage 1: Gesundheit" in page
    assert f"/de/cases/{case_a.reference}/evidence/1/" in page


def test_a_refused_file_keeps_what_was_typed(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    response = _add(
        client,
        case_a,
        document=_upload(b"MZ not a document", name="x.pdf"),
        criterion="family",
        description="Geburtsurkunde des Kindes",
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_document_error"' in page
    assert "Diese Datei ist keine PDF-, JPEG- oder PNG-Datei" in page
    assert 'value="Geburtsurkunde des Kindes"' in page
    assert '<option value="family" selected>' in page
    assert "höchstens 10 MB" in page
    assert not Evidence.objects.exists()


def test_a_file_over_the_limit_is_refused_next_to_the_field(client, advisor_a, case_a, settings):
    settings.EVIDENCE_FILE_MAX_BYTES = 100
    login_verified(client, advisor_a)
    response = _add(client, case_a, document=_upload(pdf_bytes() + b"x" * 200))
    assert response.status_code == 400
    assert "größer als" in response.content.decode()
    assert not Evidence.objects.exists()
    assert private_files_unreferenced() == []


def test_a_missing_criterion_is_named(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    response = _add(client, case_a, criterion="")
    assert response.status_code == 400
    assert 'id="id_criterion_error"' in response.content.decode()


def test_the_number_of_documents_is_limited(client, advisor_a, case_a, settings):
    settings.EVIDENCE_FILES_MAX = 1
    login_verified(client, advisor_a)
    assert _add(client, case_a).status_code == 302
    response = _add(client, case_a, description="zweites")
    assert response.status_code == 400
    assert "höchstens 1 Unterlagen" in response.content.decode()
    assert Evidence.objects.count() == 1
    assert private_files_unreferenced() == []


def test_another_centre_cannot_add_or_download(client, advisor_b, advisor_a, case_a):
    _evidence(case_a, advisor_a)
    login_verified(client, advisor_b)
    assert _add(client, case_a).status_code == 404
    assert client.get(f"/de/cases/{case_a.reference}/evidence/1/").status_code == 404
    assert Evidence.objects.count() == 1
    assert AuditEntry.objects.filter(
        case_reference=case_a.reference, action=AuditEntry.Action.ACCESS_DENIED
    ).exists()


def test_the_committee_cannot_add_documents(client, committee_member, case_a):
    login_verified(client, committee_member)
    assert _add(client, case_a).status_code == 404
    assert not Evidence.objects.exists()


@pytest.mark.parametrize(
    "status",
    [
        CaseStatus.DISCUSSED,
        CaseStatus.ASSESSMENT_SENT,
        CaseStatus.CLOSED,
        CaseStatus.WITHDRAWN,
        CaseStatus.NOT_ADMISSIBLE,
    ],
)
def test_a_case_no_longer_open_takes_no_documents(client, advisor_a, case_a, status):
    _set_status(case_a, status)
    login_verified(client, advisor_a)
    assert _add(client, case_a).status_code == 404
    assert not Evidence.objects.exists()
    assert private_files_unreferenced() == []
    page = client.get(f"/de/cases/{case_a.reference}/").content.decode()
    assert 'id="evidence-form"' not in page


@pytest.mark.parametrize("status", [CaseStatus.ADMISSIBLE, CaseStatus.SCHEDULED])
def test_an_open_case_takes_documents(client, advisor_a, case_a, status):
    _set_status(case_a, status)
    login_verified(client, advisor_a)
    assert 'id="evidence-form"' in client.get(f"/de/cases/{case_a.reference}/").content.decode()
    assert _add(client, case_a).status_code == 302


def test_get_is_not_allowed(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    assert client.get(f"/de/cases/{case_a.reference}/evidence/").status_code == 405
    assert client.get(f"/de/cases/{case_a.reference}/addenda/").status_code == 405


def _evidence(case, advisor, document=None, description=DESCRIPTION):
    return case_services.case_evidence_add(
        case=case,
        actor=advisor,
        document=document or (pdf_bytes(), "pdf"),
        criterion="health",
        description=description,
    )


@pytest.mark.parametrize("reader", ["advisor_a", "committee_member", "office"])
def test_download_under_a_neutral_name_and_audited(client, request, advisor_a, case_a, reader):
    _evidence(case_a, advisor_a, document=(png_bytes(), "png"))
    _evidence(case_a, advisor_a)
    user = (
        UserFactory(groups=["Office"]) if reader == "office" else request.getfixturevalue(reader)
    )
    login_verified(client, user)
    response = client.get(f"/de/cases/{case_a.reference}/evidence/2/")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="evidence-{case_a.reference}-2.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    first = client.get(f"/de/cases/{case_a.reference}/evidence/1/")
    assert first["Content-Type"] == "image/png"
    assert first["Content-Disposition"].endswith(f'evidence-{case_a.reference}-1.png"')
    assert AuditEntry.objects.filter(
        actor=user,
        case_reference=case_a.reference,
        action=AuditEntry.Action.EVIDENCE_DOWNLOAD,
        detail="document 2",
    ).exists()
    assert client.get(f"/de/cases/{case_a.reference}/evidence/3/").status_code == 404
    assert client.get(f"/de/cases/{case_a.reference}/evidence/0/").status_code == 404


def test_committee_case_page_lists_the_documents(client, advisor_a, case_a, committee_member):
    _evidence(case_a, advisor_a)
    login_verified(client, committee_member)
    page = client.get(f"/de/committee/cases/{case_a.reference}/").content.decode()
    assert DESCRIPTION in page
    assert "Unterlage 1: Gesundheit" in page
    assert f'href="/de/cases/{case_a.reference}/evidence/1/"' in page
    assert "PDF" in page


def test_deleting_the_case_deletes_its_evidence_files(
    advisor_a, case_a, settings, django_capture_on_commit_callbacks
):
    evidence = _evidence(case_a, advisor_a)
    path = Path(settings.PRIVATE_STORAGE_ROOT) / evidence.file_name
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        committee_services.case_consent_withdraw(case=case_a, actor=advisor_a)
    assert not Evidence.objects.exists()
    assert not path.exists()
    assert not (Path(settings.PRIVATE_STORAGE_ROOT) / case_a.consent_file_name).exists()


def test_a_rolled_back_deletion_keeps_the_evidence_files(advisor_a, case_a, settings):
    evidence = _evidence(case_a, advisor_a)
    path = Path(settings.PRIVATE_STORAGE_ROOT) / evidence.file_name
    with pytest.raises(RuntimeError), transaction.atomic():
        committee_services.case_delete(case=case_a, actor=advisor_a, detail="test")
        raise RuntimeError
    assert path.exists()
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_evidence_files_count_as_referenced(advisor_a, case_a):
    _evidence(case_a, advisor_a)
    assert private_files_unreferenced() == []
