"""Which cases someone may see. Reads only: refusals are audited by ``cases.services``."""

import calendar
from datetime import date
from itertools import zip_longest

from cryptography.fernet import InvalidToken
from django import forms
from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.selectors import advisor_profile_approved, user_is_committee, user_is_office_group
from advice_centers.selectors import center_canonical
from cases.forms import (
    HOUSEHOLD_RELATIONS,
    OFFICE_CONTACT_FIELDS,
    RESIDENCE_STATUSES,
    YES_NO,
    AdmissibilityForm,
    ApplicationForm,
)
from cases.models import (
    Addendum,
    AuditEntry,
    Case,
    CaseDraft,
    CaseNameToken,
    CaseStatus,
    ConsentPurpose,
    ConsentText,
    Evidence,
)
from cases.name_index import query_tokens
from portal import crypto
from portal.languages import SOURCE_LANGUAGE

# Kept until the retention period ends, then deleted (committee.services.cases_expired).
RETAINED_STATUSES = (CaseStatus.CLOSED, CaseStatus.WITHDRAWN)
# Until the committee has assessed it (or found it not admissible, or it was withdrawn) a
# case can still get evidence and addenda: afterwards they could change nothing.
OPEN_STATUSES = (CaseStatus.SUBMITTED, CaseStatus.ADMISSIBLE, CaseStatus.SCHEDULED)


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


def case_is_open(case):
    return case.status in OPEN_STATUSES


# The submitted application, as it was sent ------------------------------------------------


def case_submitted_content(case):
    """Everything the advisor sent, as rows for the page: the admissibility answers, the
    application and the household. None when the current keys cannot read it."""
    try:
        data = case.data
    except (InvalidToken, ValueError):
        return None
    return {
        "admissibility": admissibility_rows(answers=data.get("admissibility", {})),
        "application": application_rows(
            application=data.get("application", {}),
            recorded_by_office=case.recorded_by_office,
        ),
        "household": household_rows(household=data.get("household", [])),
    }


def _date_shown(value):
    """An ISO date from the encrypted payload as the reader's language writes it."""
    try:
        return date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
    except (TypeError, ValueError):
        return value


def application_rows(*, application, recorded_by_office=False):
    """The decrypted application as (label, value) pairs in the form's order; the contact of
    an application the office recorded is the applicant's, and labelled so."""
    choices = {"residence_status": dict(RESIDENCE_STATUSES)}
    labels = {name: label for name, label, _required in OFFICE_CONTACT_FIELDS}
    rows = []
    for name, field in ApplicationForm.base_fields.items():
        if name not in application or application[name] in (None, ""):
            continue
        value = application[name]
        if isinstance(field, forms.DateField):
            value = _date_shown(value)
        value = choices.get(name, {}).get(value, value)
        label = labels.get(name, field.label) if recorded_by_office else field.label
        rows.append({"name": name, "label": label, "value": value})
    return rows


def admissibility_rows(*, answers):
    """The answers to the admissibility questions, as (label, value) pairs."""
    yes_no = dict(YES_NO)
    rows = []
    for name, field in AdmissibilityForm.base_fields.items():
        value = answers.get(name)
        if value in (None, ""):
            continue
        if isinstance(value, bool):
            value = yes_no["yes" if value else "no"]
        else:
            value = dict(getattr(field, "choices", ())).get(value, value)
        rows.append({"name": name, "label": field.label, "value": value})
    return rows


def household_rows(*, household):
    relations = dict(HOUSEHOLD_RELATIONS)
    return [
        {
            "relation": relations.get(row.get("relation"), row.get("relation", "")),
            "date_of_birth": _date_shown(row.get("date_of_birth", "")),
            "status": row.get("status", ""),
            "minor": row.get("minor", False),
        }
        for row in household
    ]


# Evidence and addenda ------------------------------------------------------------------------


def _decrypted(token):
    """An encrypted text, or None when the current keys cannot open it: one unreadable text
    must not break the page."""
    if not token:
        return ""
    try:
        return crypto.json_decrypt(token)
    except (InvalidToken, ValueError):
        return None


def case_evidence(*, case):
    """The case's evidence in the order it came, each with its number in the case (which
    names the downloaded file) and its description."""
    return [
        {
            "evidence": evidence,
            "number": number,
            "description": _decrypted(evidence.description_encrypted),
        }
        for number, evidence in enumerate(
            Evidence.objects.filter(case=case).order_by("added_at", "pk"), start=1
        )
    ]


def case_evidence_item(*, case, number):
    """The evidence with this number in the case, or None."""
    if number < 1:
        return None
    found = Evidence.objects.filter(case=case).order_by("added_at", "pk")[number - 1 : number]
    return next(iter(found), None)


def case_previous_visit(*, user, case):
    """When ``user`` opened the case's page before the visit under way (which is already
    audited when the page is drawn), or None for a first visit."""
    visits = (
        AuditEntry.objects.filter(
            actor=user,
            case_reference=case.reference,
            action=AuditEntry.Action.VIEW,
            detail="",
        )
        .order_by("-created_at", "-pk")
        .values_list("created_at", flat=True)
    )
    return next(iter(visits[1:2]), None)


def case_documents(*, case, seen_before=None):
    """What the case holds besides the application: ``submitted``, the evidence sent with
    it, and ``additions``, the addenda and evidence that came later, oldest first. ``new``
    marks what came after ``seen_before`` (the reader's previous visit; never without one)."""
    evidence = case_evidence(case=case)
    additions = [
        {
            "kind": "addendum",
            "at": addendum.added_at,
            "addendum": addendum,
            "text": _decrypted(addendum.text_encrypted),
        }
        for addendum in Addendum.objects.filter(case=case).order_by("added_at", "pk")
    ]
    additions += [
        {"kind": "evidence", "at": row["evidence"].added_at, **row}
        for row in evidence
        if row["evidence"].added_at > case.submitted_at
    ]
    additions.sort(key=lambda item: item["at"])
    for item in additions:
        item["new"] = seen_before is not None and item["at"] > seen_before
    return {
        "submitted": [row for row in evidence if row["evidence"].added_at <= case.submitted_at],
        "additions": additions,
        "new_count": sum(item["new"] for item in additions),
    }


def _latest_added(model):
    return Subquery(
        model.objects.filter(case=OuterRef("pk")).order_by("-added_at").values("added_at")[:1]
    )


def cases_with_news_for(cases, *, user):
    """``cases`` annotated for ``user`` with ``last_seen`` and the moments of the latest
    evidence and addendum: subqueries of the one list query, not a query per case."""
    return cases.annotate(
        last_seen=Subquery(
            AuditEntry.objects.filter(
                actor=user,
                case_reference=OuterRef("reference"),
                action=AuditEntry.Action.VIEW,
                detail="",
            )
            .order_by("-created_at")
            .values("created_at")[:1]
        ),
        latest_evidence=_latest_added(Evidence),
        latest_addendum=_latest_added(Addendum),
    )


def case_has_news(case):
    """For a case from ``cases_with_news_for``: something came since the reader's last visit."""
    if case.last_seen is None:
        return False
    moments = [moment for moment in (case.latest_evidence, case.latest_addendum) if moment]
    return any(moment > case.last_seen for moment in moments)


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


def consent_declaration(*, version, language, purpose=ConsentPurpose.APPLICATION):
    """The consent declaration of ``version`` as a reader of ``language`` gets it: the German
    text, which is the binding one, and beside it the reader's translation where there is
    one. ``rows`` pairs the paragraphs; ``notes`` are the translation's opening paragraphs
    that have no German counterpart (that the German text is binding). None without a German
    text of that version."""
    texts = {
        text.language: text
        for text in ConsentText.objects.filter(purpose=purpose, version=version)
    }
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


def case_draft_rows(*, user):
    """The drafts of the advisor's centre, each with the person's name as typed so far
    (decrypted for this page only; empty when nothing or nothing readable was typed)."""
    profile = advisor_profile_approved(user)
    if profile is None:
        return []
    drafts = CaseDraft.objects.filter(
        advice_center=center_canonical(profile.advice_center), expires_at__gt=timezone.now()
    ).select_related("author")
    rows = []
    for draft in drafts:
        try:
            name = draft.data.get("fields", {}).get("full_name", "")
        except (InvalidToken, ValueError):
            name = ""
        rows.append({"draft": draft, "name": name})
    return rows


def draft_evidence(*, draft):
    return list(Evidence.objects.filter(draft=draft))
