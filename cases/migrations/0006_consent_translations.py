"""The consent declaration 1.0 in the eleven languages besides German, each marked as not yet
reviewed by a native speaker."""

from django.db import migrations

from cases.consent_translations import TRANSLATIONS, consent_translations_ensure


def translations_add(apps, schema_editor):
    consent_text = apps.get_model("cases", "ConsentText")
    review = apps.get_model("home", "TranslationReview")
    if not consent_text.objects.filter(version="1.0", language="de").exists():
        # A database without the German text (it was replaced or removed) gets no
        # translations of a text it does not have.
        return
    consent_translations_ensure(consent_text, review)


def translations_remove(apps, schema_editor):
    apps.get_model("cases", "ConsentText").objects.filter(
        version="1.0", language__in=list(TRANSLATIONS)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0005_drafts_evidence_addenda"),
        ("home", "0007_translation_review_consent_text"),
    ]

    operations = [migrations.RunPython(translations_add, translations_remove)]
