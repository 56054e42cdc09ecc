"""On a portal built from Leverkusen's profile, whose rules open the public form (affected
persons, representatives and initiative groups apply themselves), an affected person applies
in Arabic: admissibility, e-mail confirmed by the mailed link, the Kurzantrag with the signed
consent, then the status with reference and secret."""

import re

import pytest
from captcha.models import CaptchaStore
from django.core import mail
from wagtail.models import Site

from cases.models import Case
from cases.services import consent_text_ensure
from committee.models import CommitteeRules
from tests.browser.conftest import axe_violations
from tests.cases.helpers import pdf_bytes

PERSON = "Zarah Geheimname"
ADDRESS = "antragstellerin@example.org"
# The admissibility question each exclusion switch of the rules asks.
QUESTIONS = {
    "exclude_other_authority": "other_authority",
    "exclude_court_procedure": "court_procedure",
    "exclude_asylum_application": "asylum_application",
    "exclude_petition_or_hardship_commission": "petition_or_hardship_commission",
    "repeat_requires_changed_facts": "submitted_before",
}


@pytest.fixture
def open_site(live_profile_site):
    base = live_profile_site("leverkusen")
    # What ``seed_portal`` adds after the pages: the consent texts in force.
    consent_text_ensure()
    return base


def _rules():
    return CommitteeRules.for_site(Site.objects.get(is_default_site=True))


def test_an_affected_person_applies_confirms_submits_and_sees_the_status(
    open_site, browser, tmp_path
):
    context = browser.new_context(locale="ar")
    page = context.new_page()
    mail.outbox.clear()

    rules = _rules()
    assert rules.public_applications
    assert "affected_person" in rules.applicant_kinds
    page.goto(f"{open_site}/ar/apply/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("input[value=professional_advisor]").count() == 0
    page.check("input[name=applicant_kind][value=affected_person]")
    # The question of each exclusion the profile's rules switch on, answered "no"; the
    # profile switches the court and asylum exclusions off, so those are not asked.
    switches = [switch for switch, _statement in rules.exclusion_grounds()]
    assert switches
    for switch in switches:
        page.check(f"input[name={QUESTIONS[switch]}][value=no]")
    for switch in set(QUESTIONS) - set(switches):
        assert page.locator(f"input[name={QUESTIONS[switch]}]").count() == 0
    page.locator("main form button[type=submit]").last.click()

    # The address and the security code.
    hashkey = page.locator("input[name=captcha_0]").input_value()
    page.fill("#id_email", ADDRESS)
    page.fill("#id_captcha_1", CaptchaStore.objects.get(hashkey=hashkey).response)
    assert axe_violations(page) == []
    page.locator("main form button[type=submit]:not([name])").click()
    assert page.url.endswith("/ar/apply/sent/")
    (message,) = mail.outbox
    assert message.to == [ADDRESS]
    path = re.search(r"https?://[^/\s]+(/ar/apply/confirm/\S+/)", message.body).group(1)

    # Without the link the form does not open.
    assert page.goto(f"{open_site}/ar/apply/form/").status == 404
    page.goto(f"{open_site}{path}")
    page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/ar/apply/form/")

    # The consent declaration in the applicant's language, with the PDF to print.
    assert page.locator(".consent-text").get_attribute("lang") == "ar"
    pdf_link = page.locator("a[href*='/ar/consent/'][href$='/print.pdf']")
    assert pdf_link.count() == 1
    page.fill("#id_full_name", PERSON)
    page.fill("#id_date_of_birth", "1990-04-12")
    page.fill("#id_nationality", "Testland")
    page.fill("#id_district", "Wiesdorf")
    page.select_option("#id_residence_status", "duldung")
    page.fill("#id_ground_length_of_stay", "Seit zehn Jahren hier.")
    page.fill("#id_summary", "Kurze Zusammenfassung.")
    page.check("#id_consent_confirmed")
    page.set_input_files(
        "#id_consent_file",
        files=[{"name": "consent.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}],
    )
    assert axe_violations(page) == []
    page.locator("main form button[type=submit]").last.click()

    reference = page.locator("#public-reference").inner_text().strip()
    secret = page.locator("#public-secret").inner_text().strip()
    case = Case.objects.get(reference=reference)
    assert case.advice_center is None
    assert case.applicant_kind == "affected_person"
    page.screenshot(path=tmp_path / "public-application-done-ar.png", full_page=True)
    assert axe_violations(page) == []
    receipt = page.locator(f"a[href$='/ar/apply/receipt/{reference}.pdf']")
    assert receipt.count() == 1

    # Another browser, later: the status with reference and secret, nothing else.
    stranger = browser.new_context(locale="ar").new_page()
    stranger.goto(f"{open_site}/ar/apply/status/")
    stranger.fill("#id_reference", reference)
    stranger.fill("#id_secret", "AAAAAAAAAAAA")
    stranger.locator("main form button[type=submit]").click()
    assert stranger.locator("#public-status").count() == 0
    stranger.fill("#id_reference", reference)
    stranger.fill("#id_secret", secret)
    stranger.locator("main form button[type=submit]").click()
    status = stranger.locator("#public-status")
    assert reference in status.inner_text()
    html = stranger.content()
    for personal in (PERSON, "Testland", "Wiesdorf", ADDRESS, secret):
        assert personal not in html
    assert axe_violations(stranger) == []
    stranger.context.close()
    context.close()
