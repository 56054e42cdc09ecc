"""Fourteen days before a closed or withdrawn case is deleted, its advisor is told once by
e-mail, so they can save the assessment in time."""

from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from cases.models import Case
from committee import services
from committee.models import DeletionWarning
from tests.committee.conftest import case_submit

NAME = "Amina Beispiel"


def _withdrawn(advisor, *, changed_at):
    case = case_submit(advisor, full_name=NAME)
    services.case_withdraw(case=case, actor=advisor)
    Case.objects.filter(pk=case.pk).update(status_changed_at=changed_at)
    case.refresh_from_db()
    return case


def _night(django_capture_on_commit_callbacks):
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_cases", stdout=out)
    return out.getvalue()


def _german_date(day):
    with translation.override("de"):
        return date_format(day, "DATE_FORMAT")


def test_the_nightly_run_warns_once_with_reference_date_and_link_and_no_name(
    rules, advisor, django_capture_on_commit_callbacks
):
    # Six months (the default retention) before a day ten days from now.
    changed = services.months_before(timezone.localtime() + timedelta(days=10), 6)
    case = _withdrawn(advisor, changed_at=changed)
    deletion_date = services.case_deletion_date(case=case, rules=rules)
    assert 7 <= (deletion_date - timezone.localdate()).days <= 10
    mail.outbox.clear()

    output = _night(django_capture_on_commit_callbacks)
    assert f"deletion warning sent for {case.reference}" in output
    assert "1 deletion warning(s) sent." in output
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [advisor.email]
    assert case.reference in message.subject
    assert _german_date(deletion_date) in message.subject
    assert _german_date(deletion_date) in message.body
    assert reverse("cases:case_detail", args=[case.reference]) in message.body
    # In the committee's language: a nightly run has no reader to follow.
    assert "endgültig gelöscht" in message.body
    for text in (message.subject, message.body):
        assert "Amina" not in text and "Beispiel" not in text
    # The case stays until its day.
    assert Case.objects.filter(pk=case.pk).exists()

    # The next nights say nothing more.
    mail.outbox.clear()
    output = _night(django_capture_on_commit_callbacks)
    assert "0 deletion warning(s) sent." in output
    assert mail.outbox == []


@pytest.mark.parametrize(("days_left", "warned"), [(14, True), (15, False), (0, True)])
def test_only_cases_deleted_within_14_days_are_warned(
    rules, advisor, django_capture_on_commit_callbacks, days_left, warned
):
    now = timezone.make_aware(datetime(2026, 3, 10, 12, 0))
    deletion_day = now + timedelta(days=days_left)
    # In the evening: the day counts on the local calendar, not in UTC.
    changed = services.months_before(deletion_day.replace(hour=23, minute=30), 6)
    case = _withdrawn(advisor, changed_at=changed)
    assert services.case_deletion_date(case=case, rules=rules) == deletion_day.date()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        references = services.cases_deletion_warn(rules=rules, now=now)
    assert (references == [case.reference]) is warned
    assert len(mail.outbox) == (1 if warned else 0)
    assert DeletionWarning.objects.filter(case=case).exists() is warned


def test_a_case_deleted_tonight_gets_no_warning_and_its_warning_goes_with_it(
    rules, advisor, django_capture_on_commit_callbacks
):
    expired = _withdrawn(
        advisor, changed_at=services.months_before(timezone.now(), 6) - timedelta(hours=1)
    )
    soon = _withdrawn(
        advisor, changed_at=services.months_before(timezone.now() + timedelta(days=3), 6)
    )
    mail.outbox.clear()
    output = _night(django_capture_on_commit_callbacks)
    assert f"deleted {expired.reference}" in output
    assert [
        message.subject for message in mail.outbox if expired.reference in message.subject
    ] == []
    assert DeletionWarning.objects.filter(case=soon).exists()

    Case.objects.filter(pk=soon.pk).update(
        status_changed_at=services.months_before(timezone.now(), 6) - timedelta(hours=1)
    )
    output = _night(django_capture_on_commit_callbacks)
    assert f"deleted {soon.reference}" in output
    assert not DeletionWarning.objects.exists()


def test_cases_still_in_the_workflow_are_not_warned(
    rules, advisor, django_capture_on_commit_callbacks
):
    case = case_submit(advisor)
    Case.objects.filter(pk=case.pk).update(
        status_changed_at=services.months_before(timezone.now(), 6) + timedelta(days=2)
    )
    mail.outbox.clear()
    assert "0 deletion warning(s) sent." in _night(django_capture_on_commit_callbacks)
    assert mail.outbox == []
