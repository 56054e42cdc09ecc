"""Fail when a UI catalogue is incomplete; optionally compile the .mo files.

Compiling with polib keeps `make run` free of the system gettext tools.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def catalogue_problems(po_path):
    catalogue = polib.pofile(str(po_path))
    problems = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"{po_path}:{entry.linenum}: fuzzy: {entry.msgid!r}")
        elif not entry.translated():
            problems.append(f"{po_path}:{entry.linenum}: untranslated: {entry.msgid!r}")
    return problems


def catalogue_paths():
    locale_dir = Path(settings.LOCALE_PATHS[0])
    return sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))


class Command(BaseCommand):
    help = "Check that every .po catalogue is complete (no untranslated or fuzzy entries)."

    def add_arguments(self, parser):
        parser.add_argument("--compile", action="store_true", help="also write the .mo files")

    def handle(self, *args, compile=False, **options):
        problems = []
        for po_path in catalogue_paths():
            problems.extend(catalogue_problems(po_path))
            if compile:
                polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        if problems:
            raise CommandError("Incomplete catalogues:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS(f"{len(catalogue_paths())} catalogues complete."))
