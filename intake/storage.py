"""Consent files: encrypted, outside the media root, named by a random id, never served
directly. Only ``intake.views.case_consent_file`` hands them out after a permission check."""

import contextlib
import secrets
from pathlib import Path

from django.conf import settings

from intake import crypto


def _root():
    root = Path(settings.PRIVATE_STORAGE_ROOT)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def _path(name):
    if not name or not name.isalnum():
        raise ValueError("Invalid private file name.")
    return _root() / name


def private_file_write(content: bytes) -> str:
    name = secrets.token_hex(16)
    path = _path(name)
    with open(path, "xb") as handle:
        handle.write(crypto.bytes_encrypt(content))
    path.chmod(0o600)
    return name


def private_file_read(name: str) -> bytes:
    return crypto.bytes_decrypt(_path(name).read_bytes())


def private_file_delete(name: str) -> None:
    with contextlib.suppress(FileNotFoundError, ValueError):
        _path(name).unlink()


def private_file_rotate(name: str) -> None:
    path = _path(name)
    temporary = path.with_suffix(".rotating")
    temporary.write_bytes(crypto.token_rotate(path.read_bytes()))
    temporary.chmod(0o600)
    temporary.replace(path)
