"""Mail that never undoes work: it goes out once the change it reports is committed.

A mail server that is down, slow to refuse or misconfigured must not roll back a status
change, an account decision or an invitation, and must not show the person a server error
for work that is stored. The failure is logged by kind only: the log cleaning in
``portal.logs`` keeps the exception's type and errno, never its message or the addresses.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction

logger = logging.getLogger(__name__)


def absolute_url(path):
    """``path`` as a link for an e-mail, on the portal's public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def notify(*, kind, subject, body, to, attachments=(), using=None):
    """Queue one e-mail for after the current transaction commits (at once outside one).

    ``kind`` names the notification in the log, e.g. ``"status_change"``; it must not carry
    anything about a person. ``attachments`` are ``(filename, content, mimetype)`` triples.
    Returns nothing: by the time the mail goes out, the caller's work is done.
    """
    recipients = [address for address in to if address]
    if not recipients:
        return
    message = EmailMessage(str(subject), str(body), None, recipients)
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)

    def send():
        try:
            message.send()
        except Exception:
            logger.exception(
                "Notification %r could not be sent; the change it reports stands", kind
            )

    transaction.on_commit(send, using=using)
