"""Which Wagtail site answers a request: Wagtail's rules, from a simpler query.

Wagtail's ``Site.find_for_request`` ranks the candidate sites in SQL (an annotated CASE that it
orders by), and building that query costs about as much CPU as the rest of the routing of an
uncached page. The candidates are the sites with the request's hostname and the default site,
one or two in practice; ranking them in Python picks the same site.
"""

from django.db.models import Q
from django.http.request import split_domain_port
from wagtail.models import Site

# Wagtail's ranking (wagtail.models.sites): lower is better.
HOSTNAME_AND_PORT = 0
HOSTNAME_AND_DEFAULT = 1
DEFAULT = 2
HOSTNAME = 3


def _rank(site, hostname, port):
    if site.hostname == hostname and site.port == port:
        return HOSTNAME_AND_PORT
    if site.hostname == hostname and site.is_default_site:
        return HOSTNAME_AND_DEFAULT
    if site.is_default_site:
        return DEFAULT
    return HOSTNAME


def site_for_hostname(hostname, port):
    """The site Wagtail's ``get_site_for_hostname`` returns, or None where it finds none."""
    candidates = Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
    sites = sorted(
        candidates.select_related("root_page").order_by(),
        key=lambda site: _rank(site, hostname, port),
    )
    if not sites:
        return None
    best = _rank(sites[0], hostname, port)
    if len(sites) == 1 or best in (HOSTNAME_AND_PORT, HOSTNAME_AND_DEFAULT):
        return sites[0]
    if best == DEFAULT:
        # The default site, unless exactly one other site has the hostname.
        return sites[len(sites) == 2]
    # Several sites with the hostname on other ports, and no default.
    return None


def site_for_request(request):
    hostname = split_domain_port(request.get_host())[0]
    return site_for_hostname(hostname, request.get_port())
