"""A mail server that is down never undoes work: the change is stored, the person sees the
page they would see anyway, and the log names the failed notification without anyone's data.

The mail goes to a real SMTP backend pointed at a local port where nothing listens, so the
connection is refused as it would be by a server that is down.
"""

import logging
import socket

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AdvisorProfile
from cases.models import AuditEntry, Case, CaseStatus
from committee import services
from committee.models import Assessment, CommitteeSession
from tests.cases.helpers import login_verified, registration_post
from tests.committee.conftest import client_login, session_create

PERSONAL = ("Testperson", "Geheim", "new.advisor", "advisor-a", "Neue Beraterin")


@pytest.fixture
def smtp_down(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Closed again: a connection to this port is refused.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 5
    return port


@pytest.fixture
def notification_log(caplog):
    caplog.set_level(logging.WARNING, logger="portal.notifications")
    return caplog


def assert_failure_logged(caplog, kind):
    records = [r for r in caplog.records if r.name == "portal.notifications"]
    assert records, "the failed notification was not logged"
    text = "\n".join(r.getMessage() + "\n" + (r.exc_text or "") for r in records)
    assert repr(kind) in text
    assert "ConnectionRefusedError" in text
    for personal in PERSONAL:
        assert personal not in text


def test_status_change_stands(
    smtp_down, notification_log, member_client, case, django_capture_on_commit_callbacks
):
    url = reverse("committee:case_status", args=[case.reference])
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(url, {"status": CaseStatus.ADMISSIBLE})
    assert response.status_code == 302
    assert member_client.get(response["Location"]).status_code == 200
    case.refresh_from_db()
    assert case.status == CaseStatus.ADMISSIBLE
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.STATUS_CHANGE
    ).exists()
    assert_failure_logged(notification_log, "status_change")


def test_registration_is_stored_and_confirmed(
    smtp_down, notification_log, center_a, django_capture_on_commit_callbacks
):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = registration_post(client, center_a)
    assert response.status_code == 302
    done = client.get(response["Location"])
    assert done.status_code == 200
    assert "Anfrage eingegangen" in done.content.decode()
    profile = AdvisorProfile.objects.get(user__username="new.advisor@example.org")
    assert profile.status == AdvisorProfile.Status.PENDING
    assert_failure_logged(notification_log, "advisor_request")
    # Sent again, the request is answered as before and not stored twice.
    with django_capture_on_commit_callbacks(execute=True):
        again = registration_post(Client(), center_a)
    assert again.status_code == 302
    assert User.objects.filter(username="new.advisor@example.org").count() == 1


def test_approval_stands(
    smtp_down, notification_log, client, center_a, admin_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration_post(Client(), center_a)
    profile = AdvisorProfile.objects.get(user__username="new.advisor@example.org")
    notification_log.clear()
    login_verified(client, admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/advisor-accounts/{profile.pk}/decide/",
            {"action": "approve", "advice_center": center_a.pk},
        )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    profile.refresh_from_db()
    assert profile.status == AdvisorProfile.Status.APPROVED
    assert profile.user.is_active
    assert_failure_logged(notification_log, "advisor_approved")


def test_invitation_is_recorded(
    smtp_down, notification_log, office_client, django_capture_on_commit_callbacks
):
    session = session_create(place="Rathaus Dortmund, Saal 3")
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(reverse("committee:session_invite", args=[session.pk]))
    assert response.status_code == 302
    assert office_client.get(response["Location"]).status_code == 200
    assert CommitteeSession.objects.get(pk=session.pk).invitation_sent_at is not None
    assert_failure_logged(notification_log, "session_invitation")


def test_consent_withdrawal_deletes_the_case(
    smtp_down, notification_log, client, advisor, case, django_capture_on_commit_callbacks
):
    client_login(client, advisor)
    url = reverse("committee:case_withdraw", args=[case.reference])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"kind": "consent_withdrawn", "confirm": "on"})
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert not Case.objects.filter(pk=case.pk).exists()
    assert_failure_logged(notification_log, "consent_withdrawn")


def test_assessment_and_its_status_change_are_stored_together(member, case, monkeypatch):
    """If moving the case to "discussed" fails, the assessment is not stored either."""
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create()
    services.case_schedule(case=case, session=session, actor=member)
    CommitteeSession.objects.filter(pk=session.pk).update(starts_at=timezone.now())
    case.refresh_from_db()

    def broken(**kwargs):
        raise RuntimeError("status change failed")

    monkeypatch.setattr(services, "case_status_change", broken)
    with pytest.raises(RuntimeError):
        services.assessment_save(
            case=case,
            text="Einschätzung",
            recommendation="no_perspective",
            version=0,
            actor=member,
        )
    case.refresh_from_db()
    assert case.status == CaseStatus.SCHEDULED
    assert not Assessment.objects.filter(case=case).exists()
    monkeypatch.undo()
    assessment = services.assessment_save(
        case=case, text="Einschätzung", recommendation="no_perspective", version=0, actor=member
    )
    case.refresh_from_db()
    assert case.status == CaseStatus.DISCUSSED
    assert assessment.version == 1
