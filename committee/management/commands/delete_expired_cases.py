"""Nightly: delete closed and withdrawn cases whose retention period has ended.

Safe to run at any time and any number of times: a run only ever deletes what has expired,
and a case already gone is simply not found again."""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from committee.services import cases_expired_delete
from portal.rules import committee_rules


class Command(BaseCommand):
    help = "Delete closed and withdrawn cases older than the committee rules' retention period."

    def handle(self, *args, **options):
        if not Site.objects.exists():
            self.stdout.write("No site configured; nothing to do.")
            return
        deleted = cases_expired_delete(rules=committee_rules())
        # References only: they carry no personal data and let the office answer questions.
        for reference in deleted:
            self.stdout.write(f"deleted {reference}")
        self.stdout.write(f"{len(deleted)} expired case(s) deleted.")
