from django.conf import settings
from django.core.management.base import BaseCommand

from home.services import submission_delete_expired


class Command(BaseCommand):
    help = "Delete messages from the public forms that are older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days (default: PUBLIC_FORM_RETENTION_DAYS).",
        )

    def handle(self, *args, days=None, **options):
        days = settings.PUBLIC_FORM_RETENTION_DAYS if days is None else days
        deleted = submission_delete_expired(days=days)
        self.stdout.write(f"Deleted {deleted} form message(s) older than {days} days.")
