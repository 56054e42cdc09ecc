"""Kreis Unna's referral channel in a real browser, on a portal built from the profile on an
empty database: the office records a referral with the signed consent to a volunteer offer
serving the person's place; the offer's advisor sees it and confirms contact; the office sees
the confirmation. Every new page passes axe and fits a 360 px screen."""

import re

import pytest
from django.core import mail

from demo.accounts import demo_accounts_ensure
from referrals.models import Referral
from tests.browser.conftest import axe_violations
from tests.browser.test_committee_journey import log_in
from tests.cases.helpers import pdf_bytes
from tests.factories import AdviceCenterFactory
from tests.referrals.helpers import VERSION, referral_consent_ensure
from tests.ui import de

pytestmark = pytest.mark.browser

NAME = "Samira Weitervermittelt"


def check(page):
    """No axe violation, and no sideways scrolling on a 360 px wide screen."""
    assert axe_violations(page) == [], page.url
    size = page.viewport_size
    page.set_viewport_size({"width": 360, "height": 740})
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, page.url
    finally:
        page.set_viewport_size(size)


def test_a_referral_goes_from_the_office_to_a_volunteer_offer_that_confirms_contact(
    live_profile_site, browser, tmp_path, settings
):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    base = live_profile_site("kreis-unna")
    referral_consent_ensure()
    offer = AdviceCenterFactory(
        name="Ehrenamtliche Begleitung Bergkamen",
        slug="begleitung-bergkamen",
        kind="initiative",
        places=["Bergkamen"],
        city="Bergkamen",
    )
    AdviceCenterFactory(
        name="Sprachcafé Unna", slug="sprachcafe-unna", kind="cafe", places=["Unna"], city="Unna"
    )
    demo_accounts_ensure(profile="kreis-unna")
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(pdf_bytes())

    office_context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    office = office_context.new_page()
    log_in(office, base, "office", "/de/referrals/")
    check(office)
    office.click("#referral-new-link")
    office.wait_for_url(re.compile(r".*/de/referrals/new/$"))
    check(office)

    # The place and language first: the page comes back with the offers serving the place
    # and the declaration in the person's language.
    office.select_option("#id_place", "Bergkamen")
    office.select_option("#id_language", "ar")
    office.click("button[name='action'][value='place']")
    office.wait_for_load_state()
    offers = office.inner_text("#referral-offers")
    assert offer.name in offers and "Sprachcafé Unna" not in offers
    office.check(f"input[name='offers'][value='{offer.pk}']")
    office.fill("#id_full_name", NAME)
    office.fill("#id_phone", "0170 1234567")
    office.select_option("#id_residence_status", "duldung")
    office.fill("#id_note", "Am besten vormittags anrufen.")
    office.check("#id_consent_confirmed")
    # The declaration to print, in the person's language beside the German.
    assert office.get_attribute("#consent-text-link", "href") == f"/ar/referral-consent/{VERSION}/"

    # Sent without the scanned declaration: refused next to the field, nothing typed lost.
    office.click("button[name='action'][value='record']")
    office.wait_for_load_state()
    assert de("Please attach the signed consent declaration.") in office.inner_text(
        "#id_consent_file_error"
    )
    assert office.locator("#error-summary a[href='#id_consent_file']").count() == 1
    assert office.input_value("#id_full_name") == NAME
    assert office.input_value("#id_note") == "Am besten vormittags anrufen."
    assert office.is_checked(f"input[name='offers'][value='{offer.pk}']")
    assert not Referral.objects.exists()
    check(office)

    office.set_input_files("#id_consent_file", str(scan))
    office.click("button[name='action'][value='record']")
    office.wait_for_url(re.compile(r".*/de/referrals/[A-Z]+-[A-Z0-9]{4}-[A-Z0-9]{4}/$"))
    referral = Referral.objects.get()
    assert NAME in office.inner_text("#referral-person")
    assert de("Contact not confirmed yet") in office.inner_text("#referral-offers")
    check(office)
    assert [message.to for message in mail.outbox] == [[f"advisor-{offer.slug}@localhost"]]
    assert NAME not in mail.outbox[0].body

    # The offer's advisor logs in with both factors, finds the referral and confirms contact.
    advisor_context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    advisor = advisor_context.new_page()
    log_in(advisor, base, f"advisor-{offer.slug}", "/de/centre-referrals/")
    assert referral.reference in advisor.inner_text("#centre-referrals")
    check(advisor)
    advisor.click(f"a:has-text('{referral.reference}')")
    advisor.wait_for_url(re.compile(rf".*/de/centre-referrals/{referral.reference}/$"))
    assert NAME in advisor.inner_text("#referral-person")
    assert "0170 1234567" in advisor.inner_text("#referral-person")
    check(advisor)
    advisor.click("#contact-form button[type='submit']")
    advisor.wait_for_url(re.compile(rf".*/de/centre-referrals/{referral.reference}/$"))
    assert advisor.locator("#contact-confirmed").count() == 1
    check(advisor)
    advisor_context.close()

    office.goto(base + f"/de/referrals/{referral.reference}/")
    assert de("Contact made with every offer") in office.inner_text("#referral-status")
    assert offer.name in office.inner_text("#referral-offers")
    office.goto(base + "/de/referrals/")
    assert referral.reference in office.inner_text("#referral-table")
    office.goto(base + f"/de/referrals/{referral.reference}/withdraw/")
    check(office)
    office_context.close()

    # The declaration is public, in German and Arabic side by side.
    reader_context = browser.new_context(locale="ar", viewport={"width": 1280, "height": 900})
    reader = reader_context.new_page()
    reader.goto(base + f"/ar/referral-consent/{VERSION}/")
    assert reader.locator(".consent-translated[lang='ar'][dir='rtl']").count() == 1
    check(reader)
    reader_context.close()
