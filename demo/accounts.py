"""Demo logins for a local first run: well-known secrets, so never for production.

No production module imports this; the seed command creates the accounts only where the
settings allow it (``PORTAL_DEMO_ACCOUNTS``).
"""

import base64

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from accounts import roles
from accounts.demo_logins import DEMO_PASSWORD, DEMO_TOTP_SECRET
from accounts.models import AdvisorProfile
from accounts.services import role_group, totp_device_ensure
from advice_centers.models import AdviceCenter
from committee.models import Membership
from demo.models import SeededProfile
from demo.profiles import DEFAULT, profile_get

# The secrets themselves live in accounts, where production refuses a database holding them.
__all__ = ["DEMO_PASSWORD", "DEMO_TOTP_SECRET", "demo_accounts_ensure"]


def _demo_user(username, *, email, groups=(), staff=False, superuser=False, full_name=""):
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=username,
        defaults={"email": email, "is_staff": staff, "is_superuser": superuser},
    )
    if created:
        first, _sep, last = full_name.partition(" ")
        user.first_name, user.last_name = first, last
        user.set_password(DEMO_PASSWORD)
        user.save()
    for name in groups:
        user.groups.add(role_group(name))
    totp_device_ensure(user=user, name="demo", key=base64.b32decode(DEMO_TOTP_SECRET))
    return user


def _seats_ensure(seats):
    """A login per demo seat of the profile: ``committee-N`` for the members, ``deputy-N``
    for the deputies, each deputy standing in for the member named by ``deputy_for``."""
    rows, members = [], []
    for seat in seats:
        deputy = seat["kind"] == Membership.Kind.DEPUTY
        prefix = "deputy" if deputy else "committee"
        number = sum(1 for other in rows if other[1].startswith(f"{prefix}-")) + 1
        user = _demo_user(
            f"{prefix}-{number}", email=f"{prefix}-{number}@localhost", groups=[roles.COMMITTEE]
        )
        membership, _created = Membership.objects.get_or_create(
            user=user,
            defaults={
                "kind": seat["kind"],
                "body": seat["body"],
                "heads_authority": seat["heads_authority"],
                "deputy_for": members[seat["deputy_for"]] if deputy else None,
            },
        )
        if not deputy:
            members.append(membership)
        rows.append(("deputy member" if deputy else "committee member", user.username))
    return rows


def demo_accounts_ensure(*, profile=None):
    """Create the local demo logins once and return (role, username, password, TOTP secret)
    rows: an editor, an advisor per seeded centre, the profile's demo seats (Dortmund: two
    members, the second heads the foreigners' authority), the committee's office, an
    administrator. ``profile`` defaults to the one the database was seeded with."""
    if not getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
        raise ImproperlyConfigured("Demo accounts are disabled in these settings.")
    if profile is None:
        profile = SeededProfile.objects.values_list("name", flat=True).first() or DEFAULT
    profile = profile_get(profile)
    rows = []
    with transaction.atomic():
        editor = _demo_user("editor", email="editor@localhost", groups=[roles.EDITORS], staff=True)
        rows.append(("editor", editor.username))
        centers = AdviceCenter.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for center in centers.order_by("slug"):
            user = _demo_user(
                f"advisor-{center.slug}",
                email=f"advisor-{center.slug}@localhost",
                groups=[roles.ADVISORS],
            )
            AdvisorProfile.objects.get_or_create(
                user=user,
                defaults={
                    "advice_center": center,
                    "role": AdvisorProfile.Role.REFUGEE_ADVISOR,
                    "status": AdvisorProfile.Status.APPROVED,
                    "decided_at": timezone.now(),
                },
            )
            rows.append(("advisor", user.username))
        rows.extend(_seats_ensure(profile.SEATS))
        office = _demo_user("office", email="office@localhost", groups=[roles.OFFICE])
        rows.append(("office", office.username))
        admin = _demo_user("admin", email="admin@localhost", staff=True, superuser=True)
        rows.append(("administrator", admin.username))
    return [(role, username, DEMO_PASSWORD, DEMO_TOTP_SECRET) for role, username in rows]
