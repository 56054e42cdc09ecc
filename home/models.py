from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyBlock, ContentBodyBlock
from home.submissions import Submission
from home.views import public_form_serve
from portal import wagtail_internals


class PortalPage(Page):
    """What every page type of the portal shares."""

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors, aliases resolved, in one query.

        Wagtail's own version fetches the original of every alias among them one query at a
        time; a synced copy in another language (an alias in an alias tree) cost three queries
        more than its German original on every render. Same result, checked against Wagtail's.
        """
        return wagtail_internals.view_restrictions(self)


class HomePage(PortalPage):
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
        "home.ContactPage",
        "advice_centers.AdviceCenterIndexPage",
        "committee.TransparencyPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Home page")


class ContentPage(PortalPage):
    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    body = StreamField(ContentBodyBlock(), blank=True, verbose_name=_("Body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("Content page")


class LegalPage(PortalPage):
    """Impressum, Datenschutz, Erklärung zur Barrierefreiheit: plain text, no sub-pages."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))
    last_reviewed = models.DateField(null=True, blank=True, verbose_name=_("Last reviewed"))
    feedback_form = models.BooleanField(
        default=False,
        verbose_name=_("Show the accessibility feedback form"),
        help_text=_("BITV requires it below the accessibility statement."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
        FieldPanel("feedback_form"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Legal page")

    def serve(self, request, *args, **kwargs):
        if not self.feedback_form:
            return super().serve(request, *args, **kwargs)
        return public_form_serve(request, page=self, kind=Submission.Kind.BARRIER)


class ContactPage(PortalPage):
    """The office's contact form: general questions, never individual cases."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("Introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Contact page")

    def serve(self, request, *args, **kwargs):
        return public_form_serve(request, page=self, kind=Submission.Kind.QUESTION)


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
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Contact"),
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
        PageChooserPanel("contact_page"),
        PageChooserPanel("finder_page"),
    ]

    class Meta:
        verbose_name = _("Site links")

    # The footer lists these, in this order.
    FOOTER_FIELDS = (
        "imprint_page",
        "privacy_page",
        "accessibility_page",
        "easy_language_page",
        "contact_page",
    )


class TranslationReview(models.Model):
    """Whether a native speaker has reviewed one translation of a page, an advice centre or
    the consent declaration.

    Kept apart from the page and centre models: wagtail-localize edits translations only in
    its translation editor, which cannot show a checkbox, and would copy a field of the
    German source to every translation. Only editors see this; no template shows it.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Page"),
    )
    center = models.OneToOneField(
        "advice_centers.AdviceCenter",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Advice centre"),
    )
    # The consent declaration is no page or snippet, but a translation the person signs
    # on the strength of: its review is recorded here with the others.
    consent_text = models.OneToOneField(
        "cases.ConsentText",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Consent text"),
    )
    reviewed = models.BooleanField(default=False, verbose_name=_("Reviewed by a native speaker"))
    note = models.TextField(
        blank=True,
        verbose_name=_("Review note"),
        help_text=_("Who reviewed it and when, or what is still unclear."),
    )

    panels = [
        PageChooserPanel("page"),
        FieldPanel("center"),
        FieldPanel("consent_text"),
        FieldPanel("reviewed"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("Translation review")
        verbose_name_plural = _("Translation reviews")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(page__isnull=False, center__isnull=True, consent_text__isnull=True)
                    | models.Q(page__isnull=True, center__isnull=False, consent_text__isnull=True)
                    | models.Q(page__isnull=True, center__isnull=True, consent_text__isnull=False)
                ),
                name="translation_review_of_one_thing",
            )
        ]

    def __str__(self):
        return str(self.page or self.center or self.consent_text)

    def clean(self):
        chosen = [self.page_id, self.center_id, self.consent_text_id]
        if sum(value is not None for value in chosen) != 1:
            raise ValidationError(_("Choose either a page, an advice centre or a consent text."))

    @admin.display(description=_("Language"))
    def language(self):
        if self.consent_text is not None:
            return self.consent_text.language
        return (self.page or self.center).locale.language_code
