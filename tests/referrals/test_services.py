"""Referrals at rest: encrypted, audited, seen only by the chosen offers, deleted on
schedule and at once when the consent is withdrawn."""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from cases.models import AuditEntry
from cases.services import private_files_unreferenced
from cases.storage import private_file_names, private_file_read
from portal import crypto
from referrals import selectors, services
from referrals.models import Referral, ReferralOffer
from tests.referrals.helpers import PERSON, referral_make, rules_set

pytestmark = pytest.mark.django_db


def test_personal_data_and_file_are_encrypted_at_rest(referral_world, settings):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM referrals_referral WHERE id = %s", [referral.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    assert PERSON not in row
    assert "0170" not in row and "Bergkamen" not in row and "vormittags" not in row
    assert referral.data["full_name"] == PERSON
    stored = (Path(settings.PRIVATE_STORAGE_ROOT) / referral.consent_file_name).read_bytes()
    assert not stored.startswith(b"%PDF")
    assert private_file_read(referral.consent_file_name).startswith(b"%PDF")
    # The restore check counts the file as held.
    assert referral.consent_file_name not in private_files_unreferenced()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.REFERRAL_CREATE)
    assert entry.case_reference == referral.reference
    assert PERSON not in entry.detail
    assert referral.reference.startswith("ABKR-")


def test_a_resent_form_makes_no_second_referral(referral_world):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    again, created = services.referral_record(
        actor=referral_world["office"],
        prefix="ABK",
        person={"full_name": PERSON},
        offers=[referral_world["near"]],
        consent_version="x",
        consent_language="de",
        consent_file=(b"%PDF-", "pdf"),
        token=referral.submission_token,
    )
    assert again == referral and not created
    assert Referral.objects.count() == 1


def test_no_referral_without_offers(referral_world):
    with pytest.raises(ValueError):
        referral_make(office=referral_world["office"], offers=[])
    assert not Referral.objects.exists()


def test_only_the_chosen_offers_people_see_it(referral_world):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    assert list(selectors.referrals_for_centre(user=referral_world["near_person"])) == [referral]
    assert not selectors.referrals_for_centre(user=referral_world["other_person"]).exists()
    assert not selectors.referrals_for_centre(user=referral_world["office"]).exists()


def test_closed_when_every_offer_confirmed_contact(referral_world):
    near, other = referral_world["near"], referral_world["other"]
    referral = referral_make(office=referral_world["office"], offers=[near, other])
    services.referral_contact_confirm(
        user=referral_world["near_person"], referral=referral, center=near
    )
    referral.refresh_from_db()
    assert referral.closed_at is None
    services.referral_contact_confirm(
        user=referral_world["other_person"], referral=referral, center=other
    )
    referral.refresh_from_db()
    assert referral.closed_at is not None
    assert referral.retained_from == referral.closed_at
    offer = ReferralOffer.objects.get(referral=referral, advice_center=near)
    assert offer.contact_confirmed_by == referral_world["near_person"]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REFERRAL_CONTACT).count() == 2


def test_withdrawal_deletes_row_and_file_at_once(
    referral_world, django_capture_on_commit_callbacks
):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    name, reference = referral.consent_file_name, referral.reference
    with django_capture_on_commit_callbacks(execute=True):
        services.referral_consent_withdraw(referral=referral, actor=referral_world["office"])
    assert not Referral.objects.exists() and not ReferralOffer.objects.exists()
    assert name not in private_file_names()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.REFERRAL_WITHDRAW)
    assert entry.case_reference == reference and entry.detail == ""


def test_deleted_after_the_retention_period(referral_world, django_capture_on_commit_callbacks):
    rules_set(referrals=True, retention_months=6)
    office, near = referral_world["office"], referral_world["near"]
    old_open = referral_make(office=office, offers=[near])
    old_closed = referral_make(office=office, offers=[near])
    recent_close = referral_make(office=office, offers=[near])
    now = timezone.now()
    Referral.objects.filter(pk=old_open.pk).update(retained_from=now - timedelta(days=200))
    Referral.objects.filter(pk=old_closed.pk).update(
        recorded_at=now - timedelta(days=400),
        closed_at=now - timedelta(days=190),
        retained_from=now - timedelta(days=190),
    )
    # Recorded long ago, but contact was confirmed recently: counted from the confirmation.
    Referral.objects.filter(pk=recent_close.pk).update(
        recorded_at=now - timedelta(days=400),
        closed_at=now - timedelta(days=10),
        retained_from=now - timedelta(days=10),
    )
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_referrals", stdout=out)
    assert list(Referral.objects.all()) == [recent_close]
    assert old_open.reference in out.getvalue() and old_closed.reference in out.getvalue()
    assert old_open.consent_file_name not in private_file_names()
    assert recent_close.consent_file_name in private_file_names()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REFERRAL_DELETE).count() == 2


def test_deletion_date_follows_the_rules(referral_world):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    moment = services.referral_deletion_moment(referral=referral, retention_months=6)
    assert 180 <= (moment - referral.retained_from).days <= 184


def test_key_rotation_covers_referrals(referral_world, settings):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    old_keys = list(settings.PORTAL_ENCRYPTION_KEYS)
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *old_keys]
    out = io.StringIO()
    call_command("rotate_case_keys", stdout=out)
    assert "1 referrals" in out.getvalue()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    crypto._fernet_for.cache_clear()
    referral.refresh_from_db()
    assert referral.data["full_name"] == PERSON
    assert private_file_read(referral.consent_file_name).startswith(b"%PDF")
