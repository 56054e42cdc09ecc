import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal import crypto


class PublicApplication(models.Model):
    """An application begun through the public form, before it becomes a case.

    Everything typed (the e-mail address included) is in the encrypted payload. Until the
    address is confirmed, only the hash of the link's token identifies it; the link works
    once. Deleted for good on submission or when ``expires_at`` (the draft period of the
    committee rules) has passed, confirmed or not.
    """

    # Stands in for a reference in the audit trail: it names no one.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField(db_index=True)
    # SHA-256 of the confirmation link's token; emptied when the link is used.
    confirm_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    payload = models.TextField(editable=False)
    consent_file_name = models.CharField(max_length=64, blank=True, editable=False)
    consent_file_type = models.CharField(max_length=16, blank=True, editable=False)
    consent_file_size = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("Public application")
        verbose_name_plural = _("Public applications")
        default_permissions = ()

    def __str__(self):
        return str(self.public_id)

    @property
    def data(self):
        return crypto.json_decrypt(self.payload)
