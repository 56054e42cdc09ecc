"""The directory's page: the finder, whose routes serve the directory's public views.

The centre model lives in ``centers.py``: the views and the queries and services they use
import it from there, so this module can import the views without an import cycle. Django
registers every model of the app through this module.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from advice_centers import views
from advice_centers.centers import AdviceCenter
from advice_centers.selectors import center_list_translated
from home.blocks import BodyBlock
from home.models import PortalPage

__all__ = ["AdviceCenter", "AdviceCenterIndexPage"]


class AdviceCenterIndexPage(RoutablePageMixin, PortalPage):
    """'Find advice': the directory of centres, the guide, the flyer and every centre's URL.

    The views live in ``advice_centers/views.py``; the routes here only hand over.
    """

    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))
    no_results_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        verbose_name=_("Text when no centre matches"),
        help_text=_("For example how readers can reach the office. Shown below the suggestions."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("no_results_text"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Advice centre finder")

    @path("")
    def index_route(self, request):
        return views.finder(request, page=self)

    @path("wegweiser/")
    def guide_route(self, request):
        return views.guide(request, page=self)

    @path("vorbereitung/")
    def appointment_sheet_route(self, request):
        return views.appointment_sheet(request, page=self)

    @path("flyer/")
    def flyer_route(self, request):
        return views.flyer_download(request, page=self)

    @path("<slug:slug>/")
    def center_route(self, request, slug):
        return views.center_detail(request, page=self, slug=slug)

    @path("<slug:slug>/vcard/")
    def vcard_route(self, request, slug):
        return views.center_vcard_download(request, page=self, slug=slug)

    def url_for_center(self, center):
        return self.url + self.reverse_subpage("center_route", kwargs={"slug": center.slug})

    def get_sitemap_urls(self, request=None):
        """The finder, its guide and the page of every centre translated into its language.

        A centre not translated yet is also served here in German; the sitemap leaves that
        copy out and lists the German page, with the languages it does exist in as alternates.
        """
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        lastmod = self.last_published_at or self.latest_revision_created_at
        urls.append(
            {
                "location": base + self.reverse_subpage("guide_route"),
                "lastmod": lastmod,
                "alternate_key": ("advice-center-guide", self.translation_key),
            }
        )
        urls.append(
            {
                "location": base + self.reverse_subpage("appointment_sheet_route"),
                "lastmod": lastmod,
                "alternate_key": ("advice-center-appointment-sheet", self.translation_key),
            }
        )
        for center in center_list_translated(locale_id=self.locale_id):
            urls.append(
                {
                    "location": base
                    + self.reverse_subpage("center_route", kwargs={"slug": center.slug}),
                    "alternate_key": ("advice-center", center.translation_key),
                }
            )
        return urls
