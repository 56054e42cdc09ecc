"""The advice centre directory.

A centre is a translatable snippet, not a page: it is shown on many pages at once (contact
cards on content pages, the finder, the flyer), editors keep it in one list with filters and
export, and it has no place of its own in the page tree. Each centre still gets its own URL
through the routable finder page, which serves ``<finder>/<slug>/`` in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from advice_centers.blocks import ConsultationSlotBlock, PhoneBlock
from advice_centers.choices import SPOKEN_LANGUAGES, TOPICS
from advice_centers.fields import CodeListField
from home.blocks import BodyBlock


class AdviceCenter(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=255, verbose_name=_("Name"))
    slug = models.SlugField(max_length=100, verbose_name=_("Address in the portal (slug)"))
    organisation = models.CharField(max_length=255, blank=True, verbose_name=_("Organisation"))
    description = models.TextField(blank=True, verbose_name=_("Short description"))

    street = models.CharField(max_length=255, blank=True, verbose_name=_("Street"))
    postcode = models.CharField(max_length=10, blank=True, verbose_name=_("Postcode"))
    city = models.CharField(max_length=100, blank=True, verbose_name=_("City"))
    district = models.CharField(
        max_length=100, blank=True, verbose_name=_("District (Stadtbezirk)")
    )
    latitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, verbose_name=_("Latitude")
    )
    longitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, verbose_name=_("Longitude")
    )

    phones = StreamField([("phone", PhoneBlock())], blank=True, verbose_name=_("Phone numbers"))
    email = models.EmailField(blank=True, verbose_name=_("E-mail"))
    website = models.URLField(blank=True, verbose_name=_("Website"))

    hours = StreamField(
        [("slot", ConsultationSlotBlock())], blank=True, verbose_name=_("Consultation hours")
    )
    appointment_required = models.BooleanField(
        null=True, blank=True, verbose_name=_("Appointment required")
    )
    barrier_free = models.BooleanField(
        null=True, blank=True, verbose_name=_("Barrier-free access")
    )

    languages = CodeListField(choices_from=SPOKEN_LANGUAGES, verbose_name=_("Languages spoken"))
    topics = CodeListField(choices_from=TOPICS, verbose_name=_("Topics offered"))
    last_checked = models.DateField(null=True, blank=True, verbose_name=_("Last checked"))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldPanel("postcode"),
                FieldPanel("city"),
                FieldPanel("district"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("phones"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("hours"),
                FieldPanel("appointment_required"),
                FieldPanel("barrier_free"),
            ],
            heading=_("Consultation"),
        ),
        FieldPanel("languages"),
        FieldPanel("topics"),
        FieldPanel("last_checked"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.SearchField("description"),
        index.SearchField("district"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("hours"),
        TranslatableField("phones"),
        SynchronizedField("slug"),
        SynchronizedField("organisation"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("district"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("appointment_required"),
        SynchronizedField("barrier_free"),
        SynchronizedField("languages"),
        SynchronizedField("topics"),
        SynchronizedField("last_checked"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Advice centre")
        verbose_name_plural = _("Advice centres")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_center_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class AdviceCenterIndexPage(RoutablePageMixin, Page):
    """'Find advice': the directory of centres, and the URL of every single centre."""

    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Advice centre finder")

    def centers(self):
        return AdviceCenter.objects.filter(locale_id=self.locale_id)

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides={"centers": self.centers()})

    @path("<slug:slug>/")
    def center_route(self, request, slug):
        from django.shortcuts import get_object_or_404

        center = get_object_or_404(self.centers(), slug=slug)
        return self.render(
            request,
            context_overrides={"center": center},
            template="advice_centers/advice_center.html",
        )

    def url_for_center(self, center):
        return self.url + self.reverse_subpage("center_route", kwargs={"slug": center.slug})
