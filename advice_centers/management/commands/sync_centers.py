from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from advice_centers.centers import AdviceCenter
from advice_centers.selectors import center_translation_source
from advice_centers.services import center_directory_changed, center_translations_sync


class Command(BaseCommand):
    help = (
        "Copy the data (languages, hours, phone numbers, address ...) of every centre to all "
        "its translations. Saving a centre does this by itself; run it once after upgrading "
        "from a version that did not, or after changing centres in the database directly."
    )

    def handle(self, *args, **options):
        count = 0
        with transaction.atomic():
            for center in AdviceCenter.objects.filter(locale=Locale.get_default()):
                center_translations_sync(center=center_translation_source(center) or center)
                count += 1
            center_directory_changed()
        self.stdout.write(f"Copied the data of {count} centres to their translations.")
