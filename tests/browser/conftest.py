"""Real headless Chromium (Debian's package) driven by Playwright against a live server."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import sync_playwright
from wagtail.models import Site

from demo.services import portal_seed

# Playwright's sync API runs an event loop in this thread; Django's guard would then refuse
# the test's own (synchronous) database access.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; install Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


def _live(live_server, demo_seed, *, translations):
    demo_seed(translations=translations)
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    return live_server.url


@pytest.fixture
def live_site(transactional_db, live_server, demo_seed):
    """The German demo site behind a live server; returns its base URL."""
    return _live(live_server, demo_seed, translations=False)


@pytest.fixture
def live_profile_site(transactional_db, live_server):
    """``live_profile_site("leverkusen")``: a portal built by ``seed_portal --profile`` on an
    empty database behind a live server, as a new installation starts; returns its base URL."""

    def build(name):
        # The German site other tests share belongs to the default profile; a new
        # installation of another starts from an empty database.
        call_command("flush", interactive=False, verbosity=0)
        portal_seed(log=lambda message: None, translations=False, profile=name)
        Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
        return live_server.url

    return build


@pytest.fixture
def live_multilingual_site(transactional_db, live_server, demo_seed):
    """The demo site in every language, as `make run` builds it, behind a live server."""
    return _live(live_server, demo_seed, translations=True)


def axe_violations(page):
    """WCAG 2.0/2.1 A and AA violations on the page as axe-core reports them."""
    results = Axe().run(page, options=AXE_OPTIONS)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes: "
        + ", ".join(node["target"][0] for node in violation["nodes"][:3])
        + ")"
        for violation in results.response["violations"]
    ]
