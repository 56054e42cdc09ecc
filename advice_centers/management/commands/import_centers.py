from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from advice_centers.services import center_import_csv


class Command(BaseCommand):
    help = (
        "Create or update advice centres from a CSV file (the admin export's columns). "
        "Checks every row first and imports nothing if any row is bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None
        result = center_import_csv(data=data, locale=Locale.get_default())
        if not result.ok:
            for line, message in result.errors:
                self.stderr.write(f"{path}:{line}: {message}")
            raise CommandError(f"Nothing imported: {len(result.errors)} error(s) in {path}.")
        self.stdout.write(f"Imported {path}: {result.created} created, {result.updated} updated.")
