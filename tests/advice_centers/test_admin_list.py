"""Editors see each centre once, with the state of its translations."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from tests.advice_centers.conftest import center_translate
from tests.cases.helpers import login_verified
from tests.factories import AdviceCenterFactory
from tests.ui import de

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/advice_centers/advicecenter/"


@pytest.fixture
def editor(client, django_user_model):
    login_verified(
        client, django_user_model.objects.create_superuser("ed", "e@x.org", "pw-long-1")
    )
    return client


@pytest.fixture
def centres():
    Locale.objects.get_or_create(language_code="fr")
    hafen = AdviceCenterFactory(name="Beratung am Hafen", description="Am Hafen.")
    markt = AdviceCenterFactory(name="Beratung am Markt")
    center_translate(
        hafen, "ar", {"Beratung am Hafen": "استشارة الميناء", "Am Hafen.": "في الميناء."}
    )
    center_translate(hafen, "ti")
    center_translate(markt, "ar")
    return hafen, markt


def state_of(html, name, language_code):
    """What the list's translation column says of one centre in one language."""
    row = next(row for row in html.split("<tr") if name in row)
    language = translation.get_language_info(language_code)["name"]
    with translation.override("de"):
        language = translation.gettext(language)
    match = re.search(rf'<span class="w-sr-only">{re.escape(language)}: ([^<]+)</span>', row)
    return match and match.group(1)


def test_each_centre_is_listed_once_with_its_translations(editor, centres):
    html = editor.get(LIST).content.decode()
    assert html.count(">Beratung am Hafen<") == 1
    assert html.count(">Beratung am Markt<") == 1
    assert "استشارة الميناء" not in html
    assert state_of(html, "Beratung am Hafen", "de") == de("original")
    assert state_of(html, "Beratung am Hafen", "ar") == de("translated")
    # Tigrinya was made with the German text: it waits for a translator.
    assert state_of(html, "Beratung am Hafen", "ti") == de("waiting for translation")
    assert state_of(html, "Beratung am Hafen", "fr") == de("not translated yet")
    assert state_of(html, "Beratung am Markt", "ti") == de("not translated yet")
    # Each copy links to its editor.
    arabic = centres[0].get_translation(Locale.objects.get(language_code="ar"))
    assert f'href="{LIST}edit/{arabic.pk}/"' in html


def test_changed_german_text_shows_as_waiting_for_translation(editor, centres):
    hafen, _markt = centres
    hafen.languages = ["de"]
    hafen.save()
    html = editor.get(LIST).content.decode()
    assert state_of(html, "Beratung am Hafen", "ar") == de("translated")
    hafen.description = "Jetzt am Hafen und in der Stadt."
    hafen.save()
    html = editor.get(LIST).content.decode()
    assert state_of(html, "Beratung am Hafen", "ar") == de("waiting for translation")


def test_another_language_can_still_be_listed(editor, centres):
    html = editor.get(LIST, {"locale": "ar"}).content.decode()
    assert "استشارة الميناء" in html
    assert ">Beratung am Markt<" in html  # the Arabic copy still has the German name


def test_the_export_has_each_centre_once(editor, centres):
    response = editor.get(LIST, {"export": "csv"})
    csv = b"".join(response.streaming_content).decode()
    assert csv.count("Beratung am Hafen") == 1
    assert "استشارة الميناء" not in csv
