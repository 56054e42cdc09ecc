"""A change of the committee's rules never strands a case: who may apply cannot lose the kind
of applicant that brought a case the committee has not yet assessed."""

import pytest

from cases.models import Case, CaseStatus
from tests.committee.conftest import client_login
from tests.committee.test_retention import _settings_post

pytestmark = pytest.mark.django_db

LEVERKUSEN_KINDS = ["affected_person", "representative", "initiative_group"]


def test_removing_the_kind_of_an_open_case_is_refused_with_its_reference(
    client, rules, admin_user, case
):
    client_login(client, admin_user)
    response = _settings_post(client, rules, applicant_kinds=LEVERKUSEN_KINDS)
    assert response.status_code == 200
    html = response.content.decode()
    assert case.reference in html
    rules.refresh_from_db()
    assert rules.applicant_kinds == ["professional_advisor"]
    # Nothing personal in the message: the reference only.
    assert case.data["application"]["full_name"] not in html


@pytest.mark.parametrize("status", [CaseStatus.ASSESSMENT_SENT, CaseStatus.CLOSED])
def test_once_the_case_is_assessed_or_closed_the_kind_can_go(
    client, rules, admin_user, case, status
):
    Case.objects.filter(pk=case.pk).update(status=status)
    client_login(client, admin_user)
    assert _settings_post(client, rules, applicant_kinds=LEVERKUSEN_KINDS).status_code == 302
    rules.refresh_from_db()
    assert rules.applicant_kinds == LEVERKUSEN_KINDS


def test_adding_a_kind_needs_no_check(client, rules, admin_user, case):
    client_login(client, admin_user)
    kinds = ["professional_advisor", "affected_person"]
    assert _settings_post(client, rules, applicant_kinds=kinds).status_code == 302
    rules.refresh_from_db()
    assert rules.applicant_kinds == kinds
