"""Who someone is in the portal: their role and, for advisors, their approved profile."""

import base64

from accounts import roles
from accounts.models import AdvisorProfile, TOTPDevice


def user_in_group(user, name):
    return user.is_authenticated and user.groups.filter(name=name).exists()


def user_is_committee(user):
    return user_in_group(user, roles.COMMITTEE)


def advisor_profile_approved(user):
    """The approved advisor profile of ``user``, or None."""
    if not user_in_group(user, roles.ADVISORS):
        return None
    return (
        AdvisorProfile.objects.select_related("advice_center")
        .filter(user=user, status=AdvisorProfile.Status.APPROVED)
        .first()
    )


def user_has_second_factor(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def totp_secret_base32(device):
    return base64.b32encode(device.bin_key).decode("ascii")
