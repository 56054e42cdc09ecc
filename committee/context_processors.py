from django.utils.functional import SimpleLazyObject

from committee.selectors import user_is_office
from portal.rules import committee_rules


def committee_identity(request):
    """The committee's name from its rules, for every page's header and title. Read only by
    templates that show it, once per request."""
    return {"committee_name": SimpleLazyObject(lambda: committee_rules(request).committee_name)}


def referrals_link(request):
    """Whether the committee area's navigation links the office's referrals: only where the
    rules open them and for the office. Read only by the navigation, when it is drawn."""
    return {
        "referrals_link": SimpleLazyObject(
            lambda: bool(committee_rules(request).referrals and user_is_office(request.user))
        )
    }
