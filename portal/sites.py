"""Which Wagtail site answers a request: Wagtail's own choice, remembered by each process.

Wagtail's ``get_site_for_hostname`` ranks the candidate sites in SQL on every request, and
building that query costs about as much CPU as the rest of the routing of an uncached page.
Its answer changes only when a site does, so each process keeps it per hostname and port and
asks Wagtail again as soon as either of two signs of a changed site differs from when it was
kept:

- the sites table's stamp in the page cache (``pagecache.services.table_stamp``), which the
  cache shares between all processes, Redis or not: saving or deleting a site in any process
  writes a new one, at once and again after the commit;
- Wagtail's site root paths (``Site.get_site_root_paths``), which Wagtail recomputes after
  a site or a site's root page changed address, and which every render reads anyway.

Changes that send no signal (``QuerySet.update``, raw SQL, a restored database) are not seen;
``manage.py pagecache_clear`` counts the sites as changed.

Only the site's own fields are kept: every request gets a Site of its own, whose root page is
read afresh when Wagtail's page serving asks for it, so nothing cached on one request's
instances reaches another and an edited home page is never served from memory.
"""

from django.db import router
from django.http.request import split_domain_port
from wagtail.models import Site

# Public by name, not documented: Wagtail 8.0.1's Site.find_for_request answers with this
# function for the request's hostname (split by split_domain_port, as here) and port;
# tests/portal/test_framework_internals.py checks that it still does.
from wagtail.models.sites import get_site_for_hostname

from pagecache.services import table_stamp

FIELDS = tuple(field.attname for field in Site._meta.concrete_fields)
# Hostnames are limited by ALLOWED_HOSTS; the bound only caps a misconfigured "*".
MAX_ENTRIES = 1_000

# (signs of change, {(hostname, port): the site's field values, or None for no site});
# replaced, never changed in place, so a thread still using an old one cannot mix generations.
_memo = (None, {})


def _answers():
    """This process's answers since the sites last changed."""
    global _memo
    stamp = table_stamp(Site._meta.db_table)
    if stamp is None:
        # A cache that keeps nothing cannot tell of changes: remember nothing either.
        return {}
    generation = (stamp, tuple(Site.get_site_root_paths()))
    memo_generation, answers = _memo
    if memo_generation != generation or len(answers) > MAX_ENTRIES:
        answers = {}
        _memo = (generation, answers)
    return answers


def _wagtails_choice(hostname, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    return tuple(getattr(site, name) for name in FIELDS)


def site_for_hostname(hostname, port):
    """The site Wagtail's ``get_site_for_hostname`` returns, or None where it finds none."""
    # The signs are read before Wagtail is asked: a change committed after the answer was
    # read writes a newer stamp, and the answer goes with the old one.
    answers = _answers()
    key = (hostname, port)
    try:
        values = answers[key]
    except KeyError:
        values = answers[key] = _wagtails_choice(hostname, port)
    if values is None:
        return None
    return Site.from_db(router.db_for_read(Site), FIELDS, values)


def site_for_request(request):
    hostname = split_domain_port(request.get_host())[0]
    return site_for_hostname(hostname, request.get_port())
