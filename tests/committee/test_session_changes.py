"""Cancelling a session, the office's order of the agenda, and the protocol it writes."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from pypdf import PdfReader

from cases.models import CaseStatus
from committee import services
from committee.models import AgendaItem, Recommendation
from tests.committee.conftest import case_submit, seat_create, session_create


def _scheduled(case, session, office):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=office, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=case, session=session, actor=office)
    case.refresh_from_db()
    return case


def test_cancelling_puts_the_cases_back_and_tells_the_invited(
    office_client, office, member, case, django_capture_on_commit_callbacks
):
    session = session_create(days=5)
    _scheduled(case, session, office)
    services.session_invite(session=session, actor=office)
    url = reverse("committee:session_cancel", args=[session.pk])
    assert case.reference in office_client.get(url).content.decode()
    # Without the confirmation nothing happens.
    assert office_client.post(url, {}).status_code == 400
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    session.refresh_from_db()
    case.refresh_from_db()
    assert session.cancelled_at is not None
    assert case.status == CaseStatus.ADMISSIBLE
    assert not AgendaItem.objects.filter(case=case).exists()
    cancellation = next(m for m in mail.outbox if member.email in m.to)
    assert "Abgesagt" in cancellation.subject or "Cancelled" in cancellation.subject
    assert case.reference not in cancellation.body
    calendar = Calendar.from_ical(cancellation.attachments[0][1])
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    # A cancelled session is not offered for scheduling any more.
    page = office_client.get(reverse("committee:case_detail", args=[case.reference]))
    assert f'value="{session.pk}"' not in page.content.decode()


def test_a_session_with_an_assessment_cannot_be_cancelled(office_client, office, member, case):
    session = session_create(days=0)
    _scheduled(case, session, office)
    services.assessment_save(
        case=case, text="T", recommendation=Recommendation.NO_PERSPECTIVE, version=0, actor=member
    )
    response = office_client.post(
        reverse("committee:session_cancel", args=[session.pk]), {"confirm": "on"}
    )
    assert response.status_code == 400
    assert "took place" in response.content.decode() or "stattgefunden" in (
        response.content.decode()
    )
    session.refresh_from_db()
    assert session.cancelled_at is None


def test_members_cannot_plan_or_cancel(member_client):
    session = session_create(days=5)
    for name in ("session_cancel", "session_edit", "session_attendance"):
        assert (
            member_client.get(reverse(f"committee:{name}", args=[session.pk])).status_code == 404
        )
    response = member_client.post(
        reverse("committee:session_list"),
        {"date": "2030-01-01", "time": "10:00", "place": "X", "kind": "regular"},
    )
    assert response.status_code == 404


def test_the_office_orders_the_agenda(office_client, office, advisor):
    session = session_create(days=5)
    first, second = (
        _scheduled(case_submit(advisor, full_name=name), session, office) for name in ("A", "B")
    )
    detail = reverse("committee:session_detail", args=[session.pk])

    def order():
        agenda = office_client.get(detail).content.decode().split('id="agenda"')[1]
        return sorted((first, second), key=lambda case: agenda.index(case.reference))

    assert order() == [first, second]
    item = AgendaItem.objects.get(case=second)
    response = office_client.post(
        reverse("committee:agenda_item_move", args=[session.pk, item.pk]), {"direction": "up"}
    )
    assert response.status_code == 302
    assert order() == [second, first]


@pytest.fixture
def held_session(office, member, second_member, advisor):
    session = session_create(days=1)
    cases = [_scheduled(case_submit(advisor, full_name=f"P {n}"), session, office) for n in "AB"]
    session.starts_at = timezone.now() - timedelta(minutes=30)
    session.save()
    present = seat_create(member, body="Diakonie")
    absent = seat_create(second_member, body="Flüchtlingsrat")
    services.session_attendance_record(
        session=session, presence={present: True, absent: False}, actor=office
    )
    for case in cases:
        services.assessment_save(
            case=case,
            text=f"Einschätzung zu {case.reference}",
            next_steps="Beratungsstelle reicht Schulzeugnisse nach",
            recommendation=Recommendation.HARDSHIP_COMMISSION,
            version=0,
            actor=member,
        )
    services.agenda_item_note_save(
        item=AgendaItem.objects.get(case=cases[0]), text="Akte liegt vor", actor=office
    )
    return session, cases


def test_the_protocol_has_attendance_assessments_next_steps_and_notes(
    client, office_client, held_session
):
    session, cases = held_session
    # The protocol is in the committee's language, whatever the office's page language.
    response = office_client.get(
        reverse("committee:session_protocol", args=[session.pk]).replace("/de/", "/ar/")
    )
    assert response.status_code == 200
    pages = [
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(response.content)).pages
    ]
    text = " ".join(pages)
    assert "Anwesenheit" in text
    assert "Diakonie" in text and "Flüchtlingsrat" in text
    assert "anwesend" in text and "abwesend" in text
    for case in cases:
        assert f"Einschätzung zu {case.reference}" in text
    assert "Schulzeugnisse" in text
    assert "Akte liegt vor" in text
    # Cases flow on: the second starts on the first page, right after the first.
    assert all(f"Fall {case.reference}" in pages[0] for case in cases)
    assert all("nicht Teil der Ausländerakte" in page for page in pages)
