import pytest

from tests.intake.helpers import login_verified


def directives(header):
    parts = [part.strip() for part in header.split(";") if part.strip()]
    return {part.split()[0]: part.split()[1:] for part in parts}


@pytest.fixture
def public_response(client, seeded_site):
    return client.get("/de/ueber-das-gremium/")


@pytest.mark.django_db
def test_public_pages_carry_a_strict_content_security_policy(public_response):
    policy = directives(public_response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_public_pages_carry_the_other_security_headers(public_response):
    assert public_response["Referrer-Policy"] == "same-origin"
    assert public_response["X-Content-Type-Options"] == "nosniff"
    assert public_response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert public_response["X-Frame-Options"] == "DENY"
    permissions = public_response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


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
