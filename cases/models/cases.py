from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases.file_kinds import file_content_type, file_extension
from portal import crypto


class ApplicantKind(models.TextChoices):
    PROFESSIONAL_ADVISOR = (
        "professional_advisor",
        _("A professional advisor of an advice centre (case manager or refugee advisor)"),
    )
    AFFECTED_PERSON = "affected_person", _("The affected person themselves")
    REPRESENTATIVE = "representative", _("A representative of the affected person")
    INITIATIVE_GROUP = "initiative_group", _("An initiative group")


class CaseStatus(models.TextChoices):
    """Every state a case can be in. Which changes are allowed is the committee's workflow."""

    SUBMITTED = "submitted", _("Submitted, waiting for the committee office")
    ADMISSIBLE = "admissible", _("Admissibility confirmed")
    NOT_ADMISSIBLE = "not_admissible", _("Not admissible")
    SCHEDULED = "scheduled", _("Scheduled for a session")
    DISCUSSED = "discussed", _("Discussed in the session")
    ASSESSMENT_SENT = "assessment_sent", _("Assessment sent to the advisor")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class DeadlineReason(models.TextChoices):
    DEPORTATION_DATE = "deportation_date", _("A deportation is imminent")
    AUTHORITY_DECISION = "authority_decision", _("A decision of the foreigners' authority is due")
    COURT_DATE = "court_date", _("A court date")
    OTHER = "other", _("Other")


class HardshipGround(models.TextChoices):
    """The grounds for a particular hardship the Kurzantrag asks about; a piece of evidence
    is labelled with the one it supports."""

    LENGTH_OF_STAY = "length_of_stay", _("Length of stay")
    HEALTH = "health", _("Health")
    SCHOOL_TRAINING_WORK = "school_training_work", _("School, training or work")
    LANGUAGE = "language", _("Language skills")
    SELF_SUFFICIENCY = "self_sufficiency", _("Earning their own living")
    FAMILY = "family", _("Family ties")
    OTHER = "other", _("Other grounds")


class Case(models.Model):
    """A submitted Kurzantrag. Plain Django model on purpose: no page, snippet, search index.

    Everything about the affected person lives in ``payload`` (Fernet-encrypted JSON) and in
    the encrypted consent file under ``PRIVATE_STORAGE_ROOT``; the clear columns hold only
    what access control, workflow and retention need.
    """

    reference = models.CharField(max_length=16, unique=True, editable=False)
    # Empty for an application made without an advice centre: recorded by the office or
    # sent through the public form.
    advice_center = models.ForeignKey(
        "advice_centers.AdviceCenter",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("Advice centre"),
    )
    # Received on paper or in person and entered by the office (``submitted_by`` then names
    # the office's user, ``submitted_at`` the moment): it hears of the case's progress.
    recorded_by_office = models.BooleanField(
        default=False, editable=False, verbose_name=_("Recorded by the office")
    )
    # Clear like the deadline: one of a few fixed kinds says nothing about who the person is.
    applicant_kind = models.CharField(
        max_length=32,
        choices=ApplicantKind.choices,
        default=ApplicantKind.PROFESSIONAL_ADVISOR,
        editable=False,
        verbose_name=_("Who brought the case"),
    )
    # Keyed hash of the secret an applicant without an account checks the status with; the
    # secret itself is shown once and never stored.
    status_secret_hash = models.CharField(max_length=64, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="submitted_cases",
    )
    submitted_at = models.DateTimeField(auto_now_add=True, db_index=True)
    status = models.CharField(
        max_length=32,
        choices=CaseStatus.choices,
        default=CaseStatus.SUBMITTED,
        db_index=True,
        verbose_name=_("Status"),
    )
    status_changed_at = models.DateTimeField(auto_now_add=True)
    # One-time token of the form that created the case: a resent POST finds this case.
    submission_token = models.UUIDField(unique=True, editable=False)
    consent_version = models.CharField(max_length=32, verbose_name=_("Consent text version"))
    consent_confirmed_at = models.DateTimeField()
    payload = models.TextField(editable=False)
    # Clear, unlike the payload, so that the committee's list can sort and filter by them: a
    # date and one of a few fixed reasons say nothing about who the person is. The
    # authority's file number does, and stays in the payload.
    deadline = models.DateField(null=True, blank=True, db_index=True, verbose_name=_("Deadline"))
    deadline_reason = models.CharField(
        max_length=32,
        choices=DeadlineReason.choices,
        blank=True,
        verbose_name=_("Reason for the deadline"),
    )
    urgent = models.BooleanField(default=False, verbose_name=_("Urgent"))
    # Keyed hash of name and date of birth: finds an earlier case of the same person
    # without keeping either in clear.
    person_fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    consent_file_name = models.CharField(max_length=64, editable=False)
    consent_file_type = models.CharField(max_length=16, editable=False)
    consent_file_size = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("Case")
        verbose_name_plural = _("Cases")
        ordering = ["-submitted_at"]
        default_permissions = ()
        permissions = [
            ("submit_case", "Can submit cases for their own advice centre"),
            ("review_case", "Can see and review every case (committee)"),
        ]

    def __str__(self):
        return self.reference

    @property
    def data(self):
        return crypto.json_decrypt(self.payload)

    @property
    def consent_file_extension(self):
        return file_extension(self.consent_file_type)

    @property
    def consent_file_content_type(self):
        return file_content_type(self.consent_file_type)
