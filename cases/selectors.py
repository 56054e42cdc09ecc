"""Which cases someone may see. Reads only: refusals are audited by ``cases.services``."""

import calendar
from itertools import zip_longest

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.selectors import advisor_profile_approved, user_is_committee, user_is_office_group
from cases.models import AuditEntry, Case, CaseNameToken, CaseStatus, ConsentText
from cases.name_index import query_tokens
from portal.languages import SOURCE_LANGUAGE

# Kept until the retention period ends, then deleted (committee.services.cases_expired).
RETAINED_STATUSES = (CaseStatus.CLOSED, CaseStatus.WITHDRAWN)


def cases_visible_to(user):
    """Committee members and the office see every case, advisors their own centre's; anyone
    else none. Administrators are not committee members: being superuser gives no case access."""
    cases = Case.objects.select_related("advice_center")
    if user_is_committee(user) or user_is_office_group(user):
        return cases
    profile = advisor_profile_approved(user)
    if profile is not None:
        return cases.filter(advice_center__translation_key=profile.advice_center.translation_key)
    return cases.none()


def case_visible(*, user, reference):
    return cases_visible_to(user).filter(reference=reference).first()


def case_reference_for_token(*, token):
    """The reference of the case a form with this one-time token created, if any."""
    if token is None:
        return None
    return Case.objects.filter(submission_token=token).values_list("reference", flat=True).first()


def case_audit_trail(*, case):
    return AuditEntry.objects.filter(case_reference=case.reference).select_related(None)


def cases_matching(cases, query):
    """The cases whose reference begins with ``query`` or whose name has every word of it.

    Names are compared through the blind index only (``cases.name_index``): no case is
    decrypted to search, and a word matches a whole name part, not a piece of one.
    """
    query = " ".join(query.split())
    if not query:
        return cases
    by_reference = Q(reference__istartswith=query)
    words = query_tokens(query)
    if not words:
        return cases.filter(by_reference)
    by_name = Q()
    for tokens in words:
        by_name &= Q(pk__in=CaseNameToken.objects.filter(token__in=tokens).values("case_id"))
    return cases.filter(by_reference | by_name)


def cases_listed(*, user, query=""):
    # The agenda item is the committee app's, reached by its relation name: the list shows
    # the session date without the cases app importing the committee app.
    cases = cases_visible_to(user).select_related("agenda_item__session")
    return cases_matching(cases, query)


def case_person(case):
    """What tells the advisor whose case it is: name and the authority's file number from
    the encrypted payload. Empty when it cannot be read (a payload the current keys do not
    open), so that one bad case does not break a page."""
    try:
        application = case.data.get("application", {})
    except (InvalidToken, ValueError):
        return {}
    return {
        "full_name": application.get("full_name") or "",
        "authority_file_number": application.get("authority_file_number") or "",
    }


def case_person_name(case):
    return case_person(case).get("full_name") or None


def months_after(moment, months):
    """The same day ``months`` later (earlier if negative), the month's last day at most."""
    year, month_index = divmod(moment.year * 12 + moment.month - 1 + months, 12)
    day = min(moment.day, calendar.monthrange(year, month_index + 1)[1])
    return moment.replace(year=year, month=month_index + 1, day=day)


def case_deletion_moment(*, case, retention_months):
    """When the nightly run may delete a closed or withdrawn case; None for one still in the
    workflow. Counted on the stored UTC time, as the run counts."""
    if case.status not in RETAINED_STATUSES:
        return None
    return months_after(case.status_changed_at, retention_months)


def case_next_date(*, case, retention_months):
    """The date that matters next for the advisor: the session of a scheduled case, the day
    a closed or withdrawn case is deleted; None otherwise."""
    if case.status == CaseStatus.SCHEDULED:
        agenda_item = getattr(case, "agenda_item", None)
        if agenda_item is not None:
            return {"kind": "session", "date": agenda_item.session.starts_at}
    deletion = case_deletion_moment(case=case, retention_months=retention_months)
    if deletion is not None:
        return {"kind": "deletion", "date": deletion}
    return None


def case_list_rows(*, cases, retention_months):
    """The rows of the advisor's list: each case with its person's name, decrypted here for
    the page and kept nowhere, and its next date."""
    return [
        {
            "case": case,
            "name": case_person_name(case),
            "next_date": case_next_date(case=case, retention_months=retention_months),
        }
        for case in cases
    ]


# The consent declaration -------------------------------------------------------------------


def _consent_side(text):
    """One language's column of the declaration, with its fixed labels in that language."""
    with translation.override(text.language):
        return {
            "text": text,
            "language": text.language,
            "name": dict(settings.LANGUAGES).get(text.language, text.language),
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
            "role": _("Original (binding)")
            if text.language == SOURCE_LANGUAGE
            else _("Translation (for information)"),
            "place_date": _("Place, date"),
            "signature": _("Signature of the affected person"),
        }


def consent_declaration(*, version, language):
    """The consent declaration of ``version`` as a reader of ``language`` gets it: the German
    text, which is the binding one, and beside it the reader's translation where there is
    one. ``rows`` pairs the paragraphs; ``notes`` are the translation's opening paragraphs
    that have no German counterpart (that the German text is binding). None without a German
    text of that version."""
    texts = {text.language: text for text in ConsentText.objects.filter(version=version)}
    german = texts.get(SOURCE_LANGUAGE)
    if german is None:
        return None
    translated = texts.get(language) if language != SOURCE_LANGUAGE else None
    german_paragraphs = german.paragraphs()
    paragraphs = translated.paragraphs() if translated else []
    extra = max(len(paragraphs) - len(german_paragraphs), 0) if translated else 0
    return {
        "german": _consent_side(german),
        "translated": _consent_side(translated) if translated else None,
        "notes": paragraphs[:extra],
        "rows": list(zip_longest(german_paragraphs, paragraphs[extra:], fillvalue="")),
    }
