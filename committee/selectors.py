"""Read queries of the committee area and the public figures."""

from datetime import date

from django import forms
from django.db.models import Count, F
from django.utils import timezone
from django.utils.formats import date_format

from accounts.selectors import user_is_committee
from cases.forms import HOUSEHOLD_RELATIONS, RESIDENCE_STATUSES, ApplicationForm
from cases.models import AuditEntry, Case, CaseStatus
from cases.selectors import cases_matching
from committee.models import AgendaItem, Assessment, CommitteeSession


def user_is_member(user):
    """Committee group and its permission; anyone else gets a 404 in the committee area."""
    return (
        user.is_authenticated
        and user.is_verified()
        and user_is_committee(user)
        and user.has_perm("cases.review_case")
    )


# The orders of the case list besides the newest first (CaseFilterForm.sort). Cases without
# a deadline come after those with one.
CASE_ORDERS = {
    "deadline": (F("deadline").asc(nulls_last=True), "-urgent", "-submitted_at"),
    "urgent": ("-urgent", F("deadline").asc(nulls_last=True), "-submitted_at"),
}


def cases_filtered(
    *,
    status=None,
    session=None,
    submitted_from=None,
    submitted_to=None,
    urgent=False,
    query="",
    sort="",
):
    """``query``: a name (through the blind index) or the beginning of a reference."""
    cases = Case.objects.select_related("advice_center", "agenda_item__session").order_by(
        *CASE_ORDERS.get(sort, ("-submitted_at",))
    )
    if urgent:
        cases = cases.filter(urgent=True)
    if query:
        cases = cases_matching(cases, query)
    if status:
        cases = cases.filter(status=status)
    if session is not None:
        cases = cases.filter(agenda_item__session=session)
    if submitted_from is not None:
        cases = cases.filter(submitted_at__date__gte=submitted_from)
    if submitted_to is not None:
        cases = cases.filter(submitted_at__date__lte=submitted_to)
    return cases


def case_status_history(*, case):
    return case.changes.all()


def case_audit_trail(*, case):
    return AuditEntry.objects.filter(case_reference=case.reference)


def cases_of_same_person(*, case):
    """Every other case with the same name and date of birth, from any advice centre."""
    return (
        Case.objects.filter(person_fingerprint=case.person_fingerprint)
        .exclude(pk=case.pk)
        .select_related("advice_center")
        .order_by("submitted_at")
    )


def case_refusal_reason(*, case):
    change = (
        case.changes.filter(to_status=CaseStatus.NOT_ADMISSIBLE).order_by("-changed_at").first()
    )
    return change.reason if change else ""


def case_agenda_item(*, case):
    return AgendaItem.objects.filter(case=case).select_related("session").first()


def case_assessment(*, case):
    return Assessment.objects.filter(case=case).first()


def case_assessment_released(*, case):
    return Assessment.objects.filter(case=case, released_at__isnull=False).first()


def _start_of_today():
    return timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)


def sessions_upcoming():
    """Sessions a case can still be put on: from today on, a session held today included."""
    return CommitteeSession.objects.filter(starts_at__gte=_start_of_today()).order_by("starts_at")


def sessions_next_first():
    """Sessions from today on, the next one first; then the past ones, the latest first."""
    today = _start_of_today()
    sessions = CommitteeSession.objects.annotate(agenda_size=Count("agenda_items"))
    return [
        *sessions.filter(starts_at__gte=today).order_by("starts_at"),
        *sessions.filter(starts_at__lt=today).order_by("-starts_at"),
    ]


def session_agenda(*, session):
    return session.agenda_items.select_related("case", "case__advice_center").order_by(
        "added_at", "id"
    )


def _date_shown(value):
    """An ISO date from the encrypted payload as the reader's language writes it."""
    try:
        return date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
    except (TypeError, ValueError):
        return value


def application_rows(*, application):
    """The decrypted application as (label, value) pairs in the form's order."""
    choices = {"residence_status": dict(RESIDENCE_STATUSES)}
    rows = []
    for name, field in ApplicationForm.base_fields.items():
        if name not in application or application[name] in (None, ""):
            continue
        value = application[name]
        if isinstance(field, forms.DateField):
            value = _date_shown(value)
        value = choices.get(name, {}).get(value, value)
        rows.append({"name": name, "label": field.label, "value": value})
    return rows


def household_rows(*, household):
    relations = dict(HOUSEHOLD_RELATIONS)
    return [
        {
            "relation": relations.get(row.get("relation"), row.get("relation", "")),
            "date_of_birth": _date_shown(row.get("date_of_birth", "")),
            "status": row.get("status", ""),
            "minor": row.get("minor", False),
        }
        for row in household
    ]
