"""What the public side does with the messages of its forms."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.submissions import Submission

logger = logging.getLogger(__name__)


def submission_create(*, kind, data, language=""):
    """Store a public form's message and tell the office about it by e-mail.

    The e-mail carries a link to the message in the admin, never what the person wrote: mail
    passes through servers the portal does not control, and a question may tell anything
    about someone's residence.
    """
    submission = Submission.objects.create(
        kind=kind,
        name=data.get("name", ""),
        email=data.get("email", ""),
        page_address=data.get("page_address", ""),
        message=data["message"],
        language=language,
    )
    # The office reads German, whatever language the reader wrote in.
    with translation.override(settings.LANGUAGE_CODE):
        subject = f"[{settings.WAGTAIL_SITE_NAME}] {submission.get_kind_display()}"
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "form_messages:inspect", args=[submission.pk]
        )
        body = render_to_string(
            "home/email/submission.txt", {"submission": submission, "url": url}
        )
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [settings.OFFICE_EMAIL])
    except OSError:
        # The message is saved and visible in the admin; a mail outage must not lose it.
        logger.exception("Could not e-mail form submission %s to the office", submission.pk)
    return submission


def submission_delete_expired(*, days):
    """Delete form messages older than `days` days; returns how many went."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _detail = Submission.objects.filter(created_at__lt=cutoff).delete()
    return deleted
