"""Nightly: warn advisors of cases deleted within the next 14 days, then delete closed and
withdrawn cases whose retention period has ended, and drafts not saved within the rules'
period (with their files).

Safe to run at any time and any number of times: a case is warned once (the warning is
recorded), a run only ever deletes what has expired, and a case already gone is simply not
found again."""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from cases.services import case_drafts_expired_delete
from committee.services import DELETION_WARNING_DAYS, cases_deletion_warn, cases_expired_delete
from portal.rules import committee_rules


class Command(BaseCommand):
    help = (
        f"E-mail the advisor of each closed or withdrawn case once, {DELETION_WARNING_DAYS} "
        "days before its deletion, so they can save the assessment; then delete the cases "
        "older than the committee rules' retention period, and drafts past their period."
    )

    def handle(self, *args, **options):
        if not Site.objects.exists():
            self.stdout.write("No site configured; nothing to do.")
            return
        rules = committee_rules()
        # References only: they carry no personal data and let the office answer questions.
        warned = cases_deletion_warn(rules=rules)
        for reference in warned:
            self.stdout.write(f"deletion warning sent for {reference}")
        self.stdout.write(f"{len(warned)} deletion warning(s) sent.")
        deleted = cases_expired_delete(rules=rules)
        for reference in deleted:
            self.stdout.write(f"deleted {reference}")
        self.stdout.write(f"{len(deleted)} expired case(s) deleted.")
        drafts = case_drafts_expired_delete()
        self.stdout.write(f"{drafts} expired draft(s) deleted.")
