"""The name index for cases submitted before it existed: their names are decrypted once here
and stored only as tokens (see ``cases.name_index``)."""

from cryptography.fernet import InvalidToken
from django.db import migrations

from cases.name_index import name_tokens
from portal import crypto


def tokens_fill(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    CaseNameToken = apps.get_model("cases", "CaseNameToken")
    for case in Case.objects.only("pk", "payload").iterator():
        try:
            full_name = crypto.json_decrypt(case.payload).get("application", {}).get("full_name")
        except (InvalidToken, ValueError):
            # A payload the current keys cannot read; restore_check reports it, and
            # rebuild_case_name_index fills it in once the key is back.
            continue
        CaseNameToken.objects.bulk_create(
            [CaseNameToken(case_id=case.pk, token=token) for token in name_tokens(full_name or "")],
            ignore_conflicts=True,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0003_case_deadline_and_name_tokens"),
    ]

    operations = [
        migrations.RunPython(tokens_fill, migrations.RunPython.noop),
    ]
