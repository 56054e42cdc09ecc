"""What the public side does with the messages of its forms."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.submissions import Submission
from portal.notifications import absolute_url, notify
from portal.rules import committee_rules


def submission_create(*, kind, data, language=""):
    """Store a public form's message and tell the office about it by e-mail.

    The e-mail carries a link to the message in the admin, never what the person wrote: mail
    passes through servers the portal does not control, and a question may tell anything
    about someone's residence.
    """
    with transaction.atomic():
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
            url = absolute_url(reverse("form_messages:inspect", args=[submission.pk]))
            notify(
                kind="form_message",
                subject=f"[{committee_rules().committee_name}] {submission.get_kind_display()}",
                body=render_to_string(
                    "home/email/submission.txt", {"submission": submission, "url": url}
                ),
                to=[settings.OFFICE_EMAIL],
            )
    return submission


def submission_delete_expired(*, days):
    """Delete form messages older than `days` days; returns how many went."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _detail = Submission.objects.filter(created_at__lt=cutoff).delete()
    return deleted
