"""Nightly: delete closed and withdrawn cases whose retention period has ended.

Safe to run at any time and any number of times: a run only ever deletes what has expired,
and a case already gone is simply not found again."""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from committee.models import CommitteeRules
from committee.services import cases_expired_delete


class Command(BaseCommand):
    help = "Delete closed and withdrawn cases older than the committee rules' retention period."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            self.stdout.write("No site configured; nothing to do.")
            return
        rules = CommitteeRules.for_site(site)
        deleted = cases_expired_delete(rules=rules)
        # References only: they carry no personal data and let the office answer questions.
        for reference in deleted:
            self.stdout.write(f"deleted {reference}")
        self.stdout.write(f"{len(deleted)} expired case(s) deleted.")
