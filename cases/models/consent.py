from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.languages import SOURCE_LANGUAGE


class ConsentPurpose(models.TextChoices):
    """What a person consents to: a declaration of one purpose is never shown for another."""

    APPLICATION = "application", _("Application to the committee")
    REFERRAL = "referral", _("Referral to support offers")


class ConsentTextQuerySet(models.QuerySet):
    def current_version(self, purpose=ConsentPurpose.APPLICATION):
        """The newest version in force today (in the source language); None if there is none."""
        text = (
            self.filter(
                purpose=purpose, valid_from__lte=timezone.localdate(), language=SOURCE_LANGUAGE
            )
            .order_by("-valid_from", "-id")
            .first()
        )
        return text.version if text else None

    def for_language(self, version, language, purpose=ConsentPurpose.APPLICATION):
        texts = {text.language: text for text in self.filter(purpose=purpose, version=version)}
        return texts.get(language) or texts.get(SOURCE_LANGUAGE)

    def in_force(self, language, purpose=ConsentPurpose.APPLICATION):
        """The version in force today in ``language`` (else German); None if there is none."""
        version = self.current_version(purpose)
        return None if version is None else self.for_language(version, language, purpose)


class ConsentText(models.Model):
    """A version of a consent declaration (data protection consent and release from
    confidentiality) for one purpose in one language. A case stores the version its person
    signed."""

    purpose = models.CharField(
        max_length=16,
        choices=ConsentPurpose.choices,
        default=ConsentPurpose.APPLICATION,
        verbose_name=_("Purpose"),
    )
    version = models.CharField(
        max_length=32,
        verbose_name=_("Version"),
        help_text=_("A new version for every change of content, e.g. 2026-01."),
    )
    language = models.CharField(max_length=8, verbose_name=_("Language"))
    title = models.CharField(max_length=255, verbose_name=_("Title"))
    body = models.TextField(
        verbose_name=_("Text"), help_text=_("Paragraphs are separated by an empty line.")
    )
    valid_from = models.DateField(verbose_name=_("Valid from"))

    objects = ConsentTextQuerySet.as_manager()

    class Meta:
        verbose_name = _("Consent text")
        verbose_name_plural = _("Consent texts")
        ordering = ["-valid_from", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["purpose", "version", "language"],
                name="unique_consent_text_per_purpose_and_language",
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.version}, {self.language})"

    def paragraphs(self):
        return [part.strip() for part in self.body.split("\n\n") if part.strip()]
