"""Where the portal relies on Wagtail behaviour that Wagtail does not document.

Each use names the Wagtail version it was checked against; tests/portal/test_framework_internals.py
fails when Wagtail changes it. On a Wagtail upgrade, run that file first and re-check each use
against the new sources before changing the version noted here.
"""

from django.db.models import Q
from django.db.models.expressions import RawSQL
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.views.edit_translation import user_can_edit_instance

CHECKED_VERSION = "8.0.1"


# The request's site ---------------------------------------------------------------------------
# Checked against Wagtail 8.0.1: ``Site.find_for_request`` returns ``request._wagtail_site``
# whenever the request has that attribute (None meaning "no site"), and otherwise stores its own
# answer there. Every part of Wagtail that needs the site (page serving, URLs, site settings)
# asks ``find_for_request``, so a site put there first is the one they all use.


def request_site_known(request):
    """Whether Wagtail already knows the site of this request."""
    return hasattr(request, "_wagtail_site")


def request_site_remember(request, site):
    """Make ``site`` (a Site, or None for none) what ``Site.find_for_request`` answers."""
    request._wagtail_site = site


# View restrictions --------------------------------------------------------------------------
# Checked against Wagtail 8.0.1: ``Page.get_view_restrictions`` returns the restrictions of the
# page and of its ancestors, each of them that is an alias counted as the original it follows
# along ``alias_of`` (the page itself as it is in memory); an alias's own restrictions never
# apply. Wagtail fetches each alias's original one query at a time, so a synced copy in another
# language cost three queries more than its German original on every render. The same rows of
# wagtailcore_page (path, alias_of_id) are read here in one recursive query.

_ALIAS_SOURCES_SQL = """
    WITH RECURSIVE alias_chain (id, alias_of_id) AS (
        SELECT id, alias_of_id FROM {page} WHERE {seeds}
        UNION
        SELECT {page}.id, {page}.alias_of_id
        FROM {page} INNER JOIN alias_chain ON {page}.id = alias_chain.alias_of_id
    )
    SELECT id FROM alias_chain WHERE alias_of_id IS NULL
"""


def view_restrictions(page):
    """``Page.get_view_restrictions`` of ``page`` as one query."""
    ancestor_paths = [
        page.path[:end] for end in range(page.steplen, len(page.path or ""), page.steplen)
    ]
    seeds, params = [], []
    if ancestor_paths:
        seeds.append(f"path IN ({', '.join(['%s'] * len(ancestor_paths))})")
        params.extend(ancestor_paths)
    if page.alias_of_id is not None:
        seeds.append("id = %s")
        params.append(page.alias_of_id)
    applying = Q(page_id=page.pk) if page.alias_of_id is None and page.pk else Q()
    if seeds:
        sql = _ALIAS_SOURCES_SQL.format(page=Page._meta.db_table, seeds=" OR ".join(seeds))
        # Values travel as parameters; only the table name and placeholders are formatted in.
        applying |= Q(page_id__in=RawSQL(sql, params))  # noqa: S611
    if not applying:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(applying)


# wagtail-localize's translation files ---------------------------------------------------------
# Checked against wagtail-localize 1.14.5: the translation editor's "Upload PO file" and
# "Download PO file" post to and link the URLs named ``wagtail_localize:upload_pofile`` and
# ``download_pofile``, /admin/localize/translate/<id>/pofile/upload|download/; portal/urls.py
# routes those two paths to the portal's views before the admin's own. Who may edit a
# translation is the editor's own test, which wagtail-localize does not export.

LOCALIZE_PO_FILE_PATHS = {
    "upload_pofile": "admin/localize/translate/<int:translation_id>/pofile/upload/",
    "download_pofile": "admin/localize/translate/<int:translation_id>/pofile/download/",
}


def translation_user_can_edit(user, translation):
    return user_can_edit_instance(user, translation.get_target_instance())
