"""What the public side does with the messages of its forms, and with translators' files."""

import re
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail_localize.strings import StringValue

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


# Translation files ---------------------------------------------------------------------------
# wagtail-localize stores whatever a PO file says and only flags broken strings afterwards; a
# file is checked here first, so that a bad file changes nothing at all.

_INLINE_TAG = re.compile(r"<(/?)([a-zA-Z]+)([^>]*)>")


class TranslationFileRefused(ValueError):
    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def _inline_tags(text):
    """The opening tags (name and link id) and how many of each tag are closed."""
    opened, closed = [], []
    for closing, name, attrs in _INLINE_TAG.findall(text):
        if closing:
            closed.append(name.lower())
        else:
            link_id = re.search(r'id="([^"]*)"', attrs)
            opened.append((name.lower(), link_id.group(1) if link_id else ""))
    return sorted(opened), sorted(closed)


def _segment_label(entry):
    return f"“{Truncator(entry.msgid).chars(60)}”"


def translation_po_check(*, po, translation):
    """What is wrong with ``po`` as a translation file for ``translation``, in words."""
    problems = []
    language = po.metadata.get("Language", "").strip().replace("_", "-").lower()
    expected = translation.target_locale.language_code.lower()
    if language and language != expected:
        problems.append(
            _("The file is for the language “%(found)s”, this translation is “%(expected)s”.")
            % {"found": language, "expected": expected}
        )
    translation_id = po.metadata.get("X-WagtailLocalize-TranslationID")
    if translation_id is not None and translation_id != str(translation.uuid):
        problems.append(_("The file was made for a different translation."))
    for entry in po:
        if entry.obsolete or not entry.msgstr:
            continue
        if _inline_tags(entry.msgstr) != _inline_tags(entry.msgid):
            placeholders = [match.group(0) for match in _INLINE_TAG.finditer(entry.msgid)]
            if placeholders:
                problem = _(
                    "Segment %(segment)s: the translation must keep the links and formatting "
                    "of the source (%(placeholders)s), each exactly once."
                ) % {"segment": _segment_label(entry), "placeholders": " ".join(placeholders)}
            else:
                problem = _(
                    "Segment %(segment)s: the source has no links or formatting; the "
                    "translation must not add any."
                ) % {"segment": _segment_label(entry)}
            problems.append(problem)
            continue
        try:
            StringValue.from_translated_html(entry.msgstr)
        except ValueError as error:
            problems.append(
                _("Segment %(segment)s: %(error)s")
                % {"segment": _segment_label(entry), "error": error}
            )
    return problems


@transaction.atomic
def translation_po_import(*, po, translation, user=None, tool_name="PO File"):
    """Store the translations of ``po`` as drafts of ``translation``, or refuse it whole.

    Nothing is published: the published translation changes only when an editor publishes it.
    """
    problems = translation_po_check(po=po, translation=translation)
    if problems:
        raise TranslationFileRefused(problems)
    translation.import_po(po, user=user, tool_name=tool_name)
