import datetime
import re

from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from advice_centers.centers import RESERVED_SLUGS
from advice_centers.choices import (
    DEFAULT_OFFER_KIND,
    OFFER_KINDS,
    SPOKEN_LANGUAGES,
    TOPICS,
    WEEKDAY_ALIASES,
)
from advice_centers.fields import PlaceListFormField
from advice_centers.selectors import FinderFilters


class FinderForm(forms.Form):
    """The finder's GET filters. A value that is not offered (an old bookmark, a typo) is
    dropped rather than reported: the reader still gets a list."""

    language = forms.ChoiceField(required=False, label=_("Language spoken"))
    topic = forms.ChoiceField(required=False, label=_("Topic"))
    district = forms.ChoiceField(required=False, label=_("District"))
    place = forms.ChoiceField(required=False, label=_("Place of residence"))

    def __init__(self, *args, districts=(), places=(), **kwargs):
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["language"].choices = any_choice + list(SPOKEN_LANGUAGES)
        self.fields["topic"].choices = any_choice + list(TOPICS)
        self.fields["district"].choices = any_choice + [(d, d) for d in districts]
        self.fields["place"].choices = any_choice + [(p, p) for p in places]

    def filters(self):
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return FinderFilters(
            language=cleaned.get("language", ""),
            topic=cleaned.get("topic", ""),
            district=cleaned.get("district", ""),
            place=cleaned.get("place", ""),
        )


def parse_bool(value):
    text = value.strip().casefold()
    if text == "":
        return None
    if text in {"1", "yes", "ja", "true", "y", "j", "x"}:
        return True
    if text in {"0", "no", "nein", "false", "n"}:
        return False
    raise forms.ValidationError(_("Write yes or no, or leave it empty."))


def parse_codes(value, choices):
    known = dict(choices)
    codes = [code for code in re.split(r"[\s,;|]+", value.strip()) if code]
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise forms.ValidationError(
            _("Unknown codes: %(codes)s. Allowed: %(allowed)s."),
            params={"codes": ", ".join(unknown), "allowed": ", ".join(known)},
        )
    return list(dict.fromkeys(codes))


PHONE_PATTERN = re.compile(r"^\+?[\d\s()/.\-]{3,40}$")
SLOT_PATTERN = re.compile(
    r"^(?P<day>\S+)(?:\s+(?P<opens>\d{1,2}[:.]\d{2})\s*[-–]\s*(?P<closes>\d{1,2}[:.]\d{2}))?"
    r"\s*(?P<note>.*)$"
)


def parse_phones(value):
    """ "Office: 0231 1234; 0231 5678" -> [{"label": "Office", "number": "0231 1234"}, ...]"""
    phones = []
    for part in (piece.strip() for piece in value.split(";")):
        if not part:
            continue
        label, _sep, number = part.rpartition(":")
        number = number.strip()
        if not PHONE_PATTERN.match(number):
            raise forms.ValidationError(
                _("“%(value)s” is not a phone number."), params={"value": part}
            )
        phones.append({"label": label.strip(), "number": number})
    return phones


def parse_time(text):
    hours, minutes = re.split(r"[:.]", text)
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(text)
    return datetime.time(int(hours), int(minutes))


def parse_hours(value):
    """ "Mo 09:00-12:00 by appointment; Th 14:00-16:00" -> consultation slot values."""
    slots = []
    for part in (piece.strip() for piece in value.split(";")):
        if not part:
            continue
        match = SLOT_PATTERN.match(part)
        day = WEEKDAY_ALIASES.get(match["day"].casefold().rstrip(".")) if match else None
        if day is None:
            raise forms.ValidationError(
                _("“%(value)s” does not start with a weekday (Mo, Tu, We, Th, Fr, Sa, Su)."),
                params={"value": part},
            )
        opens = closes = None
        if match["opens"]:
            try:
                opens, closes = parse_time(match["opens"]), parse_time(match["closes"])
            except ValueError:
                raise forms.ValidationError(
                    _("“%(value)s” has an impossible time."), params={"value": part}
                ) from None
            if closes <= opens:
                raise forms.ValidationError(
                    _("“%(value)s” ends before it begins."), params={"value": part}
                )
        slots.append({"weekday": day, "opens": opens, "closes": closes, "note": match["note"]})
    return slots


class CenterRowForm(forms.Form):
    """One row of a centre CSV file. Column names are the field names, as in the export."""

    name = forms.CharField(max_length=255)
    slug = forms.CharField(max_length=100, required=False, validators=[validate_slug])
    organisation = forms.CharField(max_length=255, required=False)
    description = forms.CharField(required=False)
    kind = forms.CharField(required=False)
    street = forms.CharField(max_length=255, required=False)
    postcode = forms.CharField(max_length=10, required=False)
    city = forms.CharField(max_length=100, required=False)
    district = forms.CharField(max_length=100, required=False)
    latitude = forms.DecimalField(
        max_digits=9, decimal_places=6, min_value=-90, max_value=90, required=False
    )
    longitude = forms.DecimalField(
        max_digits=9, decimal_places=6, min_value=-180, max_value=180, required=False
    )
    phones = forms.CharField(required=False)
    email = forms.EmailField(required=False)
    website = forms.URLField(required=False, assume_scheme="https")
    hours = forms.CharField(required=False)
    appointment_required = forms.CharField(required=False)
    barrier_free = forms.CharField(required=False)
    offers_interpreters = forms.CharField(required=False)
    languages = forms.CharField(required=False)
    topics = forms.CharField(required=False)
    places = PlaceListFormField(required=False)
    last_checked = forms.DateField(
        required=False, input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"]
    )

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("This address is reserved; choose another one."))
        return slug

    def clean_phones(self):
        return parse_phones(self.cleaned_data["phones"])

    def clean_hours(self):
        return parse_hours(self.cleaned_data["hours"])

    def clean_appointment_required(self):
        return parse_bool(self.cleaned_data["appointment_required"])

    def clean_barrier_free(self):
        return parse_bool(self.cleaned_data["barrier_free"])

    def clean_offers_interpreters(self):
        return parse_bool(self.cleaned_data["offers_interpreters"])

    def clean_languages(self):
        return parse_codes(self.cleaned_data["languages"], SPOKEN_LANGUAGES)

    def clean_topics(self):
        return parse_codes(self.cleaned_data["topics"], TOPICS)

    def clean_kind(self):
        codes = parse_codes(self.cleaned_data["kind"], OFFER_KINDS)
        if len(codes) > 1:
            raise forms.ValidationError(_("Give one kind of offer."))
        return codes[0] if codes else DEFAULT_OFFER_KIND


class CenterImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, separated by commas or semicolons, with a header row. Use the columns of "
            "the CSV export; only “name” is required. Rows are matched to existing centres by "
            "“slug”."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload
