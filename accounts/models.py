from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AdvisorProfile(models.Model):
    """An advisor's account request and, once approved, the link to their advice centre.

    The centre is always the default-locale (German) centre; translations of a centre share
    its ``translation_key`` and count as the same centre.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        DEACTIVATED = "deactivated", _("Deactivated")

    class Role(models.TextChoices):
        CASE_MANAGER = "case_manager", _("Case manager (municipal integration management)")
        REFUGEE_ADVISOR = "refugee_advisor", _("Refugee advisor")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="advisor_profile"
    )
    advice_center = models.ForeignKey(
        "advice_centers.AdviceCenter",
        on_delete=models.PROTECT,
        related_name="advisors",
        verbose_name=_("Advice centre"),
    )
    role = models.CharField(max_length=32, choices=Role.choices, verbose_name=_("Role"))
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING, verbose_name=_("Status")
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Advisor account")
        verbose_name_plural = _("Advisor accounts")
        ordering = ["-requested_at"]
        permissions = [("manage_advisor_accounts", "Can approve and deactivate advisor accounts")]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED
