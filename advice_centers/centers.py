"""The advice centre directory.

A centre is a translatable snippet, not a page: it is shown on many pages at once (contact
cards on content pages, the finder, the flyer), editors keep it in one list with filters and
export, and it has no place of its own in the page tree. Each centre still gets its own URL
through the routable finder page, which serves ``<finder>/<slug>/`` in every language.

Inside the app, import the centre from here rather than from ``models.py``: the finder page
there imports the views, and the views use the queries and services that need the centre.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from advice_centers.blocks import ConsultationSlotBlock, PhoneBlock
from advice_centers.choices import (
    DEFAULT_OFFER_KIND,
    NATIVE_LANGUAGE_NAMES,
    OFFER_KINDS,
    SPOKEN_LANGUAGES,
    TOPICS,
    WEEKDAYS,
    label_for,
)
from advice_centers.fields import CodeListField, PlaceListField

# Fields whose value is the same in every language. The stream fields ``phones`` and
# ``hours`` are data too, apart from the text parts their blocks name.
STRUCTURED_FIELDS = (
    "slug",
    "kind",
    "organisation",
    "street",
    "postcode",
    "city",
    "district",
    "latitude",
    "longitude",
    "email",
    "website",
    "appointment_required",
    "barrier_free",
    "offers_interpreters",
    "languages",
    "topics",
    "places",
    "last_checked",
)
STRUCTURED_STREAMS = ("phones", "hours")

# Paths below the finder that are not centres; a centre may not take them as its slug.
RESERVED_SLUGS = frozenset({"wegweiser", "flyer", "vcard"})


class AdviceCenter(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=255, verbose_name=_("Name"))
    slug = models.SlugField(max_length=100, verbose_name=_("Address in the portal (slug)"))
    organisation = models.CharField(max_length=255, blank=True, verbose_name=_("Organisation"))
    description = models.TextField(blank=True, verbose_name=_("Short description"))
    kind = models.CharField(
        max_length=20,
        choices=OFFER_KINDS,
        default=DEFAULT_OFFER_KIND,
        verbose_name=_("Kind of offer"),
    )
    places = PlaceListField(
        verbose_name=_("Places served"),
        help_text=_(
            "The municipalities or districts whose residents the offer serves, one per line. "
            "Leave empty if it serves people from every place."
        ),
    )

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
    offers_interpreters = models.BooleanField(
        null=True,
        blank=True,
        verbose_name=_("Can arrange interpreters"),
        help_text=_("Shown to readers whose language no centre speaks."),
    )

    languages = CodeListField(choices_from=SPOKEN_LANGUAGES, verbose_name=_("Languages spoken"))
    topics = CodeListField(choices_from=TOPICS, verbose_name=_("Topics offered"))
    last_checked = models.DateField(null=True, blank=True, verbose_name=_("Last checked"))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
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
                FieldPanel("offers_interpreters"),
            ],
            heading=_("Consultation"),
        ),
        FieldPanel("languages"),
        FieldPanel("topics"),
        FieldPanel("places"),
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

    # Only text is translated: the name, the description, and the labels of phone numbers
    # and notes on consultation hours inside the two stream fields (``advice_centers.blocks``).
    # Everything else is data that is the same in every language; translators cannot
    # override it, and saving any copy of a centre copies it to all the others
    # (``advice_centers.services.center_translations_sync``).
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("phones"),
        TranslatableField("hours"),
        *(SynchronizedField(name, overridable=False) for name in STRUCTURED_FIELDS),
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

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved; choose another one.")})

    @property
    def phone_entries(self):
        """(label, number as written, tel: URI) for every phone number."""
        entries = []
        for block in self.phones:
            number = block.value.get("number") or ""
            if number.strip():
                entries.append((block.value.get("label") or "", number, tel_uri(number)))
        return entries

    @property
    def hour_rows(self):
        rows = []
        for block in self.hours:
            value = block.value
            rows.append(
                {
                    "weekday": value.get("weekday"),
                    "weekday_label": label_for(WEEKDAYS, value.get("weekday")),
                    "opens": value.get("opens"),
                    "closes": value.get("closes"),
                    "note": value.get("note") or "",
                }
            )
        rows.sort(key=lambda row: (row["weekday"] or "", row["opens"] or datetime.time.min))
        return rows

    @property
    def language_entries(self):
        """(code, translated label, native name) of the languages spoken, in stored order."""
        return [
            (code, label_for(SPOKEN_LANGUAGES, code), NATIVE_LANGUAGE_NAMES.get(code, ""))
            for code in self.languages or []
        ]

    @property
    def kind_label(self):
        return label_for(OFFER_KINDS, self.kind)

    def serves(self, place):
        """Whether the offer serves residents of ``place``: one that names no place serves
        every place."""
        if not self.places:
            return True
        return place.casefold() in {name.casefold() for name in self.places}

    @property
    def topic_labels(self):
        return [label_for(TOPICS, code) for code in self.topics or []]

    @property
    def has_address(self):
        return bool(self.street or self.postcode or self.city or self.district)


def tel_uri(number):
    """RFC 3966 URI for a number as editors write it ("0231 / 50-1234" -> tel:0231501234)."""
    digits = re.sub(r"[^\d+]", "", number)
    return f"tel:{digits}"
