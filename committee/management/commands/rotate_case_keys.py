from django.core.management.base import BaseCommand

from accounts.services import totp_keys_rotate
from cases.services import case_keys_rotate
from committee.services import committee_texts_rotate
from portal.crypto import keys_rotate


class Command(BaseCommand):
    # Here, in the app that depends on the others, so that one command covers everything
    # encrypted: dropping an old key after a partial rotation would lose data for good.
    help = (
        "Re-encrypt every case, consent file, status-change reason, assessment and "
        "authenticator key with the first key of PORTAL_ENCRYPTION_KEYS. Run after putting a "
        "new key first; then the old keys can be removed."
    )

    def handle(self, *args, **options):
        cases = case_keys_rotate()
        texts = committee_texts_rotate()
        keys = totp_keys_rotate()
        for _receiver, (label, count) in keys_rotate.send(sender=self.__class__):
            self.stdout.write(f"Re-encrypted {count} {label}.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Re-encrypted {cases} cases, {texts} committee texts and {keys} "
                "authenticator keys."
            )
        )
