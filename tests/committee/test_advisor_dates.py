"""The advisor sees the dates that matter (session, deletion); status mail names the new
status and its date, nothing about the person."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from cases.models import Case, CaseStatus
from committee import services
from tests.committee.conftest import client_login, session_create


def test_a_scheduled_case_shows_its_session_date(client, seeded_site, advisor, member, case):
    session = session_create(days=12)
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=case, session=session, actor=member)
    client_login(client, advisor)
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    with translation.override("de"):
        day = date_format(timezone.localtime(session.starts_at), "DATETIME_FORMAT")
    assert 'id="case-session-date"' in page
    assert day in page.split('id="case-session-date"')[1].split("</p>")[0]


def test_a_withdrawn_case_shows_when_its_data_goes(client, seeded_site, advisor, case):
    services.case_withdraw(case=case, actor=advisor)
    changed = timezone.localtime(timezone.now() - timedelta(days=10))
    Case.objects.filter(pk=case.pk).update(status_changed_at=changed)
    client_login(client, advisor)
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    # Six months (the default retention) after the withdrawal, counted as the nightly run
    # counts (on the stored UTC time) and shown in local time: near midnight, in a month
    # with another UTC offset, that is not the day counted on the local time.
    stored = Case.objects.get(pk=case.pk).status_changed_at
    expected = timezone.localtime(services.months_before(stored, -6)).strftime("%d.%m.%Y")
    assert expected in page.split('id="case-deletion-date"')[1].split("</p>")[0]


def test_status_mail_names_the_new_status_and_its_date(
    advisor, member, case, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.case_status_change(
            case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
        )
    body = mail.outbox[0].body
    assert str(CaseStatus.ADMISSIBLE.label) in body
    assert timezone.localdate().strftime("%d.%m.%Y") in body
    assert "Testperson" not in body
