from datetime import datetime, timedelta

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from cases.models import CaseStatus
from committee.models import CommitteeRules, CommitteeSession, Recommendation
from committee.selectors import case_references_admitted_as
from committee.services import ROLE_COMMITTEE, cases_expired, transitions_from
from portal.forms import AccessibleFormMixin, DateInput

SESSION_DATE_RANGE = timedelta(days=10 * 365)
# Status changes that need more than a click have their own forms.
SIMPLE_TARGETS = {CaseStatus.ADMISSIBLE, CaseStatus.NOT_ADMISSIBLE, CaseStatus.CLOSED}
# What each choice does, in words: the status name alone does not say it.
ACTION_LABELS = {
    CaseStatus.ADMISSIBLE: _("Admissible: the case can be put on a session's agenda"),
    CaseStatus.NOT_ADMISSIBLE: _(
        "Not admissible: the case is refused for the reason given below, which the advice "
        "centre reads"
    ),
    CaseStatus.CLOSED: _(
        "Close: the work on the case is finished; it is deleted when the retention period ends"
    ),
}
OFF_THE_AGENDA = _("Take off the agenda: the case stays admissible for a later session")


class CaseFilterForm(AccessibleFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *CaseStatus.choices]
    )
    session = forms.ModelChoiceField(
        label=_("Session"),
        required=False,
        queryset=CommitteeSession.objects.all(),
        empty_label=_("Any session"),
    )
    submitted_from = forms.DateField(
        label=_("Submitted on or after"),
        required=False,
        widget=DateInput(),
    )
    submitted_to = forms.DateField(
        label=_("Submitted on or before"),
        required=False,
        widget=DateInput(),
    )
    urgent = forms.BooleanField(label=_("Only urgent cases"), required=False)
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[
            ("", _("Newest submission first")),
            ("deadline", _("Earliest deadline first")),
            ("urgent", _("Urgent cases first, then by deadline")),
        ],
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("submitted_from"), data.get("submitted_to")
        if start and end and start > end:
            self.add_error("submitted_to", _("This date must not be before the first one."))
        return data


OTHER_GROUND = "other"


class StatusChangeForm(AccessibleFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("New status"), widget=forms.RadioSelect)
    ground = forms.ChoiceField(
        label=_("If not admissible: the rule the case falls under"),
        required=False,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason in your own words"),
        help_text=_("Needed for another reason; the advice centre reads it."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, case, rules, **kwargs):
        super().__init__(*args, **kwargs)
        # The exclusions the committee's rules switch on today, e.g. an asylum application
        # made after the submission; anything else is put in words.
        self.fields["ground"].choices = [
            *rules.exclusion_grounds(),
            (OTHER_GROUND, _("Another reason, given below")),
        ]
        targets = [
            status
            for status in transitions_from(role=ROLE_COMMITTEE, status=case.status)
            if status in SIMPLE_TARGETS
        ]
        self.fields["status"].choices = [
            (status.value, _action_label(old=case.status, new=status)) for status in targets
        ]
        if CaseStatus.NOT_ADMISSIBLE not in targets:
            del self.fields["reason"]
            del self.fields["ground"]

    def clean(self):
        data = super().clean()
        if data.get("status") != CaseStatus.NOT_ADMISSIBLE:
            return data
        ground = data.get("ground")
        if not ground:
            self.add_error("ground", _("Choose the rule the case falls under, or another reason."))
        elif ground == OTHER_GROUND and not data.get("reason", "").strip():
            self.add_error("reason", _("Please give the reason why the case is not admissible."))
        return data

    def rule_ground(self):
        """The chosen rule's switch, or "" for another reason."""
        ground = self.cleaned_data.get("ground", "")
        return "" if ground == OTHER_GROUND else ground


def _action_label(*, old, new):
    if old == CaseStatus.SCHEDULED and new == CaseStatus.ADMISSIBLE:
        return OFF_THE_AGENDA
    return ACTION_LABELS[new]


class ScheduleForm(AccessibleFormMixin, forms.Form):
    session = forms.ModelChoiceField(
        label=_("Session"), queryset=CommitteeSession.objects.none(), empty_label=None
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions


class AssessmentForm(AccessibleFormMixin, forms.Form):
    recommendation = forms.ChoiceField(
        label=_("Recommendation"), choices=Recommendation.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Joint assessment"),
        help_text=_("The committee's reasons, addressed to the advisor and the affected person."),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    next_steps = forms.CharField(
        label=_("Agreed next steps"),
        help_text=_("What the committee agreed should happen next, e.g. who sends which paper."),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class MemberNoteForm(AccessibleFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Your own note on the case"),
        help_text=_(
            "Your independent reflection before the joint assessment. The other members see "
            "it once they have written their own, or from the day of the session."
        ),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class ConfirmForm(AccessibleFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class AgendaNoteForm(AccessibleFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Office's note for the protocol"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class SessionCancelForm(AccessibleFormMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "Yes, cancel this session. Its cases go back to the list of admissible cases and "
            "the invited members are told."
        )
    )


PRESENT, ABSENT = "present", "absent"


class AttendanceForm(AccessibleFormMixin, forms.Form):
    """One choice per seat: present or absent."""

    def __init__(self, *args, seats, **kwargs):
        super().__init__(*args, **kwargs)
        self.seats = seats
        for seat in seats:
            membership = seat["membership"]
            present = seat["present"]
            self.fields[f"seat_{membership.pk}"] = forms.ChoiceField(
                label=str(membership),
                choices=[(PRESENT, _("present")), (ABSENT, _("absent"))],
                widget=forms.RadioSelect,
                initial=None if present is None else (PRESENT if present else ABSENT),
                help_text=(
                    _("Deputy for %(member)s") % {"member": membership.deputy_for}
                    if membership.deputy_for_id
                    else ""
                ),
            )

    def presence(self):
        return {
            seat["membership"]: self.cleaned_data[f"seat_{seat['membership'].pk}"] == PRESENT
            for seat in self.seats
        }


class SessionForm(AccessibleFormMixin, forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput())
    time = forms.TimeField(label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Place"), max_length=255)
    kind = forms.ChoiceField(
        label=_("Kind of session"),
        choices=CommitteeSession.Kind.choices,
        initial=CommitteeSession.Kind.REGULAR,
        widget=forms.RadioSelect,
        help_text=_(
            "Regular sessions are limited per year by the committee rules; sessions on "
            "occasion come on top."
        ),
    )

    def clean_date(self):
        # Far-off years would overflow when the time is converted to UTC or an end time is
        # added for the calendar file; no committee plans or records a session that far off.
        day = self.cleaned_data["date"]
        today = timezone.localdate()
        first, last = today - SESSION_DATE_RANGE, today + SESSION_DATE_RANGE
        if not first <= day <= last:
            raise forms.ValidationError(
                _("Please enter a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={
                    "first": date_format(first, "SHORT_DATE_FORMAT"),
                    "last": date_format(last, "SHORT_DATE_FORMAT"),
                },
            )
        return day

    def starts_at(self):
        data = self.cleaned_data
        return timezone.make_aware(datetime.combine(data["date"], data["time"]))


class WithdrawForm(AccessibleFormMixin, forms.Form):
    WITHDRAW = "withdraw"
    CONSENT_WITHDRAWN = "consent_withdrawn"

    kind = forms.ChoiceField(
        label=_("What happened?"),
        widget=forms.RadioSelect,
        choices=[
            (
                WITHDRAW,
                _("The application is withdrawn. The case is kept until its deletion date."),
            ),
            (
                CONSENT_WITHDRAWN,
                _("The person withdrew their consent. Everything is deleted at once."),
            ),
        ],
    )
    confirm = forms.BooleanField(
        label=_("Yes, I want to withdraw this case. This cannot be undone."), required=True
    )


class CommitteeRulesForm(WagtailAdminModelForm):
    """A shorter retention period deletes cases at the next nightly run: say how many, and
    save only once the editor has confirmed it. Who may apply cannot lose a kind of applicant
    while cases it brought are still before the committee."""

    confirm_shorter_retention = forms.BooleanField(
        required=False,
        label=_("Yes, shorten the retention period"),
        help_text=_("Needed only when the retention period becomes shorter."),
    )

    def clean(self):
        data = super().clean()
        new = data.get("retention_months")
        # The instance is updated only after clean(): it still holds the saved value.
        old = self.instance.retention_months if self.instance.pk else None
        if new and old and new < old and not data.get("confirm_shorter_retention"):
            count = cases_expired(rules=CommitteeRules(retention_months=new)).count()
            self.add_error(
                "confirm_shorter_retention",
                ngettext(
                    "With %(months)s months, the next nightly run deletes %(count)s closed or "
                    "withdrawn case. Confirm to save.",
                    "With %(months)s months, the next nightly run deletes %(count)s closed or "
                    "withdrawn cases. Confirm to save.",
                    count,
                )
                % {"months": new, "count": count},
            )
        self._applicant_kinds_check(data)
        return data

    def _applicant_kinds_check(self, data):
        if not self.instance.pk or "applicant_kinds" not in data:
            return
        removed = set(self.instance.applicant_kinds or []) - set(data["applicant_kinds"] or [])
        references = case_references_admitted_as(applicant_kinds=removed) if removed else []
        if references:
            self.add_error(
                "applicant_kinds",
                ngettext(
                    "%(count)s case not yet assessed by the committee was brought by an "
                    "applicant you are removing: %(references)s. Keep who may apply until it "
                    "is assessed or closed.",
                    "%(count)s cases not yet assessed by the committee were brought by "
                    "applicants you are removing: %(references)s. Keep who may apply until "
                    "they are assessed or closed.",
                    len(references),
                )
                % {"count": len(references), "references": ", ".join(references)},
            )
