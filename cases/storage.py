"""Consent files: encrypted, outside the media root, named by a random id, never served
directly. Only ``cases.views.case_consent_file`` hands them out after a permission check."""

import contextlib
import logging
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.dispatch import Signal

from portal import crypto

logger = logging.getLogger(__name__)


# Apps above cases that keep files here answer with the names they hold (an iterable), so
# that a restore check does not report their files as belonging to nothing.
private_files_referenced = Signal()


class PrivateStorageError(Exception):
    """A consent file could not be stored: the folder is missing or not writable, or the disk
    is full. Nothing of the file is left behind."""


def _root():
    root = Path(settings.PRIVATE_STORAGE_ROOT)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def _path(name):
    if not name or not name.isalnum():
        raise ValueError("Invalid private file name.")
    return _root() / name


def _owner_only(path, flags):
    # Created 0600 rather than changed afterwards: no moment in which others may read it.
    return os.open(path, flags, 0o600)


def _write_failed(error):
    # The path and the system's reason only: an operator must learn that the disk is full.
    logger.error("Consent file could not be stored: %s", error)
    return PrivateStorageError(str(error))


def private_file_write(content: bytes) -> str:
    """Store ``content`` encrypted under a new name and return the name.

    The data is on disk (fsync) before the name is returned, so a case committed afterwards
    never points at a file that a power cut could still take away.
    """
    encrypted = crypto.bytes_encrypt(content)
    name = secrets.token_hex(16)
    try:
        path = _path(name)
        handle = open(path, "xb", opener=_owner_only)  # noqa: SIM115 - closed below
    except OSError as error:
        raise _write_failed(error) from error
    try:
        with handle:
            handle.write(encrypted)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        # A full disk leaves a truncated file: it must not outlive the failed submission.
        path.unlink(missing_ok=True)
        raise _write_failed(error) from error
    return name


def private_file_names():
    """Names of all stored files (none while the folder does not exist yet)."""
    root = Path(settings.PRIVATE_STORAGE_ROOT)
    if not root.is_dir():
        return []
    return sorted(entry.name for entry in root.iterdir() if entry.name.isalnum())


def private_file_names_referenced_elsewhere():
    """The names the receivers of ``private_files_referenced`` hold."""
    names = set()
    for _receiver, held in private_files_referenced.send(sender=None):
        names |= set(held or ())
    return names


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
