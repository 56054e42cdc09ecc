"""Accounts and cases. Demo accounts exist only where the settings allow them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

DEMO_PASSWORD = "demo-Bleiberecht-2026"  # noqa: S105 - printed for local use only


def demo_accounts_ensure():
    """Create the local demo logins once and return (role, username, password) rows."""
    if not getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
        raise ImproperlyConfigured("Demo accounts are disabled in these settings.")
    user_model = get_user_model()
    admin, created = user_model.objects.get_or_create(
        username="admin",
        defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True},
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    return [("administrator", admin.username, DEMO_PASSWORD)]
