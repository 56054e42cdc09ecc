from django.core.management.base import BaseCommand, CommandError

from cases.models import Case
from cases.services import case_storage_problems, private_files_unreferenced


class Command(BaseCommand):
    help = (
        "Check that every case, its consent file, evidence and addenda can be decrypted "
        "(after a restore)."
    )

    def handle(self, *args, **options):
        problems = case_storage_problems()
        if problems:
            raise CommandError(
                f"{len(problems)} case(s) cannot be read: " + ", ".join(sorted(problems))
            )
        self.stdout.write(self.style.SUCCESS(f"All {Case.objects.count()} cases readable."))
        # Not an error: a file without its case hides nothing of a case, but someone should
        # look whether it belongs to a case the database lost.
        unreferenced = private_files_unreferenced()
        if unreferenced:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(unreferenced)} stored file(s) belong to no case or draft: "
                    + ", ".join(unreferenced)
                )
            )
