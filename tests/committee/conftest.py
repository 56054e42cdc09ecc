"""Committee members, advisors and editors (intake's factories and TOTP helpers), and cases
submitted through intake's service with a full application."""

import uuid
from datetime import date, timedelta

import pytest
from django.utils import timezone

from committee.models import Session
from intake import services as intake_services
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory
from tests.intake.helpers import login_verified, pdf_bytes, totp_device


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
    case, _created = intake_services.case_submit(
        user=advisor,
        submission_token=uuid.uuid4(),
        answers={"applicant_kind": "professional_advisor", "submitted_before": False},
        application=application,
        household=[{"relation": "child", "date_of_birth": "2018-02-02", "status": "Duldung"}],
        consent_version="2026-01",
        consent_file=(pdf_bytes(), "pdf"),
    )
    return case


def session_create(*, days=7, kind=Session.Kind.REGULAR, place="Rathaus, Raum 1"):
    return Session.objects.create(
        starts_at=timezone.now() + timedelta(days=days), place=place, kind=kind
    )


@pytest.fixture
def center(db):
    return AdviceCenterFactory(name="Beratungsstelle A")


@pytest.fixture
def other_center(db):
    return AdviceCenterFactory(name="Beratungsstelle B")


@pytest.fixture
def advisor(center):
    return advisor_create("advisor-a", center)


@pytest.fixture
def other_advisor(other_center):
    return advisor_create("advisor-b", other_center)


@pytest.fixture
def member(db):
    return user_create("member-1", group=intake_services.GROUP_COMMITTEE)


@pytest.fixture
def second_member(db):
    return user_create("member-2", group=intake_services.GROUP_COMMITTEE)


@pytest.fixture
def editor(db):
    return user_create("editor-1", group=intake_services.GROUP_EDITORS, staff=True)


@pytest.fixture
def case(advisor):
    return case_submit(advisor)


@pytest.fixture
def member_client(client, member):
    return client_login(client, member)
