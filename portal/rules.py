"""The committee rules of a site, for the apps that apply them without owning them.

The rules are the committee app's setting, but accounts (the authenticator's issuer name) and
cases (who may apply, the exclusions, the reference prefix) apply them too, and the committee
app depends on those apps, not the other way round. As with ``get_user_model``, the model is
named in the settings (``COMMITTEE_RULES_MODEL``) and looked up here.
"""

from django.apps import apps
from django.conf import settings
from wagtail.models import Site

REQUEST_ATTRIBUTE = "committee_rules"


def committee_rules_model():
    return apps.get_model(settings.COMMITTEE_RULES_MODEL, require_ready=True)


def committee_rules(request=None):
    """The rules of the request's site, else of the default site; where none are saved yet,
    the defaults. Reading never writes: a reader's page view must not create the row."""
    if request is not None and hasattr(request, REQUEST_ATTRIBUTE):
        return getattr(request, REQUEST_ATTRIBUTE)
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    model = committee_rules_model()
    rules = model.objects.filter(site=site).first() if site is not None else None
    if rules is None:
        rules = model(site=site)
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, rules)
    return rules
