import shutil

import pytest
from django.core.cache import cache

from tests.cases.helpers import submit_case, totp_device
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory


@pytest.fixture(autouse=True)
def _clean_state(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    cache.clear()
    yield
    cache.clear()
    shutil.rmtree(tmp_path / "private", ignore_errors=True)


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
