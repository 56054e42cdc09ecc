"""The joint assessment as the rules describe it: each member reflects alone, the present
members confirm one text, the office releases it. Deputies act only for absent members."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from cases.models import AuditEntry, CaseStatus
from committee import services
from committee.models import Assessment, MemberNote, Membership, Recommendation
from tests.committee.conftest import (
    case_submit,
    client_login,
    seat_create,
    session_create,
    user_create,
)


@pytest.fixture
def seats(member, second_member):
    return seat_create(member, body="Caritas"), seat_create(second_member, body="AWO")


@pytest.fixture
def assessed(case, member, office):
    """``case`` on a session held today, with a first version of the joint assessment."""
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create(days=1)
    services.case_schedule(case=case, session=session, actor=office)
    # Today's session, begun: early in the day, so that it is today whenever the test runs.
    session.starts_at = timezone.localtime().replace(hour=0, minute=0, second=1)
    session.save()
    services.assessment_save(
        case=case,
        text="Gemeinsamer Text",
        recommendation=Recommendation.HARDSHIP_COMMISSION,
        version=0,
        actor=member,
    )
    case.refresh_from_db()
    return case, session


def _present(session, office, *present, absent=()):
    services.session_attendance_record(
        session=session,
        presence={**{seat: True for seat in present}, **{seat: False for seat in absent}},
        actor=office,
    )


def _confirm(case, seat):
    version = Assessment.objects.get(case=case).version
    services.assessment_confirm(case=case, membership=seat, version=version, actor=seat.user)


def test_a_single_member_cannot_release(client, member, seats, assessed, office):
    case, session = assessed
    _present(session, office, *seats)
    _confirm(case, seats[0])
    client_login(client, member)
    assert client.post(reverse("committee:case_release", args=[case.reference])).status_code == 404
    with pytest.raises(services.WorkflowError):
        services.assessment_release(case=case, actor=member)
    # Nor may the office while a present member has not confirmed.
    with pytest.raises(services.WorkflowError):
        services.assessment_release(case=case, actor=office)
    case.refresh_from_db()
    assert case.status == CaseStatus.DISCUSSED


def test_the_office_releases_once_every_present_member_confirmed(
    client, seats, assessed, office, advisor
):
    case, session = assessed
    _present(session, office, *seats)
    for seat in seats:
        _confirm(case, seat)
    client_login(client, office)
    page = client.get(reverse("committee:case_detail", args=[case.reference])).content.decode()
    assert 'id="release-form"' in page
    response = client.post(reverse("committee:case_release", args=[case.reference]))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.ASSESSMENT_SENT
    steps = AuditEntry.objects.filter(case_reference=case.reference).values_list(
        "detail", flat=True
    )
    assert sum("assessment confirmed (version 1)" in step for step in steps) == 2
    assert any("attendance of session" in step for step in steps)


def test_a_changed_text_needs_every_confirmation_again(seats, assessed, office, member):
    case, session = assessed
    _present(session, office, *seats)
    for seat in seats:
        _confirm(case, seat)
    services.assessment_save(
        case=case,
        text="Geänderter Text",
        recommendation=Recommendation.HARDSHIP_COMMISSION,
        version=1,
        actor=member,
    )
    with pytest.raises(services.WorkflowError):
        services.assessment_release(case=case, actor=office)
    # A confirmation of the text as it was is refused: nobody agrees unseen.
    with pytest.raises(services.AssessmentConflict):
        services.assessment_confirm(case=case, membership=seats[0], version=1, actor=member)


def test_an_absent_member_does_not_hold_up_the_release(seats, assessed, office):
    case, session = assessed
    _present(session, office, seats[0], absent=[seats[1]])
    _confirm(case, seats[0])
    with pytest.raises(services.WorkflowError):
        _confirm(case, seats[1])
    services.assessment_release(case=case, actor=office)
    case.refresh_from_db()
    assert case.status == CaseStatus.ASSESSMENT_SENT


def test_a_deputy_acts_only_for_an_absent_member(seats, assessed, office):
    case, session = assessed
    deputy = Membership.objects.create(
        user=user_create("deputy-1", group="Committee"),
        kind=Membership.Kind.DEPUTY,
        deputy_for=seats[1],
        body="AWO",
    )
    # Both there: the deputy is a guest and cannot confirm.
    _present(session, office, seats[0], seats[1], deputy)
    with pytest.raises(services.WorkflowError):
        _confirm(case, deputy)
    # The member is absent: the deputy stands in, and their confirmation is needed.
    _present(session, office, seats[0], deputy, absent=[seats[1]])
    _confirm(case, seats[0])
    with pytest.raises(services.WorkflowError):
        services.assessment_release(case=case, actor=office)
    _confirm(case, deputy)
    services.assessment_release(case=case, actor=office)
    case.refresh_from_db()
    assert case.status == CaseStatus.ASSESSMENT_SENT


def test_seats_follow_the_rules(rules, member, second_member):
    rules.member_count = 1
    rules.save()
    seat_create(member)
    extra = Membership(user=second_member, kind=Membership.Kind.MEMBER)
    with pytest.raises(ValidationError, match="kind"):
        extra.full_clean()
    deputy = Membership(user=second_member, kind=Membership.Kind.DEPUTY)
    with pytest.raises(ValidationError, match="deputy_for"):
        deputy.full_clean()


def test_each_member_reflects_alone_before_reading_the_others(
    client, member, second_member, seats, case
):
    services.member_note_save(
        case=case, membership=seats[0], text="Meine eigene Sicht", actor=member
    )
    assert "Meine eigene Sicht" not in MemberNote.objects.get().text_encrypted
    url = reverse("committee:case_detail", args=[case.reference])
    client_login(client, second_member)
    page = client.get(url).content.decode()
    assert "Meine eigene Sicht" not in page
    assert 'id="notes-hidden"' in page
    response = client.post(
        reverse("committee:case_note", args=[case.reference]), {"text": "Zweite Sicht"}
    )
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "Meine eigene Sicht" in page
    assert "Zweite Sicht" in page


def test_on_the_session_day_every_note_is_on_the_table(client, member, second_member, seats, case):
    services.member_note_save(case=case, membership=seats[0], text="Vorab notiert", actor=member)
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create(days=0)
    services.case_schedule(case=case, session=session, actor=member)
    client_login(client, second_member)
    page = client.get(reverse("committee:case_detail", args=[case.reference])).content.decode()
    assert "Vorab notiert" in page


def test_the_office_reads_no_member_notes(client, member, seats, case, office):
    services.member_note_save(
        case=case, membership=seats[0], text="Nur für Mitglieder", actor=member
    )
    client_login(client, office)
    page = client.get(reverse("committee:case_detail", args=[case.reference])).content.decode()
    assert "Nur für Mitglieder" not in page
    assert 'id="note-form"' not in page


def test_the_head_of_the_authority_records_that_it_was_informed(client, second_member, case):
    head = seat_create(second_member, heads_authority=True)
    client_login(client, second_member)
    url = reverse("committee:case_detail", args=[case.reference])
    assert 'id="authority-form"' in client.get(url).content.decode()
    client.post(reverse("committee:case_authority_informed", args=[case.reference]))
    assert case.authority_notice.informed_by == head
    assert 'id="authority-form"' not in client.get(url).content.decode()


def test_other_members_cannot_record_the_authority_step(client, member, case):
    seat_create(member)
    client_login(client, member)
    url = reverse("committee:case_authority_informed", args=[case.reference])
    assert client.post(url).status_code == 404
    with pytest.raises(services.WorkflowError):
        services.authority_informed_record(
            case=case, membership=Membership.objects.get(user=member), actor=member
        )


def test_the_office_records_attendance_in_its_form(office_client, seats):
    session = session_create(days=0)
    url = reverse("committee:session_attendance", args=[session.pk])
    response = office_client.post(url, {f"seat_{seats[0].pk}": "present"})
    assert response.status_code == 400  # every seat must be marked
    response = office_client.post(
        url, {f"seat_{seats[0].pk}": "present", f"seat_{seats[1].pk}": "absent"}
    )
    assert response.status_code == 302
    page = office_client.get(reverse("committee:session_detail", args=[session.pk]))
    table = page.content.decode().split('id="attendance"')[1].split("</table>")[0]
    assert "Caritas" in table and "AWO" in table


def test_a_second_case_of_another_centre_needs_its_own_confirmations(
    seats, assessed, office, other_advisor, member
):
    case, session = assessed
    other = case_submit(other_advisor, full_name="Andere Person")
    services.case_status_change(
        case=other, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=other, session=session, actor=office)
    services.assessment_save(
        case=other,
        text="Anderer Text",
        recommendation=Recommendation.NO_PERSPECTIVE,
        version=0,
        actor=member,
    )
    _present(session, office, *seats)
    for seat in seats:
        _confirm(case, seat)
    other.refresh_from_db()
    with pytest.raises(services.WorkflowError):
        services.assessment_release(case=other, actor=office)


def test_a_scheduled_case_is_refused_later_under_a_rule_the_advisor_reads(
    client, member_client, advisor, case, office
):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=office, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=case, session=session_create(days=3), actor=office)
    url = reverse("committee:case_status", args=[case.reference])
    # The rule's choice needs no words; "another reason" does.
    response = member_client.post(url, {"status": "not_admissible", "ground": "other"})
    assert response.status_code == 400
    response = member_client.post(
        url, {"status": "not_admissible", "ground": "exclude_asylum_application"}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.NOT_ADMISSIBLE
    assert not hasattr(case, "agenda_item") or case.agenda_item is None
    client_login(client, advisor)
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    reason = page.split('id="refusal-reason"')[1].split("</div>")[0]
    assert "Asylantrag" in reason


def test_a_deputy_reads_and_writes_only_while_standing_in(client, seats, assessed, office):
    case, session = assessed
    deputy_user = user_create("deputy-2", group="Committee")
    deputy = Membership.objects.create(
        user=deputy_user, kind=Membership.Kind.DEPUTY, deputy_for=seats[1], body="AWO"
    )
    client_login(client, deputy_user)
    url = reverse("committee:case_detail", args=[case.reference])
    note_url = reverse("committee:case_note", args=[case.reference])
    protocol_url = reverse("committee:session_protocol", args=[session.pk])
    list_url = reverse("committee:case_list")
    services.member_note_save(case=case, membership=seats[0], text="Sicht eins", actor=office)
    # Not on the attendance yet, then there beside the member: the case does not exist for
    # the deputy, in the list, on its page, in the protocol, and no note can be written.
    for present in ((), (seats[0], seats[1], deputy)):
        if present:
            _present(session, office, *present)
        listing = client.get(list_url).content.decode()
        assert case.reference not in listing
        assert 'id="deputy-cases"' in listing
        assert client.get(url).status_code == 404
        assert client.get(protocol_url).status_code == 404
        assert client.post(note_url, {"text": "Vertretersicht"}).status_code == 404
        assert not MemberNote.objects.filter(membership=deputy).exists()
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.ACCESS_DENIED, actor=deputy_user
    ).exists()
    # Standing in for the absent member.
    _present(session, office, seats[0], deputy, absent=[seats[1]])
    assert case.reference in client.get(list_url).content.decode()
    page = client.get(url).content.decode()
    assert 'id="note-form"' in page
    assert "Sicht eins" in page
    assert client.get(protocol_url).status_code == 200
    response = client.post(note_url, {"text": "Vertretersicht"})
    assert response.status_code == 302
    assert MemberNote.objects.filter(membership=deputy).exists()


def test_members_and_the_office_read_every_case_without_attendance(
    client, seats, assessed, office
):
    case, _session = assessed
    for user in (seats[0].user, office):
        client_login(client, user)
        listing = client.get(reverse("committee:case_list")).content.decode()
        assert case.reference in listing
        assert 'id="deputy-cases"' not in listing
        assert (
            client.get(reverse("committee:case_detail", args=[case.reference])).status_code == 200
        )
