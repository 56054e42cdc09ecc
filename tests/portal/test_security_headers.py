import pytest

from tests.cases.helpers import login_verified
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory

# Referrer policies that never send the address of a page to another site.
SAME_ORIGIN_OR_STRICTER = {"same-origin", "no-referrer"}


def directives(header):
    parts = [part.strip() for part in header.split(";") if part.strip()]
    return {part.split()[0]: part.split()[1:] for part in parts}


def _advisor(client):
    login_verified(client, AdvisorProfileFactory(advice_center=AdviceCenterFactory()).user)


def _committee_member(client):
    login_verified(client, UserFactory(groups=["Committee"]))


# Pages outside the admin: (path, who asks, whether no cache may keep the answer)
PAGES = {
    "public page": ("/de/ueber-das-gremium/", None, False),
    "intake login": ("/de/accounts/login/", None, True),
    "advisor's case list": ("/de/cases/", _advisor, True),
    "committee case list": ("/de/committee/", _committee_member, True),
}


def _answer(client, name):
    path, log_in, _never_stored = PAGES[name]
    if log_in is not None:
        log_in(client)
    response = client.get(path)
    assert response.status_code == 200
    return response


@pytest.fixture(params=list(PAGES))
def page(request, client, seeded_site):
    return _answer(client, request.param)


@pytest.fixture(params=[name for name, (_path, _who, never) in PAGES.items() if never])
def account_page(request, client, seeded_site):
    return _answer(client, request.param)


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(page):
    policy = directives(page["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_pages_carry_the_other_security_headers(page):
    assert page["Referrer-Policy"] in SAME_ORIGIN_OR_STRICTER
    assert page["X-Content-Type-Options"] == "nosniff"
    assert page["Cross-Origin-Opener-Policy"] == "same-origin"
    assert page["X-Frame-Options"] == "DENY"
    permissions = page["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


@pytest.mark.django_db
def test_account_case_and_committee_pages_are_never_stored(account_page):
    assert "no-store" in account_page["Cache-Control"]


@pytest.mark.django_db
def test_the_admin_gets_its_own_looser_policy_but_still_no_framing_by_others(
    client, django_user_model
):
    admin = django_user_model.objects.create_superuser("root", "r@example.org", "pw-long-1x")
    login_verified(client, admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
