from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock


class HomePage(Page):
    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.LegalPage",
        "advice_centers.AdviceCenterIndexPage",
        "committee.TransparencyPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Home page")


class ContentPage(Page):
    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("Content page")


class LegalPage(Page):
    """Impressum, Datenschutz, Erklärung zur Barrierefreiheit: plain text, no sub-pages."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))
    last_reviewed = models.DateField(null=True, blank=True, verbose_name=_("Last reviewed"))

    content_panels = Page.content_panels + [FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Legal page")


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """The pages every page links to in its footer; set once, shown in every language."""

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Imprint"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Privacy policy"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Accessibility statement"),
    )
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Easy German (Leichte Sprache)"),
    )
    finder_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Find advice"),
    )

    panels = [
        PageChooserPanel("imprint_page"),
        PageChooserPanel("privacy_page"),
        PageChooserPanel("accessibility_page"),
        PageChooserPanel("easy_language_page"),
        PageChooserPanel("finder_page"),
    ]

    class Meta:
        verbose_name = _("Site links")

    def footer_page_ids(self):
        return [
            page_id
            for page_id in (
                self.imprint_page_id,
                self.privacy_page_id,
                self.accessibility_page_id,
                self.easy_language_page_id,
            )
            if page_id
        ]
