from django.utils.functional import SimpleLazyObject

from portal.rules import committee_rules


def committee_identity(request):
    """The committee's name from its rules, for every page's header and title. Read only by
    templates that show it, once per request."""
    return {"committee_name": SimpleLazyObject(lambda: committee_rules(request).committee_name)}
