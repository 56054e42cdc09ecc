from django.conf import settings
from django.core.management.base import BaseCommand

from cases.services import consent_text_ensure
from demo.accounts import demo_accounts_ensure
from demo.services import portal_seed


class Command(BaseCommand):
    help = "Create the Dortmund demo site (pages, advice centres). Safe to run again."

    def handle(self, *args, **options):
        portal_seed(log=self.stdout.write)
        consent_text_ensure()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        if getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
            self.stdout.write("Demo logins (local use only):")
            for role, username, password, totp_secret in demo_accounts_ensure():
                self.stdout.write(f"  {role:<16} {username:<32} {password}  TOTP {totp_secret}")
