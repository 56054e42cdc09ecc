"""Who may see which case. Everything not visible is a 404, never a 403."""

from django.http import Http404

from intake.models import AdvisorProfile, AuditEntry, Case
from intake.services import GROUP_ADVISORS, GROUP_COMMITTEE, audit_record


def user_is_committee(user):
    return user.is_authenticated and user.groups.filter(name=GROUP_COMMITTEE).exists()


def advisor_profile_approved(user):
    """The approved advisor profile of ``user``, or None."""
    if not user.is_authenticated or not user.groups.filter(name=GROUP_ADVISORS).exists():
        return None
    return (
        AdvisorProfile.objects.select_related("advice_center")
        .filter(user=user, status=AdvisorProfile.Status.APPROVED)
        .first()
    )


def cases_visible_to(user):
    """Committee members see every case, advisors their own centre's; anyone else none.

    Administrators are not committee members: being superuser gives no case access."""
    cases = Case.objects.select_related("advice_center")
    if user_is_committee(user):
        return cases
    profile = advisor_profile_approved(user)
    if profile is not None:
        return cases.filter(advice_center__translation_key=profile.advice_center.translation_key)
    return cases.none()


def case_for_user(*, user, reference, action=None):
    """The case, or Http404 for unknown and foreign references alike (the attempt is logged)."""
    case = cases_visible_to(user).filter(reference=reference).first()
    if case is None:
        audit_record(
            actor=user,
            case_reference=reference,
            action=AuditEntry.Action.ACCESS_DENIED,
            detail=action or "",
        )
        raise Http404
    return case


def case_audit_trail(*, case):
    return AuditEntry.objects.filter(case_reference=case.reference).select_related(None)
