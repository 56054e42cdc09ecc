"""A copy of the second-factor tables is no copy of the second factor: whoever holds the dump
(and a password) can neither compute a current authenticator code nor check a backup code."""

import base64
import binascii
import hashlib
import hmac
from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_otp.oath import totp

from accounts import second_factor
from accounts.models import BackupCodeDevice, TOTPDevice
from accounts.services import (
    backup_codes_create,
    second_factor_verify,
    totp_device_for_enrolment,
    totp_enrolment_confirm,
)
from tests.cases.helpers import current_code

SECOND_FACTOR_TABLES = (
    "accounts_totpdevice",
    "accounts_backupcodedevice",
    "accounts_backupcode",
    # django-otp's own tables stay installed; they must stay empty.
    "otp_totp_totpdevice",
    "otp_static_staticdevice",
    "otp_static_statictoken",
)


def table_dump():
    """Every value of every row and column of the second-factor tables, as a dump has it."""
    values = []
    with connection.cursor() as cursor:
        for table in SECOND_FACTOR_TABLES:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            values.extend(value for row in cursor.fetchall() for value in row)
    return [value for value in values if value is not None]


def decoded(decode, text):
    try:
        return decode(text)
    except (ValueError, binascii.Error):
        return b""


def key_candidates(value):
    """What an attacker would try as the TOTP key in a dumped value."""
    raw = value if isinstance(value, bytes) else str(value).encode()
    yield raw
    text = raw.decode("ascii", "ignore").strip()
    for decode in (
        bytes.fromhex,
        base64.b32decode,
        base64.b64decode,
        base64.urlsafe_b64decode,
        lambda text: base64.b32decode(text.upper().replace(" ", "")),
    ):
        yield decoded(decode, text)


def codes_now_and_next(key):
    """Two codes in a row: a chance match of one six-digit code proves nothing."""
    return totp(key), totp(key, drift=1)


def offline_backup_code_checks(code, values):
    """What an attacker would try to check a backup code against the dump without the
    server's secret key: the code itself, plain hashes, and HMACs keyed with each value."""
    tried = set()
    for value in values:
        text = str(value)
        for message in (code, text + code, code + text, f"{text}:{code}"):
            tried.add(hashlib.sha256(message.encode()).hexdigest())
            tried.add(hmac.new(text.encode(), code.encode(), "sha256").hexdigest())
            tried.add(second_factor._digest(code, salt=text, secret=""))
    return tried


@pytest.fixture
def enrolled(advisor_a):
    TOTPDevice.objects.filter(user=advisor_a).delete()
    device = totp_device_for_enrolment(user=advisor_a)
    codes = totp_enrolment_confirm(device=device)
    return advisor_a, device, codes


@pytest.mark.django_db
def test_a_dump_of_the_second_factor_tables_verifies_no_code(enrolled):
    user, device, codes = enrolled
    values = table_dump()
    assert values  # the rows are there, only their secrets are not usable
    real_codes = codes_now_and_next(device.bin_key)
    for value in values:
        for key in key_candidates(value):
            if key:
                assert codes_now_and_next(key) != real_codes, value
    stored = set(map(str, values))
    for code in codes:
        assert code not in stored
        assert not offline_backup_code_checks(code, values) & stored
    # The server, with its keys, still accepts both.
    assert second_factor_verify(user=user, token=current_code(device)) == device
    assert isinstance(second_factor_verify(user=user, token=codes[0]), BackupCodeDevice)


@pytest.mark.django_db
def test_a_backup_code_works_once_and_a_new_set_replaces_the_old(enrolled, settings):
    # Not the back-off after a wrong code, which is another test's subject.
    settings.OTP_STATIC_THROTTLE_FACTOR = settings.OTP_TOTP_THROTTLE_FACTOR = 0
    user, _device, codes = enrolled
    assert second_factor_verify(user=user, token=codes[3].upper())
    assert second_factor_verify(user=user, token=codes[3]) is None
    fresh = backup_codes_create(user=user)
    assert second_factor_verify(user=user, token=codes[4]) is None
    assert second_factor_verify(user=user, token=fresh[4])


@pytest.mark.django_db
def test_a_totp_code_counts_once(enrolled):
    user, device, _codes = enrolled
    code = current_code(device)
    assert second_factor_verify(user=user, token=code) == device
    assert second_factor_verify(user=user, token=code) is None


@pytest.mark.django_db
def test_backup_codes_made_before_a_secret_key_change_still_work(enrolled, settings):
    user, _device, codes = enrolled
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40
    assert second_factor_verify(user=user, token=codes[0])
    settings.SECRET_KEY_FALLBACKS = []
    assert second_factor_verify(user=user, token=codes[1]) is None


@pytest.mark.django_db
def test_key_rotation_reencrypts_the_authenticator_keys(enrolled, settings):
    user, device, _codes = enrolled
    key = device.bin_key
    old_keys = list(settings.PORTAL_ENCRYPTION_KEYS)
    settings.PORTAL_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *old_keys]
    out = StringIO()
    call_command("rotate_case_keys", stdout=out)
    assert "1 authenticator keys" in out.getvalue()
    settings.PORTAL_ENCRYPTION_KEYS = settings.PORTAL_ENCRYPTION_KEYS[:1]
    device.refresh_from_db()
    assert device.bin_key == key
    assert second_factor_verify(user=user, token=current_code(device)) == device


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader


@pytest.mark.django_db(transaction=True)
def test_devices_in_django_otps_clear_tables_are_taken_over_and_removed(django_user_model):
    loader = migrate([("accounts", "0002_second_factor_devices")])
    old = loader.project_state(
        [
            ("accounts", "0002_second_factor_devices"),
            ("otp_totp", "0003_add_timestamps"),
            ("otp_static", "0003_add_timestamps"),
        ]
    ).apps
    user = django_user_model.objects.create_user("migrated@example.org", password="x" * 12)
    key = bytes(range(20))
    old.get_model("otp_totp", "TOTPDevice").objects.create(
        user_id=user.pk, name="phone", key=key.hex(), confirmed=True
    )
    static = old.get_model("otp_static", "StaticDevice").objects.create(
        user_id=user.pk, name="backup", confirmed=True
    )
    old.get_model("otp_static", "StaticToken").objects.create(device=static, token="abcdefgh")

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    device = TOTPDevice.objects.get(user=user)
    assert device.bin_key == key
    assert key.hex() not in device.key_encrypted
    assert second_factor_verify(user=user, token=f"{totp(key):06d}") == device
    assert second_factor_verify(user=user, token="abcdefgh")
    assert second_factor_verify(user=user, token="abcdefgh") is None
    with connection.cursor() as cursor:
        for table in SECOND_FACTOR_TABLES[3:]:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608
            assert cursor.fetchone() == (0,), table
