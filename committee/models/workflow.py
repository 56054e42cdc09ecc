from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases.models import CaseStatus
from committee.models.rules import EXCLUSION_STATEMENTS
from portal import crypto


class CommitteeSession(models.Model):
    """A non-public meeting of the committee. Its agenda are the cases scheduled for it."""

    class Kind(models.TextChoices):
        REGULAR = "regular", _("Regular session")
        OCCASION = "occasion", _("Session on occasion")

    starts_at = models.DateTimeField(verbose_name=_("Date and time"))
    place = models.CharField(max_length=255, verbose_name=_("Place"))
    kind = models.CharField(
        max_length=16, choices=Kind.choices, default=Kind.REGULAR, verbose_name=_("Kind")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    invitation_sent_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Session")
        verbose_name_plural = _("Sessions")
        ordering = ["-starts_at"]
        default_permissions = ()
        permissions = [
            ("run_office", "Can plan sessions, keep the protocol and release assessments"),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return f"{local:%d.%m.%Y %H:%M} – {self.place}"

    @property
    def day_has_come(self):
        """From the session's day on its cases can be discussed and assessed: the office
        records a session held this morning the same afternoon."""
        return timezone.localdate(self.starts_at) <= timezone.localdate()

    @property
    def day_has_passed(self):
        """Until the end of its day a case can still be put on the session's agenda."""
        return timezone.localdate(self.starts_at) < timezone.localdate()


class AgendaItem(models.Model):
    """A case on a session's agenda. A case sits on one agenda at a time."""

    session = models.ForeignKey(
        CommitteeSession, on_delete=models.PROTECT, related_name="agenda_items"
    )
    case = models.OneToOneField("cases.Case", on_delete=models.CASCADE, related_name="agenda_item")
    added_at = models.DateTimeField(auto_now_add=True)
    # The office's order of the agenda; new cases go to the end.
    position = models.PositiveIntegerField(default=0)
    # The office's notes on the case for the protocol; may speak about the person.
    office_note_encrypted = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("Agenda item")
        verbose_name_plural = _("Agenda items")
        ordering = ["position", "added_at", "id"]
        default_permissions = ()

    def __str__(self):
        return f"{self.session} · {self.case.reference}"

    @property
    def office_note(self):
        return (
            crypto.json_decrypt(self.office_note_encrypted) if self.office_note_encrypted else ""
        )


class StatusChange(models.Model):
    """One step of a case's workflow, with the member (or advisor) who took it.

    A reason (for "not admissible") may speak about the person, so it is encrypted."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=32, choices=CaseStatus.choices)
    to_status = models.CharField(max_length=32, choices=CaseStatus.choices)
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_by_username = models.CharField(max_length=150, blank=True)
    reason_encrypted = models.TextField(blank=True, editable=False)
    # For "not admissible": the rule's switch (``EXCLUSION_STATEMENTS``) the case falls under,
    # so the advisor reads the rule in their language; empty for another reason.
    ground = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("Status change")
        verbose_name_plural = _("Status changes")
        ordering = ["changed_at", "id"]
        default_permissions = ()

    def __str__(self):
        return f"{self.case_id}: {self.from_status} -> {self.to_status}"

    @property
    def reason(self):
        return crypto.json_decrypt(self.reason_encrypted) if self.reason_encrypted else ""

    @property
    def ground_statement(self):
        return dict(EXCLUSION_STATEMENTS).get(self.ground, "")


class Recommendation(models.TextChoices):
    PERSPECTIVE_SEEN = (
        "perspective_seen",
        _("A residence perspective is seen: the committee recommends a residence permit"),
    )
    HARDSHIP_COMMISSION = (
        "hardship_commission",
        _("The committee recommends referring the case to the state hardship commission"),
    )
    NO_PERSPECTIVE = "no_perspective", _("No residence perspective is seen")
    MORE_INFORMATION = "more_information", _("Further information is needed")


class Assessment(models.Model):
    """The committee's joint assessment of one case. ``version`` guards against two members
    overwriting each other: a save names the version it started from and fails if it moved."""

    case = models.OneToOneField("cases.Case", on_delete=models.CASCADE, related_name="assessment")
    session = models.ForeignKey(
        CommitteeSession, on_delete=models.PROTECT, related_name="assessments"
    )
    recommendation = models.CharField(
        max_length=32, choices=Recommendation.choices, verbose_name=_("Recommendation")
    )
    text_encrypted = models.TextField(editable=False)
    next_steps_encrypted = models.TextField(blank=True, editable=False)
    version = models.PositiveIntegerField(default=1)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Assessment")
        verbose_name_plural = _("Assessments")
        default_permissions = ()

    def __str__(self):
        return f"{self.case_id} v{self.version}"

    @property
    def text(self):
        return crypto.json_decrypt(self.text_encrypted)

    @property
    def next_steps(self):
        return crypto.json_decrypt(self.next_steps_encrypted) if self.next_steps_encrypted else ""

    @property
    def is_released(self):
        return self.released_at is not None


class Milestone(models.Model):
    """An anonymous count for the transparency page: a kind and a year, nothing else.

    No link to the case, so the figures survive the case's deletion and reveal no one."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        ADMISSIBLE = "admissible", _("Found admissible")
        DISCUSSED = "discussed", _("Discussed")
        RECOMMENDATION = "recommendation", _("Recommendation given")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(db_index=True)
    recommendation = models.CharField(max_length=32, choices=Recommendation.choices, blank=True)

    class Meta:
        verbose_name = _("Statistical milestone")
        verbose_name_plural = _("Statistical milestones")
        default_permissions = ()

    def __str__(self):
        return f"{self.year} {self.kind} {self.recommendation}"


class DeletionWarning(models.Model):
    """The advisor has been told by e-mail when the case will be deleted, so they can save the
    assessment first. One row per case: the nightly run sends the warning once. It goes with
    the case."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, related_name="deletion_warning"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("Deletion warning")
        verbose_name_plural = _("Deletion warnings")
        default_permissions = ()

    def __str__(self):
        return f"{self.case_id} {self.sent_at:%Y-%m-%d}"
