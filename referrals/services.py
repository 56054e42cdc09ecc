"""Referrals: recorded by the office with the person's signed consent, confirmed by the
chosen offers, deleted on schedule or at once when the consent is withdrawn."""

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import AdvisorProfile
from cases import storage
from cases.models import AuditEntry
from cases.selectors import months_after
from cases.services import audit_record, case_reference_new
from portal import crypto
from portal.notifications import absolute_url, notify
from referrals import selectors
from referrals.models import Referral, ReferralOffer

PERSON_FIELDS = (
    "full_name",
    "phone",
    "email",
    "address",
    "residence_status",
    "place",
    "language",
    "note",
)


def referral_reference_new(*, prefix):
    """Like a case reference, with an R after the committee's prefix (e.g. ABKR-7KQ2-M9XD):
    random, and unique among cases and referrals, which share the audit log."""
    while True:
        reference = case_reference_new(prefix=f"{prefix}R"[:5])
        if not Referral.objects.filter(reference=reference).exists():
            return reference


def referral_record(
    *, actor, prefix, person, offers, consent_version, consent_language, consent_file, token
):
    """Store the referral with its consent file (both encrypted) and tell the chosen offers'
    people after commit. ``consent_file`` is ``(content, kind)`` as the upload check returns
    it; ``offers`` are directory entries. Returns ``(referral, created)``: a resent form
    finds the referral it made before."""
    earlier = Referral.objects.filter(submission_token=token).first()
    if earlier is not None:
        return earlier, False
    if not offers:
        raise ValueError("A referral needs at least one offer.")
    content, kind = consent_file
    file_name = storage.private_file_write(content)
    try:
        with transaction.atomic():
            now = timezone.now()
            referral = Referral.objects.create(
                reference=referral_reference_new(prefix=prefix),
                payload=crypto.json_encrypt({key: person.get(key, "") for key in PERSON_FIELDS}),
                consent_version=consent_version,
                consent_language=consent_language,
                consent_file_name=file_name,
                consent_file_type=kind,
                recorded_by=actor,
                retained_from=now,
                submission_token=token,
            )
            ReferralOffer.objects.bulk_create(
                ReferralOffer(referral=referral, advice_center=center) for center in offers
            )
            audit_record(
                actor=actor,
                case_reference=referral.reference,
                action=AuditEntry.Action.REFERRAL_CREATE,
            )
            _offers_notify(referral=referral, offers=offers)
    except Exception:
        storage.private_file_delete(file_name)
        raise
    return referral, True


def _offers_notify(*, referral, offers):
    """The reference and a link: who the person is, is read in the portal, where it is
    audited. In the portal's language, as the people of a German directory entry read it."""
    addresses = sorted(
        set(
            AdvisorProfile.objects.filter(
                advice_center__in=offers,
                status=AdvisorProfile.Status.APPROVED,
                user__is_active=True,
            )
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )
    with translation.override(settings.LANGUAGE_CODE):
        url = absolute_url(reverse("referrals:centre_detail", args=[referral.reference]))
        notify(
            kind="referral_new",
            subject=_("Referral %(reference)s to your offer") % {"reference": referral.reference},
            body=_(
                "A person has been referred to your offer with their consent. Who it is and "
                "how to reach them is in the portal; please confirm there once contact was "
                "made: %(url)s"
            )
            % {"url": url},
            to=addresses,
        )


def referral_for_office(*, user, reference, action):
    """The referral, or Http404 (the attempt is audited)."""
    referral = Referral.objects.filter(reference=reference).first()
    if referral is None:
        _denied(user=user, reference=reference, action=action)
    return referral


def referral_for_centre(*, user, reference, action):
    """The referral if it chose the user's directory entry, else Http404 (audited): a
    referral to another offer does not exist for them."""
    referral = selectors.referrals_for_centre(user=user).filter(reference=reference).first()
    if referral is None:
        _denied(user=user, reference=reference, action=action)
    return referral


def _denied(*, user, reference, action):
    audit_record(
        actor=user,
        case_reference=reference,
        action=AuditEntry.Action.ACCESS_DENIED,
        detail=f"referral {action}",
    )
    raise Http404


def referral_list_viewed(*, user, detail):
    """A list of referrals was shown (references only; audited all the same)."""
    audit_record(
        actor=user, case_reference="", action=AuditEntry.Action.REFERRAL_VIEW, detail=detail
    )


def referral_viewed(*, user, referral):
    audit_record(
        actor=user, case_reference=referral.reference, action=AuditEntry.Action.REFERRAL_VIEW
    )


def referral_consent_file_read(*, user, referral):
    content = storage.private_file_read(referral.consent_file_name)
    audit_record(
        actor=user,
        case_reference=referral.reference,
        action=AuditEntry.Action.REFERRAL_DOWNLOAD,
    )
    return content


def referral_contact_confirm(*, user, referral, center):
    """The offer's people made contact. Once every chosen offer has, the referral is closed
    and its retention period starts."""
    with transaction.atomic():
        locked = Referral.objects.select_for_update().get(pk=referral.pk)
        updated = ReferralOffer.objects.filter(
            referral=locked, advice_center=center, contact_confirmed_at__isnull=True
        ).update(contact_confirmed_at=timezone.now(), contact_confirmed_by=user)
        if not updated:
            return locked
        audit_record(
            actor=user,
            case_reference=locked.reference,
            action=AuditEntry.Action.REFERRAL_CONTACT,
        )
        if not locked.offers.filter(contact_confirmed_at__isnull=True).exists():
            now = timezone.now()
            locked.closed_at = now
            locked.retained_from = now
            locked.save(update_fields=["closed_at", "retained_from"])
    return locked


def _referral_delete(*, referral, actor, action):
    reference, file_name = referral.reference, referral.consent_file_name
    with transaction.atomic():
        referral.delete()
        audit_record(actor=actor, case_reference=reference, action=action)
        # The file goes once the row is gone for good: a rollback must not leave a row
        # without its file.
        transaction.on_commit(lambda: storage.private_file_delete(file_name))
    return reference


def referral_consent_withdraw(*, referral, actor):
    """The person withdrew their consent: the referral and its file go at once; the audit
    keeps the reference and the action."""
    return _referral_delete(
        referral=referral, actor=actor, action=AuditEntry.Action.REFERRAL_WITHDRAW
    )


def referral_deletion_moment(*, referral, retention_months):
    return months_after(referral.retained_from, retention_months)


def referrals_expired_delete(*, rules, now=None):
    """Delete every referral past the rules' retention period, counted from its closing or,
    while open, from its recording; returns their references."""
    cutoff = months_after(now or timezone.now(), -rules.retention_months)
    deleted = []
    for referral in Referral.objects.filter(retained_from__lte=cutoff).order_by("pk").iterator():
        deleted.append(
            _referral_delete(
                referral=referral, actor=None, action=AuditEntry.Action.REFERRAL_DELETE
            )
        )
    return deleted


def referral_keys_rotate():
    """Re-encrypt every referral's data and consent file with the current key."""
    count = 0
    for referral in Referral.objects.only("pk", "payload", "consent_file_name").iterator():
        with transaction.atomic():
            payload = crypto.token_rotate(referral.payload.encode("ascii")).decode("ascii")
            Referral.objects.filter(pk=referral.pk).update(payload=payload)
            storage.private_file_rotate(referral.consent_file_name)
        count += 1
    return count
