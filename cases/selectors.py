"""Which cases someone may see. Reads only: refusals are audited by ``cases.services``."""

import calendar

from cryptography.fernet import InvalidToken
from django.db.models import Q
from django.utils import timezone

from accounts.selectors import advisor_profile_approved, user_is_committee, user_is_office_group
from advice_centers.selectors import center_canonical
from cases.models import AuditEntry, Case, CaseDraft, CaseNameToken, CaseStatus, Evidence
from cases.name_index import query_tokens

# Kept until the retention period ends, then deleted (committee.services.cases_expired).
RETAINED_STATUSES = (CaseStatus.CLOSED, CaseStatus.WITHDRAWN)


def cases_visible_to(user):
    """Committee members and the office see every case, advisors their own centre's; anyone
    else none. Administrators are not committee members: being superuser gives no case access."""
    cases = Case.objects.select_related("advice_center")
    if user_is_committee(user) or user_is_office_group(user):
        return cases
    profile = advisor_profile_approved(user)
    if profile is not None:
        return cases.filter(advice_center__translation_key=profile.advice_center.translation_key)
    return cases.none()


def case_visible(*, user, reference):
    return cases_visible_to(user).filter(reference=reference).first()


def case_reference_for_token(*, token):
    """The reference of the case a form with this one-time token created, if any."""
    if token is None:
        return None
    return Case.objects.filter(submission_token=token).values_list("reference", flat=True).first()


def case_audit_trail(*, case):
    return AuditEntry.objects.filter(case_reference=case.reference).select_related(None)


def cases_matching(cases, query):
    """The cases whose reference begins with ``query`` or whose name has every word of it.

    Names are compared through the blind index only (``cases.name_index``): no case is
    decrypted to search, and a word matches a whole name part, not a piece of one.
    """
    query = " ".join(query.split())
    if not query:
        return cases
    by_reference = Q(reference__istartswith=query)
    words = query_tokens(query)
    if not words:
        return cases.filter(by_reference)
    by_name = Q()
    for tokens in words:
        by_name &= Q(pk__in=CaseNameToken.objects.filter(token__in=tokens).values("case_id"))
    return cases.filter(by_reference | by_name)


def cases_listed(*, user, query=""):
    # The agenda item is the committee app's, reached by its relation name: the list shows
    # the session date without the cases app importing the committee app.
    cases = cases_visible_to(user).select_related("agenda_item__session")
    return cases_matching(cases, query)


def case_person(case):
    """What tells the advisor whose case it is: name and the authority's file number from
    the encrypted payload. Empty when it cannot be read (a payload the current keys do not
    open), so that one bad case does not break a page."""
    try:
        application = case.data.get("application", {})
    except (InvalidToken, ValueError):
        return {}
    return {
        "full_name": application.get("full_name") or "",
        "authority_file_number": application.get("authority_file_number") or "",
    }


def case_person_name(case):
    return case_person(case).get("full_name") or None


def months_after(moment, months):
    """The same day ``months`` later (earlier if negative), the month's last day at most."""
    year, month_index = divmod(moment.year * 12 + moment.month - 1 + months, 12)
    day = min(moment.day, calendar.monthrange(year, month_index + 1)[1])
    return moment.replace(year=year, month=month_index + 1, day=day)


def case_deletion_moment(*, case, retention_months):
    """When the nightly run may delete a closed or withdrawn case; None for one still in the
    workflow. Counted on the stored UTC time, as the run counts."""
    if case.status not in RETAINED_STATUSES:
        return None
    return months_after(case.status_changed_at, retention_months)


def case_next_date(*, case, retention_months):
    """The date that matters next for the advisor: the session of a scheduled case, the day
    a closed or withdrawn case is deleted; None otherwise."""
    if case.status == CaseStatus.SCHEDULED:
        agenda_item = getattr(case, "agenda_item", None)
        if agenda_item is not None:
            return {"kind": "session", "date": agenda_item.session.starts_at}
    deletion = case_deletion_moment(case=case, retention_months=retention_months)
    if deletion is not None:
        return {"kind": "deletion", "date": deletion}
    return None


def case_list_rows(*, cases, retention_months):
    """The rows of the advisor's list: each case with its person's name, decrypted here for
    the page and kept nowhere, and its next date."""
    return [
        {
            "case": case,
            "name": case_person_name(case),
            "next_date": case_next_date(case=case, retention_months=retention_months),
        }
        for case in cases
    ]


def case_draft_rows(*, user):
    """The drafts of the advisor's centre, each with the person's name as typed so far
    (decrypted for this page only; empty when nothing or nothing readable was typed)."""
    profile = advisor_profile_approved(user)
    if profile is None:
        return []
    drafts = CaseDraft.objects.filter(
        advice_center=center_canonical(profile.advice_center), expires_at__gt=timezone.now()
    ).select_related("author")
    rows = []
    for draft in drafts:
        try:
            name = draft.data.get("fields", {}).get("full_name", "")
        except (InvalidToken, ValueError):
            name = ""
        rows.append({"draft": draft, "name": name})
    return rows


def draft_evidence(*, draft):
    return list(Evidence.objects.filter(draft=draft))
