"""Each generated example starts from the same state: its database writes are rolled back,
and mails and cache entries (rate-limit counters) are cleared."""

import contextlib

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import transaction


class _Undo(Exception):
    pass


@contextlib.contextmanager
def undone():
    cache.clear()
    mail.outbox.clear()
    try:
        with transaction.atomic():
            yield
            raise _Undo
    except _Undo:
        pass
    finally:
        cache.clear()


@pytest.fixture
def isolated():
    """``with isolated():`` around the body of each generated example."""
    return undone
