"""The committee rules of a site, for the apps that apply them without owning them.

The rules are the committee app's setting, but accounts (the authenticator's issuer name) and
cases (who may apply, the exclusions, the reference prefix) apply them too, and the committee
app depends on those apps, not the other way round. As with ``get_user_model``, the model is
named in the settings (``COMMITTEE_RULES_MODEL``) and looked up here.
"""

from django.apps import apps
from django.conf import settings
from wagtail.models import Site


def committee_rules_model():
    return apps.get_model(settings.COMMITTEE_RULES_MODEL, require_ready=True)


def committee_rules(request=None):
    """The rules of the request's site; without a request, or where no site matches the
    request, those of the default site. Cached on the request."""
    model = committee_rules_model()
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        return model.for_request(request)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return model.for_site(site)
