from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Every language tree of the site, not only the one of the requesting browser."""

    def items(self):
        root = self.get_wagtail_site().root_page
        paths = root.get_translations(inclusive=True).values_list("path", flat=True)
        in_site = reduce(or_, (Q(path__startswith=path) for path in paths))
        return (
            Page.objects.live()
            .public()
            .filter(in_site)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
