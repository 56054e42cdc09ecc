"""Drafts: only the author's centre sees them, they are listed with their deletion date,
deleted with their files when their period has passed, and what was typed when a session
ended goes into the draft of the same user only."""

import time
import uuid
from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from accounts.middleware import LAST_SEEN
from cases import services, storage
from cases.models import AuditEntry, CaseDraft, Evidence
from tests.cases.helpers import (
    PASSWORD,
    application_post,
    current_code,
    draft_start,
    draft_step_url,
    login_verified,
    pdf_bytes,
    step_post,
    totp_device,
)
from tests.factories import AdvisorProfileFactory

pytestmark = pytest.mark.django_db

DRAFT_PATHS = (
    "person",
    "residence",
    "dates",
    "grounds",
    "evidence",
    "consent",
    "review",
    "delete",
    "evidence/{pk}/file",
    "evidence/{pk}/remove",
)


def _draft_with_evidence(client, user):
    login_verified(client, user)
    first_step = draft_start(client)
    step_post(client, {"full_name": "Amina Testperson"}, "person", first_step_url=first_step)
    draft = CaseDraft.objects.get()
    evidence = services.evidence_store(
        actor=user, document=(pdf_bytes(), "pdf"), criterion="health", draft=draft
    )
    return first_step, draft, evidence


def test_a_draft_of_another_centre_is_not_found_at_any_of_its_addresses(
    client, advisor_a, advisor_b
):
    _first, draft, evidence = _draft_with_evidence(client, advisor_a)
    login_verified(client, advisor_b)
    for path in DRAFT_PATHS:
        url = f"/de/cases/drafts/{draft.public_id}/{path.format(pk=evidence.pk)}/"
        assert client.get(url).status_code in (404, 405), url
        assert client.post(url, {"full_name": "Fremd", "action": "leave"}).status_code == 404, url
    draft.refresh_from_db()
    assert draft.data["fields"]["full_name"] == "Amina Testperson"
    assert Evidence.objects.filter(pk=evidence.pk).exists()
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.ACCESS_DENIED, case_reference=draft.public_id.hex
    ).exists()
    # An unknown draft answers the same.
    assert client.get(f"/de/cases/drafts/{uuid.uuid4()}/person/").status_code == 404


def test_a_colleague_of_the_same_centre_may_continue_the_draft(client, advisor_a, center_a):
    first_step, draft, _evidence = _draft_with_evidence(client, advisor_a)
    colleague = AdvisorProfileFactory(advice_center=center_a).user
    login_verified(client, colleague)
    assert client.get(first_step).status_code == 200


def test_drafts_are_listed_with_name_step_and_deletion_date(client, advisor_a, advisor_b):
    first_step, draft, _evidence = _draft_with_evidence(client, advisor_a)
    html = client.get("/de/cases/").content.decode()
    assert 'id="draft-table"' in html
    assert "Amina Testperson" in html
    assert timezone.localtime(draft.expires_at).strftime("%d.%m.%Y") in html
    assert f'href="{first_step}"' in html
    assert f"/de/cases/drafts/{draft.public_id}/delete/" in html
    # Another centre's advisor sees no trace of it.
    login_verified(client, advisor_b)
    html = client.get("/de/cases/").content.decode()
    assert "Amina" not in html
    assert str(draft.public_id) not in html


def test_the_period_counts_from_the_last_save(client, advisor_a):
    first_step, draft, _evidence = _draft_with_evidence(client, advisor_a)
    CaseDraft.objects.filter(pk=draft.pk).update(expires_at=timezone.now() + timedelta(days=1))
    step_post(client, {"nationality": "Testland"}, "person", first_step_url=first_step)
    draft.refresh_from_db()
    assert draft.expires_at > timezone.now() + timedelta(days=29)


def test_deleting_a_draft_asks_first_then_removes_it_and_its_files(
    client, advisor_a, django_capture_on_commit_callbacks
):
    _first, draft, evidence = _draft_with_evidence(client, advisor_a)
    url = f"/de/cases/drafts/{draft.public_id}/delete/"
    assert client.get(url).status_code == 200
    assert CaseDraft.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response["Location"] == "/de/cases/"
    assert not CaseDraft.objects.exists()
    assert not Evidence.objects.exists()
    assert evidence.file_name not in storage.private_file_names()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DRAFT_DELETE).exists()


def test_the_nightly_job_deletes_expired_drafts_with_their_files(
    client, advisor_a, seeded_site, django_capture_on_commit_callbacks
):
    _first, old, old_evidence = _draft_with_evidence(client, advisor_a)
    consent = SimpleUploadedFile("c.pdf", pdf_bytes(), content_type="application/pdf")
    step_post(
        client,
        {"consent_file": consent},
        "consent",
        first_step_url=draft_step_url(_first, "person"),
    )
    old.refresh_from_db()
    assert old.consent_file_name
    fresh_step = draft_start(client)
    fresh = CaseDraft.objects.exclude(pk=old.pk).get()
    CaseDraft.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_cases", stdout=out)
    assert "1 expired draft(s) deleted." in out.getvalue()
    assert list(CaseDraft.objects.all()) == [fresh]
    names = storage.private_file_names()
    assert old_evidence.file_name not in names
    assert old.consent_file_name not in names
    assert not Evidence.objects.exists()
    assert client.get(fresh_step).status_code == 200


def _session_ended(client):
    session = client.session
    session[LAST_SEEN] = int(time.time()) - 31 * 60
    session.save()


def _log_in(client, user, next_url):
    device = totp_device(user)
    response = client.post(
        "/de/accounts/login/", {"username": user.username, "password": PASSWORD, "next": next_url}
    )
    assert response["Location"] == "/de/accounts/login/code/"
    return client.post("/de/accounts/login/code/", {"otp_token": current_code(device)})


def test_typing_sent_after_the_session_ended_is_saved_after_the_same_login(client, advisor_a):
    login_verified(client, advisor_a)
    first_step = draft_start(client)
    _session_ended(client)
    data = application_post()
    response = step_post(client, data, "person", first_step_url=first_step)
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/")
    draft = CaseDraft.objects.get()
    assert "full_name" not in draft.data["fields"]
    # Kept encrypted in the session meanwhile, never in clear.
    assert "Amina" not in str(dict(client.session))
    response = _log_in(client, advisor_a, first_step)
    assert response["Location"] == first_step
    draft.refresh_from_db()
    assert draft.data["fields"]["full_name"] == "Amina Testperson"
    page = client.get(first_step).content.decode()
    assert 'value="Amina Testperson"' in page
    assert "Sitzung" in page or "session" in page


def test_typing_kept_after_a_timeout_never_reaches_another_users_draft(
    client, advisor_a, center_a
):
    login_verified(client, advisor_a)
    first_step = draft_start(client)
    _session_ended(client)
    step_post(client, application_post(), "person", first_step_url=first_step)
    colleague = AdvisorProfileFactory(advice_center=center_a).user
    _log_in(client, colleague, first_step)
    draft = CaseDraft.objects.get()
    assert "full_name" not in draft.data["fields"]
    assert services.PENDING_TYPING not in client.session
    # Nor later, when the first user logs in on the same browser.
    client.post("/de/accounts/logout/")
    _log_in(client, advisor_a, first_step)
    draft.refresh_from_db()
    assert "full_name" not in draft.data["fields"]
