"""Response headers that hold for the whole site, and the Wagtail site of each request."""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from wagtail.views import serve as wagtail_serve

from portal import wagtail_internals
from portal.sites import site_for_request

# The Wagtail admin renders inline scripts and styles of its own; readers' pages and the
# intake never do, so only the admin gets this looser policy.
ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": [NONE],
}
ADMIN_PREFIX = "/admin/"


class PortalCSPMiddleware(CSPMiddleware):
    # django-csp 4.0 documents get_policy_parts as the method to extend (its migration guide
    # and CSPMiddleware's docstring), returning the mutable dataclass PolicyParts: public API.
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = ADMIN_POLICY
            parts.nonce = None
        return parts


class WagtailSiteMiddleware:
    """Finds the Wagtail site of a page request before Wagtail's page serving asks for it.

    ``portal.sites`` finds the site Wagtail would, without a query once it is known, and hands
    it to Wagtail (``wagtail_internals.request_site_remember``). Only for Wagtail's page view:
    other views (``/healthz`` among them) need no site, or not on every request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and not wagtail_internals.request_site_known(request):
            wagtail_internals.request_site_remember(request, site_for_request(request))
