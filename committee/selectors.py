"""Read queries of the committee area and the public figures."""

from django.db.models import Count, F
from django.utils import timezone

from accounts.selectors import user_is_committee, user_is_office_group
from cases.models import AuditEntry, Case, CaseStatus
from cases.selectors import cases_matching
from committee.models import (
    AgendaItem,
    Assessment,
    AuthorityNotice,
    CommitteeSession,
    MemberNote,
    Membership,
)


def user_is_member(user):
    """Committee group and its permission: reads cases, writes notes, assesses."""
    return (
        user.is_authenticated
        and user.is_verified()
        and user_is_committee(user)
        and user.has_perm("cases.review_case")
    )


def user_is_office(user):
    """The committee's office: plans sessions, records attendance, releases assessments."""
    return (
        user.is_authenticated
        and user.is_verified()
        and user_is_office_group(user)
        and user.has_perm("committee.run_office")
    )


def user_in_committee_area(user):
    """Members and the office; to anyone else the committee area does not exist."""
    return user_is_member(user) or user_is_office(user)


def membership_of(user):
    """The committee seat ``user`` holds, if any (the office holds none)."""
    if not user_is_member(user):
        return None
    return Membership.objects.filter(user=user).select_related("deputy_for").first()


# Cases the committee has not yet assessed: the rules they were admitted under still apply.
BEFORE_ASSESSMENT = (
    CaseStatus.SUBMITTED,
    CaseStatus.ADMISSIBLE,
    CaseStatus.SCHEDULED,
    CaseStatus.DISCUSSED,
)


def case_references_admitted_as(*, applicant_kinds):
    """The references of the cases not yet assessed that ``applicant_kinds`` brought."""
    return list(
        Case.objects.filter(applicant_kind__in=applicant_kinds, status__in=BEFORE_ASSESSMENT)
        .order_by("reference")
        .values_list("reference", flat=True)
    )


def deputy_seat_only(user):
    """The deputy seat of a user who reads cases only as a deputy (not also as the office)."""
    membership = membership_of(user)
    if membership is None or membership.kind != Membership.Kind.DEPUTY or user_is_office(user):
        return None
    return membership


def cases_readable_by(cases, *, user):
    """The ``cases`` ``user`` may read: the office and members every one; a deputy only those
    on a session at which the office recorded them present in place of their absent member."""
    membership = deputy_seat_only(user)
    if membership is None:
        return cases
    return cases.filter(
        agenda_item__session__attendances__membership=membership,
        agenda_item__session__attendances__present=True,
    ).filter(
        agenda_item__session__attendances__membership_id=membership.deputy_for_id,
        agenda_item__session__attendances__present=False,
    )


def session_seats(*, session):
    """Every seat with its attendance at ``session`` and whether it acts there: a member
    marked present, or a deputy marked present whose member is marked absent."""
    presence = dict(session.attendances.values_list("membership_id", "present"))
    seats = []
    for membership in Membership.objects.select_related("user", "deputy_for__user"):
        present = presence.get(membership.pk)
        if membership.kind == Membership.Kind.MEMBER:
            acting = present is True
        else:
            acting = present is True and presence.get(membership.deputy_for_id) is False
        seats.append({"membership": membership, "present": present, "acting": acting})
    return seats


def membership_acts_on_case(*, membership, case):
    """A member acts on every case; a deputy only on a case whose session they attend in
    place of their absent member, as the office recorded it."""
    if membership.kind == Membership.Kind.MEMBER:
        return True
    agenda = case_agenda_item(case=case)
    return agenda is not None and membership.pk in memberships_acting(session=agenda.session)


def memberships_acting(*, session):
    return {seat["membership"].pk for seat in session_seats(session=session) if seat["acting"]}


def assessment_confirmation_state(*, assessment):
    """Who must confirm the current version of ``assessment``, who has, who has not."""
    acting = [
        seat["membership"] for seat in session_seats(session=assessment.session) if seat["acting"]
    ]
    confirmed = set(
        assessment.confirmations.filter(version=assessment.version).values_list(
            "membership_id", flat=True
        )
    )
    missing = [membership for membership in acting if membership.pk not in confirmed]
    return {
        "acting": acting,
        "confirmed": [membership for membership in acting if membership.pk in confirmed],
        "missing": missing,
        "complete": bool(acting) and not missing,
    }


def case_member_notes(*, case, membership):
    """The notes the viewer may read: their own always; the others' once they have written
    their own or the session's day has come, so that each member first reflects alone."""
    notes = list(MemberNote.objects.filter(case=case).select_related("membership__user"))
    own = next((note for note in notes if note.membership_id == membership.pk), None)
    agenda = case_agenda_item(case=case)
    open_to_all = agenda is not None and agenda.session.day_has_come
    others = [note for note in notes if note.membership_id != membership.pk]
    return {
        "own": own,
        "others": others if (own is not None or open_to_all) else None,
        "others_count": len(others),
    }


def case_authority_notice(*, case):
    return AuthorityNotice.objects.filter(case=case).select_related("informed_by__user").first()


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


def case_refusal(*, case):
    """The latest "not admissible" change: its rule (``ground_statement``) and ``reason``."""
    return case.changes.filter(to_status=CaseStatus.NOT_ADMISSIBLE).order_by("-changed_at").first()


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
    return CommitteeSession.objects.filter(
        starts_at__gte=_start_of_today(), cancelled_at__isnull=True
    ).order_by("starts_at")


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
        "position", "added_at", "id"
    )
