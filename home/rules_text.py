"""Who can bring a case and through which channels, as public pages state it from the
committee rules: the rules page (the ``committee_rules`` block) and the appointment sheet say
it in the same words, each sentence written once, here."""

from django.urls import reverse
from django.utils.translation import gettext


def public_application_url(rules):
    """The public form's address in the active language where ``rules`` open it to someone
    who applies without an advice centre; "" where they do not (the form answers 404)."""
    if rules.public_applications and rules.applicant_kinds_without_centre():
        return reverse("cases:public_apply")
    return ""


def intake_statements(rules):
    """Who may apply under ``rules`` and the channels besides advice centres, in the active
    language: call it under ``translation.override`` for another language."""
    kinds = [str(label) for label in rules.applicant_kind_labels()]
    besides_centres = bool(rules.applicant_kinds_without_centre())
    return {
        "kinds": kinds,
        "nobody": (
            ""
            if kinds
            else gettext("This committee takes in no cases at present: its rules admit no one.")
        ),
        "in_writing": (
            gettext(
                "Applications can also be sent to the committee in writing or be given to it "
                "in person to be written down."
            )
            if besides_centres and rules.office_records_applications
            else ""
        ),
        "public_url": public_application_url(rules),
        "public_link": gettext("Apply online, without an account"),
    }
