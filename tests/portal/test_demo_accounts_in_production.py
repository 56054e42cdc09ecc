"""Production neither checks out nor starts while the database holds a demo login (the
published password or authenticator secret), and says which accounts to remove."""

import base64
import json

import pytest
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers.wsgi import WSGIHandler

from accounts.demo_logins import DEMO_PASSWORD, DEMO_TOTP_SECRET
from accounts.services import totp_device_ensure
from demo.accounts import demo_accounts_ensure
from tests.factories import UserFactory
from tests.portal.test_production_settings import COMPLETE, load_production_settings


def deploy_errors():
    return [
        message
        for message in run_checks(include_deployment_checks=True)
        if message.id == "accounts.E001"
    ]


@pytest.fixture(scope="module")
def production_middleware():
    code = "from django.conf import settings; print(json.dumps(settings.MIDDLEWARE))"
    result = load_production_settings(COMPLETE, "import json; " + code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def production_start(settings, middleware):
    """What gunicorn does as an app process starts: build the WSGI handler."""
    settings.MIDDLEWARE = middleware
    return WSGIHandler()


@pytest.mark.django_db
def test_seeded_demo_accounts_fail_the_deploy_check_by_name():
    demo_accounts_ensure()
    [error] = deploy_errors()
    assert error.is_serious()
    for name in ("admin", "editor", "committee-1", "committee-2", "office"):
        assert name in error.msg


@pytest.mark.django_db
def test_the_deploy_check_names_an_account_with_only_the_demo_password_or_only_the_secret():
    password_only = UserFactory(username="office-lead")
    password_only.set_password(DEMO_PASSWORD)
    password_only.save()
    secret_only = UserFactory(username="member-7")
    totp_device_ensure(user=secret_only, name="phone", key=base64.b32decode(DEMO_TOTP_SECRET))
    [error] = deploy_errors()
    assert "office-lead" in error.msg
    assert "member-7" in error.msg


@pytest.mark.django_db
def test_the_deploy_check_passes_without_demo_accounts(admin_user, advisor_a):
    assert deploy_errors() == []


@pytest.mark.django_db
def test_production_does_not_start_with_the_demo_administrator(settings, production_middleware):
    demo_accounts_ensure()
    with pytest.raises(ImproperlyConfigured) as refusal:
        production_start(settings, production_middleware)
    assert "admin" in str(refusal.value)
    assert "editor" in str(refusal.value)


@pytest.mark.django_db
def test_production_does_not_start_with_a_renamed_account_on_the_demo_secret(
    settings, production_middleware
):
    renamed = UserFactory(username="it-support")
    totp_device_ensure(user=renamed, name="demo", key=base64.b32decode(DEMO_TOTP_SECRET))
    with pytest.raises(ImproperlyConfigured, match="it-support"):
        production_start(settings, production_middleware)


@pytest.mark.django_db
def test_production_starts_without_demo_accounts(
    settings, production_middleware, admin_user, advisor_a
):
    handler = production_start(settings, production_middleware)
    assert handler is not None


@pytest.mark.django_db
def test_settings_other_than_production_start_with_the_demo_accounts(settings):
    demo_accounts_ensure()
    assert "accounts.middleware.DemoAccountsRefusalMiddleware" not in settings.MIDDLEWARE
    assert WSGIHandler() is not None
