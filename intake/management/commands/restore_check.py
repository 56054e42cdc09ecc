from django.core.management.base import BaseCommand, CommandError

from intake.models import Case
from intake.services import case_storage_problems


class Command(BaseCommand):
    help = "Check that every case and its consent file can be decrypted (after a restore)."

    def handle(self, *args, **options):
        problems = case_storage_problems()
        if problems:
            raise CommandError(
                f"{len(problems)} case(s) cannot be read: " + ", ".join(sorted(problems))
            )
        self.stdout.write(self.style.SUCCESS(f"All {Case.objects.count()} cases readable."))
