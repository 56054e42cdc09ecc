"""Messages sent through the public forms.

A module of its own rather than part of ``models.py``: the public-form view stores these
messages, and the contact and legal pages in ``models.py`` serve that view. Keeping the
message model here lets the view and ``services.py`` import it without importing the pages.
``models.py`` imports it, so Django registers it with the app as usual.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Submission(models.Model):
    """A message sent through a public form. Deliberately holds no IP address."""

    class Kind(models.TextChoices):
        QUESTION = "question", _("Question to the office")
        BARRIER = "barrier", _("Accessibility feedback")

    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Kind"))
    name = models.CharField(max_length=200, blank=True, verbose_name=_("Name"))
    email = models.EmailField(blank=True, verbose_name=_("E-mail"))
    page_address = models.CharField(
        max_length=500, blank=True, verbose_name=_("Page with the barrier")
    )
    message = models.TextField(verbose_name=_("Message"))
    language = models.CharField(max_length=10, blank=True, verbose_name=_("Language"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True, verbose_name=_("Sent"))

    class Meta:
        verbose_name = _("Form submission")
        verbose_name_plural = _("Form submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.created_at:%Y-%m-%d %H:%M}"
