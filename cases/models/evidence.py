from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases.file_kinds import file_content_type, file_extension
from cases.models.cases import HardshipGround


class Evidence(models.Model):
    """A supporting document (medical certificate, school report, work contract …) of a case
    or of a draft that becomes one. The file lies encrypted in private storage under a random
    name; its description may name a doctor or a school, so it is encrypted too."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )
    draft = models.ForeignKey(
        "cases.CaseDraft",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evidence",
    )
    criterion = models.CharField(
        max_length=32, choices=HardshipGround.choices, verbose_name=_("Supports")
    )
    description_encrypted = models.TextField(blank=True, editable=False)
    file_name = models.CharField(max_length=64, editable=False)
    file_type = models.CharField(max_length=16, editable=False)
    file_size = models.PositiveIntegerField(default=0, editable=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("Evidence")
        verbose_name_plural = _("Evidence")
        ordering = ["added_at", "pk"]
        default_permissions = ()
        constraints = [
            models.CheckConstraint(
                name="evidence_of_case_or_draft",
                condition=models.Q(case__isnull=False, draft__isnull=True)
                | models.Q(case__isnull=True, draft__isnull=False),
            )
        ]

    def __str__(self):
        return f"{self.get_criterion_display()} ({self.pk})"

    @property
    def extension(self):
        return file_extension(self.file_type)

    @property
    def content_type(self):
        return file_content_type(self.file_type)


class Addendum(models.Model):
    """A correction or addition to a submitted case. The original stays as submitted; the
    committee sees what came after their last look at the case."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="addenda")
    text_encrypted = models.TextField(editable=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("Addendum")
        verbose_name_plural = _("Addenda")
        ordering = ["added_at", "pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.case_id}/{self.pk}"
