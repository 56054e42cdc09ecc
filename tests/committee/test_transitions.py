"""Every allowed and every forbidden status change, for the committee and for the advisor."""

import pytest
from django.core import mail
from django.utils import timezone

from cases.models import AuditEntry, Case, CaseStatus
from committee import services
from committee.models import AgendaItem, StatusChange
from tests.committee.conftest import assessment_agreed, case_assessed, session_create

S = CaseStatus
ALLOWED = {
    services.ROLE_COMMITTEE: {
        (S.SUBMITTED, S.ADMISSIBLE),
        (S.SUBMITTED, S.NOT_ADMISSIBLE),
        (S.ADMISSIBLE, S.SCHEDULED),
        (S.ADMISSIBLE, S.NOT_ADMISSIBLE),
        (S.SCHEDULED, S.DISCUSSED),
        (S.SCHEDULED, S.ADMISSIBLE),
        (S.SCHEDULED, S.NOT_ADMISSIBLE),
        (S.DISCUSSED, S.ASSESSMENT_SENT),
        (S.ASSESSMENT_SENT, S.CLOSED),
        (S.NOT_ADMISSIBLE, S.CLOSED),
    },
    services.ROLE_ADVISOR: {
        (status, S.WITHDRAWN) for status in CaseStatus if status not in (S.CLOSED, S.WITHDRAWN)
    },
}
PAIRS = [
    (role, old, new)
    for role in (services.ROLE_COMMITTEE, services.ROLE_ADVISOR)
    for old in CaseStatus
    for new in CaseStatus
]


def _ready_for_anything(case, member):
    """A case whose every precondition holds: on a past session's agenda, assessed."""
    case_assessed(case, member)
    assessment_agreed(case, member)


def test_the_table_is_exactly_the_documented_workflow():
    for role, old, new in PAIRS:
        expected = (old, new) in ALLOWED[role]
        assert services.transition_allowed(role=role, from_status=old, to_status=new) is expected


@pytest.mark.parametrize(("role", "old", "new"), PAIRS, ids=lambda v: str(v))
def test_status_change(role, old, new, case, member, advisor, django_capture_on_commit_callbacks):
    _ready_for_anything(case, member)
    Case.objects.filter(pk=case.pk).update(status=old)
    case.refresh_from_db()
    actor = member if role == services.ROLE_COMMITTEE else advisor
    audits_before = AuditEntry.objects.filter(action=AuditEntry.Action.STATUS_CHANGE).count()
    mail.outbox.clear()
    if (old, new) in ALLOWED[role]:
        with django_capture_on_commit_callbacks(execute=True):
            services.case_status_change(
                case=case, status=new, actor=actor, role=role, reason="Zuständigkeit fehlt"
            )
        case.refresh_from_db()
        assert case.status == new
        change = StatusChange.objects.get(case=case)
        assert (change.from_status, change.to_status) == (old, new)
        assert change.changed_by == actor
        entry = AuditEntry.objects.filter(action=AuditEntry.Action.STATUS_CHANGE).last()
        assert entry.actor == actor
        assert entry.case_reference == case.reference
        assert entry.detail == f"{old} -> {new}"
        # The advisor hears about it, with the reference and no personal data.
        assert len(mail.outbox) == 1
        assert case.reference in mail.outbox[0].body
        assert "Testperson" not in mail.outbox[0].body
        assert "Zuständigkeit" not in mail.outbox[0].body
    else:
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(services.WorkflowError),
        ):
            services.case_status_change(
                case=case, status=new, actor=actor, role=role, reason="Zuständigkeit fehlt"
            )
        case.refresh_from_db()
        assert case.status == old
        assert not StatusChange.objects.filter(case=case).exists()
        assert (
            AuditEntry.objects.filter(action=AuditEntry.Action.STATUS_CHANGE).count()
            == audits_before
        )
        assert mail.outbox == []


def test_not_admissible_needs_a_reason_and_keeps_it_encrypted(case, member):
    with pytest.raises(services.WorkflowError):
        services.case_status_change(
            case=case, status=S.NOT_ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
        )
    services.case_status_change(
        case=case,
        status=S.NOT_ADMISSIBLE,
        actor=member,
        role=services.ROLE_COMMITTEE,
        reason="Andere Ausländerbehörde zuständig",
    )
    change = StatusChange.objects.get(case=case)
    assert change.reason == "Andere Ausländerbehörde zuständig"
    assert "Ausländerbehörde" not in change.reason_encrypted


def test_scheduling_needs_a_session_and_discussion_needs_it_past(case, member):
    services.case_status_change(
        case=case, status=S.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    with pytest.raises(services.WorkflowError):
        services.case_status_change(
            case=case, status=S.SCHEDULED, actor=member, role=services.ROLE_COMMITTEE
        )
    session = session_create(days=3)
    services.case_schedule(case=case, session=session, actor=member)
    assert case.status == S.SCHEDULED
    with pytest.raises(services.WorkflowError):
        services.case_status_change(
            case=case, status=S.DISCUSSED, actor=member, role=services.ROLE_COMMITTEE
        )
    # A session held today can be recorded today, whatever the hour.
    session.starts_at = timezone.localtime().replace(hour=23, minute=30)
    session.save()
    services.case_status_change(
        case=case, status=S.DISCUSSED, actor=member, role=services.ROLE_COMMITTEE
    )
    assert case.status == S.DISCUSSED


def test_a_past_session_cannot_be_chosen(case, member):
    services.case_status_change(
        case=case, status=S.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    with pytest.raises(services.WorkflowError):
        services.case_schedule(case=case, session=session_create(days=-2), actor=member)


def test_release_needs_an_assessment(case, member):
    AgendaItem.objects.create(session=session_create(days=-1), case=case)
    Case.objects.filter(pk=case.pk).update(status=S.DISCUSSED)
    case.refresh_from_db()
    with pytest.raises(services.WorkflowError):
        services.assessment_release(case=case, actor=member)


def test_postponing_takes_the_case_off_the_agenda(case, member):
    services.case_status_change(
        case=case, status=S.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=case, session=session_create(), actor=member)
    services.case_status_change(
        case=case, status=S.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    assert not AgendaItem.objects.filter(case=case).exists()


def test_a_session_today_can_still_take_a_case(case, member):
    services.case_status_change(
        case=case, status=S.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    this_morning = session_create(days=0)
    this_morning.starts_at = timezone.localtime().replace(hour=0, minute=5)
    this_morning.save()
    services.case_schedule(case=case, session=this_morning, actor=member)
    assert case.status == S.SCHEDULED


def test_a_scheduled_case_can_still_be_declared_not_admissible(case, member):
    services.case_status_change(
        case=case, status=S.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=case, session=session_create(), actor=member)
    services.case_status_change(
        case=case,
        status=S.NOT_ADMISSIBLE,
        actor=member,
        role=services.ROLE_COMMITTEE,
        reason="Asylantrag nach der Antragstellung gestellt",
    )
    assert case.status == S.NOT_ADMISSIBLE
    assert not AgendaItem.objects.filter(case=case).exists()
    change = StatusChange.objects.get(case=case, to_status=S.NOT_ADMISSIBLE)
    assert change.reason == "Asylantrag nach der Antragstellung gestellt"
