"""Forms only validate. Every field gets its error and help text tied to it for screen readers."""

import copy
import uuid

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from cases.models import ApplicantKind, DeadlineReason, HardshipGround
from cases.uploads import consent_file_check, evidence_file_check
from home.forms import captcha_field
from portal.forms import AccessibleFormMixin, DateInput

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


TEXT_MAX_LENGTH = 3000


def hardship_ground_field(label):
    """One ground for a particular hardship: optional free text (at least one is required)."""
    return forms.CharField(
        label=label,
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def yes_no_field(label, *, required=True, help_text=""):
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        required=required,
        help_text=help_text,
    )


# The Kurzantrag ----------------------------------------------------------------------------


class AdmissibilityForm(AccessibleFormMixin, forms.Form):
    """Questions without anything that identifies the person: answered before any personal
    data is entered, so a case that cannot be taken up leaves nothing behind."""

    applicant_kind = forms.ChoiceField(
        label=_("Who is bringing the case?"),
        choices=ApplicantKind.choices,
        widget=forms.RadioSelect,
    )
    other_authority = yes_no_field(
        _("Is another foreigners' authority responsible for the person?"),
        help_text=_("For example because the person lives in another municipality."),
    )
    court_procedure = yes_no_field(
        _("Is an administrative court procedure on the same matter pending?")
    )
    asylum_application = yes_no_field(_("Is an asylum application pending?"))
    petition_or_hardship_commission = yes_no_field(
        _(
            "Was the case already before the Landtag's petition committee or the state "
            "hardship commission?"
        )
    )
    submitted_before = yes_no_field(_("Was this person's case submitted here before?"))
    facts_changed = yes_no_field(
        _("If yes: has something decisive changed since then?"),
        required=False,
        help_text=_("Answer only if the case was submitted before."),
    )

    def __init__(self, *args, rules, office=False, **kwargs):
        super().__init__(*args, **kwargs)
        # Only questions whose answer can change the outcome under these rules, for a case
        # brought by an advisor of an advice centre, or recorded by the ``office`` for an
        # applicant who came without one.
        kinds = rules.applicant_kinds or []
        if office:
            kinds = rules.applicant_kinds_without_centre()
        allowed = [(value, label) for value, label in ApplicantKind.choices if value in kinds]
        self.applicant_kind = None
        if office:
            # The office says who applied, even when only one kind is admitted: it is what
            # the paper in front of it shows.
            self.fields["applicant_kind"].label = _("Who applied?")
            self.fields["applicant_kind"].choices = allowed
        elif ApplicantKind.PROFESSIONAL_ADVISOR in kinds or len(allowed) == 1:
            # Known without asking: the advisor, or the one kind the rules admit.
            self.applicant_kind = (
                ApplicantKind.PROFESSIONAL_ADVISOR.value
                if ApplicantKind.PROFESSIONAL_ADVISOR in kinds
                else allowed[0][0]
            )
            del self.fields["applicant_kind"]
        else:
            # Only answers the rules can admit: the advisor brings the case for one of them.
            self.fields["applicant_kind"].choices = allowed
        for question, switch in (
            ("other_authority", "exclude_other_authority"),
            ("court_procedure", "exclude_court_procedure"),
            ("asylum_application", "exclude_asylum_application"),
            ("petition_or_hardship_commission", "exclude_petition_or_hardship_commission"),
        ):
            if not getattr(rules, switch):
                del self.fields[question]
        if not rules.repeat_requires_changed_facts:
            del self.fields["submitted_before"]
            del self.fields["facts_changed"]

    def clean(self):
        data = super().clean()
        if self.applicant_kind is not None:
            data["applicant_kind"] = self.applicant_kind
        if data.get("submitted_before") and self.data.get(self.add_prefix("facts_changed")) in (
            None,
            "",
        ):
            self.add_error("facts_changed", _("Please say whether something decisive changed."))
        return data


RESIDENCE_STATUSES = [
    ("duldung", _("Duldung (tolerated stay)")),
    ("duldung_training_employment", _("Duldung for training or employment")),
    ("duldung_unclear_identity", _("Duldung for persons with unclear identity")),
    (
        "border_crossing_certificate",
        _("Border crossing certificate (Grenzübertrittsbescheinigung)"),
    ),
    ("residence_permit", _("Residence permit about to end")),
    ("other", _("Other")),
]

GROUNDS = HardshipGround.choices


def not_in_future(value):
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("This date lies in the future."))


def not_in_past(value):
    if value and value < timezone.localdate():
        raise forms.ValidationError(
            _("This date has passed. Please give a deadline from today on, or leave it empty.")
        )


# Fields of the Kurzantrag that are stored in clear columns of the case, not in its payload.
DEADLINE_FIELDS = ("deadline", "deadline_reason", "urgent")


class ApplicationForm(AccessibleFormMixin, forms.Form):
    # The affected person
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    date_of_birth = forms.DateField(
        label=_("Date of birth"), widget=DateInput(), validators=[not_in_future]
    )
    nationality = forms.CharField(label=_("Nationality"), max_length=100)
    district = forms.CharField(
        label=_("District of residence in the municipality"),
        max_length=100,
        help_text=_("Only the district, not the street address."),
    )
    date_of_entry = forms.DateField(
        label=_("Date of entry into Germany"),
        widget=DateInput(),
        validators=[not_in_future],
        required=False,
    )
    residence_status = forms.ChoiceField(
        label=_("Current residence status"), choices=[("", _("Choose"))] + RESIDENCE_STATUSES
    )
    residence_status_since = forms.DateField(
        label=_("Residence status since"),
        widget=DateInput(),
        validators=[not_in_future],
        required=False,
    )
    # Dates and deadlines
    authority_file_number = forms.CharField(
        label=_("File number at the foreigners' authority"),
        max_length=100,
        required=False,
        help_text=_("The authority's reference (Aktenzeichen), if known."),
    )
    deadline = forms.DateField(
        label=_("Deadline"),
        widget=DateInput(),
        validators=[not_in_past],
        required=False,
        help_text=_("A date by which the committee must have dealt with the case, if any."),
    )
    deadline_reason = forms.ChoiceField(
        label=_("Reason for the deadline"),
        choices=[("", _("Choose")), *DeadlineReason.choices],
        required=False,
    )
    urgent = forms.BooleanField(
        label=_("The case is urgent"),
        required=False,
        help_text=_("For example because a deportation is imminent."),
    )
    # Grounds for a particular hardship
    ground_length_of_stay = hardship_ground_field(_("Length of stay"))
    ground_health = hardship_ground_field(_("Health"))
    ground_school_training_work = hardship_ground_field(_("School, training or work"))
    ground_language = hardship_ground_field(_("Language skills"))
    ground_self_sufficiency = hardship_ground_field(_("Earning their own living"))
    ground_family = hardship_ground_field(_("Family ties"))
    ground_other = hardship_ground_field(_("Other grounds"))
    summary = forms.CharField(
        label=_("Short summary"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Why would leaving Germany be a particular hardship for this person?"),
    )
    changes_since_last = forms.CharField(
        label=_("What has changed decisively since the earlier submission?"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # The advisor's contact
    contact_name = forms.CharField(label=_("Advisor's name"), max_length=200)
    contact_email = forms.EmailField(label=_("Advisor's e-mail address"))
    contact_phone = forms.CharField(label=_("Advisor's phone number"), max_length=50)
    # Consent
    consent_confirmed = forms.BooleanField(
        label=_(
            "The affected person has read and signed the consent declaration in the version "
            "shown above."
        )
    )
    consent_file = forms.FileField(
        label=_("Signed consent declaration"),
        help_text=_("PDF, or a photo as JPEG or PNG; at most 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    submission_token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, repeat_declared=False, only=None, consent_file_kept=False, **kwargs):
        """``only``: the names of the fields of one step (all fields when None).
        ``consent_file_kept``: the draft already holds the signed declaration."""
        super().__init__(*args, **kwargs)
        self.repeat_declared = repeat_declared
        if repeat_declared:
            self.fields["changes_since_last"].required = True
        if consent_file_kept:
            self.fields["consent_file"].required = False
        if only is not None:
            for name in list(self.fields):
                if name not in only:
                    del self.fields[name]
        self.initial.setdefault("submission_token", uuid.uuid4())
        self.describe_fields()

    def clean_consent_file(self):
        uploaded = self.cleaned_data["consent_file"]
        if not uploaded:
            return None
        return consent_file_check(uploaded)

    def clean(self):
        data = super().clean()
        if data.get("deadline") and not data.get("deadline_reason"):
            self.add_error("deadline_reason", _("Please choose why this date matters."))
        # A date refused above has its own message already.
        if data.get("deadline_reason") and "deadline" in data and not data["deadline"]:
            self.add_error("deadline", _("Please give the date of the deadline."))
        grounds_asked = all(f"ground_{key}" in self.fields for key, _label in GROUNDS)
        if grounds_asked and not any(data.get(f"ground_{key}") for key, _label in GROUNDS):
            raise forms.ValidationError(
                _("Please explain at least one ground for a particular hardship.")
            )
        return data

    def grounds(self):
        return [self[f"ground_{key}"] for key, _label in GROUNDS if f"ground_{key}" in self.fields]


class OfficeApplicationForm(ApplicationForm):
    """The same Kurzantrag, entered by the office from a written application or one taken
    down in person: the contact is the applicant's, who may have given no e-mail address or
    phone number, and the scanned signed declaration always comes with it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label, required in OFFICE_CONTACT_FIELDS:
            if name in self.fields:
                self.fields[name].label = label
                self.fields[name].required = required
        if "contact_name" in self.fields:
            self.fields["contact_name"].help_text = _(
                "The affected person, their representative or the initiative group, as the "
                "application gives it."
            )
        if "consent_file" in self.fields:
            self.fields["consent_file"].error_messages["required"] = _(
                "Please attach the signed consent declaration."
            )
        self.describe_fields()


OFFICE_CONTACT_FIELDS = (
    ("contact_name", _("Applicant's name"), True),
    ("contact_email", _("Applicant's e-mail address"), False),
    ("contact_phone", _("Applicant's phone number"), False),
)


# The steps of the Kurzantrag after the admissibility questions: (slug, title, fields). The
# household rows belong to "residence", the evidence and the final check have no fields of
# the application itself.
STEPS = (
    ("person", _("The person"), ("full_name", "date_of_birth", "nationality", "date_of_entry")),
    (
        "residence",
        _("Residence and household"),
        ("district", "residence_status", "residence_status_since"),
    ),
    (
        "dates",
        _("Dates and deadlines"),
        ("authority_file_number", "deadline", "deadline_reason", "urgent"),
    ),
    (
        "grounds",
        _("Grounds for a particular hardship"),
        (*(f"ground_{key}" for key, _label in GROUNDS), "summary", "changes_since_last"),
    ),
    ("evidence", _("Evidence"), ()),
    (
        "consent",
        _("Consent and contact"),
        ("contact_name", "contact_email", "contact_phone", "consent_confirmed", "consent_file"),
    ),
    ("review", _("Review and submit"), ()),
)
STEP_SLUGS = tuple(slug for slug, _title, _fields in STEPS)
STEP_FIELDS = {slug: fields for slug, _title, fields in STEPS}
# What a draft keeps as typed: every field but the file and the token.
TYPED_FIELDS = tuple(
    name for _slug, _title, fields in STEPS for name in fields if name != "consent_file"
)
HOUSEHOLD_FIELDS = ("relation", "date_of_birth", "status")


HOUSEHOLD_RELATIONS = [
    ("", _("Choose")),
    ("spouse", _("Spouse or partner")),
    ("child", _("Child")),
    ("parent", _("Parent")),
    ("sibling", _("Brother or sister")),
    ("other", _("Other relative")),
]


class HouseholdMemberForm(AccessibleFormMixin, forms.Form):
    relation = forms.ChoiceField(label=_("Relation"), choices=HOUSEHOLD_RELATIONS)
    date_of_birth = forms.DateField(
        label=_("Date of birth"), widget=DateInput(), validators=[not_in_future]
    )
    status = forms.CharField(label=_("Residence status"), max_length=100)

    def is_minor(self):
        born = self.cleaned_data.get("date_of_birth")
        if not born:
            return False
        today = timezone.localdate()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return age < 18


HOUSEHOLD_ROWS = 2
HOUSEHOLD_MAX_ROWS = 20


class HouseholdFormSet(forms.BaseFormSet):
    # Django's own texts speak of "forms" and of filing a bug report.
    default_error_messages = {
        "missing_management_form": _(
            "The household members could not be read. Please enter them again."
        ),
        "too_many_forms": ngettext_lazy(
            "Please enter at most %(num)d household member.",
            "Please enter at most %(num)d household members.",
            "num",
        ),
    }

    def members(self):
        """The filled-in rows of a valid formset, each marked whether the member is a minor."""
        return [
            {**row.cleaned_data, "minor": row.is_minor()}
            for row in self.forms
            if row.has_changed() and row.cleaned_data
        ]


def household_formset(*, rows=HOUSEHOLD_ROWS):
    return forms.formset_factory(
        HouseholdMemberForm,
        formset=HouseholdFormSet,
        extra=min(rows, HOUSEHOLD_MAX_ROWS),
        max_num=HOUSEHOLD_MAX_ROWS,
        # A forged row count must not make the server build a million empty rows.
        absolute_max=HOUSEHOLD_MAX_ROWS,
        validate_max=True,
    )


class CaseSearchForm(AccessibleFormMixin, forms.Form):
    """Sent by POST, never GET: a name typed here must not end up in an address, a browser
    history or a server log."""

    q = forms.CharField(
        label=_("Name or reference"),
        max_length=200,
        help_text=_(
            "A whole first name or surname (upper or lower case, with or without accents), "
            "or the reference or its beginning."
        ),
        # Sent empty, the search shows every case again.
        required=False,
    )


# After the submission ------------------------------------------------------------------------

EVIDENCE_DESCRIPTION_MAX_LENGTH = 300


def _evidence_help_text():
    # The limit is read when the page is drawn: it is a setting.
    return gettext(
        "PDF, or a photo as JPEG or PNG; at most %(megabytes)s MB. A file that is "
        "refused has to be chosen again; what you typed below stays."
    ) % {"megabytes": settings.EVIDENCE_FILE_MAX_BYTES // (1024 * 1024)}


class SentOnceForm(AccessibleFormMixin, forms.Form):
    """A form whose resent POST (back and send again, a double click) must not store twice:
    the view remembers the token of what it stored."""

    submission_token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("submission_token", uuid.uuid4())
        self.describe_fields()


class EvidenceForm(SentOnceForm):
    """A supporting document of a draft or of a submitted case, with the ground it supports."""

    document = forms.FileField(
        label=_("Document"),
        help_text=lazy(_evidence_help_text, str)(),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    criterion = forms.ChoiceField(
        label=_("Which ground does it support?"),
        choices=[("", _("Choose")), *HardshipGround.choices],
    )
    description = forms.CharField(
        label=_("Short description (optional)"),
        required=False,
        max_length=EVIDENCE_DESCRIPTION_MAX_LENGTH,
        help_text=_("For example: medical certificate of March 2026."),
    )

    def clean_document(self):
        return evidence_file_check(self.cleaned_data["document"])


class AddendumForm(SentOnceForm):
    """A correction or addition; the application itself stays as it was submitted."""

    text = forms.CharField(
        label=_("Correction or addition"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "The committee sees it beside the application as submitted, which stays "
            "unchanged. It cannot be edited or taken back once sent."
        ),
    )


# The public application form --------------------------------------------------------------


class PublicAdmissibilityForm(AdmissibilityForm):
    """The advisors' questions, for someone who applies without an advice centre: who
    applies is asked among the kinds the rules admit besides the advisor."""

    def __init__(self, *args, rules, **kwargs):
        public_rules = copy.copy(rules)
        public_rules.applicant_kinds = rules.applicant_kinds_without_centre()
        super().__init__(*args, rules=public_rules, **kwargs)


class PublicEmailForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_(
            "We send you a link to continue. We use the address only for this application."
        ),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a complete e-mail address, for example name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # The admitted answers, signed by the server: nothing personal, and not to be changed.
    answers = forms.CharField(widget=forms.HiddenInput)

    captcha = captcha_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One visible input: a plain label tied to it serves better than a fieldset.
        self.fields["captcha"].widget.use_fieldset = False
        self.describe_fields()


# The applicant's own fields: the advisor's contact is not asked, the address is known.
PUBLIC_APPLICATION_FIELDS = tuple(
    name for name in TYPED_FIELDS if name not in ("contact_name", "contact_email", "contact_phone")
)
PUBLIC_SECTIONS = tuple(
    (slug, title, tuple(name for name in fields if name in PUBLIC_APPLICATION_FIELDS))
    for slug, title, fields in STEPS
    if slug not in ("evidence", "review")
)


class PublicStatusForm(AccessibleFormMixin, forms.Form):
    """Sent by POST: the secret must not end up in an address or a server log."""

    reference = forms.CharField(
        label=_("Reference"),
        max_length=16,
        help_text=_("For example BF-7KQ2-M9XD."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )
    secret = forms.CharField(
        label=_("Secret"),
        max_length=32,
        help_text=_("The secret you received when you submitted the application."),
        widget=forms.PasswordInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()
