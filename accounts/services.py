"""Accounts: requests, decisions, sessions and the second factor. Every write goes through here."""

from functools import partial

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.models import Session
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts import roles, second_factor
from accounts.after_response import after_response
from accounts.models import AdvisorProfile, BackupCode, BackupCodeDevice, TOTPDevice
from advice_centers.selectors import center_canonical
from portal.notifications import absolute_url, notify

BACKUP_CODE_COUNT = 10


def role_group(name):
    # A flushed test database has lost what the data migration created.
    if not Group.objects.filter(name=name).exists():
        roles.groups_ensure(Group, Permission)
    return Group.objects.get(name=name)


def role_addresses(*, group):
    """E-mail addresses of the active members of ``group``."""
    return sorted(
        set(
            get_user_model()
            .objects.filter(groups__name=group, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


def user_sessions_end(*, user):
    """Delete every stored session of ``user`` (database sessions)."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            session.delete()
            ended += 1
    return ended


# Requests and decisions --------------------------------------------------------------------


def _mail_after_response(**notification):
    """``notify`` once the work is committed and the response has gone out: whether and when
    a mail server answers must not show in the response time."""
    transaction.on_commit(partial(after_response, partial(notify, **notification)))


def advisor_register(*, full_name, email, advice_center, role):
    """Record an account request; for an address that has an account already, tell its
    holder instead. Both do the same statements in number and queue one mail for after the
    response, so neither the answer nor its time shows which it was. Returns the new profile,
    or None for a known address."""
    user_model = get_user_model()
    email = user_model.objects.normalize_email(email).lower()
    center = center_canonical(advice_center)
    known = (
        user_model.objects.filter(username__iexact=email)
        | user_model.objects.filter(email__iexact=email)
    ).first()
    with transaction.atomic():
        if known is None:
            return _advisor_request_record(
                full_name=full_name, email=email, advice_center=center, role=role
            )
        _advisor_request_known(user=known, email=email)
    return None


def _advisor_request_record(*, full_name, email, advice_center, role):
    user_model = get_user_model()
    first, _sep, last = full_name.strip().partition(" ")
    user = user_model(username=email, email=email, first_name=first[:150], last_name=last[:150])
    user.is_active = False
    user.set_unusable_password()
    user.save()
    profile = AdvisorProfile.objects.create(user=user, advice_center=advice_center, role=role)
    _mail_after_response(
        kind="advisor_request",
        subject=_("New advisor account request"),
        body=_("A new advisor account is waiting for approval: %(url)s")
        % {"url": absolute_url(reverse("accounts_admin:account_list"))},
        to=[settings.OFFICE_EMAIL],
    )
    return profile


def _advisor_request_known(*, user, email):
    """The holder learns that their address was used, and what to do if it was them. Two
    statements, as many as a new request writes: the account, locked so that a decision
    taken on it at the same moment cannot cross this notice, and whether it may log in."""
    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    if user_may_log_in(user):
        body = _(
            "Someone asked for an advisor account at the committee portal with this e-mail "
            "address. You have an account with it already, so no second one was made.\n\n"
            "If that was you, log in here: %(login)s\nForgotten your password? Choose a new "
            "one here: %(reset)s\n\nIf it was not you, you can ignore this e-mail."
        ) % {
            "login": absolute_url(reverse("accounts:login")),
            "reset": absolute_url(reverse("accounts:password_reset")),
        }
    else:
        body = _(
            "Someone asked for an advisor account at the committee portal with this e-mail "
            "address. An account with it exists already, but it is waiting for approval or "
            "has been closed, so no second one was made. If you have questions, please "
            "contact the committee office: %(office)s\n\nIf it was not you, you can ignore "
            "this e-mail."
        ) % {"office": settings.OFFICE_EMAIL}
    _mail_after_response(
        kind="advisor_request_known",
        subject=_("Your advisor account request"),
        body=body,
        # The account may have been found by its username, which is the address.
        to=[user.email or email],
    )


def password_reset_request(*, email, subject_template, body_template):
    """Queue the password reset mail for the active accounts with a password and this
    address. An unknown address gets the same: one statement and one job queued for after
    the response, which then finds no one to write to."""
    users = [
        user
        for user in get_user_model().objects.filter(email__iexact=email, is_active=True)
        if user.has_usable_password()
    ]
    transaction.on_commit(
        partial(
            after_response,
            partial(
                _password_reset_mails,
                users=users,
                language=get_language(),
                subject_template=subject_template,
                body_template=body_template,
            ),
        )
    )


def _password_reset_mails(*, users, language, subject_template, body_template):
    protocol, _sep, domain = settings.WAGTAILADMIN_BASE_URL.rstrip("/").partition("://")
    with translation.override(language):
        for user in users:
            context = {
                "protocol": protocol,
                "domain": domain,
                "uid": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
                "user": user,
            }
            notify(
                kind="password_reset",
                subject="".join(render_to_string(subject_template, context).splitlines()),
                body=render_to_string(body_template, context),
                to=[user.email],
            )


def password_set_url(*, user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute_url(reverse("accounts:password_reset_confirm", args=[uid, token]))


def advisor_approve(*, profile, advice_center, actor):
    with transaction.atomic():
        profile.advice_center = center_canonical(advice_center)
        profile.status = AdvisorProfile.Status.APPROVED
        profile.decided_at = timezone.now()
        profile.decided_by = actor
        profile.save()
        user = profile.user
        user.is_active = True
        user.save(update_fields=["is_active"])
        user.groups.add(role_group(roles.ADVISORS))
        notify(
            kind="advisor_approved",
            subject=_("Your advisor account is approved"),
            body=_(
                "Your account for the committee's case intake is approved. Choose your "
                "password here (the link works once): %(url)s\n\nAt your first login you set "
                "up the second factor with an authenticator app."
            )
            % {"url": password_set_url(user=user)},
            to=[user.email],
        )
    return profile


def _advisor_close(*, profile, status, actor):
    """Record the decision and switch the login off; returns the user."""
    profile.status = status
    profile.decided_at = timezone.now()
    profile.decided_by = actor
    profile.save()
    user = profile.user
    user.is_active = False
    user.save(update_fields=["is_active"])
    return user


def advisor_reject(*, profile, actor):
    with transaction.atomic():
        user = _advisor_close(profile=profile, status=AdvisorProfile.Status.REJECTED, actor=actor)
        notify(
            kind="advisor_rejected",
            subject=_("Your advisor account request"),
            body=_(
                "Your request for an advisor account could not be approved. If you think "
                "this is a mistake, please contact the committee office."
            ),
            to=[user.email],
        )
    return profile


def advisor_deactivate(*, profile, actor):
    with transaction.atomic():
        user = _advisor_close(
            profile=profile, status=AdvisorProfile.Status.DEACTIVATED, actor=actor
        )
        user_sessions_end(user=user)
        notify(
            kind="advisor_deactivated",
            subject=_("Your advisor account was deactivated"),
            body=_("Your advisor account for the committee's case intake was deactivated."),
            to=[user.email],
        )
    return profile


# Login and second factor -------------------------------------------------------------------


def user_may_log_in(user):
    """Active, and for advisors approved: everyone else is refused alike."""
    if user is None or not user.is_active:
        return False
    profile = AdvisorProfile.objects.filter(user=user).first()
    return profile is None or profile.is_approved


def totp_device_for_enrolment(*, user):
    """The user's unconfirmed TOTP device, created on first call."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def totp_device_ensure(*, user, name, key):
    """The user's confirmed device called ``name``, created with ``key`` if missing."""
    device = TOTPDevice.objects.filter(user=user, name=name).first()
    if device is None:
        device = TOTPDevice(user=user, name=name, confirmed=True)
        device.bin_key = key
        device.save()
    return device


def backup_codes_create(*, user):
    """Replace the user's backup codes; returns the new codes to be shown once."""
    with transaction.atomic():
        device, _created = BackupCodeDevice.objects.get_or_create(
            user=user, name="backup", defaults={"confirmed": True}
        )
        device.codes.all().delete()
        codes = [second_factor.backup_code_new() for _ in range(BACKUP_CODE_COUNT)]
        BackupCode.objects.bulk_create(
            BackupCode(device=device, salt=salt, digest=digest)
            for salt, digest in map(second_factor.backup_code_hash, codes)
        )
    return codes


def totp_enrolment_confirm(*, device):
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return backup_codes_create(user=device.user)


def second_factor_verify(*, user, token):
    """The confirmed device that accepts ``token`` (TOTP or a backup code), else None."""
    token = (token or "").strip().replace(" ", "")
    if not token:
        return None
    for model in (TOTPDevice, BackupCodeDevice):
        for device in model.objects.devices_for_user(user, confirmed=True):
            if device.verify_token(token):
                return device
    return None


def totp_keys_rotate():
    """Re-encrypt every authenticator key with the first of ``PORTAL_ENCRYPTION_KEYS``;
    returns how many. Part of the key rotation, with the cases."""
    count = 0
    with transaction.atomic():
        for device in TOTPDevice.objects.select_for_update().only("pk", "key_encrypted"):
            TOTPDevice.objects.filter(pk=device.pk).update(
                key_encrypted=second_factor.totp_key_rotate(device.key_encrypted)
            )
            count += 1
    return count
