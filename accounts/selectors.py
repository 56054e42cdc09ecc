"""Who someone is in the portal: their role and, for advisors, their approved profile."""

import base64

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, check_password
from django.db.models import Q
from django.urls import reverse

from accounts import roles
from accounts.demo_logins import (
    DEMO_ADVISOR_PREFIX,
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    DEMO_USERNAMES,
)
from accounts.models import AdvisorProfile, TOTPDevice


def user_in_group(user, name):
    return user.is_authenticated and user.groups.filter(name=name).exists()


def user_is_committee(user):
    return user_in_group(user, roles.COMMITTEE)


def user_is_office_group(user):
    return user_in_group(user, roles.OFFICE)


def advisor_profile_approved(user):
    """The approved advisor profile of ``user``, or None."""
    if not user_in_group(user, roles.ADVISORS):
        return None
    return (
        AdvisorProfile.objects.select_related("advice_center")
        .filter(user=user, status=AdvisorProfile.Status.APPROVED)
        .first()
    )


def user_home_url(user):
    """Where ``user`` starts after logging in: their own work, never a page they may not see."""
    groups = set(user.groups.values_list("name", flat=True))
    for group, url_name in settings.ROLE_HOME_URLS.items():
        if group in groups:
            return reverse(url_name)
    if user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return "/"


def user_has_second_factor(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def totp_secret_base32(device):
    return base64.b32encode(device.bin_key).decode("ascii")


def _has_demo_key(device):
    try:
        return device.bin_key == base64.b32decode(DEMO_TOTP_SECRET)
    except InvalidToken:
        # Encrypted with a key no longer held: it verifies nothing, the demo code included.
        return False


def demo_accounts_found(*, every_password):
    """Usernames of the accounts that log in with the demo password or the demo TOTP secret.

    Every authenticator key is checked (decrypting is cheap). Checking a password costs a
    full password hash, so with ``every_password`` false only the names the seed gives, and
    every superuser, are tried against the demo password: bounded work as an app process
    starts. ``manage.py check --deploy`` tries every account.
    """
    found = {
        device.user.username
        for device in TOTPDevice.objects.select_related("user")
        if _has_demo_key(device)
    }
    users = get_user_model().objects.exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
    if not every_password:
        users = users.filter(
            Q(username__in=DEMO_USERNAMES)
            | Q(username__startswith=DEMO_ADVISOR_PREFIX)
            | Q(is_superuser=True)
        )
    for username, encoded in users.values_list("username", "password"):
        # The module function, not User.check_password: nothing may be saved here.
        if encoded and check_password(DEMO_PASSWORD, encoded):
            found.add(username)
    return sorted(found)


def demo_accounts_refusal(usernames):
    """What production says when it refuses to run with demo accounts: who, and how to
    remove them (a management command, which the refusal does not stop)."""
    return (
        "The database holds demo accounts, whose password or authenticator secret is "
        f"published: {', '.join(usernames)}. Production does not run with them. Remove them "
        'with: python manage.py shell -c "from django.contrib.auth import get_user_model; '
        f'get_user_model().objects.filter(username__in={list(usernames)!r}).delete()"'
    )
