"""What the portal relies on in Wagtail, Django and django-csp beyond their documented API still
holds (portal/wagtail_internals.py, portal/django_internals.py): each test fails when upstream
changes a behaviour or signature one of those modules depends on."""

import ast
import dataclasses
import inspect
import pickle
from importlib.metadata import version
from pathlib import Path

import pytest
from csp.middleware import CSPMiddleware, PolicyParts
from django import forms
from django.conf import settings
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.views.debug import ExceptionReporter
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail_localize.views.edit_translation import user_can_edit_instance

from portal import django_internals, wagtail_internals
from portal.logs import Reporter
from tests.pagecache.conftest import add_alias_trees

# Built apart, so that the source lines a traceback shows do not carry it.
MARKER = "zq" + "typed"


@pytest.mark.parametrize(
    ("package", "module"),
    [("wagtail", wagtail_internals), ("django", django_internals)],
)
def test_the_internals_were_checked_against_the_installed_version(package, module):
    assert version(package) == module.CHECKED_VERSION, (
        f"{package} changed: re-check every use in {module.__name__} against its sources, "
        "then note the new version there"
    )


# Wagtail: the request's site ----------------------------------------------------------------


# Without the database fixtures, any query Wagtail tried would fail these tests.


def test_wagtail_answers_with_the_site_put_on_the_request():
    request = RequestFactory().get("/de/")
    site = Site(hostname="elsewhere.example", port=8080)
    assert not wagtail_internals.request_site_known(request)
    wagtail_internals.request_site_remember(request, site)
    assert wagtail_internals.request_site_known(request)
    assert Site.find_for_request(request) is site


def test_no_site_put_on_the_request_means_no_site():
    request = RequestFactory().get("/de/")
    wagtail_internals.request_site_remember(request, None)
    assert Site.find_for_request(request) is None


@pytest.mark.django_db
def test_wagtail_keeps_its_own_answer_where_the_portal_puts_one(seeded_site):
    request = RequestFactory().get("/de/")
    site = Site.find_for_request(request)
    assert site is not None
    assert wagtail_internals.request_site_known(request)


@pytest.mark.django_db
def test_wagtail_finds_a_requests_site_with_get_site_for_hostname(seeded_site):
    """portal.sites remembers get_site_for_hostname's answers: it must be Wagtail's own rule."""
    assert list(inspect.signature(get_site_for_hostname).parameters) == ["hostname", "port"]
    assert list(inspect.signature(Site.find_for_request).parameters) == ["request"]
    root = Page.get_first_root_node()
    Site.objects.create(hostname="beirat.example", port=8080, root_page=root)
    for host in ["testserver", "beirat.example", "beirat.example:8080", "andere.example:443"]:
        hostname, _, port = host.partition(":")
        request = RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=port or "80")
        try:
            expected = get_site_for_hostname(hostname, int(port or 80))
        except Site.DoesNotExist:
            expected = None
        assert Site.find_for_request(request) == expected, host


# Wagtail: view restrictions ------------------------------------------------------------------


def test_the_restriction_query_reads_wagtails_page_columns():
    assert list(inspect.signature(Page.get_view_restrictions).parameters) == ["self"]
    columns = {field.name: field.column for field in Page._meta.concrete_fields}
    assert columns["id"] == "id"
    assert columns["path"] == "path"
    assert columns["alias_of"] == "alias_of_id"
    assert PageViewRestriction._meta.get_field("page").column == "page_id"


@pytest.mark.django_db
def test_view_restrictions_are_wagtails_for_every_page(seeded_site):
    add_alias_trees(["en"])
    german_about = Page.objects.get(locale__language_code="de", slug="ueber-das-gremium")
    german_finder = Page.objects.get(locale__language_code="de", slug="beratung")
    english_home = Page.objects.get(locale__language_code="en", depth=2)
    english_finder = Page.objects.get(locale__language_code="en", slug="beratung")
    assert english_home.alias_of_id and english_finder.alias_of_id
    PageViewRestriction.objects.create(page=german_about, restriction_type="login")
    PageViewRestriction.objects.create(
        page=german_finder, restriction_type="password", password="x"
    )
    # Restrictions on aliases: Wagtail ignores them, the originals' count.
    PageViewRestriction.objects.create(page=english_home, restriction_type="login")
    PageViewRestriction.objects.create(page=english_finder, restriction_type="login")

    pages = list(Page.objects.all())
    # A page as it is in memory: an alias not saved yet follows its original.
    unsaved_alias = Page.objects.get(locale__language_code="de", slug="kontakt")
    unsaved_alias.alias_of_id = german_about.pk
    pages.append(unsaved_alias)
    restricted = 0
    for page in pages:
        ours = set(wagtail_internals.view_restrictions(page).values_list("pk", flat=True))
        wagtails = set(Page.get_view_restrictions(page).values_list("pk", flat=True))
        assert ours == wagtails, page.url_path
        restricted += bool(wagtails)
    assert restricted > 4


@pytest.mark.django_db
def test_the_restrictions_of_an_unsaved_page_are_those_of_its_parent(seeded_site):
    parent = Page.objects.get(locale__language_code="de", slug="ueber-das-gremium")
    PageViewRestriction.objects.create(page=parent, restriction_type="login")
    page = Page(title="Neu", slug="neu", path=parent.path + "0001", depth=parent.depth + 1)
    ours = set(wagtail_internals.view_restrictions(page).values_list("pk", flat=True))
    wagtails = set(Page.get_view_restrictions(page).values_list("pk", flat=True))
    assert ours == wagtails != set()


# Django: the error report's context ---------------------------------------------------------


def failing_request():
    request = RequestFactory().post(
        f"/de/kontakt/?q={MARKER}",
        {"upload": SimpleUploadedFile(f"{MARKER}.txt", b"content")},
        HTTP_X_TYPED=MARKER,
    )
    request.COOKIES["typed"] = MARKER
    try:
        MARKER.encode("ascii").decode("utf-16")
    except UnicodeDecodeError as error:
        error.add_note(MARKER)
        return request, error


def test_the_report_context_carries_request_data_under_the_withheld_keys(settings):
    settings.DEBUG = False
    request, error = failing_request()
    reporter = ExceptionReporter(request, type(error), error, error.__traceback__)
    data = reporter.get_traceback_data()
    keys = django_internals.REPORT_REQUEST_KEYS + django_internals.REPORT_EXCEPTION_KEYS
    assert set(keys) <= set(data)
    for key in ("request_GET_items", "request_FILES_items", "request_COOKIES_items"):
        assert MARKER in repr(list(data[key])), key
    assert MARKER in data["request_insecure_uri"]
    assert data["request_meta"]["HTTP_X_TYPED"] == MARKER
    assert MARKER in data["exception_notes"]
    # The templates still show what these keys hold.
    templates = reporter.html_template_path.read_text() + reporter.text_template_path.read_text()
    for key in keys:
        assert key in templates, key


def test_the_portals_error_report_shows_none_of_it(settings):
    settings.DEBUG = False
    request, error = failing_request()
    reporter = Reporter(request, type(error), error, error.__traceback__)
    for report in (reporter.get_traceback_text(), reporter.get_traceback_html()):
        assert MARKER not in report
        assert "HTTP_X_TYPED" in report and "/de/kontakt/" in report


def test_locmem_entries_are_what_the_cache_holds():
    cache = LocMemCache("framework-internals", {})
    cache.set("answer", {"value": 42})
    assert [
        (key, pickle.loads(value))  # noqa: S301 - written by this test
        for key, value in django_internals.locmem_cache_entries(cache)
    ] == [(cache.make_key("answer"), {"value": 42})]
    assert django_internals.locmem_cache_entries(DummyCache("dummy", {})) == []


# django-csp: documented, checked all the same -----------------------------------------------


def test_csp_policy_parts_is_the_hook_the_portal_extends():
    parameters = inspect.signature(CSPMiddleware.get_policy_parts).parameters
    assert list(parameters) == ["self", "request", "response", "report_only"]
    assert parameters["report_only"].default is False
    assert {"config", "nonce"} <= {field.name for field in dataclasses.fields(PolicyParts)}


# Django: a form's errors while it validates ----------------------------------------------------


def test_form_errors_so_far_are_none_before_validation_and_the_errors_after():
    class NameForm(forms.Form):
        name = forms.CharField()

    form = NameForm({"name": ""})
    assert django_internals.form_errors_so_far(form) is None
    assert not form.is_valid()
    assert django_internals.form_errors_so_far(form) is form.errors
    assert "name" in django_internals.form_errors_so_far(form)


# Nowhere else ---------------------------------------------------------------------------------

FRAMEWORKS = ("django", "wagtail", "csp")
INTERNALS_MODULES = {"portal/wagtail_internals.py", "portal/django_internals.py"}
# Private attributes of framework objects the portal once used directly.
PRIVATE_ATTRIBUTES = {"_wagtail_site", "_get_site_root_paths", "_errors", "_cache"}


def _project_modules():
    base = Path(settings.BASE_DIR)
    for path in sorted(base.rglob("*.py")):
        relative = path.relative_to(base).as_posix()
        if relative.startswith((".venv/", "tests/")) or "/migrations/" in relative:
            continue
        if relative not in INTERNALS_MODULES:
            yield relative, ast.parse(path.read_text(), filename=relative)


def _private_uses(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FRAMEWORKS:
            private_module = any(part.startswith("_") for part in node.module.split("."))
            names = [alias.name for alias in node.names if alias.name.startswith("_")]
            if private_module or names:
                yield node.lineno, f"from {node.module} import {', '.join(names) or '…'}"
        elif isinstance(node, ast.Attribute) and node.attr in PRIVATE_ATTRIBUTES:
            yield node.lineno, f".{node.attr}"


def test_no_private_framework_name_is_used_outside_the_internals_modules():
    found = [
        f"{module}:{line} {use}"
        for module, tree in _project_modules()
        for line, use in _private_uses(tree)
    ]
    assert found == []


# wagtail-localize: the translation editor's PO file buttons -------------------------------------


@pytest.mark.parametrize("name", ["upload_pofile", "download_pofile"])
def test_the_translation_editors_file_buttons_reach_the_portals_views(name):
    path = reverse(f"wagtail_localize:{name}", args=[7])
    assert path == "/" + wagtail_internals.LOCALIZE_PO_FILE_PATHS[name].replace(
        "<int:translation_id>", "7"
    )
    portal_view = {
        "upload_pofile": "translation_file_upload",
        "download_pofile": "translation_file_download",
    }[name]
    assert resolve(path).url_name == portal_view


def test_the_editors_permission_test_takes_a_user_and_an_instance():
    assert list(inspect.signature(user_can_edit_instance).parameters) == ["user", "instance"]
