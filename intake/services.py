"""Accounts and cases: every write goes through here. Demo accounts only where settings allow."""

import base64
import binascii
import logging
import secrets
import uuid
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.models import Session
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from advice_centers.models import AdviceCenter
from intake import crypto, roles, storage
from intake.consent_default import consent_text_default_ensure
from intake.models import AdvisorProfile, AuditEntry, Case, CaseStatus, ConsentText
from intake.models.rules import ApplicantKind

logger = logging.getLogger(__name__)

DEMO_PASSWORD = "demo-Bleiberecht-2026"  # noqa: S105 - printed for local use only
# One well-known secret for every demo login, so one authenticator entry serves them all.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - dev only

GROUP_EDITORS = roles.EDITORS
GROUP_ADVISORS = roles.ADVISORS
GROUP_COMMITTEE = roles.COMMITTEE

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes
BACKUP_CODE_COUNT = 10


# Centres -----------------------------------------------------------------------------------


def center_canonical(center):
    """The default-locale centre that stands for ``center`` and all its translations."""
    if center is None:
        return None
    default = AdviceCenter.objects.filter(
        translation_key=center.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return default or center


# Audit -------------------------------------------------------------------------------------


def audit_record(*, actor, case_reference, action, detail=""):
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_username=user.get_username() if user else "",
        case_reference=str(case_reference)[:32],
        action=action,
        detail=detail[:200],
    )


# Accounts ----------------------------------------------------------------------------------


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def user_sessions_end(*, user):
    """Delete every stored session of ``user`` (database sessions)."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
            ended += 1
    return ended


def advisor_register(*, full_name, email, advice_center, role):
    """Record an account request. Returns None when the address is already known, so the
    caller can answer exactly as for a new request."""
    user_model = get_user_model()
    email = user_model.objects.normalize_email(email).lower()
    known = user_model.objects.filter(username__iexact=email) | user_model.objects.filter(
        email__iexact=email
    )
    if known.exists():
        return None
    first, _sep, last = full_name.strip().partition(" ")
    with transaction.atomic():
        user = user_model(
            username=email, email=email, first_name=first[:150], last_name=last[:150]
        )
        user.is_active = False
        user.set_unusable_password()
        user.save()
        profile = AdvisorProfile.objects.create(
            user=user, advice_center=center_canonical(advice_center), role=role
        )
    send_mail(
        _("New advisor account request"),
        _("A new advisor account is waiting for approval: %(url)s")
        % {"url": _absolute(reverse("intake_admin:account_list"))},
        None,
        [settings.OFFICE_EMAIL],
    )
    return profile


def password_set_url(*, user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return _absolute(reverse("intake:password_reset_confirm", args=[uid, token]))


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
        user.groups.add(role_group(GROUP_ADVISORS))
    send_mail(
        _("Your advisor account is approved"),
        _(
            "Your account for the committee's case intake is approved. Choose your password "
            "here (the link works once): %(url)s\n\nAt your first login you set up the second "
            "factor with an authenticator app."
        )
        % {"url": password_set_url(user=user)},
        None,
        [user.email],
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
    user = _advisor_close(profile=profile, status=AdvisorProfile.Status.REJECTED, actor=actor)
    send_mail(
        _("Your advisor account request"),
        _(
            "Your request for an advisor account could not be approved. If you think this is "
            "a mistake, please contact the committee office."
        ),
        None,
        [user.email],
    )
    return profile


def advisor_deactivate(*, profile, actor):
    user = _advisor_close(profile=profile, status=AdvisorProfile.Status.DEACTIVATED, actor=actor)
    user_sessions_end(user=user)
    send_mail(
        _("Your advisor account was deactivated"),
        _("Your advisor account for the committee's case intake was deactivated."),
        None,
        [user.email],
    )
    return profile


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


def totp_secret_base32(device):
    return base64.b32encode(device.bin_key).decode("ascii")


def backup_codes_create(*, user):
    """Replace the user's backup codes; returns the new codes to be shown once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="backup", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    for code in codes:
        device.token_set.create(token=code)
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
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.devices_for_user(user, confirmed=True):
            if device.verify_token(token):
                return device
    return None


def user_has_second_factor(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def role_group(name):
    # A flushed test database has lost what the data migration created.
    if not Group.objects.filter(name=name).exists():
        roles.groups_ensure(Group, Permission)
    return Group.objects.get(name=name)


def consent_text_ensure():
    """The first consent text, unless one exists (an emptied database has lost it)."""
    if not ConsentText.objects.exists():
        consent_text_default_ensure(ConsentText)


# Demo accounts -----------------------------------------------------------------------------


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
    hex_key = binascii.hexlify(base64.b32decode(DEMO_TOTP_SECRET)).decode("ascii")
    TOTPDevice.objects.get_or_create(
        user=user, name="demo", defaults={"key": hex_key, "confirmed": True}
    )
    return user


def demo_accounts_ensure():
    """Create the local demo logins once and return (role, username, password, TOTP secret)
    rows: an editor, an advisor per seeded centre, two committee members, an administrator."""
    if not getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
        raise ImproperlyConfigured("Demo accounts are disabled in these settings.")
    rows = []
    with transaction.atomic():
        editor = _demo_user("editor", email="editor@localhost", groups=[GROUP_EDITORS], staff=True)
        rows.append(("editor", editor.username))
        centers = AdviceCenter.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for center in centers.order_by("slug"):
            user = _demo_user(
                f"advisor-{center.slug}",
                email=f"advisor-{center.slug}@localhost",
                groups=[GROUP_ADVISORS],
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
        for number in (1, 2):
            user = _demo_user(
                f"committee-{number}",
                email=f"committee-{number}@localhost",
                groups=[GROUP_COMMITTEE],
            )
            rows.append(("committee member", user.username))
        admin = _demo_user("admin", email="admin@localhost", staff=True, superuser=True)
        rows.append(("administrator", admin.username))
    return [(role, username, DEMO_PASSWORD, DEMO_TOTP_SECRET) for role, username in rows]


# Cases -------------------------------------------------------------------------------------


def case_reference_new():
    """E.g. BF-7KQ2-M9XD: 40 random bits, so references can neither be guessed nor counted."""
    while True:
        chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
        reference = f"BF-{chars[:4]}-{chars[4:]}"
        if not Case.objects.filter(reference=reference).exists():
            return reference


def person_fingerprint(*, full_name, date_of_birth):
    normalised = " ".join(full_name.casefold().split()) + "|" + date_of_birth.isoformat()
    return salted_hmac("intake.person_fingerprint", normalised, algorithm="sha256").hexdigest()


def case_earlier_exists(*, full_name, date_of_birth):
    return Case.objects.filter(
        person_fingerprint=person_fingerprint(full_name=full_name, date_of_birth=date_of_birth)
    ).exists()


def admissibility_reasons(*, rules, answers):
    """Plain-language reasons why a case cannot be taken up; empty when it can.

    ``answers`` holds the yes/no answers of the admissibility step; nothing in it identifies
    the person, so it can be checked before anything personal is entered.
    """
    reasons = []
    allowed = set(rules.applicant_kinds or [])
    if answers.get("applicant_kind") not in allowed:
        labels = [str(label) for value, label in ApplicantKind.choices if value in allowed]
        reasons.append(
            _("Here only these may bring a case: %(kinds)s.") % {"kinds": "; ".join(labels)}
        )
    if rules.exclude_other_authority and answers.get("other_authority"):
        reasons.append(
            _(
                "Another foreigners' authority is responsible for this person. The committee "
                "can only take up cases of its own municipality's authority."
            )
        )
    if rules.exclude_court_procedure and answers.get("court_procedure"):
        reasons.append(
            _(
                "A court procedure on the same matter is pending. The committee does not take "
                "up a case while a court deals with it."
            )
        )
    if rules.exclude_asylum_application and answers.get("asylum_application"):
        reasons.append(
            _(
                "An asylum application is pending. The committee does not take up a case "
                "while the asylum procedure runs."
            )
        )
    if rules.exclude_petition_or_hardship_commission and answers.get(
        "petition_or_hardship_commission"
    ):
        reasons.append(
            _(
                "The case was already before the Landtag's petition committee or the state "
                "hardship commission. Such cases cannot be taken up here again."
            )
        )
    if (
        rules.repeat_requires_changed_facts
        and answers.get("submitted_before")
        and not answers.get("facts_changed")
    ):
        reasons.append(
            _(
                "The case was already submitted here and nothing decisive has changed. A case "
                "can come again only if the facts changed decisively."
            )
        )
    return reasons


def _json_ready(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_ready(item) for item in value]
    return value


def case_submit(
    *, user, submission_token, answers, application, household, consent_version, consent_file
):
    """Create the case in one transaction and return ``(case, created)``.

    A second call with the same ``submission_token`` (double click, resent POST, back and
    resubmit) returns the case the first call created; nothing is stored twice.
    ``consent_file`` is ``(content_bytes, kind)`` as the upload check returned it. When the
    file cannot be stored, ``storage.PrivateStorageError`` comes before any row is written.
    """
    token = uuid.UUID(str(submission_token))
    existing = Case.objects.filter(submission_token=token).first()
    if existing is not None:
        return existing, False
    profile = AdvisorProfile.objects.select_related("advice_center").get(user=user)
    content, kind = consent_file
    payload = {
        "admissibility": answers,
        "application": application,
        "household": household,
    }
    file_name = storage.private_file_write(content)
    committing = False
    try:
        with transaction.atomic():
            case = Case.objects.create(
                reference=case_reference_new(),
                advice_center=center_canonical(profile.advice_center),
                submitted_by=user,
                submission_token=token,
                consent_version=consent_version,
                consent_confirmed_at=timezone.now(),
                payload=crypto.json_encrypt(_json_ready(payload)),
                person_fingerprint=person_fingerprint(
                    full_name=application["full_name"],
                    date_of_birth=application["date_of_birth"],
                ),
                consent_file_name=file_name,
                consent_file_type=kind,
                consent_file_size=len(content),
            )
            audit_record(
                actor=user, case_reference=case.reference, action=AuditEntry.Action.CREATE
            )
            committing = True
    except IntegrityError:
        # The database answered: the rows are not there (a parallel submission of the same
        # form won), so neither may the file be.
        storage.private_file_delete(file_name)
        existing = Case.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False
    except Exception:
        if committing:
            # The connection broke while COMMIT was under way: the case may well be stored,
            # and a case without its consent file is worse than a file without a case, which
            # ``consent_files_unreferenced`` reports.
            logger.warning("Outcome of a case submission unknown; kept file %s", file_name)
        else:
            storage.private_file_delete(file_name)
        raise
    # The case is stored: a mail server that fails now is logged, not shown to the advisor as a
    # failed submission they would send again.
    transaction.on_commit(lambda: case_notify_committee(case=case), robust=True)
    return case, True


def committee_addresses():
    user_model = get_user_model()
    addresses = set(
        user_model.objects.filter(groups__name=GROUP_COMMITTEE, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    addresses.add(settings.OFFICE_EMAIL)
    return sorted(addresses)


def case_notify_committee(*, case):
    url = _absolute(reverse("intake:case_detail", args=[case.reference]))
    send_mail(
        _("New case %(reference)s") % {"reference": case.reference},
        _("A new case was submitted: %(reference)s\n\n%(url)s")
        % {"reference": case.reference, "url": url},
        None,
        committee_addresses(),
    )


def case_status_set(*, case, status, actor, detail=""):
    """Change the status, audit it with the member who did it, tell the advisor (reference
    and link only). Which transitions are allowed is decided by the caller's workflow."""
    old = case.status
    case.status = CaseStatus(status)
    case.status_changed_at = timezone.now()
    case.save(update_fields=["status", "status_changed_at"])
    audit_record(
        actor=actor,
        case_reference=case.reference,
        action=AuditEntry.Action.STATUS_CHANGE,
        detail=(f"{old} -> {case.status}" + (f": {detail}" if detail else "")),
    )
    advisor = case.submitted_by
    if advisor is not None and advisor.email:
        url = _absolute(reverse("intake:case_detail", args=[case.reference]))
        send_mail(
            _("Case %(reference)s: new status") % {"reference": case.reference},
            _("The status of case %(reference)s has changed. See it here: %(url)s")
            % {"reference": case.reference, "url": url},
            None,
            [advisor.email],
        )
    return case


def case_consent_file_read(*, case):
    return storage.private_file_read(case.consent_file_name)


def case_keys_rotate():
    """Re-encrypt every payload and consent file with the current (first) key."""
    count = 0
    for case in Case.objects.only("pk", "payload", "consent_file_name").iterator():
        with transaction.atomic():
            payload = crypto.token_rotate(case.payload.encode("ascii")).decode("ascii")
            Case.objects.filter(pk=case.pk).update(payload=payload)
            storage.private_file_rotate(case.consent_file_name)
        count += 1
    return count


def case_storage_problems():
    """References of cases whose data or consent file cannot be read with the current keys.

    Used after a restore: a dump without its files, or files without the right keys, show up
    here instead of on the day a committee member opens the case.
    """
    from cryptography.fernet import InvalidToken

    problems = []
    for case in Case.objects.only("pk", "reference", "payload", "consent_file_name").iterator():
        try:
            crypto.json_decrypt(case.payload)
            storage.private_file_read(case.consent_file_name)
        except (InvalidToken, OSError, ValueError):
            problems.append(case.reference)
    return problems


def consent_files_unreferenced():
    """Names of stored files that no case points to.

    Left by a submission whose connection broke during COMMIT (see ``case_submit``); in a
    restored backup also the files of cases submitted between the database dump and the file
    archive. A submission in progress shows here for the moment between file and row.
    """
    referenced = set(Case.objects.values_list("consent_file_name", flat=True))
    return [name for name in storage.private_file_names() if name not in referenced]
