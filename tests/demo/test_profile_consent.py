"""Each committee profile brings its own consent declarations: a reader of one committee's
portal never signs a declaration that names another committee and its members."""

import pytest
from django.conf import settings
from django.utils import timezone

from cases.consent_default import CONSENT_BODY, CONSENT_TITLE, VERSION
from cases.consent_translations import NOTE_PARAGRAPHS
from cases.models import ConsentPurpose, ConsentText, PublicApplication
from cases.services import consent_text_default_remove, consent_text_ensure
from demo.profiles import PROFILES, profile_get
from demo.services import portal_seed
from home.models import TranslationReview
from portal.languages import SOURCE_LANGUAGE

pytestmark = pytest.mark.django_db

DORTMUNDS_COMMITTEE = "Bleiberechte fördern"
LANGUAGES = {code for code, _name in settings.LANGUAGES}


def seed(name):
    # As on a new installation: the migrations have written Dortmund's declaration (an
    # earlier test's flush may have taken it).
    consent_text_ensure()
    return portal_seed(log=lambda message: None, translations=False, profile=name)


def purposes_opened(profile):
    """The declarations the profile's intake channels need."""
    purposes = set()
    if profile.RULES["applicant_kinds"]:
        purposes.add(ConsentPurpose.APPLICATION)
    if profile.RULES["referrals"]:
        purposes.add(ConsentPurpose.REFERRAL)
    return purposes


def declarations():
    return [
        pytest.param(name, declaration, id=f"{name}-{declaration['purpose']}")
        for name, profile in sorted(PROFILES.items())
        for declaration in profile.CONSENT_TEXTS
    ]


def test_leverkusen_gets_its_own_declaration_and_none_naming_dortmunds_committee():
    seed("leverkusen")
    version = ConsentText.objects.current_version(ConsentPurpose.APPLICATION)
    german = ConsentText.objects.get(
        purpose=ConsentPurpose.APPLICATION, version=version, language=SOURCE_LANGUAGE
    )
    assert "„Beratungsgremium zum Aufenthaltsrecht“ der Stadt Leverkusen" in german.body
    assert "fünf ordentliche und fünf stellvertretende Mitglieder" in german.body
    assert not ConsentText.objects.filter(body__contains=DORTMUNDS_COMMITTEE).exists()
    assert not ConsentText.objects.filter(version=VERSION).exists()
    # Nor a review record of a translation that is gone.
    assert not TranslationReview.objects.filter(
        consent_text__isnull=False, consent_text__version=VERSION
    ).exists()


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_language_has_the_version_in_force_of_each_purpose_the_profile_opens(name):
    profile = profile_get(name)
    seed(name)
    for purpose in ConsentPurpose.values:
        version = ConsentText.objects.current_version(purpose)
        if purpose not in purposes_opened(profile):
            assert version is None, purpose
            continue
        languages = ConsentText.objects.filter(purpose=purpose, version=version).values_list(
            "language", flat=True
        )
        assert set(languages) == LANGUAGES, purpose


@pytest.mark.parametrize(("name", "declaration"), declarations())
def test_each_translation_follows_the_german_paragraphs_after_its_note(name, declaration):
    seed(name)
    texts = {
        text.language: text
        for text in ConsentText.objects.filter(
            purpose=declaration["purpose"], version=declaration["version"]
        )
    }
    german = texts.pop(SOURCE_LANGUAGE)
    assert german.paragraphs() == declaration["paragraphs"]
    assert set(texts) == LANGUAGES - {SOURCE_LANGUAGE}
    for language, text in texts.items():
        translation = declaration["translations"][language]
        assert len(text.paragraphs()) == len(german.paragraphs()) + NOTE_PARAGRAPHS, language
        assert text.paragraphs()[0] == translation["note"]
        assert text.title == translation["title"]
        review = TranslationReview.objects.get(consent_text=text)
        assert review.reviewed is False
        assert review.language() == language


@pytest.mark.parametrize(
    ("name", "german_names"),
    [
        (
            "leverkusen",
            [
                "Beratungsgremium zum Aufenthaltsrecht",
                "(Kurzantrag)",
                "(Integrationsrat)",
                "(Fachbereich Bürger und Integration)",
                "(Gleichstellungsbüro)",
            ],
        ),
        ("kreis-unna", ["(Kreis Unna)", "(Kommunales Integrationszentrum, KI)"]),
    ],
)
def test_translations_keep_the_german_names_and_name_no_other_committee(name, german_names):
    for declaration in profile_get(name).CONSENT_TEXTS:
        for language, translation in declaration["translations"].items():
            text = " ".join(translation["paragraphs"])
            assert DORTMUNDS_COMMITTEE not in text, language
            # The names readers meet in German letters stay beside the translation.
            for german_name in german_names:
                assert german_name in text, (language, german_name)


def test_kreis_unna_has_a_referral_declaration_in_force_and_no_application_one():
    seed("kreis-unna")
    version = ConsentText.objects.current_version(ConsentPurpose.REFERRAL)
    german = ConsentText.objects.get(
        purpose=ConsentPurpose.REFERRAL, version=version, language=SOURCE_LANGUAGE
    )
    assert german.title == (
        "Datenschutzrechtliche Einwilligungserklärung und Entbindung von der Schweigepflicht"
    )
    assert "Kommunale Integrationszentrum (KI)" in german.body
    assert not ConsentText.objects.filter(purpose=ConsentPurpose.APPLICATION).exists()
    assert ConsentText.objects.in_force("ar", ConsentPurpose.APPLICATION) is None
    assert ConsentText.objects.in_force("ar", ConsentPurpose.REFERRAL).language == "ar"


def test_dortmund_keeps_the_first_declaration_unchanged():
    seed("dortmund")
    assert ConsentText.objects.current_version(ConsentPurpose.APPLICATION) == VERSION
    german = ConsentText.objects.get(version=VERSION, language=SOURCE_LANGUAGE)
    assert (german.title, german.body) == (CONSENT_TITLE, CONSENT_BODY)
    assert ConsentText.objects.filter(version=VERSION).count() == len(LANGUAGES)
    assert not ConsentText.objects.exclude(version=VERSION).exists()


@pytest.mark.parametrize("name", ["leverkusen", "kreis-unna"])
def test_consent_text_ensure_never_brings_dortmunds_declaration_back(name):
    seed(name)
    consent_text_ensure()
    assert not ConsentText.objects.filter(body__contains=DORTMUNDS_COMMITTEE).exists()
    # Not even into an installation that has lost every consent text.
    ConsentText.objects.all().delete()
    consent_text_ensure()
    assert not ConsentText.objects.exists()


def test_seeding_again_keeps_the_declarations_and_creates_nothing_twice():
    seed("leverkusen")
    count = ConsentText.objects.count()
    seed("leverkusen")
    assert ConsentText.objects.count() == count


def test_a_declaration_someone_may_have_signed_is_kept():
    consent_text_ensure()
    PublicApplication.objects.create(
        expires_at=timezone.now(), payload="", consent_file_name="signed.pdf.enc"
    )
    assert consent_text_default_remove() is False
    assert ConsentText.objects.filter(version=VERSION).count() == len(LANGUAGES)
    # The installation's own declaration is the one in force all the same.
    portal_seed(log=lambda message: None, translations=False, profile="leverkusen")
    version = ConsentText.objects.current_version(ConsentPurpose.APPLICATION)
    assert version == profile_get("leverkusen").CONSENT_TEXTS[0]["version"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "„Beratungsgremium zum Aufenthaltsrecht“ der Stadt Leverkusen"),
        ("ar", "«Beratungsgremium zum Aufenthaltsrecht» التابعة لمدينة ليفركوزن"),
    ],
)
def test_the_public_page_shows_the_installations_declaration(client, language, expected):
    seed("leverkusen")
    response = client.get(f"/{language}/consent/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert expected in html
    assert "Leverkusen" in html
    assert DORTMUNDS_COMMITTEE not in html
