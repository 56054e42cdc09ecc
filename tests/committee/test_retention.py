"""Deletion on schedule and on withdrawn consent: nothing left but the audit note."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import get_edit_handler

from cases import services as case_services
from cases.models import Addendum, AuditEntry, Case, CaseStatus, Evidence
from committee import services
from committee.models import AgendaItem, Assessment, CommitteeRules, Recommendation, StatusChange
from tests.cases.helpers import pdf_bytes
from tests.committee.conftest import (
    assessment_agreed,
    case_submit,
    client_login,
    office_user,
    session_create,
)


def _closed_with_everything(case, member):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create()
    services.case_schedule(case=case, session=session, actor=member)
    session.starts_at = timezone.now() - timedelta(hours=1)
    session.save()
    services.assessment_save(
        case=case,
        text="Text",
        recommendation=Recommendation.NO_PERSPECTIVE,
        version=0,
        actor=member,
    )
    case.refresh_from_db()
    assessment_agreed(case, member)
    services.assessment_release(case=case, actor=office_user())
    services.case_status_change(
        case=case, status=CaseStatus.CLOSED, actor=member, role=services.ROLE_COMMITTEE
    )
    return case


def _file(case):
    return Path(settings.PRIVATE_STORAGE_ROOT) / case.consent_file_name


def _age(case, **delta):
    Case.objects.filter(pk=case.pk).update(status_changed_at=timezone.now() - timedelta(**delta))


def _nothing_left(case):
    assert not Case.objects.filter(pk=case.pk).exists()
    assert not StatusChange.objects.filter(case_id=case.pk).exists()
    assert not Assessment.objects.filter(case_id=case.pk).exists()
    assert not AgendaItem.objects.filter(case_id=case.pk).exists()
    assert not _file(case).exists()
    deletion = AuditEntry.objects.get(
        case_reference=case.reference, action=AuditEntry.Action.DELETE
    )
    assert "Testperson" not in deletion.detail


def test_command_deletes_expired_cases_completely_and_is_idempotent(
    rules, advisor, member, django_capture_on_commit_callbacks
):
    assert rules.retention_months == 6
    expired = _closed_with_everything(case_submit(advisor), member)
    withdrawn = case_submit(advisor, full_name="Zurückgezogen")
    services.case_withdraw(case=withdrawn, actor=advisor)
    almost = _closed_with_everything(case_submit(advisor, full_name="Fast"), member)
    running = case_submit(advisor, full_name="Laufend")
    now = timezone.now()
    cutoff = services.months_before(now, 6)
    Case.objects.filter(pk__in=[expired.pk, withdrawn.pk]).update(
        status_changed_at=cutoff - timedelta(hours=1)
    )
    # One day short of expiry.
    Case.objects.filter(pk=almost.pk).update(status_changed_at=cutoff + timedelta(days=1))
    Case.objects.filter(pk=running.pk).update(submitted_at=now - timedelta(days=1000))
    assert _file(expired).exists()

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_cases", stdout=out)
    _nothing_left(expired)
    _nothing_left(withdrawn)
    assert Case.objects.filter(pk=almost.pk).exists()
    assert Assessment.objects.filter(case=almost).exists()
    assert _file(almost).exists()
    assert Case.objects.filter(pk=running.pk).exists()
    assert "2 expired case(s) deleted" in out.getvalue()

    # A second night finds nothing more to do and fails on nothing.
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_cases", stdout=out)
    assert "0 expired case(s) deleted" in out.getvalue()
    assert (
        AuditEntry.objects.filter(
            case_reference=expired.reference, action=AuditEntry.Action.DELETE
        ).count()
        == 1
    )


def test_expired_case_goes_with_its_evidence_files_and_addenda(
    rules, advisor, django_capture_on_commit_callbacks
):
    case = case_submit(advisor)
    evidence = case_services.case_evidence_add(
        case=case, actor=advisor, document=(pdf_bytes(), "pdf"), criterion="health"
    )
    case_services.case_addendum_add(case=case, actor=advisor, text="Nachtrag")
    kept = case_submit(advisor, full_name="Bleibt")
    kept_evidence = case_services.case_evidence_add(
        case=kept, actor=advisor, document=(pdf_bytes(), "pdf"), criterion="health"
    )
    services.case_withdraw(case=case, actor=advisor)
    _age(case, days=400)
    evidence_file = Path(settings.PRIVATE_STORAGE_ROOT) / evidence.file_name
    assert evidence_file.exists()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_cases", stdout=StringIO())
    _nothing_left(case)
    assert not evidence_file.exists()
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
    assert not Addendum.objects.filter(case_id=case.pk).exists()
    assert (Path(settings.PRIVATE_STORAGE_ROOT) / kept_evidence.file_name).exists()


def test_retention_follows_the_setting(rules, advisor, member):
    rules.retention_months = 1
    rules.save()
    case = _closed_with_everything(case_submit(advisor), member)
    _age(case, days=40)
    assert [c.pk for c in services.cases_expired(rules=rules)] == [case.pk]
    rules.retention_months = 2
    assert not services.cases_expired(rules=rules).exists()


def test_months_before_clamps_to_month_end():
    moment = timezone.make_aware(timezone.datetime(2026, 8, 31, 12, 0))
    assert services.months_before(moment, 6).date().isoformat() == "2026-02-28"
    assert services.months_before(moment, 8).date().isoformat() == "2025-12-31"


def test_withdrawn_consent_deletes_at_once(
    client, advisor, member, case, django_capture_on_commit_callbacks
):
    client_login(client, advisor)
    url = reverse("committee:case_withdraw", args=[case.reference])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"kind": "consent_withdrawn", "confirm": "on"})
    assert response.status_code == 302
    _nothing_left(case)
    # The advisor's status page for it is gone too.
    assert client.get(reverse("cases:case_detail", args=[case.reference])).status_code == 404


def test_advisor_withdraws_the_case_and_it_is_kept_until_expiry(client, advisor, case):
    client_login(client, advisor)
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    url = reverse("committee:case_withdraw", args=[case.reference])
    assert url in page
    response = client.post(url, {"kind": "withdraw"})
    assert response.status_code == 400  # the confirmation is missing
    response = client.post(url, {"kind": "withdraw", "confirm": "on"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.WITHDRAWN
    entry = AuditEntry.objects.filter(action=AuditEntry.Action.STATUS_CHANGE).last()
    assert entry.actor == advisor
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    assert url not in page


def test_closed_case_cannot_be_withdrawn(client, advisor, member, case):
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.CLOSED)
    client_login(client, advisor)
    url = reverse("committee:case_withdraw", args=[case.reference])
    client.post(url, {"kind": "consent_withdrawn", "confirm": "on"})
    assert Case.objects.filter(pk=case.pk, status=CaseStatus.CLOSED).exists()


def _settings_post(client, rules, **changes):
    """Post the admin's committee-rules form as an administrator would, with ``changes``."""
    form_class = get_edit_handler(CommitteeRules).get_form_class()
    form = form_class(instance=rules)
    data = {}
    for name in form.fields:
        value = changes.get(name, form[name].value())
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    url = reverse("wagtailsettings:edit", args=["committee", "committeerules", rules.site_id])
    return client.post(url, data)


def test_retention_has_a_minimum_of_one_month(client, rules, admin_user):
    client_login(client, admin_user)
    response = _settings_post(client, rules, retention_months=0)
    assert response.status_code == 200
    rules.refresh_from_db()
    assert rules.retention_months == 6


def test_shortening_the_retention_says_how_many_cases_go_and_needs_a_confirmation(
    client, rules, admin_user, advisor, member
):
    for days in (40, 100, 250):
        _age(_closed_with_everything(case_submit(advisor), member), days=days)
    client_login(client, admin_user)
    response = _settings_post(client, rules, retention_months=2)
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 closed or withdrawn cases" in html or "2 abgeschlossene" in html
    rules.refresh_from_db()
    assert rules.retention_months == 6
    response = _settings_post(client, rules, retention_months=2, confirm_shorter_retention=True)
    assert response.status_code == 302
    rules.refresh_from_db()
    assert rules.retention_months == 2
    # Lengthening needs no confirmation.
    assert _settings_post(client, rules, retention_months=12).status_code == 302
