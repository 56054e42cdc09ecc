from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal import crypto
from portal.rules import committee_rules


class Membership(models.Model):
    """A seat on the committee: an appointed member or the deputy of one, and the body that
    sent them. How many of each the committee has is in its rules; who holds them is this."""

    class Kind(models.TextChoices):
        MEMBER = "member", _("Member")
        DEPUTY = "deputy", _("Deputy member")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="committee_membership",
        limit_choices_to={"groups__name": "Committee"},
        verbose_name=_("Person"),
        help_text=_("A user in the Committee group."),
    )
    kind = models.CharField(
        max_length=16, choices=Kind.choices, default=Kind.MEMBER, verbose_name=_("Seat")
    )
    body = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Sent by"),
        help_text=_("The organisation or office this person represents on the committee."),
    )
    deputy_for = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deputy",
        limit_choices_to={"kind": "member"},
        verbose_name=_("Deputy for"),
        help_text=_("Only for deputy members: the member they stand in for when absent."),
    )
    heads_authority = models.BooleanField(
        default=False,
        verbose_name=_("Head of the foreigners' authority"),
        help_text=_("Records that the authority was informed of a case."),
    )

    class Meta:
        verbose_name = _("Committee seat")
        verbose_name_plural = _("Committee seats")
        # Members before deputies ("member" sorts after "deputy").
        ordering = ["-kind", "body", "id"]
        default_permissions = ()

    def __str__(self):
        name = self.user.get_full_name() or self.user.get_username()
        return f"{name} ({self.body})" if self.body else name

    def clean(self):
        if self.kind == self.Kind.DEPUTY and self.deputy_for is None:
            raise ValidationError(
                {"deputy_for": _("Choose the member this deputy stands in for.")}
            )
        if self.kind == self.Kind.MEMBER and self.deputy_for is not None:
            raise ValidationError({"deputy_for": _("Only a deputy member stands in for someone.")})
        rules = committee_rules()
        limit = rules.member_count if self.kind == self.Kind.MEMBER else rules.deputy_count
        taken = Membership.objects.filter(kind=self.kind).exclude(pk=self.pk).count()
        if taken >= limit:
            raise ValidationError(
                {
                    "kind": _(
                        "The committee rules allow %(limit)s seats of this kind, and all are "
                        "taken. Change the rules first, or end another seat."
                    )
                    % {"limit": limit}
                }
            )


class Attendance(models.Model):
    """Whether a seat holder is present at a session, as the office records it."""

    session = models.ForeignKey(
        "committee.CommitteeSession", on_delete=models.CASCADE, related_name="attendances"
    )
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    present = models.BooleanField()
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Attendance")
        verbose_name_plural = _("Attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "membership"], name="one_attendance_per_seat"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.session_id}: {self.membership_id} {self.present}"


class MemberNote(models.Model):
    """A member's own reflection on a case, written before the joint assessment."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="member_notes")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="notes")
    text_encrypted = models.TextField(editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Member's note")
        verbose_name_plural = _("Members' notes")
        constraints = [
            models.UniqueConstraint(fields=["case", "membership"], name="one_note_per_member")
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.case_id}: {self.membership_id}"

    @property
    def text(self):
        return crypto.json_decrypt(self.text_encrypted)


class AssessmentConfirmation(models.Model):
    """A present member agrees to one version of the joint assessment. A later change of the
    text makes a new version, which needs everyone's confirmation again."""

    assessment = models.ForeignKey(
        "committee.Assessment", on_delete=models.CASCADE, related_name="confirmations"
    )
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    version = models.PositiveIntegerField()
    confirmed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Confirmation of the joint assessment")
        verbose_name_plural = _("Confirmations of the joint assessment")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "membership", "version"], name="one_confirmation_per_version"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.assessment_id} v{self.version}: {self.membership_id}"


class AuthorityNotice(models.Model):
    """The head of the foreigners' authority has informed the authority of the case."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, related_name="authority_notice"
    )
    informed_by = models.ForeignKey(
        Membership, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    informed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Authority informed")
        verbose_name_plural = _("Authority informed")
        default_permissions = ()

    def __str__(self):
        return f"{self.case_id}"
