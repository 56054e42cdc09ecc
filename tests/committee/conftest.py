"""Cases submitted through the cases service with a full application, and the names the
committee's tests give the advisors and members of `tests/conftest.py`."""

import uuid
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from accounts import roles
from cases import services as case_services
from committee.models import (
    AgendaItem,
    Assessment,
    AssessmentConfirmation,
    Attendance,
    CommitteeRules,
    CommitteeSession,
    Membership,
    Recommendation,
)
from portal import crypto
from tests.cases.helpers import login_verified, pdf_bytes, totp_device
from tests.factories import AdvisorProfileFactory, UserFactory


def user_create(username, *, group=None, staff=False):
    user = UserFactory(username=username, groups=[group] if group else [], is_staff=staff)
    totp_device(user)
    return user


def client_login(client, user):
    """Logged in as after password and TOTP code."""
    login_verified(client, user)
    return client


def advisor_create(username, center):
    user = AdvisorProfileFactory(user__username=username, advice_center=center).user
    totp_device(user)
    return user


def case_submit(advisor, *, full_name="Testperson Geheim", summary="Lange Aufenthaltsdauer"):
    application = {
        "full_name": full_name,
        "date_of_birth": date(1990, 5, 17),
        "nationality": "Testland",
        "district": "Innenstadt-Nord",
        "date_of_entry": date(2015, 3, 1),
        "residence_status": "duldung",
        "residence_status_since": date(2016, 1, 1),
        "ground_length_of_stay": "Seit 2015 in Dortmund",
        "summary": summary,
        "contact_name": "Beraterin",
        "contact_email": advisor.email,
        "contact_phone": "0000",
    }
    case, _created = case_services.case_submit(
        reference_prefix="BF",
        user=advisor,
        submission_token=uuid.uuid4(),
        answers={"applicant_kind": "professional_advisor", "submitted_before": False},
        application=application,
        household=[{"relation": "child", "date_of_birth": "2018-02-02", "status": "Duldung"}],
        consent_version="2026-01",
        consent_file=(pdf_bytes(), "pdf"),
    )
    return case


def session_create(*, days=7, kind=CommitteeSession.Kind.REGULAR, place="Rathaus, Raum 1"):
    return CommitteeSession.objects.create(
        starts_at=timezone.now() + timedelta(days=days), place=place, kind=kind
    )


def case_assessed(case, member, *, text="Begründung", **extra):
    """``case`` on a past session's agenda with a joint assessment; ``extra`` e.g. released_at."""
    session = session_create(days=-1)
    AgendaItem.objects.create(session=session, case=case)
    return Assessment.objects.create(
        case=case,
        session=session,
        recommendation=Recommendation.NO_PERSPECTIVE,
        text_encrypted=crypto.json_encrypt(text),
        recorded_by=member,
        **extra,
    )


def seat_create(user, **fields):
    """``user`` holds a committee seat (a member's, unless ``fields`` say otherwise)."""
    return Membership.objects.get_or_create(user=user, defaults=fields)[0]


def assessment_agreed(case, *members):
    """Every one of ``members`` is present at the case's session and has confirmed the
    current version of its joint assessment: the office may release it."""
    assessment = Assessment.objects.get(case=case)
    for user in members:
        seat = seat_create(user)
        Attendance.objects.update_or_create(
            session=assessment.session, membership=seat, defaults={"present": True}
        )
        AssessmentConfirmation.objects.get_or_create(
            assessment=assessment, membership=seat, version=assessment.version
        )
    return assessment


def office_user():
    return get_user_model().objects.filter(username="office-1").first() or user_create(
        "office-1", group=roles.OFFICE
    )


@pytest.fixture
def rules(seeded_site):
    return CommitteeRules.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def office(db):
    return office_user()


@pytest.fixture
def office_client(client, office):
    return client_login(client, office)


@pytest.fixture
def advisor(advisor_a):
    return advisor_a


@pytest.fixture
def other_advisor(advisor_b):
    return advisor_b


@pytest.fixture
def member(committee_member):
    return committee_member


@pytest.fixture
def second_member(db):
    return user_create("member-2", group=roles.COMMITTEE)


@pytest.fixture
def case(advisor):
    return case_submit(advisor)


@pytest.fixture
def member_client(client, member):
    return client_login(client, member)
