"""The consent declaration in every reader's language, beside the binding German text, on
the page and as a PDF to print."""

import io
import re

import pytest
from django.conf import settings
from pypdf import PdfReader

from cases.consent_default import CONSENT_TITLE, VERSION
from cases.consent_translations import TRANSLATIONS
from cases.models import ConsentText
from home.models import TranslationReview
from tests.cases.helpers import draft_start, draft_step_url, login_verified

pytestmark = pytest.mark.django_db


def _element(html, lang):
    """The opening tag of the first consent column in ``lang``."""
    match = re.search(rf'<div class="consent-column[^"]*" lang="{lang}"[^>]*>', html)
    assert match, f"no column in {lang}"
    return match.group(0)


def test_every_language_has_the_current_version():
    version = ConsentText.objects.current_version()
    assert version == VERSION
    languages = set(ConsentText.objects.filter(version=version).values_list("language", flat=True))
    assert languages == {code for code, _name in settings.LANGUAGES}


@pytest.mark.parametrize("language", sorted(TRANSLATIONS))
def test_each_translation_says_the_german_text_binds_and_awaits_review(language):
    text = ConsentText.objects.get(version=VERSION, language=language)
    german = ConsentText.objects.get(version=VERSION, language="de")
    # The note first, then one paragraph for each German one.
    assert len(text.paragraphs()) == len(german.paragraphs()) + 1
    assert text.paragraphs()[0] == TRANSLATIONS[language]["note"]
    review = TranslationReview.objects.get(consent_text=text)
    assert review.reviewed is False
    assert review.language() == language


def test_arabic_reader_sees_arabic_beside_the_binding_german_text(client):
    html = client.get("/ar/consent/").content.decode()
    arabic = TRANSLATIONS["ar"]
    assert 'dir="rtl"' in _element(html, "ar")
    assert 'dir="ltr"' in _element(html, "de")
    assert arabic["title"] in html
    assert arabic["note"] in html
    assert CONSENT_TITLE in html
    # Paragraphs in the same order: the first German one before the second, likewise Arabic.
    german = ConsentText.objects.get(version=VERSION, language="de").paragraphs()
    assert html.index(german[0]) < html.index(german[1])
    assert html.index(arabic["paragraphs"][0]) < html.index(arabic["paragraphs"][1])
    # Place/date and signature once, in both languages.
    assert html.count('class="signature-line"') == 2
    assert "/ar/consent/1.0/print.pdf" in html


def test_german_reader_sees_german_only(client):
    html = client.get("/de/consent/").content.decode()
    assert CONSENT_TITLE in html
    assert 'class="consent-column consent-translated"' not in html
    for translation in TRANSLATIONS.values():
        assert translation["title"] not in html


@pytest.mark.parametrize("language", ["ar", "ti", "uk"])
def test_the_pdf_has_both_titles(client, language):
    response = client.get(f"/{language}/consent/1.0/print.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    squashed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", CONSENT_TITLE) in squashed
    if language != "ar":
        # Arabic comes out of the PDF shaped (presentation forms) and in visual order, so
        # only the scripts that keep their letters are compared word for word.
        assert re.sub(r"\s+", "", TRANSLATIONS[language]["title"]) in squashed
    else:
        assert re.search(r"[\u0600-\u06ff\ufb50-\ufeff]", text)


def test_the_pdf_of_an_unknown_version_is_404(client):
    assert client.get("/de/consent/9.9/print.pdf").status_code == 404


def test_the_application_links_the_declaration_to_print(client, advisor_a):
    login_verified(client, advisor_a)
    first_step = draft_start(client, language="ar")
    html = client.get(draft_step_url(first_step, "consent")).content.decode()
    assert "/ar/consent/1.0/print.pdf" in html
