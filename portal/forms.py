"""Form behaviour every form of the portal shares."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

from portal import django_internals


class AccessibleFormMixin:
    """Ties errors and help text to the input (aria-describedby, aria-invalid)."""

    def full_clean(self):
        super().full_clean()
        self.hidden_errors_to_top()
        self.describe_fields()

    def add_error(self, field, error):
        # Views add errors after validation too (a wrong code, a refused step); the input
        # must point at those messages as well.
        super().add_error(field, error)
        self.describe_fields()

    def hidden_errors_to_top(self):
        """An error in a hidden field has no place next to a field, and the reader cannot
        correct it: the form says so at the top, and the field gets its initial value back
        so that sending the form again can succeed."""
        errors = django_internals.form_errors_so_far(self)
        if not self.is_bound or not errors:
            return
        hidden = [
            name
            for name in errors
            if name != NON_FIELD_ERRORS and self.fields[name].widget.is_hidden
        ]
        if not hidden:
            return
        data = self.data.copy()
        for name in hidden:
            del errors[name]
            key = self.add_prefix(name)
            initial = self.get_initial_for_field(self.fields[name], name)
            data.pop(key, None)
            if initial is not None:
                data[key] = str(initial)
        self.data = data
        self.add_error(
            None,
            _(
                "Part of the form was missing or damaged. Please check your entries and "
                "send the form again."
            ),
        )

    def _field_id(self, name):
        # As BoundField.auto_id has it, without making the bound field: one made now would
        # keep a label that a subclass changes after this form's __init__.
        html_name = self.add_prefix(name)
        if self.auto_id and "%s" in str(self.auto_id):
            return str(self.auto_id) % html_name
        return html_name if self.auto_id else ""

    def describe_fields(self):
        errors = (self.is_bound and django_internals.form_errors_so_far(self)) or {}
        for name, field in self.fields.items():
            auto_id = self._field_id(name)
            ids = []
            if field.help_text:
                ids.append(f"{auto_id}_helptext")
            attrs = field.widget.attrs
            if name in errors:
                ids.append(f"{auto_id}_error")
                attrs["aria-invalid"] = "true"
            else:
                attrs.pop("aria-invalid", None)
            if ids:
                attrs["aria-describedby"] = " ".join(ids)
            else:
                attrs.pop("aria-describedby", None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")
