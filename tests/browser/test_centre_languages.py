"""An editor changes a centre in German in the admin; readers of every language see the new
data on their next request, with the page cache on."""

import base64
import io
import re
from urllib.parse import quote

import pytest
from django_otp.oath import totp
from pypdf import PdfReader

from advice_centers.models import AdviceCenter
from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET, demo_accounts_ensure

pytestmark = pytest.mark.browser

CENTRE_PAGES = ["/ar/beratung/awo/", "/ti/beratung/awo/"]
# The Arabic finder asked for centres that speak Tigrinya: the AWO speaks it only after the edit.
ARABIC_FINDER = "/ar/beratung/?language=ti"
ARABIC_FLYER = "/ar/beratung/flyer/"


def log_in(page, base, next_path):
    page.goto(f"{base}/de/accounts/login/?next={quote(next_path)}")
    page.fill("input[autocomplete='username']", "editor")
    page.fill("input[autocomplete='current-password']", DEMO_PASSWORD)
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(r".*/accounts/login/code/$"))
    page.fill(
        "input[autocomplete='one-time-code']", f"{totp(base64.b32decode(DEMO_TOTP_SECRET)):06d}"
    )
    page.click("main form button[type='submit']")
    page.wait_for_url(re.compile(".*" + re.escape(next_path) + "$"))


def flyer_text(context, base):
    response = context.request.get(base + ARABIC_FLYER)
    assert response.status == 200
    pages = PdfReader(io.BytesIO(response.body())).pages
    return "".join("".join(page.extract_text().split()) for page in pages)


def matching_part(html):
    """The finder's matching centres, before those whose languages are not recorded."""
    return html.split('id="languages-unknown-heading"')[0]


@pytest.fixture
def cached_site(live_multilingual_site, settings):
    settings.PAGECACHE_ENABLED = True
    demo_accounts_ensure()
    german = AdviceCenter.objects.get(locale__language_code="de", slug="awo")
    german.languages = ["de"]
    german.phones = [("phone", {"label": "Büro", "number": "0231 11 11 11"})]
    german.hours = [("slot", {"weekday": "1", "opens": "09:00", "closes": "12:00", "note": ""})]
    german.save()
    return live_multilingual_site, german


def test_german_edit_reaches_arabic_and_tigrinya_at_once(cached_site, browser):
    base, german = cached_site
    # Every page is in the page cache with the old data (asked without the browser's own
    # cache, which may keep a page for a minute whatever the server knows).
    warm = browser.new_context(locale="ar")
    for path in [*CENTRE_PAGES, ARABIC_FINDER]:
        warm.request.get(base + path)
        response = warm.request.get(base + path)
        assert response.headers.get("x-cache") == "HIT", path
        html = response.text()
        if path == ARABIC_FINDER:
            assert "/awo/" not in matching_part(html)
        else:
            assert "0231 11 11 11" in html, path
    assert "0231111111" in flyer_text(warm, base)
    warm.close()

    edit = f"/admin/snippets/advice_centers/advicecenter/edit/{german.pk}/"
    editor_context = browser.new_context(locale="de-DE")
    editor = editor_context.new_page()
    log_in(editor, base, edit)
    editor.check("input[name='languages'][value='ar']")
    editor.check("input[name='languages'][value='ti']")
    editor.fill("input[name='phones-0-value-number']", "0231 44 55 66")
    editor.fill("input[name='hours-0-value-opens']", "10:30")
    editor.fill("input[name='hours-0-value-closes']", "13:45")
    editor.keyboard.press("Escape")
    editor.locator("button.action-save").first.click()
    editor.wait_for_url(re.compile(r".*/admin/snippets/advice_centers/advicecenter/$"))
    editor_context.close()

    reader_context = browser.new_context(locale="ar")
    reader = reader_context.new_page()
    for path in CENTRE_PAGES:
        reader.goto(base + path)
        html = reader.content()
        assert "0231 44 55 66" in html and "0231 11 11 11" not in html, path
        assert "10:30–13:45" in html, path
        # The native names of the languages spoken, as the languages section lists them.
        assert reader.locator("[lang='ti']", has_text="ትግርኛ").count() >= 1, path
        assert reader.locator("[lang='ar']", has_text="العربية").count() >= 1, path
    reader.goto(base + ARABIC_FINDER)
    matching = matching_part(reader.content())
    assert 'href="/ar/beratung/awo/"' in matching
    assert "0231 44 55 66" in matching
    flyer = flyer_text(reader_context, base)
    assert "0231445566" in flyer and "0231111111" not in flyer
    assert "10:30" in flyer
    reader_context.close()
