"""Only committee members with both factors reach the committee area; everyone else sees 404."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from cases.models import AuditEntry
from committee import urls as committee_urls
from tests.committee.conftest import client_login, session_create, user_create

AREA = [p for p in committee_urls.urlpatterns if str(p.pattern).startswith("committee/")]


def _url(pattern, case, session):
    kwargs = {}
    route = str(pattern.pattern)
    if "<str:reference>" in route:
        kwargs["reference"] = case.reference
    if "<int:pk>" in route:
        kwargs["pk"] = session.pk
    if "<int:item_pk>" in route:
        kwargs["item_pk"] = 1
    return reverse(f"committee:{pattern.name}", kwargs=kwargs)


def test_every_area_url_is_covered():
    assert {p.name for p in AREA} >= {
        "case_list",
        "case_detail",
        "case_status",
        "case_schedule",
        "case_assessment",
        "case_release",
        "session_list",
        "session_detail",
        "session_invite",
        "session_ics",
        "session_protocol",
    }


@pytest.mark.parametrize("who", ["advisor", "other_advisor", "editor", "admin"])
@pytest.mark.parametrize("pattern", AREA, ids=lambda p: p.name)
def test_others_get_404(who, pattern, request, client, case):
    if who == "admin":
        user = user_create("admin-1", staff=True)
        user.is_superuser = True
        user.save()
    else:
        user = request.getfixturevalue(who)
    client_login(client, user)
    url = _url(pattern, case, session_create())
    status_before = case.status
    assert client.get(url).status_code == 404
    assert client.post(url, {"status": "admissible", "place": "x"}).status_code == 404
    case.refresh_from_db()
    assert case.status == status_before


@pytest.mark.parametrize("pattern", AREA, ids=lambda p: p.name)
def test_anonymous_is_sent_to_the_login(pattern, client, case):
    response = client.get(_url(pattern, case, session_create()))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_password_without_second_factor_is_not_enough(client, member, case):
    client.force_login(member)
    response = client.get(reverse("committee:case_detail", args=[case.reference]))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_member_without_review_permission_gets_404(client, case):
    group = Group.objects.get(name="Committee")
    user = user_create("member-x", group="Committee")
    group.permissions.clear()
    client_login(client, user)
    assert client.get(reverse("committee:case_list")).status_code == 404


@pytest.mark.parametrize(
    "name", ["case_list", "case_detail", "case_assessment", "session_list", "session_detail"]
)
def test_member_pages_are_never_stored(name, member_client, case):
    kwargs = {}
    if name.startswith("case_") and name != "case_list":
        kwargs["reference"] = case.reference
    if name == "session_detail":
        kwargs["pk"] = session_create().pk
    response = member_client.get(reverse(f"committee:{name}", kwargs=kwargs))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_unknown_reference_is_404_and_audited(member_client, member):
    response = member_client.get(reverse("committee:case_detail", args=["BF-AAAA-BBBB"]))
    assert response.status_code == 404
    entry = AuditEntry.objects.get(case_reference="BF-AAAA-BBBB")
    assert entry.action == AuditEntry.Action.ACCESS_DENIED
    assert entry.actor == member


def test_advisor_side_urls_are_404_for_committee_and_foreign_advisors(
    client, member, other_advisor, case
):
    for user in (member, other_advisor):
        client_login(client, user)
        for name in ("case_withdraw", "case_assessment_pdf"):
            url = reverse(f"committee:{name}", args=[case.reference])
            assert client.get(url).status_code == 404
