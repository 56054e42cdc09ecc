"""The tables of this app now belong to ``accounts``, ``cases`` and ``committee``: they leave
this app's state (the database keeps them, under their new names), and their content types
follow them, so every permission granted on them stays granted."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from accounts.roles import groups_ensure

MOVED = {
    "advisorprofile": "accounts",
    "auditentry": "cases",
    "case": "cases",
    "consenttext": "cases",
    "committeerules": "committee",
}


def content_types_move(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    for model, app_label in MOVED.items():
        old = content_type_model.objects.filter(app_label="intake", model=model).first()
        if old is None:
            continue
        new = content_type_model.objects.filter(app_label=app_label, model=model).first()
        if new is None:
            old.app_label = app_label
            old.save(update_fields=["app_label"])
            continue
        # Both exist (the new one made by an earlier run): keep the new one, carry over the
        # permissions it lacks, with their grants.
        taken = set(permission_model.objects.filter(content_type=new).values_list("codename", flat=True))
        permission_model.objects.filter(content_type=old).exclude(codename__in=taken).update(
            content_type=new
        )
        old.delete()


def groups_grant(apps, schema_editor):
    for label in ("accounts", "cases"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    groups_ensure(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0002_roles_and_consent_text"),
        ("accounts", "0001_initial"),
        ("cases", "0001_initial"),
        ("committee", "0002_models_from_intake"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AdvisorProfile"),
                migrations.DeleteModel(name="AuditEntry"),
                migrations.DeleteModel(name="Case"),
                migrations.DeleteModel(name="CommitteeRules"),
                migrations.DeleteModel(name="ConsentText"),
            ],
        ),
        migrations.RunPython(content_types_move, migrations.RunPython.noop),
        migrations.RunPython(groups_grant, migrations.RunPython.noop),
    ]
