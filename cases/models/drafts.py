import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal import crypto


class CaseDraft(models.Model):
    """A Kurzantrag not yet submitted: everything typed so far, encrypted like a case.

    Seen only by its author and the other advisors of the same centre; deleted for good when
    it is submitted or when ``expires_at`` (set from the committee rules) has passed.
    """

    # The draft's address: random, so that drafts cannot be counted or guessed by number.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    advice_center = models.ForeignKey(
        "advice_centers.AdviceCenter",
        on_delete=models.CASCADE,
        related_name="case_drafts",
        verbose_name=_("Advice centre"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_drafts"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField(db_index=True)
    # The step of the form the advisor last saved, to continue there.
    step = models.CharField(max_length=32, blank=True)
    payload = models.TextField(editable=False)
    # The signed consent declaration, stored (encrypted, private storage) the moment it is
    # uploaded, so that an error elsewhere never makes the advisor choose it again; on
    # submission it becomes the case's file as it is.
    consent_file_name = models.CharField(max_length=64, blank=True, editable=False)
    consent_file_type = models.CharField(max_length=16, blank=True, editable=False)
    consent_file_size = models.PositiveIntegerField(default=0, editable=False)
    consent_file_added_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Draft")
        verbose_name_plural = _("Drafts")
        ordering = ["-updated_at"]
        default_permissions = ()

    def __str__(self):
        return str(self.public_id)

    def step_url(self, step):
        return reverse("cases:case_draft_step", args=[self.public_id, step])

    @property
    def data(self):
        return crypto.json_decrypt(self.payload)
