from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")


class AuditEntry(models.Model):
    """Who did what to which case, when. Holds the reference only, never personal data.

    Rows are only ever inserted: saving an existing row, deleting and bulk updates raise.
    The reference is plain text, not a foreign key, so the entry outlives a deleted case.
    """

    class Action(models.TextChoices):
        CREATE = "create", _("Case submitted")
        VIEW = "view", _("Case viewed")
        DOWNLOAD = "download", _("Consent file downloaded")
        STATUS_CHANGE = "status_change", _("Status changed")
        ACCESS_DENIED = "access_denied", _("Access refused")
        DELETE = "delete", _("Case deleted")
        REPEAT_CHECK = "repeat_check", _("Looked for an earlier case of the same person")
        # Drafts are audited under their public id (32 hex digits) in place of a reference.
        DRAFT_CREATE = "draft_create", _("Draft started")
        DRAFT_SAVE = "draft_save", _("Draft saved")
        DRAFT_DELETE = "draft_delete", _("Draft deleted")
        EVIDENCE_ADD = "evidence_add", _("Evidence added")
        EVIDENCE_REMOVE = "evidence_remove", _("Evidence removed")
        EVIDENCE_DOWNLOAD = "evidence_download", _("Evidence downloaded")
        ADDENDUM_ADD = "addendum_add", _("Addendum added")
        # Referrals to support offers (the referrals app) are audited under their reference.
        REFERRAL_CREATE = "referral_create", _("Referral recorded")
        REFERRAL_VIEW = "referral_view", _("Referral viewed")
        REFERRAL_DOWNLOAD = "referral_download", _("Referral consent file downloaded")
        REFERRAL_CONTACT = "referral_contact", _("Contact with the person confirmed")
        REFERRAL_WITHDRAW = "referral_withdraw", _("Referral deleted: consent withdrawn")
        REFERRAL_DELETE = "referral_delete", _("Referral deleted: retention period ended")

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_username = models.CharField(max_length=150, blank=True)
    case_reference = models.CharField(max_length=32, db_index=True)
    action = models.CharField(max_length=32, choices=Action.choices)
    detail = models.CharField(max_length=200, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("Audit entry")
        verbose_name_plural = _("Audit entries")
        ordering = ["created_at", "id"]
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.case_reference} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")
