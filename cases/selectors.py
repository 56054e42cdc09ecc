"""Which cases someone may see. Reads only: refusals are audited by ``cases.services``."""

from accounts.selectors import advisor_profile_approved, user_is_committee, user_is_office_group
from cases.models import AuditEntry, Case


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
