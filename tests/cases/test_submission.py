"""Submitting the Kurzantrag: one case per form, encrypted at rest, audited, notified."""

import re
import uuid
from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from cases import storage
from cases.models import AuditEntry, Case, ConsentText
from committee.services import ROLE_COMMITTEE, case_status_change
from portal import crypto
from tests.cases.helpers import (
    application_post,
    application_send,
    draft_start,
    draft_step_url,
    login_verified,
    pdf_bytes,
    step_post,
    submit_case,
)
from tests.ui import de

MARKER = "Zzmarker-Qx7-Vertraulich"


def pdf_upload():
    return SimpleUploadedFile("erklaerung.pdf", pdf_bytes(), content_type="application/pdf")


def start(client, user, **answers):
    login_verified(client, user)
    draft_start(client, **answers)


def submit(client, **overrides):
    data = application_post(**overrides)
    data["consent_file"] = pdf_upload()
    return application_send(client, data), data


@pytest.mark.django_db
def test_submission_creates_one_case_with_reference_and_status_page(client, advisor_a, center_a):
    start(client, advisor_a)
    response, _data = submit(client)
    case = Case.objects.get()
    assert response["Location"] == f"/de/cases/{case.reference}/"
    assert re.fullmatch(r"BF-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", case.reference)
    assert case.advice_center == center_a
    assert case.consent_version == "1.0"
    page = client.get(response["Location"]).content.decode()
    assert case.reference in page
    assert "Submitted, waiting for the committee office" in page or "Eingereicht" in page
    data = case.data
    assert data["application"]["full_name"] == "Amina Testperson"
    assert data["household"][0]["minor"] is True
    assert len(data["household"]) == 1  # the empty row is not stored


@pytest.mark.django_db
def test_a_failing_mail_server_does_not_undo_or_hide_the_submission(
    client, advisor_a, settings, caplog, django_capture_on_commit_callbacks
):
    # Nothing listens on the discard port: the SMTP connection is refused.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", 9, False
    start(client, advisor_a)
    with django_capture_on_commit_callbacks(execute=True):
        response, _data = submit(client)
    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/de/cases/{case.reference}/"
    assert storage.private_file_read(case.consent_file_name)
    assert any(record.levelname == "ERROR" for record in caplog.records)


@pytest.mark.django_db
def test_double_submit_creates_exactly_one_case(client, advisor_a):
    start(client, advisor_a)
    data = application_post()
    data["consent_file"] = pdf_upload()
    first = application_send(client, data)
    data["consent_file"] = pdf_upload()
    second = application_send(client, data)  # resent POST, the draft already used up
    assert Case.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CREATE).count() == 1


@pytest.mark.django_db
def test_the_same_token_through_the_service_returns_the_first_case(advisor_a):
    token = uuid.uuid4()
    first = submit_case(advisor_a, token=token)
    second = submit_case(advisor_a, token=token)
    assert first.pk == second.pk
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_references_are_neither_sequential_nor_repeated(advisor_a):
    references = [submit_case(advisor_a, full_name=f"P {n}").reference for n in range(5)]
    assert len(set(references)) == 5
    assert references != sorted(references) or references != sorted(references, reverse=True)


@pytest.mark.django_db
def test_personal_data_is_not_in_the_database_table_nor_in_the_file(client, advisor_a, settings):
    start(client, advisor_a)
    submit(
        client,
        full_name=f"Amina {MARKER}",
        ground_health=f"Diagnose {MARKER}",
        summary=f"Zusammenfassung {MARKER}",
    )
    case = Case.objects.get()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Case._meta.db_table}")  # noqa: S608
        rows = cursor.fetchall()
    dump = repr(rows)
    assert MARKER not in dump
    assert "Amina" not in dump
    assert "Diagnose" not in dump
    assert MARKER in case.data["application"]["summary"]  # it is there, encrypted
    stored = (settings.PRIVATE_STORAGE_ROOT / case.consent_file_name).read_bytes()
    assert not stored.startswith(b"%PDF")
    assert b"/Type" not in stored
    assert crypto.bytes_decrypt(stored).startswith(b"%PDF-")
    assert not str(settings.PRIVATE_STORAGE_ROOT).startswith(str(settings.MEDIA_ROOT))


@pytest.mark.django_db
def test_old_keys_still_decrypt_after_rotation(advisor_a, settings):
    case = submit_case(advisor_a)
    old_keys = list(settings.PORTAL_ENCRYPTION_KEYS)
    settings.PORTAL_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *old_keys]
    assert case.data["application"]["full_name"] == "Amina Testperson"
    rotated = crypto.token_rotate(case.payload.encode())
    settings.PORTAL_ENCRYPTION_KEYS = settings.PORTAL_ENCRYPTION_KEYS[:1]
    assert crypto.json_decrypt(rotated.decode())["application"]["full_name"] == "Amina Testperson"


@pytest.mark.django_db
def test_download_is_an_attachment_that_is_never_cached_nor_sniffed(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    response = client.get(f"/de/cases/{case_a.reference}/consent-file/")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert response["Content-Disposition"] == (
        f'attachment; filename="consent-{case_a.reference}.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.django_db
def test_the_file_is_not_reachable_under_the_media_url(client, case_a):
    response = client.get(f"/media/{case_a.consent_file_name}", follow=True)
    assert response.status_code == 404


@pytest.mark.django_db
def test_audit_entries_for_create_view_download_status_change_and_refusal(
    client, advisor_a, advisor_b, committee_member
):
    start(client, advisor_a)
    submit(client, full_name=f"Amina {MARKER}")
    case = Case.objects.get()
    client.get(f"/de/cases/{case.reference}/")
    client.get(f"/de/cases/{case.reference}/consent-file/")
    case_status_change(case=case, status="admissible", actor=committee_member, role=ROLE_COMMITTEE)
    other = client.__class__()
    login_verified(other, advisor_b)
    other.get(f"/de/cases/{case.reference}/consent-file/")
    entries = list(
        AuditEntry.objects.filter(case_reference=case.reference).values_list(
            "action", "actor_username"
        )
    )
    assert entries == [
        ("create", advisor_a.username),
        ("view", advisor_a.username),
        ("download", advisor_a.username),
        ("status_change", committee_member.username),
        ("access_denied", advisor_b.username),
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {AuditEntry._meta.db_table}")  # noqa: S608
        assert MARKER not in repr(cursor.fetchall())


@pytest.mark.django_db
def test_the_audit_log_cannot_be_changed_or_deleted(advisor_a, case_a):
    entry = AuditEntry.objects.filter(case_reference=case_a.reference).first()
    entry.detail = "changed"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(detail="changed")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()


@pytest.mark.django_db
def test_notifications_carry_only_the_reference_and_a_link(
    client, advisor_a, committee_member, django_capture_on_commit_callbacks
):
    start(client, advisor_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, full_name=f"Amina {MARKER}", district="Eving")
    case = Case.objects.get()
    new_case_mails = [m for m in mail.outbox if case.reference in m.subject]
    assert new_case_mails and committee_member.email in new_case_mails[0].to
    # The committee is sent to its own view of the case, not the advisor's.
    assert f"/de/committee/cases/{case.reference}/" in new_case_mails[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        case_status_change(
            case=case, status="admissible", actor=committee_member, role=ROLE_COMMITTEE
        )
    assert mail.outbox[0].to == [advisor_a.email]
    assert f"/de/cases/{case.reference}/" in mail.outbox[0].body
    for message in new_case_mails + list(mail.outbox):
        text = message.subject + message.body
        assert case.reference in text
        for personal in (MARKER, "Amina", "Eving", "Testland", "1990"):
            assert personal not in text


@pytest.mark.django_db
def test_add_row_without_javascript_keeps_everything_typed(client, advisor_a):
    start(client, advisor_a)
    data = application_post(summary="Alles bleibt erhalten")
    for step in ("person", "dates", "grounds"):
        step_post(client, data, step, first_step_url=client.draft_first_step)
    data["add_household_row"] = "1"
    response = step_post(client, data, "residence", first_step_url=client.draft_first_step)
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'name="household-TOTAL_FORMS" value="3"', html), html[:0]
    assert 'name="household-2-relation"' in html
    assert 'value="Innenstadt-Nord"' in html
    assert 'value="2016-05-05"' in html
    # The other steps keep theirs.
    grounds = client.get(draft_step_url(client.draft_first_step, "grounds")).content.decode()
    assert "Alles bleibt erhalten" in grounds
    person = client.get(client.draft_first_step).content.decode()
    assert 'value="Amina Testperson"' in person
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_at_least_one_hardship_ground_is_needed(client, advisor_a):
    start(client, advisor_a)
    response, _data = submit(client, ground_length_of_stay="")
    assert response.status_code == 200
    assert de("Please explain at least one ground for a particular hardship.") in (
        response.content.decode()
    )
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_consent_confirmation_is_required(client, advisor_a):
    start(client, advisor_a)
    data = application_post()
    del data["consent_confirmed"]
    data["consent_file"] = pdf_upload()
    response = application_send(client, data)
    assert 'id="id_consent_confirmed_error"' in response.content.decode()
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_a_failed_save_leaves_no_file_behind(advisor_a, settings, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr("cases.services.audit_record", broken)
    with pytest.raises(RuntimeError):
        submit_case(advisor_a)
    assert Case.objects.count() == 0
    root = settings.PRIVATE_STORAGE_ROOT
    assert not root.exists() or not any(root.iterdir())


@pytest.mark.django_db
def test_consent_text_is_printable_in_the_readers_language_with_fallback(client):
    german = client.get("/de/consent/")
    assert german.status_code == 200
    assert "Schweigepflicht" in german.content.decode()
    ConsentText.objects.filter(version="1.0", language="ar").delete()
    english = client.get("/en/consent/1.0/").content.decode()
    assert "release from confidentiality" in english
    # Without a translation the German text alone.
    assert "Schweigepflicht" in client.get("/ar/consent/1.0/").content.decode()
    assert client.get("/de/consent/9.9/").status_code == 404


@pytest.mark.django_db
def test_storage_refuses_path_tricks():
    with pytest.raises(ValueError):
        storage.private_file_read("../etc/passwd")


@pytest.mark.django_db
def test_rotation_command_re_encrypts_so_old_keys_can_go(advisor_a, settings):
    case = submit_case(advisor_a)
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    call_command("rotate_case_keys", stdout=StringIO())
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    case.refresh_from_db()
    assert case.data["application"]["full_name"] == "Amina Testperson"
    assert storage.private_file_read(case.consent_file_name).startswith(b"%PDF-")
