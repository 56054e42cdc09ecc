"""After the submission, in a real browser on a 360 px phone: the advisor adds a document
(a refused file first) and an addendum; the committee member sees both marked as new since
their last visit. Both case pages fit the screen and pass axe in German and Arabic."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from cases import services as case_services
from cases.models import Addendum, Evidence
from demo.accounts import demo_accounts_ensure
from tests.browser.conftest import axe_violations
from tests.browser.test_committee_journey import log_in
from tests.browser.test_reflow import OVERFLOWING
from tests.cases.helpers import pdf_bytes
from tests.committee.conftest import case_submit

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PHONE = {"width": 360, "height": 740}


def _phone(browser, language):
    context = browser.new_context(locale=language, viewport=PHONE)
    return context, context.new_page()


def _fits_and_passes_axe(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert page.evaluate(OVERFLOWING) == [], name
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
    assert axe_violations(page) == [], name


def test_advisor_adds_and_the_committee_sees_what_is_new(live_site, browser, tmp_path, settings):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    demo_accounts_ensure()
    advisor = get_user_model().objects.get(username="advisor-awo")
    case = case_submit(advisor, full_name="Amina Nachtragstest")
    case_services.case_addendum_add(case=case, actor=advisor, text="Vor dem ersten Blick")
    case_path = f"/de/cases/{case.reference}/"
    committee_path = f"/de/committee/cases/{case.reference}/"

    member_context, member = _phone(browser, "de-DE")
    log_in(member, live_site, "committee-1", committee_path)
    assert "Vor dem ersten Blick" in member.inner_text("#additions")
    assert "Neu seit Ihrem letzten Besuch" not in member.inner_text("main")

    advisor_context, desk = _phone(browser, "de-DE")
    log_in(desk, live_site, "advisor-awo", case_path)
    assert "Amina Nachtragstest" in desk.inner_text("#application")
    # A file that is no document: the message is next to the field, the typed text stays.
    refused = tmp_path / "Amina Nachtragstest.pdf"
    refused.write_bytes(b"MZ this is no PDF")
    desk.set_input_files("#id_document", str(refused))
    desk.select_option("#id_criterion", "school_training_work")
    desk.fill("#id_description", "Ausbildungsvertrag Bäckerei")
    desk.click("#evidence-form button[type='submit']")
    assert "keine PDF-, JPEG- oder PNG-Datei" in desk.inner_text("#id_document_error")
    assert desk.input_value("#id_description") == "Ausbildungsvertrag Bäckerei"
    assert desk.input_value("#id_criterion") == "school_training_work"
    assert desk.get_attribute("#id_document", "aria-invalid") == "true"
    document = tmp_path / "Amina Nachtragstest Vertrag.pdf"
    document.write_bytes(pdf_bytes())
    desk.set_input_files("#id_document", str(document))
    desk.click("#evidence-form button[type='submit']")
    desk.wait_for_url(re.compile(".*" + re.escape(case_path) + "#additions$"))
    desk.fill("#id_text", "Seit Mai in Ausbildung.")
    with desk.expect_navigation():
        desk.click("#addendum-form button[type='submit']")
    assert Evidence.objects.filter(case=case).count() == 1
    assert Addendum.objects.filter(case=case).count() == 2
    additions = desk.inner_text("#additions")
    assert "Ausbildungsvertrag Bäckerei" in additions
    assert "Seit Mai in Ausbildung." in additions
    # The download carries a neutral name, never the uploaded file's.
    with desk.expect_download() as download:
        desk.click("#additions .evidence-download")
    assert download.value.suggested_filename == f"evidence-{case.reference}-1.pdf"
    _fits_and_passes_axe(desk, "case-additions-advisor-de-360")

    # The committee's list marks the case; its page marks the two new items in words.
    member.goto(live_site + "/de/committee/")
    assert "Neue Ergänzungen" in member.inner_text("#case-table")
    member.goto(live_site + committee_path)
    assert "2 Einträge hinzugefügt" in member.inner_text("#case-news")
    assert member.locator("#additions .new-marker").count() == 2
    assert "Ausbildungsvertrag Bäckerei" in member.inner_text("#additions")
    _fits_and_passes_axe(member, "case-additions-committee-de-360")

    # The same pages in Arabic, right to left.
    desk.goto(live_site + f"/ar/cases/{case.reference}/")
    assert desk.evaluate("document.dir") == "rtl"
    assert "الطلب كما قُدِّم" in desk.inner_text("main")
    _fits_and_passes_axe(desk, "case-additions-advisor-ar-360")
    member.goto(live_site + f"/ar/committee/cases/{case.reference}/")
    assert desk.evaluate("document.dir") == "rtl"
    _fits_and_passes_axe(member, "case-additions-committee-ar-360")
    advisor_context.close()
    member_context.close()
