"""The repeat rule: an advisor learns of earlier cases of their own centre only; every check is
audited and does the same work whether it finds a case or not."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from accounts.models import AdvisorProfile
from cases import services
from cases.models import AuditEntry, Case
from committee.models import CommitteeRules
from tests.cases.helpers import login_verified, submit_case, totp_device
from tests.cases.test_submission import start, submit
from tests.factories import AdvisorProfileFactory

NAME = "Amina Testperson"


@pytest.fixture(autouse=True)
def repeat_rule_on(db):
    site = Site.objects.get(is_default_site=True)
    CommitteeRules.objects.update_or_create(
        site=site, defaults={"repeat_requires_changed_facts": True}
    )


@pytest.fixture
def colleague_a(center_a):
    user = AdvisorProfileFactory(advice_center=center_a).user
    totp_device(user)
    return user


def repeat_checks(user):
    return AuditEntry.objects.filter(actor=user, action=AuditEntry.Action.REPEAT_CHECK)


def test_an_earlier_case_of_the_own_centre_asks_what_changed(client, advisor_a, colleague_a):
    earlier = submit_case(colleague_a, full_name=NAME)
    start(client, advisor_a)
    response, _data = submit(client, full_name=NAME)
    assert response.status_code == 200
    assert 'id="id_changes_since_last_error"' in response.content.decode()
    assert Case.objects.count() == 1
    assert list(repeat_checks(advisor_a).values_list("case_reference", flat=True)) == [
        earlier.reference
    ]
    response, _data = submit(client, full_name=NAME, changes_since_last="Arbeitsvertrag seit Mai.")
    assert response.status_code == 302
    assert Case.objects.count() == 2


def test_another_centres_case_is_never_revealed(client, advisor_a, advisor_b):
    foreign = submit_case(advisor_b, full_name=NAME)
    start(client, advisor_a)
    response, _data = submit(client, full_name=NAME)
    # Answered exactly as for a person nobody knows: the case is taken in.
    assert response.status_code == 302
    assert Case.objects.count() == 2
    page = client.get(response["Location"]).content.decode()
    assert foreign.reference not in page
    # Checked on the grounds step and again on submission; neither names the case.
    assert set(repeat_checks(advisor_a).values_list("case_reference", flat=True)) == {""}


def test_every_check_does_the_same_work_found_or_not(advisor_a, advisor_b, colleague_a):
    submit_case(colleague_a, full_name="Bekannte Person")
    submit_case(advisor_b, full_name="Fremde Person")
    counts = {}
    for name in ("Bekannte Person", "Fremde Person", "Niemand Bekannt"):
        with CaptureQueriesContext(connection) as queries:
            services.case_earlier_reference(
                user=advisor_a,
                full_name=name,
                date_of_birth=datetime.date(1990, 4, 12),
            )
        counts[name] = len(queries)
    assert len(set(counts.values())) == 1
    assert repeat_checks(advisor_a).count() == 3


def test_the_committee_sees_every_case_of_the_same_person(
    client, advisor_a, advisor_b, committee_member
):
    first = submit_case(advisor_b, full_name=NAME)
    second = submit_case(advisor_a, full_name=f"  {NAME.upper()} ")
    other = submit_case(advisor_a, full_name="Jemand Anderes")
    login_verified(client, committee_member)
    page = client.get(f"/de/committee/cases/{second.reference}/").content.decode()
    assert f'href="/de/committee/cases/{first.reference}/"' in page
    assert other.reference not in page
    assert AdvisorProfile.objects.get(user=advisor_b).advice_center.name in page


def test_declared_repeat_requires_the_change_description(client, advisor_a):
    start(client, advisor_a, submitted_before="yes", facts_changed="yes")
    response, _data = submit(client)
    assert 'id="id_changes_since_last_error"' in response.content.decode()
