"""A referral: the office passes a person who consented on to support offers near them
(Kreis Unna's channel, seed 004), and each chosen offer confirms that contact was made.

Plain Django models outside Wagtail, like cases: no CMS feature can reach them. Everything
about the person is in ``payload``, encrypted; the rows hold the reference, dates and who
did what.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases.file_kinds import file_content_type, file_extension
from portal import crypto


class Referral(models.Model):
    reference = models.CharField(max_length=32, unique=True)
    # full_name, phone, email, address, residence_status, place, language, note.
    payload = models.TextField()
    consent_version = models.CharField(max_length=32)
    consent_language = models.CharField(max_length=8)
    consent_file_name = models.CharField(max_length=64)
    consent_file_type = models.CharField(max_length=8)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # When the retention period starts: recorded, and again when every offer confirmed.
    retained_from = models.DateTimeField(db_index=True)
    # A resent form (double click, back and send) finds the referral it already made.
    submission_token = models.UUIDField(unique=True, default=uuid.uuid4)

    class Meta:
        verbose_name = _("Referral")
        verbose_name_plural = _("Referrals")
        ordering = ["-recorded_at", "-id"]
        default_permissions = ()

    def __str__(self):
        return self.reference

    @property
    def data(self):
        return crypto.json_decrypt(self.payload)

    @property
    def is_closed(self):
        return self.closed_at is not None

    @property
    def consent_file_content_type(self):
        return file_content_type(self.consent_file_type)

    @property
    def consent_file_extension(self):
        return file_extension(self.consent_file_type)


class ReferralOffer(models.Model):
    """A directory entry chosen for the referral, and whether its people made contact."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="offers")
    # Always the default-locale entry, as an advisor's profile points to it.
    advice_center = models.ForeignKey(
        "advice_centers.AdviceCenter", on_delete=models.CASCADE, related_name="+"
    )
    contact_confirmed_at = models.DateTimeField(null=True, blank=True)
    contact_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        default_permissions = ()
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["referral", "advice_center"], name="unique_offer_per_referral"
            )
        ]

    def __str__(self):
        return f"{self.referral.reference}: {self.advice_center}"
