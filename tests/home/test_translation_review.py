"""Editors record which translations a native speaker has reviewed; readers never learn of it."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from advice_centers.models import AdviceCenter
from cases.models import ConsentText
from home.models import ContentPage, TranslationReview
from tests.cases.helpers import login_verified

NOTE = "Geprüft von Frau Beispiel am 1. Dezember"


@pytest.fixture
def page(seeded_site):
    return ContentPage.objects.live().filter(locale=seeded_site.locale).first()


def test_a_review_is_of_a_page_or_of_a_centre(page):
    center = AdviceCenter.objects.filter(locale=page.locale).first()
    for review in (TranslationReview(), TranslationReview(page=page, center=center)):
        with pytest.raises(ValidationError):
            review.full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        TranslationReview.objects.create()
    TranslationReview(page=page).full_clean()


def test_editors_see_which_translations_are_reviewed(page, editor):
    TranslationReview.objects.create(page=page, reviewed=True, note=NOTE)
    client = Client()
    login_verified(client, editor)
    response = client.get(reverse("translation_reviews:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    # The column, in the admin's language (German unless the editor chose another).
    headers = []
    for language in ("de", "en"):
        with translation.override(language):
            headers.append(translation.gettext("Reviewed by a native speaker"))
    assert any(header in html for header in headers)


@pytest.mark.parametrize("reviewed", [True, False])
def test_readers_never_see_the_review(page, client, reviewed):
    TranslationReview.objects.create(page=page, reviewed=reviewed, note=NOTE)
    html = client.get(page.url).content.decode()
    assert NOTE not in html
    for language in ("de", "en"):
        with translation.override(language):
            assert translation.gettext("Reviewed by a native speaker") not in html
            assert translation.gettext("Review note") not in html


def test_the_consent_translations_await_review(page):
    """Each translation of the consent declaration is recorded as not yet reviewed."""
    texts = ConsentText.objects.exclude(language="de")
    assert texts.count() == 11
    reviews = TranslationReview.objects.filter(consent_text__in=texts)
    assert reviews.count() == 11
    assert not reviews.filter(reviewed=True).exists()
    with pytest.raises(ValidationError):
        TranslationReview(page=page, consent_text=texts.first()).full_clean()
