"""The advisor's letter with the released joint assessment: sender, person, dates, the note
that the authority decides freely, and the fixed texts in the person's language."""

import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from pypdf import PdfReader

from cases.models import AuditEntry
from tests.committee.conftest import case_assessed, case_submit, client_login

ARABIC = re.compile(r"[\u0600-\u06ff]")
ETHIOPIC = re.compile(r"[\u1200-\u137f]")
REASONS = "Die Familie lebt seit neun Jahren in Dortmund."
NOTE_DE = "Die Ausländerbehörde entscheidet weiterhin frei"


def _text(content):
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _url(case, language=None):
    url = reverse("committee:case_assessment_pdf", args=[case.reference])
    return f"{url}?language={language}" if language else url


@pytest.fixture
def released(advisor, member, rules):
    rules.letterhead = "Geschäftsstelle des Beratungsgremiums\nRathaus, Friedensplatz 1"
    rules.save()
    case = case_submit(advisor, full_name="Amina Beispiel")
    assessment = case_assessed(case, member, text=REASONS, released_at=timezone.now())
    return case, assessment


def test_german_letter_names_sender_person_session_and_that_the_authority_decides(
    client, advisor, released, rules
):
    case, assessment = released
    client_login(client, advisor)
    response = client.get(_url(case))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="assessment-{case.reference}-de.pdf"' in response["Content-Disposition"]
    text = _text(response.content)
    assert rules.committee_name in text
    assert "Geschäftsstelle des Beratungsgremiums" in text
    assert "Rathaus, Friedensplatz 1" in text
    assert "Amina Beispiel" in text
    assert case.reference in text
    with translation.override("de"):
        session_day = date_format(timezone.localdate(assessment.session.starts_at), "DATE_FORMAT")
    assert f"Datum der Sitzung {session_day}" in text
    assert REASONS in text
    assert NOTE_DE in text
    assert "Rechtsanspruch" in text
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD, actor=advisor
    ).exists()


def test_empty_letterhead_shows_the_committee_name_and_no_address(client, advisor, member, rules):
    rules.letterhead = ""
    rules.save()
    case = case_submit(advisor)
    case_assessed(case, member, released_at=timezone.now())
    client_login(client, advisor)
    text = _text(client.get(_url(case)).content)
    assert text.startswith(f"{rules.committee_name} Gemeinsame Einschätzung des Gremiums")


def test_arabic_letter_has_the_fixed_texts_in_arabic_beside_the_german_original(
    client, advisor, released
):
    case, _assessment = released
    client_login(client, advisor)
    response = client.get(_url(case, "ar"))
    assert response.status_code == 200
    assert f'filename="assessment-{case.reference}-ar.pdf"' in response["Content-Disposition"]
    text = _text(response.content)
    with translation.override("ar"):
        reference_label = gettext("Reference")
        in_german = gettext("The committee's reasons follow below, in German only.")
    assert ARABIC.search(reference_label)
    # Extracted in reading order, not mirrored: the letter is searchable and copyable.
    assert f"{reference_label} {case.reference}" in text
    assert in_german.rstrip(".") in text
    # The German original is all there, and the reasons stay as the committee wrote them.
    assert "Gemeinsame Einschätzung des Gremiums" in text
    assert "Verbindlich ist allein die deutsche Fassung" in text
    assert NOTE_DE in text
    assert text.count(REASONS) == 1
    assert "Amina Beispiel" in text


def test_tigrinya_letter_has_ethiopic_text(client, advisor, released):
    case, _assessment = released
    client_login(client, advisor)
    text = _text(client.get(_url(case, "ti")).content)
    with translation.override("ti"):
        recommendation_label = gettext("Recommendation")
    assert ETHIOPIC.search(recommendation_label)
    assert recommendation_label in text


@pytest.mark.parametrize("language", ["xx", "", "de", "../ar"])
def test_unknown_or_german_language_gives_the_german_letter_only(
    client, advisor, released, language
):
    case, _assessment = released
    client_login(client, advisor)
    response = client.get(_url(case, language))
    assert response.status_code == 200
    assert f'filename="assessment-{case.reference}-de.pdf"' in response["Content-Disposition"]
    text = _text(response.content)
    assert NOTE_DE in text
    assert not ARABIC.search(text)
    assert "Übersetzung" not in text


def test_advisor_of_another_centre_gets_404(client, other_advisor, released):
    case, _assessment = released
    client_login(client, other_advisor)
    assert client.get(_url(case, "ar")).status_code == 404
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.ACCESS_DENIED
    ).exists()
    assert not AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD
    ).exists()


def test_no_letter_before_release(client, advisor, member):
    case = case_submit(advisor)
    case_assessed(case, member)
    client_login(client, advisor)
    assert client.get(_url(case, "ar")).status_code == 404
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    assert 'name="language"' not in page


def test_case_page_offers_the_languages_by_their_native_names_in_a_plain_form(
    client, advisor, released
):
    case, _assessment = released
    client_login(client, advisor)
    page = client.get(reverse("cases:case_detail", args=[case.reference])).content.decode()
    form = re.search(r'<form method="get" action="([^"]+)"[^>]*>(.*?)</form>', page, re.S)
    assert form is not None and form.group(1) == _url(case)
    assert 'name="language"' in form.group(2)
    for code, native in (("ar", "العربية"), ("ti", "ትግርኛ"), ("uk", "Українська")):
        assert f'<option value="{code}" lang="{code}">{native}</option>' in form.group(2)
    assert '<label for="letter-language">' in form.group(2)
