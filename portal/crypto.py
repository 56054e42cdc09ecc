"""Encryption at rest for case data and second-factor keys: MultiFernet, so keys can rotate.

The first key in ``PORTAL_ENCRYPTION_KEYS`` encrypts; every key decrypts. Rotating means
putting a new key first and re-encrypting with ``manage.py rotate_case_keys`` before dropping
the old. It lives in ``portal`` because accounts, below cases, encrypts with it too.
"""

import json
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.dispatch import Signal

# Sent by ``manage.py rotate_case_keys`` after its own work: apps that encrypt data of their
# own re-encrypt it and answer with ``(label, count)``, so one command still covers
# everything encrypted.
keys_rotate = Signal()


@lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured("PORTAL_ENCRYPTION_KEYS is empty.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured("PORTAL_ENCRYPTION_KEYS holds an invalid key.") from error


def fernet():
    return _fernet_for(tuple(settings.PORTAL_ENCRYPTION_KEYS))


def bytes_encrypt(data: bytes) -> bytes:
    return fernet().encrypt(data)


def bytes_decrypt(token: bytes) -> bytes:
    return fernet().decrypt(token)


def json_encrypt(data) -> str:
    return bytes_encrypt(json.dumps(data, ensure_ascii=False).encode()).decode("ascii")


def json_decrypt(token: str):
    return json.loads(bytes_decrypt(token.encode("ascii")))


def token_rotate(token: bytes) -> bytes:
    return fernet().rotate(token)
