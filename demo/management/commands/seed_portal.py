from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.accounts import demo_accounts_ensure
from demo.profiles import DEFAULT, UnknownProfile, profile_get
from demo.services import ProfileConflict, portal_seed


class Command(BaseCommand):
    help = (
        "Create the demo site of one committee profile (pages, centres, committee rules) on "
        "this installation's database. Safe to run again with the same profile."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--profile",
            default=DEFAULT,
            help="The committee profile: dortmund (default), leverkusen or kreis-unna.",
        )

    def handle(self, *args, **options):
        name = options["profile"]
        try:
            profile_get(name)
            portal_seed(log=self.stdout.write, profile=name)
        except (UnknownProfile, ProfileConflict) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Demo content of the profile {name} is in place."))
        if getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
            self.stdout.write("Demo logins (local use only):")
            for role, username, password, totp_secret in demo_accounts_ensure(profile=name):
                self.stdout.write(f"  {role:<16} {username:<32} {password}  TOTP {totp_secret}")
