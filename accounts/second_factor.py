"""How the second factor's secrets are kept: authenticator keys encrypted with the portal's
key set, backup codes only as salted, keyed hashes.

A copy of the database alone then neither shows a key nor lets anyone test a guessed backup
code: the keys need ``PORTAL_ENCRYPTION_KEYS``, the hashes need ``SECRET_KEY``. The data
migration that took the secrets over from django-otp's tables uses these functions too, so
they stay small and free of models.
"""

import os
import secrets
from base64 import b32encode

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

from portal import crypto

TOTP_KEY_BYTES = 20
BACKUP_CODE_PURPOSE = "accounts.second_factor.backup_code"


def totp_key_encrypt(key: bytes) -> str:
    return crypto.bytes_encrypt(key).decode("ascii")


def totp_key_decrypt(token: str) -> bytes:
    return crypto.bytes_decrypt(token.encode("ascii"))


def totp_key_rotate(token: str) -> str:
    return crypto.token_rotate(token.encode("ascii")).decode("ascii")


def totp_key_new_encrypted() -> str:
    return totp_key_encrypt(os.urandom(TOTP_KEY_BYTES))


def backup_code_new() -> str:
    """Eight characters of base32, lower case: 40 random bits, easy to type from paper."""
    return b32encode(os.urandom(5)).decode("ascii").lower()


def backup_code_normalise(code) -> str:
    return str(code or "").strip().replace(" ", "").replace("-", "").lower()


def _digest(code, *, salt, secret):
    return salted_hmac(
        BACKUP_CODE_PURPOSE, f"{salt}:{code}", secret=secret, algorithm="sha256"
    ).hexdigest()


def backup_code_hash(code):
    """``(salt, digest)`` to store for ``code``."""
    salt = secrets.token_hex(16)
    return salt, _digest(backup_code_normalise(code), salt=salt, secret=settings.SECRET_KEY)


def backup_code_matches(code, *, salt, digest) -> bool:
    """Whether ``code`` is the one stored as ``salt`` and ``digest``. Codes hashed under a
    secret key that has since moved to ``SECRET_KEY_FALLBACKS`` still match."""
    code = backup_code_normalise(code)
    matched = False
    for secret in (settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", ())):
        # Every secret is tried, so a match costs as long as a miss.
        matched |= constant_time_compare(_digest(code, salt=salt, secret=secret), digest)
    return matched
