"""The three roles as groups with their permissions, and the first consent text (German)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from cases.consent_default import consent_text_default_ensure
from accounts.roles import groups_ensure

def forwards(apps, schema_editor):
    for label in ("intake", "advice_centers"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    groups_ensure(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))
    consent_text_default_ensure(apps.get_model("intake", "ConsentText"))


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
