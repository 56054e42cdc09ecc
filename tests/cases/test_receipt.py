"""After submitting: a success message, a printable receipt without anything about the person,
and a confirmation e-mail to the advisor with the reference and a link only."""

import io
import socket

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.formats import date_format
from pypdf import PdfReader

from cases import services
from cases.models import AuditEntry, Case, Evidence
from tests.cases.helpers import (
    application_post,
    application_send,
    draft_start,
    login_verified,
    pdf_bytes,
    png_bytes,
)

pytestmark = pytest.mark.django_db

NAME = "Amina Testperson"
UPLOADED_AS = "erklaerung-amina-testperson.pdf"


def submit(client, user):
    login_verified(client, user)
    draft_start(client)
    data = application_post()
    data["consent_file"] = SimpleUploadedFile(
        UPLOADED_AS, pdf_bytes(), content_type="application/pdf"
    )
    return application_send(client, data)


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def advisor_mails(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_the_case_page_says_submitted_and_links_the_receipt(client, advisor_a):
    response = submit(client, advisor_a)
    case = Case.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert f"Fall {case.reference}" in page
    notice = page.split('role="status"', 1)[1].split("</div>", 1)[0]
    assert case.reference in notice
    assert f'href="/de/cases/{case.reference}/receipt.pdf"' in notice
    # Shown once: reloading the page does not repeat it.
    again = client.get(response["Location"]).content.decode()
    assert 'role="status"' not in again


def test_the_receipt_names_reference_date_centre_and_documents_but_not_the_person(
    client, advisor_a, center_a
):
    submit(client, advisor_a)
    case = Case.objects.get()
    response = client.get(f"/en/cases/{case.reference}/receipt.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    assert case.reference in response["Content-Disposition"]
    text = pdf_text(response.content)
    with translation.override("en"):
        submitted = date_format(timezone.localtime(case.submitted_at), "DATETIME_FORMAT")
    assert case.reference in text
    assert " ".join(submitted.split()) in text
    assert center_a.name in text
    assert "declaration" in text
    assert "PDF" in text
    assert "Amina" not in text
    assert "Testperson" not in text
    assert "erklaerung" not in text
    assert "Innenstadt" not in text  # nothing from the application
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD, detail="receipt"
    ).exists()


def test_the_receipt_lists_the_evidence_sent_with_the_application_without_its_ground(
    client, advisor_a
):
    submit(client, advisor_a)
    case = Case.objects.get()
    services.evidence_store(
        actor=advisor_a,
        document=(png_bytes(), "png"),
        criterion="health",
        description="Attest Dr. Quelle",
        case=case,
    )
    # Evidence moved over from the draft carries the time it was attached, before submitting.
    Evidence.objects.update(added_at=case.submitted_at)
    text = pdf_text(client.get(f"/en/cases/{case.reference}/receipt.pdf").content)
    assert "Supporting document 1" in text
    assert "PNG" in text
    assert "Health" not in text
    assert "Attest" not in text
    # A document added after the submission is not part of what was submitted.
    services.evidence_store(
        actor=advisor_a, document=(pdf_bytes(), "pdf"), criterion="family", case=case
    )
    text = pdf_text(client.get(f"/en/cases/{case.reference}/receipt.pdf").content)
    assert "Supporting document 2" not in text


def test_the_receipt_of_another_centres_case_does_not_exist(client, advisor_a, case_b):
    login_verified(client, advisor_a)
    response = client.get(f"/de/cases/{case_b.reference}/receipt.pdf")
    assert response.status_code == 404
    assert AuditEntry.objects.filter(
        case_reference=case_b.reference, action=AuditEntry.Action.ACCESS_DENIED
    ).exists()
    assert not AuditEntry.objects.filter(
        case_reference=case_b.reference, action=AuditEntry.Action.DOWNLOAD
    ).exists()


def test_the_advisor_gets_one_mail_with_reference_and_link_only(
    client, advisor_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, advisor_a)
    case = Case.objects.get()
    mails = advisor_mails(advisor_a)
    assert len(mails) == 1
    message = mails[0]
    assert case.reference in message.subject
    assert case.reference in message.body
    assert f"/de/cases/{case.reference}/" in message.body
    for text in (message.subject, message.body):
        assert "Amina" not in text
        assert "Testperson" not in text
        assert "Innenstadt" not in text
    assert not message.attachments


def test_the_same_form_sent_twice_mails_once(
    client, advisor_a, django_capture_on_commit_callbacks
):
    login_verified(client, advisor_a)
    draft_start(client)
    data = application_post()
    with django_capture_on_commit_callbacks(execute=True):
        for _attempt in range(2):
            data["consent_file"] = SimpleUploadedFile(
                UPLOADED_AS, pdf_bytes(), content_type="application/pdf"
            )
            application_send(client, data)
    assert Case.objects.count() == 1
    assert len(advisor_mails(advisor_a)) == 1


def test_a_mail_server_that_is_down_keeps_the_case(
    client, advisor_a, settings, caplog, django_capture_on_commit_callbacks
):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Closed again: a connection to this port is refused.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, advisor_a)
    case = Case.objects.get()
    assert response["Location"] == f"/de/cases/{case.reference}/"
    assert client.get(response["Location"]).status_code == 200
    assert client.get(f"/de/cases/{case.reference}/receipt.pdf").status_code == 200
    logged = "\n".join(
        record.getMessage() for record in caplog.records if record.name == "portal.notifications"
    )
    assert "'case_submitted_confirmation'" in logged
    assert "Amina" not in logged


def test_the_receipt_comes_in_every_language(client, advisor_a, case_a, settings):
    login_verified(client, advisor_a)
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/cases/{case_a.reference}/receipt.pdf")
        assert response.status_code == 200, code
        text = pdf_text(response.content)
        assert case_a.reference in text, code
        assert str(timezone.localtime(case_a.submitted_at).year) in text, code
        with translation.override(code):
            title = translation.gettext("Attached documents")
        if code not in ("ar", "fa", "ps", "ckb"):
            # pypdf gives Arabic script in visual order; the others come out as written.
            assert title in text, code
