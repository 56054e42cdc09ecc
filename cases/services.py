"""Cases: submission, audit, encryption and storage. Every write goes through here."""

import hashlib
import logging
import secrets
import unicodedata
import uuid
from contextlib import contextmanager
from datetime import date, timedelta

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from weasyprint import HTML

from accounts import roles
from accounts.models import AdvisorProfile
from accounts.selectors import advisor_profile_approved
from accounts.services import role_addresses
from advice_centers.selectors import center_canonical
from cases import consent_default, selectors, storage
from cases.consent_default import consent_text_default_ensure
from cases.consent_translations import REVIEW_NOTE, consent_translations_ensure, translation_body
from cases.models import (
    Addendum,
    ApplicantKind,
    AuditEntry,
    Case,
    CaseDraft,
    CaseNameToken,
    ConsentPurpose,
    ConsentText,
    Evidence,
    PublicApplication,
)
from cases.name_index import name_tokens
from home.models import TranslationReview
from portal import crypto
from portal.languages import SOURCE_LANGUAGE
from portal.notifications import absolute_url, notify
from portal.rules import committee_rules

logger = logging.getLogger(__name__)

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes


# Audit -------------------------------------------------------------------------------------


def audit_record(*, actor, case_reference, action, detail=""):
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_username=user.get_username() if user else "",
        case_reference=str(case_reference)[:32],
        action=action,
        detail=detail[:200],
    )


def case_for_user(*, user, reference, action=""):
    """The case, or Http404 for unknown and foreign references alike (the attempt is logged)."""
    case = selectors.case_visible(user=user, reference=reference)
    if case is None:
        audit_record(
            actor=user,
            case_reference=reference,
            action=AuditEntry.Action.ACCESS_DENIED,
            detail=action,
        )
        raise Http404
    return case


def consent_text_default_fits(*, committee_name):
    """The first consent declaration names Dortmund's committee and its members: it fits no
    installation of another committee."""
    return committee_name == consent_default.COMMITTEE_NAME


def consent_text_ensure():
    """The first consent text and its translations, unless a consent text of any purpose
    exists (an emptied database has lost them) or the installation serves another committee
    than the one the text names: its readers must never sign a declaration naming strangers."""
    if ConsentText.objects.exists():
        return
    if not consent_text_default_fits(committee_name=committee_rules().committee_name):
        return
    consent_text_default_ensure(ConsentText)
    consent_translations_ensure(ConsentText, TranslationReview)


def consent_text_default_remove():
    """Remove the first consent declaration, which the migrations write into every database,
    in all its languages, for an installation of another committee. Kept when anyone may have
    signed it: a case submitted under its version, a draft or a public application that holds
    a signed declaration. Returns whether it was removed."""
    texts = ConsentText.objects.filter(
        purpose=ConsentPurpose.APPLICATION, version=consent_default.VERSION
    )
    signed = (
        Case.objects.filter(consent_version=consent_default.VERSION).exists()
        or CaseDraft.objects.exclude(consent_file_name="").exists()
        or PublicApplication.objects.exclude(consent_file_name="").exists()
    )
    if signed or not texts.exists():
        return False
    texts.delete()  # their translation review records go with them
    return True


def consent_texts_write(*, texts):
    """Write consent declarations given as data (a committee profile's): per declaration the
    German text and its translations, each translation recorded as awaiting a native
    speaker's review. A text that exists (same purpose, version and language) stays as it
    is, edits included. Returns the texts created.

    Each declaration: ``purpose``, ``version``, ``valid_from``, the German ``title`` and
    ``paragraphs``, and ``translations`` in the shape of ``cases.consent_translations``:
    per language its ``title``, ``note`` (that the German text binds) and ``paragraphs``.
    """
    created = []
    for declaration in texts:
        versions = [
            (
                SOURCE_LANGUAGE,
                declaration["title"],
                "\n\n".join(declaration["paragraphs"]),
            ),
            *(
                (language, translation["title"], translation_body(translation))
                for language, translation in declaration["translations"].items()
            ),
        ]
        for language, title, body in versions:
            text, was_created = ConsentText.objects.get_or_create(
                purpose=declaration["purpose"],
                version=declaration["version"],
                language=language,
                defaults={"title": title, "body": body, "valid_from": declaration["valid_from"]},
            )
            if not was_created:
                continue
            created.append(text)
            if language != SOURCE_LANGUAGE:
                TranslationReview.objects.get_or_create(
                    consent_text=text, defaults={"reviewed": False, "note": REVIEW_NOTE}
                )
    return created


# Cases -------------------------------------------------------------------------------------


def case_reference_new(*, prefix):
    """E.g. BF-7KQ2-M9XD: 40 random bits, so references can neither be guessed nor counted.
    The prefix is the committee's (its rules)."""
    while True:
        chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
        reference = f"{prefix}-{chars[:4]}-{chars[4:]}"
        if not Case.objects.filter(reference=reference).exists():
            return reference


def person_fingerprint(*, full_name, date_of_birth):
    normalised = " ".join(full_name.casefold().split()) + "|" + date_of_birth.isoformat()
    # The salt keeps its first name: fingerprints already stored must still match.
    return salted_hmac("intake.person_fingerprint", normalised, algorithm="sha256").hexdigest()


def case_earlier_reference(*, user, full_name, date_of_birth, office=False):
    """The reference of an earlier case of the same person from the advisor's own centre,
    or for the ``office`` (which sees every case anyway) from anywhere.

    Other centres' cases are never looked at for an advisor: an answer about them would tell
    an advisor who is a client elsewhere. The committee sees every case of the same person on
    its case page and decides there. The check is audited and does the same work whether it
    finds a case or not.
    """
    cases = Case.objects.filter(
        person_fingerprint=person_fingerprint(full_name=full_name, date_of_birth=date_of_birth)
    )
    if not office:
        profile = AdvisorProfile.objects.select_related("advice_center").get(user=user)
        cases = cases.filter(advice_center=center_canonical(profile.advice_center))
    reference = cases.values_list("reference", flat=True).first()
    audit_record(actor=user, case_reference=reference or "", action=AuditEntry.Action.REPEAT_CHECK)
    return reference


# What can be done instead of each refused case: only what the committees' working rules
# support (seeds 000 and 003: the exclusions and the repeat rule), no promise beyond them.
ADMISSIBILITY_NEXT_STEPS = {
    "applicant_kind": gettext_lazy("The case can be brought by one of them."),
    "exclude_other_authority": gettext_lazy(
        "The committee can take up the case only when this municipality's foreigners' "
        "authority is responsible for the person."
    ),
    "exclude_court_procedure": gettext_lazy(
        "The case can be brought when the court procedure has ended, as long as no new "
        "court procedure on the same matter is started."
    ),
    "exclude_asylum_application": gettext_lazy(
        "The case can be brought when the asylum procedure has ended, as long as no new "
        "asylum application is made."
    ),
    "exclude_petition_or_hardship_commission": gettext_lazy(
        "The committee's rules make no exception, also not later: this committee cannot "
        "take up the case."
    ),
    "repeat_requires_changed_facts": gettext_lazy(
        "The case can come again when the facts have changed decisively; the application "
        "then describes what has changed."
    ),
}

# The answer of the admissibility step that each exclusion of the rules refuses.
_EXCLUDED_BY = {
    "exclude_other_authority": lambda answers: answers.get("other_authority"),
    "exclude_court_procedure": lambda answers: answers.get("court_procedure"),
    "exclude_asylum_application": lambda answers: answers.get("asylum_application"),
    "exclude_petition_or_hardship_commission": lambda answers: answers.get(
        "petition_or_hardship_commission"
    ),
    "repeat_requires_changed_facts": lambda answers: (
        answers.get("submitted_before") and not answers.get("facts_changed")
    ),
}


def admissibility_reasons(*, rules, answers):
    """Why a case cannot be taken up, one entry per ground; empty when it can.

    Each entry has the ``ground`` (the rule's switch, or ``applicant_kind``), the ``rule`` as
    the committee states it (the same sentence the public rules page renders from these
    rules) and the ``next_step``: what can be done instead. ``answers`` holds the yes/no
    answers of the admissibility step; nothing in it identifies the person, so it can be
    checked before anything personal is entered.
    """
    reasons = []
    allowed = set(rules.applicant_kinds or [])
    if not allowed:
        # The rules admit no one (a committee whose rules for individual cases are not yet
        # set): nothing else to check, and nothing to suggest instead.
        return [
            {
                "ground": "applicant_kind",
                "rule": _("This committee takes in no cases at present: its rules admit no one."),
                "next_step": "",
            }
        ]
    if answers.get("applicant_kind") not in allowed:
        labels = [str(label) for value, label in ApplicantKind.choices if value in allowed]
        reasons.append(
            {
                "ground": "applicant_kind",
                "rule": _("Here only these may bring a case: %(kinds)s.")
                % {"kinds": "; ".join(labels)},
                "next_step": ADMISSIBILITY_NEXT_STEPS["applicant_kind"],
            }
        )
    for ground, statement in rules.exclusion_grounds():
        if _EXCLUDED_BY[ground](answers):
            reasons.append(
                {
                    "ground": ground,
                    "rule": statement,
                    "next_step": ADMISSIBILITY_NEXT_STEPS[ground],
                }
            )
    return reasons


def _json_ready(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_ready(item) for item in value]
    return value


def _case_create(
    *,
    reference_prefix,
    payload,
    consent_file,
    submission_token,
    consent_version,
    fingerprint,
    advice_center=None,
    recorded_by_office=False,
    submitted_by=None,
    status_secret_hash="",
    deadline=None,
    deadline_reason="",
    urgent=False,
):
    """The case row and its name in the blind index, inside the caller's transaction: one way
    in for advisors, the office and the public form. ``consent_file`` is the stored file's
    (name, type, size); ``payload`` holds the admissibility answers and the application;
    ``fingerprint`` is the person's, drawn before the transaction began."""
    application = payload["application"]
    file_name, file_type, file_size = consent_file
    case = Case.objects.create(
        reference=case_reference_new(prefix=reference_prefix),
        advice_center=advice_center,
        recorded_by_office=recorded_by_office,
        applicant_kind=payload["admissibility"].get("applicant_kind", ""),
        submitted_by=submitted_by,
        status_secret_hash=status_secret_hash,
        submission_token=submission_token,
        consent_version=consent_version,
        consent_confirmed_at=timezone.now(),
        payload=crypto.json_encrypt(_json_ready(payload)),
        person_fingerprint=fingerprint,
        consent_file_name=file_name,
        consent_file_type=file_type,
        consent_file_size=file_size,
        deadline=deadline,
        deadline_reason=deadline_reason if deadline else "",
        urgent=bool(urgent),
    )
    case_name_tokens_write(case=case, full_name=application["full_name"])
    return case


def case_submit(
    *,
    user,
    submission_token,
    reference_prefix,
    answers,
    application,
    household,
    consent_version,
    consent_file=None,
    draft=None,
    deadline=None,
    deadline_reason="",
    urgent=False,
    recorded_by_office=False,
):
    """Create the case in one transaction and return ``(case, created)``.

    ``recorded_by_office``: the office enters an application received on paper or in person
    on the applicant's behalf; the case then belongs to no advice centre.

    A second call with the same ``submission_token`` (double click, resent POST, back and
    resubmit) returns the case the first call created; nothing is stored twice.
    The name goes into the blind index in the same transaction, so a case is never without
    its tokens.
    ``consent_file`` is ``(content_bytes, kind)`` as the upload check returned it. When the
    file cannot be stored, ``storage.PrivateStorageError`` comes before any row is written.
    From a ``draft`` instead, its stored consent file becomes the case's, its evidence moves
    to the case and the draft is deleted, all in the same transaction.
    """
    token = uuid.UUID(str(submission_token))
    existing = Case.objects.filter(submission_token=token).first()
    if existing is not None:
        return existing, False
    center = None
    if not recorded_by_office:
        profile = AdvisorProfile.objects.select_related("advice_center").get(user=user)
        center = center_canonical(profile.advice_center)
    payload = {
        "admissibility": answers,
        "application": application,
        "household": household,
    }
    if draft is None:
        content, kind = consent_file
        file_name, file_size = storage.private_file_write(content), len(content)
    else:
        file_name, kind = draft.consent_file_name, draft.consent_file_type
        file_size = draft.consent_file_size
    # A file the draft still owns must outlive a failed submission.
    written = draft is None
    fingerprint = person_fingerprint(
        full_name=application["full_name"], date_of_birth=application["date_of_birth"]
    )
    committing = False
    try:
        with transaction.atomic():
            case = _case_create(
                reference_prefix=reference_prefix,
                payload=payload,
                consent_file=(file_name, kind, file_size),
                submission_token=token,
                consent_version=consent_version,
                fingerprint=fingerprint,
                advice_center=center,
                recorded_by_office=recorded_by_office,
                submitted_by=user,
                deadline=deadline,
                deadline_reason=deadline_reason,
                urgent=urgent,
            )
            if draft is not None:
                # Moved before the draft goes: deleting it would take its evidence along.
                Evidence.objects.filter(draft=draft).update(case=case, draft=None)
                CaseDraft.objects.filter(pk=draft.pk).delete()
            audit_record(
                actor=user,
                case_reference=case.reference,
                action=AuditEntry.Action.CREATE,
                detail=(
                    f"from draft {draft.public_id.hex}"
                    if draft is not None
                    else "recorded by the office"
                    if recorded_by_office
                    else ""
                ),
            )
            # Queued for after the commit: a mail server that is down cannot undo the case.
            _submission_confirm(case=case)
            committing = True
    except IntegrityError:
        # The database answered: the rows are not there (a parallel submission of the same
        # form won), so neither may the file be.
        if written:
            storage.private_file_delete(file_name)
        existing = Case.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False
    except Exception:
        if committing:
            # The connection broke while COMMIT was under way: the case may well be stored,
            # and a case without its consent file is worse than a file without a case, which
            # ``private_files_unreferenced`` reports.
            logger.warning("Outcome of a case submission unknown; kept file %s", file_name)
        elif written:
            storage.private_file_delete(file_name)
        raise
    return case, True


def office_addresses():
    """The office's users and its shared mailbox."""
    return sorted({*role_addresses(group=roles.OFFICE), settings.OFFICE_EMAIL} - {""})


def case_followers(*, case):
    """Who hears of a case's progress, and the address of the page they read it on: the
    advisor who submitted it, or for an application the office recorded, the office."""
    if case.recorded_by_office:
        url = absolute_url(reverse("committee:case_detail", args=[case.reference]))
        return office_addresses(), url
    if case.submitted_by is None or not case.submitted_by.email:
        return [], ""
    return [case.submitted_by.email], absolute_url(
        reverse("cases:case_detail", args=[case.reference])
    )


def _submission_confirm(*, case):
    """Tell who submitted the case that it arrived: the reference and a link, nothing about
    the person (a mail may be read by anyone who shares the mailbox)."""
    to, url = case_followers(case=case)
    if not to:
        return
    notify(
        kind="case_submitted_confirmation",
        subject=_("Case %(reference)s submitted") % {"reference": case.reference},
        body=_(
            "The case %(reference)s has been submitted to the committee. Its status and the "
            "receipt are here: %(url)s"
        )
        % {"reference": case.reference, "url": url},
        to=to,
    )


def _receipt_moment(moment):
    local = timezone.localtime(moment)
    if formats.get_format_modules(translation.get_language()):
        return date_format(local, "DATETIME_FORMAT")
    # Django has no formats for this language (Pashto, Kurmanji, Tigrinya): the month would
    # come out in German in an English order, so the moment is given in digits.
    return date_format(local, "d.m.Y H:i")


def _text_direction(text):
    """Digits and Latin words read left to right also in an RTL page, Arabic-script words
    right to left: WeasyPrint does not work this out for a <bdi> by itself."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return "rtl"
    return "ltr"


def case_receipt_pdf(*, case, actor, committee_name):
    """The receipt of a submission as PDF, in the reader's language: committee, reference,
    date, advice centre, consent text version and the attached documents. No name and nothing
    from the application, so it can be filed or handed on without a second thought."""
    # Named by what they are, never by the uploaded file's own name (which often is the
    # person's name); the evidence without the ground it supports, which may be health.
    files = [(_("Signed consent declaration"), case.consent_file_type, case.consent_file_size)]
    sent_with_application = Evidence.objects.filter(
        case=case, added_at__lte=case.submitted_at
    ).order_by("added_at", "pk")
    files += [
        (_("Supporting document %(number)s") % {"number": number}, item.file_type, item.file_size)
        for number, item in enumerate(sent_with_application, start=1)
    ]
    documents = [
        {
            "title": title,
            "kind": kind.upper(),
            "size": filesizeformat(size),
            "size_dir": _text_direction(filesizeformat(size)),
        }
        for title, kind, size in files
    ]
    submitted = _receipt_moment(case.submitted_at)
    html = render_to_string(
        "cases/pdf/receipt.html",
        {
            "committee_name": committee_name,
            "case": case,
            "submitted": submitted,
            "submitted_dir": _text_direction(submitted),
            "advice_center": (
                case.advice_center.name
                if case.advice_center
                else _("Recorded by the office")
                if case.recorded_by_office
                else ""
            ),
            "documents": documents,
            "bidi": translation.get_language_bidi(),
        },
    )
    pdf = HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
    audit_record(
        actor=actor,
        case_reference=case.reference,
        action=AuditEntry.Action.DOWNLOAD,
        detail="receipt",
    )
    return pdf


def case_name_tokens_write(*, case, full_name):
    """Replace the case's tokens in the blind index with those of ``full_name``."""
    CaseNameToken.objects.filter(case=case).delete()
    CaseNameToken.objects.bulk_create(
        [CaseNameToken(case=case, token=token) for token in name_tokens(full_name)]
    )


def case_name_index_rebuild():
    """Every case's tokens anew with the current ``SECRET_KEY``; references of the cases
    whose payload the current encryption keys cannot read (they keep their old tokens)."""
    unreadable = []
    for case in Case.objects.only("pk", "reference", "payload").iterator():
        try:
            full_name = case.data.get("application", {}).get("full_name", "")
        except (InvalidToken, ValueError):
            unreadable.append(case.reference)
            continue
        with transaction.atomic():
            case_name_tokens_write(case=case, full_name=full_name)
    return unreadable


def committee_addresses():
    """The committee members and the office: who hears of new and withdrawn cases."""
    return sorted({*role_addresses(group=roles.COMMITTEE), settings.OFFICE_EMAIL} - {""})


def case_consent_file_read(*, case):
    return storage.private_file_read(case.consent_file_name)


# Evidence ----------------------------------------------------------------------------------


@contextmanager
def _private_file(content):
    """The name under which ``content`` is now in private storage, for the rows the block
    writes about it; when the block fails, the file goes again. ``PrivateStorageError``
    comes before the block runs."""
    file_name = storage.private_file_write(content)
    try:
        yield file_name
    except Exception:
        storage.private_file_delete(file_name)
        raise


def _evidence_create(*, actor, file_name, document, criterion, description, case=None, draft=None):
    content, kind = document
    return Evidence.objects.create(
        case=case,
        draft=draft,
        criterion=criterion,
        description_encrypted=crypto.json_encrypt(description) if description else "",
        file_name=file_name,
        file_type=kind,
        file_size=len(content),
        added_by=actor,
    )


def evidence_store(*, actor, document, criterion, description="", case=None, draft=None):
    """Store one supporting document of a case or of a draft and return its row.

    ``document`` is ``(content_bytes, kind)`` as ``uploads.evidence_file_check`` returned it.
    """
    with _private_file(document[0]) as file_name, transaction.atomic():
        return _evidence_create(
            actor=actor,
            file_name=file_name,
            document=document,
            criterion=criterion,
            description=description,
            case=case,
            draft=draft,
        )


class CaseClosedError(Exception):
    """The case no longer takes evidence or addenda (see ``selectors.OPEN_STATUSES``)."""


class EvidenceLimitError(Exception):
    """The case already holds ``settings.EVIDENCE_FILES_MAX`` documents."""


def _case_locked_open(case):
    """The case row, locked until the transaction ends, so that a status change cannot slip
    between the check and the write; ``CaseClosedError`` once it is no longer open."""
    locked = Case.objects.select_for_update().get(pk=case.pk)
    if not selectors.case_is_open(locked):
        raise CaseClosedError
    return locked


def case_evidence_add(*, case, actor, document, criterion, description=""):
    """An advisor adds a supporting document to an open case. The committee hears of it
    (reference and link) once it is stored."""
    with _private_file(document[0]) as file_name, transaction.atomic():
        locked = _case_locked_open(case)
        if Evidence.objects.filter(case=locked).count() >= settings.EVIDENCE_FILES_MAX:
            raise EvidenceLimitError
        evidence = _evidence_create(
            actor=actor,
            file_name=file_name,
            document=document,
            criterion=criterion,
            description=description,
            case=locked,
        )
        audit_record(
            actor=actor, case_reference=locked.reference, action=AuditEntry.Action.EVIDENCE_ADD
        )
        _committee_addition_notify(case=locked)
    return evidence


def case_addendum_add(*, case, actor, text):
    """A correction or addition to an open case; the application stays as submitted."""
    with transaction.atomic():
        locked = _case_locked_open(case)
        addendum = Addendum.objects.create(
            case=locked, text_encrypted=crypto.json_encrypt(text), added_by=actor
        )
        audit_record(
            actor=actor,
            case_reference=locked.reference,
            action=AuditEntry.Action.ADDENDUM_ADD,
        )
        _committee_addition_notify(case=locked)
    return addendum


def _committee_addition_notify(*, case):
    """Reference and link: what was added is read in the portal, where it is audited. In
    the committee's language, not in the language the advisor happens to use."""
    with translation.override(settings.LANGUAGE_CODE):
        url = absolute_url(reverse("committee:case_detail", args=[case.reference]))
        notify(
            kind="case_addition",
            subject=_("Case %(reference)s: new information") % {"reference": case.reference},
            body=_(
                "The advice centre has added a document or an addendum to case %(reference)s. "
                "Read it here: %(url)s"
            )
            % {"reference": case.reference, "url": url},
            to=committee_addresses(),
        )


def evidence_description(evidence):
    return (
        crypto.json_decrypt(evidence.description_encrypted)
        if evidence.description_encrypted
        else ""
    )


def evidence_file_read(*, evidence):
    return storage.private_file_read(evidence.file_name)


def evidence_files_delete(*, evidence):
    """Delete the files of these evidence rows once the transaction that deletes the rows
    has committed: a rollback must not leave rows without their files."""
    names = [item.file_name for item in evidence]
    transaction.on_commit(lambda: [storage.private_file_delete(name) for name in names])


def case_keys_rotate():
    """Re-encrypt every payload, consent file, evidence file and description and addendum
    with the current (first) key. Returns the number of cases (drafts' evidence included in
    the work, not in the count)."""
    count = 0
    for case in Case.objects.only("pk", "payload", "consent_file_name").iterator():
        with transaction.atomic():
            payload = crypto.token_rotate(case.payload.encode("ascii")).decode("ascii")
            Case.objects.filter(pk=case.pk).update(payload=payload)
            storage.private_file_rotate(case.consent_file_name)
        count += 1
    for evidence in Evidence.objects.only("pk", "file_name", "description_encrypted").iterator():
        with transaction.atomic():
            if evidence.description_encrypted:
                Evidence.objects.filter(pk=evidence.pk).update(
                    description_encrypted=_token_rotated(evidence.description_encrypted)
                )
            storage.private_file_rotate(evidence.file_name)
    for pk, token in Addendum.objects.values_list("pk", "text_encrypted").iterator():
        Addendum.objects.filter(pk=pk).update(text_encrypted=_token_rotated(token))
    for draft in CaseDraft.objects.only("pk", "payload", "consent_file_name").iterator():
        with transaction.atomic():
            CaseDraft.objects.filter(pk=draft.pk).update(payload=_token_rotated(draft.payload))
            if draft.consent_file_name:
                storage.private_file_rotate(draft.consent_file_name)
    for application in PublicApplication.objects.only("pk", "payload", "consent_file_name"):
        with transaction.atomic():
            PublicApplication.objects.filter(pk=application.pk).update(
                payload=_token_rotated(application.payload)
            )
            if application.consent_file_name:
                storage.private_file_rotate(application.consent_file_name)
    return count


def _token_rotated(token):
    return crypto.token_rotate(token.encode("ascii")).decode("ascii")


def case_storage_problems():
    """References of cases whose data, consent file, evidence or addenda cannot be read with
    the current keys.

    Used after a restore: a dump without its files, or files without the right keys, show up
    here instead of on the day a committee member opens the case.
    """
    problems = []
    for case in Case.objects.only("pk", "reference", "payload", "consent_file_name").iterator():
        try:
            crypto.json_decrypt(case.payload)
            storage.private_file_read(case.consent_file_name)
            for evidence in Evidence.objects.filter(case=case).only(
                "file_name", "description_encrypted"
            ):
                storage.private_file_read(evidence.file_name)
                if evidence.description_encrypted:
                    crypto.json_decrypt(evidence.description_encrypted)
            for token in Addendum.objects.filter(case=case).values_list(
                "text_encrypted", flat=True
            ):
                crypto.json_decrypt(token)
        except (InvalidToken, OSError, ValueError):
            problems.append(case.reference)
    return problems


def private_files_unreferenced():
    """Names of stored files that no case or draft (its consent file) and no piece of
    evidence points to.

    Left by a submission whose connection broke during COMMIT (see ``case_submit``); in a
    restored backup also the files of cases submitted between the database dump and the file
    archive. A submission or upload in progress shows here for the moment between file and
    row.
    """
    referenced = set(Case.objects.values_list("consent_file_name", flat=True))
    referenced |= set(Evidence.objects.values_list("file_name", flat=True))
    referenced |= set(
        CaseDraft.objects.exclude(consent_file_name="").values_list("consent_file_name", flat=True)
    )
    referenced |= set(
        PublicApplication.objects.exclude(consent_file_name="").values_list(
            "consent_file_name", flat=True
        )
    )
    referenced |= storage.private_file_names_referenced_elsewhere()
    return [name for name in storage.private_file_names() if name not in referenced]


# The consent declaration -------------------------------------------------------------------


def consent_declaration_pdf(*, declaration):
    """The consent declaration as a PDF to print and sign: the German text and, where the
    reader has one, the translation beside it, paragraph by paragraph, with one place/date
    and one signature line. It holds nothing about a case, so it is not audited."""
    html = render_to_string("cases/pdf/consent_text.html", declaration)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


# Drafts ------------------------------------------------------------------------------------

PENDING_TYPING = "_cases_typed_before_timeout"


def _draft_audit(*, actor, draft, action, detail=""):
    # The public id stands in for a reference: it names no one.
    audit_record(actor=actor, case_reference=draft.public_id.hex, action=action, detail=detail)


def _draft_expiry(*, rules):
    return timezone.now() + timedelta(days=rules.draft_days)


def case_draft_create(*, user, answers, rules):
    """A new draft holding the admissibility answers that admitted the case."""
    profile = advisor_profile_approved(user)
    data = {
        "answers": answers,
        "fields": {},
        "visited": [],
        "invalid": [],
        "submission_token": str(uuid.uuid4()),
    }
    draft = CaseDraft.objects.create(
        advice_center=center_canonical(profile.advice_center),
        author=user,
        expires_at=_draft_expiry(rules=rules),
        payload=crypto.json_encrypt(data),
    )
    _draft_audit(actor=user, draft=draft, action=AuditEntry.Action.DRAFT_CREATE)
    return draft


def case_draft_for_user(*, user, public_id, action=""):
    """The draft, if it belongs to the user's centre and has not expired; else Http404 (the
    attempt is logged)."""
    profile = advisor_profile_approved(user)
    draft = None
    if profile is not None:
        draft = CaseDraft.objects.filter(
            public_id=public_id,
            advice_center=center_canonical(profile.advice_center),
            expires_at__gt=timezone.now(),
        ).first()
    if draft is None:
        audit_record(
            actor=user,
            case_reference=uuid.UUID(str(public_id)).hex,
            action=AuditEntry.Action.ACCESS_DENIED,
            detail=f"draft {action}"[:200],
        )
        raise Http404
    return draft


def case_draft_save(*, draft, actor, rules, step, changes):
    """Merge ``changes`` (keys of the draft's data: "fields" are merged, anything else
    replaced) into the draft and count its period from now."""
    data = draft.data
    for key, value in changes.items():
        if key == "fields":
            data.setdefault("fields", {}).update(value)
        else:
            data[key] = value
    draft.payload = crypto.json_encrypt(data)
    draft.step = step
    draft.expires_at = _draft_expiry(rules=rules)
    draft.save()
    _draft_audit(actor=actor, draft=draft, action=AuditEntry.Action.DRAFT_SAVE, detail=step)
    return draft


def case_draft_consent_file_store(*, draft, actor, rules, document):
    """Keep the signed consent declaration with the draft, replacing one kept before.
    ``storage.PrivateStorageError`` comes before anything changed."""
    draft.consent_file_added_at = timezone.now()
    return _consent_file_replace(
        holder=draft,
        rules=rules,
        document=document,
        audit=lambda: _draft_audit(
            actor=actor, draft=draft, action=AuditEntry.Action.DRAFT_SAVE, detail="consent file"
        ),
    )


def _consent_file_replace(*, holder, rules, document, audit):
    """Keep the signed consent declaration with a draft or a public application, replacing
    one kept before, and count the draft period from now; ``audit()`` records it in the same
    transaction. ``storage.PrivateStorageError`` comes before anything changed."""
    content, kind = document
    previous = holder.consent_file_name
    with _private_file(content) as file_name, transaction.atomic():
        holder.consent_file_name = file_name
        holder.consent_file_type = kind
        holder.consent_file_size = len(content)
        holder.expires_at = _draft_expiry(rules=rules)
        holder.save()
        audit()
        if previous:
            transaction.on_commit(lambda: storage.private_file_delete(previous))
    return holder


def case_draft_evidence_add(*, draft, actor, rules, document, criterion, description=""):
    """A supporting document kept with the draft; ``EvidenceLimitError`` when it holds as
    many as a case may."""
    if draft.evidence.count() >= settings.EVIDENCE_FILES_MAX:
        raise EvidenceLimitError
    evidence = evidence_store(
        actor=actor, document=document, criterion=criterion, description=description, draft=draft
    )
    draft.expires_at = _draft_expiry(rules=rules)
    draft.save(update_fields=["expires_at", "updated_at"])
    _draft_audit(actor=actor, draft=draft, action=AuditEntry.Action.EVIDENCE_ADD, detail=criterion)
    return evidence


def case_draft_evidence_remove(*, draft, actor, evidence_id):
    """Remove one document of the draft; one of another draft is not found."""
    with transaction.atomic():
        evidence = Evidence.objects.filter(draft=draft, pk=evidence_id).first()
        if evidence is None:
            raise Http404
        evidence_files_delete(evidence=[evidence])
        evidence.delete()
        _draft_audit(
            actor=actor,
            draft=draft,
            action=AuditEntry.Action.EVIDENCE_REMOVE,
            detail=evidence.criterion,
        )


def case_draft_evidence_read(*, draft, actor, evidence_id):
    evidence = Evidence.objects.filter(draft=draft, pk=evidence_id).first()
    if evidence is None:
        raise Http404
    content = evidence_file_read(evidence=evidence)
    _draft_audit(actor=actor, draft=draft, action=AuditEntry.Action.EVIDENCE_DOWNLOAD)
    return evidence, content


def _draft_files_delete(draft):
    evidence_files_delete(evidence=list(Evidence.objects.filter(draft=draft)))
    if draft.consent_file_name:
        name = draft.consent_file_name
        transaction.on_commit(lambda: storage.private_file_delete(name))


def case_draft_delete(*, draft, actor):
    with transaction.atomic():
        _draft_files_delete(draft)
        _draft_audit(actor=actor, draft=draft, action=AuditEntry.Action.DRAFT_DELETE)
        draft.delete()


def case_drafts_expired_delete(*, now=None):
    """Delete every draft whose period has passed, its files included; the number deleted.
    Applications begun through the public form count as drafts, confirmed or not."""
    count = public_applications_expired_delete(now=now)
    expired = CaseDraft.objects.filter(expires_at__lte=now or timezone.now())
    for draft in expired.iterator():
        with transaction.atomic():
            _draft_files_delete(draft)
            _draft_audit(
                actor=None, draft=draft, action=AuditEntry.Action.DRAFT_DELETE, detail="expired"
            )
            draft.delete()
        count += 1
    return count


def case_draft_typing_keep(*, session, user_id, public_id, step, fields, household):
    """What was typed in a step sent after the session ended, kept encrypted in the new
    (anonymous) session until the same user logs in again."""
    session[PENDING_TYPING] = crypto.json_encrypt(
        {
            "user": user_id,
            "draft": str(public_id),
            "step": step,
            "fields": fields,
            "household": household,
        }
    )


def case_draft_typing_restore(*, request, user):
    """After a login: save the kept typing into the draft when it is this user's, else drop
    it. Returns the draft or None."""
    kept = request.session.pop(PENDING_TYPING, None)
    if not kept:
        return None
    try:
        typed = crypto.json_decrypt(kept)
    except (InvalidToken, ValueError):
        return None
    if typed.get("user") != user.pk:
        return None
    profile = advisor_profile_approved(user)
    if profile is None:
        return None
    draft = CaseDraft.objects.filter(
        public_id=typed["draft"],
        advice_center=center_canonical(profile.advice_center),
        expires_at__gt=timezone.now(),
    ).first()
    if draft is None:
        return None
    changes = {"fields": typed["fields"]}
    if typed.get("household") is not None:
        changes["household"] = typed["household"]
    return case_draft_save(
        draft=draft,
        actor=user,
        rules=committee_rules(request),
        step=typed["step"],
        changes=changes,
    )


# Applications through the public form -------------------------------------------------------


def _public_audit(*, application, action, detail=""):
    audit_record(
        actor=None, case_reference=application.public_id.hex, action=action, detail=detail
    )


def _token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def public_application_start(*, answers, email, rules, language):
    """Keep the admitted answers and the e-mail address as an encrypted draft and mail the
    confirmation link (after commit). The link carries a random token only; the draft
    expires with the draft period whether the address is confirmed or not."""
    token = secrets.token_urlsafe(32)
    data = {
        "answers": answers,
        "email": email,
        "language": language,
        "fields": {},
        "household": None,
        "submission_token": str(uuid.uuid4()),
    }
    with transaction.atomic():
        application = PublicApplication.objects.create(
            expires_at=_draft_expiry(rules=rules),
            confirm_token_hash=_token_hash(token),
            payload=crypto.json_encrypt(data),
        )
        _public_audit(application=application, action=AuditEntry.Action.DRAFT_CREATE)
        url = absolute_url(reverse("cases:public_apply_confirm", args=[token]))
        moment = formats.date_format(
            timezone.localtime(application.expires_at), "SHORT_DATE_FORMAT"
        )
        notify(
            kind="public_application_confirm",
            subject=_("Please confirm your e-mail address"),
            body=_(
                "Someone, probably you, has begun an application to the committee with this "
                "e-mail address. To continue, open this link: %(url)s\n\nThe link works "
                "once. If you do not continue by %(date)s, everything is deleted. If it was "
                "not you, you need not do anything."
            )
            % {"url": url, "date": moment},
            to=[email],
        )
    return application


def public_application_confirm(*, token):
    """The application whose link this is, now confirmed; None for an unknown, used or
    expired link. The link works once."""
    with transaction.atomic():
        application = (
            PublicApplication.objects.select_for_update()
            .filter(
                confirm_token_hash=_token_hash(token),
                confirmed_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .first()
        )
        if application is None:
            return None
        application.confirm_token_hash = ""
        application.confirmed_at = timezone.now()
        application.save(update_fields=["confirm_token_hash", "confirmed_at", "updated_at"])
        _public_audit(
            application=application, action=AuditEntry.Action.DRAFT_SAVE, detail="confirmed"
        )
    return application


def public_application_confirmed(*, public_id):
    """The confirmed, unexpired application, or None."""
    if not public_id:
        return None
    try:
        public_id = uuid.UUID(str(public_id))
    except ValueError:
        return None
    return PublicApplication.objects.filter(
        public_id=public_id, confirmed_at__isnull=False, expires_at__gt=timezone.now()
    ).first()


def public_application_save(*, application, rules, fields, household):
    """Keep what was typed, as typed, and count the draft period from now."""
    data = application.data
    data["fields"] = {**data.get("fields", {}), **fields}
    if household is not None:
        data["household"] = household
    application.payload = crypto.json_encrypt(data)
    application.expires_at = _draft_expiry(rules=rules)
    application.save(update_fields=["payload", "expires_at", "updated_at"])
    _public_audit(application=application, action=AuditEntry.Action.DRAFT_SAVE)
    return application


def public_application_consent_file_store(*, application, rules, document):
    """Keep the signed consent declaration, replacing one kept before.
    ``storage.PrivateStorageError`` comes before anything changed."""
    return _consent_file_replace(
        holder=application,
        rules=rules,
        document=document,
        audit=lambda: _public_audit(
            application=application, action=AuditEntry.Action.DRAFT_SAVE, detail="consent file"
        ),
    )


def _status_secret_hash(secret):
    normalised = "".join(secret.split()).upper()
    return salted_hmac("cases.status_secret", normalised, algorithm="sha256").hexdigest()


def public_application_submit(
    *, application, reference_prefix, application_data, household, consent_version
):
    """The case, in one transaction with the deletion of the application, and the secret
    for the status page, which exists nowhere else once it has been shown. The case has no
    advice centre; who brought it is recorded."""
    data = application.data
    answers = data.get("answers", {})
    secret = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(12))
    payload = {
        "admissibility": answers,
        "application": {**application_data, "contact_email": data.get("email", "")},
        "household": household,
    }
    fingerprint = person_fingerprint(
        full_name=application_data["full_name"], date_of_birth=application_data["date_of_birth"]
    )
    with transaction.atomic():
        locked = PublicApplication.objects.select_for_update().filter(pk=application.pk).first()
        if locked is None or not locked.consent_file_name:
            return None, ""
        case = _case_create(
            reference_prefix=reference_prefix,
            payload=payload,
            consent_file=(
                locked.consent_file_name,
                locked.consent_file_type,
                locked.consent_file_size,
            ),
            submission_token=uuid.UUID(data["submission_token"]),
            consent_version=consent_version,
            fingerprint=fingerprint,
            status_secret_hash=_status_secret_hash(secret),
            deadline=application_data.get("deadline"),
            deadline_reason=application_data.get("deadline_reason", ""),
            urgent=application_data.get("urgent"),
        )
        locked.delete()
        audit_record(
            actor=None,
            case_reference=case.reference,
            action=AuditEntry.Action.CREATE,
            detail=f"public form {application.public_id.hex}",
        )
        with translation.override(settings.LANGUAGE_CODE):
            url = absolute_url(reverse("committee:case_detail", args=[case.reference]))
            notify(
                kind="public_application_submitted",
                subject=_("Case %(reference)s submitted") % {"reference": case.reference},
                body=_(
                    "A case has come in through the public application form. Read it here: %(url)s"
                )
                % {"url": url},
                to=committee_addresses(),
            )
    return case, secret


def public_case_status(*, reference, secret):
    """The case whose reference and secret these are, or None; both outcomes audited. The
    secret is compared in constant time, and as much work is done for an unknown reference."""
    reference = (reference or "").strip().upper()[:16]
    case = (
        Case.objects.filter(reference=reference).exclude(status_secret_hash="").first()
        if reference
        else None
    )
    expected = case.status_secret_hash if case is not None else _status_secret_hash("-")
    matches = constant_time_compare(expected, _status_secret_hash(secret or ""))
    if case is None or not matches:
        audit_record(
            actor=None,
            case_reference=reference,
            action=AuditEntry.Action.ACCESS_DENIED,
            detail="status by applicant",
        )
        return None
    audit_record(
        actor=None,
        case_reference=case.reference,
        action=AuditEntry.Action.VIEW,
        detail="status by applicant",
    )
    return case


def public_applications_expired_delete(*, now=None):
    """Delete every application through the public form whose period has passed, confirmed
    or not, with its consent file; the number deleted."""
    count = 0
    expired = PublicApplication.objects.filter(expires_at__lte=now or timezone.now())
    for application in expired.iterator():
        with transaction.atomic():
            if application.consent_file_name:
                name = application.consent_file_name
                transaction.on_commit(lambda name=name: storage.private_file_delete(name))
            _public_audit(
                application=application, action=AuditEntry.Action.DRAFT_DELETE, detail="expired"
            )
            application.delete()
        count += 1
    return count
