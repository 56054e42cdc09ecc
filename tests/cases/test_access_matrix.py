"""Every intake URL against every role: who gets the page, who a redirect, who a 404."""

import pytest
from wagtail.models import Locale

from cases import services
from cases.forms import STEP_SLUGS
from cases.models import AuditEntry
from portal.rules import committee_rules
from tests.cases.helpers import login_verified, pdf_bytes
from tests.factories import AdvisorProfileFactory
from tests.ui import de

ROLES = ["anonymous", "editor", "advisor_a", "advisor_b", "committee", "admin"]

# path template -> expected result per role; "login" means a redirect to the login page.
MATRIX = {
    "/de/cases/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 200,
        "advisor_b": 200,
        "committee": 200,
        "admin": 404,
    },
    "/de/cases/new/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 200,
        "advisor_b": 200,
        "committee": 404,
        "admin": 404,
    },
    # A draft of advisor_a's centre, at each of its addresses.
    **{
        f"/de/cases/drafts/{{draft}}/{step}/": {
            "anonymous": "login",
            "editor": 404,
            "advisor_a": 200,
            "advisor_b": 404,  # another centre's draft does not exist for them
            "committee": 404,
            "admin": 404,
        }
        for step in STEP_SLUGS
    },
    "/de/cases/drafts/{draft}/delete/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 200,
        "advisor_b": 404,  # another centre's draft does not exist for them
        "committee": 404,
        "admin": 404,
    },
    "/de/cases/drafts/{draft}/evidence/{evidence}/file/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 200,
        "advisor_b": 404,  # another centre's draft does not exist for them
        "committee": 404,
        "admin": 404,
    },
    "/de/cases/{reference}/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 200,
        "advisor_b": 404,
        "committee": 200,
        "admin": 404,
    },
    "/de/cases/{reference}/consent-file/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 200,
        "advisor_b": 404,
        "committee": 200,
        "admin": 404,
    },
    "/de/cases/BF-ZZZZ-ZZZZ/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 404,
        "advisor_b": 404,
        "committee": 404,
        "admin": 404,
    },
    "/de/cases/BF-ZZZZ-ZZZZ/consent-file/": {
        "anonymous": "login",
        "editor": 404,
        "advisor_a": 404,
        "advisor_b": 404,
        "committee": 404,
        "admin": 404,
    },
    "/de/consent/": dict.fromkeys(ROLES, 200),
    "/de/consent/1.0/": dict.fromkeys(ROLES, 200),
    "/de/consent/1.0/print.pdf": dict.fromkeys(ROLES, 200),
    "/de/accounts/login/": {
        "anonymous": 200,
        "editor": 302,
        "advisor_a": 302,
        "advisor_b": 302,
        "committee": 302,
        "admin": 302,
    },
    "/de/accounts/register/": dict.fromkeys(ROLES, 200),
    "/de/accounts/password-reset/": dict.fromkeys(ROLES, 200),
}


@pytest.fixture
def people(editor, advisor_a, advisor_b, committee_member, admin_user):
    return {
        "anonymous": None,
        "editor": editor,
        "advisor_a": advisor_a,
        "advisor_b": advisor_b,
        "committee": committee_member,
        "admin": admin_user,
    }


CASES = [(path, role) for path in MATRIX for role in ROLES]


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "role"), CASES)
def test_role_matrix(client, people, case_a, path, role):
    draft = services.case_draft_create(
        user=people["advisor_a"], answers={}, rules=committee_rules()
    )
    evidence = services.evidence_store(
        actor=people["advisor_a"], document=(pdf_bytes(), "pdf"), criterion="health", draft=draft
    )
    user = people[role]
    if user is not None:
        login_verified(client, user)
    url = path.format(reference=case_a.reference, draft=draft.public_id, evidence=evidence.pk)
    response = client.get(url)
    expected = MATRIX[path][role]
    if expected == "login":
        assert response.status_code == 302
        assert response["Location"].startswith("/de/accounts/login/?next=")
    else:
        assert response.status_code == expected, url
    assert "no-store" in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_case_page_and_file_of_another_centre_look_like_unknown_references(
    client, advisor_b, case_a
):
    login_verified(client, advisor_b)
    foreign = client.get(f"/de/cases/{case_a.reference}/")
    unknown = client.get("/de/cases/BF-ZZZZ-ZZZZ/")
    assert foreign.status_code == unknown.status_code == 404
    assert case_a.reference not in foreign.content.decode()
    denied = AuditEntry.objects.filter(action=AuditEntry.Action.ACCESS_DENIED)
    assert set(denied.values_list("case_reference", flat=True)) == {
        case_a.reference,
        "BF-ZZZZ-ZZZZ",
    }


@pytest.mark.django_db
def test_case_list_shows_only_the_own_centres_cases(client, advisor_a, case_a, case_b):
    login_verified(client, advisor_a)
    html = client.get("/de/cases/").content.decode()
    assert case_a.reference in html
    assert case_b.reference not in html


@pytest.mark.django_db
def test_committee_sees_every_case_and_the_audit_trail(client, committee_member, case_a, case_b):
    login_verified(client, committee_member)
    html = client.get("/de/cases/").content.decode()
    assert case_a.reference in html and case_b.reference in html
    detail = client.get(f"/de/cases/{case_a.reference}/").content.decode()
    assert de("Audit trail") in detail
    assert committee_member.username in detail


@pytest.mark.django_db
def test_translated_centre_counts_as_the_same_centre(client, center_a, case_a):
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = center_a.copy_for_translation(english)
    translation.save()
    colleague = AdvisorProfileFactory(advice_center=translation).user
    login_verified(client, colleague)
    assert client.get(f"/de/cases/{case_a.reference}/").status_code == 200


@pytest.mark.django_db
def test_login_without_second_factor_reaches_no_case(client, advisor_a, case_a):
    client.force_login(advisor_a)  # password only, no device verified in this session
    response = client.get(f"/de/cases/{case_a.reference}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/")
