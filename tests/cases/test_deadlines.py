"""Dates and deadlines of a case: entered with the Kurzantrag, checked, shown in the reader's
date format on both case pages and the lists, and the committee's list sorted by them."""

from datetime import timedelta
from html import escape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, CaseStatus, DeadlineReason
from committee import services as committee_services
from tests.cases.helpers import (
    application_post,
    application_send,
    draft_start,
    login_verified,
    pdf_bytes,
)
from tests.committee.conftest import case_submit, session_create
from tests.ui import de

pytestmark = pytest.mark.django_db

FILE_NUMBER = "ABH-2026/4711-Az"


def submit(client, user, **fields):
    login_verified(client, user)
    draft_start(client)
    data = application_post(**fields)
    data["consent_file"] = SimpleUploadedFile(
        "erklaerung.pdf", pdf_bytes(), content_type="application/pdf"
    )
    return application_send(client, data)


def error_of(html, field):
    return html.split(f'id="id_{field}_error"')[1].split("</p>")[0]


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def test_a_deadline_in_the_past_is_refused_next_to_the_field(client, advisor_a):
    yesterday = in_days(-1).isoformat()
    response = submit(
        client, advisor_a, deadline=yesterday, deadline_reason=DeadlineReason.COURT_DATE
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not Case.objects.exists()
    assert de(
        "This date has passed. Please give a deadline from today on, or leave it empty."
    ) in error_of(html, "deadline")
    # Nothing typed is lost.
    person = client.get(client.draft_first_step).content.decode()
    assert f'value="{yesterday}"' in html and 'value="Amina Testperson"' in person


def test_a_deadline_needs_its_reason_and_a_reason_its_date(client, advisor_a):
    html = submit(client, advisor_a, deadline=in_days(10).isoformat()).content.decode()
    assert de("Please choose why this date matters.") in error_of(html, "deadline_reason")
    html = submit(
        client, advisor_a, deadline_reason=DeadlineReason.DEPORTATION_DATE
    ).content.decode()
    assert de("Please give the date of the deadline.") in error_of(html, "deadline")
    assert not Case.objects.exists()


def test_deadline_and_urgency_are_columns_the_file_number_stays_encrypted(client, advisor_a):
    response = submit(
        client,
        advisor_a,
        deadline=in_days(20).isoformat(),
        deadline_reason=DeadlineReason.AUTHORITY_DECISION,
        urgent="on",
        authority_file_number=FILE_NUMBER,
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert (case.deadline, case.deadline_reason, case.urgent) == (
        in_days(20),
        DeadlineReason.AUTHORITY_DECISION,
        True,
    )
    assert case.data["application"]["authority_file_number"] == FILE_NUMBER
    assert "deadline" not in case.data["application"]
    assert FILE_NUMBER not in case.payload


def test_a_case_without_deadline_is_submitted_as_before(client, advisor_a):
    assert submit(client, advisor_a).status_code == 302
    case = Case.objects.get()
    assert (case.deadline, case.deadline_reason, case.urgent) == (None, "", False)


def test_both_case_pages_show_deadline_and_file_number_in_the_readers_format(
    client, advisor_a, committee_member
):
    deadline = in_days(30)
    submit(
        client,
        advisor_a,
        deadline=deadline.isoformat(),
        deadline_reason=DeadlineReason.COURT_DATE,
        urgent="on",
        authority_file_number=FILE_NUMBER,
    )
    case = Case.objects.get()
    shown = deadline.strftime("%d.%m.%Y")
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    assert shown in page.split('id="case-deadline"')[1].split("</dd>")[0]
    assert de("A court date") in page.split('id="case-deadline"')[1].split("</dd>")[0]
    assert deadline.isoformat() not in page.replace('datetime="' + deadline.isoformat(), "")
    assert FILE_NUMBER in page.split('id="case-authority-file-number"')[1].split("</dd>")[0]
    assert "Amina Testperson" in page.split('id="case-person-name"')[1].split("</dd>")[0]

    login_verified(client, committee_member)
    page = client.get(reverse("committee:case_detail", args=[case.reference])).content.decode()
    assert shown in page.split('id="case-deadline"')[1].split("</dd>")[0]
    assert de("yes") in page.split('id="case-urgent"')[1].split("</dd>")[0]
    application = page.split('id="application"')[1].split("</dl>")[0]
    label = escape(de("File number at the foreigners' authority"))
    assert f"<dt>{label}</dt><dd>{FILE_NUMBER}</dd>" in application


def deadline_case(advisor, name, *, days=None, urgent=False):
    case = case_submit(advisor, full_name=name)
    Case.objects.filter(pk=case.pk).update(
        deadline=in_days(days) if days is not None else None,
        deadline_reason=DeadlineReason.OTHER if days is not None else "",
        urgent=urgent,
    )
    return case


def row_of(html, case):
    return next(row for row in html.split("<tr>") if case.reference in row).split("</tr>")[0]


def order_in(html, cases):
    table = html.split('id="case-table"')[1]
    return sorted(cases, key=lambda case: table.index(case.reference))


def test_the_committee_sorts_and_filters_by_deadline_and_urgency(
    client, advisor_a, committee_member
):
    late = deadline_case(advisor_a, "Spaet Frist", days=60)
    none = deadline_case(advisor_a, "Ohne Frist", urgent=True)
    early = deadline_case(advisor_a, "Frueh Frist", days=5)
    middle = deadline_case(advisor_a, "Mitte Frist", days=20, urgent=True)
    cases = [late, none, early, middle]
    login_verified(client, committee_member)

    def listed(**params):
        return order_in(client.get("/de/committee/", params).content.decode(), cases)

    assert listed(sort="deadline") == [early, middle, late, none]
    assert listed(sort="urgent") == [middle, none, early, late]
    assert listed() == [middle, early, none, late]  # newest submission first
    html = client.get("/de/committee/", {"urgent": "on"}).content.decode()
    assert {c.reference for c in cases if c.reference in html} == {
        none.reference,
        middle.reference,
    }
    # Shown as the reader's language writes dates, with the reason.
    html = client.get("/de/committee/", {"sort": "deadline"}).content.decode()
    row = row_of(html, early)
    assert in_days(5).strftime("%d.%m.%Y") in row and de("Other") in row
    assert de("Urgent") in row_of(html, middle)
    assert in_days(5).isoformat() not in row.replace(f'datetime="{in_days(5).isoformat()}"', "")


def test_a_wrong_order_is_a_message_not_an_error(client, committee_member, advisor_a):
    case_submit(advisor_a)
    login_verified(client, committee_member)
    response = client.get("/de/committee/", {"sort": "name"})
    assert response.status_code == 200
    assert 'id="id_sort_error"' in response.content.decode()


def test_the_advisor_list_shows_the_next_date_and_the_deadline(
    client, advisor_a, committee_member
):
    scheduled = deadline_case(advisor_a, "Geplant Person", days=3, urgent=True)
    withdrawn = case_submit(advisor_a, full_name="Zurueck Person")
    session = session_create(days=12)
    committee_services.case_status_change(
        case=scheduled,
        status=CaseStatus.ADMISSIBLE,
        actor=committee_member,
        role=committee_services.ROLE_COMMITTEE,
    )
    committee_services.case_schedule(case=scheduled, session=session, actor=committee_member)
    committee_services.case_withdraw(case=withdrawn, actor=advisor_a)
    withdrawn.refresh_from_db()
    login_verified(client, advisor_a)
    html = client.get("/de/cases/").content.decode()

    row = row_of(html, scheduled)
    session_day = timezone.localtime(session.starts_at).strftime("%d.%m.%Y")
    assert session_day in row
    assert in_days(3).strftime("%d.%m.%Y") in row and de("Urgent") in row
    row = row_of(html, withdrawn)
    # The same day the case page names: six months (the default retention) after the change.
    deletion = timezone.localtime(
        committee_services.months_before(withdrawn.status_changed_at, -6)
    )
    assert deletion.strftime("%d.%m.%Y") in row
