"""The three roles as groups with their permissions, and the first consent text (German)."""

import datetime

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONSENT_TITLE = "Einwilligung in die Datenverarbeitung und Entbindung von der Schweigepflicht"
CONSENT_BODY = """Ich bin damit einverstanden, dass meine Beraterin oder mein Berater meinen Fall dem Gremium „Bleiberechte fördern“ vorlegt. Dazu werden meine Angaben aus dem Kurzantrag (Name, Geburtsdatum, Staatsangehörigkeit, Wohnbezirk, Aufenthaltsstatus, Haushalt und die Gründe für eine besondere Härte, auch Angaben zu meiner Gesundheit) an die Mitglieder des Gremiums und dessen Geschäftsführung übermittelt.

Die Mitglieder des Gremiums sind zwei Vertreterinnen oder Vertreter der Arbeitsgemeinschaft der Wohlfahrtsverbände, ein Mitglied aus der ehrenamtlichen Flüchtlingsarbeit und die Leitung der Ausländerbehörde. Sie beraten meinen Fall vertraulich und in nicht öffentlicher Sitzung.

Ich entbinde meine Beraterin oder meinen Berater sowie die Ausländerbehörde von der Schweigepflicht, soweit das für die Beratung meines Falles im Gremium nötig ist. Die Ausländerbehörde darf im Termin ihre Unterlagen zu meinem Fall zur Einsicht vorlegen.

Das Gremium gibt eine gemeinsame Einschätzung ab. Sie ist eine Entscheidungshilfe; die Ausländerbehörde entscheidet frei. Ich habe keinen Anspruch darauf, dass mein Fall behandelt wird. Das Protokoll der Sitzung wird nicht Teil meiner Ausländerakte und nicht Teil eines Gerichtsverfahrens.

Meine Angaben werden verschlüsselt gespeichert und nach Abschluss des Verfahrens gelöscht. Ich kann diese Einwilligung jederzeit ohne Angabe von Gründen bei meiner Beratungsstelle widerrufen; dann werden meine Angaben sofort gelöscht. Der Widerruf gilt für die Zukunft.

Ich habe diese Erklärung gelesen oder sie wurde mir in einer Sprache erklärt, die ich verstehe."""

GROUPS = {
    "Editors": [
        ("wagtailadmin", "access_admin"),
        ("advice_centers", "add_advicecenter"),
        ("advice_centers", "change_advicecenter"),
        ("advice_centers", "delete_advicecenter"),
        ("advice_centers", "view_advicecenter"),
        ("intake", "add_consenttext"),
        ("intake", "change_consenttext"),
        ("intake", "view_consenttext"),
        ("wagtail_localize", "submit_translation"),
    ],
    "Advisors": [("intake", "submit_case")],
    "Committee": [("intake", "review_case"), ("intake", "view_auditentry")],
}


def forwards(apps, schema_editor):
    for label in ("intake", "advice_centers"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in codes:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
    ConsentText = apps.get_model("intake", "ConsentText")
    ConsentText.objects.get_or_create(
        version="1.0",
        language="de",
        defaults={
            "title": CONSENT_TITLE,
            "body": CONSENT_BODY,
            "valid_from": datetime.date(2025, 1, 1),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0001_initial"),
        ("advice_centers", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
