"""The joint assessment: only after the session, never silently overwritten, encrypted."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cases.models import CaseStatus
from committee import services
from committee.models import Assessment, Recommendation
from tests.committee.conftest import (
    assessment_agreed,
    client_login,
    office_user,
    session_create,
)


@pytest.fixture
def scheduled(case, member):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create(days=2)
    services.case_schedule(case=case, session=session, actor=member)
    return case, session


def _session_passes(session):
    session.starts_at = timezone.now() - timedelta(hours=2)
    session.save()


def _post(client, case, *, text, version, recommendation=Recommendation.HARDSHIP_COMMISSION):
    return client.post(
        reverse("committee:case_assessment", args=[case.reference]),
        {"text": text, "recommendation": recommendation, "version": version},
    )


def test_not_before_the_session(member_client, scheduled):
    case, _session = scheduled
    response = _post(member_client, case, text="Zu früh", version=0)
    assert response.status_code == 400
    assert "Zu früh" in response.content.decode()
    assert not Assessment.objects.exists()


def test_recorded_after_the_session_and_encrypted(member_client, scheduled):
    case, session = scheduled
    _session_passes(session)
    response = _post(member_client, case, text="Langer Aufenthalt, gute Integration", version=0)
    assert response.status_code == 302
    assessment = Assessment.objects.get(case=case)
    assert assessment.text == "Langer Aufenthalt, gute Integration"
    assert "Integration" not in assessment.text_encrypted
    assert assessment.version == 1
    case.refresh_from_db()
    assert case.status == CaseStatus.DISCUSSED


def test_second_concurrent_save_is_refused_and_nothing_is_lost(
    client, member, second_member, scheduled
):
    case, session = scheduled
    _session_passes(session)
    first = client_login(client, member)
    _post(first, case, text="Erste Fassung", version=0)
    # Both members open the form at version 1.
    second = client_login(Client(), second_member)
    form_a = first.get(reverse("committee:case_assessment", args=[case.reference]))
    form_b = second.get(reverse("committee:case_assessment", args=[case.reference]))
    assert 'name="version" value="1"' in form_a.content.decode()
    assert 'name="version" value="1"' in form_b.content.decode()

    assert _post(first, case, text="Fassung von Mitglied A", version=1).status_code == 302
    response = _post(second, case, text="Fassung von Mitglied B", version=1)
    assert response.status_code == 409
    content = response.content.decode()
    assert "Another member saved this assessment" in content or "anderes Mitglied" in content
    assert "Fassung von Mitglied B" in content  # the refused text is still in the form
    assert "Fassung von Mitglied A" in content  # and the saved one is shown to compare
    assessment = Assessment.objects.get(case=case)
    assert assessment.text == "Fassung von Mitglied A"
    assert assessment.version == 2
    # Having seen the other version, B can save deliberately.
    assert 'name="version" value="2"' in content
    assert _post(second, case, text="Fassung B, abgestimmt", version=2).status_code == 302
    assert Assessment.objects.get(case=case).text == "Fassung B, abgestimmt"


def test_two_first_saves_do_not_both_win(member, second_member, scheduled):
    case, session = scheduled
    _session_passes(session)
    services.assessment_save(
        case=case, text="A", recommendation=Recommendation.NO_PERSPECTIVE, version=0, actor=member
    )
    case.refresh_from_db()
    with pytest.raises(services.AssessmentConflict):
        services.assessment_save(
            case=case,
            text="B",
            recommendation=Recommendation.NO_PERSPECTIVE,
            version=0,
            actor=second_member,
        )
    assert Assessment.objects.get(case=case).text == "A"


def test_released_assessment_cannot_be_changed(member, scheduled):
    case, session = scheduled
    _session_passes(session)
    services.assessment_save(
        case=case, text="A", recommendation=Recommendation.NO_PERSPECTIVE, version=0, actor=member
    )
    case.refresh_from_db()
    assessment_agreed(case, member)
    services.assessment_release(case=case, actor=office_user())
    with pytest.raises(services.WorkflowError):
        services.assessment_save(
            case=case,
            text="B",
            recommendation=Recommendation.NO_PERSPECTIVE,
            version=1,
            actor=member,
        )
    assert Assessment.objects.get(case=case).text == "A"
