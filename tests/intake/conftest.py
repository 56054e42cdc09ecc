import pytest

from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory
from tests.intake.helpers import submit_case, totp_device


@pytest.fixture
def center_a(db):
    return AdviceCenterFactory(name="Zentrum A", slug="zentrum-a")


@pytest.fixture
def center_b(db):
    return AdviceCenterFactory(name="Zentrum B", slug="zentrum-b")


@pytest.fixture
def advisor_a(center_a):
    user = AdvisorProfileFactory(advice_center=center_a).user
    totp_device(user)
    return user


@pytest.fixture
def advisor_b(center_b):
    user = AdvisorProfileFactory(advice_center=center_b).user
    totp_device(user)
    return user


@pytest.fixture
def editor(db):
    user = UserFactory(groups=["Editors"], is_staff=True)
    totp_device(user)
    return user


@pytest.fixture
def committee_member(db):
    user = UserFactory(groups=["Committee"])
    totp_device(user)
    return user


@pytest.fixture
def admin_user(db):
    user = UserFactory(is_staff=True, is_superuser=True)
    totp_device(user)
    return user


@pytest.fixture
def case_a(advisor_a):
    return submit_case(advisor_a)


@pytest.fixture
def case_b(advisor_b):
    return submit_case(advisor_b, full_name="Other Person")
