"""The second factors move out of django-otp's tables, which keep them in clear: each
authenticator key is encrypted with PORTAL_ENCRYPTION_KEYS, each unused backup code is kept
as a salted hash keyed with SECRET_KEY, and the clear rows are deleted.

Logins that were verified with an old device must give their code once more.
"""

from django.db import migrations

from accounts import second_factor

DEVICE_FIELDS = (
    "user_id",
    "name",
    "confirmed",
    "throttling_failure_timestamp",
    "throttling_failure_count",
    "created_at",
    "last_used_at",
)
TOTP_FIELDS = ("step", "t0", "digits", "tolerance", "drift", "last_t")


def secrets_encrypt(apps, schema_editor):
    ClearTOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    ClearStaticDevice = apps.get_model("otp_static", "StaticDevice")
    TOTPDevice = apps.get_model("accounts", "TOTPDevice")
    BackupCodeDevice = apps.get_model("accounts", "BackupCodeDevice")
    BackupCode = apps.get_model("accounts", "BackupCode")

    for clear in ClearTOTPDevice.objects.all():
        fields = {name: getattr(clear, name) for name in DEVICE_FIELDS + TOTP_FIELDS}
        device = TOTPDevice.objects.create(
            key_encrypted=second_factor.totp_key_encrypt(bytes.fromhex(clear.key)), **fields
        )
        # auto_now_add has overwritten it on create.
        TOTPDevice.objects.filter(pk=device.pk).update(created_at=clear.created_at)
    for clear in ClearStaticDevice.objects.prefetch_related("token_set"):
        device = BackupCodeDevice.objects.create(
            **{name: getattr(clear, name) for name in DEVICE_FIELDS}
        )
        BackupCodeDevice.objects.filter(pk=device.pk).update(created_at=clear.created_at)
        for token in clear.token_set.all():
            salt, digest = second_factor.backup_code_hash(token.token)
            BackupCode.objects.create(device=device, salt=salt, digest=digest)

    ClearTOTPDevice.objects.all().delete()
    ClearStaticDevice.objects.all().delete()


def secrets_decrypt(apps, schema_editor):
    """Back to django-otp's tables: the authenticator keys return; backup codes cannot come
    back from their hashes, so their owners log in with the app and get new ones."""
    ClearTOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    TOTPDevice = apps.get_model("accounts", "TOTPDevice")
    for device in TOTPDevice.objects.all():
        fields = {name: getattr(device, name) for name in DEVICE_FIELDS + TOTP_FIELDS}
        ClearTOTPDevice.objects.create(
            key=second_factor.totp_key_decrypt(device.key_encrypted).hex(), **fields
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_second_factor_devices"),
        ("otp_totp", "0003_add_timestamps"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(secrets_encrypt, secrets_decrypt)]
