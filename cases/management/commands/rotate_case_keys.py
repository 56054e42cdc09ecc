from django.core.management.base import BaseCommand

from cases.services import case_keys_rotate


class Command(BaseCommand):
    help = (
        "Re-encrypt every case and consent file with the first key of PORTAL_ENCRYPTION_KEYS. "
        "Run after putting a new key first; then the old keys can be removed."
    )

    def handle(self, *args, **options):
        count = case_keys_rotate()
        self.stdout.write(self.style.SUCCESS(f"Re-encrypted {count} cases."))
