from django import forms
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cases.models import ApplicantKind


class ApplicantKindsField(models.JSONField):
    """A list of applicant kinds, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=ApplicantKind.choices,
            # None ticked: the committee takes in no cases (yet), as where its rules for
            # individual cases are still to be written.
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )


# Each admissibility switch and the sentence that tells readers what it excludes. The court
# and asylum grounds cover a procedure under way when the case is brought or begun later
# (as the working rules that name them say), not one that ended before.
EXCLUSION_STATEMENTS = (
    (
        "exclude_other_authority",
        _("Cases for which another foreigners' authority is responsible."),
    ),
    (
        "exclude_court_procedure",
        _(
            "Cases in which a procedure before the administrative court on the same matter is "
            "pending at the time of the application to the committee, or is started afterwards."
        ),
    ),
    (
        "exclude_asylum_application",
        _(
            "Cases in which an asylum application is made at the time of the application to "
            "the committee or afterwards."
        ),
    ),
    (
        "exclude_petition_or_hardship_commission",
        _(
            "Cases that were already before the state parliament's petition committee or the "
            "state's hardship commission."
        ),
    ),
    (
        "repeat_requires_changed_facts",
        _(
            "Cases that were already submitted here, unless the facts have changed decisively "
            "since."
        ),
    ),
)


def default_applicant_kinds():
    return [ApplicantKind.PROFESSIONAL_ADVISOR.value]


@register_setting(icon="tasks")
class CommitteeRules(BaseSiteSetting):
    """The rules that differ between committees. The defaults are one committee's working
    rules (only advisors of advice centres apply, no deputies, every intake channel besides
    them closed), a starting point and not a place: each installation sets its own committee's
    values here, and ``seed_portal --profile`` writes a profile's values for a new one.

    The intake refuses cases by these switches (``cases.services.admissibility_reasons``) and
    the public rules page states them (the ``committee_rules`` body block): both read the
    same row, so what readers are told is what the intake enforces.
    """

    committee_name = models.CharField(
        max_length=255,
        default="Bleiberechte fördern",
        verbose_name=_("Name of the committee"),
        help_text=_(
            "Shown in every page's header and title, in e-mails and as the name of the "
            "entry in the authenticator app."
        ),
    )
    # Typed by the admin as it should appear on paper; nothing is made up when it is empty.
    letterhead = models.TextField(
        blank=True,
        verbose_name=_("Letterhead"),
        help_text=_(
            "The sender under the committee's name on letters, e.g. the office and its "
            "address, one line each. Leave empty to show the committee's name only."
        ),
    )
    reference_prefix = models.CharField(
        max_length=4,
        default="BF",
        validators=[
            RegexValidator(r"^[A-Z]{1,4}$", message=_("Use one to four capital letters A–Z."))
        ],
        verbose_name=_("Prefix of case references"),
        help_text=_("One to four capital letters, e.g. BF for BF-7KQ2-M9XD."),
    )
    applicant_kinds = ApplicantKindsField(
        default=default_applicant_kinds,
        verbose_name=_("Who may apply"),
        help_text=_("Applications by anyone else are refused before personal data is stored."),
    )
    exclude_other_authority = models.BooleanField(
        default=True,
        verbose_name=_("Exclude cases for which another foreigners' authority is responsible"),
    )
    exclude_court_procedure = models.BooleanField(
        default=True,
        verbose_name=_("Exclude cases with a pending administrative court procedure"),
    )
    exclude_asylum_application = models.BooleanField(
        default=True, verbose_name=_("Exclude cases with a pending asylum application")
    )
    exclude_petition_or_hardship_commission = models.BooleanField(
        default=False,
        verbose_name=_(
            "Exclude cases that were before the Landtag's petition committee or the state "
            "hardship commission"
        ),
    )
    # Some committees take up a case only once unless the facts changed; others set no limit.
    repeat_requires_changed_facts = models.BooleanField(
        default=False,
        verbose_name=_("A case already submitted may only come again if the facts changed"),
    )
    regular_sessions_per_year = models.PositiveSmallIntegerField(
        default=4,
        verbose_name=_("Regular sessions per year (at most)"),
        help_text=_("Sessions on occasion come on top of these."),
    )
    retention_months = models.PositiveSmallIntegerField(
        default=6,
        # At least a month: the advisor must be able to save the assessment before the case
        # goes, and a slip of the keyboard must not delete every closed case overnight.
        validators=[MinValueValidator(1)],
        verbose_name=_("Months a closed or withdrawn case is kept"),
    )
    draft_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1)],
        verbose_name=_("Days an unsubmitted draft is kept"),
        help_text=_("Counted from the last time it was saved; then it is deleted for good."),
    )
    # Ways a case reaches the committee besides an advice centre's advisor; all closed by
    # default.
    office_records_applications = models.BooleanField(
        default=False,
        verbose_name=_("The office records applications received on paper or in person"),
        help_text=_(
            "For applicants the committee admits besides advice centres: the office enters the "
            "application on their behalf, with the signed consent scanned."
        ),
    )
    public_applications = models.BooleanField(
        default=False,
        verbose_name=_("Affected persons may apply through a public form without an account"),
        help_text=_(
            "Only for the applicants the committee admits; the e-mail address is confirmed "
            "before anything is stored beyond an encrypted draft."
        ),
    )
    referrals = models.BooleanField(
        default=False,
        verbose_name=_("The office refers people who consent to support offers near them"),
        help_text=_(
            "With the person's signed consent and release from confidentiality; the chosen "
            "offer confirms that contact was made."
        ),
    )
    member_count = models.PositiveSmallIntegerField(default=4, verbose_name=_("Number of members"))
    deputy_count = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("Number of deputy members"),
        help_text=_(
            "None by default: a committee may have no deputies because of the special "
            "confidentiality of the cases."
        ),
    )

    panels = [
        FieldPanel("committee_name"),
        FieldPanel("letterhead"),
        FieldPanel("reference_prefix"),
        MultiFieldPanel(
            [
                FieldPanel("applicant_kinds"),
                FieldPanel("exclude_other_authority"),
                FieldPanel("exclude_court_procedure"),
                FieldPanel("exclude_asylum_application"),
                FieldPanel("exclude_petition_or_hardship_commission"),
                FieldPanel("repeat_requires_changed_facts"),
            ],
            heading=_("Admissibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("office_records_applications"),
                FieldPanel("public_applications"),
                FieldPanel("referrals"),
            ],
            heading=_("Intake channels"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("regular_sessions_per_year"),
                FieldPanel("retention_months"),
                FieldPanel("draft_days"),
                FieldPanel("confirm_shorter_retention"),
                FieldPanel("member_count"),
                FieldPanel("deputy_count"),
            ],
            heading=_("Sessions and retention"),
        ),
    ]

    class Meta:
        verbose_name = _("Committee rules")

    def letterhead_lines(self):
        return [line.strip() for line in self.letterhead.splitlines() if line.strip()]

    def applicant_kinds_without_centre(self):
        """The applicants admitted besides advice centres' advisors: those who apply through
        the office or the public form where these rules open them."""
        return [
            kind
            for kind in self.applicant_kinds or []
            if kind != ApplicantKind.PROFESSIONAL_ADVISOR and kind in ApplicantKind.values
        ]

    def applicant_kind_labels(self):
        allowed = set(self.applicant_kinds or [])
        return [label for value, label in ApplicantKind.choices if value in allowed]

    def exclusion_statements(self):
        """The cases the intake refuses under these rules, as the public rules page says it."""
        return [statement for _field, statement in self.exclusion_grounds()]

    def exclusion_grounds(self):
        """(switch, statement) for every exclusion these rules switch on."""
        return [
            (field, statement) for field, statement in EXCLUSION_STATEMENTS if getattr(self, field)
        ]
