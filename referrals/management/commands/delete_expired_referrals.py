"""Nightly: delete referrals whose retention period has ended, with their consent files.
Safe to run at any time and any number of times."""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from portal.rules import committee_rules
from referrals.services import referrals_expired_delete


class Command(BaseCommand):
    help = (
        "Delete the referrals older than the committee rules' retention period, counted from "
        "the confirmed contact or, while contact is outstanding, from the recording."
    )

    def handle(self, *args, **options):
        if not Site.objects.exists():
            self.stdout.write("No site configured; nothing to do.")
            return
        # References only: they carry no personal data.
        deleted = referrals_expired_delete(rules=committee_rules())
        for reference in deleted:
            self.stdout.write(f"deleted {reference}")
        self.stdout.write(f"{len(deleted)} expired referral(s) deleted.")
