from django.core.management.base import BaseCommand, CommandError

from cases.services import case_name_index_rebuild


class Command(BaseCommand):
    help = (
        "Write the name search index of every case anew with the current DJANGO_SECRET_KEY. "
        "Run after changing the key, before removing the old one from the fallbacks."
    )

    def handle(self, *args, **options):
        unreadable = case_name_index_rebuild()
        if unreadable:
            raise CommandError(
                f"{len(unreadable)} case(s) cannot be read: " + ", ".join(sorted(unreadable))
            )
        self.stdout.write(self.style.SUCCESS("The name index was rebuilt."))
