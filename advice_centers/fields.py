import re

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _


class CodeListField(models.JSONField):
    """A list of codes from a fixed set, edited as checkboxes.

    Stored as a JSON list so that the same value works on SQLite and PostgreSQL and is
    copied unchanged to every translation of a centre.
    """

    def __init__(self, *args, choices_from=None, **kwargs):
        self.choices_from = choices_from
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_from", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_from or [],
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )


PLACE_NAME_MAX_LENGTH = 100
PLACE_SEPARATORS = re.compile(r"[\n;,]+")


def place_names(text):
    """ "Kamen, Bergkamen\\nUnna" -> ["Kamen", "Bergkamen", "Unna"]: each name once, in the
    order given, whatever its case or spacing."""
    names = {}
    for part in PLACE_SEPARATORS.split(text or ""):
        name = " ".join(part.split())
        if name:
            names.setdefault(name.casefold(), name)
    return list(names.values())


class PlaceListFormField(forms.CharField):
    """Place names typed one per line (or separated by commas), validated as a whole."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            value = "\n".join(value)
        return place_names(super().to_python(value))

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        too_long = [name for name in value if len(name) > PLACE_NAME_MAX_LENGTH]
        if too_long:
            raise forms.ValidationError(
                _("A place name may have at most %(limit)s characters: %(names)s"),
                params={"limit": PLACE_NAME_MAX_LENGTH, "names": ", ".join(too_long)},
            )

    def run_validators(self, value):
        # CharField's length validators would measure the list, not the names.
        return None


class PlaceListField(models.JSONField):
    """Names of the municipalities or districts an offer serves, as a JSON list.

    Free names rather than a fixed list: every committee serves other places, and editors
    name them as residents know them. The same list is copied to every translation.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return PlaceListFormField(
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )
