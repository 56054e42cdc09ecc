from django.core.management.base import BaseCommand

from accounts.services import totp_keys_rotate
from cases.services import case_keys_rotate


class Command(BaseCommand):
    help = (
        "Re-encrypt every case, consent file and authenticator key with the first key of "
        "PORTAL_ENCRYPTION_KEYS. Run after putting a new key first; then the old keys can be "
        "removed."
    )

    def handle(self, *args, **options):
        cases = case_keys_rotate()
        keys = totp_keys_rotate()
        self.stdout.write(
            self.style.SUCCESS(f"Re-encrypted {cases} cases and {keys} authenticator keys.")
        )
