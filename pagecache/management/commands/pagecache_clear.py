from django.core.management.base import BaseCommand

from pagecache.services import pagecache_clear


class Command(BaseCommand):
    help = "Invalidate every cached page, e.g. after a deploy that changed templates."

    def handle(self, *args, **options):
        pagecache_clear()
        self.stdout.write("Page cache invalidated.")
