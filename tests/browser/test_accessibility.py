import pytest
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from tests.browser.conftest import axe_violations
from tests.factories import ContentPageFactory, every_block_body

pytestmark = pytest.mark.browser

SEEDED_PATHS = [
    "/de/",
    "/de/ueber-das-gremium/",
    "/de/regeln-fuer-einzelfaelle/",
    "/de/beratung-bekommen/",
    "/de/beratung/",
    "/de/leichte-sprache/",
    "/de/kontakt/",
    "/de/barrierefreiheit/",
]


@pytest.mark.parametrize("path", SEEDED_PATHS)
def test_seeded_pages_have_no_axe_violations(live_site, page, path):
    response = page.goto(live_site + path)
    assert response.status == 200
    assert axe_violations(page) == []


def test_content_page_with_every_block_has_no_axe_violations(live_site, page):
    home = Page.objects.get(depth=2).specific
    target = home.get_children().get(slug="ueber-das-gremium")
    every = ContentPageFactory(
        parent=home,
        title="Alle Bausteine",
        slug="alle-bausteine",
        body=every_block_body(center=AdviceCenter.objects.get(slug="diakonie"), page=target),
    )
    every.save_revision().publish()
    response = page.goto(live_site + "/de/alle-bausteine/")
    assert response.status == 200
    assert page.locator("figure img").get_attribute("alt") == (
        "Zwei Menschen sprechen an einem Tisch"
    )
    page.locator("main summary").first.click()  # open an FAQ answer as a reader would
    assert axe_violations(page) == []


def test_search_results_have_no_axe_violations(live_site, page):
    page.goto(live_site + "/de/")
    page.fill("#site-search", "Beratung")
    page.locator(".search-form button").click()
    page.wait_for_load_state()
    assert "/de/suche/?q=Beratung" in page.url
    assert page.locator(".search-results li").count() > 0
    assert axe_violations(page) == []


def test_contact_form_with_an_error_has_no_axe_violations(live_site, page):
    page.goto(live_site + "/de/kontakt/")
    page.fill("#id_email", "keine-adresse")
    page.fill("#id_message", "Wann tagt das Gremium?")
    page.fill("#id_captcha_1", "falsch")
    page.locator(".public-form button[type=submit]:not([name])").click()
    page.wait_for_load_state()
    assert page.locator("#id_email_error").is_visible()
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert page.locator("#id_message").input_value() == "Wann tagt das Gremium?"
    assert axe_violations(page) == []


def test_skip_link_is_first_and_focus_is_visible(live_site, page):
    page.goto(live_site + "/de/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


@pytest.mark.parametrize("width", [640, 320])
def test_pages_reflow_without_horizontal_scrolling(live_site, browser, width):
    # 200% zoom on a 1280px screen is a 640px viewport; 400% (WCAG reflow) is 320px.
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="de-DE")
    zoomed = context.new_page()
    try:
        for path in ("/de/", "/de/kontakt/", "/de/regeln-fuer-einzelfaelle/", "/de/suche/"):
            zoomed.goto(live_site + path)
            overflow = zoomed.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, path
    finally:
        context.close()


def test_print_stylesheet_prints_link_addresses_and_hides_navigation(live_site, page):
    page.goto(live_site + "/de/kontakt/")
    page.emulate_media(media="print")
    link = page.locator("main a[href='/de/beratung/']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "/de/beratung/" in after
    assert not page.locator(".primary-nav").is_visible()
    assert not page.locator("form.public-form").is_visible()


def test_barrier_report_form_with_an_error_has_no_axe_violations(live_site, page):
    page.goto(live_site + "/de/barrierefreiheit/")
    page.fill("#id_page_address", "/de/beratung/")
    page.locator(".public-form button[type=submit]:not([name])").click()
    page.wait_for_load_state()
    assert page.locator("#id_message_error").is_visible()
    assert page.locator("#id_page_address").input_value() == "/de/beratung/"
    assert axe_violations(page) == []


def test_new_security_code_button_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    plain = context.new_page()
    try:
        plain.goto(live_site + "/de/kontakt/")
        first = plain.locator("input[name=captcha_0]").input_value()
        plain.fill("#id_message", "Noch nicht fertig")
        plain.locator("button[name=new_captcha]").click()
        plain.wait_for_load_state()
        assert plain.locator("input[name=captcha_0]").input_value() != first
        assert plain.locator("#id_message").input_value() == "Noch nicht fertig"
    finally:
        context.close()
