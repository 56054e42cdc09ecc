"""Sessions: the yearly limit of regular sessions, invitations without personal data, .ics."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from cases.models import CaseStatus
from committee import services
from committee.models import (
    CommitteeSession,
)
from tests.committee.conftest import case_assessed, session_create


def _next_year_at(month):
    year = timezone.localdate().year + 1
    return timezone.make_aware(timezone.datetime(year, month, 10, 15, 0))


def test_regular_sessions_are_limited_per_year(rules, member):
    rules.regular_sessions_per_year = 2
    rules.save()
    for month in (2, 5):
        services.session_create(
            starts_at=_next_year_at(month),
            place="Rathaus",
            kind="regular",
            actor=member,
            rules=rules,
        )
    with pytest.raises(ValidationError):
        services.session_create(
            starts_at=_next_year_at(9), place="Rathaus", kind="regular", actor=member, rules=rules
        )
    occasion = services.session_create(
        starts_at=_next_year_at(9), place="Rathaus", kind="occasion", actor=member, rules=rules
    )
    assert occasion.kind == CommitteeSession.Kind.OCCASION
    # The limit counts per calendar year.
    services.session_create(
        starts_at=_next_year_at(9) + timedelta(days=365),
        place="Rathaus",
        kind="regular",
        actor=member,
        rules=rules,
    )


def test_default_limit_is_four_and_the_form_says_why(rules, office_client):
    assert rules.regular_sessions_per_year == 4
    url = reverse("committee:session_list")
    year = timezone.localdate().year + 1
    for month in ("02", "05", "08", "11"):
        response = office_client.post(
            url,
            {"date": f"{year}-{month}-10", "time": "15:00", "place": "Rathaus", "kind": "regular"},
        )
        assert response.status_code == 302
    response = office_client.post(
        url, {"date": f"{year}-12-10", "time": "15:00", "place": "Saal 2", "kind": "regular"}
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "on occasion" in content or "Anlass" in content
    assert 'value="Saal 2"' in content  # nothing typed is lost
    assert CommitteeSession.objects.count() == 4
    response = office_client.post(
        url, {"date": f"{year}-12-10", "time": "15:00", "place": "Saal 2", "kind": "occasion"}
    )
    assert response.status_code == 302
    detail = office_client.get(response["Location"]).content.decode()
    assert 'id="session-kind"' in detail
    assert CommitteeSession.objects.filter(kind="occasion").count() == 1


def test_invitation_has_no_personal_data_and_the_calendar_entry(
    office_client, member, case, django_capture_on_commit_callbacks
):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create(place="Rathaus Dortmund, Saal 3")
    services.case_schedule(case=case, session=session, actor=member)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(reverse("committee:session_invite", args=[session.pk]))
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert member.email in message.to
    assert "Rathaus Dortmund, Saal 3" in message.body
    for secret in ("Testperson", "Geheim", case.reference, "Innenstadt"):
        assert secret not in message.body
        assert secret not in message.subject
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    assert "Testperson" not in str(content)
    session.refresh_from_db()
    assert session.invitation_sent_at is not None


def test_ics_download(member_client):
    session = session_create(place="Rathaus")
    response = member_client.get(reverse("committee:session_ics", args=[session.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    event = calendar.walk("VEVENT")[0]
    assert str(event["LOCATION"]) == "Rathaus"
    assert event.decoded("DTSTART") == session.starts_at.replace(microsecond=0)


def test_agenda_lists_scheduled_cases(office_client, member, case):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create()
    response = office_client.post(
        reverse("committee:case_schedule", args=[case.reference]), {"session": session.pk}
    )
    assert response.status_code == 302
    page = office_client.get(reverse("committee:session_detail", args=[session.pk]))
    agenda = page.content.decode().split('id="agenda"')[1].split("</ol>")[0]
    assert case.reference in agenda


def test_the_list_shows_the_next_session_first_then_the_past(member_client):
    far = session_create(days=300, place="Saal fern")
    past = session_create(days=-40, place="Saal vorbei")
    earlier = session_create(days=-80, place="Saal lange vorbei")
    next_one = session_create(days=5, place="Saal bald")
    page = member_client.get(reverse("committee:session_list")).content.decode()
    table = page[page.index('id="session-table"') :]
    positions = [table.index(s.place) for s in (next_one, far, past, earlier)]
    assert positions == sorted(positions)


def _edit(office_client, session, **changes):
    local = timezone.localtime(session.starts_at)
    data = {
        "date": local.date().isoformat(),
        "time": local.strftime("%H:%M"),
        "place": session.place,
        "kind": session.kind,
        **changes,
    }
    return office_client.post(reverse("committee:session_edit", args=[session.pk]), data)


def test_a_session_can_be_moved_and_the_invited_hear_of_it(
    office_client, member, django_capture_on_commit_callbacks
):
    session = session_create(days=10)
    services.session_invite(session=session, actor=member)
    new_day = timezone.localdate() + timedelta(days=17)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _edit(office_client, session, date=new_day.isoformat(), place="Saal 3")
    assert response.status_code == 302
    session.refresh_from_db()
    assert timezone.localtime(session.starts_at).date() == new_day
    assert session.place == "Saal 3"
    assert len(mail.outbox) == 1
    assert new_day.strftime("%d.%m.%Y") in mail.outbox[0].subject
    assert "Geändert" in mail.outbox[0].subject or "Changed" in mail.outbox[0].subject


def test_a_session_with_released_assessments_keeps_its_date(office_client, member, case):
    session = case_assessed(case, member, released_at=timezone.now()).session
    later = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = _edit(office_client, session, date=later, place="Saal 9")
    assert response.status_code == 400
    html = response.content.decode()
    assert "freigegeben" in html or "released" in html
    assert 'value="Saal 9"' in html  # nothing typed is lost
    session.refresh_from_db()
    assert session.place != "Saal 9"
    # Its place may still be corrected.
    assert _edit(office_client, session, place="Rathaus, Saal 9").status_code == 302
